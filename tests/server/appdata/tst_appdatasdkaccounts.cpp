#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

//! What an SDK's logged-in user does beyond logging in: their own API keys (on the refresh
//! token), local-userpass confirmation and password reset, and calling functions.
class tst_AppDataSdkAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userApiKeys();
    void userApiKeysWantRefreshToken();
    void deletedUserTakesTheirKeys();
    void confirmWithAdminTokenPair();
    void resetThroughFunction();
    void callFunction();
    void callFunctionRefused_data();
    void callFunctionRefused();
    void callFunctionExpiredToken();

private:
    Answer keys(const QByteArray &verb, const QString &rest, const QString &token,
                const QByteArray &body = {})
    {
        return m_world.probe.send(verb, QStringLiteral("//api/client/v2.0/auth/api_keys") + rest,
                                  token, body);
    }
    Answer userpass(const QString &rest, const QJsonObject &body)
    {
        return m_world.client("POST", QStringLiteral("/auth/providers/local-userpass/") + rest,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer call(const QString &access, const QJsonObject &body)
    {
        return m_world.client("POST", QStringLiteral("/functions/call"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact), access);
    }
    void addFunction(const QString &name, const QString &source, const QJsonObject &extra = {});
    QList<QJsonObject> functionLogs(const QString &name);

    World m_world;
    Tokens m_user; //!< carol@example.com, logged in
    QString m_userId;
};

void tst_AppDataSdkAccounts::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
    m_world.newUser(QStringLiteral("carol@example.com"));
    const QJsonObject login
        = m_world.userpassLogin(QStringLiteral("carol@example.com"), QStringLiteral("secret1"))
              .object();
    m_user.access = login.value(QStringLiteral("access_token")).toString();
    m_user.refresh = login.value(QStringLiteral("refresh_token")).toString();
    m_userId = login.value(QStringLiteral("user_id")).toString();
    QVERIFY(!m_userId.isEmpty());
}

void tst_AppDataSdkAccounts::addFunction(const QString &name, const QString &source,
                                         const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("name"), name);
    body.insert(QStringLiteral("source"), source);
    QCOMPARE(m_world.admin("POST", QStringLiteral("/functions"), body).status, 201);
}

QList<QJsonObject> tst_AppDataSdkAccounts::functionLogs(const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &entry : m_world.logs()) {
        if (entry.value(QStringLiteral("type")).toString() == QLatin1String("FUNCTION")
            && entry.value(QStringLiteral("function_name")).toString() == name)
            found.append(entry);
    }
    return found;
}

void tst_AppDataSdkAccounts::userApiKeys()
{
    const Answer created = keys("POST", {}, m_user.refresh, R"({"name":"laptop"})");
    QCOMPARE(created.status, 201);
    const QJsonObject key = created.object();
    const QString keyId = key.value(QStringLiteral("_id")).toString();
    const QString secret = key.value(QStringLiteral("key")).toString();
    QVERIFY(!secret.isEmpty());
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("laptop"));
    QCOMPARE(key.value(QStringLiteral("disabled")).toBool(), false);
    QVERIFY(!m_world.storeBytes().contains(secret.toLatin1()));
    QCOMPARE(keys("POST", {}, m_user.refresh, R"({"name":"laptop"})").status, 409);
    QCOMPARE(keys("POST", {}, m_user.refresh, R"({"name":""})").status, 400);

    // Listed and read without the key.
    const QJsonArray listed = keys("GET", {}, m_user.refresh).array();
    QCOMPARE(listed.size(), 1);
    QVERIFY(!listed.at(0).toObject().contains(QStringLiteral("key")));
    QCOMPARE(keys("GET", u'/' + keyId, m_user.refresh).object().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("laptop")));
    QCOMPARE(keys("GET", QStringLiteral("/000000000000000000000000"), m_user.refresh).status, 404);

    // The key logs in as its owner.
    const QJsonObject viaKey { { QStringLiteral("key"), secret } };
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), viaKey)
                 .object()
                 .value(QStringLiteral("user_id"))
                 .toString(),
             m_userId);
    QCOMPARE(keys("PUT", u'/' + keyId + QStringLiteral("/disable"), m_user.refresh).status, 204);
    QCOMPARE(keys("GET", u'/' + keyId, m_user.refresh).object().value(QStringLiteral("disabled")),
             QJsonValue(true));
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), viaKey).status, 401);
    QCOMPARE(keys("PUT", u'/' + keyId + QStringLiteral("/enable"), m_user.refresh).status, 204);
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), viaKey).status, 200);
    QCOMPARE(keys("DELETE", u'/' + keyId, m_user.refresh).status, 204);
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), viaKey).status, 401);
    QCOMPARE(keys("GET", {}, m_user.refresh).array().size(), 0);
}

