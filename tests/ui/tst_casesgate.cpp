// The Deploy panel's gate of run cases, against the real local server: "Run All Cases" lists
// the failures in the review and Deploy warns about them; with the profile's "block deploys"
// on, Deploy runs the cases first and refuses while one fails, and goes on once all pass. The
// setting is kept with the profile (Local's included).
#include "deploytesthelpers.h"

#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/cases/runcasemodel.h>
#include <models/draftfilemodel.h>
#include <panels/deploypanel.h>
#include <session/profilestore.h>
#include <widgets/confirmdialog.h>
#include <widgets/statuslabel.h>

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

class TestCasesGate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void settingKeptWithProfile();
    void failuresWarn();
    void failuresBlockWhenTheProfileSaysSo();

private:
    std::unique_ptr<Session> signInBlocking();
    void buildDraft();
    QString questionOf(ConfirmDialog *dialog);
    RunCase sumCase(int expected);

    SignedInFixture m_fx;
    DraftDriver m_drafts { m_fx };
    QTemporaryDir m_casesDir;
    int m_serial = 0;
};

void TestCasesGate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_casesgate"));
    QSettings().clear();
    QVERIFY(m_casesDir.isValid());
    QVERIFY(m_fx.start());
    RunCaseModel *cases = RunCaseModel::of(m_fx.session.get());
    cases->setDirectory(m_casesDir.path());
    QTRY_VERIFY(cases->isLoaded());
}

void TestCasesGate::cleanup()
{
    const QWidgetList dialogs = QApplication::topLevelWidgets();
    for (QWidget *widget : dialogs) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
    }
    QVERIFY(m_drafts.discardAll());
    RunCaseModel *cases = RunCaseModel::of(m_fx.session.get());
    for (const RunCase &c : cases->cases())
        cases->removeCase(c.id);
    QTRY_VERIFY(!cases->isSaving());
}

std::unique_ptr<Session> TestCasesGate::signInBlocking()
{
    auto session = std::make_unique<Session>();
    QSignalSpy in(session.get(), &Session::signedIn);
    Profile profile;
    profile.id = QStringLiteral("blocking");
    profile.name = QStringLiteral("Blocking");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = QStringLiteral("functions-tester");
    profile.blockDeploysOnFailingCases = true;
    session->signIn(profile, m_fx.server->rootUrl(), QStringLiteral("functions-tester-secret"));
    if (!in.wait(30000) && in.isEmpty())
        return nullptr;
    session->setCurrentGroupId(m_fx.groupId);
    session->setCurrentApp(m_fx.app);
    return session;
}

void TestCasesGate::buildDraft()
{
    ++m_serial;
    QVERIFY(!m_drafts.startDraft().isEmpty());
    QVERIFY(
        m_drafts.createValue(QStringLiteral("gateValue%1").arg(m_serial), QJsonValue(m_serial)));
}

QString TestCasesGate::questionOf(ConfirmDialog *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

RunCase TestCasesGate::sumCase(int expected)
{
    RunCase c;
    c.function = QStringLiteral("sum");
    c.name = QStringLiteral("adds");
    c.arguments = { 2, 3 };
    c.expect = RunCase::Expect::Equals;
    c.expected = expected;
    return c;
}

void TestCasesGate::settingKeptWithProfile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    {
        ProfileStore store(&settings);
        Profile cloud;
        cloud.name = QStringLiteral("Cloud");
        cloud.baseUrl = QUrl(QStringLiteral("https://stitch.example.com"));
        cloud.username = QStringLiteral("key");
        cloud.blockDeploysOnFailingCases = true;
        store.save(cloud);
        Profile local = store.profiles().first();
        QVERIFY(local.builtInLocal);
        local.blockDeploysOnFailingCases = true;
        store.save(local);
    }
    ProfileStore again(&settings);
    QVERIFY(again.profileByName(QStringLiteral("Cloud")).blockDeploysOnFailingCases);
    QVERIFY(again.profiles().first().builtInLocal);
    QVERIFY(again.profiles().first().blockDeploysOnFailingCases);
}

