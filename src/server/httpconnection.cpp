#include "httpconnection.h"

#include <QFile>

#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttp, "stitchlocal.http")

namespace stitchlocal {

namespace {

// Past these, the connection stops reading until the client has taken its answers: a client
// that pipelines without reading must not make the server buffer without bound.
constexpr std::size_t maxPendingAnswers = 16;
constexpr qsizetype maxUnsentBytes = 4 * 1024 * 1024;
// After an error answer, the rest of a refused request is read and dropped this long at most, so
// that the client sees the answer rather than a reset.
constexpr int drainMs = 2000;

Method methodOf(const QByteArray &method)
{
    static const QList<QPair<QByteArray, Method>> methods {
        { "GET", Method::Get },         { "POST", Method::Post },     { "PUT", Method::Put },
        { "PATCH", Method::Patch },     { "DELETE", Method::Delete }, { "HEAD", Method::Head },
        { "OPTIONS", Method::Options },
    };
    for (const auto &entry : methods) {
        if (entry.first == method)
            return entry.second;
    }
    return Method::Other;
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QString errorCodeOf(int status)
{
    switch (status) {
    case 408:
        return QStringLiteral("RequestTimeout");
    case 413:
        return QStringLiteral("PayloadTooLarge");
    case 414:
        return QStringLiteral("URITooLong");
    case 431:
        return QStringLiteral("RequestHeaderFieldsTooLarge");
    case 501:
        return QStringLiteral("NotImplemented");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 505:
        return QStringLiteral("HTTPVersionNotSupported");
    default:
        return QStringLiteral("BadRequest");
    }
}

QByteArray serialize(const Reply &reply, bool head, bool close)
{
    const bool bodyless = reply.status < 200 || reply.status == 204 || reply.status == 304;
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonOf(reply.status) + "\r\n";
    // Named so a client can say which server it talks to (the console's About does).
    out += "Server: stitch-local/" STITCH_VERSION "\r\n";
    for (const auto &header : reply.headers) {
        // The framing is the front's alone: a handler's own length could split the stream.
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || header.first.compare("Connection", Qt::CaseInsensitive) == 0
            || header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    // A HEAD answer carries the length a GET would, and no body.
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head && !bodyless)
        out += reply.body;
    return out;
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, const HttpLimits &limits,
                               const HttpTimeouts &timeouts, const Dispatch &dispatch,
                               QObject *parent)
    : QObject(parent)
    , m_fd(int(descriptor))
    , m_limits(limits)
    , m_timeouts(timeouts)
    , m_dispatch(dispatch)
    , m_parser(limits)
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    // An answer goes out as headers and body; with Nagle's algorithm the second write waited for
    // the client's delayed ACK, about 40 ms a call for Qt's own clients.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::onWritable);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    updateTimer();
}

HttpConnection::~HttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void HttpConnection::onReadable()
{
    if (m_fd < 0)
        return;
    const bool inBody = m_parser.readingBody();
    char chunk[64 * 1024];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            finish();
        return;
    }
    if (n == 0) {
        // A half-close: the client has sent all it will, and may still read. A request it left
        // unfinished can never complete, so nothing more is read; what was asked is answered.
        m_peerClosed = true;
        if (m_parser.inProgress() || m_draining)
            m_closing = true;
        m_readNotifier->setEnabled(false);
        if (m_draining || m_slots.empty()) {
            flush();
            if (m_slots.empty() && m_outOffset >= m_out.size())
                finish();
        }
        return;
    }
    if (m_draining)
        return;
    m_in.append(chunk, n);
    parse();
    // A body that keeps coming keeps its request alive; a head must be done in one period.
    if (inBody && m_parser.readingBody() && m_fd >= 0)
        m_timer.start(m_timeouts.requestMs);
    updateReading();
    updateTimer();
}

void HttpConnection::parse()
{
    while (!m_closing && !m_draining && m_fd >= 0 && m_slots.size() < maxPendingAnswers) {
        const HttpRequestParser::Result result = m_parser.feed(m_in);
        if (result == HttpRequestParser::Result::NeedMore)
            break;
        if (result == HttpRequestParser::Result::HeadReady) {
            // Interim answers may not overtake an earlier request's final one.
            if (m_parser.expectsContinue() && m_slots.empty()) {
                m_out += "HTTP/1.1 100 Continue\r\n\r\n";
                flush();
            }
            continue;
        }
        if (result == HttpRequestParser::Result::Failed) {
            failRequest(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        startRequest(m_parser.take());
    }
}

void HttpConnection::startRequest(HttpRequestHead head)
{
    Slot slot;
    slot.sequence = m_nextSequence++;
    slot.head = head.method == "HEAD";
    slot.close = !head.keepAlive;
    if (slot.close)
        m_closing = true;
    m_slots.push_back(slot);

    // The request is copied into what the router sees; nothing refers back to this connection's
    // buffers, so a deferred answer depends on nothing the next request changes.
    const QUrl url = QUrl::fromEncoded("http://localhost" + head.target, QUrl::StrictMode);
    if (!url.isValid()) {
        answer(slot.sequence,
               Reply::error(400, QStringLiteral("BadRequest"), QStringLiteral("malformed URL")));
        return;
    }
    Request request;
    request.method = methodOf(head.method);
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url);
    request.body = std::move(head.body);
    request.headers = std::move(head.headers);
    // A large body (HttpLimits::largeBodies) is read from its file through a mapping, without a
    // copy in memory. The mapping lives as long as this call: the routes that take large bodies
    // answer before they return and keep no copy of the body.
    const std::shared_ptr<QFile> bodyFile = std::move(head.bodyFile);
    if (bodyFile && bodyFile->size() > 0) {
        const uchar *mapped = bodyFile->map(0, bodyFile->size());
        if (!mapped) {
            answer(slot.sequence,
                   Reply::error(500, QStringLiteral("InternalServerError"),
                                QStringLiteral("cannot read the request body back")));
            return;
        }
        request.body = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                               bodyFile->size());
    }
    const QPointer<HttpConnection> self(this);
    const quint64 sequence = slot.sequence;
    m_dispatch(request, Responder([self, sequence](Reply reply) {
                   if (!self) {
                       qCDebug(lcHttp) << "client gone before its answer; dropped";
                       return;
                   }
                   self->answer(sequence, reply);
               }));
}

void HttpConnection::answer(quint64 sequence, const Reply &reply)
{
    for (Slot &slot : m_slots) {
        if (slot.sequence == sequence && !slot.ready) {
            slot.bytes = serialize(reply, slot.head, slot.close);
            slot.ready = true;
            break;
        }
    }
    const bool wasFull = m_slots.size() >= maxPendingAnswers;
    flush();
    // Requests that waited in the buffer behind a full queue go on from the event loop, never
    // from inside an answer: a long pipeline would otherwise nest one call per request.
    if (wasFull && m_slots.size() < maxPendingAnswers && !m_in.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this] {
                parse();
                updateReading();
                updateTimer();
            },
            Qt::QueuedConnection);
}