void tst_AppDataSdkAccounts::userApiKeysWantRefreshToken()
{
    const QByteArray before = keys("GET", {}, m_user.refresh).body;
    const Answer refused = keys("POST", {}, m_user.access, R"({"name":"phone"})");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("InvalidSession"));
    QVERIFY2(refused.object()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("refresh token")),
             refused.body.constData());
    QCOMPARE(keys("GET", {}, m_user.access).status, 401);
    QCOMPARE(keys("GET", {}, QString()).status, 401);
    QCOMPARE(keys("GET", {}, m_user.refresh).body, before);
}

void tst_AppDataSdkAccounts::deletedUserTakesTheirKeys()
{
    const QString userId = m_world.newUser(QStringLiteral("eli@example.com"))
                               .value(QStringLiteral("_id"))
                               .toString();
    const QString refresh
        = m_world.userpassLogin(QStringLiteral("eli@example.com"), QStringLiteral("secret1"))
              .object()
              .value(QStringLiteral("refresh_token"))
              .toString();
    const QString key = keys("POST", {}, refresh, R"({"name":"cli"})")
                            .object()
                            .value(QStringLiteral("key"))
                            .toString();
    QVERIFY(!key.isEmpty());
    const auto keysOf = [&] {
        return m_world
            .sql(QStringLiteral("SELECT count(*) FROM appdata_user_api_keys WHERE user_id = ?"),
                 { userId })
            .value(0)
            .value(0)
            .toInt();
    };
    QCOMPARE(keysOf(), 1);
    QCOMPARE(m_world.admin("DELETE", QStringLiteral("/users/") + userId).status, 204);
    QCOMPARE(keysOf(), 0);
    QCOMPARE(m_world.clientLogin(QStringLiteral("api-key"), { { QStringLiteral("key"), key } })
                 .status,
             401);
}

void tst_AppDataSdkAccounts::confirmWithAdminTokenPair()
{
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/auth_providers"),
                        { { QStringLiteral("type"), QStringLiteral("local-userpass") },
                          { QStringLiteral("config"),
                            QJsonObject { { QStringLiteral("emailConfirmationUrl"),
                                            QStringLiteral("myapp://confirm") },
                                          { QStringLiteral("runResetFunction"), true },
                                          { QStringLiteral("resetFunctionName"),
                                            QStringLiteral("resetPassword") } } } })
                 .status,
             201);
    const QString email = QStringLiteral("dora@example.com");
    QCOMPARE(userpass(QStringLiteral("register"),
                      { { QStringLiteral("email"), email },
                        { QStringLiteral("password"), QStringLiteral("secret1") } })
                 .status,
             201);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 401);
    QCOMPARE(
        userpass(QStringLiteral("confirm/send"), { { QStringLiteral("email"), email } }).status,
        204);
    QCOMPARE(userpass(QStringLiteral("confirm/send"),
                      { { QStringLiteral("email"), QStringLiteral("nobody@example.com") } })
                 .status,
             404);

    const Answer pair = m_world.admin(
        "POST", QStringLiteral("/user_registrations/by_email/%1/send_confirm").arg(email));
    QCOMPARE(pair.status, 200);
    const QString token = pair.object().value(QStringLiteral("token")).toString();
    const QString tokenId = pair.object().value(QStringLiteral("token_id")).toString();
    QVERIFY(!token.isEmpty() && !tokenId.isEmpty());

    const Answer wrong = userpass(QStringLiteral("confirm"),
                                  { { QStringLiteral("token"), QStringLiteral("guess") },
                                    { QStringLiteral("tokenId"), tokenId } });
    QCOMPARE(wrong.status, 400);
    QVERIFY(wrong.isJsonError());
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 401);
    QCOMPARE(
        userpass(QStringLiteral("confirm"),
                 { { QStringLiteral("token"), token }, { QStringLiteral("tokenId"), tokenId } })
            .status,
        204);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 200);
    // A pair is good once.
    QCOMPARE(
        userpass(QStringLiteral("confirm"),
                 { { QStringLiteral("token"), token }, { QStringLiteral("tokenId"), tokenId } })
            .status,
        400);
    const Answer confirmed
        = userpass(QStringLiteral("confirm/send"), { { QStringLiteral("email"), email } });
    QCOMPARE(confirmed.errorCode(), QStringLiteral("UserAlreadyConfirmed"));
}

