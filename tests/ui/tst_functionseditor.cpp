// Comfort of the function editor, against the real local server: the run console's panes split
// and tall enough, error details in one dialog, the syntax check while typing (and quietly off
// without node-acorn), and Rename offering to update the functions that call the old name.
#include "functionspaneldriver.h"
#include "panelshots.h"

#include <api/functioncalls.h>
#include <panels/syntaxchecker.h>

#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>

class TestFunctionsEditor : public QObject, private FunctionsPanelDriver
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUp(QStringLiteral("tst_functionseditor"))); }
    void cleanupTestCase() { tearDown(); }
    void cleanup() { closeEverything(); }
    void outputPanesSplitWithReadableHeight();
    void splitSizesRemembered();
    void syntaxErrorMarkedWhileTypingAndCleared();
    void saveWithSyntaxErrorAsksFirst();
    void syntaxCheckQuietlyOffWithoutNodeOrAcorn();
    void stuckSyntaxCheckNeverHoldsUpSave();
    void saveErrorDetailsInOneDialog();
    void renameOffersToUpdateCallers();

private:
    QString createFunction(const QString &name, const QString &source);
    QString serverSource(const QString &name)
    {
        return m_fx.fetch(*m_fx.other, m_fx.idOf(name)).source;
    }
};

QString TestFunctionsEditor::createFunction(const QString &name, const QString &source)
{
    StitchFunction function;
    function.name = name;
    function.source = source;
    auto *job = functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, function);
    QSignalSpy done(job, &ApiJob::finished);
    if (!job->isFinished() && !done.wait(30000))
        return {};
    return job->ok() ? job->result().id : QString();
}

void TestFunctionsEditor::outputPanesSplitWithReadableHeight()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    RunConsole *console = tab->runConsole();
    // Editor over console, and result, raw and logs side by side, each pair on a splitter.
    QCOMPARE(tab->editorSplitter()->orientation(), Qt::Vertical);
    QCOMPARE(tab->editorSplitter()->widget(1), static_cast<QWidget *>(console));
    QSplitter *output = console->outputSplitter();
    QCOMPARE(output->orientation(), Qt::Horizontal);
    QCOMPARE(output->count(), 3);
    QVERIFY(output->widget(0)->isAncestorOf(console->resultView()));
    QVERIFY(output->widget(1)->isAncestorOf(console->rawView()));
    QVERIFY(output->widget(2)->isAncestorOf(console->logsView()));
    QVERIFY(console->resultView()->isVisible() && console->rawView()->isVisible());

    // The default height shows eight rows of the result and eight lines of the raw answer.
    console->argumentsEditor()->setText(QStringLiteral("[1, 2]"));
    QTest::mouseClick(console->runSavedButton(), Qt::LeftButton);
    waitRun(console);
    const int row = console->resultView()->sizeHintForRow(0);
    QVERIFY(row > 0);
    const int treeRows = (console->resultView()->viewport()->height()) / row;
    QVERIFY2(treeRows >= RunConsole::PreferredOutputLines,
             qPrintable(QStringLiteral("%1 rows of %2 px in a %3 px tree")
                            .arg(treeRows)
                            .arg(row)
                            .arg(console->resultView()->viewport()->height())));
    const int rawLines = console->rawView()->viewport()->height()
        / console->rawView()->fontMetrics().lineSpacing();
    QVERIFY2(rawLines >= RunConsole::PreferredOutputLines, qPrintable(QString::number(rawLines)));
    // ...and leaves the editor at least as much room as it had before (over half the tab).
    QVERIFY(tab->editorSplitter()->sizes().at(0) >= tab->editorSplitter()->sizes().at(1) * 2 / 3);
}

