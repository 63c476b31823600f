// The App as code panel against a real LocalServer: pull into a folder, compare it (review view),
// dry run, push as a draft then the Deploy panel, a folder that is not an app, promote to another
// app of the group; screenshots of a folder comparison and a promote (STITCH_SHOTS_DIR).

#include "appcodetesthelpers.h"
#include "panelshots.h"

#include <api/draftcalls.h>
#include <models/draftfilemodel.h>
#include <panels/appcodepanel.h>
#include <panels/appcodewatch.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/reviewview.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace appcodetest;

class TestAppCodePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullCompareDryRunPush();
    void folderThatIsNotAnApp();
    void promoteToAnotherApp();
    void watchPushesSavedFunctions();
    void screenshotFolderComparison();
    void screenshotPromote();

private:
    std::unique_ptr<AppCodePanel> showPanel();
    static void click(AppCodePanel *panel, const char *name)
    {
        auto *button = panel->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QString makeApp(const QString &name);
    SignedInFixture m_fx;
    QTemporaryDir m_dir;
};

void TestAppCodePanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcodepanel"));
    QVERIFY(m_fx.start());
}

std::unique_ptr<AppCodePanel> TestAppCodePanel::showPanel()
{
    auto panel = std::make_unique<AppCodePanel>(m_fx.session.get());
    panel->resize(1100, 720);
    panel->show();
    return panel;
}

QString TestAppCodePanel::makeApp(const QString &name)
{
    return appcodetest::makeApp(*m_fx.other, m_fx.groupId, name);
}

void TestAppCodePanel::pullCompareDryRunPush()
{
    auto panel = showPanel();
    QAbstractItemModelTester tester(panel->reviewView()->fileModel());
    const QString folder = m_dir.filePath(QStringLiteral("panel"));
    panel->setFolder(folder);
    click(panel.get(), "appCodePullButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pulled")), 30000);
    QVERIFY(QFile::exists(folder + QStringLiteral("/functions/sum/source.js")));
    // Again: no byte changes.
    click(panel.get(), "appCodePullButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("0 file(s) written")),
                             30000);

    // Unchanged: nothing to push.
    click(panel.get(), "appCodeCompareButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("0 changed")), 30000);
    QCOMPARE(panel->reviewView()->fileModel()->rowCount(), 0);
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("appCodePushButton"))->isEnabled());

    QVERIFY(writeFile(folder + QStringLiteral("/functions/sum/source.js"),
                      "exports = function(a, b) {\n  return b + a;\n};\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/notes.md"), "not part of the app\n"));
    click(panel.get(), "appCodeCompareButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("1 changed")), 30000);
    QVERIFY(panel->summaryText().contains(QStringLiteral("notes.md")));
    QCOMPARE(panel->reviewView()->fileModel()->rowCount(), 1);
    QCOMPARE(panel->reviewView()->currentPath(), QStringLiteral("functions/sum/source.js"));
    QTRY_VERIFY(panel->reviewView()->diffView()->isDiffReady());
    QVERIFY(panel->reviewView()->fileModel()->fileAt(0).patch.contains(
        QStringLiteral("+  return b + a;")));

    click(panel.get(), "appCodeDryRunButton");
    QVERIFY(panel->callsText().contains(QStringLiteral("Update function functions/sum")));
    QVERIFY(panel->callsText().contains(QStringLiteral("nothing sent")));
    QVERIFY(!m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("sum")))
                 .source.contains(QStringLiteral("b + a")));

    QSignalSpy navigated(panel.get(), &Panel::navigateRequested);
    click(panel.get(), "appCodePushButton");
    QTRY_VERIFY_WITH_TIMEOUT(!navigated.isEmpty(), 30000);
    QCOMPARE(navigated.first().first().toString(), QStringLiteral("deploy"));
    QVERIFY(panel->callsText().contains(QStringLiteral("Update function functions/sum — done")));
    // The draft holds the change.
    auto *drafts = draftcalls::list(*m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listed(drafts, &ApiJob::finished);
    QVERIFY(listed.wait(30000));
    QCOMPARE(drafts->result().size(), 1);
    const QString draftId = drafts->result().first().id;
    auto *diff = draftcalls::diff(*m_fx.session->client(), m_fx.groupId, m_fx.app.id, draftId);
    QSignalSpy diffed(diff, &ApiJob::finished);
    QVERIFY(diffed.wait(30000));
    QVERIFY(diff->result().diffs.join(QString()).contains(QStringLiteral("b + a")));
    QVERIFY(deploy(*m_fx.session, m_fx.groupId, m_fx.app.id, draftId));

    // Pushed and deployed: the folder is the app again.
    click(panel.get(), "appCodeCompareButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("0 changed")), 30000);
}

void TestAppCodePanel::folderThatIsNotAnApp()
{
    auto panel = showPanel();
    const QString folder = m_dir.filePath(QStringLiteral("notanapp"));
    QVERIFY(writeFile(folder + QStringLiteral("/README.md"), "hello\n"));
    panel->setFolder(folder);
    click(panel.get(), "appCodeCompareButton");
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("appCodeErrorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY(panel->summaryText().contains(QStringLiteral("problems")));
    bool named = false;
    for (QLabel *label : banner->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("stitch.json is missing"));
    QVERIFY(named);
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("appCodePushButton"))->isEnabled());
}

