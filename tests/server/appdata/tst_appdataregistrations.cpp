#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

//! Pending users: an app whose local-userpass provider does not auto-confirm keeps registrations
//! pending until an admin confirms them; with no provider configured, registration confirms at
//! once.
class tst_AppDataRegistrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void autoConfirmWithoutProvider();
    void pendingUntilConfirmed();
    void sendConfirm();
    void deletePending();
    void unknownEmail_data();
    void unknownEmail();
    void registerBad_data();
    void registerBad();
    void disabledProvider();

private:
    Answer registerUser(const QString &email, const QString &password = QStringLiteral("secret1"))
    {
        return m_world.client(
            "POST", QStringLiteral("/auth/providers/local-userpass/register"),
            QJsonDocument(QJsonObject { { QStringLiteral("email"), email },
                                        { QStringLiteral("password"), password } })
                .toJson(),
            QString(), m_pendingClientId);
    }
    QJsonArray pendingUsers()
    {
        return m_world.probe
            .get(m_world.app(QStringLiteral("/user_registrations/pending_users"), m_pendingApp),
                 m_world.dev.access)
            .array();
    }
    Answer onEmail(const QByteArray &verb, const QString &email, const QString &suffix = {})
    {
        return m_world.probe.send(
            verb,
            m_world.app(QStringLiteral("/user_registrations/by_email/%1%2").arg(email, suffix),
                        m_pendingApp),
            m_world.dev.access);
    }

    //! The provider document as the resources area stores a deployed one (the only way in from a
    //! test that has no auth provider routes to call).
    void addProvider(const QString &appId, const QString &type, bool disabled,
                     const QJsonObject &config = {})
    {
        const QString id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(24));
        const QJsonObject provider { { QStringLiteral("_id"), id },
                                     { QStringLiteral("name"), type },
                                     { QStringLiteral("type"), type },
                                     { QStringLiteral("disabled"), disabled },
                                     { QStringLiteral("config"), config } };
        m_world.sql(QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name, doc,"
                                   " updated) VALUES(?, 'auth_provider', ?, '', ?, ?, 0)"),
                    { appId, id, type,
                      QString::fromUtf8(QJsonDocument(provider).toJson(QJsonDocument::Compact)) });
    }

    World m_world;
    QString m_pendingApp; //!< its local-userpass provider says autoConfirm: false
    QString m_pendingClientId;
};

void tst_AppDataRegistrations::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
    const QJsonObject app = m_world.newApp(QStringLiteral("pending"));
    m_pendingApp = app.value(QStringLiteral("_id")).toString();
    m_pendingClientId = app.value(QStringLiteral("client_app_id")).toString();
    addProvider(m_pendingApp, QStringLiteral("local-userpass"), false,
                { { QStringLiteral("autoConfirm"), false } });
    // The local-userpass provider beside the api-key one every app starts with.
    QCOMPARE(m_world
                 .sql(QStringLiteral("SELECT count(*) FROM resources WHERE app_id = ?"
                                     " AND kind = 'auth_provider'"),
                      { m_pendingApp })
                 .at(0)
                 .at(0)
                 .toInt(),
             2);
}

void tst_AppDataRegistrations::autoConfirmWithoutProvider()
{
    const Answer registered
        = m_world.client("POST", QStringLiteral("/auth/providers/local-userpass/register"),
                         R"({"email":"auto@example.com","password":"secret1"})");
    QCOMPARE(registered.status, 201);
    QCOMPARE(
        m_world.userpassLogin(QStringLiteral("auto@example.com"), QStringLiteral("secret1")).status,
        200);
    const QJsonArray users = m_world.admin("GET", QStringLiteral("/users")).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0)[QStringLiteral("data")][QStringLiteral("email")].toString(),
             QStringLiteral("auto@example.com"));
    QCOMPARE(m_world.admin("GET", QStringLiteral("/user_registrations/pending_users")).array(),
             QJsonArray());
}

void tst_AppDataRegistrations::pendingUntilConfirmed()
{
    QCOMPARE(registerUser(QStringLiteral("wait@example.com")).status, 201);
    const QJsonArray pending = pendingUsers();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0)[QStringLiteral("login_ids")][0][QStringLiteral("id")].toString(),
             QStringLiteral("wait@example.com"));
    QCOMPARE(
        m_world.probe.get(m_world.app(QStringLiteral("/users"), m_pendingApp), m_world.dev.access)
            .array(),
        QJsonArray());
    const QJsonObject login { { QStringLiteral("username"), QStringLiteral("wait@example.com") },
                              { QStringLiteral("password"), QStringLiteral("secret1") } };
    const Answer waiting
        = m_world.clientLogin(QStringLiteral("local-userpass"), login, m_pendingClientId);
    QCOMPARE(waiting.status, 401);
    QCOMPARE(waiting.errorCode(), QStringLiteral("AuthError"));
    // Registering the same email again is refused while it waits.
    QCOMPARE(registerUser(QStringLiteral("wait@example.com")).status, 409);

    QCOMPARE(onEmail("POST", QStringLiteral("wait@example.com"), QStringLiteral("/confirm")).status,
             204);
    QCOMPARE(pendingUsers(), QJsonArray());
    QCOMPARE(m_world.clientLogin(QStringLiteral("local-userpass"), login, m_pendingClientId).status,
             200);
    // Confirmed now: send_confirm says so.
    const Answer again
        = onEmail("POST", QStringLiteral("wait@example.com"), QStringLiteral("/send_confirm"));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("UserAlreadyConfirmed"));
    // Nor is there a pending user to delete.
    QCOMPARE(onEmail("DELETE", QStringLiteral("wait@example.com")).status, 404);
    QCOMPARE(m_world.clientLogin(QStringLiteral("local-userpass"), login, m_pendingClientId).status,
             200);
}

