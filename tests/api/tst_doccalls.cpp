// The pure parts of the service, rule, webhook, auth provider and push calls: list and object
// parsing, the webhook URL, secret keys, the config fields offered per service type, and paths
// that are refused before anything is sent.
#include <api/apiclient.h>
#include <api/authprovidercalls.h>
#include <api/pushcalls.h>
#include <api/resourcedoc.h>
#include <api/rulecalls.h>
#include <api/servicecalls.h>
#include <api/webhookcalls.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestDocCalls : public QObject
{
    Q_OBJECT
private slots:
    void parseList();
    void parseListRefusesNonObjects();
    void parseOneNamesByKey();
    void webhookUrl_data();
    void webhookUrl();
    void secretKeys();
    void serviceFieldsRequired();
    void ruleBody();
    void emptySegmentRefusedBeforeSending();
};

void TestDocCalls::parseList()
{
    QString why;
    const auto docs = resourcedoc::parseList(
        QJsonDocument::fromJson(R"([{"_id":"a1","name":"x","type":"http"},{"_id":"b2","name":"y"}])"),
        &why, QStringLiteral("name"));
    QVERIFY(why.isEmpty());
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(0).id, QStringLiteral("a1"));
    QCOMPARE(docs.at(0).text(QStringLiteral("type")), QStringLiteral("http"));
    QCOMPARE(docs.at(1).name, QStringLiteral("y"));
}

void TestDocCalls::parseListRefusesNonObjects()
{
    QString why;
    QVERIFY(resourcedoc::parseList(QJsonDocument::fromJson("[1]"), &why, QStringLiteral("name"))
                .isEmpty());
    QVERIFY(!why.isEmpty());
    why.clear();
    resourcedoc::parseList(QJsonDocument::fromJson("{}"), &why, QStringLiteral("name"));
    QVERIFY(!why.isEmpty());
}

void TestDocCalls::parseOneNamesByKey()
{
    QString why;
    const ResourceDoc message = resourcedoc::parseOne(
        QJsonDocument::fromJson(R"({"_id":"m","label":"Sale","state":"draft"})"), &why,
        QStringLiteral("label"));
    QVERIFY(why.isEmpty());
    QCOMPARE(message.name, QStringLiteral("Sale"));
    resourcedoc::parseOne(QJsonDocument::fromJson("[]"), &why, QStringLiteral("name"));
    QVERIFY(!why.isEmpty());
}

void TestDocCalls::webhookUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "http://127.0.0.1:7080" << "github"
                          << "http://127.0.0.1:7080/api/client/v2.0/app/demo-abcde/service/github/"
                             "incoming_webhook/onPush";
    QTest::newRow("admin path") << "https://h.example/stitch/api/admin/v3.0/" << "github"
                                << "https://h.example/stitch/api/client/v2.0/app/demo-abcde/"
                                   "service/github/incoming_webhook/onPush";
    QTest::newRow("encoded") << "http://h" << "my svc"
                             << "http://h/api/client/v2.0/app/demo-abcde/service/my%20svc/"
                                "incoming_webhook/onPush";
}

void TestDocCalls::webhookUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, service);
    QFETCH(QString, expected);
    QCOMPARE(webhookcalls::webhookUrl(QUrl(base), QStringLiteral("demo-abcde"), service,
                                      QStringLiteral("onPush"))
                 .toString(QUrl::FullyEncoded),
             expected);
    QVERIFY(webhookcalls::webhookUrl(QUrl(base), QString(), service, QStringLiteral("x")).isEmpty());
}

void TestDocCalls::secretKeys()
{
    for (const char *key : { "secretAccessKey", "auth_token", "apiKey", "password", "uri" })
        QVERIFY2(servicecalls::isSecretKey(QLatin1String(key)), key);
    for (const char *key : { "clusterName", "region", "sid", "accessKeyId", "security" })
        QVERIFY2(!servicecalls::isSecretKey(QLatin1String(key)), key);
}

void TestDocCalls::serviceFieldsRequired()
{
    bool clusterRequired = false;
    for (const auto &field : servicecalls::fieldsOf(QStringLiteral("mongodb-atlas")))
        clusterRequired = clusterRequired || (field.key == QLatin1String("clusterName") && field.required);
    QVERIFY(clusterRequired);
    bool tokenSecret = false;
    for (const auto &field : servicecalls::fieldsOf(QStringLiteral("twilio")))
        tokenSecret = tokenSecret || (field.key == QLatin1String("auth_token") && field.secret);
    QVERIFY(tokenSecret);
    QVERIFY(servicecalls::knownTypes().contains(QStringLiteral("http")));
    QVERIFY(authprovidercalls::knownTypes().contains(QStringLiteral("custom-function")));
}

void TestDocCalls::ruleBody()
{
    const QJsonObject body = rulecalls::ruleBody(QStringLiteral("r"), { QStringLiteral("get") },
                                                 { { QStringLiteral("a"), 1 } });
    QCOMPARE(body.value(QStringLiteral("actions")).toArray(), QJsonArray { QStringLiteral("get") });
    QCOMPARE(body.value(QStringLiteral("when")).toObject().value(QStringLiteral("a")).toInt(), 1);
}

void TestDocCalls::emptySegmentRefusedBeforeSending()
{
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    auto *job = rulecalls::get(client, QStringLiteral("g"), QStringLiteral("a"),
                               QStringLiteral("s"), QString());
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(job->error().kind, ApiError::RefusedPath);
    auto *push = pushcalls::send(client, QStringLiteral("g"), QStringLiteral("a"),
                                 QStringLiteral(".."));
    QSignalSpy pushDone(push, &ApiJob::finished);
    QVERIFY(pushDone.wait(5000));
    QCOMPARE(push->error().kind, ApiError::RefusedPath);
}

QTEST_GUILESS_MAIN(TestDocCalls)
#include "tst_doccalls.moc"
