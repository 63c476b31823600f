#include "resourcetestkit.h"

using namespace resourcetest;

class tst_ResourcesAuthProviders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newAppHasApiKeyProvider();
    void createEachType_data();
    void createEachType();
    void duplicateName();
    void badBody_data();
    void badBody();
    void patch();
    void patchBad_data();
    void patchBad();
    void patchMergesConfig();
    void patchEmptiesRequired_data();
    void patchEmptiesRequired();
    void secretFieldsNeverReturned();
    void enableDisable();
    void unknownProvider_data();
    void unknownProvider();
    void access_data();
    void access();

private:
    QString path(const QString &id = QString()) const
    {
        return id.isEmpty() ? QStringLiteral("/auth_providers")
                            : QStringLiteral("/auth_providers/") + id;
    }

    TestServer m_server;
    TestServer m_expired;
    QString m_keyId; //!< an api-key provider, kept for the whole run
};

void tst_ResourcesAuthProviders::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, path());
}

// Every new app starts with the api-key provider, switched off (WIRE.md).
void tst_ResourcesAuthProviders::newAppHasApiKeyProvider()
{
    const Answer list = m_server.get(path());
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 1);
    m_keyId = list.array().at(0).toObject().value(QStringLiteral("_id")).toString();
    QVERIFY(stitchlocal::secrets::isObjectId(m_keyId));
    QCOMPARE(list.array(),
             (QJsonArray { QJsonObject { { QStringLiteral("_id"), m_keyId },
                                         { QStringLiteral("name"), QStringLiteral("api-key") },
                                         { QStringLiteral("type"), QStringLiteral("api-key") },
                                         { QStringLiteral("disabled"), true } } }));
    QCOMPARE(m_server.get(path(m_keyId)).object().value(QStringLiteral("config")),
             QJsonValue(QJsonObject()));
}

void tst_ResourcesAuthProviders::createEachType_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expectedName");
    const auto body = [](const char *type, const QJsonObject &config, const char *name = nullptr) {
        QJsonObject object { { QStringLiteral("type"), QLatin1String(type) },
                             { QStringLiteral("config"), config } };
        if (name)
            object.insert(QStringLiteral("name"), QLatin1String(name));
        return object;
    };
    QTest::newRow("anon-user") << body("anon-user", {}) << QStringLiteral("anon-user");
    QTest::newRow("local-userpass auto")
        << body("local-userpass",
                { { QStringLiteral("autoConfirm"), true },
                  { QStringLiteral("resetPasswordUrl"), QStringLiteral("https://a.io/reset") } })
        << QStringLiteral("local-userpass");
    QTest::newRow("local-userpass email")
        << body("local-userpass",
                { { QStringLiteral("emailConfirmationUrl"), QStringLiteral("myapp://confirm") },
                  { QStringLiteral("resetPasswordUrl"), QStringLiteral("https://a.io/reset") } },
                "email")
        << QStringLiteral("email");
    QTest::newRow("local-userpass functions")
        << body("local-userpass",
                { { QStringLiteral("runConfirmationFunction"), true },
                  { QStringLiteral("confirmationFunctionName"), QStringLiteral("confirm") },
                  { QStringLiteral("runResetFunction"), true },
                  { QStringLiteral("resetFunctionName"), QStringLiteral("reset") } },
                "byFunction")
        << QStringLiteral("byFunction");
    QTest::newRow("custom-token") << body(
        "custom-token", { { QStringLiteral("signingAlgorithm"), QStringLiteral("RS256") } }, "jwt")
                                  << QStringLiteral("jwt");
    QTest::newRow("custom-function")
        << body("custom-function",
                { { QStringLiteral("authFunctionName"), QStringLiteral("authenticate") } }, "fn")
        << QStringLiteral("fn");
    // Without a name, a provider is named after its type, whatever the type (the SDKs' default).
    // (Not with a signingKey here: that one is a secret field, which no GET answers.)
    QTest::newRow("custom-token unnamed")
        << body("custom-token", { { QStringLiteral("signingAlgorithm"), QStringLiteral("HS256") } })
        << QStringLiteral("custom-token");
    QTest::newRow("custom-function unnamed")
        << body("custom-function",
                { { QStringLiteral("authFunctionName"), QStringLiteral("authenticate") } })
        << QStringLiteral("custom-function");
    QTest::newRow("oauth2-google") << body(
        "oauth2-google", { { QStringLiteral("clientId"), QStringLiteral("g-1") } }, "oauth2-google")
                                   << QStringLiteral("oauth2-google");
    QTest::newRow("oauth2-facebook")
        << body("oauth2-facebook", { { QStringLiteral("clientId"), QStringLiteral("f-1") } },
                "oauth2-facebook")
        << QStringLiteral("oauth2-facebook");
    QTest::newRow("oauth2-apple") << body(
        "oauth2-apple", { { QStringLiteral("clientId"), QStringLiteral("a-1") } }, "oauth2-apple")
                                  << QStringLiteral("oauth2-apple");
}

