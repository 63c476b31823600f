#pragma once

#include <QString>

namespace stitchlocal {

class ServerState;
class Store;
struct AppRecord;

//! Appends count synthetic entries to an app's history, ending a second before now: mixed
//! types, about one in ten an error, a handful of users and correlation ids, and runs of equal
//! timestamps (a few of 250, longer than a page) so paging can be tried. One transaction.
bool seedLogs(Store &store, const AppRecord &app, int count);

//! --seed-logs N: seeds every app in the store. False with *error set on failure.
bool seedLogsFromOptions(ServerState &state, QString *error);

} // namespace stitchlocal
