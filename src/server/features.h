#pragma once

#include <QStringList>

namespace stitchlocal {

//! What stitch-local offers beyond the Admin API, by name, as GET /local/features answers it.
//! The console asks rather than guessing from the URL: the cloud answers that route 404 and so
//! has none of them. A feature's name goes here in the change that adds its routes.
inline QStringList serverFeatures()
{
    return {
        // The local data routes of MongoDB services (.../services/{id}/local/...): the
        // console's Services > Data tab.
        QStringLiteral("local-data"),
        QStringLiteral("debug-runs"), // POST .../local/debug_runs: the debugger
    };
}

} // namespace stitchlocal
