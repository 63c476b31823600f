#include "pushcalls.h"

namespace pushcalls {

namespace {
const QString kLabel = QStringLiteral("label");

QStringList path(const QString &groupId, const QString &appId, const QStringList &more = {})
{
    return resourcedoc::appPath(
        groupId, appId,
        QStringList { QStringLiteral("push"), QStringLiteral("notifications") } + more);
}

QJsonObject body(const QString &label, const QString &message, const QString &topic)
{
    return { { QStringLiteral("label"), label },
             { QStringLiteral("message"), message },
             { QStringLiteral("topic"), topic } };
}
} // namespace

Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &state)
{
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    return resourcedoc::list(client, path(groupId, appId), kLabel, query);
}

Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &messageId)
{
    return resourcedoc::send(client, QStringLiteral("GET"), path(groupId, appId, { messageId }),
                             {}, false, kLabel);
}

Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &label, const QString &message, const QString &topic)
{
    return resourcedoc::send(client, QStringLiteral("POST"), path(groupId, appId),
                             body(label, message, topic), true, kLabel);
}

Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &messageId, const QString &label, const QString &message,
                         const QString &topic)
{
    return resourcedoc::send(client, QStringLiteral("PUT"), path(groupId, appId, { messageId }),
                             body(label, message, topic), true, kLabel);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &messageId)
{
    return resourcedoc::sendRaw(client, QStringLiteral("DELETE"),
                                path(groupId, appId, { messageId }));
}

Job<ResourceDoc> *setType(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &messageId, const QString &type)
{
    return resourcedoc::send(client, QStringLiteral("PUT"),
                             path(groupId, appId, { messageId, QStringLiteral("type") }),
                             { { QStringLiteral("type"), type } }, true, kLabel);
}

Job<ResourceDoc> *send(ApiClient &client, const QString &groupId, const QString &appId,
                       const QString &messageId)
{
    return resourcedoc::send(client, QStringLiteral("POST"),
                             path(groupId, appId, { messageId, QStringLiteral("send") }), {},
                             false, kLabel);
}

} // namespace pushcalls
