#include "routes.h"

#include "appexport.h"
#include "secrets.h"
#include "serverstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

Reply listApps(ServerState &state, Call &call)
{
    QJsonArray apps;
    const QList<AppRecord> records = state.store.apps(call.param(QStringLiteral("groupId")));
    for (const AppRecord &app : records)
        apps.append(app.toJson());
    return Reply::json(apps);
}

Reply createApp(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    AppRecord app;
    app.location = QStringLiteral("US-VA");
    app.deploymentModel = QStringLiteral("GLOBAL");
    if (Failure failure = requireString(body, QStringLiteral("name"), &app.name))
        return *failure;
    if (Failure failure = optionalString(body, QStringLiteral("location"), &app.location))
        return *failure;
    if (Failure failure
        = optionalString(body, QStringLiteral("deployment_model"), &app.deploymentModel))
        return *failure;
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!validName.match(app.name).hasMatch())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("app name must be 1 to 64 letters, digits, '_' or '-'"));

    app.id = secrets::newObjectId();
    app.groupId = call.param(QStringLiteral("groupId"));
    app.clientAppId = app.name + u'-' + secrets::randomLetters(5);
    app.domainId = secrets::newObjectId();
    bool duplicate = false;
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        if (!state.store.exec(query,
                              QStringLiteral("SELECT 1 FROM apps WHERE group_id = ? AND name = ?"),
                              { app.groupId, app.name }))
            return false;
        duplicate = query.next();
        return !duplicate && state.store.insertApp(app);
    });
    if (duplicate)
        return Reply::error(409, QStringLiteral("AppAlreadyExists"),
                            QStringLiteral("an app named %1 already exists").arg(app.name));
    if (!ok)
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot store the app"));
    return Reply::json(app.toJson(), 201);
}

Reply deleteApp(ServerState &state, Call &call)
{
    // Resources, logs and hosting assets go with the app through ON DELETE CASCADE.
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query, QStringLiteral("DELETE FROM apps WHERE id = ?"),
                                { call.param(QStringLiteral("appId")) });
    });
    if (!ok)
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot delete the app"));
    return Reply::noContent();
}

Reply exportApp(ServerState &state, Call &call)
{
    const auto app = state.store.app(call.param(QStringLiteral("appId")));
    if (!app)
        return Reply::error(404, QStringLiteral("AppNotFound"),
                            QStringLiteral("application not found"));
    QString error;
    const QByteArray zip = exportAppZip(state.config, *app, &error);
    if (zip.isEmpty())
        return Reply::error(500, QStringLiteral("InternalServerError"), error);
    Reply reply;
    reply.contentType = "application/zip";
    reply.body = zip;
    const QString fileName
        = QStringLiteral("%1_%2.zip")
              .arg(app->name, QString::number(QDateTime::currentSecsSinceEpoch()));
    reply.headers.append(
        { "Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"' });
    return reply;
}

} // namespace

void addAppRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString apps = QStringLiteral("/groups/{groupId}/apps");
    const QString app = apps + QStringLiteral("/{appId}");
    router.add(Method::Get, apps, Access::AccessToken,
               [&state](Call &call) { return listApps(state, call); });
    router.add(Method::Post, apps, Access::AccessToken,
               [&state](Call &call) { return createApp(state, call); });
    router.add(Method::Get, app, Access::AccessToken, [&state](Call &call) {
        const auto record = state.store.app(call.param(QStringLiteral("appId")));
        if (!record)
            return Reply::error(404, QStringLiteral("AppNotFound"),
                                QStringLiteral("application not found"));
        return Reply::json(record->toJson());
    });
    router.add(Method::Delete, app, Access::AccessToken,
               [&state](Call &call) { return deleteApp(state, call); });
    router.add(Method::Get, app + QStringLiteral("/export"), Access::AccessToken,
               [&state](Call &call) { return exportApp(state, call); });
}

} // namespace stitchlocal
