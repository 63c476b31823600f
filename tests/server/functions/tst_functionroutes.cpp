// Functions CRUD over HTTP, and the refusals every admin route of the functions area shares:
// no token, an expired token, another admin's group.

#include "functionstestkit.h"

using namespace functionstest;

class tst_FunctionRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void syntaxError_data();
    void syntaxError();
    void badBodies_data();
    void badBodies();
    void duplicateNames();
    void unknownIds_data();
    void unknownIds();
    void refused_data();
    void refused();
    void timeLimitOption_data();
    void timeLimitOption();

private:
    QString functions(const QString &rest = QString()) const
    {
        return m_fx.appPath(QStringLiteral("/functions") + rest);
    }
    int functionCount() { return m_fx.call("GET", functions()).array().size(); }

    Fixture m_fx;
};

void tst_FunctionRoutes::initTestCase()
{
    QVERIFY(m_fx.start());
}

void tst_FunctionRoutes::lifecycle()
{
    const QJsonObject create { { QStringLiteral("name"), QStringLiteral("sum") },
                               { QStringLiteral("source"),
                                 QStringLiteral("exports = (a, b) => a + b;") },
                               { QStringLiteral("private"), true } };
    const Answer created = m_fx.call("POST", functions(), create);
    QCOMPARE(created.status, 201);
    const QJsonObject doc = created.object();
    const QString id = doc.value(QStringLiteral("_id")).toString();
    QCOMPARE(id.size(), 24);
    QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("sum"));
    QCOMPARE(doc.value(QStringLiteral("private")).toBool(), true);
    QVERIFY(doc.value(QStringLiteral("can_evaluate")).isObject());

    const QJsonArray list = m_fx.call("GET", functions()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(),
             (QJsonObject { { QStringLiteral("_id"), id },
                            { QStringLiteral("name"), QStringLiteral("sum") },
                            { QStringLiteral("private"), true } }));
    QCOMPARE(m_fx.call("GET", functions(u'/' + id)).object(), doc);

    const QJsonObject update { { QStringLiteral("name"), QStringLiteral("add") },
                               { QStringLiteral("source"),
                                 QStringLiteral("exports = function(a, b) { return a + b; };") } };
    const Answer updated = m_fx.call("PUT", functions(u'/' + id), update);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(QStringLiteral("name")).toString(), QStringLiteral("add"));
    QCOMPARE(updated.object().value(QStringLiteral("private")).toBool(), false);
    QCOMPARE(m_fx.call("GET", functions(u'/' + id)).object(), updated.object());

    QCOMPARE(m_fx.call("DELETE", functions(u'/' + id)).status, 204);
    QCOMPARE(m_fx.call("GET", functions(u'/' + id)).status, 404);
    QCOMPARE(functionCount(), 0);
}

void tst_FunctionRoutes::syntaxError_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed call")
        << QStringLiteral("exports = function() {\n  return f(;\n};") << 2;
    QTest::newRow("stray token on line 4")
        << QStringLiteral("// a\n// b\nexports = () => 1;\nlet let = 5;") << 4;
    QTest::newRow("first line") << QStringLiteral("exports = = 1;") << 1;
}

void tst_FunctionRoutes::syntaxError()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    const Answer created = m_fx.call("POST", functions(),
                                     { { QStringLiteral("name"), QStringLiteral("broken") },
                                       { QStringLiteral("source"), source } });
    QCOMPARE(created.status, 400);
    QCOMPARE(created.errorCode(), QStringLiteral("FunctionSyntaxError"));
    const QString message = created.object().value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QStringLiteral("line %1").arg(line)), qPrintable(message));
    QCOMPARE(functionCount(), 0);

    // An update with a broken source leaves the function as it was.
    const Answer good = m_fx.call("POST", functions(),
                                  { { QStringLiteral("name"), QStringLiteral("fine") },
                                    { QStringLiteral("source"), QStringLiteral("exports = 1;") } });
    QCOMPARE(good.status, 201);
    const QString id = good.object().value(QStringLiteral("_id")).toString();
    const Answer put = m_fx.call("PUT", functions(u'/' + id),
                                 { { QStringLiteral("name"), QStringLiteral("fine") },
                                   { QStringLiteral("source"), source } });
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorCode(), QStringLiteral("FunctionSyntaxError"));
    QCOMPARE(m_fx.call("GET", functions(u'/' + id)).object(), good.object());
    QCOMPARE(m_fx.call("DELETE", functions(u'/' + id)).status, 204);
}

