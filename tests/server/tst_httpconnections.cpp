// Connections as a whole: the cap on open connections (over TCP on 127.0.0.1), and the connection
// state machine driven by seeded random byte streams over a socket pair - requests split at random
// points, pipelined, answered at once or late and out of order, bodies past the limit, half-closes,
// garbage, and unfinished requests left to time out. Same seeds, same streams: a failure names its
// seed and replays.

#include "servertestkit.h"

#include "server/httpconnection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace servertest;
using namespace stitchlocal;

namespace {

// One end of a connection held as a plain non-blocking descriptor. The server runs on this
// thread, so every wait turns the event loop.
class Wire
{
public:
    explicit Wire(int fd)
        : m_fd(fd)
    {
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~Wire() { close(); }
    Wire(const Wire &) = delete;
    Wire &operator=(const Wire &) = delete;

    //! A TCP connection to 127.0.0.1:port (never anything else).
    static std::unique_ptr<Wire> connectLoopback(quint16 port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            if (fd >= 0)
                ::close(fd);
            return nullptr;
        }
        return std::make_unique<Wire>(fd);
    }

    //! Sends all of bytes unless the peer has gone (then the rest is dropped).
    void send(const QByteArray &bytes)
    {
        qsizetype offset = 0;
        while (offset < bytes.size() && m_fd >= 0) {
            const ssize_t n
                = ::send(m_fd, bytes.constData() + offset, bytes.size() - offset, MSG_NOSIGNAL);
            if (n > 0) {
                offset += n;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
                pump();
            } else {
                return;
            }
        }
    }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    //! Lets the server run once and takes what it sent.
    void pump()
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        char chunk[16 * 1024];
        while (m_fd >= 0 && !m_eof) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0)
                m_in.append(chunk, n);
            else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                m_eof = true;
            else
                break;
        }
    }
    //! Turns the event loop until done() - asked once a turn - or the server closed, 20 s at
    //! most.
    template<typename Done> bool waitFor(Done done)
    {
        QDeadlineTimer deadline(20000);
        for (;;) {
            pump();
            if (done())
                return true;
            if (m_eof || deadline.hasExpired())
                return false;
            QTest::qWait(1);
        }
    }
    bool waitForEof()
    {
        return waitFor([this] { return m_eof; });
    }

    QByteArray &received() { return m_in; }
    bool eof() const { return m_eof; }

private:
    int m_fd = -1;
    QByteArray m_in;
    bool m_eof = false;
};

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Takes one final response off buffer, passing over interim 1xx ones. A HEAD answer announces a
// length and carries no body, which only the caller knows.
bool takeResponse(QByteArray &buffer, bool headRequest, Response *response)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || !buffer.startsWith("HTTP/1.1 "))
            return false;
        Response r;
        r.head = buffer.left(end);
        r.status = r.head.mid(9, 3).toInt();
        if (r.status >= 100 && r.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qsizetype length = headRequest ? 0 : r.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        *response = r;
        return true;
    }
}

const QByteArray providersRequest = "GET /api/admin/v3.0/auth/providers HTTP/1.1\r\nHost: l\r\n\r\n";

// ---- the random streams ----

// What the dispatch of the state machine test answers: the request, recognisably.
QByteArray echoOf(const QString &path, const QByteArray &body)
{
    return path.toUtf8() + ' ' + QByteArray::number(body.size()) + ' '
        + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
}

struct Planned
{
    QByteArray bytes;
    bool head = false;
    bool close = false; //!< asks the server to close after answering it
    int status = 200;
    QByteArray echo;
};

constexpr qint64 bodyLimit = 1500;

