// The debugger through the console's production classes (debugruncalls, DebuggerClient, the
// call-stack and variables models) against the in-process stitch-local and its Node.js runtime:
// a breakpoint on a line, pause there, read a local, step over, evaluate, continue and get the
// result; a breakpoint on a line without code; stepping into a function reached through
// context.functions.execute; pausing on an exception; the debug process killed while paused;
// console output as it happens; the run held back until the breakpoints set before it are
// answered (through a loopback relay that slows the answers down).

#include "../ui/signedinfixture.h"

#include <api/debuggerclient.h>
#include <api/debugruncalls.h>
#include <models/callstackmodel.h>
#include <models/variablesmodel.h>

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>

namespace {

const QString MainSource = QStringLiteral("exports = function(a) {\n" // 1
                                          "  const b = a * 2;\n" // 2
                                          "  const c = b + 1;\n" // 3
                                          "  const d = context.functions.execute('dbgHelper', c);\n" // 4
                                          "  console.log('d is', d);\n" // 5
                                          "  return { d, list: [b, c] };\n" // 6
                                          "};\n");
const QString HelperSource = QStringLiteral("exports = function(x) {\n"
                                            "  const y = x * 10;\n"
                                            "  return y;\n"
                                            "};\n");
const QString GapSource = QStringLiteral("exports = function() {\n"
                                         "\n"
                                         "  // nothing here either\n"
                                         "  const v = 5;\n"
                                         "  return v;\n"
                                         "};\n");
const QString ThrowSource = QStringLiteral("exports = function() {\n"
                                           "  const why = 'boom';\n"
                                           "  throw new Error(why);\n"
                                           "};\n");

} // namespace

class tst_Debugger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void breakpointStepEvaluateContinue();
    void runWaitsForItsBreakpoints();
    void breakpointOnLineWithoutCodeMoves();
    void stepIntoExecutedFunction();
    void pauseOnException();
    void processKilledWhilePaused();
    void unknownFunctionRefused();

private:
    //! A started, enabled debugger of name (or source), arguments [3]; nullptr on failure.
    std::unique_ptr<DebuggerClient> open(const QString &name, qint64 *pid = nullptr,
                                         const QString &source = QString());
    template<typename T> static bool finish(DebugCall<T> *call, T *result = nullptr)
    {
        QSignalSpy done(call, &DebugCallBase::finished);
        if (!call->isFinished() && !done.wait(15000))
            return false;
        if (result && call->ok())
            *result = call->result();
        return call->ok();
    }
    static PauseInfo waitPause(QSignalSpy &paused)
    {
        if (paused.isEmpty() && !paused.wait(15000))
            return {};
        return paused.takeFirst().at(0).value<PauseInfo>();
    }
    static QList<PropertyInfo> locals(DebuggerClient &client, const CallFrame &frame)
    {
        for (const DebugScope &scope : frame.scopes) {
            if (scope.type == QLatin1String("local")) {
                QList<PropertyInfo> result;
                finish(client.properties(scope.objectId), &result);
                return result;
            }
        }
        return {};
    }
    static QString valueOf(const QList<PropertyInfo> &properties, const QString &name)
    {
        for (const PropertyInfo &property : properties) {
            if (property.name == name)
                return property.value.display();
        }
        return QStringLiteral("<missing>");
    }

    SignedInFixture m_fx;
};

void tst_Debugger::initTestCase()
{
    QVERIFY(m_fx.start());
    const QList<QPair<QString, QString>> functions {
        { QStringLiteral("dbgMain"), MainSource },
        { QStringLiteral("dbgHelper"), HelperSource },
        { QStringLiteral("dbgGap"), GapSource },
        { QStringLiteral("dbgThrow"), ThrowSource },
    };
    for (const auto &[name, source] : functions) {
        StitchFunction function;
        function.name = name;
        function.source = source;
        QVERIFY(SignedInFixture::finish(functioncalls::create(*m_fx.session->client(),
                                                              m_fx.groupId, m_fx.app.id,
                                                              function)));
    }
}

std::unique_ptr<DebuggerClient> tst_Debugger::open(const QString &name, qint64 *pid,
                                                   const QString &source)
{
    DebugRunRequest request;
    request.name = name;
    request.source = source;
    request.arguments = QJsonArray { 3 };
    auto *job = debugruncalls::start(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, request);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok()) {
        qWarning("debug run refused: %s", qPrintable(job->error().summary()));
        return nullptr;
    }
    const DebugTicket ticket = job->result();
    if (pid)
        *pid = ticket.processId;
    auto client = std::make_unique<DebuggerClient>();
    QSignalSpy opened(client.get(), &DebuggerClient::opened);
    client->open(ticket.webSocketUrl);
    if (!opened.wait(10000))
        return nullptr;
    if (!finish(client->enable()))
        return nullptr;
    finish(client->setSkippedScripts({ QStringLiteral("^stitch:"), QStringLiteral("^\\[eval\\]"),
                                       QStringLiteral("^node:") }));
    return client;
}

