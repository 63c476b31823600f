#include "runtimetest.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace stitchlocal;
using namespace runtimetest;

// How runs are bounded (time, memory) and how the runtime survives a stuck, dead or missing worker.
class TestRuntimeLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeLimit_data();
    void timeLimit();
    void stuckWorkerIsRestarted();
    void secondWorkerServesWhileOneIsBusy();
    void memoryLimit();
    void memoryOutsideTheHeap();
    void endlessPromiseChainLeavesNextRunAlone();
    void triggerFloodLeavesTestRunsAlone();
    void workerCrashAndRecovery();
    void missingNode();
    void nodeWithoutPermissionModel();

private:
    FunctionRuntime *m_runtime = nullptr;
};

namespace {
//! Starts both of a runtime's workers with two runs at once, so a timed check that follows does
//! not count Node.js starting up (slow when every test of a parallel ctest starts at once).
void warmBothWorkers(FunctionRuntime &runtime)
{
    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    const quint64 a = runtime.run(source("exports = () => new Promise(r => setTimeout(r, 200));"));
    const quint64 b = runtime.run(source("exports = () => new Promise(r => setTimeout(r, 200));"));
    QCOMPARE(waitForRuns(spy, { a, b }, 30000).size(), 2);
    QCOMPARE(runtime.workerProcessIds().size(), 2);
}
} // namespace

void TestRuntimeLimits::initTestCase()
{
    m_runtime = new FunctionRuntime(this);
    m_runtime->warmUp();
    QTRY_VERIFY_WITH_TIMEOUT(!m_runtime->workerProcessIds().isEmpty(), 20000);
}

void TestRuntimeLimits::timeLimit_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("sync loop") << "exports = function() { while (true) {} };";
    QTest::newRow("never resolves") << "exports = () => new Promise(() => {});";
    QTest::newRow("timer chain")
        << "exports = async () => { for (;;) await new Promise(r => setTimeout(r, 10)); };";
    QTest::newRow("nested sync loop") << "exports = () => context.functions.execute('spin');";
}

void TestRuntimeLimits::timeLimit()
{
    QFETCH(QString, code);
    RunRequest request = source(code, 300);
    request.functions = object(R"({"spin": "exports = () => { for (;;) {} };"})");
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QCOMPARE(result->errorCode, "ExecutionTimeLimitExceeded");
    QVERIFY(result->executionNs >= 300LL * 1000 * 1000);

    // The same warm worker still answers.
    const auto next = runAndWait(m_runtime, source("exports = () => 'alive';"));
    QVERIFY(next);
    QCOMPARE(next->result.toString(), "alive");
}

void TestRuntimeLimits::stuckWorkerIsRestarted()
{
    RuntimeOptions options;
    options.workers = 1;
    options.watchdogGraceMs = 300;
    FunctionRuntime runtime(options);
    runtime.warmUp();
    QTRY_COMPARE_WITH_TIMEOUT(runtime.workerProcessIds().size(), 1, 20000);
    const qint64 pid = runtime.workerProcessIds().constFirst();
    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    // A loop after an await runs among the context's own microtasks, under vm's time limit
    // (microtaskMode 'afterEvaluate'): it is stopped in its run, and the worker stays up.
    const quint64 stuck
        = runtime.run(source("exports = async () => { await null; for (;;) {} };", 300));
    const quint64 bystander = runtime.run(
        source("exports = () => new Promise(r => setTimeout(() => r('waited'), 1000));", 90000));
    const auto results = waitForRuns(spy, { stuck, bystander }, 20000);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.value(stuck).errorCode, "ExecutionTimeLimitExceeded");
    QCOMPARE(results.value(bystander).errorMessage, QString());
    QCOMPARE(results.value(bystander).result.toString(), "waited");
    QCOMPARE(runtime.workerProcessIds(), QList<qint64> { pid });

    const auto next = runAndWait(&runtime, source("exports = () => 1;"));
    QVERIFY(next);
    QVERIFY(next->ok());
}

