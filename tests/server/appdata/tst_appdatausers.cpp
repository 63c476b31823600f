#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

class tst_AppDataUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndGet();
    void createBad_data();
    void createBad();
    void duplicateEmail();
    void passwordNeverStored();
    void listPages();
    void unknownUser_data();
    void unknownUser();
    void disableBlocksLogin();
    void logoutRevokesSessions();
    void devices();
    void deleteUser();

private:
    int userCount() { return m_world.admin("GET", QStringLiteral("/users")).array().size(); }

    World m_world;
};

void tst_AppDataUsers::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
}

void tst_AppDataUsers::createAndGet()
{
    const Answer created
        = m_world.admin("POST", QStringLiteral("/users"),
                        { { QStringLiteral("email"), QStringLiteral("ada@example.com") },
                          { QStringLiteral("password"), QStringLiteral("analytical") } });
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.object();
    const QString id = user.value(QStringLiteral("_id")).toString();
    QCOMPARE(id.size(), 24);
    QCOMPARE(user.value(QStringLiteral("type")).toString(), QStringLiteral("normal"));
    QCOMPARE(user.value(QStringLiteral("disabled")).toBool(true), false);
    QVERIFY(user.value(QStringLiteral("creation_date")).toInteger() > 1600000000);
    QVERIFY(user.contains(QStringLiteral("last_authentication_date")));
    QCOMPARE(user.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")),
             QJsonValue(QStringLiteral("ada@example.com")));
    const QJsonObject identity
        = user.value(QStringLiteral("identities")).toArray().at(0).toObject();
    QCOMPARE(identity.value(QStringLiteral("provider_type")).toString(),
             QStringLiteral("local-userpass"));
    QVERIFY(!identity.value(QStringLiteral("id")).toString().isEmpty());

    const Answer fetched = m_world.admin("GET", QStringLiteral("/users/") + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), user);
    QVERIFY(m_world.admin("GET", QStringLiteral("/users")).array().contains(user));

    // The new user can log in at once, and the admin's creation is an auth event in the logs.
    QCOMPARE(m_world.userpassLogin(QStringLiteral("ada@example.com"), QStringLiteral("analytical"))
                 .status,
             200);
    const QList<QJsonObject> logs = m_world.logs();
    const auto createdLog = std::find_if(logs.cbegin(), logs.cend(), [&](const QJsonObject &e) {
        return e.value(QStringLiteral("user_id")).toString() == id
            && authEvent(e).value(QStringLiteral("type")).toString() == QLatin1String("other");
    });
    QVERIFY(createdLog != logs.cend());
    QCOMPARE(createdLog->value(QStringLiteral("type")).toString(), QStringLiteral("AUTH"));
}

void tst_AppDataUsers::createBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed JSON") << QByteArray("{\"email\":") << "InvalidParameter";
    QTest::newRow("not an object") << QByteArray("[1]") << "InvalidParameter";
    QTest::newRow("empty body") << QByteArray() << "MissingParameter";
    QTest::newRow("no password") << QByteArray(R"({"email":"x@example.com"})")
                                 << "MissingParameter";
    QTest::newRow("no email") << QByteArray(R"({"password":"secret1"})") << "MissingParameter";
    QTest::newRow("email a number")
        << QByteArray(R"({"email":5,"password":"secret1"})") << "InvalidParameter";
    QTest::newRow("password an array")
        << QByteArray(R"({"email":"x@example.com","password":[]})") << "InvalidParameter";
    QTest::newRow("not an email") << QByteArray(R"({"email":"nobody","password":"secret1"})")
                                  << "InvalidParameter";
    QTest::newRow("short password")
        << QByteArray(R"({"email":"x@example.com","password":"123"})") << "InvalidParameter";
}

void tst_AppDataUsers::createBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const int before = userCount();
    const Answer answer = m_world.adminRaw("POST", QStringLiteral("/users"), body);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.isJsonError());
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(userCount(), before);
}

