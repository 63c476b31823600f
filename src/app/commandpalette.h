#pragma once

#include <QDialog>

#include <functional>

class MainWindow;
class QLineEdit;
class QListWidget;
class QLabel;

//! Ctrl+K / Ctrl+Shift+P: one box that reaches every panel, every action of the current panel
//! and of the window's menus, and every app, function and value by name, fuzzy-matched and
//! driven by the keyboard alone. Its entries come from the panel registry, the panels' QActions
//! and the shared models: there is no second list to keep up to date.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString text; //!< what is matched and shown
        QString detail; //!< shown beside it (a shortcut, a kind)
        std::function<void()> run;
        int weight = 0; //!< added to the match score: panels, then commands, then items
    };

    explicit CommandPalette(MainWindow *window);

    //! Every entry, as they would be offered now (tests read it).
    QList<Entry> entries() const;
    //! The texts of the rows shown for the current query, best first.
    QStringList shownTexts() const;
    QLineEdit *queryEdit() const { return m_query; }

public slots:
    void open() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();
    void runCurrent();

    MainWindow *m_window;
    QLineEdit *m_query;
    QListWidget *m_list;
    QLabel *m_count;
    QList<Entry> m_entries;
};
