// The debugger route (POST .../local/debug_runs, a stitch-local extension) at the protocol's
// level: who may call it, its refusals, the per-app session limit, the single-use secret of the
// WebSocket, a run started through the socket and logged, and the debug process ended when its
// debugger leaves or the server stops, reaches its time limit or runs out of memory. The debugger
// itself, through the console's client, is tested in tests/api/tst_debugger.

#include "functionstestkit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QWebSocket>

#include <csignal>

using namespace functionstest;

namespace {

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class tst_FunctionDebugRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listedAsFeature();
    void refusedWithoutAdminToken();
    void refusedWithEndUserToken();
    void refusals_data();
    void refusals();
    void secretIsSingleUse();
    void runThroughSocketIsLogged();
    void debugRunReachesLocalData();
    void processEndsWhenDebuggerLeaves();
    void pausedSessionEndsAtTimeLimit();
    void outOfMemoryEndsTheRun();
    void perAppLimit();
    void serverStopEndsProcesses();

private:
    QString route(const QString &query = QStringLiteral("run_as_system=true")) const
    {
        return m_fx.appPath(QStringLiteral("/local/debug_runs?") + query);
    }
    Answer start(const QString &name = QStringLiteral("double"))
    {
        return m_fx.call("POST", route(), { { QStringLiteral("name"), name } });
    }
    //! Connects to a ticket's websocket_url; false when the server refused it.
    static bool connectTo(QWebSocket &socket, const QString &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(url));
        if (!connected.wait(10000))
            return false;
        // A refused socket is closed right after the handshake (maybe in the same turn).
        return disconnected.isEmpty() && !disconnected.wait(500);
    }

    //! The message of a StitchLocal.runFinished's failed run; empty when it did not fail.
    static QString errorMessageOf(const QJsonObject &finished)
    {
        return finished.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    //! Reads the socket's messages until StitchLocal.runFinished; its params, or empty on timeout.
    //! \a sawMethod is set when a message of that method went by first.
    static QJsonObject waitForFinish(QSignalSpy &messages, int timeoutMs,
                                     const QString &method = QString(), bool *sawMethod = nullptr)
    {
        QJsonObject finished;
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && clock.elapsed() < timeoutMs) {
            if (messages.isEmpty()
                && !messages.wait(int(qMax<qint64>(1, timeoutMs - clock.elapsed()))))
                break;
            while (!messages.isEmpty()) {
                const QJsonObject message
                    = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8())
                          .object();
                const QString name = message.value(QStringLiteral("method")).toString();
                if (sawMethod && name == method)
                    *sawMethod = true;
                if (name == QLatin1String("StitchLocal.runFinished"))
                    finished = message.value(QStringLiteral("params")).toObject();
            }
        }
        return finished;
    }

    Fixture m_fx;
};

void tst_FunctionDebugRuns::initTestCase()
{
    QVERIFY(m_fx.start());
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/functions")),
                       { { QStringLiteral("name"), QStringLiteral("double") },
                         { QStringLiteral("source"),
                           QStringLiteral("exports = function(a) {\n"
                                          "  console.log('doubling', a);\n"
                                          "  return (a ?? 21) * 2;\n};") } })
                 .status,
             201);
}

void tst_FunctionDebugRuns::listedAsFeature()
{
    const Answer features = m_fx.send("GET", QStringLiteral("/local/features"), m_fx.token());
    QCOMPARE(features.status, 200);
    QVERIFY(features.object()
                .value(QStringLiteral("features"))
                .toArray()
                .contains(QStringLiteral("debug-runs")));
}

void tst_FunctionDebugRuns::refusedWithoutAdminToken()
{
    const QByteArray body = R"({"name": "double"})";
    QCOMPARE(m_fx.send("POST", route(), QString(), body).status, 401);
    QCOMPARE(m_fx.send("POST", route(), QStringLiteral("not-a-token"), body).status, 401);
    // Another admin's token does not reach this group's app.
    const int status = m_fx.send("POST", route(), m_fx.token(m_fx.other), body).status;
    QVERIFY2(status == 401 || status == 403 || status == 404, qPrintable(QString::number(status)));
}

