#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void defaults();
    void sourceNotChecked();
    void duplicateName();
    void badBody_data();
    void badBody();
    void unknownIds_data();
    void unknownIds();
    void access_data();
    void access();

private:
    QString hooks(const QString &serviceId = QString()) const
    {
        return QStringLiteral("/services/%1/incoming_webhooks")
            .arg(serviceId.isEmpty() ? m_serviceId : serviceId);
    }
    QJsonObject minimal(const QString &name) const
    {
        return { { QStringLiteral("name"), name },
                 { QStringLiteral("function_source"),
                   QStringLiteral("exports = function(payload) { return payload.query; };") } };
    }

    TestServer m_server;
    TestServer m_expired;
    QString m_serviceId;
    QString m_otherServiceId;
    QString m_hookId; //!< kept for the whole run
};

void tst_ResourcesWebhooks::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, QStringLiteral("/services"));
    for (QString *id : { &m_serviceId, &m_otherServiceId }) {
        const Answer service = m_server.send(
            "POST", QStringLiteral("/services"),
            QJsonObject { { QStringLiteral("name"),
                            id == &m_serviceId ? QStringLiteral("web") : QStringLiteral("web2") },
                          { QStringLiteral("type"), QStringLiteral("http") } });
        QCOMPARE(service.status, 201);
        *id = service.object().value(QStringLiteral("_id")).toString();
    }
    const Answer hook = m_server.send("POST", hooks(), minimal(QStringLiteral("kept")));
    QCOMPARE(hook.status, 201);
    m_hookId = hook.object().value(QStringLiteral("_id")).toString();
}

void tst_ResourcesWebhooks::lifecycle()
{
    const QJsonObject body {
        { QStringLiteral("name"), QStringLiteral("orders") },
        { QStringLiteral("function_source"), QStringLiteral("exports = () => ({ok: true});") },
        { QStringLiteral("respond_result"), true },
        { QStringLiteral("run_as_authed_user"), false },
        { QStringLiteral("run_as_user_id"), QStringLiteral("5f0000000000000000000001") },
        { QStringLiteral("run_as_user_id_script_source"), QString() },
        { QStringLiteral("options"),
          QJsonObject { { QStringLiteral("secret"), QStringLiteral("s3cret") },
                        { QStringLiteral("secretAsQueryParam"), true } } },
        { QStringLiteral("can_evaluate"), QJsonObject { { QStringLiteral("%%true"), true } } },
        { QStringLiteral("fetch_custom_user_data"), true },
        { QStringLiteral("create_user_on_auth"), false },
    };
    const Answer created = m_server.send("POST", hooks(), body);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    QJsonObject expected = body;
    expected.insert(QStringLiteral("_id"), id);
    QCOMPARE(created.object(), expected);
    QCOMPARE(m_server.get(hooks() + u'/' + id).object(), expected);
    QCOMPARE(m_server.get(hooks()).array().size(), 2);
    QCOMPARE(m_server.get(hooks(m_otherServiceId)).array(), QJsonArray());

    QJsonObject update = minimal(QStringLiteral("orders2"));
    update.insert(
        QStringLiteral("options"),
        QJsonObject { { QStringLiteral("secret"), QStringLiteral("k") },
                      { QStringLiteral("validationMethod"), QStringLiteral("VERIFY_PAYLOAD") },
                      { QStringLiteral("httpMethod"), QStringLiteral("POST") } });
    const Answer updated = m_server.send("PUT", hooks() + u'/' + id, update);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(QStringLiteral("name")).toString(), QStringLiteral("orders2"));
    QCOMPARE(updated.object().value(QStringLiteral("respond_result")).toBool(), false);
    QCOMPARE(updated.object().value(QStringLiteral("options")).toObject(),
             update.value(QStringLiteral("options")).toObject());
    QCOMPARE(m_server.get(hooks() + u'/' + id).object(), updated.object());

    QCOMPARE(m_server.send("DELETE", hooks() + u'/' + id).status, 204);
    QCOMPARE(m_server.get(hooks() + u'/' + id).status, 404);
    QCOMPARE(m_server.get(hooks()).array().size(), 1);
}

void tst_ResourcesWebhooks::defaults()
{
    const QJsonObject hook = m_server.get(hooks() + u'/' + m_hookId).object();
    for (const char *flag : { "respond_result", "run_as_authed_user", "fetch_custom_user_data",
                              "create_user_on_auth" })
        QCOMPARE(hook.value(QLatin1String(flag)), QJsonValue(false));
    QCOMPARE(hook.value(QStringLiteral("run_as_user_id")), QJsonValue(QString()));
    QCOMPARE(hook.value(QStringLiteral("run_as_user_id_script_source")), QJsonValue(QString()));
    QCOMPARE(hook.value(QStringLiteral("options")), QJsonValue(QJsonObject()));
    QCOMPARE(hook.value(QStringLiteral("can_evaluate")), QJsonValue(QJsonObject()));
}

