#include "servertestkit.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

namespace {
const QString kAliceGroup = QStringLiteral("5f0a1b2c3d4e5f60718293a4");
const QString kMadeUpGroup = QStringLiteral("0123456789abcdef01234567");
} // namespace

class tst_ServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void providers();
    void login_data();
    void login();
    void profile();
    void refresh();
    void logout();
    void expiry();
    void protectedRoutes_data();
    void protectedRoutes();
    void otherGroup_data();
    void otherGroup();
    void otherGroupsApp();
    void generatedAdmin();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_shortDir;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<LocalServer> m_shortServer; // its clock is moved by hand
    TestClock m_shortClock;
    Probe m_probe;
    Probe m_shortProbe;
    Tokens m_alice;
    QString m_aliceApp;
    Tokens m_carol; // on the short-TTL server; her access token has expired
    QString m_carolGroup;
    QString m_carolApp;
};

void tst_ServerAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerOptions options = loopbackOptions(m_dir.path());
    options.admins
        = { apiKey(QStringLiteral("alicekey"), QStringLiteral("alice-secret"), kAliceGroup),
            user(QStringLiteral("bob@example.com"), QStringLiteral("bob:pass")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    QVERIFY(m_server->port() != 0);
    m_probe.setRoot(m_server->rootUrl());
    m_alice = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("alicekey"),
                            QStringLiteral("alice-secret"));
    QVERIFY(!m_alice.access.isEmpty());
    const Answer app
        = m_probe.post(QStringLiteral("/groups/%1/apps").arg(kAliceGroup),
                       { { QStringLiteral("name"), QStringLiteral("alice-app") } }, m_alice.access);
    QCOMPARE(app.status, 201);
    m_aliceApp = app.object().value(QStringLiteral("_id")).toString();

    ServerOptions shortOptions = loopbackOptions(m_shortDir.path());
    shortOptions.tokenTtlSeconds = 60;
    shortOptions.clockMs = m_shortClock.source();
    shortOptions.admins = { user(QStringLiteral("carol"), QStringLiteral("carol-pw")) };
    m_shortServer = startServer(shortOptions, &error);
    QVERIFY2(m_shortServer, qPrintable(error));
    m_shortProbe.setRoot(m_shortServer->rootUrl());
    m_carol = m_shortProbe.login(QStringLiteral("local"), QStringLiteral("carol"),
                                 QStringLiteral("carol-pw"));
    QVERIFY(!m_carol.access.isEmpty());
    m_carolGroup = m_shortProbe.groupOf(m_carol.access);
    QVERIFY(!m_carolGroup.isEmpty());
    const Answer carolApp = m_shortProbe.post(
        QStringLiteral("/groups/%1/apps").arg(m_carolGroup),
        { { QStringLiteral("name"), QStringLiteral("carol-app") } }, m_carol.access);
    QCOMPARE(carolApp.status, 201);
    m_carolApp = carolApp.object().value(QStringLiteral("_id")).toString();
    m_shortClock.advanceSeconds(61);
    QCOMPARE(m_shortProbe.get(QStringLiteral("/auth/profile"), m_carol.access).status, 401);
}

void tst_ServerAuth::providers()
{
    const Answer answer = m_probe.get(QStringLiteral("/auth/providers"));
    QCOMPARE(answer.status, 200);
    QStringList types;
    const QJsonArray providers = answer.array();
    for (const QJsonValue &provider : providers)
        types.append(provider.toObject().value(QStringLiteral("type")).toString());
    types.sort();
    QCOMPARE(types, (QStringList { QStringLiteral("local"), QStringLiteral("mongodb-cloud") }));
}

