// The Functions panel as a user meets it, against the real in-process local server and its
// Node.js runtime: open, create, edit, save, conflicts, syntax errors, autosave and recovery,
// test runs (saved, buffer, with arguments, as a user), and screenshots in light and dark.
#include "functionsfixture.h"

#include <app/theme.h>
#include <models/functionlistmodel.h>
#include <models/json/jsontreemodel.h>
#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <panels/runconsole.h>
#include <panels/saveconflictdialog.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <Qsci/qscilexerjavascript.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTreeView>

class TestFunctionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listsDemoFunctionsAndFilters();
    void openShowsHighlightedSource();
    void completionOffersContextAndNames();
    void createEditSave();
    void conflictKeepMine();
    void conflictTakeServer();
    void syntaxErrorMarksLineAndKeepsBuffer();
    void runSavedWithArguments();
    void runBufferWithLogs();
    void runBufferAsUser();
    void runErrorMarksLine();
    void invalidArgumentsRefused();
    void argumentsRememberedPerFunction();
    void runHistoryCompare();
    void abandonLongRun();
    void autosaveWrittenAndRecoveredAfterCrash();
    void closeTabAsksAndDiscards();
    void deletedElsewhereKeepsBufferAndRecreates();
    void renameDuplicateDelete();
    void serverDownKeepsBuffer();
    void screenshots();
    void sessionExpiryKeepsBuffer();

private:
    FunctionEditorTab *open(const QString &name);
    int proxyRowNamed(const QString &name) const;
    void typeAtEnd(FunctionEditorTab *tab, const QString &text);
    void waitRun(RunConsole *console);
    QString resultValue(RunConsole *console);
    template<typename T> T *waitForDialog(const char *objectName = nullptr);

    FunctionsFixture m_fx;
    QTemporaryDir m_autosaveDir;
    std::unique_ptr<FunctionsPanel> m_panel;
};

void TestFunctionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_functionspanel"));
    QSettings().clear();
    QVERIFY(m_autosaveDir.isValid());
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<FunctionsPanel>(m_fx.session.get(), m_autosaveDir.path());
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("sum")) >= 0, 20000);
}

void TestFunctionsPanel::cleanupTestCase()
{
    m_panel.reset();
    QSettings().clear();
}

void TestFunctionsPanel::cleanup()
{
    // Every test starts with no tab open and no dialog left.
    const QWidgetList dialogs = QApplication::topLevelWidgets();
    for (QWidget *widget : dialogs) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
    }
    if (m_panel)
        m_panel->discardAll();
}

int TestFunctionsPanel::proxyRowNamed(const QString &name) const
{
    QSortFilterProxyModel *proxy = m_panel->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, FunctionListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

FunctionEditorTab *TestFunctionsPanel::open(const QString &name)
{
    auto *list = m_panel->findChild<QTableView *>(QStringLiteral("functionList"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(name) >= 0, 20000); }();
    const QModelIndex index = m_panel->proxy()->index(proxyRowNamed(name), 0);
    list->scrollTo(index);
    // As a user does: click the row, press Enter.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTest::keyClick(list, Qt::Key_Return);
    FunctionEditorTab *tab = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((tab = m_panel->currentTab()) && tab->functionName() == name,
                                 20000);
    }();
    return tab;
}

void TestFunctionsPanel::typeAtEnd(FunctionEditorTab *tab, const QString &text)
{
    CodeEditor *editor = tab->editor();
    editor->setFocus();
    editor->setAutoCompletionThreshold(-1);
    const int last = editor->lines() - 1;
    editor->setCursorPosition(last, editor->text(last).size());
    QTest::keyClicks(editor, text);
}

void TestFunctionsPanel::waitRun(RunConsole *console)
{
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
}

QString TestFunctionsPanel::resultValue(RunConsole *console)
{
    // A scalar result shows as one row with its value.
    JsonTreeModel *model = console->resultModel();
    if (model->rowCount() == 0)
        return {};
    return model->index(0, JsonTreeModel::ValueColumn).data().toString();
}