void tst_ResourcesAuthProviders::createEachType()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, expectedName);
    const Answer created = m_server.send("POST", path(), body);
    QCOMPARE(created.status, 201);
    QJsonObject expected = body;
    expected.insert(QStringLiteral("name"), expectedName);
    expected.insert(QStringLiteral("disabled"), false);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    expected.insert(QStringLiteral("_id"), id);
    // The create answer carries no config; GET does.
    QJsonObject summary = expected;
    summary.remove(QStringLiteral("config"));
    QCOMPARE(created.object(), summary);
    QCOMPARE(m_server.get(path(id)).object(), expected);
    QCOMPARE(m_server.send("DELETE", path(id)).status, 204);
    QCOMPARE(m_server.get(path(id)).status, 404);
}

void tst_ResourcesAuthProviders::duplicateName()
{
    const Answer again = m_server.send(
        "POST", path(), QJsonObject { { QStringLiteral("type"), QStringLiteral("api-key") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("AuthProviderAlreadyExists"));
    QCOMPARE(m_server.count(QStringLiteral("auth_provider")), 1);
}

void tst_ResourcesAuthProviders::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    const QString invalid = QStringLiteral("InvalidParameter");
    const QString missing = QStringLiteral("MissingParameter");
    QTest::newRow("malformed") << QByteArray("{") << invalid;
    QTest::newRow("no type") << QByteArray("{\"name\":\"x\"}") << missing;
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"mongodb-cloud\"}") << invalid;
    QTest::newRow("type number") << QByteArray("{\"type\":1}") << invalid;
    QTest::newRow("config array") << QByteArray("{\"type\":\"anon-user\",\"config\":[]}")
                                  << invalid;
    QTest::newRow("disabled string")
        << QByteArray("{\"type\":\"anon-user\",\"disabled\":\"no\"}") << invalid;
    QTest::newRow("custom-token empty name")
        << QByteArray("{\"type\":\"custom-token\",\"name\":\"\",\"config\":{}}") << missing;
    QTest::newRow("userpass no urls")
        << QByteArray("{\"type\":\"local-userpass\",\"config\":{}}") << missing;
    QTest::newRow("userpass no reset url")
        << QByteArray("{\"type\":\"local-userpass\",\"config\":{\"autoConfirm\":true}}") << missing;
    QTest::newRow("userpass bad url")
        << QByteArray("{\"type\":\"local-userpass\",\"config\":{\"autoConfirm\":true,"
                      "\"resetPasswordUrl\":\"not a url\"}}")
        << invalid;
    QTest::newRow("userpass function without name")
        << QByteArray("{\"type\":\"local-userpass\",\"config\":{\"runConfirmationFunction\":"
                      "true,\"runResetFunction\":true,\"resetFunctionName\":\"r\"}}")
        << missing;
    QTest::newRow("jwt algorithm")
        << QByteArray("{\"type\":\"custom-token\",\"name\":\"j\",\"config\":"
                      "{\"signingAlgorithm\":\"none\"}}")
        << invalid;
    QTest::newRow("jwt uri missing")
        << QByteArray("{\"type\":\"custom-token\",\"name\":\"j\",\"config\":"
                      "{\"useJWKURI\":true}}")
        << missing;
    QTest::newRow("function no name")
        << QByteArray("{\"type\":\"custom-function\",\"name\":\"f\",\"config\":{}}") << missing;
    QTest::newRow("google no client")
        << QByteArray("{\"type\":\"oauth2-google\",\"name\":\"g\",\"config\":{}}") << missing;
    QTest::newRow("google client number")
        << QByteArray("{\"type\":\"oauth2-google\",\"name\":\"g\",\"config\":{\"clientId\":3}}")
        << invalid;
    QTest::newRow("bad name") << QByteArray("{\"type\":\"anon-user\",\"name\":\"a/b\"}") << invalid;
}

