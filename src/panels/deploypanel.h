#pragma once

#include "panel.h"

#include <api/drafttypes.h>

#include <QFrame>
#include <QPointer>

class ApiJob;
class CaseResultsModel;
class CaseRunner;
class DeploymentListModel;
class DiffView;
class DraftFileModel;
class DraftState;
class ErrorBanner;
class ListFilterProxy;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class ReviewView;
class QTimer;
class QTreeView;
class StatusLabel;
struct ApiError;

//! A line an editing panel shows while the current app has a draft: its edits go into the
//! draft and reach the app only when the draft is deployed. Hidden without a draft.
class DraftBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DraftBanner(Session *session, QWidget *parent = nullptr);
    QString text() const;

private:
    void update();
    DraftState *m_state;
    QLabel *m_label;
};

//! Review a draft's diff before deploying it, deploy it (following its status), discard it,
//! and the app's deployment history.
class DeployPanel : public Panel
{
    Q_OBJECT
public:
    explicit DeployPanel(Session *session, QWidget *parent = nullptr);
    ~DeployPanel() override;

    void openItem(const QString &id) override; //!< a file path of the draft, or a deployment id
    bool hasUnsavedChanges() const override;

    // For tests and the window.
    DraftFileModel *fileModel() const { return m_files; }
    ReviewView *reviewView() const { return m_review; }
    DeploymentListModel *historyModel() const { return m_history; }
    DiffView *diffView() const { return m_diff; }
    QString draftId() const { return m_draftId; }
    //! The deployment being followed (created/pending), empty when none.
    QString followedDeploymentId() const { return m_following.id; }
    //! The backoff between polls of a deployment in progress: first delay, doubling up to max
    //! (defaults 500 ms and 8 s; tests shorten them).
    void setPollDelays(int firstMs, int maxMs);
    //! The run cases' gate (deploypanel_cases.cpp): the last run's results, its button and line.
    CaseResultsModel *caseResults() const { return m_caseResults; }
    CaseRunner *caseRunner() const { return m_caseRunner; }
    QPushButton *runCasesButton() const { return m_runCases; }
    StatusLabel *casesLabel() const { return m_casesLabel; }
    QTreeView *caseFailuresView() const { return m_caseFailures; }
    //! Whether the last run of the app's cases covers every case as it is now.
    bool casesAreCurrent() const { return m_casesCurrent; }

public slots:
    void refresh() override;
    void focusFilter() override;
    void startDraft();
    void deployDraft();
    void discardDraft();
    void nextFile();
    void previousFile();
    //! Runs every run case of the app; the review shows their failures.
    void runCases();

protected:
    void reloadForContext() override;

private:
    //! The Refresh button: the shown draft by its id first (404: it went elsewhere), then all.
    void refreshShownDraft();
    void buildUi();
    QWidget *buildReview();
    QWidget *buildHistory();
    QString groupId() const;
    QString appId() const;
    void loadDraft();
    void showDiff(const Draft &draft, const DraftDiff &diff);
    void showNoDraft();
    void updateState();
    void onStartFailed(const ApiError &error);
    void discardThenStart(const QString &draftId);
    void sendDeployment();
    void follow(const Deployment &deployment);
    void poll();
    int pollDelay(int attempt) const;
    void finished(const Deployment &deployment);
    void draftGone();
    void showHistoryDetails();
    void track(ApiJob *job);
    QWidget *buildCasesGate(QWidget *page);
    void onCasesFinished();
    void casesChanged();
    //! What the cases say about deploying now: returns false when they block it (the reason
    //! in *blocked), or adds a warning to *warning; may start a run first (then false too).
    bool casesAllowDeploy(QString *warning, QString *blocked);

    QTabWidget *m_tabs;
    ErrorBanner *m_banner;
    StatusLabel *m_draftLabel;
    QPushButton *m_start;
    QPushButton *m_refresh;
    ReviewView *m_review;
    // Parts of m_review, for the code and the tests that knew them before it was shared.
    QLineEdit *m_fileFilter;
    QTreeView *m_fileList;
    QPushButton *m_previousFile;
    QPushButton *m_nextFile;
    DiffView *m_diff;
    QLineEdit *m_note;
    QPushButton *m_deploy;
    QPushButton *m_discard;
    StatusLabel *m_deployStatus;
    QLineEdit *m_historyFilter;
    QLabel *m_historyCount;
    QTreeView *m_historyList;
    QPlainTextEdit *m_historyDetails;

    DraftFileModel *m_files;
    QSortFilterProxyModel *m_fileProxy;
    DeploymentListModel *m_history;
    ListFilterProxy *m_historyProxy;
    QTimer *m_pollTimer;
    CaseResultsModel *m_caseResults;
    CaseRunner *m_caseRunner;
    QPushButton *m_runCases = nullptr;
    StatusLabel *m_casesLabel = nullptr;
    QTreeView *m_caseFailures = nullptr;
    bool m_casesCurrent = false;
    bool m_deployAfterCases = false; // a blocked-unless-passing deploy waits for the run

    QString m_draftId;
    bool m_diffLoaded = false;
    QPointer<ApiJob> m_job;
    QPointer<ApiJob> m_pollJob;
    Deployment m_following;
    QString m_followNote;
    int m_pollAttempt = 0;
    int m_pollFailures = 0;
    int m_pollFirstMs = 500;
    int m_pollMaxMs = 8000;
};