Planned planRequest(QRandomGenerator &rng, int index)
{
    Planned p;
    const QString path = QStringLiteral("/r/%1").arg(index);
    QByteArray body;
    QByteArray head;
    QByteArray framing;
    switch (rng.bounded(5)) {
    case 0:
        head = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: l\r\n";
        break;
    case 1:
        head = "HEAD " + path.toUtf8() + " HTTP/1.1\r\nHost: l\r\n";
        p.head = true;
        break;
    case 2:
    case 3: {
        body.resize(rng.bounded(2200));
        for (char &c : body)
            c = char(rng.bounded(256));
        head = "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: l\r\n";
        if (rng.bounded(3) == 0)
            head += "Expect: 100-continue\r\n";
        if (rng.bounded(2) == 0) {
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            framing = body;
        } else {
            head += "Transfer-Encoding: chunked\r\n";
            qsizetype at = 0;
            while (at < body.size()) {
                const qsizetype size = qMin<qsizetype>(1 + rng.bounded(700), body.size() - at);
                framing += QByteArray::number(size, 16);
                if (rng.bounded(4) == 0)
                    framing += ";ext=1";
                framing += "\r\n" + body.mid(at, size) + "\r\n";
                at += size;
            }
            framing += "0\r\n";
            if (rng.bounded(4) == 0)
                framing += "X-Trailer: t\r\n";
            framing += "\r\n";
        }
        break;
    }
    default:
        head = "DELETE " + path.toUtf8() + "?x=" + QByteArray::number(rng.bounded(1000))
            + " HTTP/1.1\r\nHost: l\r\nX-Filler: " + QByteArray(rng.bounded(300), 'f') + "\r\n";
        break;
    }
    if (rng.bounded(8) == 0) {
        head += "Connection: close\r\n";
        p.close = true;
    }
    p.bytes = head + "\r\n" + framing;
    if (body.size() > bodyLimit) {
        // Refused by its length before a byte is read, or stopped once the chunks pass it.
        p.status = 413;
        p.close = true;
    } else {
        p.echo = echoOf(path, body);
    }
    return p;
}

// One HttpConnection on one end of a socket pair, the test's client on the other.
QPointer<HttpConnection> connectPair(int requestMs, const HttpConnection::Dispatch &dispatch,
                                     QObject *owner, std::unique_ptr<Wire> *client)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return nullptr;
    HttpLimits limits;
    limits.maxBodyBytes = bodyLimit;
    HttpTimeouts timeouts;
    timeouts.idleMs = 120000;
    timeouts.requestMs = requestMs;
    *client = std::make_unique<Wire>(fds[1]);
    return new HttpConnection(fds[0], limits, timeouts, dispatch, owner);
}

// Parses the answers that have come, one per planned request at most.
void takeAnswers(Wire &client, const QList<Planned> &plan, QList<Response> *responses)
{
    Response response;
    while (responses->size() < plan.size()
           && takeResponse(client.received(), plan.at(responses->size()).head, &response))
        responses->append(response);
}

} // namespace

class tst_HttpConnections : public QObject
{
    Q_OBJECT

private slots:
    void connectionCap();
    void randomStreams_data();
    void randomStreams();
    void unfinishedRequestsTimeOut_data();
    void unfinishedRequestsTimeOut();
};

// Past --max-connections a new connection gets 503 with Retry-After and is closed; those open
// keep working, and a closed one frees its place.
void tst_HttpConnections::connectionCap()
{
    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.maxConnections = 6;
    QString error;
    const auto server = startServer(options, &error);
    QVERIFY2(server, qPrintable(error));
    const quint16 port = quint16(server->rootUrl().port());

    std::vector<std::unique_ptr<Wire>> open;
    for (int i = 0; i < options.maxConnections; ++i) {
        open.push_back(Wire::connectLoopback(port));
        QVERIFY(open.back());
        open.back()->send(providersRequest);
        Response response;
        Wire &wire = *open.back();
        QVERIFY2(wire.waitFor([&] { return takeResponse(wire.received(), false, &response); }),
                 qPrintable(QStringLiteral("connection %1 of %2, port %3: %4")
                                .arg(i)
                                .arg(options.maxConnections)
                                .arg(port)
                                .arg(QString::fromLatin1(wire.received().left(300)))));
        QCOMPARE(response.status, 200);
    }

    const int extra = 4;
    for (int i = 0; i < extra; ++i) {
        const auto wire = Wire::connectLoopback(port);
        QVERIFY(wire);
        // A client that sends at once still reads the refusal: it is not reset away.
        if (i % 2 == 0)
            wire->send(providersRequest);
        Response response;
        QVERIFY(wire->waitFor([&] { return takeResponse(wire->received(), false, &response); }));
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("Retry-After"), QByteArray("1"));
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QVERIFY(response.body.contains("\"error_code\":\"ServiceUnavailable\""));
        QVERIFY(wire->waitForEof());
        QVERIFY(wire->received().isEmpty());
    }

    // Every connection that was open goes on being served.
    for (const auto &wire : open) {
        wire->send(providersRequest);
        Response response;
        QVERIFY(wire->waitFor([&] { return takeResponse(wire->received(), false, &response); }));
        QCOMPARE(response.status, 200);
        QVERIFY(!wire->eof());
    }

    // One closes; once the server has seen it go, a newcomer is served.
    open.front()->close();
    open.erase(open.begin());
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto wire = Wire::connectLoopback(port);
            wire->send(providersRequest);
            Response response;
            wire->waitFor([&] { return takeResponse(wire->received(), false, &response); });
            status = response.status;
            return status == 200;
        }(),
        20000);
    QCOMPARE(status, 200);
}

