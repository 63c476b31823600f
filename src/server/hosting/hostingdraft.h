#pragma once

#include <QJsonObject>
#include <QString>

namespace stitchlocal {

class Store;

//! What a draft changes in hosting, against the deployed files: {added, deleted, modified}, each a
//! sorted array of paths. A path the draft both added and deleted appears nowhere.
QJsonObject hostingDraftDiff(Store &store, const QString &draftId);
//! Copies the draft's hosting changes into the app's served files, then forgets them. Joins the
//! caller's write (a draft deployment applies config and hosting in one transaction).
bool applyHostingDraft(Store &store, const QString &appId, const QString &draftId);
//! Forgets the draft's hosting changes without applying them.
bool discardHostingDraft(Store &store, const QString &draftId);

} // namespace stitchlocal
