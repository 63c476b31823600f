#include "localserverfixture.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/authcalls.h>

#include <QtTest>

namespace {

// What a finished job leaves behind, kept after the job deletes itself.
template<typename T> struct Done
{
    bool finished = false;
    int finishedCount = 0;
    ApiError error;
    T result {};
    QByteArray body;
    QString exportName;
};

template<typename T> std::shared_ptr<Done<T>> watch(Job<T> *job, QObject *context)
{
    auto done = std::make_shared<Done<T>>();
    QObject::connect(job, &ApiJob::finished, context, [done, job] {
        done->finished = true;
        ++done->finishedCount;
        done->error = job->error();
        done->result = job->result();
    });
    return done;
}

std::shared_ptr<Done<int>> watchRaw(ApiJob *job, QObject *context)
{
    auto done = std::make_shared<Done<int>>();
    QObject::connect(job, &ApiJob::finished, context, [done, job] {
        done->finished = true;
        ++done->finishedCount;
        done->error = job->error();
        done->result = job->httpStatus();
        done->body = job->body();
        done->exportName = appcalls::exportFileName(*job, QStringLiteral("fallback"));
    });
    return done;
}

#define WAIT_OK(done)                                                                              \
    do {                                                                                           \
        QTRY_VERIFY((done)->finished);                                                             \
        QVERIFY2(!(done)->error.isError(), qPrintable((done)->error.details()));                   \
    } while (false)

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void providers();
    void login_data();
    void login();
    void profileAndApps();
    void refreshOnExpiry();
    void concurrentCallsShareOneRefresh();
    void failedRefreshEndsSession_data();
    void failedRefreshEndsSession();
    void slashesAndDotsStayInOneSegment();

private:
    void signIn();
    QString groupId();

    LocalServerFixture m_fixture;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::init()
{
    QVERIFY(m_fixture.start());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_fixture.root());
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_fixture.server.reset();
}

void TestApiClient::signIn()
{
    auto done = watch(authcalls::login(*m_client, QStringLiteral("mongodb-cloud"),
                                       QString::fromLatin1(LocalServerFixture::PublicKey),
                                       QString::fromLatin1(LocalServerFixture::PrivateKey)),
                      this);
    WAIT_OK(done);
    m_client->setTokens(done->result.accessToken, done->result.refreshToken);
}

QString TestApiClient::groupId()
{
    auto done = watch(authcalls::profile(*m_client), this);
    if (!QTest::qWaitFor([&done] { return done->finished; }, 5000))
        return {};
    return done->result.groupIds().value(0);
}

void TestApiClient::providers()
{
    auto done = watch(authcalls::providers(*m_client), this);
    WAIT_OK(done);
    QStringList types;
    for (const AdminAuthProvider &provider : done->result)
        types << provider.type;
    QVERIFY(types.contains(QStringLiteral("mongodb-cloud")));
    QVERIFY(types.contains(QStringLiteral("local"))
            || types.contains(QStringLiteral("local-userpass")));
}

void TestApiClient::login_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("mongodb-cloud api key") << "mongodb-cloud"
                                           << "pub"
                                           << "priv" << int(ApiError::None) << 200;
    QTest::newRow("local password") << "local"
                                    << "alice"
                                    << "pw" << int(ApiError::None) << 200;
    QTest::newRow("local-userpass password") << "local-userpass"
                                             << "alice"
                                             << "pw" << int(ApiError::None) << 200;
    QTest::newRow("wrong private key") << "mongodb-cloud"
                                       << "pub"
                                       << "nope" << int(ApiError::Api) << 401;
    QTest::newRow("wrong password") << "local-userpass"
                                    << "alice"
                                    << "nope" << int(ApiError::Api) << 401;
    QTest::newRow("unknown provider") << "ldap"
                                      << "alice"
                                      << "pw" << int(ApiError::Api) << 404;
}

