#include "resourcetestkit.h"

using namespace resourcetest;

namespace {
const QString kTriggers = QStringLiteral("/triggers");
}

class tst_ResourcesTriggers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createEachType_data();
    void createEachType();
    void functionNameFollowsRename();
    void olderDocument();
    void update();
    void duplicateName();
    void badBody_data();
    void badBody();
    void resume();
    void unknownTrigger_data();
    void unknownTrigger();
    void access_data();
    void access();

private:
    QJsonObject authTrigger(const QString &name) const
    {
        return { { QStringLiteral("name"), name },
                 { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") },
                 { QStringLiteral("function_id"), m_functionId },
                 { QStringLiteral("config"),
                   QJsonObject { { QStringLiteral("operation_type"), QStringLiteral("LOGIN") },
                                 { QStringLiteral("providers"),
                                   QJsonArray { QStringLiteral("local-userpass") } } } } };
    }
    QString create(const QJsonObject &body)
    {
        const Answer answer = m_server.send("POST", kTriggers, body);
        return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                    : QString();
    }

    TestServer m_server;
    TestServer m_expired;
    QString m_functionId;
    QString m_otherFunctionId;
    QString m_atlasId;
    QString m_httpId;
    QString m_triggerId; //!< kept for the whole run
};

void tst_ResourcesTriggers::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, kTriggers);
    m_functionId = m_server.addFunction(QStringLiteral("onLogin"));
    m_otherFunctionId = m_server.addFunction(QStringLiteral("onChange"));
    QVERIFY(!m_functionId.isEmpty() && !m_otherFunctionId.isEmpty());
    const auto service = [this](const char *name, const char *type, const QJsonObject &config) {
        return m_server
            .send("POST", QStringLiteral("/services"),
                  QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                                { QStringLiteral("type"), QLatin1String(type) },
                                { QStringLiteral("config"), config } })
            .object()
            .value(QStringLiteral("_id"))
            .toString();
    };
    m_atlasId = service("mongodb-atlas", "mongodb-atlas",
                        { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") } });
    m_httpId = service("web", "http", {});
    QVERIFY(!m_atlasId.isEmpty() && !m_httpId.isEmpty());
    m_triggerId = create(authTrigger(QStringLiteral("kept")));
    QVERIFY(!m_triggerId.isEmpty());
}

void tst_ResourcesTriggers::createEachType_data()
{
    QTest::addColumn<QJsonObject>("body");
    QJsonObject auth = authTrigger(QStringLiteral("onCreate"));
    auth.insert(QStringLiteral("disabled"), true);
    QTest::newRow("AUTHENTICATION") << auth;
    QTest::newRow("DATABASE") << QJsonObject {
        { QStringLiteral("name"), QStringLiteral("onOrder") },
        { QStringLiteral("type"), QStringLiteral("DATABASE") },
        { QStringLiteral("function_id"), m_otherFunctionId },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("service_id"), m_atlasId },
                        { QStringLiteral("database"), QStringLiteral("shop") },
                        { QStringLiteral("collection"), QStringLiteral("orders") },
                        { QStringLiteral("operation_types"),
                          QJsonArray { QStringLiteral("INSERT"), QStringLiteral("UPDATE") } },
                        { QStringLiteral("match"), QJsonObject() },
                        { QStringLiteral("full_document"), true } } }
    };
    QTest::newRow("SCHEDULED") << QJsonObject {
        { QStringLiteral("name"), QStringLiteral("daily") },
        { QStringLiteral("type"), QStringLiteral("SCHEDULED") },
        { QStringLiteral("function_id"), m_functionId },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("schedule"), QStringLiteral("0 8 * * 1-5") } } }
    };
}

