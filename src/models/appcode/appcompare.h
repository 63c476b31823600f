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

//! The configuration with the fields the server fills in when a document leaves them out (a
//! webhook's run_as_user_id_script_source, a provider's empty config, ...) filled in.
QJsonObject withServerDefaults(Kind kind, QJsonObject config);
//! The snapshot with every resource's server defaults filled in, and stitch.json's missing keys
//! taken from current (a push leaves them as the app has them).
Snapshot withServerDefaults(Snapshot snapshot, const Snapshot &current);

//! current: the app a push would change; wanted: the folder (or the app promoted from). Both
//! sides are compared with the server's defaults filled in (withServerDefaults), so a minimal
//! hand-written folder that was pushed compares equal to the app.
Comparison compare(const Snapshot &current, const Snapshot &wanted);

} // namespace appcode
