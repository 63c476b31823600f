// Run cases of functions, against the real local server through the production classes: a
// passing and a failing case of each expectation kind, the run-all tree (with its diff of a
// failure), the form refusing bad input, cases kept across a restart, and a log entry saved as
// a case. (The matching rules: tst_casematch; the app-as-code copy: tst_casesappfolder.)
#include "runcasesfixture.h"

#include <panels/caseform.h>
#include <panels/casespane.h>
#include <panels/logspanel.h>
#include <panels/runaspicker.h>

#include <QAbstractItemModelTester>
#include <QProgressBar>
#include <QTextBrowser>

class TestRunCases : public QObject, private RunCasesFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpCases(QStringLiteral("tst_runcases")); }
    void cleanupTestCase() { tearDown(); }
    void cleanup() { cleanUpCases(); }
    void eachExpectationKind_data();
    void eachExpectationKind();
    void runAllTreeWithDiff();
    void formRefusesBadInput();
    void casesKeptAcrossRestart();
    void logEntrySavedAsCase();
};

void TestRunCases::eachExpectationKind_data()
{
    QTest::addColumn<RunCase>("runCase");
    QTest::addColumn<bool>("passes");
    const QJsonArray orders { QJsonObject { { QStringLiteral("amount"), 10 } },
                              QJsonObject { { QStringLiteral("amount"), 20 } } };
    QTest::newRow("succeeds: passes")
        << makeCase("sum", "runs", { 1, 2 }, RunCase::Expect::Succeeds) << true;
    QTest::newRow("succeeds: fails on a throw")
        << makeCase("explode", "runs", { 1 }, RunCase::Expect::Succeeds) << false;
    QTest::newRow("equals: passes")
        << makeCase("sum", "adds", { 2, 3 }, RunCase::Expect::Equals, 5) << true;
    QTest::newRow("equals: fails")
        << makeCase("sum", "adds wrong", { 2, 3 }, RunCase::Expect::Equals, 6) << false;
    QTest::newRow("contains: passes")
        << makeCase("summarizeOrders", "totals", { QJsonValue(orders) }, RunCase::Expect::Contains,
                    json(R"({"total": 30})"))
        << true;
    QTest::newRow("contains: fails")
        << makeCase("summarizeOrders", "totals wrong", { QJsonValue(orders) },
                    RunCase::Expect::Contains, json(R"({"total": 31, "count": 2})"))
        << false;
    QTest::newRow("fails: passes") << makeCase("explode", "throws", { "x" }, RunCase::Expect::Fails,
                                               QJsonValue(), QStringLiteral("boom: x"))
                                   << true;
    QTest::newRow("fails: message does not match")
        << makeCase("explode", "throws other", { "x" }, RunCase::Expect::Fails, QJsonValue(),
                    QStringLiteral("^nothing like it$"))
        << false;
    QTest::newRow("fails: but the run succeeds") << makeCase(
        "sum", "should throw", { 1, 1 }, RunCase::Expect::Fails, QJsonValue(), QStringLiteral("."))
                                                 << false;
}

void TestRunCases::eachExpectationKind()
{
    QFETCH(RunCase, runCase);
    QFETCH(bool, passes);
    runCase.id = QStringLiteral("the-case");
    CaseRunner runner(m_fx.session->client(), &m_results);
    QSignalSpy finished(&runner, &CaseRunner::finished);
    runner.start(m_fx.groupId, m_fx.app.id, { runCase });
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(30000));
    const CaseVerdict verdict = m_results.verdictOf(runCase.id);
    QVERIFY2(verdict.status == (passes ? CaseVerdict::Status::Passed : CaseVerdict::Status::Failed),
             qPrintable(CaseVerdict::statusName(verdict.status) + QStringLiteral(": ")
                        + verdict.message));
    QVERIFY(verdict.milliseconds >= 0);
    if (!passes) {
        QVERIFY(!verdict.message.isEmpty());
        QVERIFY(!verdict.expectedText.isEmpty() && !verdict.actualText.isEmpty());
        QVERIFY(verdict.expectedText != verdict.actualText);
    }
}

