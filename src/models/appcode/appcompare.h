#pragma once

#include "appsnapshot.h"

#include <api/drafttypes.h>

//! What would change on an app to make it match a folder (or another app): per resource, and
//! file by file as unified diffs for the Deploy panel's review view. Pure: run it anywhere.
namespace appcode {

struct Change
{
    enum Type { Added, Removed, Changed };
    Type type = Changed;
    QString key;
    Kind kind = Kind::Function;
    QString name;
    QString service;
    bool contentChanged = true; //!< hosting: the bytes (not only the attributes) differ
};

struct Comparison
{
    QList<Change> changes; //!< by key
    bool appChanged = false; //!< stitch.json's allowed request origins
    //! The files that differ, as the Deploy review shows a draft: unified diffs of the
    //! configuration files (from the current side to the wanted one), hosting paths by change.
    DraftDiff diff;
    QByteArray currentFingerprint; //!< of the side a push would change

    int count(Change::Type type) const;
    bool isEmpty() const { return changes.isEmpty() && !appChanged; }
    //! "3 added, 1 removed, 2 changed".
    QString summary() const;
};

//! current: the app a push would change; wanted: the folder (or the app promoted from).
Comparison compare(const Snapshot &current, const Snapshot &wanted);

} // namespace appcode