void tst_ResourcesAuthProviders::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QByteArray before = m_server.get(path()).body;
    const Answer answer = m_server.send("POST", path(), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(path()).body, before);
}

void tst_ResourcesAuthProviders::patch()
{
    const Answer created = m_server.send(
        "POST", path(),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("oauth2-google") },
                      { QStringLiteral("name"), QStringLiteral("google") },
                      { QStringLiteral("config"),
                        QJsonObject { { QStringLiteral("clientId"), QStringLiteral("one") } } } });
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();

    const QJsonObject config { { QStringLiteral("clientId"), QStringLiteral("two") } };
    const Answer patched
        = m_server.send("PATCH", path(id),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("google2") },
                                      { QStringLiteral("config"), config },
                                      { QStringLiteral("redirect_uris"),
                                        QJsonArray { QStringLiteral("https://a.io/cb") } } });
    QCOMPARE(patched.status, 204);
    const QJsonObject now = m_server.get(path(id)).object();
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("google2"));
    QCOMPARE(now.value(QStringLiteral("type")).toString(), QStringLiteral("oauth2-google"));
    QCOMPARE(now.value(QStringLiteral("config")).toObject(), config);
    QCOMPARE(now.value(QStringLiteral("redirect_uris")).toArray().size(), 1);
    QCOMPARE(now.value(QStringLiteral("disabled")).toBool(), false);

    // A rename onto a taken name is a conflict.
    const Answer clash = m_server.send(
        "PATCH", path(id), QJsonObject { { QStringLiteral("name"), QStringLiteral("api-key") } });
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), QStringLiteral("AuthProviderAlreadyExists"));
    QCOMPARE(m_server.get(path(id)).object(), now);
    QCOMPARE(m_server.send("DELETE", path(id)).status, 204);
}

void tst_ResourcesAuthProviders::patchBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("malformed") << QByteArray("nope") << QStringLiteral("InvalidParameter");
    QTest::newRow("type change") << QByteArray("{\"type\":\"anon-user\"}")
                                 << QStringLiteral("InvalidParameter");
    QTest::newRow("name number") << QByteArray("{\"name\":7}")
                                 << QStringLiteral("InvalidParameter");
    QTest::newRow("disabled number")
        << QByteArray("{\"disabled\":0}") << QStringLiteral("InvalidParameter");
    QTest::newRow("config string")
        << QByteArray("{\"config\":\"x\"}") << QStringLiteral("InvalidParameter");
    QTest::newRow("extra wrong type")
        << QByteArray("{\"metadata_fields\":{}}") << QStringLiteral("InvalidParameter");
}

void tst_ResourcesAuthProviders::patchBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const QJsonObject before = m_server.get(path(m_keyId)).object();
    const Answer answer = m_server.send("PATCH", path(m_keyId), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), errorCode);
    QCOMPARE(m_server.get(path(m_keyId)).object(), before);
}