void TestAppCodePanel::promoteToAnotherApp()
{
    const QString targetId = makeApp(QStringLiteral("staging"));
    QVERIFY(!targetId.isEmpty());
    auto panel = showPanel();
    auto *combo = panel->targetCombo();
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(targetId) >= 0, 30000);
    combo->setCurrentIndex(combo->findData(targetId));
    click(panel.get(), "appCodeCompareAppButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("demo-app → staging")),
                             30000);
    QVERIFY(panel->comparison().count(appcode::Change::Added) >= 8);
    QVERIFY(panel->reviewView()->fileModel()->rowCount() > 8);
    QSignalSpy navigated(panel.get(), &Panel::navigateRequested);
    click(panel.get(), "appCodePushButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pushed")), 30000);
    QVERIFY(navigated.isEmpty()); // the target is not the current app
    QVERIFY(!panel->callsText().contains(QStringLiteral("FAILED")));
    const appcode::Snapshot target = read(*m_fx.other, m_fx.groupId, targetId);
    QVERIFY(target.resources.contains(QStringLiteral("functions/summarizeOrders")));
    // Review on the target: it becomes the current app, and Deploy opens on its draft.
    const App demo = m_fx.session->currentApp();
    click(panel.get(), "appCodeReviewTargetButton");
    QCOMPARE(m_fx.session->currentApp().id, targetId);
    QCOMPARE(navigated.size(), 1);
    QCOMPARE(navigated.first().first().toString(), QStringLiteral("deploy"));
    m_fx.session->setCurrentApp(demo);
}

void TestAppCodePanel::watchPushesSavedFunctions()
{
    auto panel = showPanel();
    const QString folder = m_dir.filePath(QStringLiteral("watch"));
    panel->setFolder(folder);
    click(panel.get(), "appCodePullButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pulled")), 30000);
    QVERIFY(panel->canWatch()); // a loopback server
    panel->watchBox()->setChecked(true);
    QVERIFY(panel->watchText().startsWith(QStringLiteral("Watching")));
    QCOMPARE(panel->badge(), QStringLiteral("watch"));

    // Saved by another editor: the function reaches the app, without a draft.
    QVERIFY(writeFile(folder + QStringLiteral("/functions/greet/source.js"),
                      "exports = function(name) { return `Yo, ${name}`; };\n"));
    const QString greetId = m_fx.idOf(QStringLiteral("greet"));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.fetch(*m_fx.other, greetId).source.contains(QStringLiteral("Yo")),
                             30000);
    QTRY_VERIFY(panel->watchText().contains(QStringLiteral("pushed greet")));
    // A new function too.
    QVERIFY(writeFile(folder + QStringLiteral("/functions/fresh/config.json"),
                      "{\n    \"name\": \"fresh\",\n    \"private\": false\n}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/fresh/source.js"),
                      "exports = function() { return 'fresh'; };\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.idOf(QStringLiteral("fresh")).isEmpty(), 30000);

    panel->watchBox()->setChecked(false);
    QVERIFY(panel->watchText().isEmpty());
    QVERIFY(panel->badge().isEmpty());
    QVERIFY(!panel->watch()->isWatching());
}

void TestAppCodePanel::screenshotFolderComparison()
{
    if (qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    auto panel = showPanel();
    const QString folder = m_dir.filePath(QStringLiteral("shots"));
    panel->setFolder(folder);
    click(panel.get(), "appCodePullButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pulled")), 30000);
    QVERIFY(writeFile(folder + QStringLiteral("/functions/greet/source.js"),
                      "exports = function(name) {\n"
                      "  const greeting = context.values.get(\"greeting\") ?? \"Hi\";\n"
                      "  return `${greeting}, ${name ?? \"friend\"}!`;\n"
                      "};\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/values/maxItems.json"),
                      "{\n    \"name\": \"maxItems\",\n    \"private\": false,\n"
                      "    \"value\": 50\n}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/hosting/files/about.html"), "<h1>About</h1>\n"));
    click(panel.get(), "appCodeCompareButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("changed")), 30000);
    panel->reviewView()->selectPath(QStringLiteral("functions/greet/source.js"));
    QTRY_VERIFY(panel->reviewView()->diffView()->isDiffReady());
    click(panel.get(), "appCodeDryRunButton");
    savePanelShots(panel.get(), QStringLiteral("appcode-folder"));
}

void TestAppCodePanel::screenshotPromote()
{
    if (qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    const QString targetId = makeApp(QStringLiteral("production"));
    auto panel = showPanel();
    auto *combo = panel->targetCombo();
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(targetId) >= 0, 30000);
    combo->setCurrentIndex(combo->findData(targetId));
    click(panel.get(), "appCodeCompareAppButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QStringLiteral("→ production")), 30000);
    panel->reviewView()->selectPath(QStringLiteral("triggers/logUserLogins.json"));
    QTRY_VERIFY(panel->reviewView()->diffView()->isDiffReady());
    click(panel.get(), "appCodeDryRunButton");
    savePanelShots(panel.get(), QStringLiteral("appcode-promote"));
}

QTEST_MAIN(TestAppCodePanel)
#include "tst_appcodepanel.moc"
