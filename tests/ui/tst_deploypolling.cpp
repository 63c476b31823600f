// Deployments that finish after the answer, as the real service's do: stitch-local with a deploy
// delay answers "pending" and applies the draft later. The Deploy panel shows the pending
// deployment, polls it with backoff until it is successful, shows a failed one's error, and
// when the server goes away mid-poll says so, keeps the draft and the note, and picks the
// deployment up again through Retry once the server is back.

#include "deploytesthelpers.h"
#include "panelshots.h"

#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <panels/deploypanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

class TestDeployPolling : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void serverAnswersPendingThenApplies();
    void pendingThenSuccessful();
    void pendingThenFailedShowsTheError();
    void serverDownMidPoll();

private:
    std::unique_ptr<DeployPanel> showPanel();
    //! A draft adding one value; the value's name.
    QString draftWithValue();
    void deployThroughPanel(DeployPanel *panel, const QString &note);
    static QString statusOf(DeployPanel *panel)
    {
        return panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"))->text();
    }

    SignedInFixture m_fx;
    DraftDriver m_drafts { m_fx };
    int m_serial = 0;
};

void TestDeployPolling::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestDeployPolling::cleanup()
{
    if (!m_fx.server)
        QVERIFY(m_fx.restartServer());
    m_fx.server->setDeployDelayMs(0);
    QVERIFY(m_drafts.discardAll());
}

std::unique_ptr<DeployPanel> TestDeployPolling::showPanel()
{
    auto panel = std::make_unique<DeployPanel>(m_fx.session.get());
    panel->setPollDelays(20, 200);
    panel->resize(1100, 700);
    panel->show();
    return panel;
}

QString TestDeployPolling::draftWithValue()
{
    if (m_drafts.startDraft().isEmpty())
        return {};
    const QString name = QStringLiteral("pollValue%1").arg(++m_serial);
    return m_drafts.createValue(name, QJsonValue(m_serial)) ? name : QString();
}

void TestDeployPolling::deployThroughPanel(DeployPanel *panel, const QString &note)
{
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 1);
    panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"))->setText(note);
    auto *deploy = panel->findChild<QPushButton *>(QStringLiteral("deployButton"));
    QTRY_VERIFY(deploy->isEnabled());
    QTest::mouseClick(deploy, Qt::LeftButton);
    auto *confirm = waitForTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    confirm->accept();
}

void TestDeployPolling::serverAnswersPendingThenApplies()
{
    // Through the API alone: the answer is "pending", the draft stays until the deployment is
    // applied, a second deployment of the same draft meanwhile is refused, then "successful".
    m_fx.server->setDeployDelayMs(60000);
    const QString name = draftWithValue();
    QVERIFY(!name.isEmpty());
    const QString draftId = m_drafts.drafts().value(0).id;
    auto *job = draftcalls::deploy(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, draftId);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(30000) && job->ok());
    const Deployment pending = job->result();
    QCOMPARE(pending.status, QStringLiteral("pending"));
    QVERIFY(pending.isInProgress());
    QCOMPARE(m_drafts.drafts().value(0).id, draftId);
    ApiError error;
    QVERIFY(!SignedInFixture::finish(
        draftcalls::deploy(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, draftId), &error));
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.errorCode, QStringLiteral("DeploymentInProgress"));

    // A restarted server finishes what was pending (here after 50 ms).
    m_fx.stopServer();
    QVERIFY(m_fx.restartServer([](stitchlocal::ServerOptions &o) { o.deployDelayMs = 50; }));
    QTRY_VERIFY_WITH_TIMEOUT(m_drafts.drafts().isEmpty(), 20000);
    auto *get = draftcalls::deployment(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                       pending.id);
    QSignalSpy got(get, &ApiJob::finished);
    QVERIFY(got.wait(30000) && get->ok());
    QCOMPARE(get->result().status, QStringLiteral("successful"));
    QVERIFY(get->result().statusErrorMessage.isEmpty());
}

