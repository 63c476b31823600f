// What a run computes: the JavaScript it accepts, what it sees of the app, and what it returns.

#include "runtimetest.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace stitchlocal;
using namespace runtimetest;

class TestFunctionRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void goDuration_data();
    void goDuration();
    void wireAnswer();

    void asyncFunction();
    void moduleExportsAndEvalSource();
    void runByName();
    void values();
    void appContextSentOncePerVersion();
    void nestedAsyncExecute();
    void user();
    void request();
    void consoleCapture();
    void ejsonResults_data();
    void ejsonResults();
    void ejsonArguments_data();
    void ejsonArguments();
    void thrownErrors_data();
    void thrownErrors();
    void syntaxErrors_data();
    void syntaxErrors();
    void checkSyntax_data();
    void checkSyntax();
    void sandbox_data();
    void sandbox();
    void concurrentRuns();
    void warmRunLatency();

private:
    FunctionRuntime *m_runtime = nullptr;
};

void TestFunctionRuntime::initTestCase()
{
    m_runtime = new FunctionRuntime(this);
    m_runtime->warmUp();
    QTRY_VERIFY_WITH_TIMEOUT(!m_runtime->workerProcessIds().isEmpty(), 20000);
}

void TestFunctionRuntime::goDuration_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << "0s";
    QTest::newRow("ns") << qint64(812) << "812ns";
    QTest::newRow("us") << qint64(3200) << QStringLiteral("3.2µs");
    QTest::newRow("us whole") << qint64(5000) << QStringLiteral("5µs");
    QTest::newRow("ms") << qint64(1234567) << "1.234567ms";
    QTest::newRow("ms round") << qint64(2000000) << "2ms";
    QTest::newRow("s") << qint64(1500000000) << "1.5s";
    QTest::newRow("minutes") << qint64(123500000000) << "2m3.5s";
    QTest::newRow("whole minutes") << qint64(120000000000) << "2m0s";
    QTest::newRow("hours") << qint64(3600000000000) << "1h0m0s";
    QTest::newRow("negative") << qint64(-1500000) << "-1.5ms";
}

void TestFunctionRuntime::goDuration()
{
    QFETCH(qint64, ns);
    QFETCH(QString, expected);
    QCOMPARE(formatGoDuration(ns), expected);
}

void TestFunctionRuntime::wireAnswer()
{
    RunResult ok;
    ok.result = ejson(R"({"$numberInt": "1"})");
    ok.logs = QStringList { QStringLiteral("a") };
    ok.executionNs = 1500000;
    const QJsonObject answer = ok.toJson();
    QCOMPARE(answer.value("result").toObject(), object(R"({"$numberInt": "1"})"));
    QCOMPARE(answer.value("logs").toArray(), QJsonArray { "a" });
    QCOMPARE(answer.value("error_logs").toArray(), QJsonArray());
    QVERIFY(!answer.contains("error"));
    QCOMPARE(answer.value("stats").toObject().value("execution_time").toString(), "1.5ms");

    const QJsonObject failed
        = RunResult::failure("ExecutionTimeLimitExceeded", "execution time limit exceeded", 0)
              .toJson();
    QCOMPARE(failed.value("error").toObject().value("message").toString(),
             "execution time limit exceeded");
    QCOMPARE(failed.value("error_code").toString(), "ExecutionTimeLimitExceeded");
    QVERIFY(failed.value("result").isNull());
}

void TestFunctionRuntime::asyncFunction()
{
    RunRequest request = source(
        "exports = async function(a, b) { await null; const r = await Promise.resolve(a * b);"
        " return { ...{ r }, missing: undefined?.x ?? 'none' }; }");
    request.arguments = QJsonArray { ejson(R"({"$numberInt": "6"})"), 7 };
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(result->result.toObject(),
             object(R"({"r": {"$numberDouble": "42"}, "missing": "none"})"));
    QVERIFY(result->executionNs > 0);
    QVERIFY(result->executionTime().endsWith(QLatin1Char('s')));
}