void TestCasesGate::failuresWarn()
{
    buildDraft();
    RunCaseModel *cases = RunCaseModel::of(m_fx.session.get());
    cases->addCase(sumCase(6)); // 2 + 3 is not 6
    DeployPanel panel(m_fx.session.get());
    panel.resize(1100, 760);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(panel.fileModel()->rowCount() >= 1, 30000);
    QVERIFY(panel.casesLabel()->text().contains(QStringLiteral("not run yet")));
    QVERIFY(!panel.caseFailuresView()->isVisible());

    QSignalSpy finished(panel.caseRunner(), &CaseRunner::finished);
    QTest::mouseClick(panel.runCasesButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(panel.casesAreCurrent());
    QCOMPARE(panel.caseResults()->failureCount(), 1);
    QVERIFY(panel.caseFailuresView()->isVisible());
    QTRY_COMPARE(panel.caseFailuresView()->model()->rowCount(), 1); // the function
    QVERIFY2(panel.casesLabel()->text().contains(QStringLiteral("1 failed")),
             qPrintable(panel.casesLabel()->text()));
    const QString shots = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(panel.grab().save(shots + QStringLiteral("/deploy-cases-warning.png")));
    }

    // Deploy asks, with the warning in its question.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    auto *confirm = waitForTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    QVERIFY2(questionOf(confirm).contains(QStringLiteral("Warning: 1 run case(s) fail.")),
             qPrintable(questionOf(confirm)));
    confirm->reject();

    // A change to the cases makes the results stale: the question says they have not run.
    cases->updateCase([&] {
        RunCase c = cases->caseAt(0);
        c.expected = 5;
        return c;
    }());
    QVERIFY(!panel.casesAreCurrent());
    QVERIFY(!panel.caseFailuresView()->isVisible());
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    confirm = waitForTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    QVERIFY2(questionOf(confirm).contains(QStringLiteral("have not been run")),
             qPrintable(questionOf(confirm)));
    confirm->reject();
}

void TestCasesGate::failuresBlockWhenTheProfileSaysSo()
{
    buildDraft();
    std::unique_ptr<Session> blocking = signInBlocking();
    QVERIFY(blocking);
    QVERIFY(blocking->profile().blockDeploysOnFailingCases);
    RunCaseModel *cases = RunCaseModel::of(blocking.get());
    cases->setDirectory(m_casesDir.path());
    QTRY_VERIFY(cases->isLoaded());
    QCOMPARE(cases->rowCount(), 0);
    const QString id = cases->addCase(sumCase(6));
    DeployPanel panel(blocking.get());
    panel.resize(1100, 760);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(panel.fileModel()->rowCount() >= 1, 30000);
    QVERIFY(panel.casesLabel()->text().contains(QStringLiteral("refuses")));

    // Deploy runs the cases first, then refuses: no question is asked.
    auto *status = panel.findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"));
    QSignalSpy finished(panel.caseRunner(), &CaseRunner::finished);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    QVERIFY(panel.caseRunner()->isRunning());
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Deploy refused: 1 run case(s) fail")),
                 qPrintable(status->text()));
    QVERIFY(!findTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog")));
    QVERIFY(panel.caseFailuresView()->isVisible());
    const int deploymentsBefore = int(m_drafts.deployments().size());
    // Again, with the results current: refused at once.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    QVERIFY(!panel.caseRunner()->isRunning());
    QVERIFY(status->text().startsWith(QStringLiteral("Deploy refused")));
    QVERIFY(!findTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog")));
    QCOMPARE(int(m_drafts.deployments().size()), deploymentsBefore);

    // Fixed: Deploy runs them again, and asks once they pass.
    RunCase fixed = cases->caseById(id);
    fixed.expected = 5;
    QVERIFY(cases->updateCase(fixed));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    QVERIFY(panel.caseRunner()->isRunning());
    auto *confirm = waitForTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    QCOMPARE(panel.caseResults()->countOf(CaseVerdict::Status::Passed), 1);
    QVERIFY(!questionOf(confirm).contains(QStringLiteral("Warning")));
    confirm->reject();
    cases->removeCase(id);
    QTRY_VERIFY(!cases->isSaving());
}

QTEST_MAIN(TestCasesGate)
#include "tst_casesgate.moc"
