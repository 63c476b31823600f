#pragma once

#include <api/functiontypes.h>
#include <models/cases/runcase.h>

#include <QPointer>
#include <QWidget>

#include <functional>

class CaseForm;
class CaseResultsModel;
class CaseRunner;
class DiffView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class RunCaseModel;
class Session;

//! The run cases of the current app (the Functions panel's Cases…): the cases of one function
//! or of all, edited in CaseForm, and runs of them whose pass/fail tree shows each failure's
//! expected and actual result side by side in the diff view.
class CasesPane : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPane(Session *session, QWidget *parent = nullptr);

    //! Where the run-as picker's users come from (the Functions panel's loaded users).
    void setUsersSource(std::function<QList<AppUser>()> users) { m_users = std::move(users); }
    //! Shows the cases of this function; empty: of every function.
    void showFunction(const QString &function);
    QString shownFunction() const;

    RunCaseModel *cases() const { return m_cases; }
    CaseResultsModel *results() const { return m_results; }
    CaseRunner *runner() const { return m_runner; }
    QTreeView *casesView() const { return m_casesView; }
    QTreeView *resultsView() const { return m_resultsView; }
    DiffView *diffView() const { return m_diff; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runAllButton() const { return m_runAll; }
    QPushButton *runShownButton() const { return m_runShown; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *functionCombo() const { return m_functionCombo; }

public slots:
    //! Opens the form for a new case (prefilled with what is given), without blocking.
    CaseForm *newCase(const RunCase &prefill = RunCase());
    CaseForm *editSelected();
    void deleteSelected();
    void runSelected();
    //! The cases listed (the shown function's, or all).
    void runShown();
    //! Every case of the app.
    void runAll();
    void cancel();

private:
    void buildUi();
    void fillFunctionCombo();
    QList<RunCase> selectedCases() const;
    void run(const QList<RunCase> &cases);
    void updateState();
    void showResult();
    QString groupId() const;

    Session *m_session;
    RunCaseModel *m_cases;
    CaseResultsModel *m_results;
    CaseRunner *m_runner;
    QSortFilterProxyModel *m_proxy;
    std::function<QList<AppUser>()> m_users;
    QComboBox *m_functionCombo;
    QTreeView *m_casesView;
    QTreeView *m_resultsView;
    DiffView *m_diff;
    QLabel *m_message;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_runSelected;
    QPushButton *m_runShown;
    QPushButton *m_runAll;
    QPushButton *m_cancel;
    QPointer<CaseForm> m_form;
};
