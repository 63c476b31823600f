// App settings beyond the reference: deploy settings, custom user data, the hosting switch,
// users_count.

#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployConfig();
    void deployConfigBad_data();
    void deployConfigBad();
    void customUserData();
    void customUserDataBad_data();
    void customUserDataBad();
    void hostingSwitch();
    void hostingSwitchBad_data();
    void hostingSwitchBad();
    void hostingCache();
    void usersCount();
    void access_data();
    void access();

private:
    TestServer m_server;
    TestServer m_expired;
};

namespace {

QJsonObject deployDefaults()
{
    return { { QStringLiteral("ui_drafts_disabled"), false },
             { QStringLiteral("automatic_deployment"),
               QJsonObject { { QStringLiteral("enabled"), false },
                             { QStringLiteral("provider"), QStringLiteral("") },
                             { QStringLiteral("installation_ids"), QJsonArray() } } } };
}

} // namespace

void tst_ResourcesAppSettings::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, QStringLiteral("/deploy/config"));
}

void tst_ResourcesAppSettings::deployConfig()
{
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).object(), deployDefaults());

    // PATCH merges, one level down too.
    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/deploy/config"),
                       QJsonObject { { QStringLiteral("ui_drafts_disabled"), true } })
                 .status,
             204);
    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/deploy/config"),
                       QJsonObject { { QStringLiteral("automatic_deployment"),
                                       QJsonObject { { QStringLiteral("enabled"), true } } } })
                 .status,
             204);
    QJsonObject expected = deployDefaults();
    expected.insert(QStringLiteral("ui_drafts_disabled"), true);
    QJsonObject automatic = expected.value(QStringLiteral("automatic_deployment")).toObject();
    automatic.insert(QStringLiteral("enabled"), true);
    expected.insert(QStringLiteral("automatic_deployment"), automatic);
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).object(), expected);

    // PUT replaces: what it leaves out returns to the default; {} resets everything.
    QCOMPARE(m_server
                 .send("PUT", QStringLiteral("/deploy/config"),
                       QJsonObject { { QStringLiteral("automatic_deployment"),
                                       QJsonObject { { QStringLiteral("provider"),
                                                       QStringLiteral("github") } } } })
                 .status,
             204);
    expected = deployDefaults();
    automatic = expected.value(QStringLiteral("automatic_deployment")).toObject();
    automatic.insert(QStringLiteral("provider"), QStringLiteral("github"));
    expected.insert(QStringLiteral("automatic_deployment"), automatic);
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).object(), expected);
    QCOMPARE(m_server.send("PUT", QStringLiteral("/deploy/config"), QJsonObject()).status, 204);
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).object(), deployDefaults());
}

void tst_ResourcesAppSettings::deployConfigBad_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("PATCH malformed") << QByteArray("PATCH") << QByteArray("{\"ui_drafts");
    QTest::newRow("PATCH wrong type")
        << QByteArray("PATCH") << QByteArray("{\"ui_drafts_disabled\":1}");
    QTest::newRow("PATCH unknown field")
        << QByteArray("PATCH") << QByteArray("{\"colour\":\"red\"}");
    QTest::newRow("PATCH nested wrong type")
        << QByteArray("PATCH") << QByteArray("{\"automatic_deployment\":{\"enabled\":\"yes\"}}");
    QTest::newRow("PUT ids not strings")
        << QByteArray("PUT") << QByteArray("{\"automatic_deployment\":{\"installation_ids\":[1]}}");
    QTest::newRow("PUT not an object") << QByteArray("PUT") << QByteArray("[]");
}

void tst_ResourcesAppSettings::deployConfigBad()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/deploy/config"),
                       QJsonObject { { QStringLiteral("ui_drafts_disabled"), true } })
                 .status,
             204);
    const QJsonObject before = m_server.get(QStringLiteral("/deploy/config")).object();
    const Answer answer = m_server.send(verb, QStringLiteral("/deploy/config"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).object(), before);
}