void tst_FunctionDebugRuns::refusedWithEndUserToken()
{
    // An end user of the app, signed in through the client API with the anonymous provider.
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/auth_providers")),
                       { { QStringLiteral("name"), QStringLiteral("anon-user") },
                         { QStringLiteral("type"), QStringLiteral("anon-user") } })
                 .status,
             201);
    const Answer login = m_fx.send(
        "POST",
        QStringLiteral("//api/client/v2.0/app/%1/auth/providers/anon-user/login")
            .arg(m_fx.clientAppId),
        QString(), "{}");
    QCOMPARE(login.status, 200);
    const QString userToken = login.object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!userToken.isEmpty());
    const Answer answer = m_fx.send("POST", route(), userToken, R"({"name": "double"})");
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.isJsonError());
}

void tst_FunctionDebugRuns::refusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    const QString system = QStringLiteral("run_as_system=true");
    QTest::newRow("no name") << system << QByteArray("{}") << 400 << QString();
    QTest::newRow("unknown function") << system << QByteArray(R"({"name": "nope"})") << 404
                                      << QStringLiteral("FunctionNotFound");
    QTest::newRow("arguments not an array")
        << system << QByteArray(R"({"name": "double", "arguments": 3})") << 400
        << QStringLiteral("InvalidParameter");
    QTest::newRow("no run-as") << QString() << QByteArray(R"({"name": "double"})") << 400
                               << QStringLiteral("MissingParameter");
    QTest::newRow("unknown user") << QStringLiteral("user_id=nobody")
                                  << QByteArray(R"({"name": "double"})") << 404
                                  << QStringLiteral("UserNotFound");
    QTest::newRow("not JSON") << system << QByteArray("{") << 400 << QString();
}

void tst_FunctionDebugRuns::refusals()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const Answer answer = m_fx.send("POST", route(query), m_fx.token(), body);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.isJsonError());
    if (!errorCode.isEmpty())
        QCOMPARE(answer.errorCode(), errorCode);
}

void tst_FunctionDebugRuns::secretIsSingleUse()
{
    const Answer ticket = start();
    QCOMPARE(ticket.status, 201);
    const QString url = ticket.object().value(QStringLiteral("websocket_url")).toString();
    QVERIFY2(url.startsWith(QLatin1String("ws://127.0.0.1:")), qPrintable(url));
    QCOMPARE(ticket.object().value(QStringLiteral("time_limit_seconds")).toInt(), 600);

    QWebSocket wrong;
    QVERIFY(!connectTo(wrong, url.chopped(3) + QStringLiteral("AAA")));
    QWebSocket first;
    QVERIFY(connectTo(first, url));
    QWebSocket second;
    QVERIFY(!connectTo(second, url));
    first.close();
}

