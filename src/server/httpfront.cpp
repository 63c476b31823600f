#include "httpfront.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "stitchlocal.http")

namespace stitchlocal {

namespace {

Method methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Patch:
        return Method::Patch;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    case QHttpServerRequest::Method::Head:
        return Method::Head;
    default:
        return Method::Other;
    }
}

} // namespace

HttpFront::HttpFront(qint64 maxBodyBytes, Dispatch dispatch)
    : m_maxBodyBytes(maxBodyBytes)
    , m_dispatch(std::move(dispatch))
{
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 has no request size limit of its own: the body is in memory by now, but it goes
    // no further than this check.
    const QByteArray body = request.body();
    if (body.size() > m_maxBodyBytes) {
        send(request, socket,
             Reply::error(
                 413, QStringLiteral("PayloadTooLarge"),
                 QStringLiteral("the request body is larger than %1 bytes").arg(m_maxBodyBytes)));
        return true;
    }
    Request converted;
    converted.method = methodOf(request.method());
    converted.path = request.url().path(QUrl::FullyEncoded);
    converted.query = request.query();
    converted.body = body;
    converted.headers = request.headers();
    // A deferred answer may come after the client has gone: Qt 6.4 deletes the socket (and the
    // request object it keeps per connection) and writing to either then crashes, so the
    // answer is dropped unless the very socket is still there and connected.
    QPointer<HttpFront> self(this);
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *kept = &request;
    m_dispatch(converted, Responder([self, guard, kept](Reply reply) {
                   if (!self || !guard || guard->state() != QAbstractSocket::ConnectedState) {
                       qCDebug(lcHttp) << "client gone before its answer; dropped";
                       return;
                   }
                   self->send(*kept, guard, reply);
               }));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
         Reply::error(404, QStringLiteral("NotFound"), QStringLiteral("no such path")));
}

void HttpFront::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (request.method() == QHttpServerRequest::Method::Head) {
        // A HEAD answer carries the headers a GET would, Content-Length included, but no body:
        // bytes after the headers would be read as the start of the next response.
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(status);
        for (const auto &header : reply.headers)
            responder.writeHeader(header.first, header.second);
        if (!reply.contentType.isEmpty())
            responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(QByteArray());
        return;
    }
    QHttpServerResponse response = reply.contentType.isEmpty()
        ? QHttpServerResponse(status)
        : QHttpServerResponse(reply.contentType, reply.body, status);
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
}

} // namespace stitchlocal