void tst_ServerAuth::login_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("api key") << "mongodb-cloud"
                             << QByteArray(R"({"username":"alicekey","apiKey":"alice-secret"})")
                             << 200 << "";
    QTest::newRow("local password")
        << "local" << QByteArray(R"({"username":"bob@example.com","password":"bob:pass"})") << 200
        << "";
    QTest::newRow("local-userpass alias")
        << "local-userpass" << QByteArray(R"({"username":"bob@example.com","password":"bob:pass"})")
        << 200 << "";
    QTest::newRow("local with apiKey")
        << "local" << QByteArray(R"({"username":"bob@example.com","apiKey":"bob:pass"})") << 200
        << "";
    QTest::newRow("wrong api key")
        << "mongodb-cloud" << QByteArray(R"({"username":"alicekey","apiKey":"alice-secreT"})")
        << 401 << "InvalidPassword";
    QTest::newRow("wrong password")
        << "local" << QByteArray(R"({"username":"bob@example.com","password":"bob"})") << 401
        << "InvalidPassword";
    QTest::newRow("unknown user") << "local"
                                  << QByteArray(R"({"username":"mallory","password":"x"})") << 401
                                  << "InvalidPassword";
    QTest::newRow("right secret, wrong provider")
        << "local" << QByteArray(R"({"username":"alicekey","password":"alice-secret"})") << 401
        << "InvalidPassword";
    QTest::newRow("unknown provider")
        << "google" << QByteArray(R"({"username":"alicekey","apiKey":"alice-secret"})") << 404
        << "AuthProviderNotFound";
    QTest::newRow("missing username")
        << "mongodb-cloud" << QByteArray(R"({"apiKey":"x"})") << 400 << "MissingParameter";
    QTest::newRow("missing key") << "mongodb-cloud" << QByteArray(R"({"username":"alicekey"})")
                                 << 400 << "MissingParameter";
    QTest::newRow("empty body") << "local" << QByteArray() << 400 << "MissingParameter";
    QTest::newRow("username not a string")
        << "mongodb-cloud" << QByteArray(R"({"username":42,"apiKey":"alice-secret"})") << 400
        << "InvalidParameter";
    QTest::newRow("password not a string")
        << "local" << QByteArray(R"({"username":"bob@example.com","password":["x"]})") << 400
        << "InvalidParameter";
    QTest::newRow("malformed JSON")
        << "mongodb-cloud" << QByteArray(R"({"username":"alicekey",)") << 400 << "InvalidParameter";
    QTest::newRow("array body") << "mongodb-cloud" << QByteArray("[]") << 400 << "InvalidParameter";
}

void tst_ServerAuth::login()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const Answer answer = m_probe.send(
        "POST", QStringLiteral("/auth/providers/%1/login").arg(provider), QString(), body);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        const QJsonObject o = answer.object();
        static const QRegularExpression objectId(QStringLiteral("^[0-9a-f]{24}$"));
        QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 40);
        QVERIFY(o.value(QStringLiteral("refresh_token")).toString().size() >= 40);
        QVERIFY(o.value(QStringLiteral("access_token"))
                != o.value(QStringLiteral("refresh_token")));
        QVERIFY(objectId.match(o.value(QStringLiteral("user_id")).toString()).hasMatch());
        QVERIFY(objectId.match(o.value(QStringLiteral("device_id")).toString()).hasMatch());
        QCOMPARE(m_probe
                     .get(QStringLiteral("/auth/profile"),
                          o.value(QStringLiteral("access_token")).toString())
                     .status,
                 200);
    } else {
        QVERIFY2(answer.isJsonError(), answer.body.constData());
        QCOMPARE(answer.errorCode(), errorCode);
    }
}

void tst_ServerAuth::profile()
{
    const Answer answer = m_probe.get(QStringLiteral("/auth/profile"), m_alice.access);
    QCOMPARE(answer.status, 200);
    const QJsonObject o = answer.object();
    QCOMPARE(o.value(QStringLiteral("user_id")).toString(), m_alice.userId);
    QVERIFY(!o.value(QStringLiteral("domain_id")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("normal"));
    QCOMPARE(o.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("alicekey"));
    QVERIFY(!o.value(QStringLiteral("identities")).toArray().isEmpty());
    const QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).toObject().value(QStringLiteral("role_name")).toString(),
             QStringLiteral("GROUP_OWNER"));
    QCOMPARE(roles.at(0).toObject().value(QStringLiteral("group_id")).toString(), kAliceGroup);

    // Bob gave no group: one was made for him, and it is not Alice's.
    const Tokens bob = m_probe.login(QStringLiteral("local"), QStringLiteral("bob@example.com"),
                                     QStringLiteral("bob:pass"));
    const QJsonObject bobProfile
        = m_probe.get(QStringLiteral("/auth/profile"), bob.access).object();
    QCOMPARE(bobProfile.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")),
             QJsonValue(QStringLiteral("bob@example.com")));
    const QString bobGroup = m_probe.groupOf(bob.access);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(bobGroup).hasMatch());
    QVERIFY(bobGroup != kAliceGroup);
}

