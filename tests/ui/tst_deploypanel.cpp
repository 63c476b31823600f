// The Deploy panel against the in-process stitch-local: a draft built through the API (a
// function, a value and a hosting file), reviewed in both layouts, deployed, discarded; the 409
// of a second draft, a deployment that fails on the server, a draft discarded elsewhere, an
// empty draft; and a review and deploy done through the UI alone.

#include "deploytesthelpers.h"

#include <api/draftcalls.h>
#include <api/valuecalls.h>
#include <app/theme.h>
#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <models/draftstate.h>
#include <models/sharedmodels.h>
#include <panels/deploypanel.h>
#include <panels/draftindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/editorstyle.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

class TestDeployPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void reviewAndDeploy();
    void discard();
    void secondDraftOffersContinueOrRestart();
    void failedDeployKeepsTheDraft();
    void emptyDraftIsNotDeployed();
    void draftDiscardedElsewhere();
    void indicatorAndBannerFollowTheDraft();
    void reviewAndDeployThroughTheUi();
    void screenshots();
    void sessionExpiryWhileReviewing(); // last: the session stays ended

private:
    QString startDraft() { return m_drafts.startDraft(); }
    QList<Draft> drafts() { return m_drafts.drafts(); }
    QList<Deployment> deployments() { return m_drafts.deployments(); }
    void changeFunction(const QString &name, const QString &source);
    void createValue(const QString &name, const QJsonValue &value)
    {
        QVERIFY(m_drafts.createValue(name, value));
    }
    void uploadHosting(const QString &path, const QByteArray &bytes);
    void buildDraft();
    std::unique_ptr<DeployPanel> showPanel();
    template<typename T> T *waitForChild(const QString &name)
    {
        return waitForTopLevel<T>(name);
    }
    static QPushButton *buttonNamed(QWidget *in, const QString &text)
    {
        for (QPushButton *button : in->findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == text)
                return button;
        }
        return nullptr;
    }

    SignedInFixture m_fx;
    DraftDriver m_drafts { m_fx };
    int m_serial = 0;
};

void TestDeployPanel::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestDeployPanel::cleanup()
{
    // Each test starts without a draft.
    QVERIFY(m_drafts.discardAll());
}

void TestDeployPanel::changeFunction(const QString &name, const QString &source)
{
    StitchFunction function = m_fx.fetch(*m_fx.other, m_fx.idOf(name));
    QVERIFY(!function.id.isEmpty());
    function.source = source;
    QVERIFY(SignedInFixture::finish(
        functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, function)));
}

void TestDeployPanel::uploadHosting(const QString &path, const QByteArray &bytes)
{
    ApiClient &client = *m_fx.other->client();
    const QByteArray boundary = "deploy-test-boundary";
    const QJsonObject meta {
        { QStringLiteral("appId"), m_fx.app.id },
        { QStringLiteral("path"), path },
        { QStringLiteral("hash"),
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()) },
        { QStringLiteral("size"), bytes.size() },
        { QStringLiteral("attrs"), QJsonArray() }
    };
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n";
    body += QJsonDocument(meta).toJson(QJsonDocument::Compact) + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n";
    body += bytes + "\r\n--" + boundary + "--\r\n";
    auto *job = client.send(
        new RawJob(QStringLiteral("PUT"),
                   client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                                   m_fx.app.id, QStringLiteral("hosting"), QStringLiteral("assets"),
                                   QStringLiteral("asset") })),
        body, ApiClient::Auth::Access, "multipart/mixed; boundary=" + boundary);
    ApiError error;
    QVERIFY2(SignedInFixture::finish(job, &error), qPrintable(error.summary()));
}

void TestDeployPanel::buildDraft()
{
    ++m_serial;
    QVERIFY(!startDraft().isEmpty());
    changeFunction(
        QStringLiteral("sum"),
        QStringLiteral("exports = function(a, b) {\n  // draft %1\n  return a + b + 0;\n};\n")
            .arg(m_serial));
    createValue(QStringLiteral("draftValue%1").arg(m_serial),
                QJsonObject { { QStringLiteral("limit"), 7 } });
    uploadHosting(QStringLiteral("/draft%1.html").arg(m_serial), "<h1>draft</h1>");
}