void tst_AppDataSdkAccounts::resetThroughFunction()
{
    // The provider of confirmWithAdminTokenPair names this function. It hands the pair on the way
    // a real one would mail it; here the log is the mailbox.
    addFunction(QStringLiteral("resetPassword"),
                QStringLiteral("exports = ({token, tokenId, username, password}, mode) => {"
                               " console.log(JSON.stringify({token, tokenId}));"
                               " return {status: mode}; };"));
    const QString email = QStringLiteral("carol@example.com");
    const auto resetCall = [&](const QString &password, const QString &mode) {
        return userpass(QStringLiteral("reset/call"),
                        { { QStringLiteral("email"), email },
                          { QStringLiteral("password"), password },
                          { QStringLiteral("arguments"), QJsonArray { mode } } });
    };
    const Answer refused = resetCall(QStringLiteral("refused1"), QStringLiteral("fail"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 200);

    QCOMPARE(resetCall(QStringLiteral("pending1"), QStringLiteral("pending")).status, 204);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 200);
    const QList<QJsonObject> runs = functionLogs(QStringLiteral("resetPassword"));
    QCOMPARE(runs.size(), 2);
    const QJsonObject pair
        = QJsonDocument::fromJson(
              runs.last().value(QStringLiteral("messages")).toArray().at(0).toString().toUtf8())
              .object();
    QCOMPARE(userpass(QStringLiteral("reset"),
                      { { QStringLiteral("token"), pair.value(QStringLiteral("token")) },
                        { QStringLiteral("tokenId"), pair.value(QStringLiteral("tokenId")) },
                        { QStringLiteral("password"), QStringLiteral("x") } })
                 .status,
             400); // too short: the pair is not spent on it
    QCOMPARE(userpass(QStringLiteral("reset"),
                      { { QStringLiteral("token"), pair.value(QStringLiteral("token")) },
                        { QStringLiteral("tokenId"), pair.value(QStringLiteral("tokenId")) },
                        { QStringLiteral("password"), QStringLiteral("changed1") } })
                 .status,
             204);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 401);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("changed1")).status, 200);

    QCOMPARE(resetCall(QStringLiteral("secret1"), QStringLiteral("success")).status, 204);
    QCOMPARE(m_world.userpassLogin(email, QStringLiteral("secret1")).status, 200);
    QCOMPARE(userpass(QStringLiteral("reset/send"), { { QStringLiteral("email"), email } }).status,
             204);
    QCOMPARE(userpass(QStringLiteral("reset/send"),
                      { { QStringLiteral("email"), QStringLiteral("ghost@example.com") } })
                 .status,
             404);
}

