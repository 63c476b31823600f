#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void duplicateName();
    void createBad_data();
    void createBad();
    void patchBad_data();
    void patchBad();
    void config();
    void secretFields_data();
    void secretFields();
    void configEmptiesRequired();
    void commands_data();
    void commands();
    void deleteCascades();
    void unknownService_data();
    void unknownService();
    void access_data();
    void access();

private:
    QString create(const QString &name, const QString &type, const QJsonObject &config = {});

    TestServer m_server;
    TestServer m_expired;
    QString m_atlasId; //!< a mongodb-atlas service kept for the whole run
};

QString tst_ResourcesServices::create(const QString &name, const QString &type,
                                      const QJsonObject &config)
{
    const Answer answer = m_server.send("POST", QStringLiteral("/services"),
                                        QJsonObject { { QStringLiteral("name"), name },
                                                      { QStringLiteral("type"), type },
                                                      { QStringLiteral("config"), config } });
    return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                : QString();
}

void tst_ResourcesServices::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, QStringLiteral("/services"));
    m_atlasId = create(QStringLiteral("mongodb-atlas"), QStringLiteral("mongodb-atlas"),
                       { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") } });
    QVERIFY(!m_atlasId.isEmpty());
}

void tst_ResourcesServices::lifecycle()
{
    const QJsonObject config { { QStringLiteral("region"), QStringLiteral("us-east-1") } };
    const Answer created
        = m_server.send("POST", QStringLiteral("/services"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("s3") },
                                      { QStringLiteral("type"), QStringLiteral("aws-s3") },
                                      { QStringLiteral("config"), config } });
    QCOMPARE(created.status, 201);
    const QJsonObject service = created.object();
    const QString id = service.value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(id));
    QCOMPARE(service.value(QStringLiteral("name")).toString(), QStringLiteral("s3"));
    QCOMPARE(service.value(QStringLiteral("type")).toString(), QStringLiteral("aws-s3"));
    QCOMPARE(service.value(QStringLiteral("config")).toObject(), config);
    QCOMPARE(service.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(m_server.get(QStringLiteral("/services/") + id).object(), service);

    // The list holds _id, name, type and version, sorted by name.
    const QJsonArray list = m_server.get(QStringLiteral("/services")).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject(),
             (QJsonObject { { QStringLiteral("_id"), id },
                            { QStringLiteral("name"), QStringLiteral("s3") },
                            { QStringLiteral("type"), QStringLiteral("aws-s3") },
                            { QStringLiteral("version"), 1 } }));

    const Answer patched
        = m_server.send("PATCH", QStringLiteral("/services/") + id,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("files") } });
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(QStringLiteral("name")).toString(), QStringLiteral("files"));
    QCOMPARE(patched.object().value(QStringLiteral("config")).toObject(), config);
    QCOMPARE(m_server.get(QStringLiteral("/services/") + id).object(), patched.object());

    QCOMPARE(m_server.send("DELETE", QStringLiteral("/services/") + id).status, 204);
    QCOMPARE(m_server.get(QStringLiteral("/services/") + id).status, 404);
    QCOMPARE(m_server.get(QStringLiteral("/services")).array().size(), 1);
}