std::unique_ptr<DeployPanel> TestDeployPanel::showPanel()
{
    auto panel = std::make_unique<DeployPanel>(m_fx.session.get());
    panel->resize(1100, 700);
    panel->show();
    return panel;
}

void TestDeployPanel::reviewAndDeploy()
{
    buildDraft();
    const QString draftId = drafts().value(0).id;
    QVERIFY(!draftId.isEmpty());
    const int deploymentsBefore = int(deployments().size());

    auto panel = showPanel();
    QAbstractItemModelTester fileTester(panel->fileModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(panel->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(panel->draftId(), draftId);
    DraftFileModel *files = panel->fileModel();
    // The function's source, the value's config and the hosting file, at least.
    QTRY_VERIFY(files->rowCount() >= 3);
    int sourceRow = -1, valueRow = -1, hostingRow = -1;
    for (int row = 0; row < files->rowCount(); ++row) {
        const DraftFileModel::File file = files->fileAt(row);
        if (file.path.contains(QLatin1String("sum")) && file.path.endsWith(QLatin1String(".js")))
            sourceRow = row;
        if (file.path.contains(QStringLiteral("draftValue%1").arg(m_serial)))
            valueRow = row;
        if (file.hosting && file.path.endsWith(QStringLiteral("draft%1.html").arg(m_serial)))
            hostingRow = row;
    }
    QVERIFY2(sourceRow >= 0 && valueRow >= 0 && hostingRow >= 0, qPrintable([&] {
                 QStringList paths;
                 for (const auto &f : files->files())
                     paths << f.path;
                 return paths.join(u',');
             }()));
    QCOMPARE(files->fileAt(sourceRow).change, DraftFileModel::Change::Modified);
    QCOMPARE(files->fileAt(sourceRow).added, 2);
    QCOMPARE(files->fileAt(sourceRow).removed, 1);
    QCOMPARE(files->fileAt(valueRow).change, DraftFileModel::Change::Added);
    QCOMPARE(files->fileAt(hostingRow).change, DraftFileModel::Change::Added);

    // The filter narrows the list; next/previous file move through what shows.
    auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("draftFileFilter"));
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("draftFileList"));
    QTest::keyClicks(filter, QStringLiteral("sum"));
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < files->rowCount());
    filter->clear();
    QCOMPARE(list->model()->rowCount(), files->rowCount());
    list->setCurrentIndex(list->model()->index(0, 0));
    panel->nextFile();
    QCOMPARE(list->currentIndex().row(), 1);
    panel->previousFile();
    QCOMPARE(list->currentIndex().row(), 0);

    // The source's diff in both layouts.
    panel->openItem(files->fileAt(sourceRow).path);
    DiffView *view = panel->diffView();
    QTRY_VERIFY(view->isDiffReady() && view->unifiedEditor()->text().contains(u"// draft"));
    QsciScintilla *unified = view->unifiedEditor();
    QCOMPARE(view->markedLineCount(unified, EditorStyle::AddedMarker), 2);
    QCOMPARE(view->markedLineCount(unified, EditorStyle::RemovedMarker), 1);
    QVERIFY(unified->text().contains(u"return a + b;"));
    QVERIFY(unified->text().contains(u"return a + b + 0;"));
    QVERIFY(view->changedWordCount(unified) >= 1); // "+ 0" inside the changed line
    QCOMPARE(view->changeCount(), 1);
    view->nextChange();
    QVERIFY(view->currentChangeLine() >= 0);
    auto *layout = panel->findChild<QComboBox *>(QStringLiteral("diffLayoutCombo"));
    layout->setCurrentIndex(layout->findData(int(DiffView::Layout::SideBySide)));
    QCOMPARE(view->layout(), DiffView::Layout::SideBySide);
    QTRY_VERIFY(view->rightEditor()->text().contains(u"return a + b + 0;"));
    QVERIFY(view->leftEditor()->text().contains(u"return a + b;"));
    QVERIFY(!view->leftEditor()->text().contains(u"// draft"));
    QCOMPARE(view->markedLineCount(view->leftEditor(), EditorStyle::ChangedMarker), 1);
    QCOMPARE(view->markedLineCount(view->rightEditor(), EditorStyle::ChangedMarker), 1);
    QCOMPARE(view->markedLineCount(view->rightEditor(), EditorStyle::AddedMarker), 1);
    QCOMPARE(view->leftEditor()->lines(), view->rightEditor()->lines());
    layout->setCurrentIndex(layout->findData(int(DiffView::Layout::Unified)));

    // Deploy, with a note; the confirmation gives the counts.
    panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"))
        ->setText(QStringLiteral("first deploy"));
    QSignalSpy appData(m_fx.session.get(), &Session::appDataChanged);
    panel->deployDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    const QString question = confirm->findChild<QLabel *>() ? [&] {
        QStringList texts;
        for (QLabel *label : confirm->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }()
                                                            : QString();
    QVERIFY2(question.contains(QStringLiteral("changes %1 file").arg(files->rowCount())),
             qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("1 hosting file")));
    QVERIFY(question.contains(QStringLiteral("first deploy")));
    confirm->accept();
    QTRY_VERIFY(panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Deployed")));
    QVERIFY(appData.count() >= 1);
    QVERIFY(drafts().isEmpty());
    const QList<Deployment> after = deployments();
    QCOMPARE(int(after.size()), deploymentsBefore + 1);
    QCOMPARE(after.first().status, QStringLiteral("successful"));
    QCOMPARE(after.first().draftId, draftId);
    // The function is live.
    QVERIFY(m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("sum"))).source.contains(u"+ 0"));

    // The panel: no draft, the deployment in the history with its details.
    QTRY_VERIFY(panel->draftId().isEmpty());
    QTRY_COMPARE(panel->historyModel()->rowCount(), int(after.size()));
    const int row = panel->historyModel()->rowOf(after.first().id);
    QVERIFY(row >= 0);
    panel->openItem(after.first().id);
    auto *details = panel->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"));
    QVERIFY(details->toPlainText().contains(after.first().id));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Status: successful")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Note: first deploy")));
    auto *historyFilter = panel->findChild<QLineEdit *>(QStringLiteral("historyFilter"));
    historyFilter->setText(QStringLiteral("DRAFT"));
    QVERIFY(panel->findChild<QTreeView *>(QStringLiteral("historyList"))->model()->rowCount() >= 1);
    historyFilter->setText(QStringLiteral("no deployment reads like this"));
    QCOMPARE(panel->findChild<QTreeView *>(QStringLiteral("historyList"))->model()->rowCount(), 0);
}

