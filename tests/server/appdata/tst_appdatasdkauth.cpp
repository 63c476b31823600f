#include "appdatatestkit.h"

#include "server/jwt.h"

#include <QtTest>

using namespace appdatatest;

//! The client API as the official SDKs use it (WIRE.md): tokens as signed JWTs, location,
//! profile, the custom-token and custom-function providers, and linking identities.
class tst_AppDataSdkAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownHs256Vector();
    void tokensAreSignedJwts();
    void expiredAccessToken();
    void location();
    void profile();
    void customToken();
    void customTokenRefused_data();
    void customTokenRefused();
    void customFunction();
    void linkAnonymousToEmail();
    void linkIdentityOfAnotherUser();

private:
    QJsonObject claimsOf(const QString &token);
    QString customToken(const QJsonObject &claims, const QByteArray &key = "token-key");
    QJsonObject anonLogin();
    Answer profileOf(const QString &access)
    {
        return m_world.probe.send("GET", QStringLiteral("//api/client/v2.0/auth/profile"), access);
    }
    int userCount()
    {
        return m_world.sql(QStringLiteral("SELECT count(*) FROM users")).at(0).at(0).toInt();
    }

    World m_world;
};

void tst_AppDataSdkAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error, 600), qPrintable(error));
    // Created without names: each is named after its type, which is what the SDKs log in with.
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/auth_providers"),
                        { { QStringLiteral("type"), QStringLiteral("custom-token") },
                          { QStringLiteral("config"),
                            QJsonObject {
                                { QStringLiteral("signingKey"), QStringLiteral("token-key") } } } })
                 .status,
             201);
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/functions"),
                        { { QStringLiteral("name"), QStringLiteral("authenticate") },
                          { QStringLiteral("source"),
                            QStringLiteral("exports = (payload) => { if (!payload.username)"
                                           " throw new Error('who are you?');"
                                           " return payload.username; };") } })
                 .status,
             201);
    QCOMPARE(m_world
                 .admin("POST", QStringLiteral("/auth_providers"),
                        { { QStringLiteral("type"), QStringLiteral("custom-function") },
                          { QStringLiteral("config"),
                            QJsonObject { { QStringLiteral("authFunctionName"),
                                            QStringLiteral("authenticate") } } } })
                 .status,
             201);
}

QJsonObject tst_AppDataSdkAuth::claimsOf(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QString tst_AppDataSdkAuth::customToken(const QJsonObject &claims, const QByteArray &key)
{
    return stitchlocal::jwt::signHs256(claims, key);
}

QJsonObject tst_AppDataSdkAuth::anonLogin()
{
    return m_world.clientLogin(QStringLiteral("anon-user"), {}).object();
}

void tst_AppDataSdkAuth::knownHs256Vector()
{
    // RFC 7519-style example token signed with "your-256-bit-secret" by a third-party library.
    const QString token = QStringLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
        "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    const auto good = stitchlocal::jwt::verifyHs256(token, { "your-256-bit-secret" });
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.payload.value(QStringLiteral("sub")).toString(), QStringLiteral("1234567890"));
    QVERIFY(!stitchlocal::jwt::verifyHs256(token, { "another-secret" }).ok());
    QVERIFY(!stitchlocal::jwt::verifyHs256(token.left(token.size() - 2), { "your-256-bit-secret" })
                 .ok());
}

void tst_AppDataSdkAuth::tokensAreSignedJwts()
{
    const QJsonObject client = anonLogin();
    const QByteArray key = QByteArray::fromBase64(
        m_world.sql(QStringLiteral("SELECT value FROM meta WHERE key = 'jwt_signing_key'"))
            .value(0)
            .value(0)
            .toByteArray());
    QCOMPARE(key.size(), 32);
    const QList<QPair<QString, QString>> tokens {
        { m_world.dev.access, QStringLiteral("access") },
        { m_world.dev.refresh, QStringLiteral("refresh") },
        { client.value(QStringLiteral("access_token")).toString(), QStringLiteral("access") },
        { client.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("refresh") },
    };
    const QByteArray stored = m_world.storeBytes();
    for (const auto &token : tokens) {
        const auto verdict = stitchlocal::jwt::verifyHs256(token.first, { key });
        QVERIFY2(verdict.ok(), qPrintable(verdict.error));
        const QJsonObject claims = verdict.payload;
        QCOMPARE(claims.value(QStringLiteral("typ")).toString(), token.second);
        QVERIFY(!claims.value(QStringLiteral("sub")).toString().isEmpty());
        const qint64 issued = claims.value(QStringLiteral("iat")).toInteger();
        QVERIFY(qAbs(issued - QDateTime::currentSecsSinceEpoch()) < 120);
        if (token.second == QLatin1String("access"))
            QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - issued, 600);
        // Only digests are kept.
        QVERIFY(!stored.contains(token.first.toLatin1()));
    }
    QCOMPARE(claimsOf(client.value(QStringLiteral("access_token")).toString())
                 .value(QStringLiteral("sub"))
                 .toString(),
             client.value(QStringLiteral("user_id")).toString());
}

