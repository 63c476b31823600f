#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

class tst_AppDataApiKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyShownOnce();
    void duplicateName();
    void createBad_data();
    void createBad();
    void disableBlocksLogin();
    void deleteKey();
    void unknownKey_data();
    void unknownKey();

private:
    QJsonObject newKey(const QString &name)
    {
        return m_world
            .admin("POST", QStringLiteral("/api_keys"), { { QStringLiteral("name"), name } })
            .object();
    }
    Answer keyLogin(const QString &key)
    {
        return m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } });
    }
    int keyCount() { return m_world.admin("GET", QStringLiteral("/api_keys")).array().size(); }

    World m_world;
};

void tst_AppDataApiKeys::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
}

void tst_AppDataApiKeys::keyShownOnce()
{
    const Answer created = m_world.admin("POST", QStringLiteral("/api_keys"),
                                         { { QStringLiteral("name"), QStringLiteral("ci") } });
    QCOMPARE(created.status, 201);
    const QJsonObject key = created.object();
    const QString id = key.value(QStringLiteral("_id")).toString();
    const QString secret = key.value(QStringLiteral("key")).toString();
    QCOMPARE(id.size(), 24);
    QVERIFY(secret.size() >= 32);
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
    QCOMPARE(key.value(QStringLiteral("disabled")), QJsonValue(false));

    const QJsonObject expected { { QStringLiteral("_id"), id },
                                 { QStringLiteral("name"), QStringLiteral("ci") },
                                 { QStringLiteral("disabled"), false } };
    const Answer fetched = m_world.admin("GET", QStringLiteral("/api_keys/") + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), expected);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys")).array(), QJsonArray { expected });
    QVERIFY(!fetched.body.contains(secret.toUtf8()));
    // Only a digest is kept.
    QVERIFY(!m_world.storeBytes().contains(secret.toUtf8()));
    QCOMPARE(keyLogin(secret).status, 200);
}

void tst_AppDataApiKeys::duplicateName()
{
    QVERIFY(!newKey(QStringLiteral("twice")).isEmpty());
    const int before = keyCount();
    const Answer again = m_world.admin("POST", QStringLiteral("/api_keys"),
                                       { { QStringLiteral("name"), QStringLiteral("twice") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("APIKeyAlreadyExists"));
    QCOMPARE(keyCount(), before);
}

void tst_AppDataApiKeys::createBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"name\"") << "InvalidParameter";
    QTest::newRow("array") << QByteArray("[]") << "InvalidParameter";
    QTest::newRow("no name") << QByteArray("{}") << "MissingParameter";
    QTest::newRow("name a number") << QByteArray(R"({"name":7})") << "InvalidParameter";
    QTest::newRow("blank name") << QByteArray(R"({"name":"  "})") << "InvalidParameter";
}

void tst_AppDataApiKeys::createBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const int before = keyCount();
    const Answer answer = m_world.adminRaw("POST", QStringLiteral("/api_keys"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(keyCount(), before);
}

void tst_AppDataApiKeys::disableBlocksLogin()
{
    const QJsonObject key = newKey(QStringLiteral("toggle"));
    const QString id = key.value(QStringLiteral("_id")).toString();
    const QString secret = key.value(QStringLiteral("key")).toString();
    const QString refresh
        = keyLogin(secret).object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());

    QCOMPARE(m_world.admin("PUT", QStringLiteral("/api_keys/%1/disable").arg(id)).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys/") + id)
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(true));
    QCOMPARE(keyLogin(secret).status, 401);
    QCOMPARE(m_world.session("POST", refresh).status, 401);
    QCOMPARE(m_world.admin("PUT", QStringLiteral("/api_keys/%1/enable").arg(id)).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys/") + id)
                 .object()
                 .value(QStringLiteral("disabled")),
             QJsonValue(false));
    QCOMPARE(keyLogin(secret).status, 200);
}

void tst_AppDataApiKeys::deleteKey()
{
    const QJsonObject key = newKey(QStringLiteral("doomed"));
    const QString id = key.value(QStringLiteral("_id")).toString();
    const QString secret = key.value(QStringLiteral("key")).toString();
    const QString userId = keyLogin(secret).object().value(QStringLiteral("user_id")).toString();
    const QJsonObject user = m_world.admin("GET", QStringLiteral("/users/") + userId).object();
    QCOMPARE(user.value(QStringLiteral("type")).toString(), QStringLiteral("server"));
    QCOMPARE(user[QStringLiteral("identities")][0][QStringLiteral("provider_type")].toString(),
             QStringLiteral("api-key"));
    QCOMPARE(user[QStringLiteral("identities")][0][QStringLiteral("id")].toString(), id);

    QCOMPARE(m_world.admin("DELETE", QStringLiteral("/api_keys/") + id).status, 204);
    QCOMPARE(m_world.admin("GET", QStringLiteral("/api_keys/") + id).status, 404);
    QCOMPARE(keyLogin(secret).status, 401);
    // The key's server user went with it.
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users/") + userId).status, 404);
    // The name is free again.
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/api_keys"),
                        { { QStringLiteral("name"), QStringLiteral("doomed") } })
                 .status,
             201);
}

void tst_AppDataApiKeys::unknownKey_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("enable") << QByteArray("PUT") << "/enable";
    QTest::newRow("disable") << QByteArray("PUT") << "/disable";
}

void tst_AppDataApiKeys::unknownKey()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer
        = m_world.admin(verb, QStringLiteral("/api_keys/5f0000000000000000000000") + suffix);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("APIKeyNotFound"));
}

QTEST_GUILESS_MAIN(tst_AppDataApiKeys)
#include "tst_appdataapikeys.moc"
