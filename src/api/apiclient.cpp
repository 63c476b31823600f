#include "apiclient.h"

#include "authcalls.h"
#include "parse.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace {

const QString ApiPrefix = QStringLiteral("/api/admin/v3.0");

bool isNetworkFailure(QNetworkReply::NetworkError error, int httpStatus)
{
    // Below ContentAccessDenied are the connection, TLS and proxy errors: there is no usable
    // HTTP answer even when a status line arrived before the connection broke.
    return error != QNetworkReply::NoError
        && (httpStatus == 0 || error < QNetworkReply::ContentAccessDenied);
}

} // namespace

struct ApiClient::Pending
{
    QPointer<ApiJob> job;
    QByteArray body;
    Auth auth = Auth::Access;
    QByteArray contentType;
    MultipartFactory multipart; // set for a streamed body, made anew for each dispatch
    Headers headers; // the call's own, besides the client's
    QString sentToken; // which access token went out, to tell a stale 401 from a fresh one
    bool replayed = false;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_waitingForRefresh(new QList<Pending>)
{
}

ApiClient::~ApiClient()
{
    delete m_waitingForRefresh;
}

void ApiClient::setBaseUrl(const QUrl &root)
{
    QUrl url = root.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(ApiPrefix))
        path.chop(ApiPrefix.size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    if (url != m_root)
        m_serverSoftware.clear(); // another server: the next answer names it
    m_root = url;
}

QUrl ApiClient::urlFor(const QStringList &segments, const QUrlQuery &query) const
{
    QString path = m_root.path(QUrl::FullyEncoded) + ApiPrefix;
    for (const QString &segment : segments) {
        // QUrl decodes %2E back to '.', so "." and ".." cannot be sent as one literal segment;
        // an empty one would merge two. Refuse them rather than reach another resource.
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return {};
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    QUrl url = m_root;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        // QUrlQuery leaves '+' alone, which servers read as a space: encode every byte we mean.
        QStringList items;
        const auto pairs = query.queryItems(QUrl::FullyDecoded);
        for (const auto &pair : pairs) {
            items << QString::fromLatin1(QUrl::toPercentEncoding(pair.first)) + QLatin1Char('=')
                    + QString::fromLatin1(QUrl::toPercentEncoding(pair.second));
        }
        url.setQuery(items.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    return url;
}

void ApiClient::setTokens(const QString &accessToken, const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    if (m_accessToken != accessToken) {
        m_accessToken = accessToken;
        emit accessTokenChanged(m_accessToken);
    }
}

void ApiClient::clearTokens()
{
    setTokens({}, {});
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

void ApiClient::startMultipart(ApiJob *job, MultipartFactory makeBody, Auth auth)
{
    start(job, {}, auth, {}, std::move(makeBody));
}

void ApiClient::start(ApiJob *job, const QByteArray &body, Auth auth, const QByteArray &contentType,
                      MultipartFactory multipart, const Headers &headers)
{
    job->setParent(this);
    setActiveCalls(m_activeCalls + 1);
    connect(job, &ApiJob::finished, this, [this] { setActiveCalls(m_activeCalls - 1); });

    if (!job->url().isValid()) {
        ApiError error;
        error.kind = ApiError::RefusedPath;
        error.message = tr("The request was not sent: a path segment was empty, \".\" or \"..\".");
        error.method = job->method();
        QPointer<ApiJob> guard(job);
        QMetaObject::invokeMethod(
            this,
            [guard, error] {
                if (guard)
                    guard->finish(0, {}, error, {});
            },
            Qt::QueuedConnection);
        return;
    }

    Pending pending { job, body, auth, contentType, std::move(multipart), headers, {}, false };
    if (auth == Auth::Access && m_refreshing)
        m_waitingForRefresh->append(pending);
    else
        dispatch(pending);
}

void ApiClient::dispatch(Pending pending)
{
    ApiJob *job = pending.job;
    if (!job || job->isFinished())
        return;

    QNetworkRequest request(job->url());
    for (const auto &[name, value] : std::as_const(pending.headers)) {
        const QByteArray lower = name.toLower();
        if (lower != "authorization" && lower != "accept")
            request.setRawHeader(name, value);
    }
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_transferTimeoutMs);
    QString token;
    if (pending.auth == Auth::Access)
        token = m_accessToken;
    else if (pending.auth == Auth::Refresh)
        token = m_refreshToken;
    pending.sentToken = token;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    const QByteArray verb = job->method().toLatin1();
    QNetworkReply *reply = nullptr;
    if (pending.multipart) {
        QString why;
        QHttpMultiPart *multipart = pending.multipart(&why);
        if (!multipart) {
            ApiError error;
            error.kind = ApiError::LocalFile;
            error.message = why;
            error.requestUrl = job->url();
            error.method = job->method();
            QPointer<ApiJob> guard(job);
            QMetaObject::invokeMethod(
                this,
                [guard, error] {
                    if (guard)
                        guard->finish(0, {}, error, {});
                },
                Qt::QueuedConnection);
            return;
        }
        reply = m_network->sendCustomRequest(request, verb, multipart);
        multipart->setParent(reply); // its devices close when the reply goes
    } else if (pending.body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, verb);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending.contentType);
        reply = m_network->sendCustomRequest(request, verb, pending.body);
    }
    job->m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, job, &ApiJob::downloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, job, &ApiJob::uploadProgress);
    connect(reply, &QNetworkReply::finished, this,
            [this, pending, reply] { onReplyFinished(pending, reply); });
}