void tst_FunctionDebugRuns::runThroughSocketIsLogged()
{
    const qsizetype logged = m_fx.logs(QStringLiteral("FUNCTION")).size();
    const Answer ticket = m_fx.call(
        "POST", route(),
        { { QStringLiteral("name"), QStringLiteral("double") },
          { QStringLiteral("arguments"), QJsonArray { 4 } } });
    QCOMPARE(ticket.status, 201);
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(connectTo(socket, ticket.object().value(QStringLiteral("websocket_url")).toString()));
    socket.sendTextMessage(QStringLiteral(R"({"id": 1, "method": "Runtime.enable"})"));
    socket.sendTextMessage(
        QStringLiteral(R"({"id": 2, "method": "Runtime.runIfWaitingForDebugger"})"));
    bool sawConsole = false;
    const QJsonObject finished
        = waitForFinish(messages, 20000, QStringLiteral("Runtime.consoleAPICalled"), &sawConsole);
    QVERIFY(!finished.isEmpty());
    QVERIFY(sawConsole);
    QCOMPARE(finished.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("$numberDouble"))
                 .toString(),
             QStringLiteral("8"));
    // Sessions of earlier tests may log their ends meanwhile: look for this run's entry.
    const auto thisRun = [&] {
        const QList<QJsonObject> entries = m_fx.logs(QStringLiteral("FUNCTION"));
        for (qsizetype i = logged; i < entries.size(); ++i) {
            const QJsonObject call = entries.at(i).value(QStringLiteral("function_call")).toObject();
            if (call.value(QStringLiteral("arguments")).toArray() == QJsonArray { 4 })
                return entries.at(i);
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!thisRun().isEmpty(), 5000);
    const QJsonObject entry = thisRun();
    QCOMPARE(entry.value(QStringLiteral("function_name")).toString(), QStringLiteral("double"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
}

void tst_FunctionDebugRuns::debugRunReachesLocalData()
{
    // A debug run's context.services calls go to the local MongoDB service as an ordinary run's
    // do (the debug process is not one of the runtime's workers).
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/services")),
                       { { QStringLiteral("name"), QStringLiteral("mongodb-atlas") },
                         { QStringLiteral("type"), QStringLiteral("mongodb-atlas") },
                         { QStringLiteral("config"),
                           QJsonObject { { QStringLiteral("clusterName"),
                                           QStringLiteral("Cluster0") } } } })
                 .status,
             201);
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/functions")),
                       { { QStringLiteral("name"), QStringLiteral("storeAndCount") },
                         { QStringLiteral("source"),
                           QStringLiteral(
                               "exports = async function(n) {\n"
                               "  const c = context.services.get('mongodb-atlas').db('d')"
                               ".collection('c');\n"
                               "  await c.insertOne({ n });\n"
                               "  return c.count({ n });\n};") } })
                 .status,
             201);
    const Answer ticket = m_fx.call(
        "POST", route(),
        { { QStringLiteral("name"), QStringLiteral("storeAndCount") },
          { QStringLiteral("arguments"), QJsonArray { 7 } } });
    QCOMPARE(ticket.status, 201);
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(connectTo(socket, ticket.object().value(QStringLiteral("websocket_url")).toString()));
    socket.sendTextMessage(
        QStringLiteral(R"({"id": 1, "method": "Runtime.runIfWaitingForDebugger"})"));
    const QJsonObject finished = waitForFinish(messages, 20000);
    QVERIFY(!finished.isEmpty());
    const QJsonObject run = finished.value(QStringLiteral("result")).toObject();
    QVERIFY2(run.value(QStringLiteral("error")).toString().isEmpty(),
             qPrintable(run.value(QStringLiteral("error")).toString()));
    const QJsonValue count = run.value(QStringLiteral("result"));
    QVERIFY2(count.toObject().value(QStringLiteral("$numberInt")).toString() == QLatin1String("1")
                 || count.toObject().value(QStringLiteral("$numberDouble")).toString()
                     == QLatin1String("1"),
             QJsonDocument(run).toJson(QJsonDocument::Compact).constData());
}

void tst_FunctionDebugRuns::processEndsWhenDebuggerLeaves()
{
    const Answer ticket = start();
    QCOMPARE(ticket.status, 201);
    const qint64 pid = qint64(ticket.object().value(QStringLiteral("process_id")).toDouble());
    QVERIFY(processAlive(pid));
    {
        QWebSocket socket;
        QVERIFY(connectTo(socket,
                          ticket.object().value(QStringLiteral("websocket_url")).toString()));
        socket.close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
}

void tst_FunctionDebugRuns::pausedSessionEndsAtTimeLimit()
{
    // A server of its own, with a six-second session limit (--debug-time-limit 6): long enough
    // for a loaded machine to start the process and connect, which the limit counts too.
    Fixture fx;
    fx.configure
        = [](stitchlocal::ServerOptions &options) { options.debugSessionTimeLimitMs = 6000; };
    QVERIFY(fx.start());
    QCOMPARE(fx.call("POST", fx.appPath(QStringLiteral("/functions")),
                     { { QStringLiteral("name"), QStringLiteral("stops") },
                       { QStringLiteral("source"),
                         QStringLiteral("exports = function() {\n  debugger;\n  return 1;\n};") } })
                 .status,
             201);
    QElapsedTimer clock; // the limit counts from the ticket
    clock.start();
    const Answer ticket
        = fx.call("POST", fx.appPath(QStringLiteral("/local/debug_runs?run_as_system=true")),
                  { { QStringLiteral("name"), QStringLiteral("stops") } });
    QCOMPARE(ticket.status, 201);
    QCOMPARE(ticket.object().value(QStringLiteral("time_limit_seconds")).toInt(), 6);
    const qint64 pid = qint64(ticket.object().value(QStringLiteral("process_id")).toDouble());
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(connectTo(socket, ticket.object().value(QStringLiteral("websocket_url")).toString()));
    socket.sendTextMessage(QStringLiteral(R"({"id": 1, "method": "Debugger.enable"})"));
    socket.sendTextMessage(
        QStringLiteral(R"({"id": 2, "method": "Runtime.runIfWaitingForDebugger"})"));
    // It pauses at debugger; and stays paused (nobody resumes) until the limit ends it.
    bool paused = false;
    const QJsonObject finished
        = waitForFinish(messages, 30000, QStringLiteral("Debugger.paused"), &paused);
    QVERIFY(paused);
    // Qt's coarse timers fire up to 5 % early (the bound leaves room to spare).
    QVERIFY2(clock.elapsed() >= 5400, qPrintable(QString::number(clock.elapsed())));
    const QString error = errorMessageOf(finished);
    QVERIFY2(error.contains(QLatin1String("time limit of 6 seconds")), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
    // The FUNCTION log entry of the run says why it ended.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &entry : fx.logs(QStringLiteral("FUNCTION")))
                if (entry.value(QStringLiteral("function_name")).toString()
                        == QLatin1String("stops")
                    && entry.value(QStringLiteral("error"))
                           .toString()
                           .contains(QLatin1String("time limit")))
                    return true;
            return false;
        }(),
        5000);
}

