#include "apijob.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QNetworkReply>

ApiJob::ApiJob(const QString &method, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_url(url)
{
}

ApiJob::~ApiJob()
{
    // A job destroyed before it finished (its parent went away) must not leave a reply that
    // would later call into it.
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QJsonDocument ApiJob::json() const
{
    return QJsonDocument::fromJson(m_body);
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiJob::abandonFor(QObject *receiver, QPointer<ApiJob> &job)
{
    if (!job)
        return;
    ApiJob *dropped = job;
    job = nullptr;
    QObject::disconnect(dropped, nullptr, receiver, nullptr);
    dropped->abandon();
}

void ApiJob::abandon()
{
    if (m_finished)
        return;
    if (m_decoding) {
        // The pool thread finishes on its own; its watcher dies with this job, unheard.
        // As a cancel on the wire: no status, headers or body of an answer nobody takes.
        m_decoding = false;
        m_httpStatus = 0;
        m_headers.clear();
        m_error = ApiError();
        m_error.kind = ApiError::Cancelled;
        m_error.message = QCoreApplication::translate("ApiError", "The request was cancelled.");
        m_body.clear();
        complete();
        return;
    }
    if (m_reply) {
        // Disconnect first: the client must not see this abort as a transfer timeout.
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
    ApiError error;
    error.kind = ApiError::Cancelled;
    error.message = QCoreApplication::translate("ApiError", "The request was cancelled.");
    error.requestUrl = m_url;
    error.method = m_method;
    finish(0, {}, error, {});
}

bool ApiJob::decode(const QByteArray &, QString *)
{
    return true;
}

std::function<ApiJob::DecodeCommit()> ApiJob::backgroundDecode(const QByteArray &)
{
    return {};
}

void ApiJob::finish(int httpStatus, const QByteArray &body, const ApiError &error,
                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_finished || m_decoding)
        return;
    m_reply = nullptr;
    m_httpStatus = httpStatus;
    m_body = body;
    m_headers = headers;
    m_error = error;
    if (!m_error.isError()) {
        if (auto work = backgroundDecode(body)) {
            m_decoding = true;
            auto *watcher = new QFutureWatcher<DecodeCommit>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
                if (!m_decoding)
                    return; // abandoned meanwhile
                m_decoding = false;
                QString why;
                if (!watcher->result()(&why))
                    setParseError(why);
                complete();
            });
            watcher->setFuture(QtConcurrent::run(std::move(work)));
            return;
        }
        QString why;
        if (!decode(body, &why))
            setParseError(why);
    }
    complete();
}

void ApiJob::setParseError(const QString &why)
{
    m_error.kind = ApiError::Parse;
    m_error.httpStatus = m_httpStatus;
    m_error.message = QCoreApplication::translate("ApiError",
                                                  "The server's answer was not understood: %1")
                          .arg(why);
    m_error.bodySample = m_body.left(2048);
}

void ApiJob::complete()
{
    // A refresh failure handed to waiting jobs keeps the URL of the refresh that failed.
    if (m_error.requestUrl.isEmpty()) {
        m_error.requestUrl = m_url;
        m_error.method = m_method;
    }
    m_finished = true;
    emit finished(this);
    deleteLater();
}