void tst_ResourcesTriggers::createEachType()
{
    QFETCH(QJsonObject, body);
    const Answer created = m_server.send("POST", kTriggers, body);
    QCOMPARE(created.status, 201);
    const QJsonObject trigger = created.object();
    const QString id = trigger.value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    for (const QString &key : body.keys())
        QCOMPARE(trigger.value(key), body.value(key));
    const QString functionId = body.value(QStringLiteral("function_id")).toString();
    QCOMPARE(trigger.value(QStringLiteral("function_name")).toString(),
             functionId == m_functionId ? QStringLiteral("onLogin") : QStringLiteral("onChange"));
    QCOMPARE(trigger.value(QStringLiteral("disabled")).toBool(),
             body.value(QStringLiteral("disabled")).toBool());
    QCOMPARE(trigger.value(QStringLiteral("suspended")), QJsonValue(false));
    QCOMPARE(trigger.value(QStringLiteral("event_processors"))
                 .toObject()
                 .value(QStringLiteral("FUNCTION"))
                 .toObject()
                 .value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("function_id"))
                 .toString(),
             functionId);
    QCOMPARE(m_server.get(kTriggers + u'/' + id).object(), trigger);

    bool listed = false;
    const QJsonArray list = m_server.get(kTriggers).array();
    for (const QJsonValue &item : list)
        listed = listed || item.toObject() == trigger;
    QVERIFY(listed);

    // DELETE answers 200 with {}, as the reference gives it.
    const Answer removed = m_server.send("DELETE", kTriggers + u'/' + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.object(), QJsonObject());
    QCOMPARE(m_server.get(kTriggers + u'/' + id).status, 404);
}

void tst_ResourcesTriggers::functionNameFollowsRename()
{
    const QString functionId = m_server.addFunction(QStringLiteral("before"));
    QJsonObject body = authTrigger(QStringLiteral("renamed"));
    body.insert(QStringLiteral("function_id"), functionId);
    const QString id = create(body);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_server.sql(QStringLiteral("UPDATE resources SET name = 'after', doc = json_set(doc,"
                                        " '$.name', 'after') WHERE kind = 'function' AND id = ?"),
                         { functionId }));
    QCOMPARE(m_server.get(kTriggers + u'/' + id)
                 .object()
                 .value(QStringLiteral("function_name"))
                 .toString(),
             QStringLiteral("after"));
    QCOMPARE(m_server.send("DELETE", kTriggers + u'/' + id).status, 200);
}

// A trigger stored without the flags (as the demo app writes it) answers them as false.
void tst_ResourcesTriggers::olderDocument()
{
    const QString id = stitchlocal::secrets::newObjectId();
    const QJsonObject doc { { QStringLiteral("_id"), id },
                            { QStringLiteral("name"), QStringLiteral("older") },
                            { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") },
                            { QStringLiteral("function_id"), m_functionId },
                            { QStringLiteral("config"), QJsonObject() } };
    QVERIFY(
        m_server.sql(QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name,"
                                    " doc, updated) VALUES(?, 'trigger', ?, '', 'older', ?, 0)"),
                     { m_server.appId, id, QString::fromUtf8(json(doc)) }));
    const QJsonObject answer = m_server.get(kTriggers + u'/' + id).object();
    QCOMPARE(answer.value(QStringLiteral("disabled")), QJsonValue(false));
    QCOMPARE(answer.value(QStringLiteral("suspended")), QJsonValue(false));
    QCOMPARE(answer.value(QStringLiteral("function_name")).toString(), QStringLiteral("onLogin"));
    QCOMPARE(m_server.send("DELETE", kTriggers + u'/' + id).status, 200);
}

void tst_ResourcesTriggers::update()
{
    const QString id = create(authTrigger(QStringLiteral("toUpdate")));
    QJsonObject body = authTrigger(QStringLiteral("updated"));
    body.insert(QStringLiteral("function_id"), m_otherFunctionId);
    body.insert(QStringLiteral("disabled"), true);
    const Answer put = m_server.send("PUT", kTriggers + u'/' + id, body);
    QCOMPARE(put.status, 204);
    QVERIFY(put.body.isEmpty());
    const QJsonObject now = m_server.get(kTriggers + u'/' + id).object();
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("updated"));
    QCOMPARE(now.value(QStringLiteral("function_id")).toString(), m_otherFunctionId);
    QCOMPARE(now.value(QStringLiteral("function_name")).toString(), QStringLiteral("onChange"));
    QCOMPARE(now.value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(m_server.send("DELETE", kTriggers + u'/' + id).status, 200);
}

void tst_ResourcesTriggers::duplicateName()
{
    const Answer again = m_server.send("POST", kTriggers, authTrigger(QStringLiteral("kept")));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("TriggerAlreadyExists"));
    const QString id = create(authTrigger(QStringLiteral("second")));
    const Answer rename
        = m_server.send("PUT", kTriggers + u'/' + id, authTrigger(QStringLiteral("kept")));
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("TriggerAlreadyExists"));
    QCOMPARE(m_server.get(kTriggers + u'/' + id).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("second"));
    QCOMPARE(m_server.send("DELETE", kTriggers + u'/' + id).status, 200);
}

