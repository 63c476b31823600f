// The App overview against the in-process local server: the app's details, a count of each
// resource read through the API, links that ask for the resource's panel, and Apps opening
// the overview when an app is activated.

#include "panelshots.h"
#include "signedinfixture.h"

#include <api/apikeycalls.h>
#include <api/securitycalls.h>
#include <models/applistmodel.h>
#include <models/listfilterproxy.h>
#include <panels/appspanel.h>
#include <panels/overviewpanel.h>

#include <QLabel>
#include <QPushButton>
#include <QTableView>

class TestOverviewPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheAppsDetails();
    void countsFollowTheServer();
    void usersCountSaysMoreBeyondAPage();
    void linksAskForTheirPanels();
    void activatingAnAppOpensItsOverview();
    void screenshots();

private:
    std::unique_ptr<SignedInFixture> m_fx;
    std::unique_ptr<OverviewPanel> m_panel;
};

void TestOverviewPanel::init()
{
    m_fx = std::make_unique<SignedInFixture>();
    QVERIFY(m_fx->start());
    m_panel = std::make_unique<OverviewPanel>(m_fx->session.get());
    m_panel->resize(1000, 560);
    m_panel->show();
    QTRY_COMPARE(m_panel->countText(QStringLiteral("functions")), QStringLiteral("4"));
    QTRY_VERIFY(!m_panel->countText(QStringLiteral("apikeys")).startsWith(QChar(0x2026)));
}

void TestOverviewPanel::cleanup()
{
    m_panel.reset();
    m_fx.reset();
}

void TestOverviewPanel::showsTheAppsDetails()
{
    QTRY_COMPARE(m_panel->detailText(QStringLiteral("client_app_id")), m_fx->app.clientAppId);
    QCOMPARE(m_panel->detailText(QStringLiteral("_id")), m_fx->app.id);
    QCOMPARE(m_panel->detailText(QStringLiteral("location")), m_fx->app.location);
    QCOMPARE(m_panel->detailText(QStringLiteral("deployment_model")), m_fx->app.deploymentModel);
    QVERIFY(!m_panel->detailText(QStringLiteral("product")).isEmpty());
    QTRY_VERIFY(m_panel->detailText(QStringLiteral("last_deployment")) != QStringLiteral("—"));
}

void TestOverviewPanel::countsFollowTheServer()
{
    QCOMPARE(m_panel->countText(QStringLiteral("apikeys")), QStringLiteral("0"));
    ApiClient &client = *m_fx->other->client();
    QVERIFY(SignedInFixture::finish(
        apikeycalls::create(client, m_fx->groupId, m_fx->app.id, QStringLiteral("k1"))));
    QVERIFY(SignedInFixture::finish(
        apikeycalls::create(client, m_fx->groupId, m_fx->app.id, QStringLiteral("k2"))));
    QVERIFY(SignedInFixture::finish(securitycalls::setAllowedOrigins(
        client, m_fx->groupId, m_fx->app.id, { QStringLiteral("https://a.example.com") })));
    QVERIFY(!m_fx->createUser(QStringLiteral("one@example.com")).isEmpty());
    // F5 (or any app-data change made in the console) reads the counts again.
    m_panel->refresh();
    QTRY_COMPARE(m_panel->countText(QStringLiteral("apikeys")), QStringLiteral("2"));
    QTRY_COMPARE(m_panel->countText(QStringLiteral("security")), QStringLiteral("1"));
    m_fx->session->notifyAppDataChanged();
    QTRY_COMPARE(m_panel->countText(QStringLiteral("triggers")).isEmpty(), false);
    QVERIFY(m_panel->countText(QStringLiteral("triggers")) != QStringLiteral("?"));
}

void TestOverviewPanel::usersCountSaysMoreBeyondAPage()
{
    for (int i = 0; i < 51; ++i)
        QVERIFY(!m_fx->createUser(QStringLiteral("u%1@example.com").arg(i)).isEmpty());
    m_fx->session->notifyAppDataChanged();
    m_panel->refresh();
    QTRY_COMPARE(m_panel->countText(QStringLiteral("users")), QStringLiteral("50+"));
}

void TestOverviewPanel::linksAskForTheirPanels()
{
    QSignalSpy navigate(m_panel.get(), &Panel::navigateRequested);
    const QStringList ids { "functions", "values", "triggers", "services", "authproviders",
                            "users", "apikeys", "hosting", "push", "security", "logs", "deploy" };
    for (const QString &id : ids) {
        QPushButton *link = m_panel->linkFor(id);
        QVERIFY2(link, qPrintable(id));
        QVERIFY(link->isEnabled());
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(navigate.last().at(0).toString(), id);
    }
    QCOMPARE(navigate.size(), ids.size());
}

void TestOverviewPanel::activatingAnAppOpensItsOverview()
{
    AppsPanel apps(m_fx->session.get());
    apps.resize(800, 400);
    apps.show();
    QTRY_VERIFY(apps.model()->hasLoaded() && !apps.model()->isLoading());
    auto *table = apps.findChild<QTableView *>(QStringLiteral("tableView"));
    QModelIndex demo;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == QLatin1String("demo-app"))
            demo = table->model()->index(row, 0);
    }
    QVERIFY(demo.isValid());
    QSignalSpy navigate(&apps, &Panel::navigateRequested);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(demo).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(demo).center());
    QTRY_VERIFY(!navigate.isEmpty());
    QCOMPARE(navigate.last().at(0).toString(), QStringLiteral("overview"));
    QCOMPARE(navigate.last().at(1).toString(), m_fx->app.id);
}

void TestOverviewPanel::screenshots()
{
    ApiClient &client = *m_fx->other->client();
    for (const char *name : { "backend", "importer" })
        QVERIFY(SignedInFixture::finish(
            apikeycalls::create(client, m_fx->groupId, m_fx->app.id, QLatin1String(name))));
    // The demo's own two users (ada@ and linus@) count too.
    for (const char *email : { "alan@example.com", "grace@example.com", "hedy@example.com" })
        QVERIFY(!m_fx->createUser(QLatin1String(email)).isEmpty());
    QVERIFY(SignedInFixture::finish(securitycalls::setAllowedOrigins(
        client, m_fx->groupId, m_fx->app.id,
        { QStringLiteral("https://app.example.com"), QStringLiteral("http://localhost:3000") })));
    m_fx->session->notifyAppDataChanged();
    m_panel->refresh();
    QTRY_COMPARE(m_panel->countText(QStringLiteral("apikeys")), QStringLiteral("2"));
    QTRY_COMPARE(m_panel->countText(QStringLiteral("users")), QStringLiteral("5"));
    QTRY_VERIFY(m_panel->detailText(QStringLiteral("last_deployment")) != QStringLiteral("—"));
    savePanelShots(m_panel.get(), QStringLiteral("overview"));
}

QTEST_MAIN(TestOverviewPanel)
#include "tst_overviewpanel.moc"
