#include "callchain.h"

#include <QCoreApplication>

CallChain::CallChain(QObject *context)
    : QObject(context)
{
}

CallChain::~CallChain()
{
    // The context went away mid-chain: nobody is left to tell, so the call is dropped quietly.
    ApiJob::abandonFor(this, m_job);
}

void CallChain::run(std::function<void(const ApiError &)> done)
{
    if (m_running)
        return;
    m_done = std::move(done);
    m_running = true;
    startNext();
}

void CallChain::stop()
{
    m_stopped = true;
}

void CallChain::abandon()
{
    if (!m_running)
        return;
    ApiJob::abandonFor(this, m_job);
    ApiError cancelled;
    cancelled.kind = ApiError::Cancelled;
    cancelled.message = QCoreApplication::translate("ApiError", "The request was cancelled.");
    end(cancelled);
}

void CallChain::startNext()
{
    while (m_next < m_steps.size()) {
        Step &step = m_steps[m_next++];
        ApiJob *job = step.start();
        if (!job)
            continue; // the step had nothing to do
        m_job = job;
        connect(job, &ApiJob::finished, this, &CallChain::onStepFinished);
        return;
    }
    end({});
}

void CallChain::onStepFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (!job->ok())
        return end(job->error());
    const Step &step = m_steps[m_next - 1];
    if (step.take)
        step.take(job);
    if (m_stopped)
        return end({});
    startNext();
}

void CallChain::end(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    // done() may start another chain or close the context; this one goes after it returns.
    auto done = std::move(m_done);
    m_done = nullptr;
    deleteLater();
    if (done)
        done(error);
}