void TestFunctionsEditor::splitSizesRemembered()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    QSplitter *split = tab->editorSplitter();
    // Drag the handle between editor and console up by 60 pixels, as a user does.
    QSplitterHandle *handle = split->handle(1);
    const QPoint middle = handle->rect().center();
    const QList<int> before = split->sizes();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle - QPoint(0, 60));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(0, 60));
    QTRY_VERIFY(split->sizes().at(1) > before.at(1));
    const QList<int> dragged = split->sizes();
    QSplitter *output = tab->runConsole()->outputSplitter();
    QSplitterHandle *outputHandle = output->handle(1);
    const QList<int> outputBefore = output->sizes();
    QTest::mousePress(outputHandle, Qt::LeftButton, {}, outputHandle->rect().center());
    QTest::mouseMove(outputHandle, outputHandle->rect().center() + QPoint(40, 0));
    QTest::mouseRelease(outputHandle, Qt::LeftButton, {},
                        outputHandle->rect().center() + QPoint(40, 0));
    QTRY_VERIFY(output->sizes().at(0) > outputBefore.at(0));
    const QList<int> outputDragged = output->sizes();

    // Another tab (a new one, as after a restart) opens with the split the user left.
    m_panel->discardAll();
    FunctionEditorTab *again = open(QStringLiteral("greet"));
    QTRY_COMPARE(again->editorSplitter()->sizes(), dragged);
    QCOMPARE(again->runConsole()->outputSplitter()->sizes(), outputDragged);
    QSettings().remove(QLatin1String(FunctionEditorTab::EditorSplitKey));
    QSettings().remove(QLatin1String(RunConsole::OutputSplitKey));
}

void TestFunctionsEditor::syntaxErrorMarkedWhileTypingAndCleared()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    QVERIFY2(SyntaxChecker::shared()->isAvailable(),
             qPrintable(SyntaxChecker::shared()->unavailableReason()));
    CodeEditor *editor = tab->editor();
    // "return a + b;" on line 2 becomes "return a + b +* ;" as typed.
    editor->setFocus();
    editor->setAutoCompletionThreshold(-1);
    editor->setCursorPosition(1, editor->text(1).indexOf(u';'));
    QTest::keyClicks(editor, QStringLiteral(" +*"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->syntaxErrorLine(), 2, 10000);
    QVERIFY2(tab->syntaxStatus()->text().startsWith(QLatin1String("Line 2: Unexpected token")),
             qPrintable(tab->syntaxStatus()->text()));
    QVERIFY(tab->syntaxResult().hasError());
    QCOMPARE(tab->syntaxResult().column, editor->text(1).indexOf(u'*') + 1);
    // The run's own error marks are another matter and stay empty.
    QVERIFY(editor->errorLines().isEmpty());
    savePanelShotsIfAsked(tab, QStringLiteral("functions-syntax-error"));

    // Fixed (two Backspaces): the mark and the message go.
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(editor->syntaxErrorLine(), 0, 10000);
    QVERIFY(tab->syntaxStatus()->text().isEmpty());
    QVERIFY(tab->syntaxResult().checked && !tab->syntaxResult().hasError());

    // An error on another line moves the mark there.
    editor->setCursorPosition(2, 0);
    QTest::keyClicks(editor, QStringLiteral("}"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->syntaxErrorLine(), 3, 10000);
}

void TestFunctionsEditor::saveWithSyntaxErrorAsksFirst()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    const QString saved = tab->editor()->text();
    typeAtEnd(tab, QStringLiteral("exports = ;"));
    // Saved at once, before the pause after typing: the check still comes first.
    QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = tab->saveAnywayQuestion()) && question->isVisible(),
                             10000);
    QVERIFY2(question->text().contains(QStringLiteral("line %1").arg(tab->editor()->lines())),
             qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!tab->saveAnywayQuestion());
    QVERIFY(tab->isDirty());
    QVERIFY(!tab->isSaving());
    QCOMPARE(serverSource(QStringLiteral("greet")), saved);
}

