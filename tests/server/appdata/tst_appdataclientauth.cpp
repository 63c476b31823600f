#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

//! The end-user routes under /api/client/v2.0: each provider's login and the log entries every
//! auth event leaves.
class tst_AppDataClientAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userpassRoundTrip();
    void wrongPassword();
    void apiKeyLogin();
    void apiKeyProviderStartsDisabled();
    void anonLogin();
    void loginBad_data();
    void loginBad();
    void sessionWithoutToken_data();
    void sessionWithoutToken();

private:
    //! The entries written since before, oldest first.
    QList<QJsonObject> logsSince(int before) { return m_world.logs().mid(before); }

    World m_world;
};

void tst_AppDataClientAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
}

void tst_AppDataClientAuth::userpassRoundTrip()
{
    int before = m_world.logs().size();
    QCOMPARE(m_world
                 .client("POST", QStringLiteral("/auth/providers/local-userpass/register"),
                         R"({"email":"eve@example.com","password":"secret1"})")
                 .status,
             201);
    QList<QJsonObject> logs = logsSince(before);
    QCOMPARE(logs.size(), 1);
    const QString userId = logs.at(0).value(QStringLiteral("user_id")).toString();
    QCOMPARE(userId.size(), 24);
    QCOMPARE(logs.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("AUTH"));
    QCOMPARE(authEvent(logs.at(0)),
             (QJsonObject { { QStringLiteral("failed"), false },
                            { QStringLiteral("type"), QStringLiteral("other") },
                            { QStringLiteral("provider"), QStringLiteral("local-userpass") } }));
    QCOMPARE(logs.at(0).value(QStringLiteral("app_id")).toString(), m_world.appId);
    QCOMPARE(logs.at(0).value(QStringLiteral("group_id")).toString(), m_world.group);

    before = m_world.logs().size();
    const Answer login
        = m_world.userpassLogin(QStringLiteral("eve@example.com"), QStringLiteral("secret1"));
    QCOMPARE(login.status, 200);
    const QJsonObject tokens = login.object();
    QCOMPARE(tokens.value(QStringLiteral("user_id")).toString(), userId);
    for (const char *key : { "access_token", "refresh_token", "device_id" })
        QVERIFY2(!tokens.value(QLatin1String(key)).toString().isEmpty(), key);
    logs = logsSince(before);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0).value(QStringLiteral("user_id")).toString(), userId);
    QCOMPARE(logs.at(0).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(authEvent(logs.at(0)),
             (QJsonObject { { QStringLiteral("failed"), false },
                            { QStringLiteral("type"), QStringLiteral("login") },
                            { QStringLiteral("provider"), QStringLiteral("local-userpass") } }));
    QVERIFY(m_world.admin("GET", QStringLiteral("/users/") + userId)
                .object()
                .value(QStringLiteral("last_authentication_date"))
                .toInteger()
            > 1600000000);

    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    const Answer refreshed = m_world.session("POST", refresh);
    QCOMPARE(refreshed.status, 201);
    QVERIFY(!refreshed.object().value(QStringLiteral("access_token")).toString().isEmpty());

    before = m_world.logs().size();
    QCOMPARE(m_world.session("DELETE", refresh).status, 204);
    logs = logsSince(before);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0).value(QStringLiteral("user_id")).toString(), userId);
    QCOMPARE(authEvent(logs.at(0)).value(QStringLiteral("type")).toString(),
             QStringLiteral("logout"));
    QCOMPARE(m_world.session("DELETE", refresh).status, 401);
    QCOMPARE(m_world.session("POST", refresh).status, 401);
}

void tst_AppDataClientAuth::wrongPassword()
{
    const QString userId = m_world.newUser(QStringLiteral("mallory@example.com"))
                               .value(QStringLiteral("_id"))
                               .toString();
    const int before = m_world.logs().size();
    const Answer refused
        = m_world.userpassLogin(QStringLiteral("mallory@example.com"), QStringLiteral("guess12"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("InvalidPassword"));
    QCOMPARE(m_world.userpassLogin(QStringLiteral("nobody@example.com"), QStringLiteral("guess12"))
                 .status,
             401);
    const QList<QJsonObject> logs = logsSince(before);
    QCOMPARE(logs.size(), 2);
    QCOMPARE(logs.at(0).value(QStringLiteral("user_id")).toString(), userId);
    QCOMPARE(logs.at(0).value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(logs.at(0).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("InvalidPassword"));
    QCOMPARE(authEvent(logs.at(0)),
             (QJsonObject { { QStringLiteral("failed"), true },
                            { QStringLiteral("type"), QStringLiteral("login") },
                            { QStringLiteral("provider"), QStringLiteral("local-userpass") } }));
    QCOMPARE(authEvent(logs.at(1)).value(QStringLiteral("failed")), QJsonValue(true));
}

// A new app's api-key provider is there but off: a key works only once an admin enables it.
void tst_AppDataClientAuth::apiKeyProviderStartsDisabled()
{
    const QJsonObject fresh = m_world.newApp(QStringLiteral("fresh-keys"));
    const QString appId = fresh.value(QStringLiteral("_id")).toString();
    const QString cid = fresh.value(QStringLiteral("client_app_id")).toString();
    const QString key
        = m_world.probe
              .post(m_world.app(QStringLiteral("/api_keys"), appId),
                    { { QStringLiteral("name"), QStringLiteral("early") } }, m_world.dev.access)
              .object()
              .value(QStringLiteral("key"))
              .toString();
    QVERIFY(!key.isEmpty());
    const Answer refused
        = m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } }, cid);
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.errorCode(), QStringLiteral("AuthProviderNotFound"));
    QVERIFY(m_world.enableApiKeyProvider(appId));
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } }, cid)
                 .status,
             200);
}

