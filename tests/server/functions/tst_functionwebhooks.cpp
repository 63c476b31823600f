// Incoming webhooks called over HTTP at the client URL: secrets (query parameter, payload
// signature, none), respond_result on and off, the response object, methods, and the WEBHOOK
// log entries.

#include "functionstestkit.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace functionstest;

class tst_FunctionWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calls_data();
    void calls();
    void customResponse();
    void logEntries();
    void secretsNotLogged();
    void unknown_data();
    void unknown();

private:
    QString hookPath(const QString &hook, const QString &query = QString(),
                     const QString &app = QString(), const QString &service = QString()) const
    {
        return QStringLiteral("//api/client/v2.0/app/%1/service/%2/incoming_webhook/%3")
                   .arg(app.isEmpty() ? m_fx.clientAppId : app,
                        service.isEmpty() ? QStringLiteral("svc") : service, hook)
            + (query.isEmpty() ? QString() : u'?' + query);
    }
    void addHook(const QString &name, const QString &source, bool respondResult,
                 const QJsonObject &options, const QString &runAs = QString())
    {
        QJsonObject doc { { QStringLiteral("function_source"), source },
                          { QStringLiteral("respond_result"), respondResult },
                          { QStringLiteral("options"), options } };
        if (!runAs.isEmpty())
            doc.insert(QStringLiteral("run_as_user_id"), runAs);
        QVERIFY(!m_fx.seed(QStringLiteral("incoming_webhook"), name, doc, m_serviceId).isEmpty());
    }

    Fixture m_fx;
    QString m_serviceId;
};

void tst_FunctionWebhooks::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.seedUser(QStringLiteral("w1"), {}));
    m_serviceId = m_fx.seed(QStringLiteral("service"), QStringLiteral("svc"),
                            { { QStringLiteral("type"), QStringLiteral("http") },
                              { QStringLiteral("config"), QJsonObject() } });
    QVERIFY(!m_serviceId.isEmpty());
    const QString echo = QStringLiteral(
        "exports = function(payload) {\n"
        "  const text = payload.body.text();\n"
        "  return { q: payload.query.x, body: text ? JSON.parse(text) : null,\n"
        "           method: context.request.httpMethod, user: context.user.id,\n"
        "           agent: payload.headers['X-Agent'] ? payload.headers['X-Agent'][0] : '' };\n"
        "};");
    addHook(QStringLiteral("echo"), echo, true,
            { { QStringLiteral("secret"), QStringLiteral("s3cret") },
              { QStringLiteral("secretAsQueryParam"), true } });
    addHook(QStringLiteral("byMethod"), echo, true,
            { { QStringLiteral("secret"), QStringLiteral("m3thod") },
              { QStringLiteral("validationMethod"), QStringLiteral("SECRET_AS_QUERY_PARAM") } });
    addHook(QStringLiteral("signed"), QStringLiteral("exports = (p) => p.body.text().length;"),
            true,
            { { QStringLiteral("secret"), QStringLiteral("key") },
              { QStringLiteral("validationMethod"), QStringLiteral("VERIFY_PAYLOAD") } });
    addHook(QStringLiteral("quiet"), QStringLiteral("exports = () => 5;"), false,
            { { QStringLiteral("validationMethod"), QStringLiteral("NO_VALIDATION") } });
    addHook(QStringLiteral("postOnly"), QStringLiteral("exports = () => 'posted';"), true,
            { { QStringLiteral("httpMethod"), QStringLiteral("POST") } });
    addHook(QStringLiteral("failing"),
            QStringLiteral("exports = () => { throw new Error('no'); };"), true, {});
    addHook(QStringLiteral("asUser"), QStringLiteral("exports = () => context.user.id;"), true, {},
            QStringLiteral("w1"));
    addHook(QStringLiteral("custom"),
            QStringLiteral("exports = (payload, response) => {\n"
                           "  response.setStatusCode(201);\n"
                           "  response.addHeader('X-Test', 'yes');\n"
                           "  response.addHeader('Content-Type', 'text/csv');\n"
                           "  response.setBody('a,b');\n"
                           "  return 'ignored';\n};"),
            true, {});
}

