// The HTTP front under hostile clients, on raw sockets: QNetworkAccessManager would never send
// these requests. Every limit is checked by what the client sees, never by how long it took.

#include "servertestkit.h"

#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using namespace servertest;
using namespace stitchlocal;

namespace {

// One raw HTTP response: status, headers and the body its Content-Length announces.
struct RawResponse
{
    int status = -1;
    QByteArray head;
    QByteArray body;
};

// Takes one complete response off the front of buffer, if it is all there.
bool takeResponse(QByteArray &buffer, RawResponse *response)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    response->head = head;
    response->status = head.mid(9, 3).toInt();
    response->body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return true;
}

class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        // Out of Qt's buffer while the server (on this thread) reads what it can.
        while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState)
            waitForEvents();
    }
    //! Sends FIN: the client will send nothing more, and still reads.
    void shutdownWrite() { ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR); }
    //! The next response, or status -1 when none came before the server closed or 20 s passed.
    //! Waits in the event loop: the server runs on this thread.
    RawResponse next()
    {
        RawResponse response;
        QDeadlineTimer deadline(20000);
        while (!takeResponse(m_buffer, &response) && !deadline.hasExpired()) {
            if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.bytesAvailable())
                break;
            waitForEvents();
        }
        return response;
    }
    //! True once the server has closed the connection (waits up to 20 s).
    bool closedByServer()
    {
        QDeadlineTimer deadline(20000);
        while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
            waitForEvents();
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    void waitForEvents()
    {
        QTest::qWait(5);
        m_buffer += m_socket.readAll();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

const QByteArray providers = "GET /api/admin/v3.0/auth/providers HTTP/1.1\r\nHost: l\r\n";

} // namespace

class tst_HttpFront : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodyRefusedByLength();
    void chunkedBodyStopsAtLimit();
    void limits_data();
    void limits();
    void strictParsing_data();
    void strictParsing();
    void goodFramingsStillServed_data();
    void goodFramingsStillServed();
    void halfClosedClientAnswered();
    void pipelinedAnswersInOrder();
    void idleConnectionClosed();
    void partialRequestTimesOut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    QString m_token;
    QString m_runPath;
};

void tst_HttpFront::initTestCase()
{
    ServerOptions options = loopbackOptions(m_dir.path());
    options.maxBodyBytes = 1024 * 1024;
    options.idleTimeoutSeconds = 0.5;
    options.requestTimeoutSeconds = 0.5;
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    Probe probe(m_server->rootUrl());
    m_token
        = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("pw")).access;
    const QString group = probe.groupOf(m_token);
    const Answer app = probe.post(QStringLiteral("/groups/%1/apps").arg(group),
                                  { { QStringLiteral("name"), QStringLiteral("front") } }, m_token);
    QCOMPARE(app.status, 201);
    m_runPath = QStringLiteral("/api/admin/v3.0/groups/%1/apps/%2/debug/execute_function_source"
                               "?run_as_system=true")
                    .arg(group, app.object().value(QStringLiteral("_id")).toString());
}

void tst_HttpFront::bodyRefusedByLength()
{
    // 300 MB announced, none sent: the answer comes from the headers alone.
    RawClient client(m_server->port());
    client.write("POST /api/admin/v3.0/auth/providers/local/login HTTP/1.1\r\nHost: l\r\n"
                 "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n{");
    const RawResponse response = client.next();
    QCOMPARE(response.status, 413);
    QVERIFY(response.body.contains("PayloadTooLarge"));
    QVERIFY(response.body.contains("1048576"));
}

void tst_HttpFront::chunkedBodyStopsAtLimit()
{
    // Chunks past the 1 MiB limit and no last chunk: the server answers without the end.
    RawClient client(m_server->port());
    client.write("POST /api/admin/v3.0/auth/providers/local/login HTTP/1.1\r\nHost: l\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "40000\r\n" + QByteArray(0x40000, 'x') + "\r\n";
    for (int i = 0; i < 6; ++i)
        client.write(chunk);
    const RawResponse response = client.next();
    QCOMPARE(response.status, 413);
    QVERIFY(response.body.contains("PayloadTooLarge"));
}

void tst_HttpFront::limits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("URL of 20,000 bytes")
        << "GET /api/admin/v3.0/" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: l\r\n\r\n"
        << 414;
    QTest::newRow("one header of 64 KiB") << providers + "X-Big: " + QByteArray(64 * 1024, 'b')
            + "\r\n\r\n" << 431;
    QByteArray many = providers;
    for (int i = 0; i < 200; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("200 headers") << many + "\r\n" << 431;
}

void tst_HttpFront::limits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawClient client(m_server->port());
    client.write(request);
    QCOMPARE(client.next().status, status);
    QVERIFY(client.closedByServer());
}