void tst_AppDataClientAuth::apiKeyLogin()
{
    const QString key = m_world
                            .admin("POST", QStringLiteral("/api_keys"),
                                   { { QStringLiteral("name"), QStringLiteral("server") } })
                            .object()
                            .value(QStringLiteral("key"))
                            .toString();
    int before = m_world.logs().size();
    const Answer login
        = m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } });
    QCOMPARE(login.status, 200);
    const QString userId = login.object().value(QStringLiteral("user_id")).toString();
    // The first login creates the key's user, then logs it in.
    QList<QJsonObject> logs = logsSince(before);
    QCOMPARE(logs.size(), 2);
    for (const QJsonObject &entry : std::as_const(logs)) {
        QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("API_KEY"));
        QCOMPARE(entry.value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(authEvent(entry).value(QStringLiteral("provider")).toString(),
                 QStringLiteral("api-key"));
    }
    QCOMPARE(authEvent(logs.at(0)).value(QStringLiteral("type")).toString(),
             QStringLiteral("other"));
    QCOMPARE(authEvent(logs.at(1)).value(QStringLiteral("type")).toString(),
             QStringLiteral("login"));

    // The same key logs the same user in again.
    before = m_world.logs().size();
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } })
                 .object()
                 .value(QStringLiteral("user_id"))
                 .toString(),
             userId);
    QCOMPARE(logsSince(before).size(), 1);

    before = m_world.logs().size();
    const Answer bad = m_world.clientLogin(QStringLiteral("api-key"),
                                           { { QStringLiteral("key"), QStringLiteral("nope") } });
    QCOMPARE(bad.status, 401);
    logs = logsSince(before);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("API_KEY"));
    QCOMPARE(authEvent(logs.at(0)).value(QStringLiteral("failed")), QJsonValue(true));
}

void tst_AppDataClientAuth::anonLogin()
{
    const int before = m_world.logs().size();
    const Answer login = m_world.clientLogin(QStringLiteral("anon-user"), {});
    QCOMPARE(login.status, 200);
    const QString userId = login.object().value(QStringLiteral("user_id")).toString();
    const QJsonObject user = m_world.admin("GET", QStringLiteral("/users/") + userId).object();
    QCOMPARE(user.value(QStringLiteral("type")).toString(), QStringLiteral("normal"));
    QCOMPARE(user[QStringLiteral("identities")][0][QStringLiteral("provider_type")].toString(),
             QStringLiteral("anon-user"));
    const QList<QJsonObject> logs = logsSince(before);
    QCOMPARE(logs.size(), 2);
    QCOMPARE(authEvent(logs.at(0)).value(QStringLiteral("type")).toString(),
             QStringLiteral("other"));
    QCOMPARE(authEvent(logs.at(1)),
             (QJsonObject { { QStringLiteral("failed"), false },
                            { QStringLiteral("type"), QStringLiteral("login") },
                            { QStringLiteral("provider"), QStringLiteral("anon-user") } }));
    // Every anonymous login is a new user.
    QVERIFY(m_world.clientLogin(QStringLiteral("anon-user"), {})
                .object()
                .value(QStringLiteral("user_id"))
                .toString()
            != userId);
}

void tst_AppDataClientAuth::loginBad_data()
{
    QTest::addColumn<QString>("clientAppId");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown app") << "nosuch-abcde"
                                 << "anon-user" << QByteArray("{}") << 404 << "AppNotFound";
    QTest::newRow("unknown provider")
        << QString() << "custom-token" << QByteArray("{}") << 404 << "AuthProviderNotFound";
    QTest::newRow("malformed") << QString() << "local-userpass" << QByteArray("{") << 400
                               << "InvalidParameter";
    QTest::newRow("no password") << QString() << "local-userpass"
                                 << QByteArray(R"({"username":"eve@example.com"})") << 400
                                 << "MissingParameter";
    QTest::newRow("username a number")
        << QString() << "local-userpass" << QByteArray(R"({"username":1,"password":"x"})") << 400
        << "InvalidParameter";
    QTest::newRow("no key") << QString() << "api-key" << QByteArray("{}") << 400
                            << "MissingParameter";
    QTest::newRow("anon array") << QString() << "anon-user" << QByteArray("[]") << 400
                                << "InvalidParameter";
}

void tst_AppDataClientAuth::loginBad()
{
    QFETCH(QString, clientAppId);
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const int users = m_world.admin("GET", QStringLiteral("/users")).array().size();
    const int logs = m_world.logs().size();
    const Answer answer
        = m_world.client("POST", QStringLiteral("/auth/providers/%1/login").arg(provider), body,
                         QString(), clientAppId);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users")).array().size(), users);
    QCOMPARE(m_world.logs().size(), logs);
}

void tst_AppDataClientAuth::sessionWithoutToken_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("token");
    QTest::newRow("logout, none") << QByteArray("DELETE") << QString();
    QTest::newRow("logout, unknown") << QByteArray("DELETE") << "not-a-token";
    QTest::newRow("refresh, none") << QByteArray("POST") << QString();
    QTest::newRow("refresh, admin's") << QByteArray("POST") << "admin";
}

void tst_AppDataClientAuth::sessionWithoutToken()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, token);
    // An admin's refresh token is no end-user session.
    const Answer answer
        = m_world.session(verb, token == QLatin1String("admin") ? m_world.dev.refresh : token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
}

QTEST_GUILESS_MAIN(tst_AppDataClientAuth)
#include "tst_appdataclientauth.moc"