void tst_ServerAuth::refresh()
{
    const Tokens tokens = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("alicekey"),
                                        QStringLiteral("alice-secret"));
    const Answer answer = m_probe.send("POST", QStringLiteral("/auth/session"), tokens.refresh);
    QCOMPARE(answer.status, 201);
    const QString fresh = answer.object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != tokens.access);
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), fresh).status, 200);
    QCOMPARE(m_probe.get(QStringLiteral("/groups/%1/apps").arg(kAliceGroup), fresh).status, 200);
    // The old access token stays good until it expires; the refresh token stays the same.
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), tokens.access).status, 200);
    QCOMPARE(m_probe.send("POST", QStringLiteral("/auth/session"), tokens.refresh).status, 201);

    // An access token is not a refresh token, and the other way round.
    const Answer swapped = m_probe.send("POST", QStringLiteral("/auth/session"), tokens.access);
    QCOMPARE(swapped.status, 401);
    QCOMPARE(swapped.errorCode(), QStringLiteral("InvalidSession"));
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), tokens.refresh).status, 401);
}

void tst_ServerAuth::logout()
{
    const Tokens tokens = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("alicekey"),
                                        QStringLiteral("alice-secret"));
    const QString second = m_probe.send("POST", QStringLiteral("/auth/session"), tokens.refresh)
                               .object()
                               .value(QStringLiteral("access_token"))
                               .toString();
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), second).status, 200);

    QCOMPARE(m_probe.send("DELETE", QStringLiteral("/auth/session"), tokens.refresh).status, 204);

    const Answer refreshAgain
        = m_probe.send("POST", QStringLiteral("/auth/session"), tokens.refresh);
    QCOMPARE(refreshAgain.status, 401);
    QCOMPARE(refreshAgain.errorCode(), QStringLiteral("InvalidSession"));
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), tokens.access).status, 401);
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), second).status, 401);
    QCOMPARE(m_probe.send("DELETE", QStringLiteral("/auth/session"), tokens.refresh).status, 401);
    // Other sessions of the same admin live on.
    QCOMPARE(m_probe.get(QStringLiteral("/auth/profile"), m_alice.access).status, 200);
}

void tst_ServerAuth::expiry()
{
    const Tokens tokens = m_shortProbe.login(QStringLiteral("local"), QStringLiteral("carol"),
                                             QStringLiteral("carol-pw"));
    QVERIFY(!tokens.access.isEmpty());
    m_shortClock.advanceSeconds(59);
    QCOMPARE(m_shortProbe.get(QStringLiteral("/auth/profile"), tokens.access).status, 200);
    m_shortClock.advanceSeconds(1);
    QCOMPARE(m_shortProbe.get(QStringLiteral("/auth/profile"), tokens.access).status, 401);
    const Answer expired = m_shortProbe.get(QStringLiteral("/auth/profile"), tokens.access);
    QCOMPARE(expired.object(),
             (QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid session") },
                            { QStringLiteral("error_code"), QStringLiteral("InvalidSession") } }));
    // The refresh token outlives its access tokens.
    const Answer refreshed
        = m_shortProbe.send("POST", QStringLiteral("/auth/session"), tokens.refresh);
    QCOMPARE(refreshed.status, 201);
}

void tst_ServerAuth::protectedRoutes_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token"); // "none", "wrong", "expired"

    const QList<QPair<QByteArray, QString>> routes {
        { "GET", QStringLiteral("/auth/profile") },
        { "POST", QStringLiteral("/auth/session") },
        { "DELETE", QStringLiteral("/auth/session") },
        { "GET", QStringLiteral("/groups/{g}/apps") },
        { "POST", QStringLiteral("/groups/{g}/apps") },
        { "GET", QStringLiteral("/groups/{g}/apps/{a}") },
        { "DELETE", QStringLiteral("/groups/{g}/apps/{a}") },
        { "GET", QStringLiteral("/groups/{g}/apps/{a}/export") },
    };
    for (const auto &route : routes) {
        for (const char *token : { "none", "wrong", "expired" }) {
            QTest::addRow("%s %s, %s token", route.first.constData(), qPrintable(route.second),
                          token)
                << route.first << route.second << QString::fromLatin1(token);
        }
    }
}

void tst_ServerAuth::protectedRoutes()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, token);
    path.replace(QStringLiteral("{g}"), m_carolGroup).replace(QStringLiteral("{a}"), m_carolApp);
    QString bearer;
    if (token == QLatin1String("wrong"))
        bearer = QStringLiteral("bm90LWEtdG9rZW4tYXQtYWxsLW5vdC1ldmVuLWNsb3Nl");
    else if (token == QLatin1String("expired"))
        bearer = m_carol.access;
    const Answer answer = m_shortProbe.send(verb, path, bearer, R"({"name":"should-not-exist"})");
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid session"));
}

