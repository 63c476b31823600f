#pragma once

// For server tests that write a Store directly (they link Qt6::Sql).

#include "server/store.h"

namespace servertest {

//! An app record: id "a1" in group "g1", named "one".
inline stitchlocal::AppRecord sampleApp()
{
    stitchlocal::AppRecord app;
    app.id = QStringLiteral("a1");
    app.groupId = QStringLiteral("g1");
    app.name = QStringLiteral("one");
    app.clientAppId = QStringLiteral("one-abcde");
    app.location = QStringLiteral("US-VA");
    app.deploymentModel = QStringLiteral("GLOBAL");
    app.domainId = QStringLiteral("d1");
    return app;
}

} // namespace servertest