void TestRuntimeLimits::secondWorkerServesWhileOneIsBusy()
{
    FunctionRuntime runtime; // two workers
    warmBothWorkers(runtime);
    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    const quint64 busy = runtime.run(source("exports = () => { for (;;) {} };", 3000));
    const quint64 quick = runtime.run(source("exports = () => 'quick';"));
    const auto results = waitForRuns(spy, { busy, quick }, 30000);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.value(quick).result.toString(), "quick");
    QCOMPARE(results.value(busy).errorCode, "ExecutionTimeLimitExceeded");
    // The quick run did not wait for the loop on the other worker.
    QCOMPARE(spy.first().at(0).toULongLong(), quick);
    QCOMPARE(runtime.workerProcessIds().size(), 2);
}

void TestRuntimeLimits::memoryLimit()
{
    RuntimeOptions options;
    options.workers = 1;
    options.memoryLimitMb = 32;
    FunctionRuntime runtime(options);
    const auto hog = runAndWait(
        &runtime,
        source("exports = () => { const a = []; for (;;) a.push({ n: a.length, s: [1, 2, 3] }); };",
               60000),
        60000);
    QVERIFY(hog);
    QCOMPARE(hog->errorCode, "FunctionExecutionError");
    QVERIFY2(hog->errorMessage.contains("memory"), qPrintable(hog->errorMessage));

    const auto next = runAndWait(&runtime, source("exports = () => 'fresh';"));
    QVERIFY(next);
    QCOMPARE(next->result.toString(), "fresh");
}

void TestRuntimeLimits::memoryOutsideTheHeap()
{
    // Typed arrays live outside the V8 heap: 10 x 200 MB once grew a worker to 2 GB.
    RuntimeOptions options;
    options.workers = 1;
    FunctionRuntime runtime(options);
    const auto hog = runAndWait(&runtime,
                                source("exports = () => { const a = [];"
                                       " for (let i = 0; i < 10; i++)"
                                       " a.push(new Uint8Array(200e6).fill(1));"
                                       " return a.length; };",
                                       60000),
                                60000);
    QVERIFY(hog);
    QCOMPARE(hog->errorCode, "FunctionExecutionError");
    QVERIFY2(hog->errorMessage.contains("memory limit")
                 && hog->errorMessage.contains(QString::number(options.processMemoryLimitMb)),
             qPrintable(hog->errorMessage));
    QTRY_VERIFY_WITH_TIMEOUT(runtime.workerProcessIds().isEmpty(), 20000); // restarted on demand

    const auto next = runAndWait(&runtime, source("exports = () => 'fresh';"));
    QVERIFY(next);
    QCOMPARE(next->errorMessage, QString());
    QCOMPARE(next->result.toString(), "fresh");
}

void TestRuntimeLimits::endlessPromiseChainLeavesNextRunAlone()
{
    // The run answers at once and leaves a chain of microtasks that never ends behind it.
    RuntimeOptions options;
    options.workers = 1;
    FunctionRuntime runtime(options);
    const auto chain = runAndWait(
        &runtime,
        source("exports = () => { const loop = () => Promise.resolve().then(loop); loop();"
               " return 1; };",
               1000));
    QVERIFY(chain);
    // The same worker serves the next run, and the chain has no part in it.
    const auto next = runAndWait(&runtime,
                                 source("exports = async () => { await null;"
                                        " return 'next'; };",
                                        5000));
    QVERIFY(next);
    QCOMPARE(next->errorMessage, QString());
    QCOMPARE(next->result.toString(), "next");
}

