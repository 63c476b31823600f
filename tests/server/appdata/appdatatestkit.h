#pragma once

// What the appdata tests share: a real server on 127.0.0.1 with one admin and one app, calls on
// the app's admin and client paths, and the app's log entries read back from the SQLite file.

#include "../servertestkit.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
#include <QUuid>

namespace appdatatest {

using namespace servertest;

//! A second admin, "other", has a group of its own: its token on the app's paths must get 404.
class World
{
public:
    bool start(QString *error, int tokenTtlSeconds = 1800)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        stitchlocal::ServerOptions options = loopbackOptions(m_dir.path());
        options.tokenTtlSeconds = tokenTtlSeconds;
        options.clockMs = clock.source();
        options.admins = { user(QStringLiteral("dev"), QStringLiteral("dev-pw")),
                           user(QStringLiteral("other"), QStringLiteral("other-pw")) };
        server = startServer(options, error);
        if (!server)
            return false;
        probe.setRoot(server->rootUrl());
        dev = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("dev-pw"));
        other = probe.login(QStringLiteral("local"), QStringLiteral("other"),
                            QStringLiteral("other-pw"));
        group = probe.groupOf(dev.access);
        otherGroup = probe.groupOf(other.access);
        const QJsonObject app = newApp(QStringLiteral("appdata"));
        appId = app.value(QStringLiteral("_id")).toString();
        clientAppId = app.value(QStringLiteral("client_app_id")).toString();
        if (appId.isEmpty() || otherGroup.isEmpty()) {
            *error = QStringLiteral("cannot log in or create the app");
            return false;
        }
        // Every new app starts with the api-key provider switched off, as on the real service;
        // these tests log in with API keys, so it is switched on, as an admin would.
        if (!enableApiKeyProvider()) {
            *error = QStringLiteral("cannot enable the api-key provider");
            return false;
        }
        return true;
    }

    //! PUT .../auth_providers/{id}/enable for the app's api-key provider.
    bool enableApiKeyProvider(const QString &id = QString())
    {
        const QJsonArray providers
            = probe.get(app(QStringLiteral("/auth_providers"), id), dev.access).array();
        for (const QJsonValue &provider : providers) {
            if (provider.toObject().value(QStringLiteral("type")).toString()
                != QLatin1String("api-key"))
                continue;
            const QString providerId = provider.toObject().value(QStringLiteral("_id")).toString();
            return probe
                       .send("PUT",
                             app(QStringLiteral("/auth_providers/%1/enable").arg(providerId), id),
                             dev.access)
                       .status
                == 204;
        }
        return false;
    }

    QJsonObject newApp(const QString &name)
    {
        return probe
            .post(QStringLiteral("/groups/%1/apps").arg(group),
                  { { QStringLiteral("name"), name } }, dev.access)
            .object();
    }

    //! An admin path under the app: "/users" → "/groups/<g>/apps/<a>/users".
    QString app(const QString &rest, const QString &id = QString()) const
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(group, id.isEmpty() ? appId : id) + rest;
    }

    Answer admin(const QByteArray &verb, const QString &rest, const QJsonObject &body = {})
    {
        return probe.send(verb, app(rest), dev.access,
                          body.isEmpty() ? QByteArray()
                                         : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    //! A GET with a query built from parts (values percent-encoded).
    Answer adminGet(const QString &rest, const QUrlQuery &query)
    {
        return probe.send("GET", app(rest) + u'?' + query.toString(QUrl::FullyEncoded), dev.access);
    }
    Answer adminRaw(const QByteArray &verb, const QString &rest, const QByteArray &body)
    {
        return probe.send(verb, app(rest), dev.access, body);
    }

    //! A client API call: "/auth/providers/anon-user/login" under /api/client/v2.0/app/<cid>.
    Answer client(const QByteArray &verb, const QString &rest, const QByteArray &body = {},
                  const QString &token = QString(), const QString &cid = QString())
    {
        return probe.send(
            verb,
            QStringLiteral("//api/client/v2.0/app/%1").arg(cid.isEmpty() ? clientAppId : cid)
                + rest,
            token, body);
    }
    Answer clientLogin(const QString &provider, const QJsonObject &body,
                       const QString &cid = QString())
    {
        return client("POST", QStringLiteral("/auth/providers/%1/login").arg(provider),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), QString(), cid);
    }
    Answer userpassLogin(const QString &email, const QString &password)
    {
        return clientLogin(
            QStringLiteral("local-userpass"),
            { { QStringLiteral("username"), email }, { QStringLiteral("password"), password } });
    }
    //! The end-user session call (refresh with POST, logout with DELETE) at /api/client/v2.0.
    Answer session(const QByteArray &verb, const QString &refreshToken)
    {
        return probe.send(verb, QStringLiteral("//api/client/v2.0/auth/session"), refreshToken);
    }

    QJsonObject newUser(const QString &email, const QString &password = QStringLiteral("secret1"))
    {
        return admin(
                   "POST", QStringLiteral("/users"),
                   { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } })
            .object();
    }

    //! Runs sql on the server's store through a connection of the test's own.
    QList<QVariantList> sql(const QString &statement, const QVariantList &values = {})
    {
        QList<QVariantList> rows;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_dir.path()).filePath(QStringLiteral("stitch-local.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (query.exec()) {
                    while (query.next()) {
                        QVariantList row;
                        for (int i = 0; i < query.record().count(); ++i)
                            row.append(query.value(i));
                        rows.append(row);
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    //! The app's log entries, oldest first.
    QList<QJsonObject> logs(const QString &id = QString())
    {
        QList<QJsonObject> entries;
        const auto rows = sql(QStringLiteral("SELECT doc FROM logs WHERE app_id = ? ORDER BY seq"),
                              { id.isEmpty() ? appId : id });
        for (const QVariantList &row : rows)
            entries.append(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
        return entries;
    }

    //! Every byte the server keeps on disk, to prove a secret is not among them.
    QByteArray storeBytes() const
    {
        QByteArray bytes;
        for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(QDir(m_dir.path()).filePath(file));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
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

private:
    QTemporaryDir m_dir;
};

inline QJsonObject authEvent(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("auth_event")).toObject();
}

} // namespace appdatatest