void tst_AppDataSdkAccounts::callFunction()
{
    addFunction(QStringLiteral("whoAmI"),
                QStringLiteral("exports = (a, b) => ({ user: context.user.id, sum: a + b });"));
    const Answer answer = call(m_user.access,
                               { { QStringLiteral("name"), QStringLiteral("whoAmI") },
                                 { QStringLiteral("arguments"), QJsonArray { 2, 3 } } });
    QCOMPARE(answer.status, 200);
    const QJsonObject result = answer.object();
    QCOMPARE(result.value(QStringLiteral("user")).toString(), m_userId);
    QVERIFY2(result.value(QStringLiteral("sum")).isObject(), answer.body.constData()); // canonical
    const QList<QJsonObject> runs = functionLogs(QStringLiteral("whoAmI"));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).value(QStringLiteral("user_id")).toString(), m_userId);
    QCOMPARE(runs.at(0).value(QStringLiteral("status")).toInt(), 200);

    // can_evaluate holds for this user only.
    addFunction(QStringLiteral("forCarol"), QStringLiteral("exports = () => 'hi';"),
                { { QStringLiteral("can_evaluate"),
                    QJsonObject { { QStringLiteral("%%user.data.email"),
                                    QStringLiteral("carol@example.com") } } } });
    QCOMPARE(call(m_user.access, { { QStringLiteral("name"), QStringLiteral("forCarol") } }).body,
             QByteArray("\"hi\""));
}

void tst_AppDataSdkAccounts::callFunctionRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    addFunction(QStringLiteral("secretStuff"), QStringLiteral("exports = () => 1;"),
                { { QStringLiteral("private"), true } });
    addFunction(QStringLiteral("adminsOnly"), QStringLiteral("exports = () => 1;"),
                { { QStringLiteral("can_evaluate"),
                    QJsonObject { { QStringLiteral("%%user.id"), QStringLiteral("nobody") } } } });
    addFunction(QStringLiteral("throws"),
                QStringLiteral("exports = () => { throw new Error('no'); };"));
    QTest::newRow("private") << QJsonObject { { QStringLiteral("name"),
                                                QStringLiteral("secretStuff") } }
                             << 404 << QStringLiteral("FunctionNotFound");
    QTest::newRow("unknown") << QJsonObject { { QStringLiteral("name"), QStringLiteral("nope") } }
                             << 404 << QStringLiteral("FunctionNotFound");
    QTest::newRow("can_evaluate") << QJsonObject { { QStringLiteral("name"),
                                                     QStringLiteral("adminsOnly") } }
                                  << 403 << QStringLiteral("FunctionNotCallable");
    QTest::newRow("no name") << QJsonObject { { QStringLiteral("arguments"), QJsonArray() } } << 400
                             << QStringLiteral("MissingParameter");
    QTest::newRow("arguments object")
        << QJsonObject { { QStringLiteral("name"), QStringLiteral("throws") },
                         { QStringLiteral("arguments"), QJsonObject() } }
        << 400 << QStringLiteral("InvalidParameter");
    // The app has no such service (commands of one that exists: tests/server/localdata).
    QTest::newRow("service") << QJsonObject { { QStringLiteral("name"), QStringLiteral("find") },
                                              { QStringLiteral("service"),
                                                QStringLiteral("mongodb-atlas") } }
                             << 404 << QStringLiteral("ServiceNotFound");
    QTest::newRow("throws") << QJsonObject { { QStringLiteral("name"), QStringLiteral("throws") } }
                            << 400 << QStringLiteral("FunctionExecutionError");
}

void tst_AppDataSdkAccounts::callFunctionRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const Answer answer = call(m_user.access, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), errorCode);
    QVERIFY(answer.isJsonError());
    // Only a run that happened is logged.
    const int logged = functionLogs(body.value(QStringLiteral("name")).toString()).size();
    QCOMPARE(logged, errorCode == QLatin1String("FunctionExecutionError") ? 1 : 0);
}

void tst_AppDataSdkAccounts::callFunctionExpiredToken()
{
    m_world.clock.advanceSeconds(1801);
    const Answer answer
        = call(m_user.access, { { QStringLiteral("name"), QStringLiteral("whoAmI") } });
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
    QCOMPARE(functionLogs(QStringLiteral("whoAmI")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_AppDataSdkAccounts)
#include "tst_appdatasdkaccounts.moc"