void tst_AppDataSdkAuth::expiredAccessToken()
{
    const QJsonObject tokens = anonLogin();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    QCOMPARE(profileOf(access).status, 200);
    m_world.clock.advanceSeconds(601);
    const Answer expired = profileOf(access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("InvalidSession"));
    const Answer refreshed
        = m_world.session("POST", tokens.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 201);
    QCOMPARE(profileOf(refreshed.object().value(QStringLiteral("access_token")).toString()).status,
             200);
    // The admin's login keeps working through the same expiry and refresh.
    const Answer admin
        = m_world.probe.send("POST", QStringLiteral("/auth/session"), m_world.dev.refresh);
    QCOMPARE(admin.status, 201);
    m_world.dev.access = admin.object().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_world.admin("GET", QStringLiteral("/users")).status, 200);
}

void tst_AppDataSdkAuth::location()
{
    const Answer answer = m_world.client("GET", QStringLiteral("/location"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.object(),
        (QJsonObject { { QStringLiteral("deployment_model"), QStringLiteral("GLOBAL") },
                       { QStringLiteral("location"), QStringLiteral("US-VA") },
                       { QStringLiteral("hostname"),
                         QStringLiteral("http://127.0.0.1:%1").arg(m_world.server->port()) } }));
    QCOMPARE(
        m_world.client("GET", QStringLiteral("/location"), {}, {}, QStringLiteral("nope")).status,
        404);
}

void tst_AppDataSdkAuth::profile()
{
    const QJsonObject tokens = anonLogin();
    const Answer answer = profileOf(tokens.value(QStringLiteral("access_token")).toString());
    QCOMPARE(answer.status, 200);
    const QJsonObject profile = answer.object();
    QCOMPARE(profile.value(QStringLiteral("user_id")), tokens.value(QStringLiteral("user_id")));
    QCOMPARE(profile.value(QStringLiteral("type")).toString(), QStringLiteral("normal"));
    QVERIFY(profile.value(QStringLiteral("data")).isObject());
    const QJsonArray identities = profile.value(QStringLiteral("identities")).toArray();
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.at(0).toObject().value(QStringLiteral("provider_type")).toString(),
             QStringLiteral("anon-user"));
    QCOMPARE(profileOf(QStringLiteral("not.a.token")).status, 401);
    // The refresh token is not an access token.
    QCOMPARE(profileOf(tokens.value(QStringLiteral("refresh_token")).toString()).status, 401);
}

void tst_AppDataSdkAuth::customToken()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims { { QStringLiteral("aud"), m_world.clientAppId },
                               { QStringLiteral("sub"), QStringLiteral("ext-42") },
                               { QStringLiteral("exp"), now + 3600 },
                               { QStringLiteral("stitch_meta"),
                                 QJsonObject {
                                     { QStringLiteral("email"), QStringLiteral("ext@example.com") },
                                     { QStringLiteral("name"), QStringLiteral("Ext Ernal") } } } };
    const Answer first = m_world.clientLogin(QStringLiteral("custom-token"),
                                             { { QStringLiteral("token"), customToken(claims) } });
    QCOMPARE(first.status, 200);
    const QString userId = first.object().value(QStringLiteral("user_id")).toString();
    const QJsonObject profile
        = profileOf(first.object().value(QStringLiteral("access_token")).toString()).object();
    QCOMPARE(
        profile.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ext@example.com"));
    QCOMPARE(profile.value(QStringLiteral("identities")).toArray().at(0).toObject(),
             (QJsonObject { { QStringLiteral("id"), QStringLiteral("ext-42") },
                            { QStringLiteral("provider_type"), QStringLiteral("custom-token") } }));
    // The same external id is the same user.
    QJsonObject again = claims;
    again.insert(QStringLiteral("aud"),
                 QJsonArray { QStringLiteral("other"), m_world.clientAppId });
    const Answer second = m_world.clientLogin(QStringLiteral("custom-token"),
                                              { { QStringLiteral("token"), customToken(again) } });
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object().value(QStringLiteral("user_id")).toString(), userId);
}

void tst_AppDataSdkAuth::customTokenRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // initTestCase has run: the client app id is known here.
    const QJsonObject good { { QStringLiteral("aud"), m_world.clientAppId },
                             { QStringLiteral("sub"), QStringLiteral("refused-1") },
                             { QStringLiteral("exp"), now + 3600 } };
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject claims = good;
        if (value.isUndefined())
            claims.remove(key);
        else
            claims.insert(key, value);
        return claims;
    };
    QTest::newRow("wrong signature")
        << customToken(with({}, QJsonValue::Undefined), "another-key") << "signature";
    QTest::newRow("wrong aud") << customToken(with(QStringLiteral("aud"), QStringLiteral("x")))
                               << "audience";
    QTest::newRow("expired") << customToken(with(QStringLiteral("exp"), now - 5)) << "expired";
    QTest::newRow("no sub") << customToken(with(QStringLiteral("sub"), QJsonValue::Undefined))
                            << "sub";
    QTest::newRow("malformed") << QStringLiteral("abc.def") << "malformed";
}

