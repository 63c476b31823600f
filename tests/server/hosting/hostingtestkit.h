#pragma once

// Helpers shared by the hosting tests: raw requests with any Content-Type, multipart bodies, and
// a server with two admins of one group plus one of another.

#include "../servertestkit.h"

#include <QCryptographicHash>
#include <QtTest>

namespace hostingtest {

using namespace servertest;

inline QString md5(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

inline QJsonObject meta(const QString &path, const QByteArray &bytes,
                        const QJsonArray &attrs = QJsonArray())
{
    return { { QStringLiteral("appId"), QStringLiteral("ignored") },
             { QStringLiteral("path"), path },
             { QStringLiteral("hash"), md5(bytes) },
             { QStringLiteral("size"), bytes.size() },
             { QStringLiteral("attrs"), attrs } };
}

inline QJsonArray contentType(const QString &type)
{
    return { QJsonObject { { QStringLiteral("name"), QStringLiteral("Content-Type") },
                           { QStringLiteral("value"), type } } };
}

//! A body as stitch-cli sends it (multipart/mixed) or a browser form (multipart/form-data).
inline QByteArray multipart(const QByteArray &boundary, const QByteArray &metaJson,
                            const QByteArray &file)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + metaJson
        + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n"
          "Content-Type: application/octet-stream\r\n\r\n"
        + file + "\r\n--" + boundary + "--\r\n";
}

class Client
{
public:
    QUrl root;

    //! path: relative to /api/admin/v3.0, or a full URL when it starts with "http".
    Answer send(const QByteArray &verb, const QString &path, const QString &token,
                const QByteArray &body = QByteArray(), const QByteArray &type = QByteArray(),
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_probe.setRoot(root);
        return m_probe.send(verb, path, token, body, type, headers);
    }
    Answer json(const QByteArray &verb, const QString &path, const QString &token,
                const QJsonObject &body)
    {
        return send(verb, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json");
    }
    Answer upload(const QString &assets, const QString &token, const QJsonObject &meta,
                  const QByteArray &file, const QByteArray &type = "multipart/mixed")
    {
        const QByteArray boundary = "stitch-" + QByteArray::number(++m_uploads);
        return send("PUT", assets + QStringLiteral("/asset"), token,
                    multipart(boundary, QJsonDocument(meta).toJson(QJsonDocument::Compact), file),
                    type + "; boundary=" + boundary);
    }

private:
    Probe m_probe;
    int m_uploads = 0;
};

//! Percent-encodes a hosting path for a query string.
inline QString q(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

//! A server with admins "dev" and "mate" in one group and "outsider" in another, and one app.
struct Fixture
{
    QTemporaryDir dir;
    TestClock clock; //!< token lifetimes run by it
    std::unique_ptr<stitchlocal::LocalServer> server;
    Client client;
    Tokens dev, mate, outsider;
    QString group, otherGroup, appId, clientAppId;

    QString assets() const
    {
        return QStringLiteral("/groups/%1/apps/%2/hosting/assets").arg(group, appId);
    }
    QString hosting() const
    {
        return QStringLiteral("/groups/%1/apps/%2/hosting").arg(group, appId);
    }

    bool start(int tokenTtlSeconds = 1800, bool demo = false)
    {
        stitchlocal::ServerOptions options = loopbackOptions(dir.path());
        options.tokenTtlSeconds = tokenTtlSeconds;
        options.clockMs = clock.source();
        options.demo = demo;
        group = QStringLiteral("5f0000000000000000000001");
        // API-key admins: their digests are cheap (password digests are deliberately slow).
        options.admins = { apiKey(QStringLiteral("dev"), QStringLiteral("pw"), group),
                           apiKey(QStringLiteral("mate"), QStringLiteral("pw"), group),
                           apiKey(QStringLiteral("outsider"), QStringLiteral("pw")) };
        QString error;
        server = startServer(options, &error);
        if (!server) {
            qWarning() << error;
            return false;
        }
        client.root = server->rootUrl();
        Probe probe(server->rootUrl());
        dev = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("dev"), QStringLiteral("pw"));
        mate = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("mate"), QStringLiteral("pw"));
        outsider = probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("outsider"),
                               QStringLiteral("pw"));
        otherGroup = probe.groupOf(outsider.access);
        const QJsonObject app
            = probe
                  .post(QStringLiteral("/groups/%1/apps").arg(group),
                        { { QStringLiteral("name"), QStringLiteral("site") } }, dev.access)
                  .object();
        appId = app.value(QStringLiteral("_id")).toString();
        clientAppId = app.value(QStringLiteral("client_app_id")).toString();
        return !dev.access.isEmpty() && !mate.access.isEmpty() && !otherGroup.isEmpty()
            && !appId.isEmpty();
    }

    //! The URL a file is served at.
    QString served(const QString &path) const
    {
        return server->rootUrl().toString() + QStringLiteral("/hosting/") + clientAppId + path;
    }
};

} // namespace hostingtest
