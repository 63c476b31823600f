// The debug runs over HTTP: execute_function and execute_function_source, as a user or as the
// system, their refusals, the FUNCTION log entries, the time limit, and a client that leaves
// before its run ends.

#include "functionstestkit.h"

#include <QTcpSocket>

using namespace functionstest;

class tst_FunctionDebug : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourceRuns_data();
    void sourceRuns();
    void byName();
    void refusals_data();
    void refusals();
    void logEntries();
    void sourceRunLoggedUnderDraftName();
    void timeLimit();
    void clientGoneMidRun();
    void serverStopsMidRun();

private:
    QString debug(const QString &route, const QString &query) const
    {
        return m_fx.appPath(QStringLiteral("/debug/") + route + u'?' + query);
    }

    Fixture m_fx;
    QString m_sumId;
};

void tst_FunctionDebug::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.seedUser(QStringLiteral("u1"),
                          { { QStringLiteral("email"), QStringLiteral("u1@example.com") } }));
    QVERIFY(!m_fx.seed(QStringLiteral("value"), QStringLiteral("greeting"),
                       { { QStringLiteral("value"), QStringLiteral("hello") },
                         { QStringLiteral("private"), false } })
                 .isEmpty());
    const Answer sum = m_fx.call(
        "POST", m_fx.appPath(QStringLiteral("/functions")),
        { { QStringLiteral("name"), QStringLiteral("sum") },
          { QStringLiteral("source"),
            QStringLiteral("exports = function(a, b) {\n"
                           "  console.log('adding', a, b);\n"
                           "  return a + b + context.functions.execute('zero');\n};") } });
    QCOMPARE(sum.status, 201);
    m_sumId = sum.object().value(QStringLiteral("_id")).toString();
    QCOMPARE(m_fx.call("POST", m_fx.appPath(QStringLiteral("/functions")),
                       { { QStringLiteral("name"), QStringLiteral("zero") },
                         { QStringLiteral("source"), QStringLiteral("exports = () => 0;") } })
                 .status,
             201);
}

void tst_FunctionDebug::sourceRuns_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("evalSource");
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<QStringList>("logs");
    QTest::addColumn<QStringList>("errorLogs");
    QTest::addColumn<QString>("errorCode");

    const QString system = QStringLiteral("run_as_system=true");
    const QString asUser = QStringLiteral("user_id=u1");
    QTest::newRow("eval_source") << system
                                 << QStringLiteral("exports = function(a, b) { return a * b; };")
                                 << QStringLiteral("exports(6, 7)")
                                 << QJsonValue(QJsonObject {
                                        { QStringLiteral("$numberDouble"), QStringLiteral("42") } })
                                 << QStringList() << QStringList() << QString();
    QTest::newRow("no eval_source runs exports without arguments")
        << system << QStringLiteral("exports = () => 1.5;") << QString()
        << QJsonValue(QJsonObject { { QStringLiteral("$numberDouble"), QStringLiteral("1.5") } })
        << QStringList() << QStringList() << QString();
    QTest::newRow("console captured")
        << system
        << QStringLiteral("exports = () => { console.log('a', 1); console.error('b'); "
                          "return 'x'; };")
        << QString() << QJsonValue(QStringLiteral("x")) << QStringList { QStringLiteral("a 1") }
        << QStringList { QStringLiteral("b") } << QString();
    QTest::newRow("system user id is empty")
        << system << QStringLiteral("exports = () => context.user.id;") << QString()
        << QJsonValue(QString()) << QStringList() << QStringList() << QString();
    QTest::newRow("user id and data")
        << asUser
        << QStringLiteral("exports = () => context.user.id + ' ' + context.user.data.email;")
        << QString() << QJsonValue(QStringLiteral("u1 u1@example.com")) << QStringList()
        << QStringList() << QString();
    QTest::newRow("values and functions of the app")
        << asUser
        << QStringLiteral("exports = async () => context.values.get('greeting') + "
                          "(await context.functions.execute('sum', 2, 3));")
        << QString() << QJsonValue(QStringLiteral("hello5"))
        << QStringList { QStringLiteral("adding 2 3") } << QStringList() << QString();
    QTest::newRow("thrown error") << system
                                  << QStringLiteral("exports = () => { throw new Error('boom'); };")
                                  << QString() << QJsonValue() << QStringList() << QStringList()
                                  << QStringLiteral("FunctionExecutionError");
    QTest::newRow("syntax error") << system << QStringLiteral("exports = () => {") << QString()
                                  << QJsonValue() << QStringList() << QStringList()
                                  << QStringLiteral("FunctionSyntaxError");
}

