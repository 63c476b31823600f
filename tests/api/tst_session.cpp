#include "faultserver.h"
#include "localserverfixture.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/authcalls.h>
#include <session/session.h>

#include <QTcpServer>
#include <QtTest>

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signInSucceeds_data();
    void signInSucceeds();
    void signInFails_data();
    void signInFails();
    void defaultGroup_data();
    void defaultGroup();
    void groupAndAppChanges();
    void sessionEndsWhenRefreshFails();
    void signOut();

private:
    Profile cloudProfile() const;
    void signIn(Session &session, const Profile &profile);

    LocalServerFixture m_fixture;
};

void TestSession::init()
{
    QVERIFY(m_fixture.start());
}

void TestSession::cleanup()
{
    m_fixture.server.reset();
}

Profile TestSession::cloudProfile() const
{
    Profile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = QString::fromLatin1(LocalServerFixture::PublicKey);
    return profile;
}

void TestSession::signIn(Session &session, const Profile &profile)
{
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn(profile, m_fixture.root(), QString::fromLatin1(LocalServerFixture::PrivateKey));
    QVERIFY(signedIn.wait());
}

void TestSession::signInSucceeds_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::newRow("mongodb-cloud") << "mongodb-cloud"
                                   << "pub"
                                   << "priv";
    QTest::newRow("local-userpass") << "local-userpass"
                                    << "alice"
                                    << "pw";
    QTest::newRow("local") << "local"
                           << "alice"
                           << "pw";
}

void TestSession::signInSucceeds()
{
    QFETCH(QString, provider);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    Profile profile = cloudProfile();
    profile.provider = provider;
    profile.username = username;

    Session session;
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    QSignalSpy group(&session, &Session::currentGroupChanged);
    session.signIn(profile, m_fixture.root(), secret);
    QCOMPARE(session.state(), Session::State::SigningIn);
    QVERIFY(signedIn.wait());
    QCOMPARE(failed.size(), 0);
    QVERIFY(session.isSignedIn());
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(1).first().value<Session::State>(), Session::State::SignedIn);
    QCOMPARE(session.profile().id, profile.id);
    QVERIFY(!session.adminProfile().userId.isEmpty());
    QCOMPARE(session.groupIds().size(), 1);
    QCOMPARE(session.currentGroupId(), session.groupIds().first());
    QCOMPARE(group.size(), 1);
    QVERIFY(!session.refreshToken().isEmpty());
    QCOMPARE(session.client()->baseUrl(), m_fixture.root());
}

void TestSession::signInFails_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("where"); // "local", "closed" port, "html" page
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message"); // what the user reads; %1 is the address
    QTest::newRow("wrong key") << "mongodb-cloud" << "wrong" << "local" << int(ApiError::Api)
                               << "The public or private API key is wrong.";
    QTest::newRow("wrong password") << "local-userpass" << "wrong" << "local"
                                    << int(ApiError::Api) << "The user name or password is wrong.";
    QTest::newRow("server not listening")
            << "mongodb-cloud" << "priv" << "closed" << int(ApiError::Network)
            << "Could not connect to %1 — is the server running?";
    QTest::newRow("a web page at the address")
            << "mongodb-cloud" << "priv" << "html" << int(ApiError::Http)
            << "%1 did not answer as a Stitch Admin API: check the server address (the part "
               "before /api/admin/v3.0).";
    QTest::newRow("a web page with 200")
            << "mongodb-cloud" << "priv" << "html200" << int(ApiError::Parse)
            << "%1 did not answer as a Stitch Admin API: check the server address (the part "
               "before /api/admin/v3.0).";
}

void TestSession::signInFails()
{
    QFETCH(QString, provider);
    QFETCH(QString, secret);
    QFETCH(QString, where);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QUrl root = m_fixture.root();
    FaultServer pages;
    if (where == QLatin1String("closed")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        root.setPort(closed.serverPort());
    } else if (where.startsWith(QLatin1String("html"))) {
        // A web server at the address: a proxy's error page, or a site's front page.
        const int status = where == QLatin1String("html200") ? 200 : 502;
        pages.on("/api/admin/v3.0/auth/providers/mongodb-cloud/login", [status](const auto &) {
            return FaultServer::response(status, "<!DOCTYPE html><html><body>Welcome</body></html>",
                                         "text/html");
        });
        root = pages.root();
    }

    Profile profile = cloudProfile();
    profile.provider = provider;
    if (provider == QLatin1String("local-userpass"))
        profile.username = QString::fromLatin1(LocalServerFixture::UserName);
    Session session;
    QSignalSpy failed(&session, &Session::signInFailed);
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn(profile, root, secret);
    QVERIFY(failed.wait());
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.message, message.arg(root.toDisplayString()));
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(session.state(), Session::State::SignedOut);
    QVERIFY(!session.client()->hasSession());
    QVERIFY(session.currentGroupId().isEmpty());
}