void tst_HttpConnections::randomStreams_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// The connection state machine against one seeded random client: every request that precedes
// a close, a limit or the stream's end is answered, in order, exactly; nothing after a closing
// answer is; garbage ends the connection with a well-formed error.
void tst_HttpConnections::randomStreams()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);

    // The plan: pipelined requests, what each must get, and where answering stops.
    QList<Planned> plan;
    QByteArray stream;
    QList<qsizetype> ends; // offset in stream after each request
    const int count = 1 + rng.bounded(12);
    for (int i = 0; i < count; ++i) {
        plan.append(planRequest(rng, i));
        stream += plan.last().bytes;
        ends.append(stream.size());
    }
    // Garbage somewhere, or the stream cut inside a request and the client half-closing.
    const int twist = rng.bounded(6);
    const bool garbage = twist == 0;
    const bool cut = twist == 1;
    const bool halfClose = cut || rng.bounded(2) == 0;
    qsizetype damagedAt = stream.size();
    if (garbage) {
        damagedAt = rng.bounded(int(stream.size()));
        const QByteArray junk = QByteArray(1 + rng.bounded(8), char(rng.bounded(256)));
        if (rng.bounded(2) == 0)
            stream.insert(damagedAt, junk);
        else
            stream.replace(damagedAt, qMin<qsizetype>(junk.size(), stream.size() - damagedAt),
                           junk);
    } else if (cut) {
        damagedAt = rng.bounded(int(stream.size()));
        stream.truncate(damagedAt);
    }
    // Requests wholly before the damage are answered as planned, up to the first closing one.
    int expected = 0;
    bool closes = false;
    while (expected < plan.size() && ends.at(expected) <= damagedAt) {
        closes = plan.at(expected++).close;
        if (closes)
            break;
    }

    // The server end: one HttpConnection with small limits and timeouts nothing here reaches.
    QObject owner;
    std::vector<std::pair<Responder, Reply>> deferred;
    const auto dispatch = [&](const Request &request, Responder respond) {
        Reply reply;
        reply.contentType = "text/plain";
        reply.body = echoOf(request.path, request.body);
        if (rng.bounded(3) == 0)
            respond(reply);
        else
            deferred.emplace_back(std::move(respond), reply);
    };
    std::unique_ptr<Wire> wire;
    const QPointer<HttpConnection> connection = connectPair(120000, dispatch, &owner, &wire);
    QVERIFY(connection);
    Wire &client = *wire;
    // Late answers go out in any order; the connection puts them back in request order.
    const auto answerSome = [&](bool all) {
        while (!deferred.empty() && (all || rng.bounded(2) == 0)) {
            const std::size_t pick = rng.bounded(quint32(deferred.size()));
            auto [respond, reply] = deferred[pick];
            deferred.erase(deferred.begin() + qsizetype(pick));
            respond(reply);
        }
    };

    // The stream goes out in pieces of random sizes, the server running between them.
    qsizetype at = 0;
    const bool tiny = rng.bounded(4) == 0;
    while (at < stream.size()) {
        // Tiny pieces over the first kilobyte: every split point of the heads is reached.
        const qsizetype size = qMin<qsizetype>(
            tiny && at < 1024 ? 1 + rng.bounded(4) : 1 + rng.bounded(1200), stream.size() - at);
        client.send(stream.mid(at, size));
        at += size;
        client.pump();
        answerSome(false);
    }
    if (halfClose)
        client.shutdownWrite();

    QList<Response> responses;
    const auto collect = [&] {
        answerSome(true);
        takeAnswers(client, plan, &responses);
        return responses.size() >= expected;
    };
    QVERIFY2(client.waitFor(collect), qPrintable(QStringLiteral("seed %1: %2 of %3 answers")
                                                      .arg(seed)
                                                      .arg(responses.size())
                                                      .arg(expected)));
    if (closes || halfClose) {
        // The server closes: after its closing answer, or once all that the half-closed client
        // asked for is answered.
        QVERIFY2(client.waitForEof(), qPrintable(QStringLiteral("seed %1").arg(seed)));
        takeAnswers(client, plan, &responses);
    }
    for (int i = 0; i < expected; ++i) {
        const Planned &p = plan.at(i);
        const Response &r = responses.at(i);
        QVERIFY2(r.status == p.status,
                 qPrintable(QStringLiteral("seed %1, request %2: %3").arg(seed).arg(i).arg(r.status)));
        if (p.status == 200 && !p.head)
            QCOMPARE(r.body, p.echo);
        QCOMPARE(r.header("Connection") == "close", p.close);
    }
    if (garbage && !closes && expected < plan.size()) {
        // Past the damage: answers or one error, each well formed.
        for (int i = expected; i < responses.size(); ++i)
            QVERIFY(responses.at(i).status == 200 || (responses.at(i).status >= 400
                                                      && responses.at(i).status < 506));
    } else if (cut && !closes && expected < plan.size() && plan.at(expected).status == 413
               && responses.size() == expected + 1) {
        // The request cut short had already told enough to be refused: its 413 came.
        QCOMPARE(responses.last().status, 413);
        QVERIFY(client.received().isEmpty());
    } else {
        // Nothing past a closing answer or past the last request.
        QCOMPARE(responses.size(), expected);
        QVERIFY2(client.received().isEmpty(), client.received().left(200).constData());
    }
    if (!closes && !halfClose && !garbage) {
        QVERIFY(!client.eof());
        QVERIFY(connection);
    }
    client.close();
    QTRY_VERIFY(!connection);
}

