#pragma once

#include "debugtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QRegularExpression>

#include <functional>

class QWebSocket;

//! One command sent to the debugger: finished() once, then it deletes itself later. After
//! finished(), ok() or error() says how it went; a connection that closes fails what is pending.
class DebugCallBase : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString error() const { return m_error; }

signals:
    void finished();

protected:
    explicit DebugCallBase(QObject *parent)
        : QObject(parent)
    {
    }
    virtual void decode(const QJsonObject &result) = 0;

private:
    friend class DebuggerClient;
    void complete(const QJsonObject &result, const QString &error);

    bool m_finished = false;
    QString m_error;
};

//! A command whose answer decodes into a T.
template<typename T> class DebugCall : public DebugCallBase
{
public:
    using Parser = std::function<T(const QJsonObject &)>;
    DebugCall(Parser parser, QObject *parent)
        : DebugCallBase(parent)
        , m_parser(std::move(parser))
    {
    }
    const T &result() const { return m_result; }

    //! Calls done(this) once the command has finished, unless context is gone by then.
    template<typename F> DebugCall *onFinished(QObject *context, F done)
    {
        QObject::connect(this, &DebugCallBase::finished, context,
                         [this, done]() mutable { done(this); });
        return this;
    }

protected:
    void decode(const QJsonObject &result) override
    {
        if (m_parser)
            m_result = m_parser(result);
    }

private:
    Parser m_parser;
    T m_result {};
};

//! Speaks the Chrome DevTools Protocol to one stitch-local debug run over a QWebSocket.
//!
//! Commands are typed calls returning a DebugCall<T>; events are signals. No caller ever writes
//! protocol JSON. open() connects; enable() turns the Debugger and Runtime domains on; set
//! breakpoints, then startRun() runs the function (stitch-local starts it on
//! Runtime.runIfWaitingForDebugger). runFinished() brings the run's result, and closed() always
//! comes last, once, with a reason when the session ended otherwise (process killed, connection
//! lost).
class DebuggerClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int RunSetUpLimitMs = 5000;

    explicit DebuggerClient(QObject *parent = nullptr);
    ~DebuggerClient() override;

    void open(const QUrl &url);
    //! Closes the connection; stitch-local then kills the debug process.
    void close();
    bool isOpen() const;
    bool isPaused() const { return m_paused; }

    DebugCall<bool> *enable();
    DebugCall<BreakpointSet> *setBreakpoint(const QString &url, int line);
    DebugCall<bool> *removeBreakpoint(const QString &breakpointId);
    DebugCall<bool> *setPauseOnExceptions(PauseOnExceptions mode);
    //! Scripts whose URL matches one of these patterns (regular expressions) are stepped over as
    //! a whole: the debugger is told so, and a step that still stops in one goes on by itself
    //! (V8 stops in Node's internals on the way into a vm-compiled function regardless).
    DebugCall<bool> *setSkippedScripts(const QStringList &patterns);
    //! Starts the run once every command sent before it has been answered (or, should one never
    //! be, after RunSetUpLimitMs): the breakpoints are then surely set when the function starts.
    DebugCall<bool> *startRun();
    DebugCall<bool> *resume();
    DebugCall<bool> *stepOver();
    DebugCall<bool> *stepInto();
    DebugCall<bool> *stepOut();
    DebugCall<bool> *pause();
    //! Evaluates expression in the frame; stopped by the debugger past timeoutMs (an endless
    //! loop answers as an error then).
    DebugCall<EvalResult> *evaluate(const QString &frameId, const QString &expression,
                                    int timeoutMs = 2000);
    //! An object's own properties (and accessors' values), for a variables tree.
    DebugCall<QList<PropertyInfo>> *properties(const QString &objectId);

    //! The URL a script was loaded under (Debugger.scriptParsed), "" when unknown.
    QString scriptUrl(const QString &scriptId) const { return m_scriptUrls.value(scriptId); }

signals:
    void opened();
    void paused(const PauseInfo &info);
    void resumed();
    void breakpointResolved(const BreakpointLocation &location);
    //! console.log and friends of the run, as they happen; level "log", "error", ...
    void consoleMessage(const QString &level, const QString &text);
    void runFinished(const FunctionRunResult &result);
    //! Last, once. reason is empty when the run finished; otherwise it says why it ended.
    void closed(const QString &reason);

private:
    template<typename T>
    DebugCall<T> *command(const QString &method, const QJsonObject &params,
                          typename DebugCall<T>::Parser parser);
    DebugCall<bool> *simple(const QString &method, const QJsonObject &params = {});
    void received(const QString &text);
    void event(const QString &method, const QJsonObject &params);
    void ended(const QString &reason);
    DebugCall<bool> *step(const QString &method);
    bool isSkipped(const QString &url) const;

    QWebSocket *m_socket = nullptr;
    int m_lastId = 0;
    QHash<int, QPointer<DebugCallBase>> m_pending;
    //! Pending resumes and steps: when the run finishes first, they did what they were for.
    QSet<int> m_flowCalls;
    QHash<QString, QString> m_scriptUrls;
    bool m_paused = false;
    bool m_finished = false;
    bool m_closed = false;
    QList<QByteArray> m_queue; //!< sent before the socket was open
    QList<QRegularExpression> m_skipped;
    QString m_step; //!< the step in progress ("Debugger.stepInto", ...), empty when none
    int m_autoSteps = 0; //!< steps taken by this client through skipped scripts, in a row
};
