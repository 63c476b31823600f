// The run console of the Functions panel, against the real local server's Node.js runtime: runs
// of the saved function and of the buffer, with arguments, as a user, errors with their line,
// bad arguments, arguments remembered, history compared, a long run abandoned, and both kinds
// of run listed in the Logs panel under the function's name.
#include "functionspaneldriver.h"
#include "panelshots.h"

#include <api/usercalls.h>
#include <panels/runaspicker.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QPainter>

#include <models/logmodel.h>
#include <panels/logspanel.h>

class TestFunctionsRun : public QObject, private FunctionsPanelDriver
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUp(QStringLiteral("tst_functionsrun"))); }
    void cleanupTestCase() { tearDown(); }
    void cleanup() { closeEverything(); }
    void runSavedWithArguments();
    void runBufferWithLogs();
    void runBufferAsUser();
    void runAsPickerSearchesDemoUsers();
    void runErrorMarksLine();
    void invalidArgumentsRefused();
    void argumentsRememberedPerFunction();
    void runHistoryCompare();
    void abandonLongRun();
    void runsLoggedWithFunctionName();
};

void TestFunctionsRun::runSavedWithArguments()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    console->argumentsEditor()->setText(QStringLiteral("[2, 3]"));
    QTest::mouseClick(console->runSavedButton(), Qt::LeftButton);
    QVERIFY(console->isRunning());
    waitRun(console);
    QCOMPARE(resultValue(console), QStringLiteral("5"));
    QVERIFY(console->rawView()->toPlainText().contains(QStringLiteral("$number")));
    QVERIFY(!console->statusLabel()->property("isError").toBool());
    QVERIFY(!console->history().isEmpty());
    QVERIFY(!console->history().first().result.executionTime.isEmpty());
    // The server's Go duration ("1.234567ms") reads as "1.2 ms".
    auto *time = console->findChild<QLabel *>(QStringLiteral("runTimeLabel"));
    QVERIFY(time);
    QVERIFY2(QRegularExpression(QStringLiteral("^Execution time: \\d+\\.\\d (ms|s)$|^Execution time: \\d+\\.\\d\\d s$"))
                     .match(time->text())
                     .hasMatch(),
             qPrintable(time->text()));
}

void TestFunctionsRun::runBufferWithLogs()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    tab->editor()->setText(QStringLiteral(
        "exports = function(a, b) {\n  console.log('multiplying', a, b);\n  return a * b;\n};\n"));
    RunConsole *console = tab->runConsole();
    console->argumentsEditor()->setText(QStringLiteral("[4, 5]"));
    tab->editor()->setFocus();
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(console->isRunning());
    waitRun(console);
    QCOMPARE(resultValue(console), QStringLiteral("20"));
    QVERIFY2(console->logsView()->toPlainText().contains(QStringLiteral("multiplying 4 5")),
             qPrintable(console->logsView()->toPlainText()));
    QVERIFY(console->history().first().buffer);
}

void TestFunctionsRun::runBufferAsUser()
{
    const QString userId = m_fx.createUser(QStringLiteral("runner@example.com"));
    QVERIFY(!userId.isEmpty());
    QSignalSpy users(m_panel.get(), &FunctionsPanel::usersLoaded);
    m_panel->refresh();
    QVERIFY(users.wait(20000));
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    RunConsole *console = tab->runConsole();
    auto *combo = console->findChild<QComboBox *>(QStringLiteral("runAsCombo"));
    // Each user reads "email · id".
    const int runner = combo->findText(QStringLiteral("runner@example.com"), Qt::MatchStartsWith);
    QVERIFY(runner > 0);
    QCOMPARE(combo->itemText(runner), QStringLiteral("runner@example.com · ") + userId);
    combo->setCurrentIndex(runner);
    tab->editor()->setText(QStringLiteral("exports = function() { return context.user.id; };\n"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QCOMPARE(resultValue(console), userId);
    combo->setCurrentIndex(0); // System
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QCOMPARE(resultValue(console), QString());

    // Run saved as the user, with arguments.
    StitchFunction who;
    who.name = QStringLiteral("whoAmI");
    who.source
        = QStringLiteral("exports = function(tag) { return tag + ':' + context.user.id; };\n");
    QVERIFY(SignedInFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, who)));
    m_panel->refresh();
    FunctionEditorTab *whoTab = open(QStringLiteral("whoAmI"));
    RunConsole *whoConsole = whoTab->runConsole();
    QVERIFY(whoConsole->setRunAsUser(userId));
    whoConsole->argumentsEditor()->setText(QStringLiteral("[\"saved\"]"));
    QTest::mouseClick(whoConsole->runSavedButton(), Qt::LeftButton);
    waitRun(whoConsole);
    QCOMPARE(resultValue(whoConsole), QStringLiteral("saved:") + userId);
}

