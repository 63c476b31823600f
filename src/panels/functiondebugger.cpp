#include "functiondebugger.h"

#include <api/apiclient.h>
#include <api/debuggerclient.h>
#include <api/debugruncalls.h>
#include <models/callstackmodel.h>
#include <models/variablesmodel.h>
#include <session/session.h>

FunctionDebugger::FunctionDebugger(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_callStack(new CallStackModel(this))
    , m_variables(new VariablesModel(nullptr, this))
{
}

FunctionDebugger::~FunctionDebugger()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->close();
    }
}

DebuggerClient *FunctionDebugger::client() const
{
    return m_client;
}

void FunctionDebugger::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void FunctionDebugger::start(const QString &groupId, const QString &appId,
                             const DebugRunRequest &request, const QList<int> &breakpoints,
                             bool pauseOnExceptions)
{
    if (isActive())
        return;
    m_request = request;
    m_startedSource = request.source;
    m_pendingBreakpoints = breakpoints;
    m_pauseOnExceptions = pauseOnExceptions;
    m_breakpointIds.clear();
    m_breakpointLines.clear();
    m_gotResult = false;
    m_stopRequested = false;
    m_result = FunctionRunResult();
    setState(State::Starting);
    debugruncalls::start(*m_session->client(), groupId, appId, request)
        ->onFinished(this, [this](Job<DebugTicket> *job) {
            if (m_state != State::Starting)
                return;
            if (!job->ok()) {
                const QString why = job->httpStatus() == 404
                        && job->error().errorCode != QLatin1String("FunctionNotFound")
                    ? tr("This server has no debugger.")
                    : job->error().message;
                return end({}, why, job->error());
            }
            onTicket(job->result());
        });
}

void FunctionDebugger::onTicket(const DebugTicket &ticket)
{
    delete m_client;
    m_client = new DebuggerClient(this);
    m_variables->setClient(m_client);
    connect(m_client, &DebuggerClient::paused, this, &FunctionDebugger::onPaused);
    connect(m_client, &DebuggerClient::resumed, this, [this] {
        m_callStack->clear();
        m_variables->clear();
        m_selected = CallFrame();
        setState(State::Running);
    });
    connect(m_client, &DebuggerClient::consoleMessage, this, &FunctionDebugger::consoleMessage);
    connect(m_client, &DebuggerClient::breakpointResolved, this,
            [this](const BreakpointLocation &where) {
                const int requested = m_breakpointLines.value(where.breakpointId);
                if (requested > 0 && requested != where.line + 1) {
                    m_breakpointIds.remove(requested);
                    m_breakpointIds.insert(where.line + 1, where.breakpointId);
                    m_breakpointLines.insert(where.breakpointId, where.line + 1);
                    emit breakpointMoved(requested, where.line + 1);
                }
            });
    connect(m_client, &DebuggerClient::runFinished, this, [this](const FunctionRunResult &result) {
        m_gotResult = true;
        m_result = result;
    });
    connect(m_client, &DebuggerClient::closed, this, &FunctionDebugger::onClosed);
    m_client->open(ticket.webSocketUrl);
    // Queued until the socket is open; the run starts only after the breakpoints are set.
    m_client->enable();
    // The runtime's own scripts (the runner, Node.js) are stepped over as a whole, so stepping
    // into context.functions.execute lands in the called function.
    m_client->setSkippedScripts({ QStringLiteral("^stitch:"), QStringLiteral("^\\[eval\\]"),
                                  QStringLiteral("^node:") });
    m_client->setPauseOnExceptions(m_pauseOnExceptions ? PauseOnExceptions::All
                                                       : PauseOnExceptions::None);
    for (int line : std::as_const(m_pendingBreakpoints))
        addBreakpoint(line);
    m_client->startRun();
    setState(State::Running);
}

