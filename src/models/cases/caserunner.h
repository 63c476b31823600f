#pragma once

#include "runcase.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;
template<typename T> class Job;
class CaseResultsModel;

//! Runs cases through execute_function (the saved function by name, as the editor's Run
//! does), a few at a time, and writes each verdict into a CaseResultsModel as it arrives.
class CaseRunner : public QObject
{
    Q_OBJECT
public:
    CaseRunner(ApiClient *client, CaseResultsModel *results, QObject *parent = nullptr);
    ~CaseRunner() override;

    //! How many runs are in flight at once (default 4: the server's worker runs one function
    //! at a time per app, so more only queue there).
    void setConcurrency(int runs) { m_concurrency = qMax(1, runs); }
    //! Resets the results to these cases and runs them all; a run in progress is cancelled.
    void start(const QString &groupId, const QString &appId, const QList<RunCase> &cases);
    //! Abandons the runs in flight; the cases not finished show as Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_queue.size()); }

signals:
    void progress(int done, int total);
    //! All cases have a verdict, or the run was cancelled.
    void finished();

private:
    void startNext();
    void onRunFinished(int position, Job<FunctionRunResult> *job);

    ApiClient *m_client;
    CaseResultsModel *m_results;
    QString m_groupId;
    QString m_appId;
    QList<RunCase> m_queue;
    QList<QPointer<ApiJob>> m_inFlight;
    int m_next = 0;
    int m_done = 0;
    int m_concurrency = 4;
    bool m_running = false;
};
