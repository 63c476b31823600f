#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void lastModified();
    void anyJson_data();
    void anyJson();
    void duplicateName();
    void badBody_data();
    void badBody();
    void unknownValue_data();
    void unknownValue();
    void access_data();
    void access();

private:
    QString create(const QString &name, const QJsonValue &value = 1);

    TestServer m_server;
    TestServer m_expired;
    QString m_valueId;
};

void tst_ResourcesValues::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, QStringLiteral("/values"));
    m_valueId = create(QStringLiteral("kept"));
    QVERIFY(!m_valueId.isEmpty());
}

QString tst_ResourcesValues::create(const QString &name, const QJsonValue &value)
{
    const Answer answer = m_server.send(
        "POST", QStringLiteral("/values"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                : QString();
}

void tst_ResourcesValues::lifecycle()
{
    const QJsonObject body { { QStringLiteral("name"), QStringLiteral("apiBase") },
                             { QStringLiteral("private"), true },
                             { QStringLiteral("value"), QStringLiteral("https://example.com") } };
    const Answer created = m_server.send("POST", QStringLiteral("/values"), body);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    QJsonObject expected = body;
    expected.insert(QStringLiteral("_id"), id);
    const QJsonValue stamp = created.object().value(QStringLiteral("last_modified"));
    expected.insert(QStringLiteral("last_modified"), stamp);
    QCOMPARE(created.object(), expected);
    QCOMPARE(m_server.get(QStringLiteral("/values/") + id).object(), expected);

    // The list carries no value, only _id, name and private.
    bool listed = false;
    const QJsonArray list = m_server.get(QStringLiteral("/values")).array();
    for (const QJsonValue &item : list) {
        if (item.toObject().value(QStringLiteral("_id")).toString() == id) {
            listed = true;
            QCOMPARE(item.toObject(),
                     (QJsonObject { { QStringLiteral("_id"), id },
                                    { QStringLiteral("name"), QStringLiteral("apiBase") },
                                    { QStringLiteral("private"), true },
                                    { QStringLiteral("from_secret"), false },
                                    { QStringLiteral("last_modified"), stamp } }));
        }
    }
    QVERIFY(listed);

    // PUT replaces the whole value: private falls back to false when left out.
    const QJsonObject update { { QStringLiteral("name"), QStringLiteral("apiRoot") },
                               { QStringLiteral("value"), QJsonArray { 1, 2 } } };
    const Answer updated = m_server.send("PUT", QStringLiteral("/values/") + id, update);
    QCOMPARE(updated.status, 200);
    expected = update;
    expected.insert(QStringLiteral("_id"), id);
    expected.insert(QStringLiteral("private"), false);
    expected.insert(QStringLiteral("last_modified"),
                    updated.object().value(QStringLiteral("last_modified")));
    QCOMPARE(updated.object(), expected);
    QCOMPARE(m_server.get(QStringLiteral("/values/") + id).object(), expected);

    QCOMPARE(m_server.send("DELETE", QStringLiteral("/values/") + id).status, 204);
    QCOMPARE(m_server.get(QStringLiteral("/values/") + id).status, 404);
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/values/") + id).status, 404);
}

// last_modified: Unix seconds of the last write, in the create answer, get and list, moved by a
// PUT.
void tst_ResourcesValues::lastModified()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString id = create(QStringLiteral("stamped"));
    QVERIFY(!id.isEmpty());
    const QJsonValue first = m_server.get(QStringLiteral("/values/") + id)
                                 .object()
                                 .value(QStringLiteral("last_modified"));
    QVERIFY(first.isDouble());
    QVERIFY(qint64(first.toDouble()) >= before - 1);
    QVERIFY(qint64(first.toDouble()) <= before + 5); // seconds, not milliseconds

    m_server.clock.advanceSeconds(100);
    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/values/") + id,
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("stamped") },
                                     { QStringLiteral("value"), 2 } })
                 .status,
             200);
    const QJsonArray list = m_server.get(QStringLiteral("/values")).array();
    qint64 listed = 0;
    for (const QJsonValue &item : list) {
        if (item.toObject().value(QStringLiteral("_id")).toString() == id)
            listed = qint64(item.toObject().value(QStringLiteral("last_modified")).toDouble());
    }
    QCOMPARE(listed, qint64(first.toDouble()) + 100);
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/values/") + id).status, 204);
}