template<typename T> T *TestFunctionsPanel::waitForDialog(const char *objectName)
{
    T *found = nullptr;
    auto look = [&] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            auto *candidate = qobject_cast<T *>(widget);
            if (candidate && candidate->isVisible()
                && (!objectName || candidate->objectName() == QLatin1String(objectName)))
                found = candidate;
        }
        return found != nullptr;
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(look(), 20000); }();
    return found;
}

void TestFunctionsPanel::listsDemoFunctionsAndFilters()
{
    QVERIFY(proxyRowNamed(QStringLiteral("greet")) >= 0);
    QVERIFY(proxyRowNamed(QStringLiteral("onUserLogin")) >= 0);
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("functionFilterEdit"));
    m_panel->focusFilter();
    QTest::keyClicks(filter, QStringLiteral("SUM"));
    QVERIFY(proxyRowNamed(QStringLiteral("sum")) >= 0);
    QCOMPARE(proxyRowNamed(QStringLiteral("greet")), -1);
    filter->clear();
    QVERIFY(proxyRowNamed(QStringLiteral("greet")) >= 0);
}

void TestFunctionsPanel::openShowsHighlightedSource()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    QVERIFY(tab);
    QVERIFY(tab->editor()->text().contains(QStringLiteral("return a + b;")));
    QVERIFY(tab->editor()->lexer() == tab->editor()->javaScriptLexer());
    QVERIFY(!tab->isDirty());
    QCOMPARE(m_panel->tabCount(), 1);
    // Opening it again shows the same tab.
    open(QStringLiteral("sum"));
    QCOMPARE(m_panel->tabCount(), 1);
    FunctionEditorTab *second = open(QStringLiteral("greet"));
    QCOMPARE(m_panel->tabCount(), 2);
    QVERIFY(second != tab);
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(second)), QStringLiteral("greet"));
}

void TestFunctionsPanel::completionOffersContextAndNames()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    CodeEditor *editor = tab->editor();
    editor->setAutoCompletionThreshold(-1);
    editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    editor->setCursorPosition(1, 2);
    QTest::keyClicks(editor, QStringLiteral("context."));
    const QStringList members = editor->completionList();
    QVERIFY2(members.join(QLatin1Char(' ')).contains(QLatin1String("values")),
             qPrintable(members.join(QLatin1Char(' '))));
    QVERIFY(members.join(QLatin1Char(' ')).contains(QLatin1String("functions")));
    QTest::keyClicks(editor, QStringLiteral("functions.execute(\""));
    const QStringList names = editor->completionList();
    QVERIFY2(names.contains(QStringLiteral("greet")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(QStringLiteral("summarizeOrders")));
    // The app's value names come from the server (GET .../values) when the panel loads the app.
    editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    editor->setCursorPosition(1, 2);
    QTest::keyClicks(editor, QStringLiteral("context.values.get(\""));
    QTRY_VERIFY2(editor->completionList().contains(QStringLiteral("appConfig")),
                 qPrintable(editor->completionList().join(QLatin1Char(' '))));
    QVERIFY(editor->completionList().contains(QStringLiteral("greeting")));
}

void TestFunctionsPanel::createEditSave()
{
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newFunctionButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<QInputDialog>("functionNameDialog");
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("madeByTest"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->currentTab() && m_panel->currentTab()->functionName() == "madeByTest", 20000);
    FunctionEditorTab *tab = m_panel->currentTab();
    QVERIFY(!tab->isDirty());
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("madeByTest")) >= 0, 20000);

    typeAtEnd(tab, QStringLiteral("// edited"));
    QVERIFY(tab->isDirty());
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs->tabText(tabs->indexOf(tab)).endsWith(QStringLiteral("●")));
    tab->privateCheck()->setFocus();
    QTest::keyClick(tab->privateCheck(), Qt::Key_Space);
    QVERIFY(tab->privateCheck()->isChecked());

    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDirty());
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("madeByTest"));
    const StitchFunction server = m_fx.fetch(*m_fx.other, tab->functionId());
    QVERIFY(server.source.endsWith(QStringLiteral("// edited")));
    QVERIFY(server.isPrivate);
}

