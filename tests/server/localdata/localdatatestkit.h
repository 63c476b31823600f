#pragma once

// What the local MongoDB service's tests share: a real server on 127.0.0.1 (its data process
// included) with one admin, one app and a mongodb-atlas service; the local data routes, debug
// runs as system or as a user, end users logged in anonymously calling the client API, and the
// app's log entries read back over the logs route.

#include "../servertestkit.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

namespace localdatatest {

using namespace servertest;

class World
{
public:
    //! Starts (or, with the same World, restarts) the server on the World's data folder.
    bool start(double functionTimeLimitSeconds = 90)
    {
        server.reset();
        if (!m_dir.isValid())
            return false;
        stitchlocal::ServerOptions options = loopbackOptions(m_dir.path());
        options.functionTimeLimitSeconds = functionTimeLimitSeconds;
        options.admins = { user(QStringLiteral("dev"), QStringLiteral("dev-pw"),
                                QStringLiteral("5f0000000000000000000009")) };
        QString error;
        server = startServer(options, &error);
        if (!server) {
            qWarning("cannot start the server: %s", qPrintable(error));
            return false;
        }
        probe.setRoot(server->rootUrl());
        dev = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("dev-pw"));
        group = probe.groupOf(dev.access);
        if (appId.isEmpty()) {
            const QJsonObject app
                = probe
                      .post(QStringLiteral("/groups/%1/apps").arg(group),
                            { { QStringLiteral("name"), QStringLiteral("data") } }, dev.access)
                      .object();
            appId = app.value(QStringLiteral("_id")).toString();
            clientAppId = app.value(QStringLiteral("client_app_id")).toString();
            serviceId
                = newService(QStringLiteral("mongodb-atlas"), QStringLiteral("mongodb-atlas"));
            if (!enableProvider(QStringLiteral("anon-user")))
                return false;
        }
        return !appId.isEmpty() && !serviceId.isEmpty();
    }

    QString newService(const QString &name, const QString &type)
    {
        QJsonObject config;
        if (type == QLatin1String("mongodb-atlas"))
            config.insert(QStringLiteral("clusterName"), QStringLiteral("Cluster0"));
        return admin("POST", QStringLiteral("/services"),
                     { { QStringLiteral("name"), name },
                       { QStringLiteral("type"), type },
                       { QStringLiteral("config"), config } })
            .object()
            .value(QStringLiteral("_id"))
            .toString();
    }

    bool enableProvider(const QString &type)
    {
        const QJsonArray providers = admin("GET", QStringLiteral("/auth_providers")).array();
        for (const QJsonValue &provider : providers) {
            if (provider.toObject().value(QStringLiteral("type")).toString() != type)
                continue;
            const QString id = provider.toObject().value(QStringLiteral("_id")).toString();
            return admin("PUT", QStringLiteral("/auth_providers/%1/enable").arg(id)).status == 204;
        }
        return admin("POST", QStringLiteral("/auth_providers"),
                     { { QStringLiteral("type"), type }, { QStringLiteral("name"), type } })
                   .status
            == 201;
    }

    QString app(const QString &rest) const
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(group, appId) + rest;
    }
    Answer admin(const QByteArray &verb, const QString &rest, const QJsonObject &body = {})
    {
        return probe.send(verb, app(rest), dev.access,
                          body.isEmpty() ? QByteArray()
                                         : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    //! A local data route of the service: "find" → .../services/<id>/local/find.
    Answer local(const QByteArray &verb, const QString &route, const QJsonObject &body = {},
                 const QString &service = QString())
    {
        return admin(verb,
                     QStringLiteral("/services/%1/local/%2")
                         .arg(service.isEmpty() ? serviceId : service, route),
                     body);
    }
    //! Runs source as the system user (or as user_id=userId) with the debug route: the run.
    QJsonObject run(const QString &source, const QString &userId = QString())
    {
        const QString query = userId.isEmpty() ? QStringLiteral("run_as_system=true")
                                               : QStringLiteral("user_id=") + userId;
        return admin("POST", QStringLiteral("/debug/execute_function_source?") + query,
                     { { QStringLiteral("source"), source } })
            .object();
    }

    //! An anonymous end user's tokens.
    Tokens anonymous()
    {
        const QJsonObject o
            = probe
                  .send("POST",
                        QStringLiteral("//api/client/v2.0/app/%1/auth/providers/anon-user/login")
                            .arg(clientAppId),
                        QString(), "{}")
                  .object();
        return { o.value(QStringLiteral("access_token")).toString(),
                 o.value(QStringLiteral("refresh_token")).toString(),
                 o.value(QStringLiteral("user_id")).toString() };
    }
    //! functions/call with "service", as the SDKs' remote MongoDB client sends it.
    Answer command(const QString &token, const QString &name, QJsonObject args,
                   const QString &service = QStringLiteral("mongodb-atlas"))
    {
        if (!args.contains(QStringLiteral("database")))
            args.insert(QStringLiteral("database"), QStringLiteral("db"));
        if (!args.contains(QStringLiteral("collection")))
            args.insert(QStringLiteral("collection"), QStringLiteral("items"));
        const QJsonObject body { { QStringLiteral("name"), name },
                                 { QStringLiteral("service"), service },
                                 { QStringLiteral("arguments"), QJsonArray { args } } };
        return probe.send(
            "POST", QStringLiteral("//api/client/v2.0/app/%1/functions/call").arg(clientAppId),
            token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    //! The app's log entries of one type, newest first, as the logs route answers them.
    QList<QJsonObject> logs(const QString &type)
    {
        QList<QJsonObject> entries;
        const QJsonArray all = admin("GET", QStringLiteral("/logs?type=") + type)
                                   .object()
                                   .value(QStringLiteral("logs"))
                                   .toArray();
        for (const QJsonValue &entry : all)
            entries.append(entry.toObject());
        return entries;
    }
    //! Waits (at most ten seconds) until there are at least count entries of type.
    QList<QJsonObject> waitForLogs(const QString &type, int count)
    {
        QElapsedTimer clock;
        clock.start();
        QList<QJsonObject> entries = logs(type);
        while (entries.size() < count && clock.elapsed() < 10000) {
            QTest::qWait(50);
            entries = logs(type);
        }
        return entries;
    }

    QString dataDir() const { return m_dir.path(); }

    std::unique_ptr<stitchlocal::LocalServer> server;
    Probe probe;
    Tokens dev;
    QString group;
    QString appId;
    QString clientAppId;
    QString serviceId;

private:
    QTemporaryDir m_dir;
};

//! {"$numberInt": "n"}
inline QJsonObject int32(int n)
{
    return { { QStringLiteral("$numberInt"), QString::number(n) } };
}

} // namespace localdatatest
