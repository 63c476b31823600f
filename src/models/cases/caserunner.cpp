#include "caserunner.h"
#include "caseresultsmodel.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>

CaseRunner::CaseRunner(ApiClient *client, CaseResultsModel *results, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_results(results)
{
}

CaseRunner::~CaseRunner()
{
    for (QPointer<ApiJob> &job : m_inFlight)
        ApiJob::abandonFor(this, job);
}

void CaseRunner::start(const QString &groupId, const QString &appId, const QList<RunCase> &cases)
{
    if (m_running)
        cancel();
    m_groupId = groupId;
    m_appId = appId;
    m_queue = cases;
    m_next = 0;
    m_done = 0;
    m_results->setCases(cases);
    m_running = true;
    emit progress(0, totalCount());
    if (cases.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    startNext();
}

void CaseRunner::startNext()
{
    m_inFlight.removeAll(QPointer<ApiJob>());
    while (m_running && m_next < m_queue.size() && m_inFlight.size() < m_concurrency) {
        const int position = m_next++;
        const RunCase &c = m_queue.at(position);
        CaseVerdict running;
        running.status = CaseVerdict::Status::Running;
        m_results->setVerdict(c.id, running);
        auto *job = functioncalls::execute(*m_client, m_groupId, m_appId, c.function, c.arguments,
                                           RunAs { c.userId });
        m_inFlight.append(job);
        job->onFinished(
            this, [this, position](Job<FunctionRunResult> *job) { onRunFinished(position, job); });
    }
}

void CaseRunner::onRunFinished(int position, Job<FunctionRunResult> *job)
{
    const RunCase &c = m_queue.at(position);
    const QString callError = job->ok() ? QString() : job->error().summary();
    m_results->setVerdict(
        c.id, casematch::judge(c, job->ok() ? job->result() : FunctionRunResult(), callError));
    ++m_done;
    emit progress(m_done, totalCount());
    if (m_done == totalCount()) {
        m_running = false;
        m_inFlight.clear();
        emit finished();
        return;
    }
    startNext();
}

void CaseRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (QPointer<ApiJob> &job : m_inFlight)
        ApiJob::abandonFor(this, job);
    m_inFlight.clear();
    CaseVerdict cancelled;
    cancelled.status = CaseVerdict::Status::Cancelled;
    for (const RunCase &c : std::as_const(m_queue)) {
        if (!m_results->verdictOf(c.id).isDone())
            m_results->setVerdict(c.id, cancelled);
    }
    emit finished();
}
