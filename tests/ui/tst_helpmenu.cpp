// Help menu of the real window signed in to the built-in Local server: the keyboard shortcuts
// come from the actions (a menu's, every panel's), the README is the one built in with its
// picture, About names the console, Qt, QScintilla and the server the session talks to.
#include "consolefixture.h"
#include "panelshots.h"

#include <api/apiclient.h>
#include <app/helpmenu.h>
#include <panels/panel.h>

#include <Qsci/qsciglobal.h>

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTreeWidget>

class TestHelpMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void shortcutsListEveryKeyedAction();
    void readmeIsTheBuiltInOne();
    void aboutNamesEveryVersionAndTheServer();

private:
    QAction *helpAction(const char *name) const;
    ConsoleFixture m_console;
};

void TestHelpMenu::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_helpmenu"));
    m_console.create(QStringLiteral("Local"));
    QSignalSpy failed(m_console.window()->session(), &Session::signInFailed);
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.waitSignedIn(failed);
}

void TestHelpMenu::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

QAction *TestHelpMenu::helpAction(const char *name) const
{
    auto *action = m_console.window()->findChild<QAction *>(QLatin1String(name));
    if (!action)
        return nullptr;
    // It is reachable from the menu bar, not only present.
    for (QAction *menu : m_console.window()->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            return action;
    }
    return nullptr;
}

void TestHelpMenu::shortcutsListEveryKeyedAction()
{
    QAction *shortcuts = helpAction("keyboardShortcutsAction");
    QVERIFY(shortcuts);
    QCOMPARE(shortcuts->shortcut(), QKeySequence(QKeySequence::HelpContents));
    shortcuts->trigger();
    auto *dialog = m_console.window()->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
    QVERIFY(tree);

    // Every keyed action of every menu and every panel has its row, keys included.
    QSet<QString> listed;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        listed << item->text(0) + QLatin1Char('|') + item->text(1);
    }
    const auto expect = [&listed](const QString &command, const QKeySequence &key) {
        const QString row = command + QLatin1Char('|') + key.toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                             [&row](const QString &l) { return l.startsWith(row); }),
                 qPrintable(row + QStringLiteral(" is not listed")));
    };
    expect(QStringLiteral("Command Palette"), QKeySequence(Qt::CTRL | Qt::Key_K));
    expect(QStringLiteral("Refresh"), QKeySequence(QKeySequence::Refresh));
    int panelRows = 0;
    for (const PanelSpec &spec : m_console.window()->panelSpecs()) {
        expect(spec.title, spec.shortcut); // the Go menu
        for (QAction *action : m_console.window()->panel(spec.id)->panelActions()) {
            if (action->shortcut().isEmpty())
                continue;
            QString text = action->text().remove(QLatin1Char('&'));
            if (text.endsWith(QChar(0x2026)))
                text.chop(1);
            expect(text.trimmed(), action->shortcut());
            ++panelRows;
        }
    }
    QVERIFY(panelRows > 0);
    QCOMPARE(tree->topLevelItemCount(), m_console.window()->findChild<HelpMenu *>()->shortcutRows().size());

    // The filter narrows to one place's keys.
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    QTest::keyClicks(filter, QStringLiteral("Ctrl+K"));
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden()) {
            ++shown;
            QVERIFY(tree->topLevelItem(i)->text(1).contains(QLatin1String("Ctrl+K")));
        }
    }
    QVERIFY(shown >= 1);
    filter->clear();
    savePanelShotsIfAsked(dialog, QStringLiteral("help-shortcuts"));
    dialog->reject();
}

void TestHelpMenu::readmeIsTheBuiltInOne()
{
    QAction *readme = helpAction("readmeAction");
    QVERIFY(readme);
    readme->trigger();
    auto *browser = m_console.window()->findChild<QTextBrowser *>(QStringLiteral("readmeBrowser"));
    QTRY_VERIFY(browser && browser->isVisible());
    QFile source(QStringLiteral(":/readme/README.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(source.readAll().startsWith("# Stitch Console"));
    const QString text = browser->toPlainText();
    QVERIFY2(text.startsWith(QLatin1String("Stitch Console")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QLatin1String("What it does today")));
    // The README's picture loads from the build, not from a source tree that may not be there.
    const QVariant picture = browser->document()->resource(
            QTextDocument::ImageResource,
            QUrl(QStringLiteral("qrc:/readme/resources/screenshots/functions-light.png")));
    QVERIFY(!picture.isNull());
    savePanelShotsIfAsked(browser->window(), QStringLiteral("help-readme"));
    browser->window()->close();
}

void TestHelpMenu::aboutNamesEveryVersionAndTheServer()
{
    QAction *about = helpAction("aboutAction");
    QVERIFY(about);
    // Signed in to Local: the last answer named stitch-local and its version.
    QTRY_VERIFY(!m_console.window()->session()->client()->serverSoftware().isEmpty());
    const QString software = m_console.window()->session()->client()->serverSoftware();
    QVERIFY2(QRegularExpression(QStringLiteral("^stitch-local/\\d+\\.\\d+\\.\\d+$"))
                     .match(software)
                     .hasMatch(),
             qPrintable(software));
    about->trigger();
    auto *box = m_console.window()->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QTRY_VERIFY(box && box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(QSCINTILLA_VERSION_STR)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("stitch-local/")), qPrintable(text));
    QVERIFY2(text.contains(m_console.window()->session()->client()->baseUrl().host()),
             qPrintable(text));
    savePanelShotsIfAsked(box, QStringLiteral("help-about"));
    box->close();
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
