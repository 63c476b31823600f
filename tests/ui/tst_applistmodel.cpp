// AppListModel against a real LocalServer on the test thread, through the production ApiClient.
#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/sharedmodels.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestAppListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reloadListsDemoApp();
    void reloadAbandonsCallInFlight();
    void errors_data();
    void errors();
    void otherGroupEmptiesRowsAtOnce();
    void clearEmpties();
    void sharedAppsLoadBesideTheProfile_data();
    void sharedAppsLoadBesideTheProfile();
    void wrongGuessIsQuietAndLeavesNothing();
    void guessTakenUpReportsItsFailure();
    void rightGuessIsKept();

private:
    int rowNamed(const AppListModel &model, const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    QString m_groupId;
};

void TestAppListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    stitchlocal::ServerOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = m_dir.path();
    options.demo = true;
    stitchlocal::AdminSpec admin;
    admin.kind = stitchlocal::AdminSpec::Kind::ApiKey;
    admin.name = QStringLiteral("model-tester");
    admin.secret = QStringLiteral("model-tester-secret");
    options.admins = { admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->port() != 0);

    m_session = new Session(this);
    QSignalSpy failed(m_session, &Session::signInFailed);
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    m_session->signIn(profile, m_server->rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ApiError>().summary()));
    m_groupId = m_session->currentGroupId();
    QVERIFY(!m_groupId.isEmpty());
}

void TestAppListModel::sharedAppsLoadBesideTheProfile_data()
{
    QTest::addColumn<bool>("rightGuess");
    QTest::newRow("the profile's group") << true;
    QTest::newRow("a group the admin is not in") << false;
}

void TestAppListModel::sharedAppsLoadBesideTheProfile()
{
    // A profile that names its group: the apps are asked for once the login is accepted, beside
    // the profile call, so they are on their way when the session signs in. A wrong guess costs
    // nothing: the list ends in the group the session lands in, with no error left on it.
    QFETCH(bool, rightGuess);
    auto *session = new Session(this);
    AppListModel *apps = SharedModels::of(session)->apps();
    Profile profile;
    profile.id = QStringLiteral("guess");
    profile.name = QStringLiteral("Guess");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = QStringLiteral("model-tester");
    profile.defaultGroupId = rightGuess ? m_groupId : QStringLiteral("5f00000000000000000000aa");
    QSignalSpy expected(session, &Session::groupExpected);
    QString groupAtSignIn;
    bool appsOnTheirWay = false;
    connect(session, &Session::signedIn, this, [&] {
        groupAtSignIn = apps->groupId();
        appsOnTheirWay = apps->isLoading() || apps->hasLoaded();
    });
    session->signIn(profile, m_server->rootUrl(), QStringLiteral("model-tester-secret"));
    QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), 20000);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first().first().toString(), profile.defaultGroupId);
    if (rightGuess) {
        QCOMPARE(groupAtSignIn, m_groupId);
        QVERIFY(appsOnTheirWay);
    }
    QCOMPARE(session->currentGroupId(), m_groupId);
    QTRY_VERIFY_WITH_TIMEOUT(apps->hasLoaded() && !apps->isLoading(), 20000);
    QCOMPARE(apps->groupId(), m_groupId);
    QVERIFY(!apps->lastError().isError());
    QVERIFY(apps->rowCount() > 0);
    delete session;
}

void TestAppListModel::wrongGuessIsQuietAndLeavesNothing()
{
    // A guess at a group the admin is not in: the call fails, nobody hears of it, and the model
    // holds nothing, so that the group the session lands in (or the same one) loads afresh.
    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &AppListModel::errorOccurred);
    QSignalSpy loading(&model, &AppListModel::loadingChanged);
    model.reload(m_groupId);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 10000);
    QVERIFY(model.rowCount() > 0);

    const QString wrong = QStringLiteral("5f00000000000000000000ab");
    model.prefetch(wrong);
    QVERIFY(model.isGuessing());
    QCOMPARE(model.groupId(), wrong);
    QCOMPARE(model.rowCount(), 0); // the other group's rows went at once, as for a reload
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY(!model.isGuessing());
    QCOMPARE(errors.count(), 0);
    QVERIFY(model.lastError().isError()); // kept for whoever asks, announced to nobody
    QVERIFY(!model.hasLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loading.count(), 4); // true, false for the reload; true, false for the guess

    // The same group, asked for in earnest: it is tried again, and this time the failure counts.
    model.ensureLoaded(wrong);
    QVERIFY(model.isLoading());
    QVERIFY(!model.isGuessing());
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.count(), 1);

    // The right group loads as usual after a wrong guess.
    model.prefetch(wrong);
    model.ensureLoaded(m_groupId);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 10000);
    QVERIFY(rowNamed(model, QStringLiteral("demo-app")) >= 0);
    QCOMPARE(errors.count(), 1);
}

