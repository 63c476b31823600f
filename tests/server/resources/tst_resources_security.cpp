#include "resourcetestkit.h"

using namespace resourcetest;

namespace {
const QString kOrigins = QStringLiteral("/security/allowed_request_origins");
}

class tst_ResourcesSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyAtFirst();
    void setReplaces();
    void objectForm();
    void badBody_data();
    void badBody();
    void storedAsSecurityDocument();
    void access_data();
    void access();

private:
    TestServer m_server;
    TestServer m_expired;
};

void tst_ResourcesSecurity::initTestCase()
{
    QVERIFY(m_server.start());
    expireTokens(m_expired, kOrigins);
}

void tst_ResourcesSecurity::emptyAtFirst()
{
    const Answer answer = m_server.get(kOrigins);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.array(), QJsonArray());
}

void tst_ResourcesSecurity::setReplaces()
{
    const QJsonArray first { QStringLiteral("http://localhost:8080"),
                             QStringLiteral("https://example.com") };
    const Answer set = m_server.send("POST", kOrigins, json(first));
    QCOMPARE(set.status, 204);
    QVERIFY(set.body.isEmpty());
    QCOMPARE(m_server.get(kOrigins).array(), first);

    // A second POST replaces the list; repeats are kept once.
    const QJsonArray second { QStringLiteral("https://app.example.org:8443"),
                              QStringLiteral("https://app.example.org:8443") };
    QCOMPARE(m_server.send("POST", kOrigins, json(second)).status, 204);
    QCOMPARE(m_server.get(kOrigins).array(),
             QJsonArray { QStringLiteral("https://app.example.org:8443") });

    QCOMPARE(m_server.send("POST", kOrigins, json(QJsonArray())).status, 204);
    QCOMPARE(m_server.get(kOrigins).array(), QJsonArray());
}

void tst_ResourcesSecurity::objectForm()
{
    const QJsonArray origins { QStringLiteral("http://127.0.0.1:3000") };
    QCOMPARE(m_server
                 .send("POST", kOrigins,
                       QJsonObject { { QStringLiteral("allowed_request_origins"), origins } })
                 .status,
             204);
    QCOMPARE(m_server.get(kOrigins).array(), origins);
}

void tst_ResourcesSecurity::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed") << QByteArray("[\"http://a.io\"");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("object without list") << QByteArray("{\"origins\":[]}");
    QTest::newRow("number item") << QByteArray("[1]");
    QTest::newRow("ftp") << QByteArray("[\"ftp://a.io\"]");
    QTest::newRow("no scheme") << QByteArray("[\"a.io\"]");
    QTest::newRow("path") << QByteArray("[\"https://a.io/app\"]");
    QTest::newRow("trailing slash") << QByteArray("[\"https://a.io/\"]");
    QTest::newRow("query") << QByteArray("[\"https://a.io?x=1\"]");
    QTest::newRow("user info") << QByteArray("[\"https://me@a.io\"]");
    QTest::newRow("one bad among good") << QByteArray("[\"https://a.io\",\"nope\"]");
}

void tst_ResourcesSecurity::badBody()
{
    QFETCH(QByteArray, body);
    const QJsonArray before = m_server.get(kOrigins).array();
    const Answer answer = m_server.send("POST", kOrigins, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(m_server.get(kOrigins).array(), before);
}

void tst_ResourcesSecurity::storedAsSecurityDocument()
{
    const QJsonArray origins { QStringLiteral("https://stored.example") };
    QCOMPARE(m_server.send("POST", kOrigins, json(origins)).status, 204);
    // One document per app, whatever the number of writes.
    QCOMPARE(m_server.count(QStringLiteral("security")), 1);
}

void tst_ResourcesSecurity::access_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("get") << QByteArray("GET") << QByteArray();
    QTest::newRow("set") << QByteArray("POST") << QByteArray("[\"https://evil.example\"]");
}

void tst_ResourcesSecurity::access()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    const QJsonArray before = m_server.get(kOrigins).array();
    checkAccess(m_server, m_expired, verb, kOrigins, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server.get(kOrigins).array(), before);
}

QTEST_GUILESS_MAIN(tst_ResourcesSecurity)
#include "tst_resources_security.moc"
