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
    void workerCrashAndRecovery();
    void missingNode();
    void nodeWithoutPermissionModel();

private:
    FunctionRuntime *m_runtime = nullptr;
};

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
    QSignalSpy spy(&runtime, &FunctionRuntime::finished);
    // A loop after an await is out of vm's reach: only killing the worker stops it.
    const quint64 stuck
        = runtime.run(source("exports = async () => { await null; for (;;) {} };", 300));
    const quint64 bystander
        = runtime.run(source("exports = () => new Promise(r => setTimeout(r, 60000));", 90000));
    const auto results = waitForRuns(spy, { stuck, bystander }, 20000);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.value(stuck).errorCode, "ExecutionTimeLimitExceeded");
    QCOMPARE(results.value(bystander).errorCode, "FunctionExecutionError");
    QVERIFY(results.value(bystander).errorMessage.contains("restarted"));

    const auto next = runAndWait(&runtime, source("exports = () => 1;"));
    QVERIFY(next);
    QVERIFY(next->ok());
}

void TestRuntimeLimits::secondWorkerServesWhileOneIsBusy()
{
    FunctionRuntime runtime; // two workers
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
