#pragma once

// Helpers shared by the configuration-resource tests: a real server with two admins in two
// groups and one app of the first, calls relative to that app, and the access checks every route
// gets (no token, an expired token, another admin's group).

#include "../servertestkit.h"

#include "server/secrets.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace resourcetest {

using servertest::Answer;

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

struct TestServer
{
    QTemporaryDir dir;
    TestClock clock; //!< token lifetimes run by it
    std::unique_ptr<stitchlocal::LocalServer> server;
    servertest::Probe probe;
    servertest::Tokens dev;
    servertest::Tokens other;
    QString group;
    QString otherGroup;
    QString appId;

    bool start(int tokenTtlSeconds = 1800)
    {
        stitchlocal::ServerOptions options = servertest::loopbackOptions(dir.path());
        options.tokenTtlSeconds = tokenTtlSeconds;
        options.clockMs = clock.source();
        group = QStringLiteral("5f00000000000000000000a1");
        otherGroup = QStringLiteral("5f00000000000000000000b2");
        // API-key admins: their digests are cheap (password digests are slow on purpose).
        options.admins
            = { servertest::apiKey(QStringLiteral("dev"), QStringLiteral("pw"), group),
                servertest::apiKey(QStringLiteral("other"), QStringLiteral("pw2"), otherGroup) };
        QString error;
        server = servertest::startServer(options, &error);
        if (!dir.isValid() || !server) {
            qWarning() << "cannot start the server:" << error;
            return false;
        }
        probe.setRoot(server->rootUrl());
        const QString cloud = QStringLiteral("mongodb-cloud");
        other = probe.login(cloud, QStringLiteral("other"), QStringLiteral("pw2"));
        dev = probe.login(cloud, QStringLiteral("dev"), QStringLiteral("pw"));
        appId = probe
                    .post(QStringLiteral("/groups/%1/apps").arg(group),
                          { { QStringLiteral("name"), QStringLiteral("app") } }, dev.access)
                    .object()
                    .value(QStringLiteral("_id"))
                    .toString();
        return !appId.isEmpty() && !other.access.isEmpty();
    }

    //! A new access token for the dev from its refresh token.
    void refresh()
    {
        dev.access = probe.send("POST", QStringLiteral("/auth/session"), dev.refresh)
                         .object()
                         .value(QStringLiteral("access_token"))
                         .toString();
    }

    QString app() const { return QStringLiteral("/groups/%1/apps/%2").arg(group, appId); }

    //! suffix is relative to the app, e.g. "/values".
    Answer send(const QByteArray &verb, const QString &suffix, const QByteArray &body = {})
    {
        return probe.send(verb, app() + suffix, dev.access, body);
    }
    Answer get(const QString &suffix) { return send("GET", suffix); }
    Answer send(const QByteArray &verb, const QString &suffix, const QJsonObject &body)
    {
        return send(verb, suffix, json(body));
    }

    //! Runs one statement on the server's SQLite file through a connection of our own (WAL makes
    //! the change visible to the server at once), as the functions area or the runtime would.
    bool sql(const QString &statement, const QVariantList &values)
    {
        const QString name = QStringLiteral("resourcetest-") + stitchlocal::secrets::newObjectId();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(QStringLiteral("stitch-local.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                ok = query.exec();
                if (!ok)
                    qWarning() << query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    //! A function document as the functions area stores it; returns its id.
    QString addFunction(const QString &name)
    {
        const QString id = stitchlocal::secrets::newObjectId();
        const QJsonObject doc { { QStringLiteral("_id"), id },
                                { QStringLiteral("name"), name },
                                { QStringLiteral("source"),
                                  QStringLiteral("exports = function() { return 1; };") },
                                { QStringLiteral("private"), false } };
        const bool ok = sql(QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id,"
                                           " name, doc, updated) VALUES(?, ?, ?, '', ?, ?, ?)"),
                            { appId, QStringLiteral("function"), id, name,
                              QString::fromUtf8(json(doc)), QDateTime::currentMSecsSinceEpoch() });
        return ok ? id : QString();
    }

    //! The first column of the first row statement gives, on a connection of our own; an
    //! invalid QVariant when there is none.
    QVariant queryValue(const QString &statement, const QVariantList &values)
    {
        const QString name = QStringLiteral("resourcetest-") + stitchlocal::secrets::newObjectId();
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(QStringLiteral("stitch-local.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (query.exec() && query.next())
                    result = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    //! The stored document of kind with that id, as the store holds it (secret fields too).
    QJsonObject doc(const QString &kind, const QString &id)
    {
        const QVariant text = queryValue(
            QStringLiteral("SELECT doc FROM resources WHERE app_id = ? AND kind = ? AND id = ?"),
            { appId, kind, id });
        return QJsonDocument::fromJson(text.toString().toUtf8()).object();
    }

    //! How many configuration documents of kind the app holds.
    int count(const QString &kind, const QString &parentId = QString())
    {
        const QVariant parent = parentId.isNull() ? QVariant() : QVariant(parentId);
        const QVariant result = queryValue(
            QStringLiteral("SELECT count(*) FROM resources WHERE app_id = ? AND kind = ? AND"
                           " (? IS NULL OR parent_id = ?)"),
            { appId, kind, parent, parent });
        return result.isValid() ? result.toInt() : -1;
    }
};

//! Starts a second server whose tokens live one second, sees a fresh token of the dev accepted
//! on suffix, then waits until that same token is refused.
inline void expireTokens(TestServer &shortLived, const QString &suffix)
{
    QVERIFY(shortLived.start(60));
    QCOMPARE(shortLived.get(suffix).status, 200);
    shortLived.clock.advanceSeconds(61);
    QCOMPARE(shortLived.get(suffix).status, 401);
}

//! The same call without a token, with an expired token, and by the other admin (in the dev's
//! group, then in its own group with the dev's app): 401, 401, 404, 404.
inline void checkAccess(TestServer &main, TestServer &expired, const QByteArray &verb,
                        const QString &suffix, const QByteArray &body)
{
    Answer answer = main.probe.send(verb, main.app() + suffix, QString(), body);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));

    answer = expired.probe.send(verb, expired.app() + suffix, expired.dev.access, body);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));

    answer = main.probe.send(verb, main.app() + suffix, main.other.access, body);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.isJsonError());

    const QString theirGroup
        = QStringLiteral("/groups/%1/apps/%2").arg(main.otherGroup, main.appId);
    answer = main.probe.send(verb, theirGroup + suffix, main.other.access, body);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.isJsonError());
}

} // namespace resourcetest