void tst_ResourcesValues::anyJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("string") << QJsonValue(QStringLiteral("text"));
    QTest::newRow("integer") << QJsonValue(42);
    QTest::newRow("double") << QJsonValue(1.5);
    QTest::newRow("bool") << QJsonValue(false);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray { QStringLiteral("a"), 2, QJsonObject() });
    QTest::newRow("object") << QJsonValue(QJsonObject {
        { QStringLiteral("nested"), QJsonObject { { QStringLiteral("deep"), true } } } });
}

void tst_ResourcesValues::anyJson()
{
    QFETCH(QJsonValue, value);
    const QString name = QStringLiteral("any_") + QString::fromLatin1(QTest::currentDataTag());
    const QString id = create(name, value);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_server.get(QStringLiteral("/values/") + id).object().value(QStringLiteral("value")),
             value);
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/values/") + id).status, 204);
}

void tst_ResourcesValues::duplicateName()
{
    const Answer again
        = m_server.send("POST", QStringLiteral("/values"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("ValueAlreadyExists"));

    // Renaming another value onto a taken name is refused too, and changes nothing.
    const QString id = create(QStringLiteral("second"));
    const Answer rename
        = m_server.send("PUT", QStringLiteral("/values/") + id,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("ValueAlreadyExists"));
    QCOMPARE(m_server.get(QStringLiteral("/values/") + id).object().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("second")));
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/values/") + id).status, 204);
}

void tst_ResourcesValues::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    QTest::newRow("malformed") << QByteArray("{\"name\":") << invalid;
    QTest::newRow("array") << QByteArray("[]") << invalid;
    QTest::newRow("empty") << QByteArray() << missing;
    QTest::newRow("no name") << QByteArray("{\"value\":1}") << missing;
    QTest::newRow("empty name") << QByteArray("{\"name\":\"\"}") << missing;
    QTest::newRow("name number") << QByteArray("{\"name\":5}") << invalid;
    QTest::newRow("name with space") << QByteArray("{\"name\":\"a b\"}") << invalid;
    QTest::newRow("name with slash") << QByteArray("{\"name\":\"../x\"}") << invalid;
    QTest::newRow("private string")
        << QByteArray("{\"name\":\"p\",\"private\":\"yes\"}") << invalid;
}

void tst_ResourcesValues::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(QStringLiteral("/values")).body;
    const QJsonObject kept = m_server.get(QStringLiteral("/values/") + m_valueId).object();

    Answer answer = m_server.send("POST", QStringLiteral("/values"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    answer = m_server.send("PUT", QStringLiteral("/values/") + m_valueId, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);

    QCOMPARE(m_server.get(QStringLiteral("/values")).body, before);
    QCOMPARE(m_server.get(QStringLiteral("/values/") + m_valueId).object(), kept);
}

void tst_ResourcesValues::unknownValue_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("id");
    const QString unknown = stitchlocal::secrets::newObjectId();
    QTest::newRow("GET") << QByteArray("GET") << unknown;
    QTest::newRow("PUT") << QByteArray("PUT") << unknown;
    QTest::newRow("DELETE") << QByteArray("DELETE") << unknown;
    QTest::newRow("GET not an id") << QByteArray("GET") << QStringLiteral("nope");
}

void tst_ResourcesValues::unknownValue()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, id);
    const Answer answer
        = m_server.send(verb, QStringLiteral("/values/") + id,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("ghost") } });
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ValueNotFound"));
    QCOMPARE(m_server.count(QStringLiteral("value")), 1);
}

void tst_ResourcesValues::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString value = QStringLiteral("/values/") + m_valueId;
    const QByteArray body("{\"name\":\"intruder\",\"value\":2}");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/values") << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/values") << body;
    QTest::newRow("get") << QByteArray("GET") << value << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << value << body;
    QTest::newRow("delete") << QByteArray("DELETE") << value << QByteArray();
}

void tst_ResourcesValues::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QJsonObject kept = m_server.get(QStringLiteral("/values/") + m_valueId).object();
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(QStringLiteral("/values/") + m_valueId).object(), kept);
    QCOMPARE(m_server.count(QStringLiteral("value")), 1);
}

QTEST_GUILESS_MAIN(tst_ResourcesValues)
#include "tst_resources_values.moc"