void tst_ResourcesServices::duplicateName()
{
    const Answer again
        = m_server.send("POST", QStringLiteral("/services"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("mongodb-atlas") },
                                      { QStringLiteral("type"), QStringLiteral("http") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("ServiceAlreadyExists"));

    const QString id = create(QStringLiteral("web"), QStringLiteral("http"));
    const Answer rename = m_server.send(
        "PATCH", QStringLiteral("/services/") + id,
        QJsonObject { { QStringLiteral("name"), QStringLiteral("mongodb-atlas") } });
    QCOMPARE(rename.status, 409);
    QCOMPARE(rename.errorCode(), QStringLiteral("ServiceAlreadyExists"));
    QCOMPARE(m_server.send("DELETE", QStringLiteral("/services/") + id).status, 204);
    QCOMPARE(m_server.count(QStringLiteral("service")), 1);
}

void tst_ResourcesServices::createBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    QTest::newRow("malformed") << QByteArray("{]") << invalid;
    QTest::newRow("no name") << QByteArray("{\"type\":\"http\"}") << missing;
    QTest::newRow("no type") << QByteArray("{\"name\":\"x\"}") << missing;
    QTest::newRow("unknown type") << QByteArray("{\"name\":\"x\",\"type\":\"ftp\"}") << invalid;
    QTest::newRow("type bool") << QByteArray("{\"name\":\"x\",\"type\":true}") << invalid;
    QTest::newRow("config list") << QByteArray("{\"name\":\"x\",\"type\":\"http\",\"config\":[]}")
                                 << invalid;
    QTest::newRow("atlas no cluster")
        << QByteArray("{\"name\":\"x\",\"type\":\"mongodb-atlas\",\"config\":{}}") << missing;
    QTest::newRow("atlas cluster number")
        << QByteArray("{\"name\":\"x\",\"type\":\"mongodb-atlas\",\"config\":"
                      "{\"clusterName\":1}}")
        << invalid;
    QTest::newRow("bad name") << QByteArray("{\"name\":\"a b\",\"type\":\"http\"}") << invalid;
}

void tst_ResourcesServices::createBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(QStringLiteral("/services")).body;
    const Answer answer = m_server.send("POST", QStringLiteral("/services"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(QStringLiteral("/services")).body, before);
}

void tst_ResourcesServices::patchBad_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    QTest::newRow("malformed") << QString() << QByteArray("{") << invalid;
    QTest::newRow("type change") << QString() << QByteArray("{\"type\":\"http\"}") << invalid;
    QTest::newRow("name number") << QString() << QByteArray("{\"name\":1}") << invalid;
    // The config merges: null removes a field, and the merged config must still be complete.
    QTest::newRow("config dropping cluster")
        << QString() << QByteArray("{\"config\":{\"clusterName\":null}}")
        << QStringLiteral("MissingParameter");
    QTest::newRow("config malformed") << QStringLiteral("/config") << QByteArray("[") << invalid;
    QTest::newRow("config not object") << QStringLiteral("/config") << QByteArray("[1]") << invalid;
    QTest::newRow("config removes cluster")
        << QStringLiteral("/config") << QByteArray("{\"clusterName\":null}")
        << QStringLiteral("MissingParameter");
}

void tst_ResourcesServices::patchBad()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QString service = QStringLiteral("/services/") + m_atlasId;
    const QJsonObject before = m_server.get(service).object();
    const Answer answer = m_server.send("PATCH", service + suffix, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(service).object(), before);
}

