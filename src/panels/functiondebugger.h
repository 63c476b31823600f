#pragma once

#include <api/apierror.h>
#include <api/debugtypes.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class CallStackModel;
class DebuggerClient;
class Session;
class VariablesModel;

//! One function editor's debugger: starts a debug run on stitch-local (POST .../local/debug_runs),
//! sets the editor's breakpoints, and follows the run through DebuggerClient; the call stack and
//! the variables of the selected frame are models for the debug pane. Every step is asynchronous;
//! stateChanged() tells the editor when to mark a line or leave debug mode.
class FunctionDebugger : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Paused };
    //! How long an expression typed in the console or the watch list may run.
    static constexpr int EvaluateTimeLimitMs = 2000;

    FunctionDebugger(Session *session, QObject *parent = nullptr);
    ~FunctionDebugger() override;

    //! Starts a debug run of request (in groupId/appId), pausing at breakpoints (lines from 1 of
    //! request.name's source) and, when asked, at every exception.
    void start(const QString &groupId, const QString &appId, const DebugRunRequest &request,
               const QList<int> &breakpoints, bool pauseOnExceptions);
    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    QString functionName() const { return m_request.name; }
    //! The source the run was started with (the buffer at Debug time).
    QString startedSource() const { return m_startedSource; }
    void setStartedSource(const QString &source) { m_startedSource = source; }

    CallStackModel *callStack() const { return m_callStack; }
    VariablesModel *variables() const { return m_variables; }
    DebuggerClient *client() const;
    //! The frame shown in the variables, and where evaluations run.
    CallFrame selectedFrame() const { return m_selected; }
    void selectFrame(int row);

    //! Breakpoints of the debugged function changed while the run is on.
    void setBreakpoints(const QList<int> &lines);
    void setPauseOnExceptions(bool on);
    //! Evaluates in the selected frame; done gets the value's text, or the error and true.
    void evaluate(const QString &expression, QObject *context,
                  std::function<void(const QString &text, bool error)> done);

public slots:
    void resume();
    void stepOver();
    void stepInto();
    void stepOut();
    //! Ends the session: stitch-local kills the debug process.
    void stop();

signals:
    void stateChanged(FunctionDebugger::State state);
    //! Paused in function (an app function's name) at line (from 1).
    void pausedAt(const QString &function, int line, const PauseInfo &pause);
    //! A frame was picked in the call stack.
    void frameSelected(const QString &function, int line);
    void breakpointMoved(int from, int to);
    void consoleMessage(const QString &level, const QString &text);
    //! The run ended: its result, or why there is none (the route refused, the connection died).
    void finished(const FunctionRunResult &result, const QString &failure, const ApiError &error);

private:
    void setState(State state);
    void onTicket(const DebugTicket &ticket);
    void addBreakpoint(int line);
    void onPaused(const PauseInfo &pause);
    void onClosed(const QString &reason);
    void end(const FunctionRunResult &result, const QString &failure, const ApiError &error);

    Session *m_session;
    State m_state = State::Idle;
    DebugRunRequest m_request;
    QString m_startedSource;
    QList<int> m_pendingBreakpoints;
    bool m_pauseOnExceptions = false;
    QPointer<DebuggerClient> m_client;
    CallStackModel *m_callStack;
    VariablesModel *m_variables;
    CallFrame m_selected;
    QHash<int, QString> m_breakpointIds; //!< line (from 1) → the debugger's breakpoint id
    QHash<QString, int> m_breakpointLines; //!< and back
    bool m_gotResult = false;
    bool m_stopRequested = false;
    FunctionRunResult m_result;
};
