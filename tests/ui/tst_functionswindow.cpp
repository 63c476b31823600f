// The Functions panel inside the console's window: its navigation entry, Ctrl+F going to the
// code editor's find bar while the editor has the focus and to the list's filter otherwise, and
// closing the window with an unsaved buffer asking first.
#include "consolefixture.h"

#include <models/functionlistmodel.h>
#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/findreplacebar.h>

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>

class TestFunctionsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void functionsEntryShowsPanel();
    void findGoesToEditorOrFilter();
    void saveByButtonAndFileMenu();
    void commandsActOnTheTabInFront();
    void closingWithUnsavedBufferAsks();

private:
    ConsoleFixture m_console;
};

void TestFunctionsWindow::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_functionswindow"));
    m_console.create(QStringLiteral("Local"));
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_console.window()->session()->isSignedIn(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    m_console.selectApp(QStringLiteral("demo-app"));
}

void TestFunctionsWindow::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

void TestFunctionsWindow::functionsEntryShowsPanel()
{
    auto *navigation = m_console.child<QListWidget>("navigation");
    const QList<QListWidgetItem *> items
        = navigation->findItems(QStringLiteral("Functions"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()->flags() & Qt::ItemIsEnabled);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(items.first()).center());
    FunctionsPanel *panel = m_console.panel<FunctionsPanel>("functions");
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->appId()
                                     == m_console.window()->session()->currentApp().id
                                 && !panel->model()->isLoading(),
                             20000);
}

void TestFunctionsWindow::findGoesToEditorOrFilter()
{
    FunctionsPanel *panel = m_console.panel<FunctionsPanel>("functions");
    panel->createFunction(QStringLiteral("windowTest"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->currentTab(), 20000);
    CodeEditor *editor = panel->currentTab()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(editor->findReplaceBar()->isVisible());

    auto *filter = m_console.child<QLineEdit>("functionFilterEdit");
    auto *list = m_console.child<QWidget>("functionList");
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

void TestFunctionsWindow::saveByButtonAndFileMenu()
{
    FunctionsPanel *panel = m_console.panel<FunctionsPanel>("functions");
    FunctionEditorTab *tab = panel->currentTab();
    auto *button = tab->findChild<QPushButton *>(QStringLiteral("saveFunctionButton"));
    auto *fileSave = m_console.window()->findChild<QAction *>(QStringLiteral("fileSaveAction"));
    QVERIFY(button && button->isVisible() && fileSave);
    QVERIFY(fileSave->text().endsWith(QLatin1String("\tCtrl+S")));
    QVERIFY(!button->isEnabled() && !fileSave->isEnabled()); // nothing to save yet

    CodeEditor *editor = tab->editor();
    editor->setAutoCompletionThreshold(-1);
    editor->setFocus();
    // A buffer opens at its start; the comment goes after the code.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("// by button"));
    QTRY_VERIFY(button->isEnabled() && fileSave->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isSaving(), 20000);
    QVERIFY(!button->isEnabled() && !fileSave->isEnabled());
    // The save is confirmed where every other command is, in the status bar.
    QCOMPARE(m_console.window()->statusBar()->currentMessage(),
             QStringLiteral("Saved the function “%1”.").arg(tab->functionName()));

    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("// by menu"));
    QTRY_VERIFY(fileSave->isEnabled());
    fileSave->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isSaving(), 20000);
    QVERIFY(tab->editor()->text().endsWith(QLatin1String("// by menu")));

    // Another panel has nothing to save: File > Save goes grey there.
    m_console.window()->showPanel(QStringLiteral("apps"));
    QVERIFY(!fileSave->isEnabled());
    m_console.window()->showPanel(QStringLiteral("functions"));
}

void TestFunctionsWindow::commandsActOnTheTabInFront()
{
    // The list shows no selection (a filter hides the row): Rename acts on the tab in front.
    FunctionsPanel *panel = m_console.panel<FunctionsPanel>("functions");
    auto *filter = m_console.child<QLineEdit>("functionFilterEdit");
    filter->setText(QStringLiteral("no-such-function"));
    auto *list = m_console.child<QTableView>("functionList");
    list->selectionModel()->clearSelection();
    auto *rename = m_console.child<QPushButton>("renameFunctionButton");
    QTRY_VERIFY(rename->isEnabled());
    QTest::mouseClick(rename, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_console.window()->findChild<QDialog *>(
                         QStringLiteral("functionNameDialog")))
                && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             panel->currentTab()->functionName());
    dialog->reject();
    filter->clear();
}

void TestFunctionsWindow::closingWithUnsavedBufferAsks()
{
    FunctionsPanel *panel = m_console.panel<FunctionsPanel>("functions");
    CodeEditor *editor = panel->currentTab()->editor();
    editor->setFocus();
    editor->setAutoCompletionThreshold(-1);
    QTest::keyClicks(editor, QStringLiteral("// unsaved"));
    QVERIFY(panel->hasUnsavedChanges());

    QVERIFY(!m_console.window()->close());
    QVERIFY(m_console.window()->isVisible());
    auto *box = m_console.window()->findChild<QMessageBox *>(QStringLiteral("closeWindowQuestion"));
    QTRY_VERIFY(box && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(m_console.window()->isVisible());
    QVERIFY(panel->hasUnsavedChanges());

    QVERIFY(!m_console.window()->close());
    QTRY_VERIFY(
        (box = m_console.window()->findChild<QMessageBox *>(QStringLiteral("closeWindowQuestion")))
        && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!m_console.window()->isVisible());
}

QTEST_MAIN(TestFunctionsWindow)
#include "tst_functionswindow.moc"