void tst_FunctionDebug::sourceRuns()
{
    QFETCH(QString, query);
    QFETCH(QString, source);
    QFETCH(QString, evalSource);
    QFETCH(QJsonValue, result);
    QFETCH(QStringList, logs);
    QFETCH(QStringList, errorLogs);
    QFETCH(QString, errorCode);

    QJsonObject body { { QStringLiteral("source"), source } };
    if (!evalSource.isEmpty())
        body.insert(QStringLiteral("eval_source"), evalSource);
    const Answer answer
        = m_fx.call("POST", debug(QStringLiteral("execute_function_source"), query), body);
    QCOMPARE(answer.status, 200);
    const QJsonObject run = answer.object();
    QCOMPARE(run.value(QStringLiteral("result")), result);
    QCOMPARE(run.value(QStringLiteral("logs")).toVariant().toStringList(), logs);
    QCOMPARE(run.value(QStringLiteral("error_logs")).toVariant().toStringList(), errorLogs);
    QCOMPARE(run.value(QStringLiteral("error_code")).toString(), errorCode);
    QCOMPARE(run.contains(QStringLiteral("error")), !errorCode.isEmpty());
    if (errorCode == QLatin1String("FunctionSyntaxError")) {
        // The line is in the message, where the console's editor looks for it.
        const QString message
            = run.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("(line 1")), qPrintable(message));
    }
    QVERIFY(!run.value(QStringLiteral("stats"))
                 .toObject()
                 .value(QStringLiteral("execution_time"))
                 .toString()
                 .isEmpty());
}

void tst_FunctionDebug::byName()
{
    // Arguments arrive as canonical Extended JSON.
    const QJsonArray arguments {
        QJsonObject { { QStringLiteral("$numberInt"), QStringLiteral("2") } },
        QJsonObject { { QStringLiteral("$numberDouble"), QStringLiteral("1.5") } }
    };
    const Answer answer
        = m_fx.call("POST", debug(QStringLiteral("execute_function"), QStringLiteral("user_id=u1")),
                    { { QStringLiteral("name"), QStringLiteral("sum") },
                      { QStringLiteral("arguments"), arguments } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("result")).toObject(),
             (QJsonObject { { QStringLiteral("$numberDouble"), QStringLiteral("3.5") } }));
    QCOMPARE(answer.object().value(QStringLiteral("logs")).toVariant().toStringList(),
             QStringList { QStringLiteral("adding 2 1.5") });
}

void tst_FunctionDebug::refusals_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString byName = QStringLiteral("execute_function");
    const QString bySource = QStringLiteral("execute_function_source");
    const QString system = QStringLiteral("run_as_system=true");
    const QByteArray sum = R"({"name":"sum","arguments":[1,2]})";
    const QByteArray source = R"({"source":"exports = () => 1"})";
    QTest::newRow("neither user nor system")
        << byName << QString() << sum << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("run_as_system=false only")
        << bySource << QStringLiteral("run_as_system=false") << source << 400
        << QStringLiteral("MissingParameter");
    QTest::newRow("both") << bySource << QStringLiteral("user_id=u1&run_as_system=true") << source
                          << 400 << QStringLiteral("InvalidParameter");
    QTest::newRow("run_as_system=maybe") << byName << QStringLiteral("run_as_system=maybe") << sum
                                         << 400 << QStringLiteral("InvalidParameter");
    QTest::newRow("unknown user") << byName << QStringLiteral("user_id=nobody") << sum << 404
                                  << QStringLiteral("UserNotFound");
    QTest::newRow("unknown function") << byName << system << QByteArray(R"({"name":"nope"})") << 404
                                      << QStringLiteral("FunctionNotFound");
    QTest::newRow("no name") << byName << system << QByteArray("{}") << 400
                             << QStringLiteral("MissingParameter");
    QTest::newRow("arguments not an array")
        << byName << system << QByteArray(R"({"name":"sum","arguments":{"a":1}})") << 400
        << QStringLiteral("InvalidParameter");
    QTest::newRow("malformed") << byName << system << QByteArray("{\"name\":") << 400
                               << QStringLiteral("InvalidParameter");
    QTest::newRow("no source") << bySource << system << QByteArray(R"({"eval_source":"1"})") << 400
                               << QStringLiteral("MissingParameter");
    QTest::newRow("source a number") << bySource << system << QByteArray(R"({"source":5})") << 400
                                     << QStringLiteral("InvalidParameter");
    QTest::newRow("eval_source an array")
        << bySource << system << QByteArray(R"({"source":"exports=1","eval_source":[]})") << 400
        << QStringLiteral("InvalidParameter");
}

