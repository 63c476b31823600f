// Hosted files are served at
//     http://HOST:PORT/hosting/{client_app_id}/{path}
// e.g. http://127.0.0.1:8080/hosting/myapp-abcde/css/site.css, GET and HEAD, without a token, the
// way a browser would fetch them from the app's hosting domain. A path ending in '/' (the bare
// app root included) serves that folder's index.html. Only deployed files are served: an admin's
// draft changes appear here once the draft is deployed.
#include "hostingserve.h"

#include "hostingassets.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QUrl>

namespace stitchlocal {

namespace {

const QString kMount = QStringLiteral("/hosting/");

QString appIdForClientAppId(Store &store, const QString &clientAppId)
{
    QSqlQuery query(store.database());
    if (store.exec(query, QStringLiteral("SELECT id FROM apps WHERE client_app_id = ?"),
                   { clientAppId })
        && query.next())
        return query.value(0).toString();
    return QString();
}

QByteArray httpDate(qint64 secs)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

Reply notFound()
{
    return Reply::error(404, QStringLiteral("AssetNotFound"), QStringLiteral("no such file"));
}

} // namespace

Reply serveHostedFile(ServerState &state, const Request &request)
{
    if (request.method != Method::Get && request.method != Method::Head) {
        Reply reply = Reply::error(405, QStringLiteral("MethodNotAllowed"),
                                   QStringLiteral("hosted files answer GET and HEAD only"));
        reply.headers.append({ QByteArray("Allow"), QByteArray("GET, HEAD") });
        return reply;
    }
    const QString rest = request.path.mid(kMount.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QString clientAppId = QUrl::fromPercentEncoding(rest.left(slash).toUtf8());
    // Decoded only after splitting, so that an encoded '/' cannot change the app segment.
    QString path
        = slash < 0 ? QStringLiteral("/") : QUrl::fromPercentEncoding(rest.mid(slash).toUtf8());
    if (path.endsWith(u'/'))
        path += QStringLiteral("index.html");
    const QString problem = hostingPathProblem(path);
    if (!problem.isEmpty())
        return Reply::error(400, QStringLiteral("InvalidParameter"), problem);
    const QString appId = appIdForClientAppId(state.store, clientAppId);
    if (appId.isEmpty())
        return notFound();
    const auto asset = HostingView(state.store, appId, QString()).find(path, true);
    if (!asset)
        return notFound();

    const QByteArray etag = '"' + asset->hash.toLatin1() + '"';
    const QString redirect
        = attributeValue(asset->attrs, QStringLiteral("Website-Redirect-Location"));
    Reply reply;
    reply.headers.append({ "ETag", etag });
    reply.headers.append({ "Last-Modified", httpDate(asset->lastModified) });
    if (!redirect.isEmpty()) {
        reply.status = 301;
        reply.headers.append({ "Location", redirect.toUtf8() });
        return reply;
    }
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch.contains(etag) || ifNoneMatch.trimmed() == "*")) {
        reply.status = 304;
        return reply;
    }
    const QStringList passed { QStringLiteral("Cache-Control"),
                               QStringLiteral("Content-Disposition"),
                               QStringLiteral("Content-Language"),
                               QStringLiteral("Content-Encoding") };
    for (const QString &name : passed) {
        const QString value = attributeValue(asset->attrs, name);
        if (!value.isNull())
            reply.headers.append({ name.toLatin1(), value.toUtf8() });
    }
    QString type = attributeValue(asset->attrs, QStringLiteral("Content-Type"));
    if (type.isEmpty())
        type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name();
    reply.contentType = type.toUtf8();
    reply.body = asset->bytes;
    return reply;
}

QString hostedFileUrl(const ServerState &state, const Request &request, const QString &clientAppId,
                      const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // The Host the client used reaches us again; without one, the address we listen on.
    const QByteArray host = request.header("Host");
    url.setAuthority(QString::fromLatin1(host), QUrl::StrictMode);
    if (host.isEmpty() || !url.isValid() || !url.userInfo().isEmpty()) {
        url = QUrl();
        url.setScheme(QStringLiteral("http"));
        url.setHost(state.options.address.toString());
        url.setPort(state.port);
    }
    url.setPath(kMount + clientAppId + path, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace stitchlocal
