#include <api/appcalls.h>
#include <api/parse.h>

#include <QtTest>

namespace {

// One line per decoded value, so a data row can state what a good input must produce.
QString describe(const QString &parser, const QJsonDocument &doc, QString *why)
{
    if (parser == QLatin1String("adminAuthProviders")) {
        QStringList out;
        const auto providers = parse::adminAuthProviders(doc, why);
        for (const AdminAuthProvider &p : providers)
            out << QStringLiteral("%1|%2|%3|%4").arg(p.id, p.name, p.type).arg(p.disabled);
        return out.join(QLatin1Char(';'));
    }
    if (parser == QLatin1String("loginResult")) {
        const LoginResult r = parse::loginResult(doc, why);
        return QStringList { r.accessToken, r.refreshToken, r.userId, r.deviceId }.join(
            QLatin1Char('|'));
    }
    if (parser == QLatin1String("accessToken"))
        return parse::accessToken(doc, why);
    if (parser == QLatin1String("adminProfile")) {
        const AdminProfile p = parse::adminProfile(doc, why);
        QStringList roles;
        for (const AdminRole &role : p.roles)
            roles << role.roleName + QLatin1Char('@') + role.groupId;
        return QStringList { p.userId,
                             p.domainId,
                             p.email,
                             p.name,
                             p.type,
                             roles.join(QLatin1Char(',')),
                             p.groupIds().join(QLatin1Char(',')) }
            .join(QLatin1Char('|'));
    }
    if (parser == QLatin1String("app")) {
        const App a = parse::app(doc, why);
        return QStringList { a.id,       a.clientAppId, a.name, a.location, a.deploymentModel,
                             a.domainId, a.groupId }
            .join(QLatin1Char('|'));
    }
    if (parser == QLatin1String("apps")) {
        QStringList out;
        const auto apps = parse::apps(doc, why);
        for (const App &a : apps)
            out << a.id + QLatin1Char(':') + a.name;
        return out.join(QLatin1Char(';'));
    }
    qFatal("unknown parser");
}

} // namespace

class TestParse : public QObject
{
    Q_OBJECT
private slots:
    void parsers_data();
    void parsers();
    void exportFileName_data();
    void exportFileName();
};

void TestParse::parsers_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // checked only when ok

    auto row = [](const char *name, const char *parser, const char *json, bool ok,
                  const QString &expected = {}) {
        QTest::newRow(name) << QString::fromLatin1(parser) << QByteArray(json) << ok << expected;
    };

    row("providers: reference form", "adminAuthProviders",
        R"([{"_id":"p1","name":"mongodb-cloud","type":"mongodb-cloud","disabled":false},
            {"_id":"p2","name":"local-userpass","type":"local-userpass","disabled":true}])",
        true,
        QStringLiteral("p1|mongodb-cloud|mongodb-cloud|0;p2|local-userpass|local-userpass|1"));
    row("providers: no _id, no name", "adminAuthProviders", R"([{"type":"local"}])", true,
        QStringLiteral("|local|local|0"));
    row("providers: empty", "adminAuthProviders", "[]", true, QString());
    row("providers: object not array", "adminAuthProviders", R"({"type":"local"})", false);
    row("providers: element not object", "adminAuthProviders", R"(["local"])", false);
    row("providers: missing type", "adminAuthProviders", R"([{"name":"x"}])", false);
    row("providers: type number", "adminAuthProviders", R"([{"type":3}])", false);
    row("providers: disabled string", "adminAuthProviders",
        R"([{"type":"local","disabled":"boolean"}])", false);

    row("login: good", "loginResult",
        R"({"access_token":"a","refresh_token":"r","user_id":"u","device_id":"d","extra":1})", true,
        QStringLiteral("a|r|u|d"));
    row("login: only tokens", "loginResult", R"({"access_token":"a","refresh_token":"r"})", true,
        QStringLiteral("a|r||"));
    row("login: missing refresh_token", "loginResult", R"({"access_token":"a"})", false);
    row("login: access_token number", "loginResult", R"({"access_token":1,"refresh_token":"r"})",
        false);
    row("login: array", "loginResult", R"([{"access_token":"a","refresh_token":"r"}])", false);

    row("session: good", "accessToken", R"({"access_token":"new"})", true, QStringLiteral("new"));
    row("session: missing", "accessToken", R"({"token":"new"})", false);
    row("session: empty", "accessToken", R"({"access_token":""})", false);
    row("session: null", "accessToken", R"({"access_token":null})", false);
    row("session: array", "accessToken", R"(["new"])", false);

    row("profile: reference form", "adminProfile",
        R"({"user_id":"u1","domain_id":"d1","identities":[],"data":{"email":"a@b.c","name":"Al"},
            "type":"normal","roles":[{"role_name":"GROUP_OWNER","group_id":"g1"},
            {"role_name":"GROUP_OWNER","group_id":"g2"},{"role_name":"X","group_id":"g1"}]})",
        true, QStringLiteral("u1|d1|a@b.c|Al|normal|GROUP_OWNER@g1,GROUP_OWNER@g2,X@g1|g1,g2"));
    row("profile: top-level email, global role", "adminProfile",
        R"({"user_id":"u1","email":"e@x","roles":[{"role_name":"GLOBAL","group_id":null},
            {"role_name":"GROUP_OWNER","group_id":"g9"}]})",
        true, QStringLiteral("u1||e@x|||GLOBAL@,GROUP_OWNER@g9|g9"));
    row("profile: no roles", "adminProfile", R"({"user_id":"u1"})", true,
        QStringLiteral("u1||||||"));
    row("profile: missing user_id", "adminProfile", R"({"roles":[]})", false);
    row("profile: roles not array", "adminProfile", R"({"user_id":"u","roles":{"a":1}})", false);
    row("profile: role without name", "adminProfile",
        R"({"user_id":"u","roles":[{"group_id":"g"}]})", false);
    row("profile: role not object", "adminProfile", R"({"user_id":"u","roles":["g"]})", false);
    row("profile: data not object", "adminProfile", R"({"user_id":"u","data":"x"})", false);
    row("profile: array", "adminProfile", R"([{"user_id":"u"}])", false);

    row("app: reference form", "app",
        R"({"_id":"a1","client_app_id":"myapp-abcde","name":"myapp","location":"US-VA",
            "deployment_model":"GLOBAL","domain_id":"d","group_id":"g"})",
        true, QStringLiteral("a1|myapp-abcde|myapp|US-VA|GLOBAL|d|g"));
    row("app: minimal", "app", R"({"_id":"a1","name":"n"})", true, QStringLiteral("a1||n||||"));
    row("app: missing _id", "app", R"({"name":"n"})", false);
    row("app: empty _id", "app", R"({"_id":"","name":"n"})", false);
    row("app: missing name", "app", R"({"_id":"a1"})", false);
    row("app: name number", "app", R"({"_id":"a1","name":5})", false);
    row("app: location object", "app", R"({"_id":"a1","name":"n","location":{}})", false);
    row("app: array", "app", R"([{"_id":"a1","name":"n"}])", false);

    row("apps: two", "apps", R"([{"_id":"a1","name":"one"},{"_id":"a2","name":"two"}])", true,
        QStringLiteral("a1:one;a2:two"));
    row("apps: empty", "apps", "[]", true, QString());
    row("apps: object not array", "apps", R"({"_id":"a1","name":"one"})", false);
    row("apps: one bad element", "apps", R"([{"_id":"a1","name":"one"},{"_id":"a2"}])", false);
    row("apps: element not object", "apps", R"([1])", false);
}

