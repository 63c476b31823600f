#pragma once

#include <QJsonObject>
#include <QString>

namespace stitchlocal {

class Store;

//! Appends one log entry (WIRE.md's fields; "started" as ISO 8601 with milliseconds, UTC) to an
//! app's history. Every function run, webhook call, trigger firing, end-user auth event and API-key
//! use writes one. Fills _id, app_id and a missing (or unreadable) "started", and a missing
//! "completed". The logs table derives its filter columns (type, user_id, co_id, error) from the
//! entry itself. Joins the open write, if any.
bool appendLog(Store &store, const QString &appId, QJsonObject entry);

} // namespace stitchlocal