void tst_HttpFront::strictParsing_data()
{
    // Each is a GET that a lenient parser would route to a 200 answer.
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("negative length") << providers + "Content-Length: -1\r\n\r\n";
    QTest::newRow("non-numeric length") << providers + "Content-Length: abc\r\n\r\n";
    QTest::newRow("length with sign") << providers + "Content-Length: +0\r\n\r\n";
    QTest::newRow("overflowing length")
        << providers + "Content-Length: 99999999999999999999999\r\n\r\n";
    QTest::newRow("conflicting lengths")
        << providers + "Content-Length: 0\r\nContent-Length: 1\r\n\r\nx";
    QTest::newRow("conflicting list") << providers + "Content-Length: 0, 1\r\n\r\nx";
    QTest::newRow("length and chunked")
        << providers + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    QTest::newRow("non-hex chunk size") << providers + "Transfer-Encoding: chunked\r\n\r\nzz\r\n";
    QTest::newRow("negative chunk size")
        << providers + "Transfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n";
    QTest::newRow("overflowing chunk size")
        << providers + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff1\r\nx\r\n";
    QTest::newRow("chunk longer than its size")
        << providers + "Transfer-Encoding: chunked\r\n\r\n1\r\nxyz\r\n0\r\n\r\n";
    QTest::newRow("space before colon") << providers + "Content-Length : 0\r\n\r\n";
    QTest::newRow("folded header") << providers + "X-A: 1\r\n  folded\r\n\r\n";
    QTest::newRow("no version") << QByteArray("GET /api/admin/v3.0/auth/providers\r\n\r\n");
    QTest::newRow("two spaces") << QByteArray(
        "GET  /api/admin/v3.0/auth/providers HTTP/1.1\r\nHost: l\r\n\r\n");
    QTest::newRow("bad version") << QByteArray(
        "GET /api/admin/v3.0/auth/providers HTTX/1.1\r\nHost: l\r\n\r\n");
    QTest::newRow("not a path") << QByteArray(
        "GET api/admin/v3.0/auth/providers HTTP/1.1\r\nHost: l\r\n\r\n");
    QTest::newRow("bare LF lines")
        << QByteArray("GET /api/admin/v3.0/auth/providers HTTP/1.1\nHost: l\n\n");
}

void tst_HttpFront::strictParsing()
{
    QFETCH(QByteArray, request);
    RawClient client(m_server->port());
    client.write(request);
    const RawResponse response = client.next();
    QCOMPARE(response.status, 400);
    QVERIFY(response.head.contains("Connection: close"));
    QVERIFY(client.closedByServer());
}

void tst_HttpFront::goodFramingsStillServed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("plain") << providers + "\r\n";
    QTest::newRow("empty line first") << "\r\n" + providers + "\r\n";
    QTest::newRow("repeated equal lengths")
        << providers + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}";
    QTest::newRow("chunked with extension and trailer")
        << providers + "Transfer-Encoding: chunked\r\n\r\n2;x=y\r\n{}\r\n0\r\nX-T: 1\r\n\r\n";
}

void tst_HttpFront::goodFramingsStillServed()
{
    QFETCH(QByteArray, request);
    RawClient client(m_server->port());
    client.write(request + request);
    QCOMPARE(client.next().status, 200);
    QCOMPARE(client.next().status, 200);
}

void tst_HttpFront::halfClosedClientAnswered()
{
    // One answer at once, one deferred (a function run): both reach a client that sent FIN.
    const QByteArray body = R"({"source":"exports = () => 41 + 1;"})";
    RawClient client(m_server->port());
    client.write(providers + "\r\n");
    client.write("POST " + m_runPath.toUtf8() + " HTTP/1.1\r\nHost: l\r\nAuthorization: Bearer "
                 + m_token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body);
    client.shutdownWrite();
    QCOMPARE(client.next().status, 200);
    const RawResponse run = client.next();
    QCOMPARE(run.status, 200);
    QVERIFY2(run.body.contains("42"), run.body.constData());
    QVERIFY(client.closedByServer());
}

void tst_HttpFront::pipelinedAnswersInOrder()
{
    // A slow run, then an instant answer, on one connection: the answers come in request order.
    const QByteArray body
        = R"({"source":"exports = () => new Promise((r) => setTimeout(() => r('slow'), 300));"})";
    RawClient client(m_server->port());
    client.write("POST " + m_runPath.toUtf8() + " HTTP/1.1\r\nHost: l\r\nAuthorization: Bearer "
                 + m_token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body + providers + "\r\n");
    const RawResponse first = client.next();
    QCOMPARE(first.status, 200);
    QVERIFY2(first.body.contains("slow"), first.body.constData());
    const RawResponse second = client.next();
    QCOMPARE(second.status, 200);
    QVERIFY2(second.body.contains("local"), second.body.constData());
}

void tst_HttpFront::idleConnectionClosed()
{
    RawClient client(m_server->port());
    client.write(providers + "\r\n");
    QCOMPARE(client.next().status, 200);
    // Nothing more is sent: the server closes the connection after --idle-timeout.
    QVERIFY(client.closedByServer());
}

void tst_HttpFront::partialRequestTimesOut()
{
    RawClient client(m_server->port());
    client.write(providers); // no blank line: the head never ends
    const RawResponse response = client.next();
    QCOMPARE(response.status, 408);
    QVERIFY(client.closedByServer());
}

QTEST_GUILESS_MAIN(tst_HttpFront)
#include "tst_httpfront.moc"
