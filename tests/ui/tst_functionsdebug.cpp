// The debugger in the Functions editor, driven as a user would against the real local server:
// a breakpoint set with F9 (kept across tabs and restarts), Debug, the paused line marked, the
// call stack, a local in the variables tree, a watch, an evaluation, a step with F10 and the
// console output as it comes, Continue to the result in the run console; the source edited
// while paused (and Restart); Stop; Debug off with its reason.
#include "functionspaneldriver.h"
#include "panelshots.h"

#include <models/callstackmodel.h>
#include <models/variablesmodel.h>
#include <panels/debughover.h>
#include <panels/debugpane.h>
#include <panels/editordebugmarks.h>
#include <panels/functiondebugger.h>

#include <QListView>
#include <QSignalSpy>
#include <QTreeWidget>

namespace {

const QString DebugMeSource = QStringLiteral("exports = function(a, b) {\n" // 1
                                             "  const total = a + b;\n" // 2
                                             "  const doubled = total * 2;\n" // 3
                                             "  console.log('doubled', doubled);\n" // 4
                                             "  return context.functions.execute('sum', "
                                             "doubled, 1);\n" // 5
                                             "};\n");

} // namespace

class TestFunctionsDebug : public QObject, private FunctionsPanelDriver
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDown(); }
    void cleanup() { closeEverything(); }
    void pauseInspectStepContinue();
    void breakpointsKeptPerFunction();
    void editWhilePausedOffersRestart();
    void stopEndsDebugMode();
    void debugOffSaysWhy();

private:
    FunctionEditorTab *openWithBreakpoint(int line);
    static void waitState(FunctionEditorTab *tab, FunctionDebugger::State state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(tab->debugger()->state() == state, 30000);
    }
};

void TestFunctionsDebug::initTestCase()
{
    QVERIFY(setUp(QStringLiteral("tst_functionsdebug")));
    StitchFunction function;
    function.name = QStringLiteral("debugMe");
    function.source = DebugMeSource;
    QVERIFY(SignedInFixture::finish(functioncalls::create(*m_fx.session->client(), m_fx.groupId,
                                                          m_fx.app.id, function)));
    m_panel->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("debugMe")) >= 0, 20000);
}

FunctionEditorTab *TestFunctionsDebug::openWithBreakpoint(int line)
{
    FunctionEditorTab *tab = open(QStringLiteral("debugMe"));
    if (!tab)
        return nullptr;
    for (int existing : tab->debugMarks()->breakpoints())
        tab->debugMarks()->toggle(existing);
    tab->editor()->setFocus();
    tab->editor()->setCursorPosition(line - 1, 0);
    QTest::keyClick(tab->editor(), Qt::Key_F9);
    tab->runConsole()->argumentsEditor()->setText(QStringLiteral("[2, 3]"));
    // Debug is on once the server has said it can debug.
    if (!QTest::qWaitFor([tab] { return tab->debugButton()->isEnabled(); }, 20000))
        return nullptr;
    return tab;
}