void TestApiClient::login()
{
    QFETCH(QString, provider);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(int, kind);
    QFETCH(int, status);

    auto *job = authcalls::login(*m_client, provider, username, secret);
    auto done = watch(job, this);
    QTRY_VERIFY(done->finished);
    QCOMPARE(int(done->error.kind), kind);
    if (kind == ApiError::None) {
        QVERIFY(!done->result.accessToken.isEmpty());
        QVERIFY(!done->result.refreshToken.isEmpty());
        m_client->setTokens(done->result.accessToken, done->result.refreshToken);
        auto profile = watch(authcalls::profile(*m_client), this);
        WAIT_OK(profile);
        QCOMPARE(profile->result.userId, done->result.userId);
        QCOMPARE(profile->result.groupIds().size(), 1);
    } else {
        QCOMPARE(done->error.httpStatus, status);
        QVERIFY(!done->error.errorCode.isEmpty());
        QCOMPARE(m_client->refreshCount(), 0); // a login's 401 is not an expired session
    }
}

void TestApiClient::profileAndApps()
{
    signIn();
    const QString group = groupId();
    QVERIFY(!group.isEmpty());

    auto created
        = watch(appcalls::create(*m_client, group, NewApp { QStringLiteral("tstapp") }), this);
    WAIT_OK(created);
    const App app = created->result;
    QVERIFY(!app.id.isEmpty());
    QCOMPARE(app.name, QStringLiteral("tstapp"));

    auto listed = watch(appcalls::list(*m_client, group), this);
    WAIT_OK(listed);
    QVERIFY(std::any_of(listed->result.cbegin(), listed->result.cend(),
                        [&app](const App &a) { return a.id == app.id && a.name == app.name; }));

    auto fetched = watch(appcalls::get(*m_client, group, app.id), this);
    WAIT_OK(fetched);
    QCOMPARE(fetched->result.id, app.id);
    QCOMPARE(fetched->result.clientAppId, app.clientAppId);

    auto exported = watchRaw(appcalls::exportZip(*m_client, group, app.id), this);
    WAIT_OK(exported);
    QVERIFY(exported->body.startsWith("PK\x03\x04"));
    QVERIFY(exported->exportName.endsWith(QLatin1String(".zip")));
    QVERIFY(!exported->exportName.contains(QLatin1Char('/')));

    auto removed = watchRaw(appcalls::remove(*m_client, group, app.id), this);
    WAIT_OK(removed);
    auto gone = watch(appcalls::get(*m_client, group, app.id), this);
    QTRY_VERIFY(gone->finished);
    QCOMPARE(gone->error.kind, ApiError::Api);
    QCOMPARE(gone->error.httpStatus, 404);

    auto unknownGroup
        = watch(appcalls::list(*m_client, QStringLiteral("000000000000000000000000")), this);
    QTRY_VERIFY(unknownGroup->finished);
    QVERIFY(unknownGroup->error.isError());
    QCOMPARE(m_client->refreshCount(), 0);
    QTRY_COMPARE(m_client->activeCalls(), 0);
}

void TestApiClient::refreshOnExpiry()
{
    signIn();
    const QString firstToken = m_client->accessToken();
    QSignalSpy tokenChanged(m_client.get(), &ApiClient::accessTokenChanged);
    m_fixture.clock.advanceSeconds(1801); // past the access token's lifetime

    auto profile = watch(authcalls::profile(*m_client), this);
    WAIT_OK(profile);
    QCOMPARE(m_client->refreshCount(), 1);
    QCOMPARE(tokenChanged.size(), 1);
    QVERIFY(m_client->accessToken() != firstToken);
    QVERIFY(m_client->hasSession());
}