void tst_FunctionRoutes::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"name\": ") << QStringLiteral("InvalidParameter");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("InvalidParameter");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("MissingParameter");
    QTest::newRow("no source") << QByteArray("{\"name\":\"f\"}")
                               << QStringLiteral("MissingParameter");
    QTest::newRow("no name") << QByteArray("{\"source\":\"exports=1\"}")
                             << QStringLiteral("MissingParameter");
    QTest::newRow("name a number") << QByteArray("{\"name\":5,\"source\":\"exports=1\"}")
                                   << QStringLiteral("InvalidParameter");
    QTest::newRow("source an object")
        << QByteArray("{\"name\":\"f\",\"source\":{}}") << QStringLiteral("InvalidParameter");
    QTest::newRow("empty name") << QByteArray("{\"name\":\" \",\"source\":\"exports=1\"}")
                                << QStringLiteral("InvalidParameter");
    QTest::newRow("name with a slash") << QByteArray("{\"name\":\"a/b\",\"source\":\"exports=1\"}")
                                       << QStringLiteral("InvalidParameter");
    QTest::newRow("name with a dot dot") << QByteArray("{\"name\":\"..\",\"source\":\"exports=1\"}")
                                         << QStringLiteral("InvalidParameter");
    QTest::newRow("name with a newline")
        << QByteArray("{\"name\":\"f\\ng\",\"source\":\"exports=1\"}")
        << QStringLiteral("InvalidParameter");
    QTest::newRow("name of 65 letters")
        << "{\"name\":\"" + QByteArray(65, 'f') + "\",\"source\":\"exports=1\"}"
        << QStringLiteral("InvalidParameter");
    // The limit is named in the message; the body itself is under --max-body-bytes.
    QTest::newRow("source over 1 MiB")
        << "{\"name\":\"f\",\"source\":\"exports=1;//" + QByteArray(1024 * 1024, 'x') + "\"}"
        << QStringLiteral("FunctionSourceTooLarge");
    QTest::newRow("private a string")
        << QByteArray("{\"name\":\"f\",\"source\":\"exports=1\",\"private\":\"yes\"}")
        << QStringLiteral("InvalidParameter");
    QTest::newRow("can_evaluate an array")
        << QByteArray("{\"name\":\"f\",\"source\":\"exports=1\",\"can_evaluate\":[]}")
        << QStringLiteral("InvalidParameter");
}

void tst_FunctionRoutes::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const Answer post = m_fx.send("POST", functions(), m_fx.token(), body);
    QCOMPARE(post.status, code == QLatin1String("FunctionSourceTooLarge") ? 413 : 400);
    QCOMPARE(post.errorCode(), code);
    if (code == QLatin1String("FunctionSourceTooLarge"))
        QVERIFY2(post.object()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("1048576")),
                 post.body.constData());
    QCOMPARE(functionCount(), 0);

    const Answer made = m_fx.call("POST", functions(),
                                  { { QStringLiteral("name"), QStringLiteral("kept") },
                                    { QStringLiteral("source"), QStringLiteral("exports = 2;") } });
    const QString id = made.object().value(QStringLiteral("_id")).toString();
    const Answer put = m_fx.send("PUT", functions(u'/' + id), m_fx.token(), body);
    QCOMPARE(put.status, post.status);
    QCOMPARE(put.errorCode(), code);
    QCOMPARE(m_fx.call("GET", functions(u'/' + id)).object(), made.object());
    QCOMPARE(m_fx.call("DELETE", functions(u'/' + id)).status, 204);
}

void tst_FunctionRoutes::duplicateNames()
{
    const auto make = [this](const QString &name) {
        return m_fx.call("POST", functions(),
                         { { QStringLiteral("name"), name },
                           { QStringLiteral("source"), QStringLiteral("exports = 1;") } });
    };
    const Answer one = make(QStringLiteral("one"));
    const Answer two = make(QStringLiteral("two"));
    QCOMPARE(one.status, 201);
    QCOMPARE(two.status, 201);
    const Answer again = make(QStringLiteral("one"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("FunctionDuplicateName"));
    const QString twoId = two.object().value(QStringLiteral("_id")).toString();
    const Answer rename
        = m_fx.call("PUT", functions(u'/' + twoId),
                    { { QStringLiteral("name"), QStringLiteral("one") },
                      { QStringLiteral("source"), QStringLiteral("exports = 3;") } });
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("FunctionDuplicateName"));
    QCOMPARE(m_fx.call("GET", functions(u'/' + twoId)).object(), two.object());
    // Keeping its own name is no clash.
    QCOMPARE(m_fx.call("PUT", functions(u'/' + twoId),
                       { { QStringLiteral("name"), QStringLiteral("two") },
                         { QStringLiteral("source"), QStringLiteral("exports = 4;") } })
                 .status,
             200);
    QCOMPARE(functionCount(), 2);
    QCOMPARE(m_fx.call("DELETE", functions(u'/' + twoId)).status, 204);
    QCOMPARE(
        m_fx.call("DELETE", functions(u'/' + one.object().value(QStringLiteral("_id")).toString()))
            .status,
        204);
}