void TestAppListModel::guessTakenUpReportsItsFailure()
{
    // The session lands in the guessed group while the guess is still on its way: the call is
    // the group's load now, and a failure of it is shown like any other.
    AppListModel model(m_session->client());
    QSignalSpy errors(&model, &AppListModel::errorOccurred);
    QSignalSpy loading(&model, &AppListModel::loadingChanged);
    const QString group = QStringLiteral("5f00000000000000000000ac");
    model.prefetch(group);
    QVERIFY(model.isGuessing());
    model.ensureLoaded(group);
    QVERIFY(!model.isGuessing());
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(loading.count(), 2); // one call, not two: the guess was taken up, not repeated
}

void TestAppListModel::rightGuessIsKept()
{
    AppListModel model(m_session->client());
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    model.prefetch(m_groupId);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(model.hasLoaded());
    QVERIFY(rowNamed(model, QStringLiteral("demo-app")) >= 0);
    model.ensureLoaded(m_groupId); // nothing to do: loaded
    QVERIFY(!model.isLoading());
    model.prefetch(m_groupId); // nor here
    QVERIFY(!model.isLoading());
    QCOMPARE(reloaded.count(), 1);
}

int TestAppListModel::rowNamed(const AppListModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.appAt(row).name == name)
            return row;
    }
    return -1;
}

void TestAppListModel::reloadListsDemoApp()
{
    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &AppListModel::loadingChanged);
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    QSignalSpy errors(&model, &AppListModel::errorOccurred);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
    model.reload(m_groupId);
    QVERIFY(model.isLoading());
    QVERIFY(reloaded.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(errors.count(), 0);

    const int row = rowNamed(model, QStringLiteral("demo-app"));
    QVERIFY2(row >= 0, "demo-app is not listed");
    const App app = model.appAt(row);
    QVERIFY(!app.id.isEmpty());
    QCOMPARE(model.rowOf(app.id), row);
    QCOMPARE(model.index(row, AppListModel::NameColumn).data().toString(), app.name);
    QCOMPARE(model.index(row, AppListModel::ClientAppIdColumn).data().toString(), app.clientAppId);
    QVERIFY(!app.clientAppId.isEmpty());
    QCOMPARE(model.index(row, AppListModel::LocationColumn).data().toString(), app.location);
    QCOMPARE(model.index(row, AppListModel::DeploymentModelColumn).data().toString(),
             app.deploymentModel);
    QCOMPARE(model.index(row, 0).data(AppListModel::AppIdRole).toString(), app.id);
    QCOMPARE(model.headerData(AppListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QVERIFY(model.appAt(model.rowCount()).isNull());
    QCOMPARE(model.rowOf(QStringLiteral("no-such-app")), -1);
}

void TestAppListModel::reloadAbandonsCallInFlight()
{
    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &AppListModel::loadingChanged);
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    QSignalSpy errors(&model, &AppListModel::errorOccurred);

    model.reload(m_groupId);
    model.reload(m_groupId);
    QVERIFY(reloaded.wait(10000));
    // A third reload: had the first call not been abandoned, its answer would land by now too.
    model.reload(m_groupId);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(errors.count(), 0); // the abandoned call's Cancelled is nobody's business
    QCOMPARE(loading.count(), 4); // true, false, true, false: never twice the same
    QVERIFY(rowNamed(model, QStringLiteral("demo-app")) >= 0);
}

void TestAppListModel::errors_data()
{
    QTest::addColumn<QString>("groupId");
    QTest::addColumn<int>("kind");

    QTest::newRow("unknown group")
        << QStringLiteral("5f0000000000000000000000") << int(ApiError::Api);
    QTest::newRow("malformed group") << QStringLiteral("not-a-group") << int(ApiError::Api);
    QTest::newRow("path characters") << QStringLiteral("../apps") << int(ApiError::Api);
}

void TestAppListModel::errors()
{
    QFETCH(QString, groupId);
    QFETCH(int, kind);

    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &AppListModel::errorOccurred);
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    model.reload(groupId);
    QVERIFY(errors.wait(10000));
    const ApiError error = errors.at(0).at(0).value<ApiError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.httpStatus >= 400 && error.httpStatus < 500, qPrintable(error.summary()));
    QVERIFY(!error.summary().isEmpty());
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestAppListModel::otherGroupEmptiesRowsAtOnce()
{
    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    QSignalSpy errors(&model, &AppListModel::errorOccurred);
    model.reload(m_groupId);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(model.rowCount() > 0);

    model.reload(QStringLiteral("5f0000000000000000000001"));
    QCOMPARE(model.rowCount(), 0); // no rows of the old group while the new one loads
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.rowCount(), 0);
}

void TestAppListModel::clearEmpties()
{
    AppListModel model(m_session->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AppListModel::reloaded);
    QSignalSpy loading(&model, &AppListModel::loadingChanged);
    model.reload(m_groupId);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.groupId().isEmpty());

    model.reload(m_groupId);
    model.clear(); // while loading: stops, and says so
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestAppListModel)
#include "tst_applistmodel.moc"
