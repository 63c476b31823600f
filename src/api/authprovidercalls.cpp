#include "authprovidercalls.h"

namespace authprovidercalls {

namespace {
QStringList path(const QString &groupId, const QString &appId, const QStringList &more = {})
{
    return resourcedoc::appPath(groupId, appId,
                                QStringList { QStringLiteral("auth_providers") } + more);
}
} // namespace

Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return resourcedoc::list(client, path(groupId, appId));
}

Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &providerId)
{
    return resourcedoc::send(client, QStringLiteral("GET"), path(groupId, appId, { providerId }));
}

Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QJsonObject &provider)
{
    return resourcedoc::send(client, QStringLiteral("POST"), path(groupId, appId), provider, true);
}

ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &providerId, const QJsonObject &changes)
{
    return resourcedoc::sendRaw(client, QStringLiteral("PATCH"),
                                path(groupId, appId, { providerId }), changes);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &providerId)
{
    return resourcedoc::sendRaw(client, QStringLiteral("DELETE"),
                                path(groupId, appId, { providerId }));
}

ApiJob *setEnabled(ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &providerId, bool enabled)
{
    return resourcedoc::sendRaw(
        client, QStringLiteral("PUT"),
        path(groupId, appId,
             { providerId, enabled ? QStringLiteral("enable") : QStringLiteral("disable") }));
}

QStringList knownTypes()
{
    return { QStringLiteral("local-userpass"), QStringLiteral("api-key"),
             QStringLiteral("anon-user"),      QStringLiteral("custom-function"),
             QStringLiteral("custom-token"),   QStringLiteral("oauth2-google"),
             QStringLiteral("oauth2-facebook"), QStringLiteral("oauth2-apple") };
}

} // namespace authprovidercalls
