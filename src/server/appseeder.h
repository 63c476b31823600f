#pragma once

#include <QString>

namespace stitchlocal {

class ServerState;
class Store;
struct AppRecord;
struct SeedAppSpec;

//! Fills app with spec's functions (fn_00000 ...), values (val_00000 ...) and triggers
//! (trg_00000 ..., disabled authentication triggers calling the functions), and adds spec.apps
//! empty apps (app_0000 ...) to its group: direct inserts in one transaction, one prepared
//! statement per table, so that 10,000 of each take about a second, not 10,000 requests. Names
//! already there are skipped, so seeding a store twice adds nothing.
bool seedApp(Store &store, const AppRecord &app, const SeedAppSpec &spec, QString *error);

//! --seed-app / --seed-apps: seeds the first admin's "demo-app". False with *error set on
//! failure (no such app: it needs --demo).
bool seedAppFromOptions(ServerState &state, QString *error);

} // namespace stitchlocal