void tst_ResourcesWebhooks::sourceNotChecked()
{
    // Syntax is the runtime's business: a source that does not parse is still stored.
    QJsonObject body = minimal(QStringLiteral("broken"));
    body.insert(QStringLiteral("function_source"), QStringLiteral("exports = function( {"));
    const Answer created = m_server.send("POST", hooks(), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_server
                 .send("DELETE",
                       hooks() + u'/' + created.object().value(QStringLiteral("_id")).toString())
                 .status,
             204);
}

void tst_ResourcesWebhooks::duplicateName()
{
    const Answer again = m_server.send("POST", hooks(), minimal(QStringLiteral("kept")));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("IncomingWebhookAlreadyExists"));

    const QString second = m_server.send("POST", hooks(), minimal(QStringLiteral("second")))
                               .object()
                               .value(QStringLiteral("_id"))
                               .toString();
    const Answer rename
        = m_server.send("PUT", hooks() + u'/' + second, minimal(QStringLiteral("kept")));
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("IncomingWebhookAlreadyExists"));
    QCOMPARE(m_server.send("DELETE", hooks() + u'/' + second).status, 204);
}

void tst_ResourcesWebhooks::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    const QByteArray head("{\"name\":\"h\",\"function_source\":\"exports=()=>1\"");
    QTest::newRow("malformed") << QByteArray("{,}") << invalid;
    QTest::newRow("no name") << QByteArray("{\"function_source\":\"x\"}") << missing;
    QTest::newRow("no source") << QByteArray("{\"name\":\"h\"}") << missing;
    QTest::newRow("source number")
        << QByteArray("{\"name\":\"h\",\"function_source\":1}") << invalid;
    QTest::newRow("bad name") << QByteArray("{\"name\":\"h h\",\"function_source\":\"x\"}")
                              << invalid;
    QTest::newRow("respond_result string") << head + ",\"respond_result\":\"yes\"}" << invalid;
    QTest::newRow("run_as_user_id number") << head + ",\"run_as_user_id\":1}" << invalid;
    QTest::newRow("options array") << head + ",\"options\":[]}" << invalid;
    QTest::newRow("secret number") << head + ",\"options\":{\"secret\":1}}" << invalid;
    QTest::newRow("unknown validation")
        << head + ",\"options\":{\"secret\":\"s\",\"validationMethod\":\"MD5\"}}" << invalid;
    QTest::newRow("query param without secret")
        << head + ",\"options\":{\"secretAsQueryParam\":true}}" << missing;
    QTest::newRow("verify without secret")
        << head + ",\"options\":{\"validationMethod\":\"VERIFY_PAYLOAD\"}}" << missing;
    QTest::newRow("two run-as choices")
        << head + ",\"run_as_authed_user\":true,\"run_as_user_id\":\"u\"}" << invalid;
    QTest::newRow("unknown http method")
        << head + ",\"options\":{\"httpMethod\":\"TRACE\"}}" << invalid;
    QTest::newRow("can_evaluate string") << head + ",\"can_evaluate\":\"x\"}" << invalid;
}

void tst_ResourcesWebhooks::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(hooks()).body;
    Answer answer = m_server.send("POST", hooks(), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    answer = m_server.send("PUT", hooks() + u'/' + m_hookId, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(hooks()).body, before);
}

void tst_ResourcesWebhooks::unknownIds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("errorCode");
    const QString unknownService = hooks(stitchlocal::secrets::newObjectId());
    const QString unknownHook = hooks() + u'/' + stitchlocal::secrets::newObjectId();
    const QString wrongService = hooks(m_otherServiceId) + u'/' + m_hookId;
    const QString service = QStringLiteral("ServiceNotFound");
    const QString hook = QStringLiteral("IncomingWebhookNotFound");
    QTest::newRow("list, no service") << QByteArray("GET") << unknownService << service;
    QTest::newRow("create, no service") << QByteArray("POST") << unknownService << service;
    QTest::newRow("put, no service")
        << QByteArray("PUT") << unknownService + u'/' + m_hookId << service;
    for (const QByteArray &verb : { QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE") }) {
        QTest::newRow(verb + ", no webhook") << verb << unknownHook << hook;
        QTest::newRow(verb + ", other service") << verb << wrongService << hook;
    }
}

void tst_ResourcesWebhooks::unknownIds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QString, errorCode);
    const Answer answer = m_server.send(verb, suffix, minimal(QStringLiteral("ghost")));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.count(QStringLiteral("incoming_webhook")), 1);
}

void tst_ResourcesWebhooks::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString one = hooks() + u'/' + m_hookId;
    const QByteArray body = json(minimal(QStringLiteral("intruder")));
    QTest::newRow("list") << QByteArray("GET") << hooks() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << hooks() << body;
    QTest::newRow("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << one << body;
    QTest::newRow("delete") << QByteArray("DELETE") << one << QByteArray();
}

void tst_ResourcesWebhooks::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = m_server.get(hooks()).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(hooks()).body, before);
}

QTEST_GUILESS_MAIN(tst_ResourcesWebhooks)
#include "tst_resources_webhooks.moc"