void tst_FunctionWebhooks::calls_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");

    const QByteArray payload = R"({"a":1})";
    const QByteArray echoed
        = R"({"agent":"tester","body":{"a":1},"method":"POST","q":"7","user":""})";
    const auto sign = [](const QByteArray &body, const QByteArray &key) {
        return "sha256="
            + QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
    };
    QTest::newRow("secret in query")
        << QStringLiteral("echo") << QByteArray("POST") << QStringLiteral("secret=s3cret&x=7")
        << QByteArray() << payload << 200 << echoed;
    QTest::newRow("wrong secret") << QStringLiteral("echo") << QByteArray("POST")
                                  << QStringLiteral("secret=nope&x=7") << QByteArray() << payload
                                  << 401 << QByteArray();
    QTest::newRow("no secret") << QStringLiteral("echo") << QByteArray("POST")
                               << QStringLiteral("x=7") << QByteArray() << payload << 401
                               << QByteArray();
    QTest::newRow("SECRET_AS_QUERY_PARAM")
        << QStringLiteral("byMethod") << QByteArray("POST") << QStringLiteral("secret=m3thod&x=7")
        << QByteArray() << payload << 200 << echoed;
    QTest::newRow("signed right") << QStringLiteral("signed") << QByteArray("POST") << QString()
                                  << sign("hello", "key") << QByteArray("hello") << 200
                                  << QByteArray("5");
    QTest::newRow("signed with another key")
        << QStringLiteral("signed") << QByteArray("POST") << QString() << sign("hello", "other")
        << QByteArray("hello") << 401 << QByteArray();
    QTest::newRow("signature of another body")
        << QStringLiteral("signed") << QByteArray("POST") << QString() << sign("hell", "key")
        << QByteArray("hello") << 401 << QByteArray();
    QTest::newRow("respond_result off") << QStringLiteral("quiet") << QByteArray("GET") << QString()
                                        << QByteArray() << QByteArray() << 200 << QByteArray();
    QTest::newRow("method allowed")
        << QStringLiteral("postOnly") << QByteArray("POST") << QString() << QByteArray()
        << QByteArray() << 200 << QByteArray("\"posted\"");
    QTest::newRow("method refused") << QStringLiteral("postOnly") << QByteArray("PUT") << QString()
                                    << QByteArray() << QByteArray() << 405 << QByteArray();
    QTest::newRow("function throws") << QStringLiteral("failing") << QByteArray("GET") << QString()
                                     << QByteArray() << QByteArray() << 400 << QByteArray();
    QTest::newRow("run as a user") << QStringLiteral("asUser") << QByteArray("DELETE") << QString()
                                   << QByteArray() << QByteArray() << 200 << QByteArray("\"w1\"");
}

void tst_FunctionWebhooks::calls()
{
    QFETCH(QString, hook);
    QFETCH(QByteArray, verb);
    QFETCH(QString, query);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);

    QList<QPair<QByteArray, QByteArray>> headers { { "X-Agent", "tester" } };
    if (!signature.isEmpty())
        headers.append({ "X-Hook-Signature", signature });
    const Answer reply = m_fx.send(verb, hookPath(hook, query), QString(), body, headers);
    QCOMPARE(reply.status, status);
    if (status >= 400) {
        QVERIFY(reply.isJsonError());
        return;
    }
    if (answer.startsWith('{'))
        QCOMPARE(QJsonDocument::fromJson(reply.body), QJsonDocument::fromJson(answer));
    else
        QCOMPARE(reply.body, answer);
}