void TestApiClient::concurrentCallsShareOneRefresh()
{
    signIn();
    const QString group = groupId();
    QVERIFY(!group.isEmpty());
    auto created
        = watch(appcalls::create(*m_client, group, NewApp { QStringLiteral("shared") }), this);
    WAIT_OK(created);
    m_fixture.clock.advanceSeconds(1801);
    const int refreshesBefore = m_client->refreshCount();

    std::vector<std::shared_ptr<Done<QList<App>>>> lists;
    std::vector<std::shared_ptr<Done<App>>> gets;
    for (int i = 0; i < 10; ++i) {
        lists.push_back(watch(appcalls::list(*m_client, group), this));
        gets.push_back(watch(appcalls::get(*m_client, group, created->result.id), this));
    }
    QVERIFY(m_client->activeCalls() >= 20);
    for (const auto &done : lists) {
        WAIT_OK(done);
        QCOMPARE(done->finishedCount, 1);
        QVERIFY(!done->result.isEmpty());
    }
    for (const auto &done : gets) {
        WAIT_OK(done);
        QCOMPARE(done->finishedCount, 1);
        QCOMPARE(done->result.name, QStringLiteral("shared"));
    }
    QCOMPARE(m_client->refreshCount() - refreshesBefore, 1);
    QTRY_COMPARE(m_client->activeCalls(), 0);
}

void TestApiClient::failedRefreshEndsSession_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("signed out first") << false;
    QTest::newRow("server restarted over a new data folder") << true;
}

void TestApiClient::failedRefreshEndsSession()
{
    QFETCH(bool, restart);
    signIn();
    const QString group = groupId();
    QVERIFY(!group.isEmpty());
    if (restart) {
        QVERIFY(m_fixture.start());
        m_client->setBaseUrl(m_fixture.root());
    } else {
        auto logout = watchRaw(authcalls::logout(*m_client), this);
        WAIT_OK(logout);
        QCOMPARE(logout->result, 204);
    }
    QVERIFY(m_client->hasSession());
    QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);

    auto first = watch(appcalls::list(*m_client, group), this);
    auto second = watch(authcalls::profile(*m_client), this);
    QTRY_VERIFY(first->finished);
    QTRY_VERIFY(second->finished);
    QCOMPARE(expired.size(), 1);
    const ApiError error = expired.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(first->error.httpStatus, 401);
    QCOMPARE(second->error.httpStatus, 401);
    QCOMPARE(m_client->refreshCount(), 1);
    QVERIFY(!m_client->hasSession());
    QVERIFY(m_client->accessToken().isEmpty());
}

void TestApiClient::slashesAndDotsStayInOneSegment()
{
    signIn();
    const QString group = groupId();
    QVERIFY(!group.isEmpty());
    auto created
        = watch(appcalls::create(*m_client, group, NewApp { QStringLiteral("kept") }), this);
    WAIT_OK(created);
    const QString appId = created->result.id;

    // Were "%2F" decoded into a separator, these would reach the export, or the app itself.
    const QStringList tricks { appId + QStringLiteral("/export"), QStringLiteral("x/../") + appId,
                               QStringLiteral("../apps/") + appId, QStringLiteral("%2F") + appId };
    for (const QString &trick : tricks) {
        auto get = watch(appcalls::get(*m_client, group, trick), this);
        QTRY_VERIFY(get->finished);
        QVERIFY2(get->error.kind == ApiError::Api || get->error.kind == ApiError::Http,
                 qPrintable(trick + QLatin1String(": ") + get->error.details()));
        QCOMPARE(get->error.httpStatus, 404);
        QVERIFY(get->error.requestUrl.path(QUrl::FullyEncoded)
                    .endsWith(QString::fromLatin1(QUrl::toPercentEncoding(trick))));

        auto remove = watchRaw(appcalls::remove(*m_client, group, trick), this);
        QTRY_VERIFY(remove->finished);
        QVERIFY(remove->error.isError());
    }
    auto dots = watchRaw(appcalls::remove(*m_client, QStringLiteral(".."), appId), this);
    QTRY_VERIFY(dots->finished);
    QCOMPARE(dots->error.kind, ApiError::RefusedPath);

    auto still = watch(appcalls::get(*m_client, group, appId), this);
    WAIT_OK(still);
    QCOMPARE(still->result.name, QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