// Fields a PATCH leaves out keep their values, in config too.
void tst_ResourcesAuthProviders::patchMergesConfig()
{
    const QJsonObject config { { QStringLiteral("autoConfirm"), true },
                               { QStringLiteral("resetPasswordUrl"),
                                 QStringLiteral("https://a.io/r") } };
    const Answer created
        = m_server.send("POST", path(),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("local-userpass") },
                                      { QStringLiteral("config"), config } });
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    QCOMPARE(m_server
                 .send("PATCH", path(id),
                       QJsonObject { { QStringLiteral("config"),
                                       QJsonObject { { QStringLiteral("resetPasswordUrl"),
                                                       QStringLiteral("https://b.io/r") } } } })
                 .status,
             204);
    QJsonObject expected = config;
    expected.insert(QStringLiteral("resetPasswordUrl"), QStringLiteral("https://b.io/r"));
    QCOMPARE(m_server.get(path(id)).object().value(QStringLiteral("config")).toObject(), expected);
    // A PATCH without config keeps all of it.
    QCOMPARE(m_server.send("PATCH", path(id), QJsonObject { { QStringLiteral("disabled"), true } })
                 .status,
             204);
    QCOMPARE(m_server.get(path(id)).object().value(QStringLiteral("config")).toObject(), expected);
    QCOMPARE(m_server.send("DELETE", path(id)).status, 204);
}

void tst_ResourcesAuthProviders::patchEmptiesRequired_data()
{
    QTest::addColumn<QJsonObject>("create");
    QTest::addColumn<QJsonObject>("patch");
    QTest::newRow("oauth clientId")
        << QJsonObject { { QStringLiteral("type"), QStringLiteral("oauth2-google") },
                         { QStringLiteral("name"), QStringLiteral("g") },
                         { QStringLiteral("config"),
                           QJsonObject { { QStringLiteral("clientId"), QStringLiteral("c") } } } }
        << QJsonObject { { QStringLiteral("clientId"), QStringLiteral("") } };
    QTest::newRow("custom-function name") << QJsonObject {
        { QStringLiteral("type"), QStringLiteral("custom-function") },
        { QStringLiteral("name"), QStringLiteral("f") },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("authFunctionName"), QStringLiteral("a") } } }
    } << QJsonObject { { QStringLiteral("authFunctionName"), QJsonValue::Null } };
    QTest::newRow("userpass reset url") << QJsonObject {
        { QStringLiteral("type"), QStringLiteral("local-userpass") },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("autoConfirm"), true },
                        { QStringLiteral("resetPasswordUrl"), QStringLiteral("https://a.io/r") } } }
    } << QJsonObject { { QStringLiteral("resetPasswordUrl"), QStringLiteral("") } };
}

// The merged config is checked: a required field emptied is refused, and nothing is written.
void tst_ResourcesAuthProviders::patchEmptiesRequired()
{
    QFETCH(QJsonObject, create);
    QFETCH(QJsonObject, patch);
    const Answer created = m_server.send("POST", path(), create);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    const QJsonObject before = m_server.get(path(id)).object();
    const Answer answer
        = m_server.send("PATCH", path(id), QJsonObject { { QStringLiteral("config"), patch } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("MissingParameter"));
    QCOMPARE(m_server.get(path(id)).object(), before);
    QCOMPARE(m_server.send("DELETE", path(id)).status, 204);
}

// An OAuth client secret is stored (a PATCH of other fields keeps it) but no GET returns it.
void tst_ResourcesAuthProviders::secretFieldsNeverReturned()
{
    const Answer created = m_server.send(
        "POST", path(),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("oauth2-facebook") },
                      { QStringLiteral("name"), QStringLiteral("fb") },
                      { QStringLiteral("config"),
                        QJsonObject { { QStringLiteral("clientId"), QStringLiteral("id-1") },
                                      { QStringLiteral("clientSecret"),
                                        QStringLiteral("top-secret-1") } } } });
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.contains("top-secret-1"));
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    const Answer read = m_server.get(path(id));
    QVERIFY(!read.body.contains("top-secret-1"));
    QCOMPARE(read.object().value(QStringLiteral("config")).toObject(),
             (QJsonObject { { QStringLiteral("clientId"), QStringLiteral("id-1") } }));
    QVERIFY(!m_server.get(path()).body.contains("top-secret-1"));
    QVERIFY(!m_server.get(QStringLiteral("/export")).body.contains("top-secret-1"));

    QCOMPARE(m_server
                 .send("PATCH", path(id),
                       QJsonObject { { QStringLiteral("config"),
                                       QJsonObject { { QStringLiteral("clientId"),
                                                       QStringLiteral("id-2") } } } })
                 .status,
             204);
    const QJsonObject stored = m_server.doc(QStringLiteral("auth_provider"), id);
    QCOMPARE(stored.value(QStringLiteral("config")).toObject(),
             (QJsonObject { { QStringLiteral("clientId"), QStringLiteral("id-2") },
                            { QStringLiteral("clientSecret"), QStringLiteral("top-secret-1") } }));
    QCOMPARE(m_server.send("DELETE", path(id)).status, 204);

    // custom-token's signing key likewise: kept (logins check tokens with it), never answered.
    const Answer token = m_server.send(
        "POST", path(),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("custom-token") },
                      { QStringLiteral("config"),
                        QJsonObject { { QStringLiteral("signingKey"),
                                        QStringLiteral("top-secret-2") } } } });
    QCOMPARE(token.status, 201);
    const QString tokenId = token.object().value(QStringLiteral("_id")).toString();
    QVERIFY(!m_server.get(path(tokenId)).body.contains("top-secret-2"));
    QVERIFY(!m_server.get(path()).body.contains("top-secret-2"));
    QCOMPARE(m_server.doc(QStringLiteral("auth_provider"), tokenId)
                     .value(QStringLiteral("config")).toObject()
                     .value(QStringLiteral("signingKey")),
             QJsonValue(QStringLiteral("top-secret-2")));
    QCOMPARE(m_server.send("DELETE", path(tokenId)).status, 204);
}

