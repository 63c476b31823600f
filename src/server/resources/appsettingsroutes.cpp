// App settings beyond the reference (the same API version's web UI used them): deploy settings
// (GET/PATCH/PUT .../deploy/config), custom user data (GET/PATCH .../custom_user_data), the
// hosting switch (GET/PATCH .../hosting/config) and GET .../users_count.
//
// Each setting is one document of its own kind in the resources table, written straight to the
// deployed state: these are switches of the app, not part of its configuration directory, so
// drafts, the export and the diff leave them out (appexport.cpp writes only the kinds it knows).

#include "resourcekit.h"

#include "server/hosting/hostingserve.h"
#include "server/serverstate.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal::resources {

namespace {

QJsonObject storedSetting(ServerState &state, const QString &appId, const QString &kind)
{
    const QList<Resource> found = state.store.resources(appId, kind);
    return found.isEmpty() ? QJsonObject() : found.first().doc;
}

bool storeSetting(ServerState &state, const QString &appId, const QString &kind,
                  const QJsonObject &doc)
{
    return state.store.write([&] {
        return state.store.putResource(appId,
                                       Resource { kind, kind, QStringLiteral(""), kind, doc });
    });
}

Reply storeFailed()
{
    return Reply::error(500, QStringLiteral("InternalServerError"),
                        QStringLiteral("cannot store the setting"));
}

//! Every field of patch must be one of defaults' and of the same JSON type (objects merge one
//! level down, by the same rule); the result is defaults overlaid by stored then by patch.
Failure mergeTyped(const QJsonObject &defaults, const QJsonObject &base, const QJsonObject &patch,
                   const QString &prefix, QJsonObject *merged)
{
    QJsonObject out = defaults;
    for (auto it = base.constBegin(); it != base.constEnd(); ++it)
        out.insert(it.key(), it.value());
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString path = prefix + it.key();
        if (!defaults.contains(it.key()))
            return invalid(QStringLiteral("unknown field %1").arg(path));
        const QJsonValue expected = defaults.value(it.key());
        const QJsonValue given = it.value();
        if (expected.isObject()) {
            if (!given.isObject())
                return invalid(QStringLiteral("parameter %1 must be an object").arg(path));
            QJsonObject inner;
            if (Failure failure = mergeTyped(expected.toObject(), out.value(it.key()).toObject(),
                                             given.toObject(), path + u'.', &inner))
                return failure;
            out.insert(it.key(), inner);
            continue;
        }
        if (given.type() != expected.type())
            return invalid(QStringLiteral("parameter %1 has the wrong type").arg(path));
        if (given.isArray()) {
            const QJsonArray items = given.toArray();
            for (const QJsonValue &item : items) {
                if (!item.isString())
                    return invalid(QStringLiteral("parameter %1 must list strings").arg(path));
            }
        }
        out.insert(it.key(), given);
    }
    *merged = out;
    return std::nullopt;
}

// ---- deploy settings

const QString kDeployConfig = QStringLiteral("deploy_config");

QJsonObject deployDefaults()
{
    return { { QStringLiteral("ui_drafts_disabled"), false },
             { QStringLiteral("automatic_deployment"),
               QJsonObject { { QStringLiteral("enabled"), false },
                             { QStringLiteral("provider"), QStringLiteral("") },
                             { QStringLiteral("installation_ids"), QJsonArray() } } } };
}

Reply getDeployConfig(ServerState &state, Call &call)
{
    QJsonObject merged;
    mergeTyped(deployDefaults(), storedSetting(state, appIdOf(call), kDeployConfig), {}, {},
               &merged);
    return Reply::json(merged);
}

// PATCH merges into what is stored; PUT into the defaults ({} resets them).
Reply writeDeployConfig(ServerState &state, Call &call, bool replace)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    const QJsonObject base
        = replace ? QJsonObject() : storedSetting(state, appIdOf(call), kDeployConfig);
    QJsonObject merged;
    if (Failure failure = mergeTyped(deployDefaults(), base, body, {}, &merged))
        return *failure;
    return storeSetting(state, appIdOf(call), kDeployConfig, merged) ? Reply::noContent()
                                                                     : storeFailed();
}

Reply patchDeployConfig(ServerState &state, Call &call)
{
    return writeDeployConfig(state, call, false);
}

Reply putDeployConfig(ServerState &state, Call &call)
{
    return writeDeployConfig(state, call, true);
}

// ---- custom user data

const QString kCustomUserData = QStringLiteral("custom_user_data");