void TestRuntimeLimits::triggerFloodLeavesTestRunsAlone()
{
    // Twenty background runs of 300 ms of synchronous work each (what anonymous logins fire),
    // then an admin's test run with a limit of 1 s: it does not wait behind them.
    RuntimeOptions options;
    options.backgroundQueuePerApp = 8;
    FunctionRuntime runtime(options);
    warmBothWorkers(runtime);
    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    QList<quint64> triggers;
    for (int i = 0; i < 20; ++i) {
        RunRequest request = source("exports = () => { const end = Date.now() + 300;"
                                    " while (Date.now() < end) {} return 'trigger'; };");
        request.name = QStringLiteral("onLogin");
        request.background = true;
        request.queueKey = QStringLiteral("app1");
        triggers.append(runtime.run(request));
    }
    const quint64 admin = runtime.run(source("exports = () => 'admin';", 1000));
    const auto adminResult = waitForRuns(spy, { admin }, 20000);
    QVERIFY(adminResult.contains(admin));
    QCOMPARE(adminResult.value(admin).errorMessage, QString());
    QCOMPARE(adminResult.value(admin).result.toString(), QStringLiteral("admin"));

    // One runs, eight wait, and the other eleven are refused at once, saying why.
    const auto results = waitForRuns(spy, triggers, 60000);
    QCOMPARE(results.size(), triggers.size());
    int ran = 0;
    int refused = 0;
    for (const RunResult &result : results) {
        if (result.ok() && result.result.toString() == QLatin1String("trigger"))
            ++ran;
        else if (result.errorMessage.contains(QLatin1String("already waiting")))
            ++refused;
    }
    QCOMPARE(ran, 9);
    QCOMPARE(refused, 11);
}

void TestRuntimeLimits::workerCrashAndRecovery()
{
    RuntimeOptions options;
    options.workers = 1;
    FunctionRuntime runtime(options);
    runtime.warmUp();
    QTRY_COMPARE_WITH_TIMEOUT(runtime.workerProcessIds().size(), 1, 20000);
    const qint64 pid = runtime.workerProcessIds().constFirst();

    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    const quint64 inFlight
        = runtime.run(source("exports = () => new Promise(r => setTimeout(r, 60000));", 90000));
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    const auto results = waitForRuns(spy, { inFlight }, 20000);
    QVERIFY(results.contains(inFlight));
    QCOMPARE(results.value(inFlight).errorCode, "FunctionExecutionError");
    QVERIFY2(results.value(inFlight).errorMessage.contains("crashed"),
             qPrintable(results.value(inFlight).errorMessage));

    const auto next = runAndWait(&runtime, source("exports = () => 'back';"));
    QVERIFY(next);
    QCOMPARE(next->result.toString(), "back");
    QCOMPARE(runtime.workerProcessIds().size(), 1);
    QVERIFY(runtime.workerProcessIds().constFirst() != pid);
}

void TestRuntimeLimits::missingNode()
{
    RuntimeOptions options;
    options.nodePath = QStringLiteral("/nonexistent/node");
    FunctionRuntime runtime(options);
    const auto result = runAndWait(&runtime, source("exports = () => 1;"));
    QVERIFY(result);
    QCOMPARE(result->errorCode, "FunctionExecutionError");
    QVERIFY(result->errorMessage.contains("could not start"));
    const auto check = checkAndWait(&runtime, "exports = 1;");
    QVERIFY(check);
    QVERIFY(!check->ok());
    QVERIFY(check->errorCode != QLatin1String("FunctionSyntaxError"));
}

void TestRuntimeLimits::nodeWithoutPermissionModel()
{
    // Stands in for Node.js 18, which refuses the permission model's flag.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile fakeNode(dir.filePath(QStringLiteral("node")));
    QVERIFY(fakeNode.open(QIODevice::WriteOnly));
    fakeNode.write("#!/bin/sh\n"
                   "for a in \"$@\"; do case \"$a\" in --experimental-permission)\n"
                   "  echo 'node: bad option: --experimental-permission' >&2; exit 9;; esac; done\n"
                   "exec /usr/bin/node \"$@\"\n");
    fakeNode.close();
    fakeNode.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    RuntimeOptions options;
    options.nodePath = fakeNode.fileName();
    options.workers = 1;
    FunctionRuntime runtime(options);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("has no permission model"));
    const auto result = runAndWait(&runtime, source("exports = () => typeof process;"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(result->result.toString(), "undefined");
}

QTEST_GUILESS_MAIN(TestRuntimeLimits)
#include "tst_runtimelimits.moc"