void TestFunctionsEditor::syntaxCheckQuietlyOffWithoutNodeOrAcorn()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    for (SyntaxChecker *checker :
         { new SyntaxChecker(node, { QStringLiteral("/nonexistent/acorn") }, tab),
           new SyntaxChecker(QStringLiteral("/nonexistent/node"),
                             SyntaxChecker::defaultAcornPaths(), tab) }) {
        tab->setSyntaxChecker(checker);
        tab->editor()->setText(QStringLiteral("exports = function( {\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!checker->isAvailable(), 10000);
        QTRY_COMPARE(tab->syntaxStatus()->text(), QStringLiteral("Syntax check off"));
        QVERIFY2(tab->syntaxStatus()->toolTip().contains(checker->unavailableReason()),
                 qPrintable(tab->syntaxStatus()->toolTip()));
        QCOMPARE(tab->editor()->syntaxErrorLine(), 0);
        // Saving goes ahead without asking: the server's own check answers.
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
        QVERIFY(!tab->saveAnywayQuestion());
        QCOMPARE(tab->errorBanner()->error().errorCode, QStringLiteral("FunctionSyntaxError"));
        tab->errorBanner()->clear();
    }
}

void TestFunctionsEditor::stuckSyntaxCheckNeverHoldsUpSave()
{
    // A "node" that starts and never answers.
    QTemporaryDir dir;
    const QString stuck = dir.filePath(QStringLiteral("node"));
    QFile script(stuck);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 60\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    FunctionEditorTab *tab = open(QStringLiteral("summarizeOrders"));
    auto *checker = new SyntaxChecker(stuck, SyntaxChecker::defaultAcornPaths(), tab);
    checker->setAnswerTimeout(300);
    tab->setSyntaxChecker(checker);
    typeAtEnd(tab, QStringLiteral("// saved though the check hangs"));
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    tab->save();
    // The check is given up on, unchecked, and the save goes on.
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->saveAnywayQuestion());
    QVERIFY(!tab->syntaxResult().checked);
    QVERIFY(serverSource(QStringLiteral("summarizeOrders"))
                .endsWith(QLatin1String("// saved though the check hangs")));
}