void TestFunctionsPanel::conflictKeepMine()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
    changed.source += QStringLiteral("// from the other client\n");
    QVERIFY(FunctionsFixture::finish(
        functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));

    typeAtEnd(tab, QStringLiteral("// mine"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), 20000);
    SaveConflictDialog *dialog = tab->conflictDialog();
    QTRY_VERIFY(dialog->diffView()->isDiffReady());
    QVERIFY(dialog->diffView()->leftText().endsWith(QStringLiteral("// mine")));
    QVERIFY(dialog->diffView()->rightText().contains(QStringLiteral("// from the other client")));
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDirty());
    QVERIFY(m_fx.fetch(*m_fx.other, tab->functionId()).source.endsWith(QStringLiteral("// mine")));
}

void TestFunctionsPanel::conflictTakeServer()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
    changed.source = QStringLiteral("exports = function() { return 'server'; };\n");
    QVERIFY(FunctionsFixture::finish(
        functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));
    typeAtEnd(tab, QStringLiteral("// mine again"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), 20000);
    QTest::mouseClick(tab->conflictDialog()->takeServerButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->editor()->text(), changed.source);
    QVERIFY(!tab->isDirty());
}

void TestFunctionsPanel::syntaxErrorMarksLineAndKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    const QString broken = QStringLiteral("exports = function(a, b) {\n  return a +* b;\n};\n");
    tab->editor()->setText(broken);
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().errorCode, QStringLiteral("FunctionSyntaxError"));
    QCOMPARE(tab->editor()->errorLines(), QList<int> { 2 });
    QCOMPARE(tab->editor()->text(), broken);
    QVERIFY(tab->isDirty());
}

void TestFunctionsPanel::runSavedWithArguments()
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
}

void TestFunctionsPanel::runBufferWithLogs()
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