void TestDeployPanel::discard()
{
    buildDraft();
    auto panel = showPanel();
    QTRY_VERIFY(!panel->draftId().isEmpty());
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 3);
    const int deploymentsBefore = int(deployments().size());
    panel->discardDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("discardDraftDialog"));
    QVERIFY(confirm);
    confirm->accept();
    QTRY_VERIFY(panel->draftId().isEmpty());
    QTRY_COMPARE(panel->fileModel()->rowCount(), 0);
    QVERIFY(drafts().isEmpty());
    QCOMPARE(int(deployments().size()), deploymentsBefore);
    // Nothing of the draft went live.
    QCOMPARE(m_fx.idOf(QStringLiteral("draftValue%1").arg(m_serial)), QString());
}

void TestDeployPanel::secondDraftOffersContinueOrRestart()
{
    auto panel = showPanel();
    auto *start = panel->findChild<QPushButton *>(QStringLiteral("startDraftButton"));
    auto *label = panel->findChild<StatusLabel *>(QStringLiteral("deployDraftLabel"));
    QTRY_VERIFY2(start->isEnabled(), qPrintable(label->text())); // loaded: no draft
    // Behind the panel's back, another client starts a draft.
    const QString first = startDraft();
    QVERIFY(!first.isEmpty());
    QTest::mouseClick(start, Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(QStringLiteral("draftExistsBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("continueDraftButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(panel->draftId(), first);

    // Again, and this time discard and start over: a new draft replaces it.
    panel->startDraft();
    box = waitForChild<QMessageBox>(QStringLiteral("draftExistsBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restartDraftButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!panel->draftId().isEmpty() && panel->draftId() != first);
    const QList<Draft> now = drafts();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().id, panel->draftId());
}

void TestDeployPanel::failedDeployKeepsTheDraft()
{
    // See DraftDriver::contestValueName.
    QVERIFY(!startDraft().isEmpty());
    const QString name = QStringLiteral("contested%1").arg(++m_serial);
    createValue(name, QJsonValue(1));
    const QString contested = m_drafts.contestValueName(name);
    QVERIFY2(contested.isEmpty(), qPrintable(contested));

    auto panel = showPanel();
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 1);
    const QString draftId = panel->draftId();
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"));
    note->setText(QStringLiteral("will fail"));
    panel->deployDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    confirm->accept();
    auto *status = panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Deployment failed")));
    QVERIFY2(status->text().contains(QStringLiteral("already taken")), qPrintable(status->text()));
    QVERIFY(panel->findChild<ErrorBanner *>(QStringLiteral("deployErrorBanner"))->isVisible());
    // Nothing is lost: the draft, its files and the note stay.
    QCOMPARE(drafts().value(0).id, draftId);
    QCOMPARE(note->text(), QStringLiteral("will fail"));
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 1);
    const QList<Deployment> after = deployments();
    QCOMPARE(after.first().status, QStringLiteral("failed"));
    QTRY_VERIFY(panel->historyModel()->rowOf(after.first().id) >= 0);
}

void TestDeployPanel::emptyDraftIsNotDeployed()
{
    QVERIFY(!startDraft().isEmpty());
    const int before = int(deployments().size());
    auto panel = showPanel();
    auto *label = panel->findChild<StatusLabel *>(QStringLiteral("deployDraftLabel"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("nothing to deploy")));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    panel->deployDraft(); // the palette's action, say
    QVERIFY(findTopLevel<ConfirmDialog>(QStringLiteral("deployConfirmDialog")) == nullptr);
    QVERIFY(panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"))
                ->text()
                .contains(QStringLiteral("nothing to deploy")));
    QCOMPARE(int(deployments().size()), before);
}

void TestDeployPanel::draftDiscardedElsewhere()
{
    buildDraft();
    auto panel = showPanel();
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 3);
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"));
    note->setText(QStringLiteral("typed before it vanished"));
    // Another client discards it; the panel still shows it and tries to deploy.
    QVERIFY(SignedInFixture::finish(
        draftcalls::discard(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, panel->draftId())));
    const int before = int(deployments().size());
    panel->deployDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    confirm->accept();
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("deployErrorBanner"));
    QTRY_VERIFY(banner->text().contains(QStringLiteral("no longer exists")));
    QCOMPARE(note->text(), QStringLiteral("typed before it vanished"));
    QTRY_VERIFY(panel->draftId().isEmpty());
    QCOMPARE(int(deployments().size()), before);
}