void TestFunctionsEditor::saveErrorDetailsInOneDialog()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    const QString broken = QStringLiteral("exports = function(a, b) {\n  return a +* b;\n};\n");
    tab->editor()->setText(broken);
    tab->save();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = tab->saveAnywayQuestion()) && question->isVisible(),
                             10000);
    question->findChild<QPushButton *>(QStringLiteral("saveAnywayButton"))->click();
    // The server refuses it too, and says why in the banner.
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().errorCode, QStringLiteral("FunctionSyntaxError"));
    QCOMPARE(tab->editor()->text(), broken);

    const int topLevelsBefore = int(QApplication::topLevelWidgets().size());
    QTest::mouseClick(
        tab->errorBanner()->findChild<QPushButton *>(QStringLiteral("errorDetailsButton")),
        Qt::LeftButton);
    QDialog *details = nullptr;
    QTRY_VERIFY((details = tab->errorBanner()->detailsDialog()) && details->isVisible());
    // One window, no message box with a "Show Details…" of its own.
    QCOMPARE(int(QApplication::topLevelWidgets().size()), topLevelsBefore + 1);
    QVERIFY(!details->findChild<QMessageBox *>());
    auto *text = details->findChild<QPlainTextEdit *>(QStringLiteral("errorDetailsText"));
    QVERIFY(text && text->isVisible());
    QVERIFY(text->isReadOnly());
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QString all = text->toPlainText();
    for (const QString &part : { tab->errorBanner()->text(), QStringLiteral("FunctionSyntaxError"),
                                 QStringLiteral("HTTP status: 400"), QStringLiteral("PUT") })
        QVERIFY2(all.contains(part), qPrintable(part + QStringLiteral(" not in ") + all));
    // Details… again raises the same dialog rather than a second one.
    QTest::mouseClick(
        tab->errorBanner()->findChild<QPushButton *>(QStringLiteral("errorDetailsButton")),
        Qt::LeftButton);
    QCOMPARE(tab->errorBanner()->detailsDialog(), details);
    details->close();

    // Fixing the source clears the server's complaint along with the mark.
    tab->editor()->setText(QStringLiteral("exports = function(a, b) {\n  return a + b;\n};\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->errorBanner()->isVisible(), 10000);
}

void TestFunctionsEditor::renameOffersToUpdateCallers()
{
    const QString target = createFunction(QStringLiteral("formatTotal"),
                                          QStringLiteral("exports = (n) => `${n} EUR`;\n"));
    const QString closedCaller
        = QStringLiteral("exports = async function(n) {\n"
                         "  const text = await context.functions.execute(\"formatTotal\", n);\n"
                         "  return context.functions.execute( \"formatTotal\" , n + 1) + text;\n"
                         "};\n");
    const QString openCaller = QStringLiteral(
        "exports = function(n) {\n  return context.functions.execute('formatTotal', n);\n};\n");
    const QString bystander
        = QStringLiteral("exports = function() {\n  // formatTotal is not called here\n"
                         "  return context.functions.execute(\"formatTotalOld\");\n};\n");
    QVERIFY(!target.isEmpty());
    QVERIFY(!createFunction(QStringLiteral("invoiceText"), closedCaller).isEmpty());
    QVERIFY(!createFunction(QStringLiteral("receiptText"), openCaller).isEmpty());
    QVERIFY(!createFunction(QStringLiteral("unrelated"), bystander).isEmpty());
    m_panel->refresh();
    FunctionEditorTab *callerTab = open(QStringLiteral("receiptText"));
    QVERIFY(!callerTab->isDirty());

    // Rename as a user does: select the row, Rename…, type the name, OK.
    auto *list = m_panel->findChild<QTableView *>(QStringLiteral("functionList"));
    const QModelIndex index
        = m_panel->proxy()->index(proxyRowNamed(QStringLiteral("formatTotal")), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("renameFunctionButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<NameDialog>("functionNameDialog");
    auto *edit = dialog->findChild<QLineEdit *>();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("formatAmount"));
    QTest::keyClick(edit, Qt::Key_Return);

    auto *question = waitForDialog<QMessageBox>("renameCallersQuestion");
    QVERIFY2(question->text().contains(QStringLiteral("2 functions call “formatTotal”")),
             qPrintable(question->text()));
    QVERIFY(question->text().contains(QLatin1String("invoiceText")));
    QVERIFY(question->text().contains(QLatin1String("receiptText")));
    QVERIFY(!question->text().contains(QLatin1String("unrelated")));
    QVERIFY(question->informativeText().contains(QLatin1String("formatAmount")));
    savePanelShotsIfAsked(question, QStringLiteral("functions-rename-callers"));
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("renameAndUpdateButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("formatAmount")) >= 0, 20000);
    QCOMPARE(proxyRowNamed(QStringLiteral("formatTotal")), -1);
    // The closed caller is saved with both calls renamed, spacing and quotes as they were.
    QString expectedClosed = closedCaller;
    expectedClosed.replace(QStringLiteral("\"formatTotal\""), QStringLiteral("\"formatAmount\""));
    QTRY_COMPARE_WITH_TIMEOUT(serverSource(QStringLiteral("invoiceText")), expectedClosed, 20000);
    // The open one changes in its buffer (it had nothing unsaved, so it is saved too).
    QString expectedOpen = openCaller;
    expectedOpen.replace(QStringLiteral("'formatTotal'"), QStringLiteral("'formatAmount'"));
    QCOMPARE(callerTab->editor()->text(), expectedOpen);
    QTRY_VERIFY_WITH_TIMEOUT(!callerTab->isDirty() && !callerTab->isSaving(), 20000);
    QCOMPARE(serverSource(QStringLiteral("receiptText")), expectedOpen);
    QCOMPARE(serverSource(QStringLiteral("unrelated")), bystander);
    // Said in the status bar (before or after the open caller's own "Saved").
    QStringList said;
    for (const QList<QVariant> &message : std::as_const(status))
        said.append(message.at(0).toString());
    QVERIFY2(said.contains(QStringLiteral("Renamed the function to “formatAmount” and updated the "
                                          "calls in 2 functions.")),
             qPrintable(said.join(u'\n')));
    // And the renamed function still runs through its new name from a caller.
    callerTab->runConsole()->argumentsEditor()->setText(QStringLiteral("[5]"));
    QTest::mouseClick(callerTab->runConsole()->runSavedButton(), Qt::LeftButton);
    waitRun(callerTab->runConsole());
    QCOMPARE(resultValue(callerTab->runConsole()), QStringLiteral("5 EUR"));
}

QTEST_MAIN(TestFunctionsEditor)
#include "tst_functionseditor.moc"
