#include "debuggerclient.h"

#include "parsefunctions.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <utility>

namespace {

//! How long past an evaluation's own limit the answer may take before the call fails here.
constexpr int EvaluateGraceMs = 3000;

BreakpointLocation location(const QJsonObject &object, const QString &breakpointId)
{
    BreakpointLocation where;
    where.breakpointId = breakpointId;
    where.scriptId = object.value(QLatin1String("scriptId")).toString();
    where.line = object.value(QLatin1String("lineNumber")).toInt();
    where.column = object.value(QLatin1String("columnNumber")).toInt();
    return where;
}

QString exceptionText(const QJsonObject &details)
{
    const QJsonObject exception = details.value(QLatin1String("exception")).toObject();
    const QString description = exception.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        return description.section(u'\n', 0, 0);
    const RemoteValue value = RemoteValue::fromJson(exception);
    return value.type.isEmpty() ? details.value(QLatin1String("text")).toString()
                                : value.display();
}

} // namespace

void DebugCallBase::complete(const QJsonObject &result, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isEmpty())
        decode(result);
    emit finished();
    deleteLater();
}

DebuggerClient::DebuggerClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PauseInfo>();
}

DebuggerClient::~DebuggerClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void DebuggerClient::open(const QUrl &url)
{
    delete m_socket;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Objects of a variables tree can be large; the default limits are generous already.
    connect(m_socket, &QWebSocket::connected, this, [this] {
        for (const QByteArray &message : std::as_const(m_queue))
            m_socket->sendTextMessage(QString::fromUtf8(message));
        m_queue.clear();
        emit opened();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &DebuggerClient::received);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        QString reason = m_socket->closeReason();
        if (reason.isEmpty() && m_socket->error() != QAbstractSocket::UnknownSocketError)
            reason = m_socket->errorString();
        ended(m_finished ? QString()
                         : (reason.isEmpty() ? tr("The debugger connection closed.") : reason));
    });
    m_socket->open(url);
}

void DebuggerClient::close()
{
    if (m_socket && !m_closed)
        m_socket->close();
}

bool DebuggerClient::isOpen() const
{
    return m_socket && m_socket->isValid() && !m_closed;
}

template<typename T>
DebugCall<T> *DebuggerClient::command(const QString &method, const QJsonObject &params,
                                      typename DebugCall<T>::Parser parser)
{
    auto *call = new DebugCall<T>(std::move(parser), this);
    if (m_closed) {
        QMetaObject::invokeMethod(
            call, [call] { call->complete({}, tr("The debug session has ended.")); },
            Qt::QueuedConnection);
        return call;
    }
    const int id = ++m_lastId;
    m_pending.insert(id, call);
    QJsonObject message { { QStringLiteral("id"), id }, { QStringLiteral("method"), method } };
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    const QByteArray text = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (m_socket && m_socket->isValid())
        m_socket->sendTextMessage(QString::fromUtf8(text));
    else
        m_queue.append(text);
    return call;
}

DebugCall<bool> *DebuggerClient::simple(const QString &method, const QJsonObject &params)
{
    auto *call = command<bool>(method, params, [](const QJsonObject &) { return true; });
    if (method == QLatin1String("Debugger.resume") || method.startsWith(QLatin1String("Debugger.step"))
        || method == QLatin1String("Runtime.runIfWaitingForDebugger"))
        m_flowCalls.insert(m_lastId);
    return call;
}

DebugCall<bool> *DebuggerClient::enable()
{
    simple(QStringLiteral("Runtime.enable"));
    return simple(QStringLiteral("Debugger.enable"));
}

DebugCall<BreakpointSet> *DebuggerClient::setBreakpoint(const QString &url, int line)
{
    return command<BreakpointSet>(
        QStringLiteral("Debugger.setBreakpointByUrl"),
        { { QStringLiteral("url"), url }, { QStringLiteral("lineNumber"), line } },
        [](const QJsonObject &result) {
            BreakpointSet set;
            set.id = result.value(QLatin1String("breakpointId")).toString();
            const QJsonArray locations = result.value(QLatin1String("locations")).toArray();
            for (const QJsonValue &where : locations)
                set.locations.append(location(where.toObject(), set.id));
            return set;
        });
}

DebugCall<bool> *DebuggerClient::removeBreakpoint(const QString &breakpointId)
{
    return simple(QStringLiteral("Debugger.removeBreakpoint"),
                  { { QStringLiteral("breakpointId"), breakpointId } });
}

DebugCall<bool> *DebuggerClient::setPauseOnExceptions(PauseOnExceptions mode)
{
    const QString state = mode == PauseOnExceptions::All ? QStringLiteral("all")
        : mode == PauseOnExceptions::Uncaught           ? QStringLiteral("uncaught")
                                                        : QStringLiteral("none");
    return simple(QStringLiteral("Debugger.setPauseOnExceptions"),
                  { { QStringLiteral("state"), state } });
}

