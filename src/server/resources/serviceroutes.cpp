// Services: GET/POST .../services, GET/PATCH/DELETE .../services/{serviceId},
// GET/PATCH .../services/{serviceId}/config, POST .../services/{serviceId}/commands/{commandName}.
//
// Commands: stitch-local connects to no external system (no Atlas cluster, no HTTP, AWS or
// Twilio account), so no service type has a command it could honestly run; every command answers
// 404 ServiceCommandNotFound once the service itself is found.

#include "resourcekit.h"
#include "secretfields.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace stitchlocal::resources {

namespace {

// Each known service type with the config keys it cannot do without.
const QHash<QString, QStringList> &serviceTypes()
{
    static const QHash<QString, QStringList> types {
        { QStringLiteral("mongodb-atlas"), { QStringLiteral("clusterName") } },
        { QStringLiteral("mongodb"), { QStringLiteral("uri") } },
        { QStringLiteral("datalake"), {} },
        { QStringLiteral("http"), {} },
        { QStringLiteral("aws"), {} },
        { QStringLiteral("aws-s3"), {} },
        { QStringLiteral("aws-ses"), {} },
        { QStringLiteral("twilio"), { QStringLiteral("sid") } },
        { QStringLiteral("github"), {} },
        { QStringLiteral("gcm"), {} },
        { QStringLiteral("mailgun"), {} },
        { QStringLiteral("pubnub"), {} },
        { QStringLiteral("slack"), {} },
    };
    return types;
}

Failure checkConfig(const QString &type, const QJsonObject &config)
{
    for (const QString &key : serviceTypes().value(type)) {
        const QJsonValue value = config.value(key);
        if (value.isUndefined() || value.isNull())
            return missing(QStringLiteral("config.") + key);
        if (!value.isString() || value.toString().isEmpty())
            return invalid(QStringLiteral("config.%1 must be a non-empty string").arg(key));
    }
    return std::nullopt;
}

// What a GET answers of a service: its config without the secret fields.
QJsonObject shown(QJsonObject doc)
{
    doc.insert(QStringLiteral("config"),
               withoutSecrets(doc.value(QStringLiteral("type")).toString(),
                              doc.value(QStringLiteral("config")).toObject()));
    return doc;
}

// A service's secret_config ({field: secret name}) names secrets of the app.
Failure copySecretConfig(ServerState &state, Call &call, const QJsonObject &body, QJsonObject *doc)
{
    if (!body.contains(QStringLiteral("secret_config")))
        return std::nullopt;
    QJsonObject secretConfig;
    if (Failure failure = optionalObject(body, QStringLiteral("secret_config"), &secretConfig))
        return failure;
    if (Failure failure = checkSecretConfig(state, appIdOf(call), secretConfig))
        return failure;
    doc->insert(QStringLiteral("secret_config"), secretConfig);
    return std::nullopt;
}

Reply save(ServerState &state, Call &call, QJsonObject doc, bool creating, const QJsonValue &answer)
{
    doc.insert(QStringLiteral("last_modified"), QDateTime::currentSecsSinceEpoch());
    const Resource service { kService.kind, doc.value(QStringLiteral("_id")).toString(),
                             QStringLiteral(""), doc.value(QStringLiteral("name")).toString(),
                             doc };
    const ConfigStore::Status status = creating
        ? state.config.insert(appIdOf(call), service, call.adminId)
        : state.config.update(appIdOf(call), service, call.adminId);
    if (Failure failure = writeFailure(status, kService, service.name))
        return *failure;
    return Reply::json(answer.isUndefined() ? QJsonValue(shown(doc)) : answer,
                       creating ? 201 : 200);
}

Reply listServices(ServerState &state, Call &call)
{
    return listSummaries(state, call, kService,
                         { QStringLiteral("_id"), QStringLiteral("name"), QStringLiteral("type"),
                           QStringLiteral("version") });
}

Reply createService(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QString name;
    QString type;
    QJsonObject config;
    if (Failure failure = requireName(body, QStringLiteral("name"), &name))
        return *failure;
    if (Failure failure = requireString(body, QStringLiteral("type"), &type))
        return *failure;
    if (!serviceTypes().contains(type))
        return invalid(QStringLiteral("unknown service type %1").arg(type));
    if (Failure failure = optionalObject(body, QStringLiteral("config"), &config))
        return *failure;
    if (Failure failure = checkConfig(type, config))
        return *failure;
    QJsonObject doc { { QStringLiteral("_id"), secrets::newObjectId() },
                      { QStringLiteral("name"), name },
                      { QStringLiteral("type"), type },
                      { QStringLiteral("config"), config },
                      { QStringLiteral("version"), 1 } };
    if (Failure failure = copySecretConfig(state, call, body, &doc))
        return *failure;
    return save(state, call, doc, true, QJsonValue::Undefined);
}

Reply getService(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    return Reply::json(shown(service.doc));
}

Reply patchService(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject doc = service.doc;
    QString name = service.name;
    QString type = doc.value(QStringLiteral("type")).toString();
    // The config merges, as PATCH .../config does: secret fields are never shown, so a client
    // sending back what it read must not erase them.
    QJsonObject config = doc.value(QStringLiteral("config")).toObject();
    if (body.contains(QStringLiteral("name"))) {
        if (Failure failure = requireName(body, QStringLiteral("name"), &name))
            return *failure;
    }
    if (Failure failure = optionalString(body, QStringLiteral("type"), &type))
        return *failure;
    if (type != doc.value(QStringLiteral("type")).toString())
        return invalid(QStringLiteral("the type of a service cannot change"));
    QJsonObject given;
    if (Failure failure = optionalObject(body, QStringLiteral("config"), &given))
        return *failure;
    mergeConfig(given, &config);
    if (Failure failure = checkConfig(type, config))
        return *failure;
    if (Failure failure = copySecretConfig(state, call, body, &doc))
        return *failure;
    doc.insert(QStringLiteral("name"), name);
    doc.insert(QStringLiteral("config"), config);
    return save(state, call, doc, false, QJsonValue::Undefined);
}

Reply getConfig(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    return Reply::json(shown(service.doc).value(QStringLiteral("config")).toObject());
}

// A JSON merge patch (RFC 7396) on the top level of the config: null removes a key.
Reply patchConfig(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    QJsonObject patch;
    if (Failure failure = parseJsonObject(call.request.body, &patch))
        return *failure;
    QJsonObject config = service.doc.value(QStringLiteral("config")).toObject();
    mergeConfig(patch, &config);
    if (Failure failure = checkConfig(service.doc.value(QStringLiteral("type")).toString(), config))
        return *failure;
    QJsonObject doc = service.doc;
    doc.insert(QStringLiteral("config"), config);
    return save(state, call, doc, false, shown(doc).value(QStringLiteral("config")));
}

Reply deleteService(ServerState &state, Call &call)
{
    // ConfigStore::remove takes the service's rules and incoming webhooks with it.
    return removeDocument(state, call, kService, call.param(QStringLiteral("serviceId")));
}

Reply runCommand(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    return Reply::error(404, QStringLiteral("ServiceCommandNotFound"),
                        QStringLiteral("service %1 (%2) has no command %3 in stitch-local")
                            .arg(service.name, service.doc.value(QStringLiteral("type")).toString(),
                                 call.param(QStringLiteral("commandName"))));
}

} // namespace

void addServiceRoutes(ServerState &state)
{
    const QString services = appPattern() + QStringLiteral("/services");
    const QString service = services + QStringLiteral("/{serviceId}");
    addRoute(state, Method::Get, services, listServices);
    addRoute(state, Method::Post, services, createService);
    addRoute(state, Method::Get, service, getService);
    addRoute(state, Method::Patch, service, patchService);
    addRoute(state, Method::Delete, service, deleteService);
    addRoute(state, Method::Get, service + QStringLiteral("/config"), getConfig);
    addRoute(state, Method::Patch, service + QStringLiteral("/config"), patchConfig);
    addRoute(state, Method::Post, service + QStringLiteral("/commands/{commandName}"), runCommand);
}

} // namespace stitchlocal::resources