void TestSession::defaultGroup_data()
{
    QTest::addColumn<bool>("defaultIsOwn");
    QTest::newRow("default among the roles") << true;
    QTest::newRow("default not among the roles") << false;
}

void TestSession::defaultGroup()
{
    QFETCH(bool, defaultIsOwn);
    Session probe;
    signIn(probe, cloudProfile());
    const QString ownGroup = probe.currentGroupId();
    QVERIFY(!ownGroup.isEmpty());

    Profile profile = cloudProfile();
    profile.defaultGroupId = defaultIsOwn ? ownGroup : QStringLiteral("5f0000000000000000000000");
    Session session;
    signIn(session, profile);
    QCOMPARE(session.currentGroupId(), ownGroup);
}

void TestSession::groupAndAppChanges()
{
    Session session;
    signIn(session, cloudProfile());
    QSignalSpy group(&session, &Session::currentGroupChanged);
    QSignalSpy app(&session, &Session::currentAppChanged);

    App first;
    first.id = QStringLiteral("a1");
    first.name = QStringLiteral("one");
    session.setCurrentApp(first);
    session.setCurrentApp(first);
    QCOMPARE(app.size(), 1);
    QCOMPARE(app.last().first().value<App>().id, QStringLiteral("a1"));

    session.setCurrentGroupId(session.currentGroupId());
    QCOMPARE(group.size(), 0);
    QCOMPARE(session.currentApp().id, QStringLiteral("a1"));

    session.setCurrentGroupId(QStringLiteral("other"));
    QCOMPARE(group.size(), 1);
    QCOMPARE(group.first().first().toString(), QStringLiteral("other"));
    QCOMPARE(app.size(), 2); // a new group has none of the old group's apps
    QVERIFY(session.currentApp().isNull());

    session.setCurrentApp(App());
    QCOMPARE(app.size(), 2);
}

void TestSession::sessionEndsWhenRefreshFails()
{
    Session session;
    signIn(session, cloudProfile());
    App app;
    app.id = QStringLiteral("a1");
    session.setCurrentApp(app);
    const QString group = session.currentGroupId();

    // Another client ends the same server session, as a second console or an admin would.
    ApiClient other;
    other.setBaseUrl(m_fixture.root());
    other.setTokens(session.client()->accessToken(), session.refreshToken());
    QSignalSpy otherDone(authcalls::logout(other), &ApiJob::finished);
    QVERIFY(otherDone.wait());

    QSignalSpy ended(&session, &Session::sessionEnded);
    QSignalSpy signedOut(&session, &Session::signedOut);
    auto *job = appcalls::list(*session.client(), group);
    QSignalSpy jobDone(job, &ApiJob::finished);
    QVERIFY(ended.wait());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<ApiError>().httpStatus, 401);
    QTRY_COMPARE(jobDone.size(), 1);
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(session.state(), Session::State::SignedOut);
    QCOMPARE(session.profile().id, QStringLiteral("p1"));
    QCOMPARE(session.currentGroupId(), group);
    QCOMPARE(session.currentApp().id, QStringLiteral("a1"));

    // Signing in again carries on in the same group and app.
    QSignalSpy appChanged(&session, &Session::currentAppChanged);
    signIn(session, session.profile());
    QCOMPARE(session.currentGroupId(), group);
    QCOMPARE(session.currentApp().id, QStringLiteral("a1"));
    QCOMPARE(appChanged.size(), 0);

    // Another profile starts afresh.
    Profile second = cloudProfile();
    second.id = QStringLiteral("p2");
    session.signIn(second, m_fixture.root(), QString::fromLatin1(LocalServerFixture::PrivateKey));
    QCOMPARE(appChanged.size(), 1);
    QVERIFY(session.currentApp().isNull());
    QSignalSpy signedIn(&session, &Session::signedIn);
    QVERIFY(signedIn.wait());
    QCOMPARE(session.currentGroupId(), group);
}

void TestSession::signOut()
{
    Session session;
    signIn(session, cloudProfile());
    const QString refresh = session.refreshToken();
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy group(&session, &Session::currentGroupChanged);
    session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(session.state(), Session::State::SignedOut);
    QVERIFY(session.refreshToken().isEmpty());
    QCOMPARE(group.size(), 1);
    QVERIFY(session.currentGroupId().isEmpty());

    // The server forgot the session too: its refresh token no longer works.
    ApiClient probe;
    probe.setBaseUrl(m_fixture.root());
    probe.setTokens(QString(), refresh);
    auto *job = new RawJob(QStringLiteral("POST"),
                           probe.urlFor({ QStringLiteral("auth"), QStringLiteral("session") }));
    int status = 0;
    connect(job, &ApiJob::finished, this, [&status](ApiJob *j) { status = j->httpStatus(); });
    probe.send(job, {}, ApiClient::Auth::Refresh);
    QTRY_COMPARE(status, 401);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