void tst_ResourcesAppSettings::customUserData()
{
    QCOMPARE(m_server.get(QStringLiteral("/custom_user_data")).object(),
             (QJsonObject { { QStringLiteral("enabled"), false },
                            { QStringLiteral("mongo_service_id"), QStringLiteral("") },
                            { QStringLiteral("database_name"), QStringLiteral("") },
                            { QStringLiteral("collection_name"), QStringLiteral("") },
                            { QStringLiteral("user_id_field"), QStringLiteral("") } }));
    const Answer service = m_server.send(
        "POST", QStringLiteral("/services"),
        QJsonObject {
            { QStringLiteral("name"), QStringLiteral("mongodb-atlas") },
            { QStringLiteral("type"), QStringLiteral("mongodb-atlas") },
            { QStringLiteral("config"),
              QJsonObject { { QStringLiteral("clusterName"), QStringLiteral("c0") } } } });
    QCOMPARE(service.status, 201);
    const QJsonObject settings { { QStringLiteral("enabled"), true },
                                 { QStringLiteral("mongo_service_id"),
                                   service.object().value(QStringLiteral("_id")) },
                                 { QStringLiteral("database_name"), QStringLiteral("app") },
                                 { QStringLiteral("collection_name"), QStringLiteral("users") },
                                 { QStringLiteral("user_id_field"), QStringLiteral("user_id") } };
    QCOMPARE(m_server.send("PATCH", QStringLiteral("/custom_user_data"), settings).status, 204);
    QCOMPARE(m_server.get(QStringLiteral("/custom_user_data")).object(), settings);
    // A PATCH of one field keeps the others.
    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/custom_user_data"),
                       QJsonObject { { QStringLiteral("enabled"), false } })
                 .status,
             204);
    QJsonObject expected = settings;
    expected.insert(QStringLiteral("enabled"), false);
    QCOMPARE(m_server.get(QStringLiteral("/custom_user_data")).object(), expected);
}

void tst_ResourcesAppSettings::customUserDataBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("enabled without a place")
        << QByteArray("{\"enabled\":true,\"database_name\":\"\"}") << 400
        << QStringLiteral("MissingParameter");
    QTest::newRow("unknown service")
        << QByteArray("{\"enabled\":true,\"mongo_service_id\":\"5f00000000000000000000ff\","
                      "\"database_name\":\"d\",\"collection_name\":\"c\",\"user_id_field\":\"u\"}")
        << 404 << QStringLiteral("ServiceNotFound");
    QTest::newRow("wrong type") << QByteArray("{\"enabled\":\"yes\"}") << 400
                                << QStringLiteral("InvalidParameter");
}

void tst_ResourcesAppSettings::customUserDataBad()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const QJsonObject before = m_server.get(QStringLiteral("/custom_user_data")).object();
    const Answer answer = m_server.send("PATCH", QStringLiteral("/custom_user_data"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(QStringLiteral("/custom_user_data")).object(), before);
}

void tst_ResourcesAppSettings::hostingSwitch()
{
    QJsonObject config = m_server.get(QStringLiteral("/hosting/config")).object();
    QCOMPARE(config.value(QStringLiteral("enabled")), QJsonValue(false));
    const QJsonObject domain = config.value(QStringLiteral("default_domain")).toObject();
    QCOMPARE(domain.value(QStringLiteral("provider")).toString(), QStringLiteral("aws"));
    const QString host = domain.value(QStringLiteral("config"))
                             .toObject()
                             .value(QStringLiteral("app_default_domain"))
                             .toString();
    // Where this server serves the app's files: this server's host and port.
    QVERIFY2(
        host.startsWith(QStringLiteral("127.0.0.1:%1/").arg(m_server.server->rootUrl().port())),
        qPrintable(host));

    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/hosting/config"),
                       QJsonObject { { QStringLiteral("enabled"), true } })
                 .status,
             204);
    config = m_server.get(QStringLiteral("/hosting/config")).object();
    QCOMPARE(config.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(config.value(QStringLiteral("status")).toString(), QStringLiteral("setup_ok"));
    QCOMPARE(m_server
                 .send("PATCH", QStringLiteral("/hosting/config"),
                       QJsonObject { { QStringLiteral("enabled"), false } })
                 .status,
             204);
    QCOMPARE(
        m_server.get(QStringLiteral("/hosting/config")).object().value(QStringLiteral("enabled")),
        QJsonValue(false));
}