void TestFunctionRuntime::moduleExportsAndEvalSource()
{
    const auto viaModule = runAndWait(m_runtime, source("module.exports = () => 'm';"));
    QVERIFY(viaModule);
    QCOMPARE(viaModule->result.toString(), "m");

    RunRequest request = source("exports = function(a, b) { return a + b; };");
    request.evalSource = QStringLiteral("exports(1, 5)");
    const auto evaluated = runAndWait(m_runtime, request);
    QVERIFY(evaluated);
    QCOMPARE(evaluated->result.toObject(), object(R"({"$numberDouble": "6"})"));

    const auto undefinedResult = runAndWait(m_runtime, source("exports = function() {};"));
    QVERIFY(undefinedResult);
    QVERIFY(undefinedResult->ok());
    QVERIFY(undefinedResult->result.isUndefined());
    QVERIFY(undefinedResult->toJson().value("result").isNull());
}

void TestFunctionRuntime::runByName()
{
    RunRequest request;
    request.name = QStringLiteral("sum");
    request.functions = object(R"({"sum": "exports = (...n) => n.reduce((a, b) => a + b, 0);"})");
    request.arguments = QJsonArray { 1, 2, 3 };
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QCOMPARE(result->result.toObject(), object(R"({"$numberDouble": "6"})"));

    request.name = QStringLiteral("nope");
    const auto missing = runAndWait(m_runtime, request);
    QVERIFY(missing);
    QCOMPARE(missing->errorCode, "FunctionNotFound");
    QVERIFY(missing->errorMessage.contains("nope"));
}

void TestFunctionRuntime::appContextSentOncePerVersion()
{
    // Three functions of 1 MB each: the first run carries them, the next ones only name them.
    FunctionRuntime runtime;
    RunRequest request;
    request.name = QStringLiteral("main");
    const QString padding = QStringLiteral("//") + QString(1024 * 1024, u'x') + u'\n';
    request.functions = QJsonObject {
        { QStringLiteral("main"),
          QStringLiteral("exports = () => context.functions.execute('a')"
                         " + context.values.get('v');") },
        { QStringLiteral("a"), padding + QStringLiteral("exports = () => 'a';") },
        { QStringLiteral("b"), padding + QStringLiteral("exports = () => 'b';") },
        { QStringLiteral("c"), padding + QStringLiteral("exports = () => 'c';") },
    };
    request.values = object(R"({"v": "1"})");
    request.contextKey = QStringLiteral("app/");
    request.contextVersion = "v1";
    const auto first = runAndWait(&runtime, request);
    QVERIFY(first);
    QCOMPARE(first->result.toString(), QStringLiteral("a1"));
    const qint64 afterFirst = runtime.bytesSentToWorkers();
    QVERIFY(afterFirst > 3 * 1024 * 1024);

    const auto second = runAndWait(&runtime, request);
    QVERIFY(second);
    QCOMPARE(second->result.toString(), QStringLiteral("a1"));
    const qint64 secondRun = runtime.bytesSentToWorkers() - afterFirst;
    QVERIFY2(secondRun < 4096, qPrintable(QString::number(secondRun)));

    // A new version (the app changed) is sent again, and the run sees it.
    request.values = object(R"({"v": "2"})");
    request.contextVersion = "v2";
    const auto third = runAndWait(&runtime, request);
    QVERIFY(third);
    QCOMPARE(third->result.toString(), QStringLiteral("a2"));
}

void TestFunctionRuntime::values()
{
    RunRequest request = source("exports = () => [context.values.get('greeting'),"
                                " context.values.get('limits').max + 1,"
                                " typeof context.values.get('absent')];");
    request.values = object(R"({"greeting": "hello", "limits": {"max": {"$numberInt": "9"}}})");
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(result->result.toArray(),
             QJsonDocument::fromJson(R"(["hello", {"$numberDouble": "10"}, "undefined"])").array());
}

