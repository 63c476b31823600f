// Auth providers: GET/POST .../auth_providers, GET/PATCH/DELETE .../auth_providers/{providerId},
// PUT .../{providerId}/enable and .../disable.

#include "resourcekit.h"
#include "secretfields.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonArray>
#include <QUrl>

namespace stitchlocal::resources {

namespace {

const Kind kProvider { QStringLiteral("auth_provider"), QStringLiteral("auth provider"),
                       QStringLiteral("AuthProviderNotFound"),
                       QStringLiteral("AuthProviderAlreadyExists") };

QString providerId(const Call &call)
{
    return call.param(QStringLiteral("providerId"));
}

// A config string that must be there; a URL when url is set (custom schemes are fine: apps use
// deep links such as myapp://confirm).
Failure needConfigString(const QJsonObject &config, const QString &key, bool url = false)
{
    const QString path = QStringLiteral("config.") + key;
    const QJsonValue value = config.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return missing(path);
    if (!value.isString())
        return invalid(QStringLiteral("parameter %1 must be a string").arg(path));
    if (url) {
        const QUrl parsed(value.toString(), QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme().isEmpty())
            return invalid(QStringLiteral("parameter %1 must be an absolute URL").arg(path));
    }
    return std::nullopt;
}

Failure checkUserPassConfig(const QJsonObject &config)
{
    bool autoConfirm = false;
    bool runConfirm = false;
    bool runReset = false;
    if (Failure failure = optionalBool(config, QStringLiteral("autoConfirm"), &autoConfirm))
        return failure;
    if (Failure f = optionalBool(config, QStringLiteral("runConfirmationFunction"), &runConfirm))
        return f;
    if (Failure failure = optionalBool(config, QStringLiteral("runResetFunction"), &runReset))
        return failure;
    // New users are confirmed automatically, by a function, or through a link in an email.
    if (!autoConfirm) {
        if (Failure failure = runConfirm
                ? needConfigString(config, QStringLiteral("confirmationFunctionName"))
                : needConfigString(config, QStringLiteral("emailConfirmationUrl"), true))
            return failure;
    }
    // A password reset always goes somewhere: a function or a link.
    return runReset ? needConfigString(config, QStringLiteral("resetFunctionName"))
                    : needConfigString(config, QStringLiteral("resetPasswordUrl"), true);
}

Failure checkCustomTokenConfig(const QJsonObject &config)
{
    QString algorithm = QStringLiteral("HS256");
    if (Failure f = optionalString(config, QStringLiteral("signingAlgorithm"), &algorithm))
        return f;
    if (algorithm != QLatin1String("HS256") && algorithm != QLatin1String("RS256"))
        return invalid(QStringLiteral("config.signingAlgorithm must be HS256 or RS256"));
    bool useJwkUri = false;
    if (Failure failure = optionalBool(config, QStringLiteral("useJWKURI"), &useJwkUri))
        return failure;
    if (useJwkUri)
        return needConfigString(config, QStringLiteral("jwkURI"), true);
    QStringList audience;
    if (config.value(QStringLiteral("audience")).isString())
        return std::nullopt;
    return optionalStringList(config, QStringLiteral("audience"), &audience);
}

Failure checkConfig(const QString &type, const QJsonObject &config)
{
    if (type == QLatin1String("local-userpass"))
        return checkUserPassConfig(config);
    if (type == QLatin1String("custom-token"))
        return checkCustomTokenConfig(config);
    if (type == QLatin1String("custom-function"))
        return needConfigString(config, QStringLiteral("authFunctionName"));
    if (type.startsWith(QLatin1String("oauth2-")))
        return needConfigString(config, QStringLiteral("clientId"));
    return std::nullopt; // anon-user and api-key take no settings
}

// Fields a provider may carry beside name, type, disabled and config, with their JSON type.
Failure copyExtras(const QJsonObject &body, QJsonObject *doc)
{
    for (const QString &key : { QStringLiteral("secret_config") }) {
        QJsonObject object;
        if (Failure failure = optionalObject(body, key, &object))
            return failure;
        if (body.contains(key))
            doc->insert(key, object);
    }
    for (const QString &key : { QStringLiteral("metadata_fields"), QStringLiteral("redirect_uris"),
                                QStringLiteral("domain_restrictions") }) {
        QJsonArray array;
        if (Failure failure = optionalArray(body, key, &array))
            return failure;
        if (body.contains(key))
            doc->insert(key, array);
    }
    return std::nullopt;
}

// Applies a POST body (onto {}) or a PATCH body (onto the stored document) and checks the result.
Failure applyBody(const QJsonObject &body, QJsonObject *doc)
{
    QString type = doc->value(QStringLiteral("type")).toString();
    const bool creating = type.isEmpty();
    if (creating) {
        if (Failure failure = requireString(body, QStringLiteral("type"), &type))
            return failure;
        if (!authProviderTypes().contains(type))
            return invalid(QStringLiteral("unknown auth provider type %1; known types: %2")
                               .arg(type, authProviderTypes().join(QStringLiteral(", "))));
    } else {
        QString newType = type;
        if (Failure failure = optionalString(body, QStringLiteral("type"), &newType))
            return failure;
        if (newType != type)
            return invalid(QStringLiteral("the type of an auth provider cannot change"));
    }
    // A provider created without a name is named after its type, as the SDKs' credentials
    // name providers by default (custom-token, custom-function, ...).
    QString name = doc->value(QStringLiteral("name")).toString();
    if (creating && !body.contains(QStringLiteral("name")))
        name = type;
    else if (creating || body.contains(QStringLiteral("name"))) {
        if (Failure failure = requireName(body, QStringLiteral("name"), &name))
            return failure;
    }
    bool disabled = doc->value(QStringLiteral("disabled")).toBool();
    if (Failure failure = optionalBool(body, QStringLiteral("disabled"), &disabled))
        return failure;
    // A PATCH merges its config into the stored one (secret fields, which no GET returns, keep
    // their values); the merged config is what gets checked.
    QJsonObject config = doc->value(QStringLiteral("config")).toObject();
    QJsonObject given;
    if (Failure failure = optionalObject(body, QStringLiteral("config"), &given))
        return failure;
    mergeConfig(given, &config);
    if (Failure failure = checkConfig(type, config))
        return failure;
    if (Failure failure = copyExtras(body, doc))
        return failure;
    doc->insert(QStringLiteral("name"), name);
    doc->insert(QStringLiteral("type"), type);
    doc->insert(QStringLiteral("disabled"), disabled);
    doc->insert(QStringLiteral("config"), config);
    return std::nullopt;
}

Reply save(ServerState &state, Call &call, const QJsonObject &doc, bool creating)
{
    const QString id = doc.value(QStringLiteral("_id")).toString();
    const Resource provider { kProvider.kind, id, QStringLiteral(""),
                              doc.value(QStringLiteral("name")).toString(), doc };
    const ConfigStore::Status status = creating
        ? state.config.insert(appIdOf(call), provider, call.adminId)
        : state.config.update(appIdOf(call), provider, call.adminId);
    if (Failure failure = writeFailure(status, kProvider, provider.name))
        return *failure;
    if (!creating)
        return Reply::noContent();
    // The create answer carries no config, as the real service's.
    return Reply::json(
        QJsonObject { { QStringLiteral("_id"), id },
                      { QStringLiteral("name"), provider.name },
                      { QStringLiteral("type"), doc.value(QStringLiteral("type")) },
                      { QStringLiteral("disabled"), doc.value(QStringLiteral("disabled")) } },
        201);
}

Reply listProviders(ServerState &state, Call &call)
{
    return listSummaries(state, call, kProvider,
                         { QStringLiteral("_id"), QStringLiteral("name"), QStringLiteral("type"),
                           QStringLiteral("disabled") });
}

Reply createProvider(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject doc;
    if (Failure failure = applyBody(body, &doc))
        return *failure;
    if (Failure failure = checkSecretConfig(state, appIdOf(call),
                                            doc.value(QStringLiteral("secret_config")).toObject()))
        return *failure;
    doc.insert(QStringLiteral("_id"), secrets::newObjectId());
    return save(state, call, doc, true);
}

Reply getProvider(ServerState &state, Call &call)
{
    const auto provider = find(state, call, kProvider, providerId(call));
    if (!provider)
        return notFound(kProvider);
    QJsonObject doc = provider->doc;
    doc.insert(QStringLiteral("config"),
               withoutSecrets(doc.value(QStringLiteral("type")).toString(),
                              doc.value(QStringLiteral("config")).toObject()));
    return Reply::json(doc);
}

Reply patchProvider(ServerState &state, Call &call)
{
    const auto provider = find(state, call, kProvider, providerId(call));
    if (!provider)
        return notFound(kProvider);
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject doc = provider->doc;
    if (Failure failure = applyBody(body, &doc))
        return *failure;
    if (Failure failure = checkSecretConfig(state, appIdOf(call),
                                            doc.value(QStringLiteral("secret_config")).toObject()))
        return *failure;
    return save(state, call, doc, false);
}

Reply setDisabled(ServerState &state, Call &call, bool disabled)
{
    const auto provider = find(state, call, kProvider, providerId(call));
    if (!provider)
        return notFound(kProvider);
    QJsonObject doc = provider->doc;
    doc.insert(QStringLiteral("disabled"), disabled);
    return save(state, call, doc, false);
}

} // namespace

void addAuthProviderRoutes(ServerState &state)
{
    const QString providers = appPattern() + QStringLiteral("/auth_providers");
    const QString provider = providers + QStringLiteral("/{providerId}");
    addRoute(state, Method::Get, providers, listProviders);
    addRoute(state, Method::Post, providers, createProvider);
    addRoute(state, Method::Get, provider, getProvider);
    addRoute(state, Method::Patch, provider, patchProvider);
    addRoute(state, Method::Delete, provider, [](ServerState &state, Call &call) {
        return removeDocument(state, call, kProvider, providerId(call));
    });
    addRoute(state, Method::Put, provider + QStringLiteral("/enable"),
             [](ServerState &state, Call &call) { return setDisabled(state, call, false); });
    addRoute(state, Method::Put, provider + QStringLiteral("/disable"),
             [](ServerState &state, Call &call) { return setDisabled(state, call, true); });
}

} // namespace stitchlocal::resources
