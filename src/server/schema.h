#pragma once

#include <QString>

namespace stitchlocal {

class Store;

//! The one place the store's tables are made: numbered migrations, each applied once, in order,
//! in a transaction of its own that also records meta.schema_version. Returns false with *error
//! naming the migration that failed (or a store made by a newer stitch-local); the server does not
//! start then, rather than serve without the tables some routes need.
bool migrate(Store &store, QString *error);

//! The schema version this build writes (the number of the last migration).
int latestSchemaVersion();

} // namespace stitchlocal