QJsonObject customUserDataDefaults()
{
    return { { QStringLiteral("enabled"), false },
             { QStringLiteral("mongo_service_id"), QStringLiteral("") },
             { QStringLiteral("database_name"), QStringLiteral("") },
             { QStringLiteral("collection_name"), QStringLiteral("") },
             { QStringLiteral("user_id_field"), QStringLiteral("") } };
}

Reply getCustomUserData(ServerState &state, Call &call)
{
    QJsonObject merged;
    mergeTyped(customUserDataDefaults(), storedSetting(state, appIdOf(call), kCustomUserData), {},
               {}, &merged);
    return Reply::json(merged);
}

Reply patchCustomUserData(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject merged;
    if (Failure failure
        = mergeTyped(customUserDataDefaults(), storedSetting(state, appIdOf(call), kCustomUserData),
                     body, {}, &merged))
        return *failure;
    // Turned on, it must say where the data is: a MongoDB service of this app and a collection.
    if (merged.value(QStringLiteral("enabled")).toBool()) {
        for (const char *key :
             { "mongo_service_id", "database_name", "collection_name", "user_id_field" }) {
            if (merged.value(QLatin1String(key)).toString().isEmpty())
                return missing(QLatin1String(key));
        }
        const QString serviceId = merged.value(QStringLiteral("mongo_service_id")).toString();
        if (!state.config.get(appIdOf(call), kService.kind, serviceId, call.adminId))
            return Reply::error(404, kService.notFoundCode,
                                QStringLiteral("no service with id %1").arg(serviceId));
    }
    return storeSetting(state, appIdOf(call), kCustomUserData, merged) ? Reply::noContent()
                                                                       : storeFailed();
}

// ---- hosting switch

const QString kHostingConfig = QStringLiteral("hosting_config");

QJsonObject hostingConfig(ServerState &state, Call &call)
{
    const QJsonObject stored = storedSetting(state, appIdOf(call), kHostingConfig);
    const bool enabled = stored.value(QStringLiteral("enabled")).toBool();
    QString domain;
    if (const auto app = state.store.app(appIdOf(call))) {
        // Where this server serves the app's files: host, port and the app's folder.
        const QUrl root(hostedFileUrl(state, call.request, app->clientAppId, QStringLiteral("/")));
        domain = root.authority() + root.path(QUrl::FullyEncoded);
        if (domain.endsWith(u'/'))
            domain.chop(1);
    }
    return { { QStringLiteral("enabled"), enabled },
             { QStringLiteral("status"), enabled ? QStringLiteral("setup_ok") : QString() },
             { QStringLiteral("default_domain"),
               QJsonObject {
                   { QStringLiteral("provider"), QStringLiteral("aws") },
                   { QStringLiteral("config"),
                     QJsonObject { { QStringLiteral("app_default_domain"), domain } } } } } };
}

Reply getHostingConfig(ServerState &state, Call &call)
{
    return Reply::json(hostingConfig(state, call));
}

Reply patchHostingConfig(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    if (!body.contains(QStringLiteral("enabled")))
        return missing(QStringLiteral("enabled"));
    bool enabled = false;
    if (Failure failure = optionalBool(body, QStringLiteral("enabled"), &enabled))
        return *failure;
    return storeSetting(state, appIdOf(call), kHostingConfig,
                        { { QStringLiteral("enabled"), enabled } })
        ? Reply::noContent()
        : storeFailed();
}

// ---- users_count

Reply usersCount(ServerState &state, Call &call)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, QStringLiteral("SELECT count(*) FROM users WHERE app_id = ?"),
                          { appIdOf(call) })
        || !query.next())
        return storeFailed();
    // A bare JSON number, which Reply::json (objects and arrays) does not write.
    Reply reply;
    reply.contentType = "application/json";
    reply.body = QByteArray::number(query.value(0).toLongLong());
    return reply;
}

} // namespace

void addAppSettingsRoutes(ServerState &state)
{
    const QString app = appPattern();
    addRoute(state, Method::Get, app + QStringLiteral("/deploy/config"), getDeployConfig);
    addRoute(state, Method::Patch, app + QStringLiteral("/deploy/config"), patchDeployConfig);
    addRoute(state, Method::Put, app + QStringLiteral("/deploy/config"), putDeployConfig);
    addRoute(state, Method::Get, app + QStringLiteral("/custom_user_data"), getCustomUserData);
    addRoute(state, Method::Patch, app + QStringLiteral("/custom_user_data"), patchCustomUserData);
    addRoute(state, Method::Get, app + QStringLiteral("/hosting/config"), getHostingConfig);
    addRoute(state, Method::Patch, app + QStringLiteral("/hosting/config"), patchHostingConfig);
    addRoute(state, Method::Get, app + QStringLiteral("/users_count"), usersCount);
}

} // namespace stitchlocal::resources
