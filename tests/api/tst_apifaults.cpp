#include "faultserver.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/authcalls.h>

#include <QtTest>

namespace {

const QByteArray Prefix = "/api/admin/v3.0";
const QByteArray AppJson = R"({"_id":"a1","name":"one"})";

// Waits for a job's single finished() and keeps what the test needs after it is deleted.
struct Outcome
{
    int finishedCount = 0;
    ApiError error;
    int status = 0;
    QByteArray body;
    QString exportName;
};

Outcome *watch(ApiJob *job, QObject *context)
{
    auto *outcome = new Outcome;
    QObject::connect(job, &ApiJob::finished, context, [outcome](ApiJob *j) {
        ++outcome->finishedCount;
        outcome->error = j->error();
        outcome->status = j->httpStatus();
        outcome->body = j->body();
        outcome->exportName = appcalls::exportFileName(*j, QStringLiteral("a1"));
    });
    return outcome;
}

} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void errorKinds_data();
    void errorKinds();
    void requestHeadersAndEncoding();
    void dotSegmentsAreNotSent();
    void timeout();
    void connectionRefused();
    void abandon();
    void abandonWhileWaitingForRefresh();
    void emptyBody401RefreshesAndReplaysBody();
    void replayThat401sAgainFails();
    void failedRefreshEndsSession();
    void exportFileNameFromHeader();

private:
    FaultServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<Outcome> m_outcome;
    Outcome *run(ApiJob *job)
    {
        m_outcome.reset(watch(job, this));
        return m_outcome.get();
    }
};

void TestApiFaults::init()
{
    m_server = new FaultServer;
    QVERIFY(m_server->isListening());
    m_client = new ApiClient;
    m_client->setBaseUrl(m_server->root());
    m_client->setTokens(QStringLiteral("old"), QStringLiteral("refresh"));
}

void TestApiFaults::cleanup()
{
    delete m_client;
    delete m_server;
    m_outcome.reset();
}

void TestApiFaults::errorKinds_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("typed"); // a Job<App> that must decode, or a RawJob
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("html 502") << FaultServer::response(502, "<html><h1>Bad gateway</h1></html>",
                                                       "text/html")
                              << true << int(ApiError::Http) << 502;
    QTest::newRow("empty 404") << FaultServer::response(404, {}) << true << int(ApiError::Http)
                               << 404;
    QTest::newRow("stitch 409") << FaultServer::response(
        409, R"({"error":"exists","error_code":"AppAlreadyExists"})")
                                << true << int(ApiError::Api) << 409;
    QTest::newRow("invalid json 2xx")
        << FaultServer::response(200, R"({"_id": )") << true << int(ApiError::Parse) << 200;
    QTest::newRow("wrong shape 2xx")
        << FaultServer::response(200, R"([{"_id":"a1"}])") << true << int(ApiError::Parse) << 200;
    QTest::newRow("empty 2xx for a typed call")
        << FaultServer::response(201, {}) << true << int(ApiError::Parse) << 201;
    QTest::newRow("html 2xx for a raw call") << FaultServer::response(200, "<html/>", "text/html")
                                             << false << int(ApiError::None) << 200;
    QTest::newRow("good 2xx") << FaultServer::response(200, AppJson) << true << int(ApiError::None)
                              << 200;
}

void TestApiFaults::errorKinds()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, typed);
    QFETCH(int, kind);
    QFETCH(int, status);

    m_server->on(Prefix + "/groups/g/apps/a1", [answer](const auto &) { return answer; });
    ApiJob *job = typed ? static_cast<ApiJob *>(appcalls::get(*m_client, "g", "a1"))
                        : appcalls::exportZip(*m_client, "g", "a1");
    if (!typed)
        m_server->on(Prefix + "/groups/g/apps/a1/export",
                     [answer](const auto &) { return answer; });
    Outcome *outcome = run(job);
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(int(outcome->error.kind), kind);
    QCOMPARE(outcome->status, status);
    if (outcome->error.isError()) {
        QCOMPARE(outcome->error.method, QStringLiteral("GET"));
        QVERIFY(
            outcome->error.requestUrl.path().startsWith(QLatin1String("/api/admin/v3.0/groups/g")));
        QVERIFY(!outcome->error.summary().isEmpty());
    }
    QTRY_COMPARE(m_client->activeCalls(), 0);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(m_client->refreshCount(), 0);
}

