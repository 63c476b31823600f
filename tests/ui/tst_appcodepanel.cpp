// The App as code panel against a real LocalServer: pull into a folder, compare it (review view),
// dry run, push as a draft then the Deploy panel, a folder that is not an app, promote to another
// app of the group, promote to an app of another (production) profile on a second server through
// the panel's second sign-in, a folder with a name clash; screenshots of a folder comparison and
// of promotes (STITCH_SHOTS_DIR).

#include "appcodetesthelpers.h"
#include "panelshots.h"

#include <api/draftcalls.h>
#include <models/draftfilemodel.h>
#include <panels/appcodepanel.h>
#include <panels/appcodewatch.h>
#include <panels/deploypanel.h>
#include <panels/promotetarget.h>
#include <session/profilestore.h>
#include <widgets/confirmdialog.h>
#include <widgets/statuslabel.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/reviewview.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
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
    void promoteToAnotherProfile();
    void nameClashSendsNothing();
    void watchPushesSavedFunctions();
    void screenshotFolderComparison();
    void screenshotPromote();

private:
    std::unique_ptr<AppCodePanel> showPanel();
    static void click(QWidget *panel, const char *name)
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
    // Profiles and settings of this test only, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
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

namespace {

//! The text of every label of a widget, for what a user reads there.
QString labelsOf(QWidget *widget)
{
    QStringList texts;
    for (QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

int deploymentsOf(Session &session, const QString &groupId, const QString &appId)
{
    auto *job = draftcalls::deployments(*session.client(), groupId, appId);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return -1;
    return int(job->result().size());
}

//! The review window with the confirmation over it, as the user sees them, light and dark.
void saveConfirmShots(QWidget *window, QWidget *confirm, const QString &name)
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        QTRY_COMPARE(confirm->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        QCoreApplication::processEvents();
        QPixmap shot = window->grab();
        const QPixmap over = confirm->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 3,
                           over);
        painter.end();
        QVERIFY(shot.save(dir + u'/' + name + (dark ? QStringLiteral("-dark.png")
                                                    : QStringLiteral("-light.png"))));
    }
    theme::apply(false);
}

} // namespace