void tst_AppDataRegistrations::sendConfirm()
{
    QCOMPARE(registerUser(QStringLiteral("mail@example.com")).status, 201);
    for (int sent = 1; sent <= 2; ++sent) {
        QCOMPARE(
            onEmail("POST", QStringLiteral("mail@example.com"), QStringLiteral("/send_confirm"))
                .status,
            200);
        const auto rows = m_world.sql(QStringLiteral("SELECT confirm_sent, confirm_sent_at FROM"
                                                     " appdata_pending WHERE email = ?"),
                                      { QStringLiteral("mail@example.com") });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toInt(), sent);
        QVERIFY(rows.at(0).at(1).toLongLong() > 1600000000);
    }
}

void tst_AppDataRegistrations::deletePending()
{
    QCOMPARE(registerUser(QStringLiteral("drop@example.com")).status, 201);
    const int before = pendingUsers().size();
    QCOMPARE(onEmail("DELETE", QStringLiteral("drop@example.com")).status, 204);
    QCOMPARE(pendingUsers().size(), before - 1);
    const Answer again = onEmail("DELETE", QStringLiteral("drop@example.com"));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("UserNotFound"));
    // The email may register again.
    QCOMPARE(registerUser(QStringLiteral("drop@example.com")).status, 201);
}

void tst_AppDataRegistrations::unknownEmail_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("send_confirm") << QByteArray("POST") << "/send_confirm";
    QTest::newRow("confirm") << QByteArray("POST") << "/confirm";
}

void tst_AppDataRegistrations::unknownEmail()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer = onEmail(verb, QStringLiteral("nobody@example.com"), suffix);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("UserNotFound"));
}

void tst_AppDataRegistrations::registerBad_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << "local-userpass" << QByteArray("{") << 400 << "InvalidParameter";
    QTest::newRow("no email") << "local-userpass" << QByteArray(R"({"password":"secret1"})") << 400
                              << "MissingParameter";
    QTest::newRow("password number")
        << "local-userpass" << QByteArray(R"({"email":"a@b.c","password":1})") << 400
        << "InvalidParameter";
    QTest::newRow("short password")
        << "local-userpass" << QByteArray(R"({"email":"a@b.c","password":"1"})") << 400
        << "InvalidParameter";
    QTest::newRow("control character in email")
        << "local-userpass" << QByteArray(R"({"email":"a\u0001b@c.d","password":"secret1"})") << 400
        << "InvalidParameter";
    QTest::newRow("DEL in email") << "local-userpass"
                                  << QByteArray(R"({"email":"ab@c.d\u007f","password":"secret1"})")
                                  << 400 << "InvalidParameter";
    QTest::newRow("email of 300 characters")
        << "local-userpass"
        << R"({"email":"a@)" + QByteArray(298, 'b') + R"(","password":"secret1"})" << 400
        << "InvalidParameter";
    QTest::newRow("taken") << "local-userpass"
                           << QByteArray(R"({"email":"auto@example.com","password":"secret1"})")
                           << 409 << "AccountNameInUse";
    QTest::newRow("other provider") << "anon-user" << QByteArray("{}") << 404 << "NotFound";
}

void tst_AppDataRegistrations::registerBad()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const int logsBefore = m_world.logs().size();
    const Answer answer
        = m_world.client("POST", QStringLiteral("/auth/providers/%1/register").arg(provider), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users")).array().size(), 1);
    QCOMPARE(m_world.logs().size(), logsBefore);
}

void tst_AppDataRegistrations::disabledProvider()
{
    const QJsonObject app = m_world.newApp(QStringLiteral("closed"));
    const QString appId = app.value(QStringLiteral("_id")).toString();
    const QString clientId = app.value(QStringLiteral("client_app_id")).toString();
    QCOMPARE(m_world.clientLogin(QStringLiteral("anon-user"), {}, clientId).status, 200);
    addProvider(appId, QStringLiteral("anon-user"), true);
    addProvider(appId, QStringLiteral("local-userpass"), true);
    const Answer anon = m_world.clientLogin(QStringLiteral("anon-user"), {}, clientId);
    QCOMPARE(anon.status, 404);
    QCOMPARE(anon.errorCode(), QStringLiteral("AuthProviderNotFound"));
    const Answer registered = m_world.client(
        "POST", QStringLiteral("/auth/providers/local-userpass/register"),
        R"({"email":"closed@example.com","password":"secret1"})", QString(), clientId);
    QCOMPARE(registered.status, 404);
    QCOMPARE(registered.errorCode(), QStringLiteral("AuthProviderNotFound"));
    // Only the anonymous user of the first login exists.
    QCOMPARE(m_world.probe.get(m_world.app(QStringLiteral("/users"), appId), m_world.dev.access)
                 .array()
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(tst_AppDataRegistrations)
#include "tst_appdataregistrations.moc"