void tst_FunctionDebug::refusals()
{
    QFETCH(QString, route);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qsizetype before = m_fx.logs(QStringLiteral("FUNCTION")).size();
    const Answer answer = m_fx.send("POST", debug(route, query), m_fx.token(), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(m_fx.logs(QStringLiteral("FUNCTION")).size(), before);
}

void tst_FunctionDebug::logEntries()
{
    const qsizetype before = m_fx.logs(QStringLiteral("FUNCTION")).size();
    const QJsonArray arguments { 4, 5 };
    QCOMPARE(m_fx.call("POST",
                       debug(QStringLiteral("execute_function"), QStringLiteral("user_id=u1")),
                       { { QStringLiteral("name"), QStringLiteral("sum") },
                         { QStringLiteral("arguments"), arguments } })
                 .status,
             200);
    QCOMPARE(m_fx.call("POST",
                       debug(QStringLiteral("execute_function_source"),
                             QStringLiteral("run_as_system=true")),
                       { { QStringLiteral("source"),
                           QStringLiteral("exports = () => { console.log('before'); "
                                          "throw new TypeError('bad'); };") } })
                 .status,
             200);
    const QList<QJsonObject> entries = m_fx.logs(QStringLiteral("FUNCTION"));
    QCOMPARE(entries.size(), before + 2);

    const QJsonObject ok = entries.at(before);
    QCOMPARE(ok.value(QStringLiteral("function_id")).toString(), m_sumId);
    QCOMPARE(ok.value(QStringLiteral("function_name")).toString(), QStringLiteral("sum"));
    QCOMPARE(ok.value(QStringLiteral("function_call")).toObject(),
             (QJsonObject { { QStringLiteral("name"), QStringLiteral("sum") },
                            { QStringLiteral("arguments"), arguments } }));
    QCOMPARE(ok.value(QStringLiteral("user_id")).toString(), QStringLiteral("u1"));
    QCOMPARE(ok.value(QStringLiteral("messages")).toArray(),
             QJsonArray { QStringLiteral("adding 4 5") });
    QCOMPARE(ok.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(!ok.contains(QStringLiteral("error")));
    QCOMPARE(ok.value(QStringLiteral("app_id")).toString(), m_fx.appId);
    QCOMPARE(ok.value(QStringLiteral("group_id")).toString(), m_fx.group);
    for (const QString &key : { QStringLiteral("started"), QStringLiteral("completed") }) {
        const QString time = ok.value(key).toString();
        QVERIFY2(QDateTime::fromString(time, Qt::ISODateWithMs).isValid(), qPrintable(time));
        QVERIFY2(time.contains(u'.'), qPrintable(time));
    }

    const QJsonObject failed = entries.at(before + 1);
    QCOMPARE(failed.value(QStringLiteral("user_id")).toString(), QString());
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("bad"));
    QCOMPARE(failed.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("FunctionExecutionError"));
    QCOMPARE(failed.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(failed.value(QStringLiteral("messages")).toArray(),
             QJsonArray { QStringLiteral("before") });
}

void tst_FunctionDebug::sourceRunLoggedUnderDraftName()
{
    // The console's run of an unsaved buffer says whose draft it is; the entry carries that
    // name as a run of the saved function would, but no function id: the source ran, not it.
    const qsizetype before = m_fx.logs(QStringLiteral("FUNCTION")).size();
    QCOMPARE(m_fx.call("POST",
                       debug(QStringLiteral("execute_function_source"),
                             QStringLiteral("run_as_system=true")),
                       { { QStringLiteral("source"), QStringLiteral("exports = (a) => a * 2;") },
                         { QStringLiteral("eval_source"), QStringLiteral("exports(21)") },
                         { QStringLiteral("name"), QStringLiteral("sum") } })
                 .status,
             200);
    const QList<QJsonObject> entries = m_fx.logs(QStringLiteral("FUNCTION"));
    QCOMPARE(entries.size(), before + 1);
    const QJsonObject entry = entries.at(before);
    QCOMPARE(entry.value(QStringLiteral("function_name")).toString(), QStringLiteral("sum"));
    QCOMPARE(entry.value(QStringLiteral("function_call"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("sum"));
    QCOMPARE(entry.value(QStringLiteral("function_id")).toString(), QString());
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);

    // No reference lists the field: a client that sends something else there is not refused.
    QCOMPARE(m_fx.call("POST",
                       debug(QStringLiteral("execute_function_source"),
                             QStringLiteral("run_as_system=true")),
                       { { QStringLiteral("source"), QStringLiteral("exports = () => 1;") },
                         { QStringLiteral("name"), 7 } })
                 .status,
             200);
    const QList<QJsonObject> after = m_fx.logs(QStringLiteral("FUNCTION"));
    QCOMPARE(after.size(), before + 2);
    QCOMPARE(after.at(before + 1).value(QStringLiteral("function_name")).toString(), QString());
}

void tst_FunctionDebug::timeLimit()
{
    Fixture fx;
    QVERIFY(fx.start(0.5));
    const QString path
        = fx.appPath(QStringLiteral("/debug/execute_function_source?run_as_system=true"));
    const QStringList stuck { QStringLiteral("exports = () => { for (;;) {} };"),
                              QStringLiteral("exports = () => new Promise(() => {});") };
    for (const QString &source : stuck) {
        const Answer answer = fx.call("POST", path, { { QStringLiteral("source"), source } });
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("ExecutionTimeLimitExceeded"));
    }
    const QList<QJsonObject> entries = fx.logs(QStringLiteral("FUNCTION"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("ExecutionTimeLimitExceeded"));
    const Answer after = fx.call(
        "POST", path, { { QStringLiteral("source"), QStringLiteral("exports = () => 7;") } });
    QCOMPARE(after.object().value(QStringLiteral("result")).toObject(),
             (QJsonObject { { QStringLiteral("$numberDouble"), QStringLiteral("7") } }));
}

void tst_FunctionDebug::clientGoneMidRun()
{
    const qsizetype before = m_fx.logs(QStringLiteral("FUNCTION")).size();
    const QByteArray body
        = R"({"source":"exports = () => new Promise((r) => setTimeout(() => r(1), 300));"})";
    const QString path = QStringLiteral("/api/admin/v3.0")
        + debug(QStringLiteral("execute_function_source"), QStringLiteral("run_as_system=true"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_fx.server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST " + path.toUtf8()
                 + " HTTP/1.1\r\nHost: localhost\r\n"
                   "Authorization: Bearer "
                 + m_fx.token().toUtf8()
                 + "\r\n"
                   "Content-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(5000));
    // A graceful close: the server still reads the whole request and starts the run, then sees
    // the client gone long before the run's 300 ms are up.
    socket.disconnectFromHost();
    // The run still ends and is logged, and the server keeps answering.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.logs(QStringLiteral("FUNCTION")).size(), before + 1, 10000);
    const Answer next = m_fx.call(
        "POST",
        debug(QStringLiteral("execute_function_source"), QStringLiteral("run_as_system=true")),
        { { QStringLiteral("source"), QStringLiteral("exports = () => 2;") } });
    QCOMPARE(next.status, 200);
}

void tst_FunctionDebug::serverStopsMidRun()
{
    Fixture fx;
    QVERIFY(fx.start());
    const QString path
        = fx.appPath(QStringLiteral("/debug/execute_function_source?run_as_system=true"));
    QUrl url = fx.server->rootUrl();
    url.setPath(QStringLiteral("/api/admin/v3.0") + path.left(path.indexOf(u'?')));
    url.setQuery(QStringLiteral("run_as_system=true"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + fx.token().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> pending(nam.post(
        request,
        QByteArray(R"({"source":"exports = () => new Promise((r) => setTimeout(r, 5000));"})")));
    // A quick run answered after it means the slow one has been read and started.
    QCOMPARE(fx.call("POST", path, { { QStringLiteral("source"), QStringLiteral("exports = 1;") } })
                 .status,
             200);
    QVERIFY(!pending->isFinished());
    fx.server.reset();
    QTRY_VERIFY(pending->isFinished());
    QVERIFY(pending->error() != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(tst_FunctionDebug)
#include "tst_functiondebug.moc"
