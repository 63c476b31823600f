// The Functions panel inside the console's window: its navigation entry, Ctrl+F going to the
// code editor's find bar while the editor has the focus and to the list's filter otherwise, and
// closing the window with an unsaved buffer asking first.
#include "consolefixture.h"

#include <models/functionlistmodel.h>
#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/findreplacebar.h>

#include <QLineEdit>
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
