// Secrets: their routes, a write-only value sealed at rest, values that read a secret in
// function runs (from_secret), and service configs that name one (secret_config).

#include "resourcetestkit.h"

using namespace resourcetest;
using servertest::namesOf;

class tst_ResourcesSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void valueNeverAnswered();
    void sealedAtRest();
    void duplicateName();
    void badBody_data();
    void badBody();
    void unknownSecret_data();
    void unknownSecret();
    void valueFromSecretInRuns();
    void valueNamingMissingSecret();
    void serviceSecretConfig();
    void access_data();
    void access();

private:
    QString create(const QString &name, const QString &value);
    //! Runs source as the system and returns the result (canonical Extended JSON).
    QJsonValue run(const QString &source);

    TestServer m_server;
    TestServer m_expired;
    QString m_secretId;
    const QString m_plain = QStringLiteral("hunter2-very-secret");
};

void tst_ResourcesSecrets::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, QStringLiteral("/secrets"));
    m_secretId = create(QStringLiteral("kept"), m_plain);
    QVERIFY(!m_secretId.isEmpty());
}

QString tst_ResourcesSecrets::create(const QString &name, const QString &value)
{
    const Answer answer = m_server.send(
        "POST", QStringLiteral("/secrets"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                : QString();
}

QJsonValue tst_ResourcesSecrets::run(const QString &source)
{
    const Answer answer
        = m_server.send("POST", QStringLiteral("/debug/execute_function_source?run_as_system=true"),
                        QJsonObject { { QStringLiteral("source"), source } });
    if (answer.status != 200)
        qWarning() << answer.status << answer.body;
    return answer.object().value(QStringLiteral("result"));
}

void tst_ResourcesSecrets::lifecycle()
{
    const Answer created
        = m_server.send("POST", QStringLiteral("/secrets"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("twilioToken") },
                                      { QStringLiteral("value"), QStringLiteral("abc") } });
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    QCOMPARE(created.object(),
             (QJsonObject { { QStringLiteral("_id"), id },
                            { QStringLiteral("name"), QStringLiteral("twilioToken") } }));
    QVERIFY(namesOf(m_server.get(QStringLiteral("/secrets")).array())
                .contains(QStringLiteral("twilioToken")));

    // Rename only, new value only, both: each 204.
    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/secrets/") + id,
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("smsToken") } })
                 .status,
             204);
    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/secrets/") + id,
                       QJsonObject { { QStringLiteral("value"), QStringLiteral("def") } })
                 .status,
             204);
    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/secrets/") + id,
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("sms") },
                                     { QStringLiteral("value"), QStringLiteral("ghi") } })
                 .status,
             204);
    const QStringList names = namesOf(m_server.get(QStringLiteral("/secrets")).array());
    QVERIFY(names.contains(QStringLiteral("sms")));
    QVERIFY(!names.contains(QStringLiteral("smsToken")));

    QCOMPARE(m_server.send("DELETE", QStringLiteral("/secrets/") + id).status, 204);
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/secrets/") + id).status, 404);
    QVERIFY(
        !namesOf(m_server.get(QStringLiteral("/secrets")).array()).contains(QStringLiteral("sms")));
}

void tst_ResourcesSecrets::valueNeverAnswered()
{
    const QJsonArray list = m_server.get(QStringLiteral("/secrets")).array();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &item : list)
        QCOMPARE(item.toObject().keys(),
                 (QStringList { QStringLiteral("_id"), QStringLiteral("name") }));
    QVERIFY(!m_server.get(QStringLiteral("/secrets")).body.contains(m_plain.toUtf8()));
    // Neither in the export, which people share.
    QVERIFY(!m_server.get(QStringLiteral("/export")).body.contains(m_plain.toUtf8()));
}

// The store holds the value sealed: not in the document, not anywhere in the database file.
void tst_ResourcesSecrets::sealedAtRest()
{
    QFile database(m_server.dir.filePath(QStringLiteral("stitch-local.sqlite")));
    QFile wal(m_server.dir.filePath(QStringLiteral("stitch-local.sqlite-wal")));
    QByteArray bytes;
    if (database.open(QIODevice::ReadOnly))
        bytes += database.readAll();
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY(bytes.contains("kept")); // the name is there to be found...
    QVERIFY(!bytes.contains(m_plain.toUtf8())); // ...the value is not
    const QFileInfo key(m_server.dir.filePath(QStringLiteral("secret-values.key")));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void tst_ResourcesSecrets::duplicateName()
{
    const Answer again
        = m_server.send("POST", QStringLiteral("/secrets"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") },
                                      { QStringLiteral("value"), QStringLiteral("x") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("SecretAlreadyExists"));

    const QString id = create(QStringLiteral("second"), QStringLiteral("y"));
    const Answer rename
        = m_server.send("PUT", QStringLiteral("/secrets/") + id,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } });
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("SecretAlreadyExists"));
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/secrets/") + id).status, 204);
}

