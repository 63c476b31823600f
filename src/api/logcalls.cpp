#include "logcalls.h"

#include "apiclient.h"

namespace logcalls {

ApiJob *page(ApiClient &client, const QString &groupId, const QString &appId,
             const LogFilter &filter, const LogCursor &cursor)
{
    const QStringList path { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                             QStringLiteral("logs") };
    return client.send(
        new RawJob(QStringLiteral("GET"), client.urlFor(path, logQuery(filter, cursor))));
}

} // namespace logcalls