void tst_AppDataUsers::duplicateEmail()
{
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/users"),
                        { { QStringLiteral("email"), QStringLiteral("dup@example.com") },
                          { QStringLiteral("password"), QStringLiteral("secret1") } })
                 .status,
             201);
    const int before = userCount();
    const Answer again
        = m_world.admin("POST", QStringLiteral("/users"),
                        { { QStringLiteral("email"), QStringLiteral("dup@example.com") },
                          { QStringLiteral("password"), QStringLiteral("other11") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("AccountNameInUse"));
    QCOMPARE(userCount(), before);
    // The first password still holds: the refused create changed nothing.
    QCOMPARE(
        m_world.userpassLogin(QStringLiteral("dup@example.com"), QStringLiteral("secret1")).status,
        200);
}

void tst_AppDataUsers::passwordNeverStored()
{
    const QString password
        = QStringLiteral("Tr0ub4dor-unique-%1").arg(QUuid::createUuid().toString());
    QVERIFY(!m_world.newUser(QStringLiteral("hidden@example.com"), password)
                 .value(QStringLiteral("_id"))
                 .toString()
                 .isEmpty());
    QVERIFY(!m_world.storeBytes().contains(password.toUtf8()));
    const auto rows = m_world.sql(
        QStringLiteral("SELECT length(salt), length(digest), iterations FROM appdata_credentials"
                       " WHERE email = ?"),
        { QStringLiteral("hidden@example.com") });
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).at(0).toInt() >= 16);
    QCOMPARE(rows.at(0).at(1).toInt(), 32);
    QVERIFY(rows.at(0).at(2).toInt() >= 10000);
}

void tst_AppDataUsers::listPages()
{
    const QJsonArray all = m_world.admin("GET", QStringLiteral("/users")).array();
    QVERIFY(all.size() >= 2);
    const QString first = all.at(0).toObject().value(QStringLiteral("_id")).toString();
    const QJsonArray rest
        = m_world
              .adminGet(QStringLiteral("/users"), QUrlQuery { { QStringLiteral("after"), first } })
              .array();
    QCOMPARE(rest.size(), all.size() - 1);
    QCOMPARE(rest.at(0), all.at(1));
}

void tst_AppDataUsers::unknownUser_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("devices") << QByteArray("GET") << "/devices";
    QTest::newRow("logout") << QByteArray("PUT") << "/logout";
    QTest::newRow("enable") << QByteArray("PUT") << "/enable";
    QTest::newRow("disable") << QByteArray("PUT") << "/disable";
}

void tst_AppDataUsers::unknownUser()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer
        = m_world.admin(verb, QStringLiteral("/users/5f0000000000000000000000") + suffix);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("UserNotFound"));
}