void tst_ResourcesSecrets::badBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    QTest::newRow("POST malformed") << QByteArray("POST") << QByteArray("{\"name\":") << invalid;
    QTest::newRow("POST no name") << QByteArray("POST") << QByteArray("{\"value\":\"v\"}")
                                  << missing;
    QTest::newRow("POST no value")
        << QByteArray("POST") << QByteArray("{\"name\":\"n\"}") << missing;
    QTest::newRow("POST value number")
        << QByteArray("POST") << QByteArray("{\"name\":\"n\",\"value\":5}") << invalid;
    QTest::newRow("POST bad name")
        << QByteArray("POST") << QByteArray("{\"name\":\"a b\",\"value\":\"v\"}") << invalid;
    QTest::newRow("PUT nothing") << QByteArray("PUT") << QByteArray("{}") << missing;
    QTest::newRow("PUT empty name")
        << QByteArray("PUT") << QByteArray("{\"name\":\"\"}") << missing;
    QTest::newRow("PUT value object")
        << QByteArray("PUT") << QByteArray("{\"value\":{}}") << invalid;
}

void tst_ResourcesSecrets::badBody()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(QStringLiteral("/secrets")).body;
    const int stored = m_server.count(QStringLiteral("secret"));
    const QString path
        = verb == "PUT" ? QStringLiteral("/secrets/") + m_secretId : QStringLiteral("/secrets");
    const Answer answer = m_server.send(verb, path, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(QStringLiteral("/secrets")).body, before);
    QCOMPARE(m_server.count(QStringLiteral("secret")), stored);
}

void tst_ResourcesSecrets::unknownSecret_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
}

void tst_ResourcesSecrets::unknownSecret()
{
    QFETCH(QByteArray, verb);
    const Answer answer
        = m_server.send(verb, QStringLiteral("/secrets/") + stitchlocal::secrets::newObjectId(),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("ghost") } });
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("SecretNotFound"));
}

// A value {from_secret: true, value: "<secret>"} reads the secret's current value in runs.
void tst_ResourcesSecrets::valueFromSecretInRuns()
{
    const QString secretId = create(QStringLiteral("stripeKey"), QStringLiteral("sk_first"));
    QVERIFY(!secretId.isEmpty());
    const Answer value
        = m_server.send("POST", QStringLiteral("/values"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("stripe") },
                                      { QStringLiteral("from_secret"), true },
                                      { QStringLiteral("value"), QStringLiteral("stripeKey") } });
    QCOMPARE(value.status, 201);
    QCOMPARE(value.object().value(QStringLiteral("from_secret")), QJsonValue(true));
    // The value names the secret; it never shows the secret's value.
    QCOMPARE(value.object().value(QStringLiteral("value")),
             QJsonValue(QStringLiteral("stripeKey")));

    const QString source
        = QStringLiteral("exports = function() { return context.values.get('stripe'); };");
    QCOMPARE(run(source), QJsonValue(QStringLiteral("sk_first")));

    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/secrets/") + secretId,
                       QJsonObject { { QStringLiteral("value"), QStringLiteral("sk_second") } })
                 .status,
             204);
    QCOMPARE(run(source), QJsonValue(QStringLiteral("sk_second")));
}

void tst_ResourcesSecrets::valueNamingMissingSecret()
{
    const int values = m_server.count(QStringLiteral("value"));
    const Answer answer = m_server.send(
        "POST", QStringLiteral("/values"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("dangling") },
                      { QStringLiteral("from_secret"), true },
                      { QStringLiteral("value"), QStringLiteral("noSuchSecret") } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
    QVERIFY(answer.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("noSuchSecret")));
    QCOMPARE(m_server.count(QStringLiteral("value")), values);

    // from_secret with something other than a secret's name.
    const Answer notAName
        = m_server.send("POST", QStringLiteral("/values"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("dangling") },
                                      { QStringLiteral("from_secret"), true },
                                      { QStringLiteral("value"), 5 } });
    QCOMPARE(notAName.status, 400);
    QCOMPARE(m_server.count(QStringLiteral("value")), values);
}

void tst_ResourcesSecrets::serviceSecretConfig()
{
    const int services = m_server.count(QStringLiteral("service"));
    QJsonObject body { { QStringLiteral("name"), QStringLiteral("sms") },
                       { QStringLiteral("type"), QStringLiteral("twilio") },
                       { QStringLiteral("config"),
                         QJsonObject { { QStringLiteral("sid"), QStringLiteral("AC1") } } },
                       { QStringLiteral("secret_config"),
                         QJsonObject {
                             { QStringLiteral("authToken"), QStringLiteral("missing") } } } };
    const Answer refused = m_server.send("POST", QStringLiteral("/services"), body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(m_server.count(QStringLiteral("service")), services);

    body.insert(QStringLiteral("secret_config"),
                QJsonObject { { QStringLiteral("authToken"), QStringLiteral("kept") } });
    const Answer created = m_server.send("POST", QStringLiteral("/services"), body);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QCOMPARE(m_server.get(QStringLiteral("/services/") + id)
                 .object()
                 .value(QStringLiteral("secret_config")),
             QJsonValue(QJsonObject { { QStringLiteral("authToken"), QStringLiteral("kept") } }));
}

void tst_ResourcesSecrets::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString secret = QStringLiteral("/secrets/") + m_secretId;
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/secrets") << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/secrets")
                            << QByteArray("{\"name\":\"intruder\",\"value\":\"v\"}");
    QTest::newRow("update") << QByteArray("PUT") << secret << QByteArray("{\"value\":\"v\"}");
    QTest::newRow("delete") << QByteArray("DELETE") << secret << QByteArray();
}

void tst_ResourcesSecrets::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = m_server.get(QStringLiteral("/secrets")).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    QCOMPARE(m_server.get(QStringLiteral("/secrets")).body, before);
}

QTEST_GUILESS_MAIN(tst_ResourcesSecrets)
#include "tst_resources_secrets.moc"