void tst_ResourcesServices::config()
{
    const QString path = QStringLiteral("/services/%1/config").arg(m_atlasId);
    QCOMPARE(m_server.get(path).object(),
             (QJsonObject { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") } }));
    // PATCH merges: new keys are added, null removes one, the rest stays.
    const Answer patched = m_server.send(
        "PATCH", path,
        QJsonObject { { QStringLiteral("readPreference"), QStringLiteral("primary") },
                      { QStringLiteral("wireProtocolEnabled"), false } });
    QCOMPARE(patched.status, 200);
    const QJsonObject merged { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") },
                               { QStringLiteral("readPreference"), QStringLiteral("primary") },
                               { QStringLiteral("wireProtocolEnabled"), false } };
    QCOMPARE(patched.object(), merged);
    QCOMPARE(m_server.get(path).object(), merged);
    QCOMPARE(m_server
                 .send("PATCH", path,
                       QJsonObject { { QStringLiteral("readPreference"), QJsonValue::Null },
                                     { QStringLiteral("wireProtocolEnabled"), QJsonValue::Null } })
                 .status,
             200);
    QCOMPARE(m_server.get(path).object(),
             (QJsonObject { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") } }));
    QCOMPARE(m_server.get(QStringLiteral("/services/") + m_atlasId)
                 .object()
                 .value(QStringLiteral("config"))
                 .toObject(),
             m_server.get(path).object());
}

void tst_ResourcesServices::secretFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonObject>("config");
    const QJsonObject aws { { QStringLiteral("region"), QStringLiteral("us-east-1") },
                            { QStringLiteral("accessKeyId"), QStringLiteral("AKIA1") } };
    QTest::newRow("aws") << QStringLiteral("aws") << QStringLiteral("secretAccessKey") << aws;
    QTest::newRow("aws-s3") << QStringLiteral("aws-s3") << QStringLiteral("secretAccessKey") << aws;
    QTest::newRow("aws-ses") << QStringLiteral("aws-ses") << QStringLiteral("secretAccessKey")
                             << aws;
    QTest::newRow("twilio") << QStringLiteral("twilio") << QStringLiteral("authToken")
                            << QJsonObject { { QStringLiteral("sid"), QStringLiteral("AC1") } };
}

// A credential in a service config is stored, kept by PATCHes of other fields, and returned by
// no answer: create, get, get config, patch, patch config, list, export.
void tst_ResourcesServices::secretFields()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QJsonObject, config);
    const QByteArray secret = "sv-secret-" + type.toLatin1();
    QJsonObject withSecret = config;
    withSecret.insert(field, QString::fromLatin1(secret));
    const Answer created
        = m_server.send("POST", QStringLiteral("/services"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("svc-") + type },
                                      { QStringLiteral("type"), type },
                                      { QStringLiteral("config"), withSecret } });
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.contains(secret));
    QCOMPARE(created.object().value(QStringLiteral("config")).toObject(), config);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    const QString service = QStringLiteral("/services/") + id;

    QVERIFY(!m_server.get(service).body.contains(secret));
    QCOMPARE(m_server.get(service + QStringLiteral("/config")).object(), config);
    const Answer patched = m_server.send("PATCH", service + QStringLiteral("/config"),
                                         QJsonObject { { QStringLiteral("extra"), 1 } });
    QCOMPARE(patched.status, 200);
    QVERIFY(!patched.body.contains(secret));
    const Answer renamed
        = m_server.send("PATCH", service,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("svc2-") + type },
                                      { QStringLiteral("config"), config } });
    QCOMPARE(renamed.status, 200);
    QVERIFY(!renamed.body.contains(secret));
    QVERIFY(!m_server.get(QStringLiteral("/services")).body.contains(secret));
    QVERIFY(!m_server.get(QStringLiteral("/export")).body.contains(secret));

    // Still stored, after both PATCHes.
    QCOMPARE(m_server.doc(QStringLiteral("service"), id)
                 .value(QStringLiteral("config"))
                 .toObject()
                 .value(field)
                 .toString(),
             QString::fromLatin1(secret));
    QCOMPARE(m_server.send("DELETE", service).status, 204);
}

// The merged config is checked: a required field set to "" is refused, nothing written.
void tst_ResourcesServices::configEmptiesRequired()
{
    const QString path = QStringLiteral("/services/%1/config").arg(m_atlasId);
    const QJsonObject before = m_server.get(path).object();
    for (const QString &verbPath : { path, QStringLiteral("/services/") + m_atlasId }) {
        const bool whole = !verbPath.endsWith(QLatin1String("/config"));
        const QJsonObject emptied { { QStringLiteral("clusterName"), QStringLiteral("") } };
        const Answer answer = m_server.send(
            "PATCH", verbPath,
            whole ? QJsonObject { { QStringLiteral("config"), emptied } } : emptied);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.isJsonError());
        QCOMPARE(m_server.get(path).object(), before);
    }
}

void tst_ResourcesServices::commands_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("command");
    QTest::newRow("http") << QStringLiteral("http") << QStringLiteral("get");
    QTest::newRow("atlas build_info")
        << QStringLiteral("mongodb-atlas") << QStringLiteral("build_info");
    QTest::newRow("twilio") << QStringLiteral("twilio") << QStringLiteral("send");
}