void TestParse::parsers()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString why;
    const QString got = describe(parser, doc, &why);
    if (ok) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(got, expected);
    } else {
        QVERIFY(!why.isEmpty());
    }
}

void TestParse::exportFileName_data()
{
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("quoted") << QByteArray(R"(attachment; filename="my_app_123456.zip")") << "a1"
                            << "my_app_123456.zip";
    QTest::newRow("unquoted") << QByteArray("attachment; filename=my_app.zip; size=3") << "a1"
                              << "my_app.zip";
    QTest::newRow("rfc 6266 utf-8")
        << QByteArray("attachment; filename=\"x.zip\"; filename*=UTF-8''caf%C3%A9.zip") << "a1"
        << QStringLiteral("caf\u00e9.zip");
    QTest::newRow("no header") << QByteArray() << "a1"
                               << "a1.zip";
    QTest::newRow("no filename") << QByteArray("attachment") << "a1"
                                 << "a1.zip";
    QTest::newRow("path traversal")
        << QByteArray(R"(attachment; filename="../../etc/passwd")") << "a1"
        << "passwd.zip";
    QTest::newRow("windows path") << QByteArray(R"(attachment; filename="C:\\tmp\\evil.zip")")
                                  << "a1"
                                  << "evil.zip";
    QTest::newRow("leading dots") << QByteArray(R"(attachment; filename="..hidden.zip")") << "a1"
                                  << "hidden.zip";
    QTest::newRow("only dots") << QByteArray(R"(attachment; filename="..")") << "a1"
                               << "a1.zip";
    QTest::newRow("trailing slash") << QByteArray(R"(attachment; filename="dir/")") << "a1"
                                    << "a1.zip";
    QTest::newRow("no zip ending") << QByteArray(R"(attachment; filename="backup.tar")") << "a1"
                                   << "backup.tar.zip";
    QTest::newRow("upper-case ending") << QByteArray(R"(attachment; filename="APP.ZIP")") << "a1"
                                       << "APP.ZIP";
    QTest::newRow("unsafe app id") << QByteArray() << "../x"
                                   << "x.zip";
    QTest::newRow("empty app id") << QByteArray() << ""
                                  << "export.zip";
}

void TestParse::exportFileName()
{
    QFETCH(QByteArray, disposition);
    QFETCH(QString, appId);
    QFETCH(QString, expected);
    QCOMPARE(appcalls::exportFileName(disposition, appId), expected);
}

QTEST_GUILESS_MAIN(TestParse)
#include "tst_parse.moc"