void tst_HttpConnections::unfinishedRequestsTimeOut_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1000; seed < 1012; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// A client that stops inside a request gets its earlier answers, then 408, then the close. All
// of it is sent at once, so the timeout can only fall after the stream ended.
void tst_HttpConnections::unfinishedRequestsTimeOut()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QList<Planned> plan;
    QByteArray stream;
    while (plan.size() < 3) {
        Planned p = planRequest(rng, plan.size());
        if (p.close)
            continue; // the requests before the unfinished one leave the connection open
        plan.append(p);
        stream += p.bytes;
    }
    const Planned &last = plan.last();
    stream.chop(1 + rng.bounded(int(last.bytes.size()) - 1));

    QObject owner;
    std::unique_ptr<Wire> wire;
    const QPointer<HttpConnection> connection = connectPair(
        100,
        [](const Request &request, Responder respond) {
            Reply reply;
            reply.body = echoOf(request.path, request.body);
            respond(reply);
        },
        &owner, &wire);
    QVERIFY(connection);
    Wire &client = *wire;
    client.send(stream);

    QList<Response> responses;
    QVERIFY(client.waitForEof());
    takeAnswers(client, plan, &responses);
    QCOMPARE(responses.size(), plan.size());
    for (int i = 0; i < plan.size() - 1; ++i) {
        QCOMPARE(responses.at(i).status, plan.at(i).status);
        if (plan.at(i).status == 200 && !plan.at(i).head)
            QCOMPARE(responses.at(i).body, plan.at(i).echo);
    }
    QCOMPARE(responses.last().status, 408);
    QCOMPARE(responses.last().header("Connection"), QByteArray("close"));
    client.close();
    QTRY_VERIFY(!connection);
}

QTEST_GUILESS_MAIN(tst_HttpConnections)
#include "tst_httpconnections.moc"
