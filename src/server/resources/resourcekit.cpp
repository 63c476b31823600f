#include "resourcekit.h"

#include "server/routes.h"
#include "server/serverstate.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace stitchlocal {

namespace resources {

const Kind kService { QStringLiteral("service"), QStringLiteral("service"),
                      QStringLiteral("ServiceNotFound"), QStringLiteral("ServiceAlreadyExists") };

QString appPattern()
{
    return QStringLiteral("/groups/{groupId}/apps/{appId}");
}

void addRoute(ServerState &state, Method method, const QString &pattern, StateHandler handler)
{
    state.router.add(method, pattern, Access::AccessToken,
                     [&state, handler](Call &call) { return handler(state, call); });
}

QString appIdOf(const Call &call)
{
    return call.param(QStringLiteral("appId"));
}

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("InvalidParameter"), message);
}

void mergeConfig(const QJsonObject &patch, QJsonObject *config)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            config->remove(it.key());
        else
            config->insert(it.key(), it.value());
    }
}

Reply missing(const QString &key)
{
    return Reply::error(400, QStringLiteral("MissingParameter"),
                        QStringLiteral("missing parameter: %1").arg(key));
}

Failure optionalBool(const QJsonObject &object, const QString &key, bool *value)
{
    if (!object.contains(key))
        return std::nullopt;
    if (!object.value(key).isBool())
        return invalid(QStringLiteral("parameter %1 must be a boolean").arg(key));
    *value = object.value(key).toBool();
    return std::nullopt;
}

Failure optionalObject(const QJsonObject &object, const QString &key, QJsonObject *value)
{
    if (!object.contains(key))
        return std::nullopt;
    if (!object.value(key).isObject())
        return invalid(QStringLiteral("parameter %1 must be an object").arg(key));
    *value = object.value(key).toObject();
    return std::nullopt;
}

Failure optionalArray(const QJsonObject &object, const QString &key, QJsonArray *value)
{
    if (!object.contains(key))
        return std::nullopt;
    if (!object.value(key).isArray())
        return invalid(QStringLiteral("parameter %1 must be an array").arg(key));
    *value = object.value(key).toArray();
    return std::nullopt;
}

Failure optionalStringList(const QJsonObject &object, const QString &key, QStringList *value)
{
    QJsonArray array;
    if (Failure failure = optionalArray(object, key, &array))
        return failure;
    if (!object.contains(key))
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &item : std::as_const(array)) {
        if (!item.isString())
            return invalid(QStringLiteral("every item of %1 must be a string").arg(key));
        result.append(item.toString());
    }
    *value = result;
    return std::nullopt;
}

Failure requireNonEmpty(const QJsonObject &object, const QString &key, QString *value)
{
    if (Failure failure = requireString(object, key, value))
        return failure;
    if (value->isEmpty())
        return missing(key);
    return std::nullopt;
}

Failure requireName(const QJsonObject &object, const QString &key, QString *value)
{
    if (Failure failure = requireNonEmpty(object, key, value))
        return failure;
    // Names become file names in the export layout and identifiers in scripts.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!plain.match(*value).hasMatch())
        return invalid(QStringLiteral("%1 must be 1 to 64 letters, digits, '_' or '-'").arg(key));
    return std::nullopt;
}

Reply notFound(const Kind &kind)
{
    return Reply::error(404, kind.notFoundCode, QStringLiteral("%1 not found").arg(kind.noun));
}

Failure writeFailure(ConfigStore::Status status, const Kind &kind, const QString &name)
{
    switch (status) {
    case ConfigStore::Status::Ok:
        return std::nullopt;
    case ConfigStore::Status::NotFound:
        return notFound(kind);
    case ConfigStore::Status::Duplicate:
        return Reply::error(409, kind.duplicateCode,
                            QStringLiteral("a %1 named %2 already exists").arg(kind.noun, name));
    case ConfigStore::Status::Failed:
        break;
    }
    return Reply::error(500, QStringLiteral("InternalServerError"),
                        QStringLiteral("cannot store the %1").arg(kind.noun));
}

std::optional<Resource> find(ServerState &state, const Call &call, const Kind &kind,
                             const QString &id)
{
    return state.config.get(appIdOf(call), kind.kind, id, call.adminId);
}

Reply removeDocument(ServerState &state, const Call &call, const Kind &kind, const QString &id,
                     const Reply &done)
{
    const ConfigStore::Status status
        = state.config.remove(appIdOf(call), kind.kind, id, call.adminId);
    if (Failure failure = writeFailure(status, kind, QString()))
        return *failure;
    return done;
}

Failure requireService(ServerState &state, const Call &call, Resource *service)
{
    const auto found = find(state, call, kService, call.param(QStringLiteral("serviceId")));
    if (!found)
        return notFound(kService);
    *service = *found;
    return std::nullopt;
}

Failure requireServiceChild(ServerState &state, const Call &call, const Kind &kind,
                            const QString &id, Resource *child)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return failure;
    const auto found = find(state, call, kind, id);
    if (!found || found->parentId != service.id)
        return notFound(kind);
    *child = *found;
    return std::nullopt;
}

Reply listSummaries(ServerState &state, Call &call, const Kind &kind, const QStringList &keys)
{
    QJsonArray summaries;
    const QList<Resource> found
        = state.config.list(appIdOf(call), kind.kind, call.adminId, QStringLiteral(""));
    for (const Resource &resource : found) {
        QJsonObject summary;
        for (const QString &key : keys)
            summary.insert(key, resource.doc.value(key));
        summaries.append(summary);
    }
    return Reply::json(summaries);
}

Reply listServiceChildren(ServerState &state, Call &call, const Kind &kind)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    QJsonArray docs;
    const QList<Resource> found
        = state.config.list(appIdOf(call), kind.kind, call.adminId, service.id);
    for (const Resource &child : found)
        docs.append(child.doc);
    return Reply::json(docs);
}

const QStringList &authProviderTypes()
{
    static const QStringList types {
        QStringLiteral("anon-user"),       QStringLiteral("local-userpass"),
        QStringLiteral("api-key"),         QStringLiteral("custom-token"),
        QStringLiteral("custom-function"), QStringLiteral("oauth2-google"),
        QStringLiteral("oauth2-facebook"), QStringLiteral("oauth2-apple"),
    };
    return types;
}

} // namespace resources

void addResourcesRoutes(ServerState &state)
{
    resources::addValueRoutes(state);
    resources::addAuthProviderRoutes(state);
    resources::addServiceRoutes(state);
    resources::addRuleRoutes(state);
    resources::addWebhookRoutes(state);
    resources::addSecurityRoutes(state);
    resources::addTriggerRoutes(state);
    resources::addAppSettingsRoutes(state);
    resources::addSecretRoutes(state);
}

} // namespace stitchlocal