void TestFunctionsPanel::runBufferAsUser()
{
    const QString userId = m_fx.createUser(QStringLiteral("runner@example.com"));
    QVERIFY(!userId.isEmpty());
    QSignalSpy users(m_panel.get(), &FunctionsPanel::usersLoaded);
    m_panel->refresh();
    QVERIFY(users.wait(20000));
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    RunConsole *console = tab->runConsole();
    auto *combo = console->findChild<QComboBox *>(QStringLiteral("runAsCombo"));
    QVERIFY(combo->findText(QStringLiteral("runner@example.com")) > 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("runner@example.com")));
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
    QVERIFY(FunctionsFixture::finish(
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

void TestFunctionsPanel::runErrorMarksLine()
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

void TestFunctionsPanel::invalidArgumentsRefused()
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

void TestFunctionsPanel::argumentsRememberedPerFunction()
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

void TestFunctionsPanel::runHistoryCompare()
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

void TestFunctionsPanel::abandonLongRun()
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

void TestFunctionsPanel::autosaveWrittenAndRecoveredAfterCrash()
{
    FunctionEditorTab *tab = open(QStringLiteral("summarizeOrders"));
    const QString serverSource = tab->editor()->text();
    typeAtEnd(tab, QStringLiteral("// not saved yet"));
    const QString path = m_panel->autosaveStore()->filePathFor(
        AutosaveStore::keyFor(m_fx.app.id, tab->functionId()));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
    QVERIFY2(clock.elapsed() <= 2500, qPrintable(QString::number(clock.elapsed())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("// not saved yet"));
    file.close();

    // The "crash": a second panel over the same data folder, as a restarted console would be;
    // the first one never closed its tab.
    FunctionsPanel restarted(m_fx.session.get(), m_autosaveDir.path());
    restarted.resize(1000, 700);
    restarted.show();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.recoveredBuffers().size(), qsizetype(1), 20000);
    auto *box = restarted.findChild<QWidget *>(QStringLiteral("recoveryBox"));
    QVERIFY(box->isVisible());
    QTest::mouseClick(restarted.findChild<QPushButton *>(QStringLiteral("recoveryButton")),
                      Qt::LeftButton);
    auto *dialog = waitForDialog<SaveConflictDialog>();
    QCOMPARE(dialog->mode(), SaveConflictDialog::Mode::Recovery);
    QTRY_VERIFY(dialog->diffView()->isDiffReady());
    QVERIFY(dialog->diffView()->leftText().endsWith(QStringLiteral("// not saved yet")));
    QCOMPARE(dialog->diffView()->rightText(), serverSource);
    QVERIFY(!dialog->diffView()->unifiedText().isEmpty());
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_COMPARE(restarted.tabCount(), 1);
    FunctionEditorTab *recovered = restarted.tabAt(0);
    QVERIFY(recovered->editor()->text().endsWith(QStringLiteral("// not saved yet")));
    QVERIFY(recovered->isDirty());
    QVERIFY(!box->isVisible());
    restarted.discardAll();
    QTRY_VERIFY(!QFile::exists(path));
}

void TestFunctionsPanel::closeTabAsksAndDiscards()
{
    FunctionEditorTab *tab = open(QStringLiteral("greet"));
    typeAtEnd(tab, QStringLiteral("// to be dropped"));
    QVERIFY(m_panel->hasUnsavedChanges());
    auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    const int before = tabs->count();
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    auto *box = waitForDialog<QMessageBox>("closeTabQuestion");
    QCOMPARE(tabs->count(), before);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(tabs->count(), before);
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    box = waitForDialog<QMessageBox>("closeTabQuestion");
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(tabs->count(), before - 1);
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void TestFunctionsPanel::deletedElsewhereKeepsBufferAndRecreates()
{
    StitchFunction made;
    made.name = QStringLiteral("doomed");
    made.source = QStringLiteral("exports = function() { return 'doomed'; };\n");
    QVERIFY(FunctionsFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, made)));
    m_panel->refresh();
    FunctionEditorTab *tab = open(QStringLiteral("doomed"));
    QVERIFY(FunctionsFixture::finish(functioncalls::remove(*m_fx.other->client(), m_fx.groupId,
                                                           m_fx.app.id, tab->functionId())));
    typeAtEnd(tab, QStringLiteral("// still mine"));
    const QString buffer = tab->editor()->text();
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->isDeletedOnServer(), 20000);
    QVERIFY(tab->errorBanner()->isVisible());
    QCOMPARE(tab->editor()->text(), buffer);
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    tab->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->isDeletedOnServer());
    QCOMPARE(m_fx.fetch(*m_fx.other, tab->functionId()).source, buffer);
}

void TestFunctionsPanel::renameDuplicateDelete()
{
    StitchFunction made;
    made.name = QStringLiteral("toRename");
    made.source = QStringLiteral("exports = function() { return 'r'; };\n");
    QVERIFY(FunctionsFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, made)));
    m_panel->refresh();
    FunctionEditorTab *tab = open(QStringLiteral("toRename"));
    const QString id = tab->functionId();

    m_panel->renameFunction(id, QStringLiteral("renamed"));
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed")) >= 0, 20000);
    QCOMPARE(proxyRowNamed(QStringLiteral("toRename")), -1);
    QCOMPARE(tab->functionName(), QStringLiteral("renamed"));

    // A duplicate name is refused with the server's message; nothing else changes.
    m_panel->renameFunction(id, QStringLiteral("sum"));
    auto *banner = m_panel->findChild<ErrorBanner *>(QStringLiteral("functionsErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->error().httpStatus, 409);

    m_panel->duplicateFunction(id, QStringLiteral("renamed_copy"));
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed_copy")) >= 0, 20000);
    QCOMPARE(m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("renamed_copy"))).source,
             made.source);

    auto *list = m_panel->findChild<QTableView *>(QStringLiteral("functionList"));
    const QModelIndex index = m_panel->proxy()->index(proxyRowNamed(QStringLiteral("renamed")), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deleteFunctionButton")),
                      Qt::LeftButton);
    auto *confirm = waitForDialog<QDialog>();
    confirm->accept();
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("renamed")) < 0, 20000);
    QVERIFY(!m_panel->tabFor(id));
}