void tst_FunctionDebugRuns::outOfMemoryEndsTheRun()
{
    // A debug process has the same memory limit as a worker: past it the run ends with an error
    // that says so, the process is gone, and the server goes on serving.
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/functions")),
                       { { QStringLiteral("name"), QStringLiteral("hog") },
                         { QStringLiteral("source"),
                           QStringLiteral("exports = function() {\n  const all = [];\n"
                                          "  for (;;) all.push(new Array(1e6).fill(7));\n};") } })
                 .status,
             201);
    const Answer ticket = start(QStringLiteral("hog"));
    QCOMPARE(ticket.status, 201);
    const qint64 pid = qint64(ticket.object().value(QStringLiteral("process_id")).toDouble());
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(connectTo(socket, ticket.object().value(QStringLiteral("websocket_url")).toString()));
    socket.sendTextMessage(
        QStringLiteral(R"({"id": 1, "method": "Runtime.runIfWaitingForDebugger"})"));
    const QJsonObject finished = waitForFinish(messages, 60000);
    QVERIFY(!finished.isEmpty());
    const QString error = errorMessageOf(finished);
    QVERIFY2(error.contains(QLatin1String("memory limit exceeded")),
             QJsonDocument(finished).toJson(QJsonDocument::Compact).constData());
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
    // An ordinary run right after is unharmed.
    const Answer run = m_fx.call(
        "POST", m_fx.appPath(QStringLiteral("/debug/execute_function?run_as_system=true")),
        { { QStringLiteral("name"), QStringLiteral("double") },
          { QStringLiteral("arguments"), QJsonArray { 5 } } });
    QCOMPARE(run.status, 200);
}

void tst_FunctionDebugRuns::perAppLimit()
{
    // Sessions of earlier test functions may still be dying: start from none.
    QList<qint64> pids;
    for (int i = 0; i < 3; ++i) {
        Answer ticket = start();
        for (int tries = 0; ticket.status == 429 && tries < 50; ++tries) {
            QTest::qWait(200); // a session of an earlier test may still be ending
            ticket = start();
        }
        QVERIFY2(ticket.status == 201, ticket.body.constData());
        pids.append(qint64(ticket.object().value(QStringLiteral("process_id")).toDouble()));
    }
    const Answer fourth = start();
    QCOMPARE(fourth.status, 429);
    QCOMPARE(fourth.errorCode(), QStringLiteral("DebugSessionLimit"));
    QVERIFY(fourth.object().value(QStringLiteral("error")).toString().contains(u'3'));
    // Each is a process of its own.
    QCOMPARE(QSet<qint64>(pids.begin(), pids.end()).size(), 3);
}

void tst_FunctionDebugRuns::serverStopEndsProcesses()
{
    // The sessions of perAppLimit are still open (nobody connected): stopping ends them.
    m_fx.server.reset();
    // The debug processes were children of this (test) process: none may be left over.
    QTRY_VERIFY_WITH_TIMEOUT(
        [] {
            QProcess ps;
            ps.start(QStringLiteral("pgrep"),
                     { QStringLiteral("-P"), QString::number(QCoreApplication::applicationPid()),
                       QStringLiteral("node") });
            ps.waitForFinished(5000);
            return ps.readAllStandardOutput().trimmed().isEmpty();
        }(),
        5000);
}

QTEST_GUILESS_MAIN(tst_FunctionDebugRuns)
#include "tst_functiondebugruns.moc"