void TestDeployPanel::indicatorAndBannerFollowTheDraft()
{
    bool reviewed = false;
    DraftIndicator indicator(m_fx.session.get(), [&reviewed] { reviewed = true; });
    DraftBanner banner(m_fx.session.get());
    indicator.show();
    DraftState *state = SharedModels::of(m_fx.session.get())->draft();
    state->reload();
    QTRY_COMPARE(indicator.text(), QStringLiteral("No draft"));
    QVERIFY(banner.isHidden());
    buildDraft();
    // An edit elsewhere in the console says so through the session; the state reloads.
    m_fx.session->notifyAppDataChanged();
    QTRY_VERIFY(state->hasDraft() && state->changeCount() >= 3);
    QVERIFY(
        indicator.text().startsWith(QStringLiteral("Draft: %1 change").arg(state->changeCount())));
    QTRY_VERIFY(!banner.isHidden());
    QVERIFY(banner.text().contains(QStringLiteral("go into the draft")));
    QTest::mouseClick(indicator.findChild<QPushButton *>(QStringLiteral("reviewDeployButton")),
                      Qt::LeftButton);
    QVERIFY(reviewed);
    cleanup();
    m_fx.session->notifyAppDataChanged();
    QTRY_COMPARE(indicator.text(), QStringLiteral("No draft"));
    QTRY_VERIFY(banner.isHidden());
}