void tst_ServerAuth::otherGroup_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");

    const QList<QPair<QByteArray, QString>> routes {
        { "GET", QStringLiteral("/groups/{g}/apps") },
        { "POST", QStringLiteral("/groups/{g}/apps") },
        { "GET", QStringLiteral("/groups/{g}/apps/{a}") },
        { "DELETE", QStringLiteral("/groups/{g}/apps/{a}") },
        { "GET", QStringLiteral("/groups/{g}/apps/{a}/export") },
    };
    for (const auto &route : routes) {
        for (const char *group : { "real", "made-up" }) {
            QTest::addRow("%s %s, %s group", route.first.constData(), qPrintable(route.second),
                          group)
                << route.first
                << QString(route.second)
                       .replace(QStringLiteral("{g}"),
                                qstrcmp(group, "real") == 0 ? kAliceGroup : kMadeUpGroup);
        }
    }
}

void tst_ServerAuth::otherGroup()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    path.replace(QStringLiteral("{a}"), m_aliceApp);
    const Tokens bob = m_probe.login(QStringLiteral("local"), QStringLiteral("bob@example.com"),
                                     QStringLiteral("bob:pass"));
    const Answer answer = m_probe.send(verb, path, bob.access, R"({"name":"intruder"})");
    QCOMPARE(answer.status, 404);
    // The same answer whether the group exists or not: nothing learned.
    QCOMPARE(answer.object(),
             (QJsonObject { { QStringLiteral("error"), QStringLiteral("group not found") },
                            { QStringLiteral("error_code"), QStringLiteral("GroupNotFound") } }));
    // And nothing changed.
    const Answer alicesApp = m_probe.get(
        QStringLiteral("/groups/%1/apps/%2").arg(kAliceGroup, m_aliceApp), m_alice.access);
    QCOMPARE(alicesApp.status, 200);
    QCOMPARE(m_probe.get(QStringLiteral("/groups/%1/apps").arg(kAliceGroup), m_alice.access)
                 .array()
                 .size(),
             1);
}

void tst_ServerAuth::otherGroupsApp()
{
    // Bob, in his own group, naming Alice's app: not found either.
    const Tokens bob = m_probe.login(QStringLiteral("local"), QStringLiteral("bob@example.com"),
                                     QStringLiteral("bob:pass"));
    const QString bobGroup = m_probe.groupOf(bob.access);
    const Answer answer
        = m_probe.get(QStringLiteral("/groups/%1/apps/%2").arg(bobGroup, m_aliceApp), bob.access);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("AppNotFound"));
}

void tst_ServerAuth::generatedAdmin()
{
    QTemporaryDir dir;
    QString secret;
    QString name;
    QString group;
    {
        QString error;
        auto server = startServer(loopbackOptions(dir.path()), &error);
        QVERIFY2(server, qPrintable(error));
        const QList<AdminSpec> admins = server->admins();
        QCOMPARE(admins.size(), 1);
        const AdminSpec admin = admins.first();
        QVERIFY(admin.generated);
        QCOMPARE(admin.kind, AdminSpec::Kind::ApiKey);
        QVERIFY(admin.secret.size() >= 16);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(admin.groupId).hasMatch());
        secret = admin.secret;
        name = admin.name;
        group = admin.groupId;
        Probe probe(server->rootUrl());
        QVERIFY(!probe.login(QStringLiteral("mongodb-cloud"), name, secret).access.isEmpty());
    }
    // Neither the secret nor a token is anywhere in the data folder in plain text.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QFile f(QDir(dir.path()).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
    }

    QString error;
    auto again = startServer(loopbackOptions(dir.path()), &error);
    QVERIFY2(again, qPrintable(error));
    const QList<AdminSpec> admins = again->admins();
    QCOMPARE(admins.size(), 1);
    QVERIFY(admins.first().generated);
    QCOMPARE(admins.first().name, name);
    QCOMPARE(admins.first().groupId, group);
    QVERIFY(admins.first().secret.isEmpty()); // shown once, in the run that made it
    Probe probe(again->rootUrl());
    const Tokens tokens = probe.login(QStringLiteral("mongodb-cloud"), name, secret);
    QVERIFY(!tokens.access.isEmpty());
    QCOMPARE(probe.groupOf(tokens.access), group);
}

QTEST_GUILESS_MAIN(tst_ServerAuth)
#include "tst_serverauth.moc"
