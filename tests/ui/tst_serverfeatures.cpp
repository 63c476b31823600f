// ServerFeatures: what the signed-in server offers beyond the Admin API, asked with
// GET /local/features through the production ApiClient. The in-process stitch-local answers its
// list; a FaultServer on loopback stands for the cloud (404), a broken server (500, HTML) and a
// server with a feature the local list lacks.
#include "signedinfixture.h"

#include "../api/faultserver.h"

#include <api/apiclient.h>
#include <api/featurecalls.h>
#include <models/serverfeatures.h>
#include <models/sharedmodels.h>
#include <server/features.h>

class TestServerFeatures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void localServerAnswersItsList();
    void routeNeedsAnAdmin();
    void cloudHasNone();
    void brokenServerSaysWhy();
    void featureNamedByServer();
    void signOutForgets();

private:
    //! The session's client pointed at a FaultServer answering the features route with answer.
    void askFault(FaultServer &fault, const QByteArray &answer);

    SignedInFixture m_fx;
};

void TestServerFeatures::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestServerFeatures::localServerAnswersItsList()
{
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    QTRY_VERIFY_WITH_TIMEOUT(features->isKnown(), 20000);
    QCOMPARE(features->features(), stitchlocal::serverFeatures());
    QVERIFY(!features->has(QStringLiteral("no-such-feature")));
    QCOMPARE(features->whyAbsent(QStringLiteral("no-such-feature")),
             QStringLiteral("This version of stitch-local does not offer it."));
    for (const QString &name : stitchlocal::serverFeatures()) {
        QVERIFY2(features->has(name), qPrintable(name));
        QVERIFY(features->whyAbsent(name).isEmpty());
    }
}

void TestServerFeatures::routeNeedsAnAdmin()
{
    ApiClient anonymous;
    anonymous.setBaseUrl(m_fx.server->rootUrl());
    auto *job = featurecalls::list(anonymous);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(job->error().httpStatus, 401);
}

void TestServerFeatures::askFault(FaultServer &fault, const QByteArray &answer)
{
    fault.on("/api/admin/v3.0/local/features", [answer](const FaultServer::Request &) {
        return answer;
    });
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    const QUrl local = m_fx.session->client()->baseUrl();
    m_fx.session->client()->setBaseUrl(fault.root());
    QSignalSpy changed(features, &ServerFeatures::changed);
    features->refresh();
    QVERIFY(features->whyAbsent(QStringLiteral("x")).startsWith(QStringLiteral("Asking")));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 20000);
    m_fx.session->client()->setBaseUrl(local);
}

void TestServerFeatures::cloudHasNone()
{
    FaultServer fault;
    askFault(fault, FaultServer::response(404, R"({"error":"not found","error_code":"NotFound"})"));
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    QVERIFY(features->isKnown());
    QVERIFY(features->features().isEmpty());
    QVERIFY(features->whyAbsent(QStringLiteral("debug-runs")).contains(QStringLiteral("extension of stitch-local")));
}

void TestServerFeatures::brokenServerSaysWhy()
{
    FaultServer fault;
    askFault(fault, FaultServer::response(500, "<html>oops</html>", "text/html"));
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    QVERIFY(!features->isKnown());
    QVERIFY(!features->has(QStringLiteral("debug-runs")));
    QVERIFY(features->whyAbsent(QStringLiteral("debug-runs"))
                .startsWith(QStringLiteral("Could not ask the server what it offers")));
}

void TestServerFeatures::featureNamedByServer()
{
    FaultServer fault;
    askFault(fault, FaultServer::response(200, R"({"features":["local-data",7,"debug-runs"]})"));
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    QVERIFY(features->isKnown());
    QCOMPARE(features->features(), QStringList({ "local-data", "debug-runs" }));
    QVERIFY(features->has(QStringLiteral("debug-runs")));
    QVERIFY(features->whyAbsent(QStringLiteral("debug-runs")).isEmpty());

    // Not an object with a list: an error, and nothing offered.
    askFault(fault, FaultServer::response(200, R"(["debug-runs"])"));
    QVERIFY(!features->has(QStringLiteral("debug-runs")));
}

void TestServerFeatures::signOutForgets()
{
    ServerFeatures *features = SharedModels::of(m_fx.session.get())->serverFeatures();
    features->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(features->isKnown(), 20000);
    m_fx.session->signOut();
    QVERIFY(!features->isKnown());
    QCOMPARE(features->whyAbsent(QStringLiteral("debug-runs")), QStringLiteral("Sign in first."));
}

QTEST_MAIN(TestServerFeatures)
#include "tst_serverfeatures.moc"