void tst_AppDataSdkAuth::customTokenRefused()
{
    QFETCH(QString, token);
    QFETCH(QString, message);

    const int users = userCount();
    const Answer answer = m_world.clientLogin(QStringLiteral("custom-token"),
                                              { { QStringLiteral("token"), token } });
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("AuthError"));
    QVERIFY2(answer.object().value(QStringLiteral("error")).toString().contains(message),
             answer.body.constData());
    QCOMPARE(userCount(), users);
}

void tst_AppDataSdkAuth::customFunction()
{
    const QJsonObject payload { { QStringLiteral("username"), QStringLiteral("fn-user") } };
    const Answer first = m_world.clientLogin(QStringLiteral("custom-function"), payload);
    QCOMPARE(first.status, 200);
    const Answer second = m_world.clientLogin(QStringLiteral("custom-function"), payload);
    QCOMPARE(second.object().value(QStringLiteral("user_id")),
             first.object().value(QStringLiteral("user_id")));
    const QJsonArray identities
        = profileOf(first.object().value(QStringLiteral("access_token")).toString())
              .object()
              .value(QStringLiteral("identities"))
              .toArray();
    QCOMPARE(identities.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("fn-user"));

    const int users = userCount();
    const Answer refused = m_world.clientLogin(QStringLiteral("custom-function"),
                                               { { QStringLiteral("nobody"), true } });
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("AuthError"));
    QVERIFY2(refused.object()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("who are you?")),
             refused.body.constData());
    QCOMPARE(userCount(), users);
}

void tst_AppDataSdkAuth::linkAnonymousToEmail()
{
    const QJsonObject anon = anonLogin();
    const QString anonId = anon.value(QStringLiteral("user_id")).toString();
    QCOMPARE(m_world
                 .client("POST", QStringLiteral("/auth/providers/local-userpass/register"),
                         R"({"email":"linked@example.com","password":"secret1"})")
                 .status,
             201);
    const Answer linked
        = m_world.client("POST", QStringLiteral("/auth/providers/local-userpass/login?link=true"),
                         R"({"username":"linked@example.com","password":"secret1"})",
                         anon.value(QStringLiteral("access_token")).toString());
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.object().value(QStringLiteral("user_id")).toString(), anonId);
    const QString access = linked.object().value(QStringLiteral("access_token")).toString();
    QCOMPARE(claimsOf(access).value(QStringLiteral("sub")).toString(), anonId);
    const QJsonObject profile = profileOf(access).object();
    QCOMPARE(profile.value(QStringLiteral("identities")).toArray().size(), 2);
    QCOMPARE(
        profile.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("linked@example.com"));
    // From now on the email logs in as the once-anonymous user.
    const Answer login
        = m_world.userpassLogin(QStringLiteral("linked@example.com"), QStringLiteral("secret1"));
    QCOMPARE(login.object().value(QStringLiteral("user_id")).toString(), anonId);
    // The link without a session is refused.
    QCOMPARE(m_world
                 .client("POST", QStringLiteral("/auth/providers/local-userpass/login?link=true"),
                         R"({"username":"linked@example.com","password":"secret1"})")
                 .status,
             401);
}

void tst_AppDataSdkAuth::linkIdentityOfAnotherUser()
{
    m_world.newUser(QStringLiteral("taken@example.com"));
    const Answer owner
        = m_world.userpassLogin(QStringLiteral("taken@example.com"), QStringLiteral("secret1"));
    QCOMPARE(owner.status, 200);
    const QJsonObject anon = anonLogin();
    const QString access = anon.value(QStringLiteral("access_token")).toString();
    const int before = m_world.logs().size();
    const Answer refused
        = m_world.client("POST", QStringLiteral("/auth/providers/local-userpass/login?link=true"),
                         R"({"username":"taken@example.com","password":"secret1"})", access);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("AccountNameInUse"));
    QVERIFY(refused.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("another user")));
    QCOMPARE(profileOf(access).object().value(QStringLiteral("identities")).toArray().size(), 1);
    QCOMPARE(m_world.userpassLogin(QStringLiteral("taken@example.com"), QStringLiteral("secret1"))
                 .object()
                 .value(QStringLiteral("user_id")),
             owner.object().value(QStringLiteral("user_id")));
    // The refusal is in the logs as a failed auth event.
    QVERIFY(authEvent(m_world.logs().value(before)).value(QStringLiteral("failed")).toBool());
    // An anonymous identity cannot be linked at all.
    QCOMPARE(m_world
                 .client("POST", QStringLiteral("/auth/providers/anon-user/login?link=true"), "{}",
                         access)
                 .status,
             400);
}

QTEST_GUILESS_MAIN(tst_AppDataSdkAuth)
#include "tst_appdatasdkauth.moc"