DebugCall<bool> *DebuggerClient::setSkippedScripts(const QStringList &patterns)
{
    m_skipped.clear();
    for (const QString &pattern : patterns)
        m_skipped.append(QRegularExpression(pattern));
    return simple(QStringLiteral("Debugger.setBlackboxPatterns"),
                  { { QStringLiteral("patterns"), QJsonArray::fromStringList(patterns) } });
}

DebugCall<bool> *DebuggerClient::startRun()
{
    // Sent at once, the run would race its own set-up: stitch-local hands the protocol commands
    // and the run request to the debug process's main thread by two channels in no fixed order,
    // and a run let through first can pass a breakpoint before it is set (seen: 2 debug runs in
    // 50 did not pause, and a restart in the editor that did not). So the request waits for the
    // answers to everything sent before it.
    auto *run = new DebugCall<bool>([](const QJsonObject &) { return true; }, this);
    auto sent = std::make_shared<bool>(false);
    const auto send = [this, run, sent] {
        if (std::exchange(*sent, true))
            return;
        simple(QStringLiteral("Runtime.runIfWaitingForDebugger"))
            ->onFinished(run, [run](DebugCall<bool> *call) { run->complete({}, call->error()); });
    };
    QList<DebugCallBase *> earlier;
    for (const QPointer<DebugCallBase> &call : std::as_const(m_pending))
        if (call && !call->isFinished())
            earlier.append(call);
    if (earlier.isEmpty()) {
        send();
        return run;
    }
    auto unanswered = std::make_shared<qsizetype>(earlier.size());
    for (DebugCallBase *call : std::as_const(earlier))
        connect(call, &DebugCallBase::finished, run, [send, unanswered] {
            if (--*unanswered == 0)
                send();
        });
    // A command the debugger never answers must not hold the run for ever.
    QTimer::singleShot(RunSetUpLimitMs, run, send);
    return run;
}

DebugCall<bool> *DebuggerClient::resume()
{
    m_step.clear();
    return simple(QStringLiteral("Debugger.resume"));
}

DebugCall<bool> *DebuggerClient::step(const QString &method)
{
    m_step = method;
    m_autoSteps = 0;
    return simple(method);
}

DebugCall<bool> *DebuggerClient::stepOver()
{
    return step(QStringLiteral("Debugger.stepOver"));
}

DebugCall<bool> *DebuggerClient::stepInto()
{
    return step(QStringLiteral("Debugger.stepInto"));
}

DebugCall<bool> *DebuggerClient::stepOut()
{
    return step(QStringLiteral("Debugger.stepOut"));
}

bool DebuggerClient::isSkipped(const QString &url) const
{
    for (const QRegularExpression &pattern : m_skipped) {
        if (pattern.match(url).hasMatch())
            return true;
    }
    return false;
}

DebugCall<bool> *DebuggerClient::pause()
{
    return simple(QStringLiteral("Debugger.pause"));
}

DebugCall<EvalResult> *DebuggerClient::evaluate(const QString &frameId, const QString &expression,
                                                int timeoutMs)
{
    auto *call = command<EvalResult>(
        QStringLiteral("Debugger.evaluateOnCallFrame"),
        { { QStringLiteral("callFrameId"), frameId },
          { QStringLiteral("expression"), expression },
          { QStringLiteral("objectGroup"), QStringLiteral("console") },
          { QStringLiteral("timeout"), timeoutMs } },
        [](const QJsonObject &result) {
            EvalResult eval;
            eval.value = RemoteValue::fromJson(result.value(QLatin1String("result")).toObject());
            const QJsonObject details = result.value(QLatin1String("exceptionDetails")).toObject();
            eval.threw = !details.isEmpty();
            if (eval.threw)
                eval.exceptionText = exceptionText(details);
            return eval;
        });
    // The protocol's own timeout stops a loop; this one covers a process that never answers.
    QPointer<DebugCallBase> guard(call);
    QTimer::singleShot(timeoutMs + EvaluateGraceMs, this, [this, guard, timeoutMs] {
        if (guard && !guard->isFinished()) {
            m_pending.remove(m_pending.key(guard));
            guard->complete({}, tr("The expression did not finish within %n ms.", nullptr,
                                   timeoutMs));
        }
    });
    return call;
}

DebugCall<QList<PropertyInfo>> *DebuggerClient::properties(const QString &objectId)
{
    return command<QList<PropertyInfo>>(
        QStringLiteral("Runtime.getProperties"),
        { { QStringLiteral("objectId"), objectId },
          { QStringLiteral("ownProperties"), true },
          { QStringLiteral("generatePreview"), false } },
        [](const QJsonObject &result) {
            QList<PropertyInfo> properties;
            const QJsonArray list = result.value(QLatin1String("result")).toArray();
            for (const QJsonValue &item : list) {
                const QJsonObject property = item.toObject();
                // Getters are not run: reading one could change what is being debugged.
                if (!property.contains(QLatin1String("value")))
                    continue;
                properties.append({ property.value(QLatin1String("name")).toString(),
                                    RemoteValue::fromJson(
                                        property.value(QLatin1String("value")).toObject()) });
            }
            return properties;
        });
}

