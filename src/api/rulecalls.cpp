#include "rulecalls.h"

#include <QJsonArray>

namespace rulecalls {

namespace {
QStringList path(const QString &groupId, const QString &appId, const QString &serviceId,
                 const QStringList &more = {})
{
    return resourcedoc::appPath(
        groupId, appId,
        QStringList { QStringLiteral("services"), serviceId, QStringLiteral("rules") } + more);
}
} // namespace

Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId)
{
    return resourcedoc::list(client, path(groupId, appId, serviceId));
}

Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const QString &ruleId)
{
    return resourcedoc::send(client, QStringLiteral("GET"),
                             path(groupId, appId, serviceId, { ruleId }));
}

Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &rule)
{
    return resourcedoc::send(client, QStringLiteral("POST"), path(groupId, appId, serviceId), rule,
                             true);
}

Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QString &ruleId, const QJsonObject &rule)
{
    return resourcedoc::send(client, QStringLiteral("PUT"),
                             path(groupId, appId, serviceId, { ruleId }), rule, true);
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &ruleId)
{
    return resourcedoc::sendRaw(client, QStringLiteral("DELETE"),
                                path(groupId, appId, serviceId, { ruleId }));
}

QJsonObject ruleBody(const QString &name, const QStringList &actions, const QJsonObject &when)
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("actions"), QJsonArray::fromStringList(actions) },
             { QStringLiteral("when"), when } };
}

} // namespace rulecalls