void tst_ResourcesTriggers::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    const auto with = [this](const QString &key, const QJsonValue &value) {
        QJsonObject body = authTrigger(QStringLiteral("bad"));
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return json(body);
    };
    const auto database = [this](const QJsonObject &changes, const QStringList &drop = {}) {
        QJsonObject config { { QStringLiteral("service_id"), m_atlasId },
                             { QStringLiteral("database"), QStringLiteral("db") },
                             { QStringLiteral("collection"), QStringLiteral("c") },
                             { QStringLiteral("operation_types"),
                               QJsonArray { QStringLiteral("INSERT") } } };
        for (auto it = changes.begin(); it != changes.end(); ++it)
            config.insert(it.key(), it.value());
        for (const QString &key : drop)
            config.remove(key);
        return json(QJsonObject { { QStringLiteral("name"), QStringLiteral("bad") },
                                  { QStringLiteral("type"), QStringLiteral("DATABASE") },
                                  { QStringLiteral("function_id"), m_functionId },
                                  { QStringLiteral("config"), config } });
    };
    const auto auth = [this](const QJsonObject &config) {
        QJsonObject body = authTrigger(QStringLiteral("bad"));
        body.insert(QStringLiteral("config"), config);
        return json(body);
    };
    const QJsonArray local { QStringLiteral("local-userpass") };
    QTest::newRow("malformed") << QByteArray("{\"name\":") << invalid;
    QTest::newRow("no name") << with(QStringLiteral("name"), QJsonValue::Undefined) << missing;
    QTest::newRow("bad name") << with(QStringLiteral("name"), QStringLiteral("a b")) << invalid;
    QTest::newRow("no type") << with(QStringLiteral("type"), QJsonValue::Undefined) << missing;
    QTest::newRow("unknown type") << with(QStringLiteral("type"), QStringLiteral("HTTP"))
                                  << invalid;
    QTest::newRow("disabled string")
        << with(QStringLiteral("disabled"), QStringLiteral("no")) << invalid;
    QTest::newRow("no config") << with(QStringLiteral("config"), QJsonValue::Undefined) << missing;
    QTest::newRow("config array") << with(QStringLiteral("config"), QJsonArray()) << invalid;
    QTest::newRow("no function") << with(QStringLiteral("function_id"), QJsonValue::Undefined)
                                 << missing;
    QTest::newRow("function number") << with(QStringLiteral("function_id"), 5) << invalid;
    QTest::newRow("unknown function")
        << with(QStringLiteral("function_id"), stitchlocal::secrets::newObjectId())
        << QStringLiteral("FunctionNotFound");
    QTest::newRow("service id as function")
        << with(QStringLiteral("function_id"), m_atlasId) << QStringLiteral("FunctionNotFound");
    QTest::newRow("db no service") << database({}, { QStringLiteral("service_id") }) << missing;
    QTest::newRow("db unknown service")
        << database({ { QStringLiteral("service_id"), stitchlocal::secrets::newObjectId() } })
        << QStringLiteral("ServiceNotFound");
    QTest::newRow("db http service")
        << database({ { QStringLiteral("service_id"), m_httpId } }) << invalid;
    QTest::newRow("db no database") << database({}, { QStringLiteral("database") }) << missing;
    QTest::newRow("db empty collection")
        << database({ { QStringLiteral("collection"), QString() } }) << missing;
    QTest::newRow("db no operations")
        << database({}, { QStringLiteral("operation_types") }) << missing;
    QTest::newRow("db empty operations")
        << database({ { QStringLiteral("operation_types"), QJsonArray() } }) << invalid;
    QTest::newRow("db unknown operation")
        << database({ { QStringLiteral("operation_types"),
                        QJsonArray { QStringLiteral("INSERT"), QStringLiteral("DROP") } } })
        << invalid;
    QTest::newRow("db match array")
        << database({ { QStringLiteral("match"), QJsonArray() } }) << invalid;
    QTest::newRow("db full_document string")
        << database({ { QStringLiteral("full_document"), QStringLiteral("yes") } }) << invalid;
    QTest::newRow("auth no operation")
        << auth({ { QStringLiteral("providers"), local } }) << missing;
    QTest::newRow("auth unknown operation")
        << auth({ { QStringLiteral("operation_type"), QStringLiteral("LOGOUT") },
                  { QStringLiteral("providers"), local } })
        << invalid;
    QTest::newRow("auth no providers")
        << auth({ { QStringLiteral("operation_type"), QStringLiteral("CREATE") } }) << missing;
    QTest::newRow("auth empty providers")
        << auth({ { QStringLiteral("operation_type"), QStringLiteral("CREATE") },
                  { QStringLiteral("providers"), QJsonArray() } })
        << invalid;
    QTest::newRow("auth unknown provider")
        << auth({ { QStringLiteral("operation_type"), QStringLiteral("DELETE") },
                  { QStringLiteral("providers"), QJsonArray { QStringLiteral("ldap") } } })
        << invalid;
    QTest::newRow("scheduled no schedule")
        << json(QJsonObject { { QStringLiteral("name"), QStringLiteral("bad") },
                              { QStringLiteral("type"), QStringLiteral("SCHEDULED") },
                              { QStringLiteral("function_id"), m_functionId },
                              { QStringLiteral("config"), QJsonObject() } })
        << missing;
    QTest::newRow("db database number")
        << database({ { QStringLiteral("database"), 3 } }) << invalid;
    QTest::newRow("scheduled four fields") << json(QJsonObject {
        { QStringLiteral("name"), QStringLiteral("bad") },
        { QStringLiteral("type"), QStringLiteral("SCHEDULED") },
        { QStringLiteral("function_id"), m_functionId },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("schedule"), QStringLiteral("0 8 * *") } } } })
                                           << invalid;
}