void TestFunctionRuntime::nestedAsyncExecute()
{
    RunRequest request
        = source("exports = async function(x) {"
                 "  const doubled = await context.functions.execute('double', x);"
                 "  const chained = await context.functions.execute('chain', doubled);"
                 "  return [doubled, chained, context.functions.execute('plain', 2)]; };");
    request.functions = object(R"({
        "double": "exports = async function(x) { await null; return x * 2; };",
        "chain": "exports = async (x) => { const y = await context.functions.execute('double', x); return context.functions.execute('plain', y); };",
        "plain": "exports = function(x) { return x + 1; };"})");
    request.arguments = QJsonArray { 5 };
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(text(result->result),
             R"([[{"$numberDouble":"10"},{"$numberDouble":"21"},{"$numberDouble":"3"}]])");
}

void TestFunctionRuntime::user()
{
    RunRequest request = source("exports = () => [context.user.id, context.user.type];");
    request.userId = QStringLiteral("5c1a");
    const auto asUser = runAndWait(m_runtime, request);
    QVERIFY(asUser);
    QCOMPARE(asUser->result.toArray(), (QJsonArray { "5c1a", "normal" }));

    request.runAsSystem = true;
    const auto asSystem = runAndWait(m_runtime, request);
    QVERIFY(asSystem);
    QCOMPARE(asSystem->result.toArray(), (QJsonArray { "", "system" }));
}

void TestFunctionRuntime::request()
{
    RunRequest request = source("exports = () => [context.request?.remoteIPAddress ?? 'none'];");
    const auto without = runAndWait(m_runtime, request);
    QVERIFY(without);
    QCOMPARE(without->result.toArray(), QJsonArray { "none" });

    request.request = object(R"({"remoteIPAddress": "127.0.0.1"})");
    const auto with = runAndWait(m_runtime, request);
    QVERIFY(with);
    QCOMPARE(with->result.toArray(), QJsonArray { "127.0.0.1" });
}

void TestFunctionRuntime::consoleCapture()
{
    const auto result = runAndWait(
        m_runtime,
        source("exports = async () => { console.log('one', 2, {a: [1]}); console.info('two');"
               " await null; console.error('bad', 'thing'); console.warn('careful');"
               " console.log(`n=${3}`); };"));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->logs, (QStringList { "one 2 { a: [ 1 ] }", "two", "n=3" }));
    QCOMPARE(result->errorLogs, (QStringList { "bad thing", "careful" }));
}

void TestFunctionRuntime::ejsonResults_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    // Every JavaScript number is a double, integral ones too (WIRE.md "Functions").
    QTest::newRow("integral") << "777 + 23"
                              << R"([{"$numberDouble":"800"}])";
    QTest::newRow("sum in an object") << "({sum: 777 + 23})"
                                      << R"([{"sum":{"$numberDouble":"800"}}])";
    QTest::newRow("negative integral") << "-2147483648"
                                       << R"([{"$numberDouble":"-2147483648"}])";
    QTest::newRow("past int32") << "2147483648"
                                << R"([{"$numberDouble":"2147483648"}])";
    QTest::newRow("large") << "2 ** 40"
                           << R"([{"$numberDouble":"1099511627776"}])";
    QTest::newRow("bigint") << "12345678901234567890n"
                            << R"([{"$numberLong":"12345678901234567890"}])";
    QTest::newRow("double") << "1.5"
                            << R"([{"$numberDouble":"1.5"}])";
    QTest::newRow("negative zero") << "-0"
                                   << R"([{"$numberDouble":"-0.0"}])";
    QTest::newRow("nan") << "NaN"
                         << R"([{"$numberDouble":"NaN"}])";
    QTest::newRow("infinity") << "-Infinity"
                              << R"([{"$numberDouble":"-Infinity"}])";
    QTest::newRow("date") << "new Date(1500000000000)"
                          << R"([{"$date":{"$numberLong":"1500000000000"}}])";
    QTest::newRow("nested") << "({ a: [1, 2.5, { b: 3 }], c: undefined, d: null, e: 'x' })"
                            << R"([{"a":[{"$numberDouble":"1"},{"$numberDouble":"2.5"},)"
                               R"({"b":{"$numberDouble":"3"}}],"d":null,"e":"x"}])";
    QTest::newRow("undefined in array") << "[undefined, () => 1]"
                                        << "[[null,null]]";
    QTest::newRow("bool and string") << "[true, 'é']"
                                     << R"([[true,"é"]])";
}

