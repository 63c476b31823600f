#pragma once

// A server for the functions area's tests: one admin "dev" with an app, a second admin "other"
// in another group, 1-second access tokens (refreshed before every call, so expiry can be tested
// without waiting long), and a second Store on the same data folder to seed what has no route
// here yet (end users, services, webhooks, values) and to read the log entries back.

#include "../servertestkit.h"

#include "server/configstore.h"
#include "server/secrets.h"
#include "server/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

namespace functionstest {

using namespace servertest;

class Fixture
{
    QTemporaryDir m_dir; //!< first: removed only after the server and the store are gone

public:
    //! Set before start() to change the server's options beyond the fixture's own.
    std::function<void(stitchlocal::ServerOptions &)> configure;

    //! Starts the server; false (with a QTest failure) when it cannot.
    bool start(double functionTimeLimitSeconds = 90)
    {
        if (!m_dir.isValid())
            return false;
        stitchlocal::ServerOptions options = loopbackOptions(m_dir.path());
        options.tokenTtlSeconds = 60;
        options.clockMs = clock.source();
        options.functionTimeLimitSeconds = functionTimeLimitSeconds;
        options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")),
                           user(QStringLiteral("other"), QStringLiteral("pw2")) };
        if (configure)
            configure(options);
        QString error;
        server = startServer(options, &error);
        if (!server) {
            qWarning("cannot start the server: %s", qPrintable(error));
            return false;
        }
        probe.setRoot(server->rootUrl());
        dev = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("pw"));
        other
            = probe.login(QStringLiteral("local"), QStringLiteral("other"), QStringLiteral("pw2"));
        group = probe.groupOf(token());
        otherGroup = probe.groupOf(token(other));
        const Answer app
            = probe.post(QStringLiteral("/groups/%1/apps").arg(group),
                         { { QStringLiteral("name"), QStringLiteral("fx") } }, token());
        appId = app.object().value(QStringLiteral("_id")).toString();
        clientAppId = app.object().value(QStringLiteral("client_app_id")).toString();
        bool created = false;
        return !group.isEmpty() && !appId.isEmpty() && store.open(m_dir.path(), &error, &created);
    }

    //! A fresh access token (the clock may have been moved past earlier ones).
    QString token(const Tokens &who)
    {
        return probe.send("POST", QStringLiteral("/auth/session"), who.refresh)
            .object()
            .value(QStringLiteral("access_token"))
            .toString();
    }
    QString token() { return token(dev); }

    QString appPath(const QString &rest = QString()) const
    {
        return QStringLiteral("/groups/%1/apps/%2%3").arg(group, appId, rest);
    }
    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return send(verb, path, token(),
                    body.isEmpty() ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    //! Like Probe::send, with a query string after '?' and extra headers. path is relative to
    //! /api/admin/v3.0 unless it starts with "//".
    Answer send(const QByteArray &verb, const QString &path, const QString &bearer,
                const QByteArray &body = QByteArray(),
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return probe.send(verb, path, bearer, body, QByteArrayLiteral("application/json"),
                          headers);
    }

    //! Seeds a configuration document straight into the deployed state.
    QString seed(const QString &kind, const QString &name, QJsonObject doc,
                 const QString &parentId = QStringLiteral(""))
    {
        const QString id = stitchlocal::secrets::newObjectId();
        doc.insert(QStringLiteral("_id"), id);
        doc.insert(QStringLiteral("name"), name);
        stitchlocal::ConfigStore config(store);
        return config.insert(appId, { kind, id, parentId, name, doc }, QString())
                == stitchlocal::ConfigStore::Status::Ok
            ? id
            : QString();
    }
    bool seedUser(const QString &id, const QJsonObject &data)
    {
        const QJsonObject doc { { QStringLiteral("_id"), id },
                                { QStringLiteral("id"), id },
                                { QStringLiteral("data"), data } };
        return store.write([&] {
            QSqlQuery query(store.database());
            return store.exec(query,
                              QStringLiteral("INSERT INTO users(app_id, id, doc, created)"
                                             " VALUES(?, ?, ?, ?)"),
                              { appId, id, QString::fromUtf8(QJsonDocument(doc).toJson()),
                                QDateTime::currentMSecsSinceEpoch() });
        });
    }
    //! The app's log entries of one type, oldest first.
    QList<QJsonObject> logs(const QString &type)
    {
        QList<QJsonObject> entries;
        QSqlQuery query(store.database());
        store.exec(query, QStringLiteral("SELECT doc FROM logs WHERE app_id = ? ORDER BY seq"),
                   { appId });
        while (query.next()) {
            const QJsonObject entry
                = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            if (entry.value(QStringLiteral("type")).toString() == type)
                entries.append(entry);
        }
        return entries;
    }

    std::unique_ptr<stitchlocal::LocalServer> server;
    Probe probe;
    TestClock clock; //!< token lifetimes run by it
    Tokens dev;
    Tokens other;
    QString group;
    QString otherGroup;
    QString appId;
    QString clientAppId;
    stitchlocal::Store store;

private:
};

//! A token of the admin that has expired: waits (at most a few seconds) until the server
//! refuses it. Check QTest::currentTestFailed() after.
inline void expireToken(Fixture &fx, QString *stale)
{
    *stale = fx.token();
    QCOMPARE(fx.probe.get(fx.appPath(QStringLiteral("/functions")), *stale).status, 200);
    fx.clock.advanceSeconds(61);
    QCOMPARE(fx.probe.get(fx.appPath(QStringLiteral("/functions")), *stale).status, 401);
}

} // namespace functionstest