void TestAppCodePanel::promoteToAnotherProfile()
{
    // A second server, and a profile tagged production that points at it.
    SignedInFixture production;
    QVERIFY(production.start());
    const QString targetId
        = appcodetest::makeApp(*production.session, production.groupId, QStringLiteral("shop"));
    QVERIFY(!targetId.isEmpty());
    Profile profile;
    profile.name = QStringLiteral("Acme");
    profile.baseUrl = production.server->rootUrl();
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = QStringLiteral("functions-tester");
    profile.defaultGroupId = production.groupId;
    profile.tag = Profile::Tag::Production;
    profile = ProfileStore().save(profile);

    auto panel = showPanel();
    panel->setFolder(m_dir.filePath(QStringLiteral("promote-profile")));
    QComboBox *profiles = panel->profileCombo();
    const int index = profiles->findData(profile.id);
    QVERIFY(index > 0);
    QCOMPARE(profiles->itemText(index), QStringLiteral("Acme — Production"));
    QCOMPARE(profiles->itemText(0), QStringLiteral("Test (this window)"));

    // No secret in the keychain: a prompt (opened, not exec'd). A wrong secret is refused.
    profiles->setCurrentIndex(index);
    TargetSignInDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = panel->findChild<TargetSignInDialog *>()), 30000);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->findChild<QLineEdit *>(QStringLiteral("promoteSecretEdit"))->echoMode(),
             QLineEdit::Password);
    savePanelShotsIfAsked(prompt, QStringLiteral("appcode-promote-signin"));
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("promoteSecretEdit")),
                     QStringLiteral("wrong-secret"));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Could not sign in")),
                             30000);
    QVERIFY(!panel->promoteTarget()->isSignedIn());
    QCOMPARE(panel->targetCombo()->count(), 0);

    // Chosen again, the right secret: that profile's apps, the window still signed in here.
    profiles->setCurrentIndex(0);
    profiles->setCurrentIndex(index);
    QTRY_VERIFY_WITH_TIMEOUT((prompt = panel->findChild<TargetSignInDialog *>()), 30000);
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("promoteSecretEdit")),
                     production.serverOptions.admins.first().secret);
    prompt->accept();
    QComboBox *targets = panel->targetCombo();
    QTRY_VERIFY_WITH_TIMEOUT(targets->findData(targetId) >= 0, 30000);
    QVERIFY(panel->summaryText().startsWith(QStringLiteral("Signed in to Acme")));
    QCOMPARE(m_fx.session->client()->baseUrl(), m_fx.server->rootUrl());
    QCOMPARE(m_fx.session->currentApp().id, m_fx.app.id);
    Session *second = panel->promoteTarget()->session();
    QVERIFY(second && second != m_fx.session.get());
    QCOMPARE(second->client()->baseUrl(), production.server->rootUrl());
    QVERIFY(second->client()->baseUrl() != m_fx.session->client()->baseUrl());

    targets->setCurrentIndex(targets->findData(targetId));
    click(panel.get(), "appCodeCompareAppButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->summaryText().startsWith(QStringLiteral("demo-app → Acme / shop")), 30000);
    QVERIFY(panel->summaryText().contains(QStringLiteral("production profile")));
    QVERIFY(panel->comparison().count(appcode::Change::Added) >= 8);
    panel->reviewView()->selectPath(QStringLiteral("functions/summarizeOrders/source.js"));
    QTRY_VERIFY(panel->reviewView()->diffView()->isDiffReady());
    click(panel.get(), "appCodeDryRunButton");
    QVERIFY(panel->callsText().contains(QStringLiteral("nothing sent")));
    savePanelShotsIfAsked(panel.get(), QStringLiteral("appcode-promote-profile"));

    QSignalSpy navigated(panel.get(), &Panel::navigateRequested);
    click(panel.get(), "appCodePushButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pushed")), 30000);
    QVERIFY(!panel->callsText().contains(QStringLiteral("FAILED")));
    // The draft is on the target's server; the window's app has none.
    auto *drafts = draftcalls::list(*production.other->client(), production.groupId, targetId);
    QSignalSpy listed(drafts, &ApiJob::finished);
    QVERIFY(listed.wait(30000));
    QCOMPARE(drafts->result().size(), 1);
    const QString draftId = drafts->result().first().id;
    auto *mine = draftcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listedMine(mine, &ApiJob::finished);
    QVERIFY(listedMine.wait(30000));
    QVERIFY(mine->result().isEmpty());

    // Review on Target: the target's draft, in a Deploy panel on the second sign-in.
    click(panel.get(), "appCodeReviewTargetButton");
    QVERIFY(navigated.isEmpty());
    QCOMPARE(m_fx.session->currentApp().id, m_fx.app.id);
    QDialog *review = panel->targetReview();
    QVERIFY(review);
    QTRY_VERIFY(review->isVisible());
    auto *deploy = review->findChild<DeployPanel *>();
    QVERIFY(deploy && deploy->session() == second);
    QTRY_VERIFY_WITH_TIMEOUT(deploy->fileModel()->rowCount() >= 8, 30000);
    QCOMPARE(deploy->draftId(), draftId);
    QVERIFY(review->findChild<StatusLabel *>(QStringLiteral("appCodeTargetReviewHeader"))
                ->text()
                .contains(QStringLiteral("production profile")));

    // Deploy: the production target's name must be typed (the window's profile is not
    // production); OK stays off until it is.
    click(deploy, "deployButton");
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = deploy->findChild<ConfirmDialog *>(
                     QStringLiteral("deployConfirmDialog"))));
    QCOMPARE(confirm->requiredText(), QStringLiteral("shop"));
    QVERIFY(!confirm->isOkEnabled());
    auto *typed = confirm->findChild<QLineEdit *>();
    QVERIFY(typed);
    QTest::keyClicks(typed, QStringLiteral("demo-app"));
    QVERIFY(!confirm->isOkEnabled());
    QPushButton *ok = confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(confirm->isVisible()); // refused: nothing deployed
    QCOMPARE(deploymentsOf(*production.other, production.groupId, targetId), 0);
    typed->clear();
    QTest::keyClicks(typed, QStringLiteral("sho"));
    QVERIFY(!confirm->isOkEnabled());
    saveConfirmShots(review, confirm, QStringLiteral("appcode-promote-production-confirm"));
    QTest::keyClicks(typed, QStringLiteral("p"));
    QVERIFY(confirm->isOkEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *status = deploy->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Deployed")), 30000);
    QCOMPARE(deploymentsOf(*production.other, production.groupId, targetId), 1);

    // The target holds the change; the window's app is as it was.
    const appcode::Snapshot after = read(*production.other, production.groupId, targetId);
    QVERIFY(after.resources.contains(QStringLiteral("functions/summarizeOrders")));
    QVERIFY(after.resources.contains(QStringLiteral("triggers/logUserLogins")));
    QCOMPARE(m_fx.session->currentApp().id, m_fx.app.id);

    // Back to this window's group: the review closes and the second sign-in goes, signed out.
    const QPointer<Session> gone = second;
    profiles->setCurrentIndex(0);
    QVERIFY(!panel->targetReview());
    QVERIFY(!panel->promoteTarget()->session());
    QTRY_VERIFY(targets->findData(targetId) < 0);
    QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 30000);

    // Closing the panel releases a second sign-in too.
    profiles->setCurrentIndex(index);
    QTRY_VERIFY_WITH_TIMEOUT((prompt = panel->findChild<TargetSignInDialog *>()), 30000);
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("promoteSecretEdit")),
                     production.serverOptions.admins.first().secret);
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(panel->promoteTarget()->isSignedIn(), 30000);
    const QPointer<Session> closing = panel->promoteTarget()->session();
    panel.reset();
    QTRY_VERIFY_WITH_TIMEOUT(closing.isNull(), 30000);
    ProfileStore().remove(profile.id);
}