void TestRunCases::runAllTreeWithDiff()
{
    QAbstractItemModelTester casesTester(m_cases,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString userId = m_fx.createUser(QStringLiteral("cases@example.com"));
    QVERIFY(!userId.isEmpty());
    m_cases->addCase(makeCase("sum", "adds", { 2, 3 }, RunCase::Expect::Equals, 5));
    m_cases->addCase(makeCase("sum", "adds negatives", { -2, -3 }, RunCase::Expect::Equals, -5));
    RunCase asUser = makeCase("greet", "greets", { "Ada" }, RunCase::Expect::Equals,
                              QStringLiteral("Hello, Ada!"));
    asUser.userId = userId;
    m_cases->addCase(asUser);
    const QJsonArray orders { QJsonObject { { QStringLiteral("amount"), 10 } },
                              QJsonObject { { QStringLiteral("amount"), 20 } } };
    const QString failingId
        = m_cases->addCase(makeCase("summarizeOrders", "counts and totals", { QJsonValue(orders) },
                                    RunCase::Expect::Equals, json(R"({"count": 2, "total": 31})")));
    m_cases->addCase(makeCase("explode", "throws", { "x" }, RunCase::Expect::Fails, QJsonValue(),
                              QStringLiteral("boom")));
    QCOMPARE(m_cases->rowCount(), 5);

    m_panel->openCases(QString());
    CasesPane *pane = m_panel->casesPane();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel->casesDialog()));
    QAbstractItemModelTester resultsTester(pane->results(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane->casesView()->model()->rowCount(), 5);
    QVERIFY(pane->runAllButton()->isEnabled());
    QSignalSpy finished(pane->runner(), &CaseRunner::finished);
    QTest::mouseClick(pane->runAllButton(), Qt::LeftButton);
    QVERIFY(pane->cancelButton()->isEnabled());
    QVERIFY(finished.wait(60000));

    // function → case → status: explode, greet, sum, summarizeOrders.
    CaseResultsModel *results = pane->results();
    QCOMPARE(results->rowCount(), 4);
    QCOMPARE(results->caseCount(), 5);
    const QModelIndex sum = results->indexOfFunction(QStringLiteral("sum"));
    QCOMPARE(results->rowCount(sum), 2);
    QCOMPARE(sum.siblingAtColumn(CaseResultsModel::StatusColumn).data().toString(),
             QStringLiteral("2 of 2 passed"));
    QCOMPARE(results->countOf(CaseVerdict::Status::Passed), 4);
    QCOMPARE(results->failureCount(), 1);
    QCOMPARE(pane->progressBar()->value(), 5);
    QVERIFY2(pane->summaryLabel()->text().contains(QStringLiteral("4 passed, 1 failed")),
             qPrintable(pane->summaryLabel()->text()));
    const QModelIndex failing = results->indexOfCase(failingId);
    QCOMPARE(failing.siblingAtColumn(CaseResultsModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QVERIFY(!failing.siblingAtColumn(CaseResultsModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(failing.parent().data(CaseResultsModel::StatusRole).toInt(),
             int(CaseVerdict::Status::Failed));

    // The failure is selected, and the diff view shows expected against actual.
    QCOMPARE(pane->resultsView()->currentIndex(), failing);
    QTRY_VERIFY(pane->diffView()->isDiffReady());
    QVERIFY2(pane->diffView()->leftText().contains(QStringLiteral("\"total\": 31")),
             qPrintable(pane->diffView()->leftText()));
    QVERIFY2(pane->diffView()->rightText().contains(QStringLiteral("\"total\": 30")),
             qPrintable(pane->diffView()->rightText()));
    QVERIFY(pane->diffView()->changeCount() >= 1);
    QVERIFY(pane->messageLabel()->text().contains(QStringLiteral("counts and totals")));
    m_panel->casesDialog()->resize(1100, 720);
    QCoreApplication::processEvents();
    QTRY_VERIFY(pane->diffView()->isDiffReady());
    const QString shots = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(m_panel->casesDialog()->grab().save(shots + QStringLiteral("/run-all-cases.png")));
    }

    // Selecting a passed case says so in place of a diff.
    const QModelIndex passed = results->index(0, 0, sum);
    pane->resultsView()->setCurrentIndex(passed);
    QVERIFY(pane->messageLabel()->text().contains(QStringLiteral("Passed")));

    // Only one function's cases.
    pane->showFunction(QStringLiteral("sum"));
    QCOMPARE(pane->casesView()->model()->rowCount(), 2);
    QTest::mouseClick(pane->runShownButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->countOf(CaseVerdict::Status::Passed), 2);

    // Cancel: the runs not finished show as cancelled.
    QList<RunCase> many;
    for (int i = 0; i < 40; ++i) {
        RunCase c = makeCase("sum", QStringLiteral("many %1").arg(i), { i, 1 },
                             RunCase::Expect::Equals, i + 1);
        c.id = QStringLiteral("many-%1").arg(i);
        many << c;
    }
    pane->runner()->start(m_fx.groupId, m_fx.app.id, many);
    QTest::mouseClick(pane->cancelButton(), Qt::LeftButton);
    QVERIFY(!pane->runner()->isRunning());
    QVERIFY(results->countOf(CaseVerdict::Status::Cancelled) > 0);
    QCOMPARE(results->countOf(CaseVerdict::Status::Running), 0);
}

void TestRunCases::formRefusesBadInput()
{
    m_cases->addCase(makeCase("sum", "adds", { 2, 3 }, RunCase::Expect::Equals, 5));
    m_panel->openCases(QStringLiteral("sum"));
    CasesPane *pane = m_panel->casesPane();
    QPushButton *newButton = pane->findChild<QPushButton *>(QStringLiteral("newCaseButton"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    CaseForm *form = pane->findChild<CaseForm *>(QStringLiteral("caseForm"));
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QCOMPARE(form->functionCombo()->currentText(), QStringLiteral("sum"));
    // Tab walks the form: name, function, arguments, run as.
    form->nameEdit()->setFocus();
    QTRY_VERIFY(form->nameEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(form->functionCombo()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(form->argumentsEditor()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(form->runAsPicker()->hasFocus()
                || form->runAsPicker()->isAncestorOf(QApplication::focusWidget()));

    // Same name as another case of the function.
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Adds"));
    form->argumentsEditor()->setText(QStringLiteral("[1, 2]"));
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->problemBanner()->text().contains(QStringLiteral("already has")),
             qPrintable(form->problemBanner()->text()));
    form->nameEdit()->setText(QStringLiteral("adds small numbers"));

    // Arguments that are not JSON, and not an array.
    form->argumentsEditor()->setText(QStringLiteral("[1,\n 2,,]"));
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->problemBanner()->text().startsWith(QStringLiteral("Arguments: Line 2")),
             qPrintable(form->problemBanner()->text()));
    QVERIFY2(form->problemBanner()->text().endsWith(QStringLiteral("(column 4)")),
             qPrintable(form->problemBanner()->text()));
    form->argumentsEditor()->setText(QStringLiteral("{\"a\": 1}"));
    form->accept();
    QVERIFY(form->problemBanner()->text().contains(QStringLiteral("must be a JSON array")));
    form->argumentsEditor()->setText(QStringLiteral("[1, 2]"));

    // An expectation that is not JSON.
    form->expectCombo()->setCurrentIndex(
        form->expectCombo()->findData(int(RunCase::Expect::Equals)));
    QVERIFY(form->expectedEditor()->isEnabled());
    QVERIFY(!form->patternEdit()->isEnabled());
    form->expectedEditor()->setText(QStringLiteral("{\"total\": }"));
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->problemBanner()->text().startsWith(QStringLiteral("Expected value: Line 1")),
             qPrintable(form->problemBanner()->text()));
    QVERIFY2(form->problemBanner()->text().endsWith(QStringLiteral("(column 11)")),
             qPrintable(form->problemBanner()->text()));
    const QString shots = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(form->grab().save(shots + QStringLiteral("/case-form-error.png")));
    }

    // A pattern that is no regular expression: the character where it fails.
    form->expectCombo()->setCurrentIndex(
        form->expectCombo()->findData(int(RunCase::Expect::Fails)));
    QVERIFY(!form->expectedEditor()->isEnabled());
    form->patternEdit()->setText(QStringLiteral("boom(x"));
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->problemBanner()->text().contains(QStringLiteral("at character 7")),
             qPrintable(form->problemBanner()->text()));

    // Fixed: saved, listed, and the form closes.
    form->expectCombo()->setCurrentIndex(
        form->expectCombo()->findData(int(RunCase::Expect::Equals)));
    form->expectedEditor()->setText(QStringLiteral("3"));
    QPointer<CaseForm> closing(form);
    form->accept();
    QTRY_VERIFY(!closing || !closing->isVisible());
    QCOMPARE(m_cases->rowCount(), 2);
    const RunCase saved = m_cases->caseAt(1);
    QCOMPARE(saved.name, QStringLiteral("adds small numbers"));
    QCOMPARE(saved.arguments, (QJsonArray { 1, 2 }));
    QCOMPARE(saved.expect, RunCase::Expect::Equals);
    QCOMPARE(saved.expected, QJsonValue(3));
    QVERIFY(saved.runsAsSystem());
}

void TestRunCases::casesKeptAcrossRestart()
{
    const QString userId = m_fx.createUser(QStringLiteral("restart@example.com"));
    RunCase withUser = makeCase("greet", "greets a user", { "Bo" }, RunCase::Expect::Equals,
                                QStringLiteral("Hello, Bo!"));
    withUser.userId = userId;
    withUser.userLabel = QStringLiteral("restart@example.com");
    const QString id = m_cases->addCase(withUser);
    m_cases->addCase(makeCase("explode", "throws", { 1 }, RunCase::Expect::Fails, QJsonValue(),
                              QStringLiteral("boom: \\d")));
    QVERIFY(waitSaved(m_cases));

    // The console starts again: a new model over the same folder.
    RunCaseModel again(m_casesDir.path());
    again.setMirrorFolder(QString());
    QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&again, &RunCaseModel::loaded);
    again.setApp(m_fx.app.id, m_fx.app.name);
    QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 10000);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(again.rowCount(), 2);
    const RunCase read = again.caseById(id);
    QCOMPARE(read.toJson(), m_cases->caseById(id).toJson());
    QCOMPARE(read.userId, userId);
    QCOMPARE(read.expected, QJsonValue(QStringLiteral("Hello, Bo!")));
    QCOMPARE(again.caseAt(1).errorPattern, QStringLiteral("boom: \\d"));
    QCOMPARE(again.data(again.index(0, RunCaseModel::RunAsColumn)).toString(),
             QStringLiteral("restart@example.com"));
    // Another app has none of them.
    again.setApp(QStringLiteral("another-app"), QStringLiteral("another"));
    QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 10000);
    QCOMPARE(again.rowCount(), 0);
}