void FunctionDebugger::addBreakpoint(int line)
{
    m_client->setBreakpoint(debugurls::ofFunction(m_request.name), line - 1)
        ->onFinished(this, [this, line](DebugCall<BreakpointSet> *call) {
            if (!call->ok())
                return;
            const BreakpointSet set = call->result();
            m_breakpointIds.insert(line, set.id);
            m_breakpointLines.insert(set.id, line);
            // Known at once when the script is loaded already (a breakpoint set while paused).
            if (!set.locations.isEmpty() && set.locations.first().line + 1 != line) {
                const int to = set.locations.first().line + 1;
                m_breakpointIds.remove(line);
                m_breakpointIds.insert(to, set.id);
                m_breakpointLines.insert(set.id, to);
                emit breakpointMoved(line, to);
            }
        });
}

void FunctionDebugger::setBreakpoints(const QList<int> &lines)
{
    if (!m_client || m_state == State::Starting || m_state == State::Idle) {
        m_pendingBreakpoints = lines;
        return;
    }
    const QList<int> held = m_breakpointIds.keys();
    for (int line : held) {
        if (!lines.contains(line)) {
            const QString id = m_breakpointIds.take(line);
            m_breakpointLines.remove(id);
            m_client->removeBreakpoint(id);
        }
    }
    for (int line : lines) {
        if (!m_breakpointIds.contains(line))
            addBreakpoint(line);
    }
}

void FunctionDebugger::setPauseOnExceptions(bool on)
{
    m_pauseOnExceptions = on;
    if (m_client && m_client->isOpen())
        m_client->setPauseOnExceptions(on ? PauseOnExceptions::All : PauseOnExceptions::None);
}

void FunctionDebugger::onPaused(const PauseInfo &pause)
{
    // A pause inside the runtime's own code (an exception it throws and catches itself) is of
    // no use to the user: go on.
    if (pause.appFrames().isEmpty()) {
        m_client->resume();
        return;
    }
    m_callStack->setPause(pause);
    setState(State::Paused);
    selectFrame(0);
    const CallFrame top = pause.appFrames().first();
    emit pausedAt(top.appFunction(), top.line + 1, pause);
}

void FunctionDebugger::selectFrame(int row)
{
    if (row < 0 || row >= m_callStack->rowCount())
        return;
    m_selected = m_callStack->frame(row);
    m_variables->setFrame(m_selected);
    emit frameSelected(m_selected.appFunction(), m_selected.line + 1);
}

void FunctionDebugger::evaluate(const QString &expression, QObject *context,
                                std::function<void(const QString &, bool)> done)
{
    if (!m_client || m_state != State::Paused || m_selected.id.isEmpty()) {
        done(tr("Not paused: evaluations run in a paused frame."), true);
        return;
    }
    m_client->evaluate(m_selected.id, expression, EvaluateTimeLimitMs)
        ->onFinished(context, [done](DebugCall<EvalResult> *call) {
            if (!call->ok())
                return done(call->error(), true);
            const EvalResult eval = call->result();
            if (eval.threw)
                return done(eval.exceptionText, true);
            done(eval.value.display(), false);
        });
}

void FunctionDebugger::resume()
{
    if (m_client && m_state == State::Paused)
        m_client->resume();
}

void FunctionDebugger::stepOver()
{
    if (m_client && m_state == State::Paused)
        m_client->stepOver();
}

void FunctionDebugger::stepInto()
{
    if (m_client && m_state == State::Paused)
        m_client->stepInto();
}

void FunctionDebugger::stepOut()
{
    if (m_client && m_state == State::Paused)
        m_client->stepOut();
}

void FunctionDebugger::stop()
{
    m_stopRequested = true;
    if (m_client && m_client->isOpen())
        m_client->close();
    else if (m_state == State::Starting)
        end({}, tr("Stopped."), {});
}

void FunctionDebugger::onClosed(const QString &reason)
{
    if (m_gotResult)
        return end(m_result, QString(), {});
    end({},
        m_stopRequested ? tr("Stopped.")
                        : (reason.isEmpty() ? tr("The debug session ended.") : reason),
        {});
}

void FunctionDebugger::end(const FunctionRunResult &result, const QString &failure,
                           const ApiError &error)
{
    m_callStack->clear();
    m_variables->clear();
    m_selected = CallFrame();
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
        m_client = nullptr;
    }
    setState(State::Idle);
    emit finished(result, failure, error);
}