void tst_ResourcesAppSettings::hostingSwitchBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("empty") << QByteArray("{}") << QStringLiteral("MissingParameter");
    QTest::newRow("string") << QByteArray("{\"enabled\":\"yes\"}")
                            << QStringLiteral("InvalidParameter");
    QTest::newRow("malformed") << QByteArray("{\"enabled\"") << QStringLiteral("InvalidParameter");
}

void tst_ResourcesAppSettings::hostingSwitchBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QJsonObject before = m_server.get(QStringLiteral("/hosting/config")).object();
    const Answer answer = m_server.send("PATCH", QStringLiteral("/hosting/config"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(QStringLiteral("/hosting/config")).object(), before);
}

void tst_ResourcesAppSettings::hostingCache()
{
    const Answer answer
        = m_server.send("PUT", QStringLiteral("/hosting/cache"),
                        QJsonObject { { QStringLiteral("invalidate"), true },
                                      { QStringLiteral("path"), QStringLiteral("/dir") } });
    QCOMPARE(answer.status, 204);
}

void tst_ResourcesAppSettings::usersCount()
{
    Answer answer = m_server.get(QStringLiteral("/users_count"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.trimmed(), QByteArray("0"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_server.sql(QStringLiteral("INSERT INTO users(app_id, id, doc, created)"
                                            " VALUES(?, ?, '{}', 0)"),
                             { m_server.appId, stitchlocal::secrets::newObjectId() }));
    }
    answer = m_server.get(QStringLiteral("/users_count"));
    QCOMPARE(answer.body.trimmed(), QByteArray("3"));
    QCOMPARE(QJsonDocument::fromJson("[" + answer.body + "]").array().at(0).toInt(), 3);
}

void tst_ResourcesAppSettings::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("deploy get") << QByteArray("GET") << QStringLiteral("/deploy/config")
                                << QByteArray();
    QTest::newRow("deploy patch") << QByteArray("PATCH") << QStringLiteral("/deploy/config")
                                  << QByteArray("{\"ui_drafts_disabled\":true}");
    QTest::newRow("deploy put") << QByteArray("PUT") << QStringLiteral("/deploy/config")
                                << QByteArray("{}");
    QTest::newRow("custom get") << QByteArray("GET") << QStringLiteral("/custom_user_data")
                                << QByteArray();
    QTest::newRow("custom patch") << QByteArray("PATCH") << QStringLiteral("/custom_user_data")
                                  << QByteArray("{\"enabled\":false}");
    QTest::newRow("hosting get") << QByteArray("GET") << QStringLiteral("/hosting/config")
                                 << QByteArray();
    QTest::newRow("hosting patch") << QByteArray("PATCH") << QStringLiteral("/hosting/config")
                                   << QByteArray("{\"enabled\":true}");
    QTest::newRow("users_count") << QByteArray("GET") << QStringLiteral("/users_count")
                                 << QByteArray();
}

void tst_ResourcesAppSettings::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray deploy = m_server.get(QStringLiteral("/deploy/config")).body;
    const QByteArray hosting = m_server.get(QStringLiteral("/hosting/config")).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    QCOMPARE(m_server.get(QStringLiteral("/deploy/config")).body, deploy);
    QCOMPARE(m_server.get(QStringLiteral("/hosting/config")).body, hosting);
}

QTEST_GUILESS_MAIN(tst_ResourcesAppSettings)
#include "tst_resources_appsettings.moc"