void tst_FunctionWebhooks::customResponse()
{
    const Answer reply = m_fx.send("GET", hookPath(QStringLiteral("custom")), QString());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.body, QByteArray("a,b"));
    QCOMPARE(reply.header("X-Test"), QByteArray("yes"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv"));
}

void tst_FunctionWebhooks::logEntries()
{
    const qsizetype before = m_fx.logs(QStringLiteral("WEBHOOK")).size();
    QCOMPARE(m_fx.send("GET", hookPath(QStringLiteral("quiet"), QStringLiteral("k=v")), QString())
                 .status,
             200);
    QCOMPARE(m_fx.send("GET", hookPath(QStringLiteral("failing")), QString()).status, 400);
    QCOMPARE(
        m_fx.send("POST", hookPath(QStringLiteral("echo"), QStringLiteral("secret=bad")), QString())
            .status,
        401);
    const QList<QJsonObject> entries = m_fx.logs(QStringLiteral("WEBHOOK"));
    QCOMPARE(entries.size(), before + 3);
    const QJsonObject refused = entries.at(before + 2);
    QCOMPARE(refused.value(QStringLiteral("incoming_webhook_name")).toString(),
             QStringLiteral("echo"));
    QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(refused.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("InvalidSecret"));
    const QJsonObject ok = entries.at(before);
    QCOMPARE(ok.value(QStringLiteral("incoming_webhook_name")).toString(), QStringLiteral("quiet"));
    QCOMPARE(ok.value(QStringLiteral("incoming_webhook_id")).toString().size(), 24);
    QCOMPARE(ok.value(QStringLiteral("request_method")).toString(), QStringLiteral("GET"));
    QVERIFY(ok.value(QStringLiteral("request_url"))
                .toString()
                .endsWith(QStringLiteral("/incoming_webhook/quiet?k=v")));
    QCOMPARE(ok.value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject failed = entries.at(before + 1);
    QCOMPARE(failed.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("no"));
    QCOMPARE(failed.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("FunctionExecutionError"));
}

void tst_FunctionWebhooks::secretsNotLogged()
{
    // Neither the query secret, right or wrong, nor a signature reaches a WEBHOOK log entry.
    const qsizetype before = m_fx.logs(QStringLiteral("WEBHOOK")).size();
    QCOMPARE(m_fx.send("POST",
                       hookPath(QStringLiteral("echo"), QStringLiteral("secret=s3cret&x=7")),
                       QString(), R"({"a":1})")
                 .status,
             200);
    QCOMPARE(m_fx.send("POST", hookPath(QStringLiteral("echo"), QStringLiteral("x=7&secret=gu3ss")),
                       QString())
                 .status,
             401);
    const QList<QJsonObject> entries = m_fx.logs(QStringLiteral("WEBHOOK"));
    QCOMPARE(entries.size(), before + 2);
    for (qsizetype i = before; i < entries.size(); ++i) {
        const QByteArray text = QJsonDocument(entries.at(i)).toJson(QJsonDocument::Compact);
        QVERIFY2(!text.contains("s3cret") && !text.contains("gu3ss"), text.constData());
        const QString url = entries.at(i).value(QStringLiteral("request_url")).toString();
        QVERIFY2(url.contains(QStringLiteral("secret=REDACTED")), qPrintable(url));
        QVERIFY2(url.contains(QStringLiteral("x=7")), qPrintable(url));
    }
}

void tst_FunctionWebhooks::unknown_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("code");
    QTest::newRow("app") << QStringLiteral("nope-abcde") << QString() << QStringLiteral("quiet")
                         << QStringLiteral("AppNotFound");
    QTest::newRow("service") << QString() << QStringLiteral("nosvc") << QStringLiteral("quiet")
                             << QStringLiteral("ServiceNotFound");
    QTest::newRow("webhook") << QString() << QString() << QStringLiteral("nohook")
                             << QStringLiteral("IncomingWebhookNotFound");
}

void tst_FunctionWebhooks::unknown()
{
    QFETCH(QString, app);
    QFETCH(QString, service);
    QFETCH(QString, hook);
    QFETCH(QString, code);
    const qsizetype before = m_fx.logs(QStringLiteral("WEBHOOK")).size();
    const Answer reply = m_fx.send("POST", hookPath(hook, QString(), app, service), QString());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(m_fx.logs(QStringLiteral("WEBHOOK")).size(), before);
}

QTEST_GUILESS_MAIN(tst_FunctionWebhooks)
#include "tst_functionwebhooks.moc"
