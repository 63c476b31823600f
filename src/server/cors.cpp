#include "cors.h"

#include "appdata/appdata.h"
#include "serverstate.h"

#include <QJsonArray>
#include <QUrl>

namespace stitchlocal::cors {

namespace {

const QString kClientBase = QStringLiteral("/api/client/v2.0/");

//! Methods and request headers a preflight allows: those of the client API and of the
//! official SDKs (Accept, Authorization, Content-Type), with X-Requested-With that some HTTP
//! libraries add.
const QByteArray kAllowMethods = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const QByteArray kAllowHeaders = "Accept, Authorization, Content-Type, X-Requested-With";
const QByteArray kMaxAgeSeconds = "600";

//! scheme://host[:port] in lower case without a default port, so that "HTTP://LocalHost:80"
//! and "http://localhost" are the same origin.
QString normalOrigin(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return text.trimmed();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QString origin = scheme + QStringLiteral("://") + url.host().toLower();
    if (port != defaultPort)
        origin += u':' + QString::number(port);
    return origin;
}

//! The app a client API path names (/api/client/v2.0/app/{clientAppId}/...), else the app of
//! the request's access or refresh token; empty when neither says.
QString appOf(ServerState &state, const Request &request, bool *named)
{
    const QStringList segments
        = request.path.mid(kClientBase.size()).split(u'/', Qt::SkipEmptyParts);
    *named = segments.size() >= 2 && segments.first() == QLatin1String("app");
    if (*named)
        return appdata::appForClientId(state.store,
                                       QUrl::fromPercentEncoding(segments.at(1).toUtf8()));
    if (request.bearerToken().isEmpty())
        return QString();
    if (const auto session = appdata::sessionForAccessToken(state, request))
        return session->appId;
    if (const auto session = appdata::sessionForRefreshToken(state, request))
        return session->appId;
    return QString();
}

QStringList allowedOrigins(ServerState &state, const QString &appId)
{
    // Browsers meet the deployed app, never an admin's draft.
    if (const auto security
        = state.config.get(appId, QStringLiteral("security"), appId, QString())) {
        QStringList list;
        for (const QJsonValue &origin :
             security->doc.value(QStringLiteral("allowed_request_origins")).toArray())
            list.append(origin.toString());
        return list;
    }
    const auto app = state.store.app(appId);
    return app ? app->allowedOrigins : QStringList();
}

bool originAllowed(ServerState &state, const QString &appId, const QByteArray &origin)
{
    const QStringList allowed = allowedOrigins(state, appId);
    if (allowed.isEmpty())
        return true;
    const QString wanted = normalOrigin(QString::fromLatin1(origin));
    for (const QString &entry : allowed) {
        if (normalOrigin(entry) == wanted)
            return true;
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> allowHeaders(const QByteArray &origin)
{
    return { { "Access-Control-Allow-Origin", origin },
             { "Access-Control-Allow-Credentials", "true" },
             { "Vary", "Origin" } };
}

} // namespace

Reply preflight(ServerState &state, const Request &request)
{
    Reply reply = Reply::noContent();
    reply.headers.append({ QByteArray("Allow"), kAllowMethods });
    const QByteArray origin = request.header("Origin");
    if (origin.isEmpty())
        return reply;
    bool named = false;
    const QString appId = appOf(state, request, &named);
    // An app named by the path but unknown: no CORS, the call would be refused anyway.
    if (named && (appId.isEmpty() || !originAllowed(state, appId, origin))) {
        reply.headers.append({ QByteArray("Vary"), QByteArray("Origin") });
        return reply;
    }
    reply.headers += allowHeaders(origin);
    reply.headers.append({ QByteArray("Access-Control-Allow-Methods"), kAllowMethods });
    reply.headers.append({ QByteArray("Access-Control-Allow-Headers"), kAllowHeaders });
    reply.headers.append({ QByteArray("Access-Control-Max-Age"), kMaxAgeSeconds });
    return reply;
}

QList<QPair<QByteArray, QByteArray>> headersFor(ServerState &state, const Request &request)
{
    const QByteArray origin = request.header("Origin");
    if (origin.isEmpty())
        return {};
    bool named = false;
    const QString appId = appOf(state, request, &named);
    // No app to ask (a login path's app unknown, no token): the answer is an error the page
    // may read, and it tells nothing about any app.
    if (appId.isEmpty())
        return named ? QList<QPair<QByteArray, QByteArray>> { { "Vary", "Origin" } }
                     : allowHeaders(origin);
    if (!originAllowed(state, appId, origin))
        return { { "Vary", "Origin" } };
    return allowHeaders(origin);
}

} // namespace stitchlocal::cors