void tst_ResourcesAuthProviders::enableDisable()
{
    QCOMPARE(m_server.send("PUT", path(m_keyId) + QStringLiteral("/disable")).status, 204);
    QCOMPARE(m_server.get(path(m_keyId)).object().value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(m_server.get(path()).array().at(0).toObject().value(QStringLiteral("disabled")),
             QJsonValue(true));
    QCOMPARE(m_server.send("PUT", path(m_keyId) + QStringLiteral("/enable")).status, 204);
    QCOMPARE(m_server.get(path(m_keyId)).object().value(QStringLiteral("disabled")).toBool(),
             false);
}

void tst_ResourcesAuthProviders::unknownProvider_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    const QString unknown
        = QStringLiteral("/auth_providers/") + stitchlocal::secrets::newObjectId();
    QTest::newRow("get") << QByteArray("GET") << unknown;
    QTest::newRow("patch") << QByteArray("PATCH") << unknown;
    QTest::newRow("delete") << QByteArray("DELETE") << unknown;
    QTest::newRow("enable") << QByteArray("PUT") << unknown + QStringLiteral("/enable");
    QTest::newRow("disable") << QByteArray("PUT") << unknown + QStringLiteral("/disable");
}

void tst_ResourcesAuthProviders::unknownProvider()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer = m_server.send(verb, suffix, QByteArray("{}"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("AuthProviderNotFound"));
    QCOMPARE(m_server.count(QStringLiteral("auth_provider")), 1);
}

void tst_ResourcesAuthProviders::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    const QString one = path(m_keyId);
    QTest::newRow("list") << QByteArray("GET") << path() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << path()
                            << QByteArray("{\"type\":\"anon-user\"}");
    QTest::newRow("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("patch") << QByteArray("PATCH") << one << QByteArray("{\"disabled\":true}");
    QTest::newRow("delete") << QByteArray("DELETE") << one << QByteArray();
    QTest::newRow("enable") << QByteArray("PUT") << one + QStringLiteral("/enable") << QByteArray();
    QTest::newRow("disable") << QByteArray("PUT") << one + QStringLiteral("/disable")
                             << QByteArray();
}

void tst_ResourcesAuthProviders::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = m_server.get(path()).body;
    checkAccess(m_server, m_expired, verb, suffix, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(path()).body, before);
}

QTEST_GUILESS_MAIN(tst_ResourcesAuthProviders)
#include "tst_resources_authproviders.moc"