void TestRunCases::logEntrySavedAsCase()
{
    const QString userId = m_fx.createUser(QStringLiteral("logged@example.com"));
    QVERIFY(!userId.isEmpty());
    QVERIFY(SignedInFixture::finish(
        functioncalls::execute(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                               QStringLiteral("sum"), QJsonArray { 40, 2 }, RunAs { userId })));
    LogsPanel logs(m_fx.session.get());
    logs.resize(1000, 700);
    logs.show();
    auto *table = logs.findChild<QTableView *>(QStringLiteral("logTable"));
    auto *details = logs.findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
    QString href;
    const QRegularExpression link(QStringLiteral("href=\"(save-case:[^\"]+)\""));
    for (int row = 0; row < table->model()->rowCount() && href.isEmpty(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const QRegularExpressionMatch match = link.match(details->toHtml());
        if (match.hasMatch() && details->toHtml().contains(QStringLiteral("40")))
            href = match.captured(1);
    }
    QVERIFY(!href.isEmpty());
    QVERIFY(details->toPlainText().contains(QStringLiteral("Save as a run case")));
    QSignalSpy navigated(&logs, &Panel::navigateRequested);
    emit details->anchorClicked(QUrl(href.replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
    QCOMPARE(navigated.size(), 1);
    QCOMPARE(navigated.first().at(0).toString(), QStringLiteral("functions"));
    const QString item = navigated.first().at(1).toString();
    QVERIFY(item.startsWith(QStringLiteral("case:")));

    m_panel->openItem(item);
    CaseForm *form = m_panel->casesPane()->findChild<CaseForm *>(QStringLiteral("caseForm"));
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(m_panel->casesPane()->shownFunction(), QStringLiteral("sum"));
    QCOMPARE(form->functionCombo()->currentText(), QStringLiteral("sum"));
    QCOMPARE(form->argumentsEditor()->json().array(), (QJsonArray { 40, 2 }));
    QCOMPARE(form->runAsPicker()->userId(), userId);
    form->nameEdit()->setText(QStringLiteral("from the log"));
    form->expectCombo()->setCurrentIndex(
        form->expectCombo()->findData(int(RunCase::Expect::Equals)));
    form->expectedEditor()->setText(QStringLiteral("42"));
    QPointer<CaseForm> closing(form);
    form->accept();
    QTRY_VERIFY(!closing || !closing->isVisible());
    QCOMPARE(m_cases->rowCount(), 1);
    const RunCase saved = m_cases->caseAt(0);
    QCOMPARE(saved.function, QStringLiteral("sum"));
    QCOMPARE(saved.userId, userId);
    QCOMPARE(saved.arguments, (QJsonArray { 40, 2 }));

    // And it passes when run.
    CasesPane *pane = m_panel->casesPane();
    QSignalSpy finished(pane->runner(), &CaseRunner::finished);
    pane->runAll();
    QVERIFY(finished.wait(30000));
    QCOMPARE(pane->results()->countOf(CaseVerdict::Status::Passed), 1);
}

QTEST_MAIN(TestRunCases)
#include "tst_runcases.moc"
