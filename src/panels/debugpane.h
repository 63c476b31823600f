#pragma once

#include "functiondebugger.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;
class StatusLabel;

//! The debugger's pane under a function's editor while it debugs: Continue and the steps, the
//! call stack, the selected frame's variables (loaded as they are expanded), a watch list
//! evaluated at every pause, and a console that evaluates in the selected frame.
class DebugPane : public QWidget
{
    Q_OBJECT
public:
    explicit DebugPane(FunctionDebugger *debugger, QWidget *parent = nullptr);

    QPushButton *continueButton() const { return m_continue; }
    QPushButton *stepOverButton() const { return m_stepOver; }
    QPushButton *stepIntoButton() const { return m_stepInto; }
    QPushButton *stepOutButton() const { return m_stepOut; }
    QPushButton *stopButton() const { return m_stop; }
    QCheckBox *pauseOnExceptionsCheck() const { return m_pauseOnExceptions; }
    QListView *callStackView() const { return m_stackView; }
    QTreeView *variablesView() const { return m_variablesView; }
    QTreeWidget *watchList() const { return m_watches; }
    QLineEdit *watchEdit() const { return m_watchEdit; }
    QLineEdit *evaluateEdit() const { return m_evaluateEdit; }
    QPlainTextEdit *evaluateOutput() const { return m_evaluateOutput; }
    StatusLabel *statusLabel() const { return m_status; }

    QPushButton *restartButton() const { return m_restart; }
    //! Says (or stops saying) that the editor's text is no longer what the run executes.
    void setSourceChanged(bool changed);
    bool sourceChangedShown() const;

    //! Watches kept with the function (the caller stores them).
    QStringList watches() const;
    void setWatches(const QStringList &expressions);
    void addWatch(const QString &expression);

signals:
    void watchesChanged();
    void restartRequested();
    //! The user picked a frame in the call stack (click or Enter): function, line from 1.
    void frameActivated(const QString &function, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void refreshWatches();
    void evaluateTyped();

    FunctionDebugger *m_debugger;
    QPushButton *m_continue;
    QPushButton *m_stepOver;
    QPushButton *m_stepInto;
    QPushButton *m_stepOut;
    QPushButton *m_stop;
    QCheckBox *m_pauseOnExceptions;
    StatusLabel *m_status;
    QListView *m_stackView;
    QTreeView *m_variablesView;
    QTreeWidget *m_watches;
    QLineEdit *m_watchEdit;
    QLineEdit *m_evaluateEdit;
    QPlainTextEdit *m_evaluateOutput;
    QWidget *m_stale;
    QPushButton *m_restart;
};