void TestFunctionsDebug::pauseInspectStepContinue()
{
    FunctionEditorTab *tab = openWithBreakpoint(3);
    QVERIFY(tab);
    QCOMPARE(tab->debugMarks()->breakpoints(), QList<int> { 3 });
    QVERIFY(tab->debugButton()->isEnabled());
    QVERIFY(tab->debugButton()->toolTip().contains(QLatin1String("Ctrl+F5")));
    QVERIFY(!tab->debugPane()->isVisible());

    QTest::mouseClick(tab->debugButton(), Qt::LeftButton);
    waitState(tab, FunctionDebugger::State::Paused);
    QVERIFY(tab->debugPane()->isVisible());
    QCOMPARE(tab->debugMarks()->currentLine(), 3);
    QVERIFY(tab->editor()->markersAtLine(2) & (1 << EditorDebugMarks::CurrentLineMarker));
    QCOMPARE(tab->debugButton()->text().remove(u'&'), QStringLiteral("Continue"));
    DebugPane *pane = tab->debugPane();
    QVERIFY(pane->statusLabel()->text().contains(QLatin1String("line 3")));

    // The call stack: this function, line 3.
    QCOMPARE(pane->callStackView()->model()->rowCount(), 1);
    QCOMPARE(pane->callStackView()->model()->index(0, 0).data(CallStackModel::LineRole).toInt(), 3);
    // The local scope opens by itself and shows total = 5.
    QAbstractItemModel *variables = pane->variablesView()->model();
    const QModelIndex local = variables->index(0, 0);
    QCOMPARE(local.data().toString(), QStringLiteral("Local"));
    QTRY_VERIFY_WITH_TIMEOUT(variables->rowCount(local) >= 3, 10000);
    QString total;
    for (int row = 0; row < variables->rowCount(local); ++row) {
        if (variables->index(row, 0, local).data().toString() == QLatin1String("total"))
            total = variables->index(row, 1, local).data().toString();
    }
    QCOMPARE(total, QStringLiteral("5"));

    // Value on hover: resting on `total` in line 3 shows its value; on a keyword, nothing.
    DebugHover *hover = tab->debugHover();
    const int line3 = int(tab->editor()->positionFromLineIndex(2, 0));
    const int onTotal = line3 + int(QStringLiteral("  const doubled = ").size()) + 2;
    QCOMPARE(hover->expressionAt(onTotal), QStringLiteral("total"));
    QCOMPARE(hover->expressionAt(line3 + 3), QString()); // "const"
    QSignalSpy hovered(hover, &DebugHover::shown);
    emit tab->editor()->SCN_DWELLSTART(onTotal, 10, 10);
    QTRY_VERIFY_WITH_TIMEOUT(!hovered.isEmpty(), 10000);
    QCOMPARE(hover->lastShown(), QStringLiteral("total = 5"));

    // A watch, typed and entered.
    QTest::keyClicks(pane->watchEdit(), QStringLiteral("total * 10"));
    QTest::keyClick(pane->watchEdit(), Qt::Key_Return);
    QCOMPARE(pane->watchList()->topLevelItemCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane->watchList()->topLevelItem(0)->text(1), QStringLiteral("50"),
                              10000);
    // An evaluation in the frame.
    QTest::keyClicks(pane->evaluateEdit(), QStringLiteral("a * b"));
    QTest::keyClick(pane->evaluateEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->evaluateOutput()->toPlainText().endsWith(QLatin1String("6")),
                             10000);
    QTest::keyClicks(pane->evaluateEdit(), QStringLiteral("missing.x"));
    QTest::keyClick(pane->evaluateEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->evaluateOutput()->toPlainText().contains(QLatin1String("Error:")),
                             10000);
    pane->variablesView()->resizeColumnToContents(0);
    if (!qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty()) {
        QVERIFY(QDir().mkpath(qEnvironmentVariable("STITCH_SHOTS_DIR")));
        QVERIFY(m_panel->grab().save(qEnvironmentVariable("STITCH_SHOTS_DIR")
                                     + QStringLiteral("/functions-debugger-paused.png")));
    }

    // F10 steps over line 3; two steps on, line 4's console.log has shown as it ran.
    tab->editor()->setFocus();
    QTest::keyClick(tab->editor(), Qt::Key_F10);
    QTRY_COMPARE_WITH_TIMEOUT(tab->debugMarks()->currentLine(), 4, 10000);
    waitState(tab, FunctionDebugger::State::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(pane->watchList()->topLevelItem(0)->text(1), QStringLiteral("50"),
                              10000);
    QVERIFY(!tab->runConsole()->logsView()->toPlainText().contains(QLatin1String("doubled")));
    QTest::keyClick(tab->editor(), Qt::Key_F10);
    QTRY_COMPARE_WITH_TIMEOUT(tab->debugMarks()->currentLine(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->runConsole()->logsView()->toPlainText().contains(QLatin1String("doubled 10")), 10000);

    // F8 continues to the end: the result is in the run console, debug mode is over.
    QTest::keyClick(tab->editor(), Qt::Key_F8);
    waitState(tab, FunctionDebugger::State::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->runConsole()->isDebugging(), 10000);
    QCOMPARE(resultValue(tab->runConsole()), QStringLiteral("11"));
    QVERIFY(!tab->debugPane()->isVisible());
    QCOMPARE(tab->debugMarks()->currentLine(), 0);
    QVERIFY(!tab->runConsole()->history().isEmpty());
    QCOMPARE(tab->debugButton()->text().remove(u'&'), QStringLiteral("Debug"));
}

void TestFunctionsDebug::breakpointsKeptPerFunction()
{
    FunctionEditorTab *tab = openWithBreakpoint(2);
    QVERIFY(tab);
    QCOMPARE(tab->debugMarks()->breakpoints(), QList<int> { 2 });
    closeEverything();
    // A new panel (as after a restart) reads them back from the settings.
    m_panel = std::make_unique<FunctionsPanel>(m_fx.session.get(), m_autosaveDir.path());
    m_panel->resize(1200, 800);
    m_panel->show();
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("debugMe")) >= 0, 20000);
    tab = open(QStringLiteral("debugMe"));
    QVERIFY(tab);
    QCOMPARE(tab->debugMarks()->breakpoints(), QList<int> { 2 });
}