void TestApiFaults::requestHeadersAndEncoding()
{
    m_server->on(Prefix + "/groups/g%2F1/apps",
                 [](const auto &) { return FaultServer::response(201, AppJson); });
    Outcome *outcome = run(appcalls::create(*m_client, "g/1", NewApp { QStringLiteral("n a+b") }));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.details()));
    QCOMPARE(m_server->requests.size(), 1);
    const FaultServer::Request &request = m_server->requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, Prefix + "/groups/g%2F1/apps");
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer old"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("name").toString(), QStringLiteral("n a+b"));
    QCOMPARE(body.value("location").toString(), QStringLiteral("US-VA"));
    QCOMPARE(body.value("deployment_model").toString(), QStringLiteral("GLOBAL"));

    // One segment each, however many slashes and dots it holds; queries keep '+' and '&'.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QStringLiteral("/a+b&c=d"));
    const QUrl url = m_client->urlFor({ "groups", "../x", "a/b", "%2F" }, query);
    QCOMPARE(url.toEncoded(),
             "http://127.0.0.1:" + QByteArray::number(m_server->serverPort())
                 + "/api/admin/v3.0/groups/..%2Fx/a%2Fb/%252F?path=%2Fa%2Bb%26c%3Dd");
    // A base URL given with the API prefix and a trailing slash means the same root.
    m_client->setBaseUrl(QUrl(m_server->root().toString() + "/api/admin/v3.0/"));
    QCOMPARE(m_client->urlFor({ "x" }).path(), QStringLiteral("/api/admin/v3.0/x"));
}

void TestApiFaults::dotSegmentsAreNotSent()
{
    for (const QString &segment : { QStringLiteral(".."), QStringLiteral("."), QString() }) {
        Outcome *outcome = run(appcalls::get(*m_client, "g", segment));
        QCOMPARE(outcome->finishedCount, 0); // never inside send()
        QTRY_COMPARE(outcome->finishedCount, 1);
        QCOMPARE(outcome->error.kind, ApiError::RefusedPath);
    }
    QVERIFY(m_server->requests.isEmpty());
}

void TestApiFaults::timeout()
{
    m_server->on(Prefix + "/groups/g/apps", [](const auto &) { return QByteArray(); });
    m_client->setTransferTimeout(300);
    Outcome *outcome = run(appcalls::list(*m_client, "g"));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 10000);
    QCOMPARE(outcome->error.kind, ApiError::Timeout);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestApiFaults::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    Outcome *outcome = run(appcalls::list(*m_client, "g"));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Network);
    QVERIFY(!outcome->error.message.isEmpty());
}

void TestApiFaults::abandon()
{
    m_server->on(Prefix + "/groups/g/apps", [](const auto &) { return QByteArray(); });
    QPointer<ApiJob> job = appcalls::list(*m_client, "g");
    Outcome *outcome = run(job);
    QTRY_COMPARE(m_server->requests.size(), 1);
    QVERIFY(job);
    job->abandon();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Cancelled);
    job->abandon(); // a second abandon is harmless
    QTRY_VERIFY(job.isNull()); // deleted later, once
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(m_client->activeCalls(), 0);
}

void TestApiFaults::abandonWhileWaitingForRefresh()
{
    // The refresh hangs, so the replay waits; abandoning it must not wait for the refresh.
    m_server->on(Prefix + "/auth/session", [](const auto &) { return QByteArray(); });
    m_server->on(Prefix + "/auth/profile", [](const auto &) {
        return FaultServer::response(
            401, R"({"error":"invalid session","error_code":"InvalidSession"})");
    });
    QPointer<ApiJob> job = authcalls::profile(*m_client);
    Outcome *outcome = run(job);
    QTRY_COMPARE(m_client->refreshCount(), 1);
    QVERIFY(job);
    job->abandon();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Cancelled);
}

