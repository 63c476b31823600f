#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QAction;
class QDialog;
class QMenu;
class QTextBrowser;
class QTreeWidget;

//! The window's Help menu: the keyboard shortcuts (read from the actions themselves, so the list
//! cannot fall behind the keys), the README as shipped with this build, and About (the versions
//! of the console, Qt, QScintilla and the server the session talks to). Dialogs open with open()
//! and are kept for the next time.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(MainWindow *window);

    void showShortcuts();
    void showReadme();
    void showAbout();

    //! One line per command: what it does, its keys, where it lives ("Edit", "Functions").
    struct ShortcutRow
    {
        QString command;
        QString keys;
        QString where;
    };
    QList<ShortcutRow> shortcutRows() const;
    //! The About text (rich text), read afresh each time: the server can change with a sign-in.
    QString aboutText() const;

private:
    MainWindow *m_window;
    QPointer<QDialog> m_shortcuts;
    QPointer<QDialog> m_readme;
    QTreeWidget *m_shortcutTree = nullptr;
};