void HttpConnection::refuse(int status, const QString &message,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    failRequest(status, message, headers);
}

void HttpConnection::failRequest(int status, const QString &message,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    qCDebug(lcHttp) << "refused request:" << status << message;
    m_closing = true;
    Slot slot;
    slot.sequence = m_nextSequence++;
    slot.ready = true;
    slot.close = true;
    Reply reply = Reply::error(status, errorCodeOf(status), message);
    reply.headers += headers;
    slot.bytes = serialize(reply, false, true);
    m_slots.push_back(slot);
    flush();
}

void HttpConnection::flush()
{
    if (m_fd < 0)
        return;
    while (!m_slots.empty() && m_slots.front().ready) {
        m_out += m_slots.front().bytes;
        if (m_slots.front().close) {
            m_closing = true;
            m_slots.clear(); // nothing after a closing answer is ever sent
            break;
        }
        m_slots.pop_front();
    }
    while (m_outOffset < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outOffset, m_out.size() - m_outOffset,
                                 MSG_NOSIGNAL);
        if (n >= 0) {
            m_outOffset += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        finish();
        return;
    }
    const bool sent = m_outOffset >= m_out.size();
    m_writeNotifier->setEnabled(!sent);
    if (sent) {
        m_out.clear();
        m_outOffset = 0;
    } else if (m_outOffset > 1024 * 1024) {
        m_out.remove(0, m_outOffset);
        m_outOffset = 0;
    }
    if (sent && m_slots.empty() && (m_closing || m_peerClosed) && !m_draining) {
        if (m_peerClosed) {
            finish();
            return;
        }
        // Shut down our side and read what the client still sends until it closes: closing with
        // unread input would reset the connection and could destroy the answer in flight.
        ::shutdown(m_fd, SHUT_WR);
        m_draining = true;
        m_in.clear();
        m_wait = Wait::Drain;
        m_timer.start(drainMs);
    }
    updateReading();
    updateTimer();
}

void HttpConnection::onWritable()
{
    flush();
}

void HttpConnection::updateReading()
{
    if (m_fd < 0 || m_peerClosed)
        return;
    const bool reading = m_draining
        || (!m_closing && m_slots.size() < maxPendingAnswers
            && m_out.size() - m_outOffset < maxUnsentBytes);
    m_readNotifier->setEnabled(reading);
}

void HttpConnection::updateTimer()
{
    if (m_fd < 0 || m_draining)
        return;
    if (!m_slots.empty() || m_peerClosed) {
        // Waiting for our own answer: no client timeout runs.
        m_timer.stop();
        m_wait = Wait::None;
        return;
    }
    const bool partial = m_parser.inProgress() || !m_in.isEmpty();
    const Wait wait = partial ? Wait::Request : Wait::Idle;
    if (m_timer.isActive() && m_wait == wait)
        return;
    m_wait = wait;
    m_timer.start(partial ? m_timeouts.requestMs : m_timeouts.idleMs);
}

void HttpConnection::onTimeout()
{
    if (m_wait != Wait::Request) {
        finish();
        return;
    }
    failRequest(408,
                QStringLiteral("the request was not complete within %1 seconds")
                    .arg(m_timeouts.requestMs / 1000.0));
}

void HttpConnection::finish()
{
    if (m_fd < 0)
        return;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_timer.stop();
    ::close(m_fd);
    m_fd = -1;
    m_slots.clear();
    deleteLater();
}

} // namespace stitchlocal