void tst_FunctionRoutes::unknownIds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("GET") << QByteArray("GET");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
}

void tst_FunctionRoutes::unknownIds()
{
    QFETCH(QByteArray, verb);
    const Answer answer = m_fx.call(verb, functions(u'/' + stitchlocal::secrets::newObjectId()),
                                    { { QStringLiteral("name"), QStringLiteral("ghost") },
                                      { QStringLiteral("source"), QStringLiteral("exports=1") } });
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("FunctionNotFound"));
    QCOMPARE(functionCount(), 0);
}

void tst_FunctionRoutes::refused_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("rest");
    const QString someId = stitchlocal::secrets::newObjectId();
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/functions");
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/functions");
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/functions/") + someId;
    QTest::newRow("update") << QByteArray("PUT") << QStringLiteral("/functions/") + someId;
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/functions/") + someId;
    QTest::newRow("execute_function")
        << QByteArray("POST") << QStringLiteral("/debug/execute_function?run_as_system=true");
    QTest::newRow("execute_function_source")
        << QByteArray("POST")
        << QStringLiteral("/debug/execute_function_source?run_as_system=true");
}

void tst_FunctionRoutes::refused()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, rest);
    const QByteArray body = R"({"name":"x","source":"exports = () => 1;","arguments":[]})";
    const QString path = m_fx.appPath(QString()) + rest;
    const QString fullPath
        = QStringLiteral("/groups/%1/apps/%2").arg(m_fx.group, m_fx.appId) + rest;
    QCOMPARE(path, fullPath);

    const Answer none = m_fx.send(verb, path, QString(), body);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("InvalidSession"));

    // The other admin, in its own group, asks for this app: under this group or its own.
    const QString otherToken = m_fx.token(m_fx.other);
    const Answer foreign = m_fx.send(verb, path, otherToken, body);
    QCOMPARE(foreign.status, 404);
    const Answer ownGroup = m_fx.send(
        verb, QStringLiteral("/groups/%1/apps/%2").arg(m_fx.otherGroup, m_fx.appId) + rest,
        otherToken, body);
    QCOMPARE(ownGroup.status, 404);
    QCOMPARE(ownGroup.errorCode(), QStringLiteral("AppNotFound"));

    QString stale;
    expireToken(m_fx, &stale);
    if (QTest::currentTestFailed())
        return;
    const Answer expired = m_fx.send(verb, path, stale, body);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("InvalidSession"));
    QCOMPARE(functionCount(), 0);
    QCOMPARE(m_fx.logs(QStringLiteral("FUNCTION")).size(), 0);
}

void tst_FunctionRoutes::timeLimitOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("seconds");
    const QString option = QStringLiteral("--function-time-limit");
    QTest::newRow("default") << QStringList() << true << 90.0;
    QTest::newRow("whole") << QStringList { option, QStringLiteral("5") } << true << 5.0;
    QTest::newRow("fraction") << QStringList { option, QStringLiteral("0.25") } << true << 0.25;
    QTest::newRow("zero") << QStringList { option, QStringLiteral("0") } << false << 0.0;
    QTest::newRow("negative") << QStringList { option, QStringLiteral("-3") } << false << 0.0;
    QTest::newRow("text") << QStringList { option, QStringLiteral("soon") } << false << 0.0;
}

void tst_FunctionRoutes::timeLimitOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(double, seconds);
    stitchlocal::ServerOptions options;
    QString error;
    bool exitNow = false;
    QCOMPARE(stitchlocal::parseServerArguments(QStringList { QStringLiteral("stitch-local") }
                                                   + arguments,
                                               &options, &error, &exitNow),
             ok);
    if (ok)
        QCOMPARE(options.functionTimeLimitSeconds, seconds);
    else
        QVERIFY2(error.contains(QStringLiteral("--function-time-limit")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_FunctionRoutes)
#include "tst_functionroutes.moc"