void TestFunctionsRun::runAsPickerSearchesDemoUsers()
{
    // The demo app comes with two users; the server's list says who they are.
    auto *job = usercalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listed(job, &ApiJob::finished);
    QVERIFY(job->isFinished() || listed.wait(30000));
    QHash<QString, QString> idOf;
    for (const AppUser &user : job->result())
        idOf.insert(user.email, user.id);
    const QString ada = idOf.value(QStringLiteral("ada@example.com"));
    const QString linus = idOf.value(QStringLiteral("linus@example.com"));
    QVERIFY(!ada.isEmpty() && !linus.isEmpty());

    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    RunConsole *console = tab->runConsole();
    RunAsPicker *picker = console->runAsPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->findData(ada) > 0 && picker->findData(linus) > 0, 20000);
    QCOMPARE(picker->itemText(picker->findData(ada)), QStringLiteral("ada@example.com · ") + ada);
    QCOMPARE(picker->userId(), QString()); // System until someone is picked
    // A screen reader reaches the field typed into, not only the combo box, by the same name.
    QCOMPARE(picker->lineEdit()->accessibleName(), picker->accessibleName());

    // Part of an id (its tail, which differs between the two), typed as a user types it.
    const auto type = [picker](const QString &text) {
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), text);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    };
    type(linus.right(6));
    QCOMPARE(picker->userId(), linus);
    QCOMPARE(picker->currentText(), picker->itemText(picker->findData(linus)));
    // Part of an email, in another case.
    type(QStringLiteral("ADA@"));
    QCOMPARE(picker->userId(), ada);
    // Text that matches nobody leaves the pick as it was.
    type(QStringLiteral("nobody-by-this-name"));
    QCOMPARE(picker->userId(), ada);
    QCOMPARE(picker->currentText(), picker->itemText(picker->findData(ada)));

    // A run as the picked user runs as that user: context.user names them.
    tab->editor()->setText(QStringLiteral(
        "exports = function() { return `${context.user.data.email} ${context.user.id}`; };\n"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QCOMPARE(resultValue(console), QStringLiteral("ada@example.com ") + ada);
    QVERIFY2(console->history().first().label().contains(QLatin1String("as ada@example.com")),
             qPrintable(console->history().first().label()));

    // The search as it looks while typing: the users containing the text, in a list over the tab.
    const QString shots = qEnvironmentVariable("STITCH_SHOTS_DIR");
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        QTRY_COMPARE(tab->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("example"));
        QAbstractItemView *popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        // ada and linus (and users other tests made), each in full.
        QVERIFY(picker->completer()->completionCount() >= 2);
        QVERIFY(popup->width()
                >= popup->fontMetrics().horizontalAdvance(picker->itemText(picker->findData(ada))));
        if (!shots.isEmpty()) {
            QCoreApplication::processEvents();
            QPixmap shot = tab->grab();
            QPainter painter(&shot);
            painter.drawPixmap(tab->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
            painter.end();
            QVERIFY(shot.save(shots
                              + (dark ? QStringLiteral("/functions-runas-dark.png")
                                      : QStringLiteral("/functions-runas-light.png"))));
        }
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        type(QStringLiteral("ada@"));
    }
    theme::apply(false);
}

void TestFunctionsRun::runErrorMarksLine()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    // A syntax error in the buffer: the server names its line, and the editor marks it.
    tab->editor()->setText(
        QStringLiteral("exports = function() {\n  const x = 1;\n  return x +* 2;\n};\n"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QVERIFY(console->statusLabel()->property("isError").toBool());
    QVERIFY2(console->statusLabel()->text().contains(QLatin1String("SyntaxError")),
             qPrintable(console->statusLabel()->text()));
    QVERIFY(console->rawView()->toPlainText().contains(QLatin1String("\"error\"")));
    QCOMPARE(tab->editor()->errorLines(), QList<int> { 3 });

    // An error whose message names a line, in the form the server uses for syntax errors on
    // save, marks that line.
    tab->editor()->setText(QStringLiteral(
        "exports = function() {\n  throw new Error('bad input (line 2, column 3)');\n};\n"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QVERIFY(console->statusLabel()->text().contains(QLatin1String("bad input")));
    QCOMPARE(tab->editor()->errorLines(), QList<int> { 2 });
    // The next run clears the mark.
    tab->editor()->setText(QStringLiteral("exports = function() { return 1; };\n"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QVERIFY(tab->editor()->errorLines().isEmpty());
}

void TestFunctionsRun::invalidArgumentsRefused()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    const int runs = int(console->history().size());
    console->argumentsEditor()->setText(QStringLiteral("[1, "));
    QTest::mouseClick(console->runSavedButton(), Qt::LeftButton);
    QVERIFY(!console->isRunning());
    QVERIFY(
        console->statusLabel()->text().contains(RunConsole::tr("Arguments: %1").arg(QString())));
    console->argumentsEditor()->setText(QStringLiteral("{\"not\": \"an array\"}"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    QVERIFY(!console->isRunning());
    QCOMPARE(int(console->history().size()), runs);
}

void TestFunctionsRun::argumentsRememberedPerFunction()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    tab->runConsole()->argumentsEditor()->setText(QStringLiteral("[\"Ada\"]"));
    QTest::mouseClick(tab->runConsole()->runSavedButton(), Qt::LeftButton);
    waitRun(tab->runConsole());
    m_panel->discardAll();
    FunctionEditorTab *again = open(QStringLiteral("greet"));
    QCOMPARE(again->runConsole()->argumentsEditor()->text(), QStringLiteral("[\"Ada\"]"));
    // The runs of the closed tab come back with it.
    QVERIFY(!again->runConsole()->history().isEmpty());
    QVERIFY(again->runConsole()->historyCombo()->count() > 0);
    FunctionEditorTab *other = open(QStringLiteral("sum"));
    QVERIFY(other->runConsole()->argumentsEditor()->text() != QStringLiteral("[\"Ada\"]"));
}

void TestFunctionsRun::runHistoryCompare()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    for (const char *args : { "[1, 1]", "[2, 2]" }) {
        console->argumentsEditor()->setText(QString::fromLatin1(args));
        QTest::mouseClick(console->runSavedButton(), Qt::LeftButton);
        waitRun(console);
    }
    QCOMPARE(resultValue(console), QStringLiteral("4"));
    QVERIFY(console->historyCombo()->count() >= 2);
    console->historyCombo()->setCurrentIndex(1);
    emit console->historyCombo()->activated(1);
    QCOMPARE(resultValue(console), QStringLiteral("2"));
    QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("compareRunsButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<QDialog>("compareRunsDialog");
    auto *diff = dialog->findChild<DiffView *>();
    QTRY_VERIFY(diff->isDiffReady());
    QVERIFY(diff->leftText().contains(QStringLiteral("\"2\"")));
    QVERIFY(diff->rightText().contains(QStringLiteral("\"4\"")));
    dialog->close();
}

void TestFunctionsRun::abandonLongRun()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    tab->editor()->setText(QStringLiteral(
        "exports = async function() {\n  await new Promise(r => setTimeout(r, 20000));\n"
        "  return 1;\n};\n"));
    RunConsole *console = tab->runConsole();
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    QVERIFY(console->isRunning());
    QVERIFY(console->abandonButton()->isVisible());
    QVERIFY(!console->runBufferButton()->isEnabled());
    // The window stays responsive: the editor still takes keys while the run is out.
    typeAtEnd(tab, QStringLiteral("// typing"));
    QVERIFY(tab->editor()->text().endsWith(QStringLiteral("// typing")));
    QTest::mouseClick(console->abandonButton(), Qt::LeftButton);
    QTRY_VERIFY(!console->isRunning());
    QCOMPARE(console->statusLabel()->text(), RunConsole::tr("Run abandoned."));
    QVERIFY(console->runBufferButton()->isEnabled());
}

void TestFunctionsRun::runsLoggedWithFunctionName()
{
    // A run of the saved function, and one of the edited buffer that says so in its output.
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    console->argumentsEditor()->setText(QStringLiteral("[31, 1]"));
    QTest::mouseClick(console->runSavedButton(), Qt::LeftButton);
    waitRun(console);
    QCOMPARE(resultValue(console), QStringLiteral("32"));
    tab->editor()->setText(
        QStringLiteral("exports = function(a, b) { console.log('draft run'); return a * b; };\n"));
    console->argumentsEditor()->setText(QStringLiteral("[33, 1]"));
    QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
    waitRun(console);
    QCOMPARE(resultValue(console), QStringLiteral("33"));

    LogsPanel logs(m_fx.session.get());
    logs.resize(1200, 700);
    logs.show();
    LogModel *model = logs.model();
    const auto rowWhere = [model](const std::function<bool(const QJsonObject &)> &is) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (is(model->entry(row).toObject()))
                return row;
        }
        return -1;
    };
    const auto savedRun = [](const QJsonObject &entry) {
        return entry.value(QLatin1String("function_call"))
                   .toObject()
                   .value(QLatin1String("arguments"))
            == QJsonArray { 31, 1 };
    };
    const auto draftRun = [](const QJsonObject &entry) {
        return entry.value(QLatin1String("messages")) == QJsonArray { QStringLiteral("draft run") };
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->isLoading() && rowWhere(savedRun) >= 0 && rowWhere(draftRun) >= 0, 20000);
    // The table's function column names the function for both.
    QCOMPARE(model->index(rowWhere(savedRun), LogModel::NameColumn).data().toString(),
             QStringLiteral("sum"));
    QCOMPARE(model->index(rowWhere(draftRun), LogModel::NameColumn).data().toString(),
             QStringLiteral("sum"));
}

QTEST_MAIN(TestFunctionsRun)
#include "tst_functionsrun.moc"
