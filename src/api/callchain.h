#pragma once

#include "apijob.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>
#include <vector>

//! Calls made one after another, written as a list rather than as lambdas nested in lambdas
//! (get → compare → put). Each step starts one call from what the steps before it learnt; the
//! next step starts when that call succeeded. The first failure ends the chain with its error; a
//! step's handler may also end it early with stop() (to ask the user, say). The chain is a child
//! of its context: it ends with it, abandoning the call in flight, and deletes itself when done.
//!
//! \code
//! auto function = std::make_shared<StitchFunction>();
//! (new CallChain(this))
//!     ->then([=] { return functioncalls::get(client, group, app, id); },
//!            [=](const StitchFunction &server) { *function = server; function->name = name; })
//!     ->then([=] { return functioncalls::update(client, group, app, *function); })
//!     ->run([=](const ApiError &error) { ... });
//! \endcode
class CallChain : public QObject
{
    Q_OBJECT
public:
    explicit CallChain(QObject *context);
    ~CallChain() override;

    //! A step whose answer is read: start() makes the call (a nullptr skips the step), and
    //! take(result) receives the typed result when it succeeded.
    template<typename Start, typename Take> CallChain *then(Start start, Take take)
    {
        using JobType = std::remove_pointer_t<std::invoke_result_t<Start>>;
        m_steps.push_back({ [start]() mutable -> ApiJob * { return start(); },
                            [take](ApiJob *job) mutable {
                                // start() made this very job, so its type is known here.
                                take(static_cast<JobType *>(job)->result());
                            } });
        return this;
    }
    //! A step whose answer is not needed (a PUT, a DELETE): only its success counts.
    template<typename Start> CallChain *then(Start start)
    {
        m_steps.push_back({ [start]() mutable -> ApiJob * { return start(); }, {} });
        return this;
    }

    //! Starts the first step. done(error) runs exactly once at the end: with no error when every
    //! step succeeded or a handler called stop(), else with the failing call's error (Cancelled
    //! after abandon()).
    void run(std::function<void(const ApiError &)> done);
    //! From a step's handler: no further step starts; done() gets no error.
    void stop();
    //! Abandons the call in flight; done() gets a Cancelled error.
    void abandon();
    bool isRunning() const { return m_running; }
    //! The call in flight, if any.
    ApiJob *currentJob() const { return m_job; }

private:
    struct Step
    {
        std::function<ApiJob *()> start;
        std::function<void(ApiJob *)> take;
    };
    void startNext();
    void onStepFinished(ApiJob *job);
    void end(const ApiError &error);

    std::vector<Step> m_steps;
    size_t m_next = 0;
    bool m_running = false;
    bool m_stopped = false;
    QPointer<ApiJob> m_job;
    std::function<void(const ApiError &)> m_done;
};