void TestFunctionRuntime::ejsonResults()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const auto result = runAndWait(m_runtime, source("exports = () => " + expression + ";"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(text(result->result), expected);
}

void TestFunctionRuntime::ejsonArguments_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int") << R"({"$numberInt": "3"})"
                         << "number 4";
    QTest::newRow("long") << R"({"$numberLong": "5000000000"})"
                          << "number 5000000001";
    QTest::newRow("double") << R"({"$numberDouble": "1.25"})"
                            << "number 2.25";
    QTest::newRow("plain number") << "7"
                                  << "number 8";
    QTest::newRow("date") << R"({"$date": {"$numberLong": "1000"}})"
                          << "Date 1000";
    QTest::newRow("iso date") << R"({"$date": "1970-01-01T00:00:02Z"})"
                              << "Date 2000";
    QTest::newRow("nested") << R"({"a": [{"$numberInt": "1"}]})"
                            << "object 1";
    QTest::newRow("string") << R"("s")"
                            << "string s1";
}

void TestFunctionRuntime::ejsonArguments()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    RunRequest request
        = source("exports = (v) => v instanceof Date ? `Date ${v.getTime()}`"
                 " : typeof v === 'object' ? `object ${v.a[0]}` : `${typeof v} ${v + 1}`;");
    request.arguments = QJsonArray { ejson(argument.toUtf8().constData()) };
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(result->result.toString(), expected);
}

void TestFunctionRuntime::thrownErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("Error") << "exports = () => { throw new Error('boom'); };"
                           << "FunctionExecutionError"
                           << "Error"
                           << "boom";
    QTest::newRow("TypeError") << "exports = () => null.x;"
                               << "FunctionExecutionError"
                               << "TypeError"
                               << "Cannot read properties of null (reading 'x')";
    QTest::newRow("rejected")
        << "exports = async () => { await null; throw new RangeError('far'); };"
        << "FunctionExecutionError"
        << "RangeError"
        << "far";
    QTest::newRow("string thrown") << "exports = () => { throw 'plain'; };"
                                   << "FunctionExecutionError"
                                   << ""
                                   << "plain";
    QTest::newRow("nested error") << "exports = () => context.functions.execute('fails');"
                                  << "FunctionExecutionError"
                                  << "SyntaxError"
                                  << "Unexpected token ';'";
    QTest::newRow("unknown function") << "exports = () => context.functions.execute('ghost');"
                                      << "FunctionExecutionError"
                                      << "Error"
                                      << "function not found: 'ghost'";
    QTest::newRow("circular") << "exports = () => { const a = {}; a.a = a; return a; };"
                              << "FunctionExecutionError"
                              << "TypeError"
                              << "Converting circular structure to EJSON";
    QTest::newRow("not a function") << "exports = 42;"
                                    << "FunctionExecutionError"
                                    << "TypeError"
                                    << "exports is not a function";
}

void TestFunctionRuntime::thrownErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, errorCode);
    QFETCH(QString, name);
    QFETCH(QString, message);
    RunRequest request = source(code);
    request.functions = object(R"({"fails": "exports = function() { return (; };"})");
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QCOMPARE(result->errorCode, errorCode);
    QCOMPARE(result->errorName, name);
    QCOMPARE(result->errorMessage, message);
    QVERIFY(result->toJson().contains("error"));
}

void TestFunctionRuntime::syntaxErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("evalSource");
    QTest::addColumn<int>("line");
    QTest::newRow("line 1") << "exports = function( {"
                            << "" << 1;
    QTest::newRow("line 3") << "exports = function() {\n  const a = 1;\n  return a +;\n};"
                            << "" << 3;
    QTest::newRow("eval source") << "exports = () => 1;"
                                 << "\nexports(" << 2;
}

void TestFunctionRuntime::syntaxErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, evalSource);
    QFETCH(int, line);
    RunRequest request = source(code);
    request.evalSource = evalSource;
    const auto result = runAndWait(m_runtime, request);
    QVERIFY(result);
    QCOMPARE(result->errorCode, "FunctionSyntaxError");
    QCOMPARE(result->errorName, "SyntaxError");
    QVERIFY(!result->errorMessage.isEmpty());
    QCOMPARE(result->errorLine, line);
}