void tst_ResourcesTriggers::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(kTriggers).body;
    Answer answer = m_server.send("POST", kTriggers, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    answer = m_server.send("PUT", kTriggers + u'/' + m_triggerId, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(kTriggers).body, before);
}

void tst_ResourcesTriggers::resume()
{
    const QString one = kTriggers + u'/' + m_triggerId;
    // The runtime suspends a failing trigger by rewriting its document; do the same here.
    QVERIFY(m_server.sql(QStringLiteral("UPDATE resources SET doc = json_set(doc, '$.suspended',"
                                        " json('true')) WHERE kind = 'trigger' AND id = ?"),
                         { m_triggerId }));
    QCOMPARE(m_server.get(one).object().value(QStringLiteral("suspended")), QJsonValue(true));
    // A PUT does not clear the suspension: only resume does.
    QCOMPARE(m_server.send("PUT", one, authTrigger(QStringLiteral("kept"))).status, 204);
    QCOMPARE(m_server.get(one).object().value(QStringLiteral("suspended")), QJsonValue(true));

    const Answer resumed = m_server.send("PUT", one + QStringLiteral("/resume"));
    QCOMPARE(resumed.status, 204);
    QCOMPARE(m_server.get(one).object().value(QStringLiteral("suspended")), QJsonValue(false));
    // Resuming a trigger that is not suspended is harmless.
    QCOMPARE(m_server.send("PUT", one + QStringLiteral("/resume")).status, 204);
}

void tst_ResourcesTriggers::unknownTrigger_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    const QString unknown = kTriggers + u'/' + stitchlocal::secrets::newObjectId();
    QTest::newRow("get") << QByteArray("GET") << unknown;
    QTest::newRow("put") << QByteArray("PUT") << unknown;
    QTest::newRow("delete") << QByteArray("DELETE") << unknown;
    QTest::newRow("resume") << QByteArray("PUT") << unknown + QStringLiteral("/resume");
}

void tst_ResourcesTriggers::unknownTrigger()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer = m_server.send(verb, suffix, authTrigger(QStringLiteral("ghost")));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("TriggerNotFound"));
    QCOMPARE(m_server.count(QStringLiteral("trigger")), 1);
}

void tst_ResourcesTriggers::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString one = kTriggers + u'/' + m_triggerId;
    const QByteArray body = json(authTrigger(QStringLiteral("intruder")));
    QTest::newRow("list") << QByteArray("GET") << kTriggers << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << kTriggers << body;
    QTest::newRow("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << one << body;
    QTest::newRow("delete") << QByteArray("DELETE") << one << QByteArray();
    QTest::newRow("resume") << QByteArray("PUT") << one + QStringLiteral("/resume") << QByteArray();
}

void tst_ResourcesTriggers::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = m_server.get(kTriggers).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(kTriggers).body, before);
}

QTEST_GUILESS_MAIN(tst_ResourcesTriggers)
#include "tst_resources_triggers.moc"