void tst_Debugger::breakpointStepEvaluateContinue()
{
    std::unique_ptr<DebuggerClient> client = open(QStringLiteral("dbgMain"));
    QVERIFY(client);
    QSignalSpy paused(client.get(), &DebuggerClient::paused);
    QSignalSpy finished(client.get(), &DebuggerClient::runFinished);
    QSignalSpy closed(client.get(), &DebuggerClient::closed);
    QSignalSpy console(client.get(), &DebuggerClient::consoleMessage);
    // Line 3 of the editor ("const c = b + 1;") is line 2 to the protocol.
    BreakpointSet set;
    QVERIFY(finish(client->setBreakpoint(debugurls::ofFunction(QStringLiteral("dbgMain")), 2),
                   &set));
    QVERIFY(!set.id.isEmpty());
    QVERIFY(finish(client->startRun()));

    PauseInfo pause = waitPause(paused);
    QVERIFY(!pause.appFrames().isEmpty());
    CallFrame top = pause.appFrames().first();
    QCOMPARE(top.appFunction(), QStringLiteral("dbgMain"));
    QCOMPARE(top.line, 2);
    QVERIFY(client->isPaused());
    QList<PropertyInfo> vars = locals(*client, top);
    QCOMPARE(valueOf(vars, QStringLiteral("a")), QStringLiteral("3"));
    QCOMPARE(valueOf(vars, QStringLiteral("b")), QStringLiteral("6"));

    // The models over the same pause.
    CallStackModel stack;
    QAbstractItemModelTester stackTester(&stack,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    stack.setPause(pause);
    QCOMPARE(stack.rowCount(), 1);
    QCOMPARE(stack.index(0).data(CallStackModel::FunctionRole).toString(),
             QStringLiteral("dbgMain"));
    QCOMPARE(stack.index(0).data(CallStackModel::LineRole).toInt(), 3);
    VariablesModel variables(client.get());
    QAbstractItemModelTester variablesTester(
        &variables, QAbstractItemModelTester::FailureReportingMode::QtTest);
    variables.setFrame(top);
    QVERIFY(variables.rowCount() >= 1);
    const QModelIndex local = variables.index(0, 0);
    QCOMPARE(local.data().toString(), QStringLiteral("Local"));
    QVERIFY(variables.hasChildren(local));
    QCOMPARE(variables.rowCount(local), 0); // nothing loaded before it is expanded
    // (The model tester may have asked for the rows already.)
    if (variables.canFetchMore(local))
        variables.fetchMore(local);
    QTRY_VERIFY_WITH_TIMEOUT(variables.rowCount(local) >= 2, 10000);
    QString bValue;
    for (int row = 0; row < variables.rowCount(local); ++row) {
        if (variables.index(row, 0, local).data().toString() == QLatin1String("b"))
            bValue = variables.index(row, 1, local).data().toString();
    }
    QCOMPARE(bValue, QStringLiteral("6"));

    // Step over: line 4 of the editor.
    QVERIFY(finish(client->stepOver()));
    pause = waitPause(paused);
    QVERIFY(!pause.appFrames().isEmpty());
    top = pause.appFrames().first();
    QCOMPARE(top.line, 3);
    QCOMPARE(valueOf(locals(*client, top), QStringLiteral("c")), QStringLiteral("7"));

    EvalResult eval;
    QVERIFY(finish(client->evaluate(top.id, QStringLiteral("c * 2 + a")), &eval));
    QVERIFY(!eval.threw);
    QCOMPARE(eval.value.display(), QStringLiteral("17"));
    QVERIFY(finish(client->evaluate(top.id, QStringLiteral("nope.x")), &eval));
    QVERIFY(eval.threw);
    QVERIFY2(eval.exceptionText.contains(QLatin1String("nope")), qPrintable(eval.exceptionText));
    // An expression that never ends is stopped and answers as an error, and the run goes on.
    auto *endless = client->evaluate(top.id, QStringLiteral("while (true) {}"), 300);
    QSignalSpy endlessDone(endless, &DebugCallBase::finished);
    QVERIFY(endlessDone.wait(10000));
    QVERIFY(!endless->ok() || endless->result().threw);

    QVERIFY(finish(client->resume()));
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    const FunctionRunResult result = finished.first().at(0).value<FunctionRunResult>();
    QVERIFY2(result.errorMessage.isEmpty(), qPrintable(result.errorMessage));
    const QJsonObject value = result.result.toObject();
    QCOMPARE(value.value(QStringLiteral("d")).toObject().value(QStringLiteral("$numberDouble"))
                 .toString(),
             QStringLiteral("70"));
    QTRY_VERIFY_WITH_TIMEOUT(!console.isEmpty(), 5000);
    QCOMPARE(console.first().at(1).toString(), QStringLiteral("d is 70"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(closed.first().at(0).toString(), QString());
}

void tst_Debugger::runWaitsForItsBreakpoints()
{
    DebugRunRequest request;
    request.name = QStringLiteral("dbgMain");
    request.arguments = QJsonArray { 3 };
    auto *job = debugruncalls::start(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, request);
    QSignalSpy started(job, &ApiJob::finished);
    QVERIFY(started.wait(20000));
    QVERIFY2(job->ok(), qPrintable(job->error().summary()));
    const QUrl upstreamUrl = job->result().webSocketUrl;

    // A relay on loopback between the client and stitch-local: it notes the order in which the
    // client's commands leave and the answers reach the client, and delays everything coming back
    // by 200 ms, as a busy debug process would.
    QWebSocketServer relay(QStringLiteral("relay"), QWebSocketServer::NonSecureMode);
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    QStringList order;
    QHash<int, QString> methods;
    QWebSocket upstream;
    QList<QString> toSend;
    QPointer<QWebSocket> downstream;
    connect(&relay, &QWebSocketServer::newConnection, this, [&] {
        downstream = relay.nextPendingConnection();
        connect(downstream, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            const QJsonObject command = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString method = command.value(QStringLiteral("method")).toString();
            methods.insert(command.value(QStringLiteral("id")).toInt(), method);
            order.append(QStringLiteral("sent ") + method);
            if (upstream.isValid())
                upstream.sendTextMessage(text);
            else
                toSend.append(text);
        });
        connect(&upstream, &QWebSocket::connected, this, [&] {
            for (const QString &text : std::as_const(toSend))
                upstream.sendTextMessage(text);
            toSend.clear();
        });
        connect(&upstream, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            QTimer::singleShot(200, this, [&, text] {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                if (message.contains(QStringLiteral("id")))
                    order.append(QStringLiteral("answered ")
                                 + methods.value(message.value(QStringLiteral("id")).toInt()));
                if (downstream)
                    downstream->sendTextMessage(text);
            });
        });
        upstream.open(upstreamUrl);
    });

    // What the editor does: everything at once, without waiting for answers.
    DebuggerClient client;
    QSignalSpy paused(&client, &DebuggerClient::paused);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(relay.serverPort())));
    client.enable();
    client.setBreakpoint(debugurls::ofFunction(QStringLiteral("dbgMain")), 1);
    DebugCall<bool> *run = client.startRun();
    const PauseInfo pause = waitPause(paused);
    QVERIFY2(!pause.appFrames().isEmpty(), qPrintable(order.join(QStringLiteral(", "))));
    QCOMPARE(pause.appFrames().first().line, 1);
    QVERIFY(run->isFinished() || QSignalSpy(run, &DebugCallBase::finished).wait(5000));
    const qsizetype runSent = order.indexOf(QStringLiteral("sent Runtime.runIfWaitingForDebugger"));
    const qsizetype breakpointAnswered
        = order.indexOf(QStringLiteral("answered Debugger.setBreakpointByUrl"));
    QVERIFY2(runSent > breakpointAnswered && breakpointAnswered >= 0,
             qPrintable(order.join(QStringLiteral(", "))));
    client.close();
}