void ApiClient::onReplyFinished(Pending pending, QNetworkReply *reply)
{
    reply->deleteLater();
    ApiJob *job = pending.job;
    if (!job || job->isFinished())
        return;
    job->m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray software = reply->rawHeader("Server"); !software.isEmpty())
        m_serverSoftware = QString::fromLatin1(software.left(200));
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (isNetworkFailure(networkError, status)) {
        ApiError error;
        // abandon() disconnects before it aborts, so a cancel seen here is the transfer timeout.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        error.kind = timedOut ? ApiError::Timeout : ApiError::Network;
        error.message = timedOut
            ? tr("The server did not answer within %1 seconds.").arg(m_transferTimeoutMs / 1000.0)
            : reply->errorString();
        error.httpStatus = status;
        error.requestUrl = job->url();
        error.method = job->method();
        job->finish(status, body, error, reply->rawHeaderPairs());
        return;
    }

    ApiError error = ApiError::fromHttp(status, body, job->url());
    error.method = job->method();
    const bool expired = status == 401
        && (error.errorCode == QLatin1String("InvalidSession") || body.trimmed().isEmpty());
    if (expired && pending.auth == Auth::Access && !pending.replayed && hasSession()) {
        pending.replayed = true;
        if (m_refreshing) {
            m_waitingForRefresh->append(pending);
        } else if (pending.sentToken != m_accessToken) {
            // Another call refreshed while this one was on the wire.
            dispatch(pending);
        } else {
            m_waitingForRefresh->append(pending);
            beginRefresh();
        }
        return;
    }
    job->finish(status, body, error, reply->rawHeaderPairs());
}

void ApiClient::beginRefresh()
{
    m_refreshing = true;
    ++m_refreshCount;
    Job<QString> *job = authcalls::refresh(*this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->ok()) {
            setTokens(job->result(), m_refreshToken);
            endRefresh(true, {});
        } else {
            endRefresh(false, job->error());
        }
    });
}

void ApiClient::endRefresh(bool ok, const ApiError &error)
{
    m_refreshing = false;
    const QList<Pending> waiting = std::exchange(*m_waitingForRefresh, {});
    if (ok) {
        for (const Pending &pending : waiting)
            dispatch(pending);
        return;
    }
    clearTokens();
    emit sessionExpired(error);
    for (const Pending &pending : waiting) {
        if (pending.job && !pending.job->isFinished())
            pending.job->finish(error.httpStatus, {}, error, {});
    }
}

void ApiClient::setActiveCalls(int count)
{
    if (m_activeCalls == count)
        return;
    m_activeCalls = count;
    emit activeCallsChanged(m_activeCalls);
}