void TestDeployPanel::reviewAndDeployThroughTheUi()
{
    buildDraft();
    auto panel = showPanel();
    panel->activateWindow();
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("draftFileList"));
    QTRY_VERIFY(list->model()->rowCount() >= 3);
    // Pick the function's source with the filter and the keyboard.
    auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("draftFileFilter"));
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("source.js"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    DiffView *view = panel->diffView();
    QTRY_VERIFY(view->isDiffReady() && view->unifiedEditor()->text().contains(u"+ 0;"));
    // F7 in the diff goes to the change.
    view->unifiedEditor()->setFocus();
    QTest::keyClick(view->unifiedEditor(), Qt::Key_F7);
    QVERIFY(view->currentChangeLine() >= 0);
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"));
    QTest::mouseClick(note, Qt::LeftButton);
    QTest::keyClicks(note, QStringLiteral("through the UI"));
    auto *deploy = panel->findChild<QPushButton *>(QStringLiteral("deployButton"));
    QTRY_VERIFY2(
        deploy->isEnabled(),
        qPrintable(panel->findChild<StatusLabel *>(QStringLiteral("deployDraftLabel"))->text()));
    QTest::mouseClick(deploy, Qt::LeftButton);
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    QPushButton *ok = buttonNamed(confirm, QStringLiteral("Deploy"));
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *status = panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Deployed")));
    QTRY_VERIFY(panel->findChild<StatusLabel *>(QStringLiteral("deployDraftLabel"))
                    ->text()
                    .startsWith(QStringLiteral("No draft")));
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("deployTabs"));
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    tabs->setCurrentIndex(1);
    auto *history = panel->findChild<QTreeView *>(QStringLiteral("historyList"));
    QTRY_VERIFY(history->model()->rowCount() >= 1);
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                      history->visualRect(history->model()->index(0, 0)).center());
    QTRY_VERIFY(panel->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("Note: through the UI")));
    QVERIFY(drafts().isEmpty());
}

void TestDeployPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    // A longer function, deployed directly (no draft), then changed at both ends in the draft:
    // two hunks with a fold between.
    QString longSource
        = QStringLiteral("exports = async function(orders) {\n"
                         "  const limit = context.values.get(\"maxItems\") ?? 25;\n");
    for (int i = 0; i < 14; ++i)
        longSource += QStringLiteral(
                          "  const step%1 = await context.functions.execute(\"sum\", %1, limit);\n")
                          .arg(i);
    longSource += QStringLiteral("  return { count: orders.length, total: step13 };\n};\n");
    changeFunction(QStringLiteral("summarizeOrders"), longSource);
    buildDraft();
    QString changed = longSource;
    changed.replace(QStringLiteral("?? 25;"), QStringLiteral("?? 50; // larger pages"));
    changed.replace(QStringLiteral("total: step13 }"), QStringLiteral("total: step13, limit }"));
    changeFunction(QStringLiteral("summarizeOrders"), changed);
    {
        DraftIndicator indicator(m_fx.session.get(), [] {});
        indicator.show();
        m_fx.session->notifyAppDataChanged();
        QTRY_VERIFY(indicator.text().startsWith(QStringLiteral("Draft: 4")));
        QVERIFY(indicator.grab().save(dir + QStringLiteral("/indicator-light.png")));
    }
    auto panel = showPanel();
    panel->resize(1200, 720);
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 4);
    int sourceRow = -1;
    for (int row = 0; row < panel->fileModel()->rowCount(); ++row) {
        if (panel->fileModel()->fileAt(row).path.endsWith(
                QLatin1String("summarizeOrders/source.js")))
            sourceRow = row;
    }
    QVERIFY(sourceRow >= 0);
    auto *layout = panel->findChild<QComboBox *>(QStringLiteral("diffLayoutCombo"));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QTRY_COMPARE(panel->palette().color(QPalette::Base),
                     QApplication::palette().color(QPalette::Base));
        panel->openItem(panel->fileModel()->fileAt(sourceRow).path);
        layout->setCurrentIndex(layout->findData(int(DiffView::Layout::Unified)));
        QTRY_VERIFY(panel->diffView()->isDiffReady());
        QTest::qWait(50); // let the lexer colour what shows: a picture, not an assertion
        QVERIFY(panel->grab().save(dir + QStringLiteral("/review-unified") + suffix));
        layout->setCurrentIndex(layout->findData(int(DiffView::Layout::SideBySide)));
        QTest::qWait(50);
        QVERIFY(panel->grab().save(dir + QStringLiteral("/review-sidebyside") + suffix));
    }
    theme::apply(false);
    panel->deployDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    QVERIFY(confirm->grab().save(dir + QStringLiteral("/deploy-confirm-light.png")));
    theme::apply(true);
    QTest::qWait(50);
    QVERIFY(confirm->grab().save(dir + QStringLiteral("/deploy-confirm-dark.png")));
    theme::apply(false);
    confirm->accept();
    QTRY_VERIFY(panel->draftId().isEmpty());
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("deployTabs"));
    tabs->setCurrentIndex(1);
    auto *history = panel->findChild<QTreeView *>(QStringLiteral("historyList"));
    QTRY_VERIFY(history->model()->rowCount() >= 1);
    history->setCurrentIndex(history->model()->index(0, 0));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        QTest::qWait(50);
        QVERIFY(panel->grab().save(
            dir + QStringLiteral("/history")
            + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png"))));
    }
    theme::apply(false);
}

void TestDeployPanel::sessionExpiryWhileReviewing()
{
    buildDraft();
    auto panel = showPanel();
    QTRY_VERIFY(panel->fileModel()->rowCount() >= 3);
    const int files = panel->fileModel()->rowCount();
    const QString draftId = panel->draftId();
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("deployNoteEdit"));
    note->setText(QStringLiteral("typed before the session ended"));
    QSignalSpy ended(m_fx.session.get(), &Session::sessionEnded);
    // Tokens the server never issued: the deploy gets 401, the refresh fails, the session ends.
    m_fx.session->client()->setTokens(QStringLiteral("not-a-token"), QStringLiteral("not-a-token"));
    panel->deployDraft();
    auto *confirm = waitForChild<ConfirmDialog>(QStringLiteral("deployConfirmDialog"));
    QVERIFY(confirm);
    confirm->accept();
    auto *banner = panel->findChild<ErrorBanner *>(QStringLiteral("deployErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->error().httpStatus, 401);
    // Nothing lost: the review, the note and the draft on the server.
    QCOMPARE(panel->fileModel()->rowCount(), files);
    QCOMPARE(panel->draftId(), draftId);
    QCOMPARE(note->text(), QStringLiteral("typed before the session ended"));
    QCOMPARE(drafts().value(0).id, draftId);
    QVERIFY(panel->findChild<StatusLabel *>(QStringLiteral("deployStatusLabel"))
                ->text()
                .contains(QStringLiteral("not made")));
}

QTEST_MAIN(TestDeployPanel)
#include "tst_deploypanel.moc"
