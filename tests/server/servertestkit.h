#pragma once

// Small helpers shared by the server tests: a plain QNetworkAccessManager talking to a real
// server on 127.0.0.1, waiting with QSignalSpy.

#include "../testclock.h"
#include "server/localserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace servertest {

struct Answer
{
    int status = -1; //!< -1: no answer in time
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString errorCode() const { return object().value(QStringLiteral("error_code")).toString(); }
    bool isJsonError() const
    {
        const QJsonObject o = object();
        return o.value(QStringLiteral("error")).isString()
            && o.value(QStringLiteral("error_code")).isString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
};

struct Tokens
{
    QString access;
    QString refresh;
    QString userId;
};

//! The one HTTP client of the server tests: every request waits the same way, with one timeout.
class Probe
{
public:
    //! Long enough for a cold Node worker under a sanitizer; a test that hits it has hung.
    static constexpr int TimeoutMs = 30000;

    explicit Probe(const QUrl &root = QUrl())
        : m_root(root)
    {
    }
    void setRoot(const QUrl &root) { m_root = root; }
    QUrl root() const { return m_root; }

    //! path is relative to /api/admin/v3.0, or to the root when it starts with "//", or a whole
    //! URL when it starts with "http"; it may end in "?query", which goes to the URL's query
    //! exactly as written when it is valid as it is.
    QUrl urlFor(const QString &path) const
    {
        if (path.startsWith(QLatin1String("http")))
            return QUrl(path);
        QUrl url = m_root;
        const qsizetype mark = path.indexOf(u'?');
        const QString plain = mark < 0 ? path : path.left(mark);
        url.setPath(plain.startsWith(QLatin1String("//")) ? plain.mid(1)
                                                          : QStringLiteral("/api/admin/v3.0") + plain);
        if (mark >= 0) {
            url.setQuery(path.mid(mark + 1), QUrl::StrictMode);
            if (!url.isValid()) { // a lone '%' or a space: let QUrl mend it
                url.setQuery(path.mid(mark + 1), QUrl::TolerantMode);
            }
        }
        return url;
    }

    //! Sends and waits. A body gets contentType (application/json unless given); headers are
    //! added as they are. status -1: no answer within TimeoutMs.
    Answer send(const QByteArray &verb, const QString &path, const QString &token = QString(),
                const QByteArray &body = QByteArray(),
                const QByteArray &contentType = QByteArrayLiteral("application/json"),
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(urlFor(path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty() && !contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        // A custom "HEAD" would make QNetworkAccessManager wait for a body that never comes.
        std::unique_ptr<QNetworkReply> reply(verb == "HEAD"
                                                 ? m_nam.head(request)
                                                 : m_nam.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Answer answer;
        if (!reply->isFinished() && !finished.wait(TimeoutMs))
            return answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 0;
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        return answer;
    }
    Answer get(const QString &path, const QString &token = QString())
    {
        return send("GET", path, token);
    }
    Answer post(const QString &path, const QJsonObject &body, const QString &token = QString())
    {
        return send("POST", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Tokens login(const QString &provider, const QString &user, const QString &secret)
    {
        const QString key = provider == QLatin1String("mongodb-cloud") ? QStringLiteral("apiKey")
                                                                       : QStringLiteral("password");
        const Answer answer = post(QStringLiteral("/auth/providers/%1/login").arg(provider),
                                   { { QStringLiteral("username"), user }, { key, secret } });
        const QJsonObject o = answer.object();
        return { o.value(QStringLiteral("access_token")).toString(),
                 o.value(QStringLiteral("refresh_token")).toString(),
                 o.value(QStringLiteral("user_id")).toString() };
    }
    //! The id of the first app of the group (the demo app on a --demo server).
    QString firstAppOf(const QString &group, const QString &accessToken)
    {
        return get(QStringLiteral("/groups/%1/apps").arg(group), accessToken)
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("_id"))
            .toString();
    }
    QString groupOf(const QString &accessToken)
    {
        return get(QStringLiteral("/auth/profile"), accessToken)
            .object()
            .value(QStringLiteral("roles"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("group_id"))
            .toString();
    }

private:
    QUrl m_root;
    QNetworkAccessManager m_nam;
};

inline stitchlocal::AdminSpec apiKey(const QString &name, const QString &secret,
                                     const QString &group = QString())
{
    stitchlocal::AdminSpec spec;
    spec.kind = stitchlocal::AdminSpec::Kind::ApiKey;
    spec.name = name;
    spec.secret = secret;
    spec.groupId = group;
    return spec;
}

inline stitchlocal::AdminSpec user(const QString &name, const QString &secret,
                                   const QString &group = QString())
{
    stitchlocal::AdminSpec spec = apiKey(name, secret, group);
    spec.kind = stitchlocal::AdminSpec::Kind::UserPassword;
    return spec;
}

//! The "name" of each object of a JSON array, in order (a list answer's names).
inline QStringList namesOf(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &item : array)
        names.append(item.toObject().value(QStringLiteral("name")).toString());
    return names;
}

inline stitchlocal::ServerOptions loopbackOptions(const QString &dataDir)
{
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = dataDir;
    return options;
}

inline std::unique_ptr<stitchlocal::LocalServer> startServer(const stitchlocal::ServerOptions &o,
                                                             QString *error)
{
    auto server = std::make_unique<stitchlocal::LocalServer>(o);
    if (!server->start(error))
        return nullptr;
    return server;
}

} // namespace servertest
