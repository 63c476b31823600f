#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void namespaceRule();
    void duplicateName();
    void badBody_data();
    void badBody();
    void unknownIds_data();
    void unknownIds();
    void access_data();
    void access();

private:
    QString rules(const QString &serviceId = QString()) const
    {
        return QStringLiteral("/services/%1/rules")
            .arg(serviceId.isEmpty() ? m_serviceId : serviceId);
    }

    TestServer m_server;
    TestServer m_expired;
    QString m_serviceId;
    QString m_otherServiceId;
    QString m_ruleId; //!< kept for the whole run
};

void tst_ResourcesRules::initTestCase()
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
    const Answer rule = m_server.send(
        "POST", rules(),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") },
                      { QStringLiteral("actions"), QJsonArray { QStringLiteral("get") } } });
    QCOMPARE(rule.status, 201);
    m_ruleId = rule.object().value(QStringLiteral("_id")).toString();
}

void tst_ResourcesRules::lifecycle()
{
    const QJsonObject body {
        { QStringLiteral("name"), QStringLiteral("getOnly") },
        { QStringLiteral("actions"), QJsonArray { QStringLiteral("get") } },
        { QStringLiteral("when"),
          QJsonObject { { QStringLiteral("%%args.url.host"), QStringLiteral("example.com") } } }
    };
    const Answer created = m_server.send("POST", rules(), body);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    // The create answer is {_id, name}, as the reference gives it.
    QCOMPARE(created.object(),
             (QJsonObject { { QStringLiteral("_id"), id },
                            { QStringLiteral("name"), QStringLiteral("getOnly") } }));
    QJsonObject expected = body;
    expected.insert(QStringLiteral("_id"), id);
    QCOMPARE(m_server.get(rules() + u'/' + id).object(), expected);
    QCOMPARE(m_server.get(rules()).array().size(), 2);
    QCOMPARE(m_server.get(rules(m_otherServiceId)).array(), QJsonArray());

    const QJsonObject update { { QStringLiteral("name"), QStringLiteral("postToo") },
                               { QStringLiteral("actions"),
                                 QJsonArray { QStringLiteral("get"), QStringLiteral("post") } } };
    const Answer updated = m_server.send("PUT", rules() + u'/' + id, update);
    QCOMPARE(updated.status, 200);
    expected = update;
    expected.insert(QStringLiteral("_id"), id);
    QCOMPARE(updated.object(), expected);
    QCOMPARE(m_server.get(rules() + u'/' + id).object(), expected);

    QCOMPARE(m_server.send("DELETE", rules() + u'/' + id).status, 204);
    QCOMPARE(m_server.get(rules() + u'/' + id).status, 404);
    QCOMPARE(m_server.get(rules()).array().size(), 1);
}

void tst_ResourcesRules::namespaceRule()
{
    // A MongoDB namespace rule without a name is named after its namespace.
    const Answer created
        = m_server.send("POST", rules(),
                        QJsonObject { { QStringLiteral("database"), QStringLiteral("shop") },
                                      { QStringLiteral("collection"), QStringLiteral("orders") },
                                      { QStringLiteral("roles"), QJsonArray() } });
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("shop.orders"));
    QCOMPARE(m_server
                 .send("DELETE",
                       rules() + u'/' + created.object().value(QStringLiteral("_id")).toString())
                 .status,
             204);
}

void tst_ResourcesRules::duplicateName()
{
    const Answer again = m_server.send(
        "POST", rules(), QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("RuleAlreadyExists"));
    // The same name under another service is fine: names are unique per service.
    const Answer elsewhere
        = m_server.send("POST", rules(m_otherServiceId),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(elsewhere.status, 201);
    const QString otherId = elsewhere.object().value(QStringLiteral("_id")).toString();

    const Answer second = m_server.send(
        "POST", rules(), QJsonObject { { QStringLiteral("name"), QStringLiteral("second") } });
    const QString secondId = second.object().value(QStringLiteral("_id")).toString();
    const Answer rename
        = m_server.send("PUT", rules() + u'/' + secondId,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("RuleAlreadyExists"));
    QCOMPARE(m_server.send("DELETE", rules() + u'/' + secondId).status, 204);
    QCOMPARE(m_server.send("DELETE", rules(m_otherServiceId) + u'/' + otherId).status, 204);
}

void tst_ResourcesRules::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    QTest::newRow("malformed") << QByteArray("{\"name\"") << invalid;
    QTest::newRow("array") << QByteArray("[]") << invalid;
    QTest::newRow("no name") << QByteArray("{\"actions\":[]}") << missing;
    QTest::newRow("name number") << QByteArray("{\"name\":1}") << invalid;
    QTest::newRow("name slash") << QByteArray("{\"name\":\"a/b\"}") << invalid;
    QTest::newRow("actions object") << QByteArray("{\"name\":\"a\",\"actions\":{}}") << invalid;
    QTest::newRow("when array") << QByteArray("{\"name\":\"a\",\"when\":[]}") << invalid;
    QTest::newRow("roles string") << QByteArray("{\"name\":\"a\",\"roles\":\"x\"}") << invalid;
    QTest::newRow("database number")
        << QByteArray("{\"database\":1,\"collection\":\"c\"}") << invalid;
}

void tst_ResourcesRules::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(rules()).body;
    Answer answer = m_server.send("POST", rules(), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    answer = m_server.send("PUT", rules() + u'/' + m_ruleId, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(rules()).body, before);
}

void tst_ResourcesRules::unknownIds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("errorCode");
    const QString unknownService = rules(stitchlocal::secrets::newObjectId());
    const QString unknownRule = rules() + u'/' + stitchlocal::secrets::newObjectId();
    // A rule reached through a service it does not belong to is unknown there.
    const QString wrongService = rules(m_otherServiceId) + u'/' + m_ruleId;
    const QString service = QStringLiteral("ServiceNotFound");
    const QString rule = QStringLiteral("RuleNotFound");
    QTest::newRow("list, no service") << QByteArray("GET") << unknownService << service;
    QTest::newRow("create, no service") << QByteArray("POST") << unknownService << service;
    QTest::newRow("get, no service")
        << QByteArray("GET") << unknownService + QStringLiteral("/") + m_ruleId << service;
    for (const QByteArray &verb : { QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE") }) {
        QTest::newRow(verb + ", no rule") << verb << unknownRule << rule;
        QTest::newRow(verb + ", other service") << verb << wrongService << rule;
    }
}

void tst_ResourcesRules::unknownIds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QString, errorCode);
    const Answer answer = m_server.send(verb, suffix, QByteArray("{\"name\":\"ghost\"}"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.count(QStringLiteral("rule")), 1);
}

void tst_ResourcesRules::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString one = rules() + u'/' + m_ruleId;
    const QByteArray body("{\"name\":\"intruder\"}");
    QTest::newRow("list") << QByteArray("GET") << rules() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << rules() << body;
    QTest::newRow("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << one << body;
    QTest::newRow("delete") << QByteArray("DELETE") << one << QByteArray();
}

void tst_ResourcesRules::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = m_server.get(rules()).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(rules()).body, before);
}

QTEST_GUILESS_MAIN(tst_ResourcesRules)
#include "tst_resources_rules.moc"
