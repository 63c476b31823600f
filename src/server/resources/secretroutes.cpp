// Secrets (beyond the reference; the 2020 OpenAPI file has them): GET/POST .../secrets,
// PUT/DELETE .../secrets/{secretId}. The value is write-only: no answer carries it.

#include "resourcekit.h"
#include "secretvault.h"

#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal::resources {

namespace {

const Kind kSecret { QStringLiteral("secret"), QStringLiteral("secret"),
                     QStringLiteral("SecretNotFound"), QStringLiteral("SecretAlreadyExists") };

Reply answerFor(secretvault::Status status, const QString &name, const Reply &done)
{
    const Failure failure = writeFailure(status, kSecret, name);
    return failure ? *failure : done;
}

// A value may be any string, the empty one too (a feature switched off by a blank key).
Failure optionalValue(const QJsonObject &body, QString *value)
{
    const QJsonValue given = body.value(QStringLiteral("value"));
    if (given.isUndefined())
        return std::nullopt;
    if (!given.isString())
        return invalid(QStringLiteral("parameter value must be a string"));
    *value = given.toString();
    return std::nullopt;
}

Reply listSecrets(ServerState &state, Call &call)
{
    QJsonArray answer;
    const QList<secretvault::Secret> found = secretvault::list(state.config, appIdOf(call));
    for (const secretvault::Secret &secret : found)
        answer.append(QJsonObject { { QStringLiteral("_id"), secret.id },
                                    { QStringLiteral("name"), secret.name } });
    return Reply::json(answer);
}

Reply createSecret(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QString name;
    if (Failure failure = requireName(body, QStringLiteral("name"), &name))
        return *failure;
    QString value;
    if (!body.contains(QStringLiteral("value")))
        return missing(QStringLiteral("value"));
    if (Failure failure = optionalValue(body, &value))
        return *failure;
    QString id;
    const secretvault::Status status
        = secretvault::create(state.config, appIdOf(call), name, value, &id);
    return answerFor(
        status, name,
        Reply::json(QJsonObject { { QStringLiteral("_id"), id }, { QStringLiteral("name"), name } },
                    201));
}

// Renames, sets a new value, or both; at least one must be given.
Reply updateSecret(ServerState &state, Call &call)
{
    const QString id = call.param(QStringLiteral("secretId"));
    if (!secretvault::byId(state.config, appIdOf(call), id))
        return notFound(kSecret);
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QString name;
    if (body.contains(QStringLiteral("name"))) {
        if (Failure failure = requireName(body, QStringLiteral("name"), &name))
            return *failure;
    }
    QString value;
    if (Failure failure = optionalValue(body, &value))
        return *failure;
    if (name.isNull() && value.isNull())
        return missing(QStringLiteral("name or value"));
    return answerFor(secretvault::update(state.config, appIdOf(call), id, name, value), name,
                     Reply::noContent());
}

Reply deleteSecret(ServerState &state, Call &call)
{
    return answerFor(
        secretvault::remove(state.config, appIdOf(call), call.param(QStringLiteral("secretId"))),
        QString(), Reply::noContent());
}

} // namespace

Failure requireSecret(const ServerState &state, const QString &appId, const QString &name,
                      const QString &field)
{
    if (secretvault::byName(state.config, appId, name))
        return std::nullopt;
    return Reply::error(
        400, QStringLiteral("InvalidParameter"),
        QStringLiteral("%1 names the secret \"%2\", which does not exist").arg(field, name));
}

Failure checkSecretConfig(const ServerState &state, const QString &appId,
                          const QJsonObject &secretConfig)
{
    for (auto it = secretConfig.constBegin(); it != secretConfig.constEnd(); ++it) {
        const QString field = QStringLiteral("secret_config.") + it.key();
        if (!it.value().isString())
            return invalid(QStringLiteral("parameter %1 must name a secret").arg(field));
        if (Failure failure = requireSecret(state, appId, it.value().toString(), field))
            return failure;
    }
    return std::nullopt;
}

void addSecretRoutes(ServerState &state)
{
    const QString secrets = appPattern() + QStringLiteral("/secrets");
    const QString secret = secrets + QStringLiteral("/{secretId}");
    addRoute(state, Method::Get, secrets, listSecrets);
    addRoute(state, Method::Post, secrets, createSecret);
    addRoute(state, Method::Put, secret, updateSecret);
    addRoute(state, Method::Delete, secret, deleteSecret);
}

} // namespace stitchlocal::resources
