#pragma once

#include <QString>

namespace stitchlocal {

class Store;

//! Fills a new store with "demo-app" in groupId: functions, values, an authentication trigger,
//! two email/password users (ada@example.com and linus@example.com, password "stitch-demo"),
//! two hosting files and a few log entries, so a first start has something to show.
bool createDemoApp(Store &store, const QString &groupId);

} // namespace stitchlocal