void TestFunctionRuntime::checkSyntax_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("fine") << "exports = async function(a) { return a?.b ?? { ...a }; };"
                          << "" << 0 << 0;
    QTest::newRow("bad token") << "exports = function() {\n\n  foo bar\n};"
                               << "FunctionSyntaxError" << 3 << 7;
    QTest::newRow("unclosed") << "exports = function() {"
                              << "FunctionSyntaxError" << 1 << 0;
}

void TestFunctionRuntime::checkSyntax()
{
    QFETCH(QString, code);
    QFETCH(QString, errorCode);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto check = checkAndWait(m_runtime, code);
    QVERIFY(check);
    QCOMPARE(check->errorCode, errorCode);
    QCOMPARE(check->ok(), errorCode.isEmpty());
    QCOMPARE(check->line, line);
    if (column)
        QCOMPARE(check->column, column);
}

void TestFunctionRuntime::sandbox_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("require") << "typeof require"
                             << "undefined";
    QTest::newRow("process") << "typeof process"
                             << "undefined";
    QTest::newRow("module loader") << "typeof globalThis.module + typeof globalThis.Buffer"
                                   << "undefinedundefined";
    QTest::newRow("global constructor")
        << "globalThis.constructor.constructor('return typeof process')()"
        << "undefined";
    QTest::newRow("through a helper") << "context.values.get.constructor('return typeof process')()"
                                      << "undefined";
    QTest::newRow("through console")
        << "(() => { try { return console.log.constructor.constructor('return process')().pid; }"
           " catch (e) { return e.name; } })()"
        << "ReferenceError";
    QTest::newRow("host error")
        << "(() => { try { context.functions.execute('ghost'); } catch (e) {"
           " return String(e.constructor === Error); } })()"
        << "true";
}

void TestFunctionRuntime::sandbox()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const auto result = runAndWait(m_runtime, source("exports = () => " + expression + ";"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    QCOMPARE(result->result.toString(), expected);
}

void TestFunctionRuntime::concurrentRuns()
{
    QSignalSpy spy(m_runtime, &FunctionRuntime::finished);
    QList<quint64> ids;
    for (int i = 0; i < 20; ++i) {
        RunRequest request = source(
            "exports = async function(i) { console.log('start ' + i);"
            " await new Promise(r => setTimeout(r, (20 - i) * 5)); console.error('end ' + i);"
            " return { i: i * 10, who: context.values.get('who') }; };");
        request.arguments = QJsonArray { i };
        request.values = QJsonObject { { "who", QStringLiteral("run %1").arg(i) } };
        ids.append(m_runtime->run(request));
    }
    const auto results = waitForRuns(spy, ids, 30000);
    QCOMPARE(results.size(), 20);
    for (int i = 0; i < 20; ++i) {
        const RunResult result = results.value(ids.at(i));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.logs, QStringList { QStringLiteral("start %1").arg(i) });
        QCOMPARE(result.errorLogs, QStringList { QStringLiteral("end %1").arg(i) });
        QCOMPARE(result.result.toObject().value("i").toObject().value("$numberDouble").toString(),
                 QString::number(i * 10));
        QCOMPARE(result.result.toObject().value("who").toString(), QStringLiteral("run %1").arg(i));
    }
}

// Prints figures only: a slow machine must not fail the suite.
void TestFunctionRuntime::warmRunLatency()
{
    const RunRequest request = source("exports = function(){ return 1 }");
    QVERIFY(runAndWait(m_runtime, request));
    QList<double> millis;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto result = runAndWait(m_runtime, request);
        QVERIFY(result && result->ok());
        millis.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(millis.begin(), millis.end());
    qInfo("warm run p50: %.3f ms", millis.at(99));
    qInfo("warm run p99: %.3f ms", millis.at(197));
}

QTEST_GUILESS_MAIN(TestFunctionRuntime)
#include "tst_functionruntime.moc"