void tst_Debugger::breakpointOnLineWithoutCodeMoves()
{
    std::unique_ptr<DebuggerClient> client = open(QStringLiteral("dbgGap"));
    QVERIFY(client);
    QSignalSpy paused(client.get(), &DebuggerClient::paused);
    QSignalSpy resolved(client.get(), &DebuggerClient::breakpointResolved);
    // Line 2 of the editor is empty, line 3 a comment: the breakpoint moves to line 4.
    QVERIFY(finish(client->setBreakpoint(debugurls::ofFunction(QStringLiteral("dbgGap")), 1)));
    QVERIFY(finish(client->startRun()));
    const PauseInfo pause = waitPause(paused);
    QVERIFY(!pause.appFrames().isEmpty());
    QCOMPARE(pause.appFrames().first().line, 3);
    QVERIFY(!resolved.isEmpty());
    QCOMPARE(resolved.first().at(0).value<BreakpointLocation>().line, 3);
    client->resume();
}

void tst_Debugger::stepIntoExecutedFunction()
{
    std::unique_ptr<DebuggerClient> client = open(QStringLiteral("dbgMain"));
    QVERIFY(client);
    QSignalSpy paused(client.get(), &DebuggerClient::paused);
    QVERIFY(finish(client->setBreakpoint(debugurls::ofFunction(QStringLiteral("dbgMain")), 3)));
    QVERIFY(finish(client->startRun()));
    PauseInfo pause = waitPause(paused);
    QCOMPARE(pause.appFrames().value(0).line, 3);
    // The runtime's own code between the two functions is skipped over.
    QList<CallFrame> frames;
    for (int steps = 0; steps < 1; ++steps) {
        QVERIFY(finish(client->stepInto()));
        pause = waitPause(paused);
        frames = pause.appFrames();
        QStringList where;
        for (const CallFrame &frame : pause.frames)
            where.append(QStringLiteral("%1:%2 %3").arg(frame.url).arg(frame.line).arg(frame.functionName));
        QVERIFY2(frames.size() >= 2, qPrintable(where.join(QStringLiteral(" | "))));
        QCOMPARE(frames.at(0).appFunction(), QStringLiteral("dbgHelper"));
        if (valueOf(locals(*client, frames.at(0)), QStringLiteral("x")) != QLatin1String("<missing>"))
            break;
    }
    QCOMPARE(frames.at(1).appFunction(), QStringLiteral("dbgMain"));
    QCOMPARE(valueOf(locals(*client, frames.at(0)), QStringLiteral("x")), QStringLiteral("7"));
    // Step out lands back in the caller.
    QVERIFY(finish(client->stepOut()));
    pause = waitPause(paused);
    QCOMPARE(pause.appFrames().value(0).appFunction(), QStringLiteral("dbgMain"));
    client->resume();
}

