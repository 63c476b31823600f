#pragma once

#include "apijob.h"
#include "logtypes.h"

class ApiClient;

//! Logging API: GET /groups/{groupId}/apps/{appId}/logs. The answer is left raw (a RawJob):
//! pages are decoded with parse::logPage on a worker, never on the UI thread.
namespace logcalls {
//! One page of at most 100 entries, newest first, from the cursor (or the start) under filter.
ApiJob *page(ApiClient &client, const QString &groupId, const QString &appId,
             const LogFilter &filter, const LogCursor &cursor = {});
} // namespace logcalls