void tst_AppDataUsers::disableBlocksLogin()
{
    const QString id = m_world.newUser(QStringLiteral("dis@example.com"))
                           .value(QStringLiteral("_id"))
                           .toString();
    const QString refresh
        = m_world.userpassLogin(QStringLiteral("dis@example.com"), QStringLiteral("secret1"))
              .object()
              .value(QStringLiteral("refresh_token"))
              .toString();
    QVERIFY(!refresh.isEmpty());

    QCOMPARE(m_world.admin("PUT", QStringLiteral("/users/%1/disable").arg(id)).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/") + id)
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(true));
    const Answer refused
        = m_world.userpassLogin(QStringLiteral("dis@example.com"), QStringLiteral("secret1"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("UserDisabled"));
    // Disabling also ended the session the user had.
    QCOMPARE(m_world.session("POST", refresh).status, 401);
    const QJsonObject failed = m_world.logs().constLast();
    QCOMPARE(failed.value(QStringLiteral("user_id")).toString(), id);
    QCOMPARE(failed.value(QStringLiteral("error_code")).toString(), QStringLiteral("UserDisabled"));
    QCOMPARE(authEvent(failed).value(QStringLiteral("failed")), QJsonValue(true));

    QCOMPARE(m_world.admin("PUT", QStringLiteral("/users/%1/enable").arg(id)).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/") + id)
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(false));
    QCOMPARE(
        m_world.userpassLogin(QStringLiteral("dis@example.com"), QStringLiteral("secret1")).status,
        200);
}

void tst_AppDataUsers::logoutRevokesSessions()
{
    const QString id = m_world.newUser(QStringLiteral("out@example.com"))
                           .value(QStringLiteral("_id"))
                           .toString();
    QStringList refreshTokens;
    for (int i = 0; i < 2; ++i) {
        refreshTokens.append(
            m_world.userpassLogin(QStringLiteral("out@example.com"), QStringLiteral("secret1"))
                .object()
                .value(QStringLiteral("refresh_token"))
                .toString());
        QCOMPARE(m_world.session("POST", refreshTokens.last()).status, 201);
    }
    QCOMPARE(m_world.admin("PUT", QStringLiteral("/users/%1/logout").arg(id)).status, 204);
    for (const QString &refresh : std::as_const(refreshTokens)) {
        const Answer answer = m_world.session("POST", refresh);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
    }
    // Revoked, not disabled: the user logs in again.
    QCOMPARE(
        m_world.userpassLogin(QStringLiteral("out@example.com"), QStringLiteral("secret1")).status,
        200);
}

void tst_AppDataUsers::devices()
{
    const QString id = m_world.newUser(QStringLiteral("dev@example.com"))
                           .value(QStringLiteral("_id"))
                           .toString();
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/%1/devices").arg(id)).array(),
             QJsonArray());
    const QJsonObject device { { QStringLiteral("platform"), QStringLiteral("linux") },
                               { QStringLiteral("sdkVersion"), QStringLiteral("1.2.3") } };
    const auto login = [&](const QJsonObject &sent) {
        return m_world
            .clientLogin(QStringLiteral("local-userpass"),
                         { { QStringLiteral("username"), QStringLiteral("dev@example.com") },
                           { QStringLiteral("password"), QStringLiteral("secret1") },
                           { QStringLiteral("options"),
                             QJsonObject { { QStringLiteral("device"), sent } } } })
            .object()
            .value(QStringLiteral("device_id"))
            .toString();
    };
    const QString first = login(device);
    QCOMPARE(first.size(), 24);
    QJsonObject again = device;
    again.insert(QStringLiteral("deviceId"), first);
    QCOMPARE(login(again), first);
    QJsonArray devices = m_world.admin("GET", QStringLiteral("/users/%1/devices").arg(id)).array();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("_id")).toString(), first);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("platform")).toString(),
             QStringLiteral("linux"));
    QVERIFY(login(QJsonObject()) != first);
    devices = m_world.admin("GET", QStringLiteral("/users/%1/devices").arg(id)).array();
    QCOMPARE(devices.size(), 2);
}

void tst_AppDataUsers::deleteUser()
{
    const QString id = m_world.newUser(QStringLiteral("gone@example.com"))
                           .value(QStringLiteral("_id"))
                           .toString();
    const QString refresh
        = m_world.userpassLogin(QStringLiteral("gone@example.com"), QStringLiteral("secret1"))
              .object()
              .value(QStringLiteral("refresh_token"))
              .toString();
    QCOMPARE(m_world.admin("DELETE", QStringLiteral("/users/") + id).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/") + id).status, 404);
    QCOMPARE(m_world.admin("DELETE", QStringLiteral("/users/") + id).status, 404);
    QCOMPARE(m_world.session("POST", refresh).status, 401);
    QCOMPARE(
        m_world.userpassLogin(QStringLiteral("gone@example.com"), QStringLiteral("secret1")).status,
        401);
    // Its email is free again.
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/users"),
                        { { QStringLiteral("email"), QStringLiteral("gone@example.com") },
                          { QStringLiteral("password"), QStringLiteral("secret2") } })
                 .status,
             201);
    const QList<QJsonObject> logs = m_world.logs();
    QVERIFY(std::any_of(logs.cbegin(), logs.cend(), [&](const QJsonObject &e) {
        return e.value(QStringLiteral("user_id")).toString() == id
            && e.value(QStringLiteral("request_method")).toString() == QLatin1String("DELETE")
            && authEvent(e).value(QStringLiteral("type")).toString() == QLatin1String("other");
    }));
}

QTEST_GUILESS_MAIN(tst_AppDataUsers)
#include "tst_appdatausers.moc"