void tst_Debugger::pauseOnException()
{
    std::unique_ptr<DebuggerClient> client = open(QStringLiteral("dbgThrow"));
    QVERIFY(client);
    QSignalSpy paused(client.get(), &DebuggerClient::paused);
    QSignalSpy finished(client.get(), &DebuggerClient::runFinished);
    QVERIFY(finish(client->setPauseOnExceptions(PauseOnExceptions::All)));
    QVERIFY(finish(client->startRun()));
    const PauseInfo pause = waitPause(paused);
    QCOMPARE(pause.reason, QStringLiteral("exception"));
    QVERIFY2(pause.data.description.contains(QLatin1String("boom")),
             qPrintable(pause.data.description));
    QCOMPARE(pause.appFrames().value(0).appFunction(), QStringLiteral("dbgThrow"));
    QCOMPARE(pause.appFrames().value(0).line, 2);
    QVERIFY(finish(client->resume()));
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).value<FunctionRunResult>().errorMessage,
             QStringLiteral("boom"));
}

void tst_Debugger::processKilledWhilePaused()
{
    qint64 pid = 0;
    std::unique_ptr<DebuggerClient> client = open(QStringLiteral("dbgMain"), &pid,
                                                  MainSource); // the buffer, not the saved one
    QVERIFY(client);
    QVERIFY(pid > 0);
    QSignalSpy paused(client.get(), &DebuggerClient::paused);
    QSignalSpy finished(client.get(), &DebuggerClient::runFinished);
    QSignalSpy closed(client.get(), &DebuggerClient::closed);
    QVERIFY(finish(client->setBreakpoint(debugurls::ofFunction(QStringLiteral("dbgMain")), 1)));
    QVERIFY(finish(client->startRun()));
    QVERIFY(!waitPause(paused).frames.isEmpty());
    ::kill(pid_t(pid), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(finished.size(), 1);
    const QString why = finished.first().at(0).value<FunctionRunResult>().errorMessage;
    QVERIFY2(why.contains(QLatin1String("killed")), qPrintable(why));
    QVERIFY(!client->isOpen());
    // What was pending fails rather than hangs.
    QVERIFY(!finish(client->resume()));
}

void tst_Debugger::unknownFunctionRefused()
{
    DebugRunRequest request;
    request.name = QStringLiteral("noSuchFunction");
    auto *job = debugruncalls::start(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, request);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(job->httpStatus(), 404);
    QCOMPARE(job->error().errorCode, QStringLiteral("FunctionNotFound"));
}

QTEST_MAIN(tst_Debugger)
#include "tst_debugger.moc"