void DebuggerClient::received(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QLatin1String("id"))) {
        const int id = message.value(QLatin1String("id")).toInt();
        m_flowCalls.remove(id);
        const QPointer<DebugCallBase> call = m_pending.take(id);
        if (!call)
            return;
        const QJsonObject error = message.value(QLatin1String("error")).toObject();
        call->complete(message.value(QLatin1String("result")).toObject(),
                       error.isEmpty() ? QString()
                                       : error.value(QLatin1String("message")).toString());
        return;
    }
    event(message.value(QLatin1String("method")).toString(),
          message.value(QLatin1String("params")).toObject());
}

void DebuggerClient::event(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("Debugger.scriptParsed")) {
        m_scriptUrls.insert(params.value(QLatin1String("scriptId")).toString(),
                            params.value(QLatin1String("url")).toString());
    } else if (method == QLatin1String("Debugger.paused")) {
        PauseInfo info;
        info.reason = params.value(QLatin1String("reason")).toString();
        info.data = RemoteValue::fromJson(params.value(QLatin1String("data")).toObject());
        const QJsonArray hits = params.value(QLatin1String("hitBreakpoints")).toArray();
        for (const QJsonValue &hit : hits)
            info.hitBreakpoints.append(hit.toString());
        const QJsonArray frames = params.value(QLatin1String("callFrames")).toArray();
        for (const QJsonValue &item : frames) {
            const QJsonObject object = item.toObject();
            CallFrame frame;
            frame.id = object.value(QLatin1String("callFrameId")).toString();
            frame.functionName = object.value(QLatin1String("functionName")).toString();
            const BreakpointLocation where
                = location(object.value(QLatin1String("location")).toObject(), QString());
            frame.scriptId = where.scriptId;
            frame.line = where.line;
            frame.column = where.column;
            // Frames of vm-compiled functions come with an empty url: the script knows it.
            frame.url = object.value(QLatin1String("url")).toString();
            if (frame.url.isEmpty())
                frame.url = m_scriptUrls.value(frame.scriptId);
            const QJsonArray scopes = object.value(QLatin1String("scopeChain")).toArray();
            for (const QJsonValue &scope : scopes) {
                const QJsonObject s = scope.toObject();
                frame.scopes.append(
                    { s.value(QLatin1String("type")).toString(),
                      s.value(QLatin1String("name")).toString(),
                      s.value(QLatin1String("object")).toObject().value(QLatin1String("objectId"))
                          .toString() });
            }
            info.frames.append(frame);
        }
        // A step that stopped in a skipped script goes on: into the callee after a step into,
        // out towards user code after a step over or out. Bounded, in case it never gets out.
        constexpr int MaxAutoSteps = 2000;
        if (!m_step.isEmpty() && !info.frames.isEmpty() && isSkipped(info.frames.first().url)
            && info.hitBreakpoints.isEmpty() && info.reason != QLatin1String("exception")
            && m_autoSteps++ < MaxAutoSteps) {
            simple(m_step == QLatin1String("Debugger.stepInto") ? m_step
                                                                 : QStringLiteral("Debugger.stepOut"));
            return;
        }
        m_step.clear();
        m_paused = true;
        emit paused(info);
    } else if (method == QLatin1String("Debugger.resumed")) {
        if (!std::exchange(m_paused, false))
            return; // a step through a skipped script, or the start of the run
        emit resumed();
    } else if (method == QLatin1String("Debugger.breakpointResolved")) {
        emit breakpointResolved(
            location(params.value(QLatin1String("location")).toObject(),
                     params.value(QLatin1String("breakpointId")).toString()));
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        QStringList parts;
        const QJsonArray args = params.value(QLatin1String("args")).toArray();
        for (const QJsonValue &arg : args) {
            const RemoteValue value = RemoteValue::fromJson(arg.toObject());
            parts.append(value.type == QLatin1String("string") ? value.value.toString()
                                                               : value.display());
        }
        emit consoleMessage(params.value(QLatin1String("type")).toString(),
                            parts.join(u' '));
    } else if (method == QLatin1String("StitchLocal.runFinished")) {
        m_finished = true;
        QString why;
        const FunctionRunResult result = parse::runResult(
            QJsonDocument(params.value(QLatin1String("result")).toObject()), &why);
        emit runFinished(result);
    }
}

void DebuggerClient::ended(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_paused = false;
    const auto pending = std::exchange(m_pending, {});
    const QSet<int> flow = std::exchange(m_flowCalls, {});
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        if (!it.value())
            continue;
        // The run's end can overtake the answer to the resume that led to it.
        if (m_finished && flow.contains(it.key()))
            it.value()->complete({}, QString());
        else
            it.value()->complete({}, tr("The debug session has ended."));
    }
    emit closed(reason);
}