// No service type has a command stitch-local can honestly run (it reaches no external system).
void tst_ResourcesServices::commands()
{
    QFETCH(QString, type);
    QFETCH(QString, command);
    const QString id = type == QLatin1String("mongodb-atlas")
        ? m_atlasId
        : create(QStringLiteral("cmd_") + type, type,
                 { { QStringLiteral("sid"), QStringLiteral("AC1") } });
    QVERIFY(!id.isEmpty());
    const Answer answer = m_server.send(
        "POST", QStringLiteral("/services/%1/commands/%2").arg(id, command), QByteArray("{}"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ServiceCommandNotFound"));
    if (id != m_atlasId)
        QCOMPARE(m_server.send("DELETE", QStringLiteral("/services/") + id).status, 204);
}

void tst_ResourcesServices::deleteCascades()
{
    const QString id = create(QStringLiteral("doomed"), QStringLiteral("http"));
    const QString keepRule
        = m_server
              .send("POST", QStringLiteral("/services/%1/rules").arg(m_atlasId),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("kept") } })
              .object()
              .value(QStringLiteral("_id"))
              .toString();
    QVERIFY(!keepRule.isEmpty());
    for (const QString &name : { QStringLiteral("r1"), QStringLiteral("r2") }) {
        QCOMPARE(m_server
                     .send("POST", QStringLiteral("/services/%1/rules").arg(id),
                           QJsonObject { { QStringLiteral("name"), name } })
                     .status,
                 201);
    }
    QCOMPARE(m_server
                 .send("POST", QStringLiteral("/services/%1/incoming_webhooks").arg(id),
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("hook") },
                                     { QStringLiteral("function_source"),
                                       QStringLiteral("exports = () => 1;") } })
                 .status,
             201);
    QCOMPARE(m_server.count(QStringLiteral("rule"), id), 2);
    QCOMPARE(m_server.count(QStringLiteral("incoming_webhook"), id), 1);

    QCOMPARE(m_server.send("DELETE", QStringLiteral("/services/") + id).status, 204);
    QCOMPARE(m_server.count(QStringLiteral("rule"), id), 0);
    QCOMPARE(m_server.count(QStringLiteral("incoming_webhook"), id), 0);
    // Another service's rules stay.
    QCOMPARE(m_server.get(QStringLiteral("/services/%1/rules/%2").arg(m_atlasId, keepRule)).status,
             200);
    QCOMPARE(m_server.get(QStringLiteral("/services/%1/rules").arg(id)).status, 404);
}

void tst_ResourcesServices::unknownService_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    const QString unknown = QStringLiteral("/services/") + stitchlocal::secrets::newObjectId();
    QTest::newRow("get") << QByteArray("GET") << unknown;
    QTest::newRow("patch") << QByteArray("PATCH") << unknown;
    QTest::newRow("delete") << QByteArray("DELETE") << unknown;
    QTest::newRow("get config") << QByteArray("GET") << unknown + QStringLiteral("/config");
    QTest::newRow("patch config") << QByteArray("PATCH") << unknown + QStringLiteral("/config");
    QTest::newRow("command") << QByteArray("POST") << unknown + QStringLiteral("/commands/x");
}

void tst_ResourcesServices::unknownService()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer = m_server.send(verb, suffix, QByteArray("{}"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ServiceNotFound"));
    QCOMPARE(m_server.count(QStringLiteral("service")), 1);
}

void tst_ResourcesServices::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString one = QStringLiteral("/services/") + m_atlasId;
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/services") << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/services")
                            << QByteArray("{\"name\":\"in\",\"type\":\"http\"}");
    QTest::newRow("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("patch") << QByteArray("PATCH") << one << QByteArray("{\"name\":\"in\"}");
    QTest::newRow("delete") << QByteArray("DELETE") << one << QByteArray();
    QTest::newRow("get config") << QByteArray("GET") << one + QStringLiteral("/config")
                                << QByteArray();
    QTest::newRow("patch config") << QByteArray("PATCH") << one + QStringLiteral("/config")
                                  << QByteArray("{\"a\":1}");
    QTest::newRow("command") << QByteArray("POST") << one + QStringLiteral("/commands/build_info")
                             << QByteArray("{}");
}

void tst_ResourcesServices::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QJsonObject before = m_server.get(QStringLiteral("/services/") + m_atlasId).object();
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(QStringLiteral("/services/") + m_atlasId).object(), before);
    QCOMPARE(m_server.count(QStringLiteral("service")), 1);
}

QTEST_GUILESS_MAIN(tst_ResourcesServices)
#include "tst_resources_services.moc"