void TestAppCodePanel::nameClashSendsNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("clash"));
    auto panel = showPanel();
    panel->setFolder(folder);
    click(panel.get(), "appCodePullButton");
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().startsWith(QStringLiteral("Pulled")), 30000);
    // A copy of a function's folder, its name left as it was; and a changed function beside it.
    QVERIFY(writeFile(folder + QStringLiteral("/functions/sum-copy/config.json"),
                      "{\n    \"name\": \"sum\",\n    \"private\": false\n}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/sum-copy/source.js"),
                      "exports = () => 0;\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/greet/source.js"),
                      "exports = () => 'changed';\n"));
    int draftsBefore = -1;
    {
        auto *drafts = draftcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
        QSignalSpy listed(drafts, &ApiJob::finished);
        QVERIFY(listed.wait(30000));
        draftsBefore = int(drafts->result().size());
    }
    click(panel.get(), "appCodeCompareButton");
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("appCodeErrorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY(panel->summaryText().contains(QStringLiteral("problems")));
    const QString said = labelsOf(banner);
    QVERIFY2(said.contains(QStringLiteral("Name clash: functions/sum/config.json and "
                                          "functions/sum-copy/config.json both name the function "
                                          "“sum”")),
             qPrintable(said));
    // Nothing can be sent, and nothing was.
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("appCodePushButton"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("appCodeDryRunButton"))->isEnabled());
    panel->push();
    QVERIFY(panel->callsText().isEmpty());
    QVERIFY(!m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("greet")))
                 .source.contains(QStringLiteral("changed")));
    auto *drafts = draftcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listed(drafts, &ApiJob::finished);
    QVERIFY(listed.wait(30000));
    QCOMPARE(int(drafts->result().size()), draftsBefore);
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
