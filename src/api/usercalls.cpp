#include "usercalls.h"

#include "apiclient.h"
#include "parsefunctions.h"

namespace usercalls {

Job<QList<AppUser>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &after)
{
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    return client.send(new Job<QList<AppUser>>(
        QStringLiteral("GET"),
        client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                        QStringLiteral("users") },
                      query),
        &parse::appUsers));
}

} // namespace usercalls