void TestDeployPolling::pendingThenSuccessful()
{
    m_fx.server->setDeployDelayMs(3000);
    QVERIFY(!draftWithValue().isEmpty());
    const QString draftId = m_drafts.drafts().value(0).id;
    auto panel = showPanel();
    QTRY_COMPARE(panel->draftId(), draftId);
    deployThroughPanel(panel.get(), QStringLiteral("async deploy"));

    QTRY_VERIFY(statusOf(panel.get()).contains(QStringLiteral("is pending")));
    const QString id = panel->followedDeploymentId();
    QVERIFY(!id.isEmpty());
    // While it is pending nothing else is sent: Deploy, Discard and Start wait.
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))->isEnabled());

    // Polling ends it: the draft is applied and gone, the history has it with the note.
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel.get()).startsWith(QStringLiteral("Deployed")), 30000);
    QVERIFY(panel->followedDeploymentId().isEmpty());
    QVERIFY(m_drafts.drafts().isEmpty());
    const QList<Deployment> after = m_drafts.deployments();
    QCOMPARE(after.first().id, id);
    QCOMPARE(after.first().status, QStringLiteral("successful"));
    QTRY_VERIFY(panel->historyModel()->rowOf(id) >= 0);
    panel->openItem(id);
    const QString details
        = panel->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Status: successful")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Note: async deploy")));
}

void TestDeployPolling::pendingThenFailedShowsTheError()
{
    m_fx.server->setDeployDelayMs(1500);
    const QString name = draftWithValue();
    QVERIFY(!name.isEmpty());
    const QString contested = m_drafts.contestValueName(name);
    QVERIFY2(contested.isEmpty(), qPrintable(contested));
    const QString draftId = m_drafts.drafts().value(0).id;
    auto panel = showPanel();
    QTRY_COMPARE(panel->draftId(), draftId);
    deployThroughPanel(panel.get(), QStringLiteral("will fail later"));
    QTRY_VERIFY(!panel->followedDeploymentId().isEmpty());
    const QString id = panel->followedDeploymentId();

    QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel.get()).startsWith(QStringLiteral("Deployment failed")),
                             30000);
    QVERIFY2(statusOf(panel.get()).contains(QStringLiteral("already taken")),
             qPrintable(statusOf(panel.get())));
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("deployErrorBanner"));
    QVERIFY(banner->isVisible());
    // Nothing lost: the draft, its files and the note stay; Deploy is offered again.
    QCOMPARE(m_drafts.drafts().value(0).id, draftId);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"))->text(),
             QStringLiteral("will fail later"));
    QTRY_VERIFY(panel->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    const QList<Deployment> after = m_drafts.deployments();
    QCOMPARE(after.first().id, id);
    QCOMPARE(after.first().status, QStringLiteral("failed"));
    QVERIFY(after.first().statusErrorMessage.contains(QStringLiteral("already taken")));
    QTRY_VERIFY(panel->historyModel()->rowOf(id) >= 0);
}

void TestDeployPolling::serverDownMidPoll()
{
    // Long enough that the first server never finishes it.
    m_fx.server->setDeployDelayMs(600000);
    QVERIFY(!draftWithValue().isEmpty());
    const QString draftId = m_drafts.drafts().value(0).id;
    auto panel = showPanel();
    QTRY_COMPARE(panel->draftId(), draftId);
    deployThroughPanel(panel.get(), QStringLiteral("survives an outage"));
    QTRY_VERIFY(statusOf(panel.get()).contains(QStringLiteral("is pending")));
    const QString id = panel->followedDeploymentId();
    QVERIFY(!id.isEmpty());
    savePanelShotsIfAsked(panel.get(), QStringLiteral("deploy-pending"));

    m_fx.stopServer();
    // Each failed poll says so and tries again; after a few in a row it stops and says how to
    // go on, keeping what it follows.
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel.get()).startsWith(QStringLiteral("Lost track")),
                             30000);
    QVERIFY(statusOf(panel.get()).contains(id));
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("deployErrorBanner"));
    QVERIFY(banner->isVisible());
    auto *retry = banner->findChild<QPushButton *>(QStringLiteral("errorRetryButton"));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(panel->followedDeploymentId(), id);
    QCOMPARE(panel->draftId(), draftId);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"))->text(),
             QStringLiteral("survives an outage"));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    savePanelShotsIfAsked(panel.get(), QStringLiteral("deploy-lost-track"));

    // The server comes back and finishes the deployment it had pending; Retry follows it again.
    QVERIFY(m_fx.restartServer([](stitchlocal::ServerOptions &o) { o.deployDelayMs = 200; }));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel.get()).startsWith(QStringLiteral("Deployed")), 30000);
    QVERIFY2(statusOf(panel.get()).contains(id), qPrintable(statusOf(panel.get())));
    QVERIFY(m_drafts.drafts().isEmpty());
    QCOMPARE(m_drafts.deployments().first().status, QStringLiteral("successful"));
    QTRY_VERIFY(panel->historyModel()->rowOf(id) >= 0);
    panel->openItem(id);
    QVERIFY(panel->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))
                ->toPlainText()
                .contains(QStringLiteral("Note: survives an outage")));
}

QTEST_MAIN(TestDeployPolling)
#include "tst_deploypolling.moc"