void TestApiFaults::emptyBody401RefreshesAndReplaysBody()
{
    m_server->on(Prefix + "/auth/session", [](const FaultServer::Request &r) {
        if (r.method != "POST" || r.headers.value("authorization") != "Bearer refresh")
            return FaultServer::response(400, {});
        return FaultServer::response(201, R"({"access_token":"new"})");
    });
    m_server->on(Prefix + "/groups/g/apps", [](const FaultServer::Request &r) {
        if (r.headers.value("authorization") != "Bearer new")
            return FaultServer::response(401, {});
        return FaultServer::response(201, AppJson);
    });
    QSignalSpy tokenSpy(m_client, &ApiClient::accessTokenChanged);
    Outcome *outcome = run(appcalls::create(*m_client, "g", NewApp { QStringLiteral("replayed") }));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.details()));
    QCOMPARE(m_client->refreshCount(), 1);
    QCOMPARE(m_client->accessToken(), QStringLiteral("new"));
    QCOMPARE(m_client->refreshToken(), QStringLiteral("refresh"));
    QCOMPARE(tokenSpy.size(), 1);
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(m_server->requests.at(2).body, m_server->requests.at(0).body);
    QVERIFY(m_server->requests.at(2).body.contains("replayed"));
}

void TestApiFaults::replayThat401sAgainFails()
{
    m_server->on(Prefix + "/auth/session", [](const auto &) {
        return FaultServer::response(201, R"({"access_token":"new"})");
    });
    m_server->on(Prefix + "/groups/g/apps", [](const auto &) {
        return FaultServer::response(
            401, R"({"error":"invalid session","error_code":"InvalidSession"})");
    });
    Outcome *outcome = run(appcalls::list(*m_client, "g"));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind, ApiError::Api);
    QCOMPARE(outcome->error.httpStatus, 401);
    QCOMPARE(outcome->error.errorCode, QStringLiteral("InvalidSession"));
    QCOMPARE(m_client->refreshCount(), 1);
    QCOMPARE(m_server->requests.size(), 3); // call, refresh, one replay
}

void TestApiFaults::failedRefreshEndsSession()
{
    m_server->on(Prefix + "/auth/session", [](const auto &) {
        return FaultServer::response(
            401, R"({"error":"invalid session","error_code":"InvalidSession"})");
    });
    m_server->on(Prefix + "/groups/g/apps", [](const auto &) {
        return FaultServer::response(
            401, R"({"error":"invalid session","error_code":"InvalidSession"})");
    });
    QSignalSpy expired(m_client, &ApiClient::sessionExpired);
    Outcome *first = watch(appcalls::list(*m_client, "g"), this);
    Outcome *second = watch(appcalls::list(*m_client, "g"), this);
    QTRY_COMPARE(first->finishedCount, 1);
    QTRY_COMPARE(second->finishedCount, 1);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<ApiError>().errorCode, QStringLiteral("InvalidSession"));
    QCOMPARE(first->error.kind, ApiError::Api);
    QCOMPARE(second->error.kind, ApiError::Api);
    QCOMPARE(m_client->refreshCount(), 1);
    QVERIFY(!m_client->hasSession());
    QVERIFY(m_client->accessToken().isEmpty());
    delete first;
    delete second;
}

void TestApiFaults::exportFileNameFromHeader()
{
    m_server->on(Prefix + "/groups/g/apps/a1/export", [](const auto &) {
        return FaultServer::response(
            200, QByteArray("PK\x03\x04zip", 7), "application/zip",
            "Content-Disposition: attachment; filename=\"../my_app_1.zip\"\r\n");
    });
    Outcome *outcome = run(appcalls::exportZip(*m_client, "g", "a1"));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QVERIFY(!outcome->error.isError());
    QCOMPARE(outcome->body, QByteArray("PK\x03\x04zip", 7));
    QCOMPARE(outcome->exportName, QStringLiteral("my_app_1.zip"));
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