void TestFunctionsDebug::editWhilePausedOffersRestart()
{
    FunctionEditorTab *tab = openWithBreakpoint(2);
    QVERIFY(tab);
    QTest::keyClick(tab->editor(), Qt::Key_F5, Qt::ControlModifier);
    waitState(tab, FunctionDebugger::State::Paused);
    QVERIFY(!tab->debugPane()->sourceChangedShown());
    typeAtEnd(tab, QStringLiteral("// edited"));
    QVERIFY(tab->debugPane()->sourceChangedShown());
    QTest::mouseClick(tab->debugPane()->restartButton(), Qt::LeftButton);
    // The old run ends and a new one, of the edited text, pauses at the breakpoint again.
    QTRY_VERIFY_WITH_TIMEOUT(tab->debugger()->startedSource().endsWith(QLatin1String("// edited")),
                             30000);
    waitState(tab, FunctionDebugger::State::Paused);
    QVERIFY(!tab->debugPane()->sourceChangedShown());
    QCOMPARE(tab->debugMarks()->currentLine(), 2);
    tab->debugger()->stop();
    waitState(tab, FunctionDebugger::State::Idle);
}

void TestFunctionsDebug::stopEndsDebugMode()
{
    FunctionEditorTab *tab = openWithBreakpoint(2);
    QVERIFY(tab);
    QTest::mouseClick(tab->debugButton(), Qt::LeftButton);
    waitState(tab, FunctionDebugger::State::Paused);
    QTest::mouseClick(tab->debugPane()->stopButton(), Qt::LeftButton);
    waitState(tab, FunctionDebugger::State::Idle);
    QVERIFY(!tab->debugPane()->isVisible());
    QCOMPARE(tab->debugMarks()->currentLine(), 0);
    QVERIFY(tab->runConsole()->statusLabel()->text().contains(QLatin1String("Stopped")));
    QVERIFY(tab->runConsole()->runSavedButton()->isEnabled());
}

void TestFunctionsDebug::debugOffSaysWhy()
{
    FunctionEditorTab *tab = open(QStringLiteral("debugMe"));
    QVERIFY(tab);
    tab->setDebugAvailable(false, QStringLiteral("This server has no debugger."));
    QVERIFY(!tab->debugButton()->isEnabled());
    QCOMPARE(tab->debugButton()->toolTip(), QStringLiteral("This server has no debugger."));
    QTest::keyClick(tab->editor(), Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(tab->debugger()->state(), FunctionDebugger::State::Idle);
}

QTEST_MAIN(TestFunctionsDebug)
#include "tst_functionsdebug.moc"