void TestFunctionsPanel::serverDownKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    typeAtEnd(tab, QStringLiteral("// typed while the server is away"));
    const QString buffer = tab->editor()->text();
    // A port nothing listens on: take a free one and let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    ApiClient *client = m_fx.session->client();
    const QUrl live = client->baseUrl();
    client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().kind, ApiError::Network);
    QCOMPARE(tab->editor()->text(), buffer);
    QVERIFY(tab->isDirty());
    QTest::mouseClick(tab->runConsole()->runBufferButton(), Qt::LeftButton);
    waitRun(tab->runConsole());
    QVERIFY(tab->runConsole()->statusLabel()->text().startsWith(
        RunConsole::tr("The run failed: %1").arg(QString())));
    client->setBaseUrl(live);
    QSignalSpy saved(tab, &FunctionEditorTab::saved);
    tab->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(!tab->errorBanner()->isVisible());
}

void TestFunctionsPanel::screenshots()
{
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        FunctionEditorTab *tab = open(QStringLiteral("summarizeOrders"));
        RunConsole *console = tab->runConsole();
        tab->editor()->setText(tab->serverVersion().source);
        tab->editor()->insertAt(QStringLiteral("  console.log(`${orders.length} orders`);\n"), 1,
                                0);
        console->argumentsEditor()->setText(
            QStringLiteral("[[{\"amount\": 12.5}, {\"amount\": 30}, {\"amount\": 7}]]"));
        QTest::mouseClick(console->runBufferButton(), Qt::LeftButton);
        waitRun(console);
        QVERIFY2(!console->statusLabel()->property("isError").toBool(),
                 qPrintable(console->statusLabel()->text()));
        QVERIFY(console->resultModel()->rowCount() > 0);
        QVERIFY(!console->logsView()->toPlainText().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(
            m_panel->grab().save(QStringLiteral("/tmp/shots/functions-editor-%1.png").arg(suffix)));

        StitchFunction changed = m_fx.fetch(*m_fx.other, tab->functionId());
        changed.source.replace(QStringLiteral("const limit"), QStringLiteral("let limit"));
        changed.source += QStringLiteral("// reviewed on the server (%1)\n").arg(suffix);
        QVERIFY(FunctionsFixture::finish(
            functioncalls::update(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, changed)));
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(),
                                 20000);
        QTRY_VERIFY(tab->conflictDialog()->diffView()->isDiffReady());
        QCoreApplication::processEvents();
        QVERIFY(tab->conflictDialog()->grab().save(
            QStringLiteral("/tmp/shots/functions-conflict-%1.png").arg(suffix)));
        QTest::mouseClick(tab->conflictDialog()->takeServerButton(), Qt::LeftButton);
        QTRY_VERIFY(!tab->isSaving());
        m_panel->discardAll();
    }
    theme::apply(false);
}

void TestFunctionsPanel::sessionExpiryKeepsBuffer()
{
    FunctionEditorTab *tab = open(QStringLiteral("sum"));
    typeAtEnd(tab, QStringLiteral("// typed before the session ended"));
    const QString buffer = tab->editor()->text();
    QSignalSpy ended(m_fx.session.get(), &Session::sessionEnded);
    // Tokens the server never issued: the save gets 401, the refresh fails, the session ends.
    m_fx.session->client()->setTokens(QStringLiteral("not-a-token"), QStringLiteral("not-a-token"));
    tab->save();
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    QCOMPARE(tab->errorBanner()->error().httpStatus, 401);
    QCOMPARE(tab->editor()->text(), buffer);
    QVERIFY(tab->isDirty());
    QVERIFY(!tab->isSaving());
}

QTEST_MAIN(TestFunctionsPanel)
#include "tst_functionspanel.moc"
