#include "functionruntime.h"

#include "debugprocess.h"
#include "runtimeworker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace stitchlocal {

namespace {

QByteArray runnerScript()
{
    QFile file(QStringLiteral(":/stitchlocal/runtime/runner.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("stitch_runtime: the embedded runner.js is missing");
    return file.readAll();
}

QStringList nodeArguments(const RuntimeOptions &options, bool debug = false)
{
    QStringList arguments {
        QStringLiteral("--max-old-space-size=%1").arg(qMax(16, options.memoryLimitMb)),
        // Even a host function leaked into a context cannot compile "return process" then.
        QStringLiteral("--disallow-code-generation-from-strings"),
    };
    if (debug)
        return arguments << QStringLiteral("--no-warnings") << QStringLiteral("-e")
                         << QString::fromUtf8(runnerScript());
    // No file system, child processes or worker threads for the whole process...
    arguments << QStringLiteral("--experimental-permission");
    // ...but reading the uploaded packages, for require().
    if (!options.readableDir.isEmpty())
        arguments << QStringLiteral("--allow-fs-read=%1/*").arg(options.readableDir);
    arguments << QStringLiteral("--no-warnings") << QStringLiteral("-e")
              << QString::fromUtf8(runnerScript());
    return arguments;
}

QJsonObject userObject(const RunRequest &request)
{
    return {
        { QStringLiteral("id"), request.runAsSystem ? QString() : request.userId },
        { QStringLiteral("type"),
          request.runAsSystem ? QStringLiteral("system") : QStringLiteral("normal") },
        { QStringLiteral("data"), request.userData },
        { QStringLiteral("custom_data"), QJsonObject() },
        { QStringLiteral("identities"), QJsonArray() },
    };
}

} // namespace

FunctionRuntime::FunctionRuntime(QObject *parent)
    : FunctionRuntime(RuntimeOptions(), parent)
{
}

FunctionRuntime::FunctionRuntime(const RuntimeOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.nodePath.isEmpty())
        m_options.nodePath = QStandardPaths::findExecutable(QStringLiteral("node"));
    qRegisterMetaType<stitchlocal::RunResult>();
    qRegisterMetaType<stitchlocal::SyntaxCheck>();
    const QStringList arguments = nodeArguments(m_options);
    for (int i = 0; i < qMax(1, m_options.workers); ++i) {
        auto *worker = new RuntimeWorker(m_options.nodePath, arguments, this);
        worker->setProcessMemoryLimitMb(m_options.processMemoryLimitMb);
        connect(worker, &RuntimeWorker::replied, this, &FunctionRuntime::workerReplied);
        connect(worker, &RuntimeWorker::failed, this, &FunctionRuntime::workerFailed);
        connect(worker, &RuntimeWorker::serviceCall, this,
                [this, worker](quint64 runId, const QJsonObject &call, qint64 processId) {
                    serviceCalled(worker, runId, call, processId);
                });
        m_workers.append(worker);
    }
}

FunctionRuntime::~FunctionRuntime()
{
    // Workers dying with the runtime must not call back into owners already half gone.
    m_callbacks.clear();
}

void FunctionRuntime::warmUp()
{
    m_workers.constFirst()->start();
}

quint64 FunctionRuntime::run(const RunRequest &request)
{
    const quint64 id = ++m_lastId;
    m_isCheck.insert(id, false);
    if (!request.background || m_backgroundRuns.size() < qMax(1, m_options.backgroundInFlight)) {
        dispatch(id, request);
        return id;
    }
    // Triggers fired by unauthenticated logins must not pile up without bound nor hold up
    // anyone else: they wait in a queue of their app, and past its bound fail at once.
    QList<QPair<quint64, RunRequest>> &queue = m_backgroundQueues[request.queueKey];
    if (queue.size() >= m_options.backgroundQueuePerApp) {
        const QString message
            = QStringLiteral("not run: %1 trigger runs of this app are already waiting, the "
                             "most the function runtime queues for one app")
                  .arg(queue.size());
        QMetaObject::invokeMethod(
            this,
            [this, id, message] {
                workerFailed(id, QStringLiteral("FunctionExecutionError"), message, 0);
            },
            Qt::QueuedConnection);
        return id;
    }
    queue.append({ id, request });
    if (!m_backgroundTurns.contains(request.queueKey))
        m_backgroundTurns.append(request.queueKey);
    return id;
}

DebugProcess *FunctionRuntime::newDebugProcess(QObject *parent) const
{
    return new DebugProcess(m_options.nodePath, nodeArguments(m_options, true),
                            m_options.processMemoryLimitMb, parent);
}

QJsonObject FunctionRuntime::debugRunMessage(const RunRequest &request) const
{
    QJsonObject message = runMessage(0, request);
    message.insert(QStringLiteral("values"), request.values);
    message.insert(QStringLiteral("functions"), request.functions);
    return message;
}

QJsonObject FunctionRuntime::runMessage(quint64 id, const RunRequest &request)
{
    const int limitMs = request.timeLimitMs > 0 ? request.timeLimitMs : 90000;
    QJsonObject message {
        { QStringLiteral("op"), QStringLiteral("run") },
        { QStringLiteral("id"), double(id) },
        { QStringLiteral("name"), request.name },
        { QStringLiteral("arguments"), request.arguments },
        { QStringLiteral("user"), userObject(request) },
        { QStringLiteral("time_limit_ms"), limitMs },
    };
    if (!request.source.isEmpty())
        message.insert(QStringLiteral("source"), request.source);
    if (!request.evalSource.isEmpty())
        message.insert(QStringLiteral("eval_source"), request.evalSource);
    if (!request.request.isEmpty())
        message.insert(QStringLiteral("request"), request.request);
    if (!request.dependenciesDir.isEmpty())
        message.insert(QStringLiteral("dependencies_dir"), request.dependenciesDir);
    if (!request.webhook.isEmpty())
        message.insert(QStringLiteral("webhook"), request.webhook);
    return message;
}

void FunctionRuntime::dispatch(quint64 id, const RunRequest &request)
{
    const int limitMs = request.timeLimitMs > 0 ? request.timeLimitMs : 90000;
    QJsonObject message = runMessage(id, request);
    RuntimeWorker *worker = pickWorker(request.background);
    if (request.contextKey.isEmpty()) {
        message.insert(QStringLiteral("values"), request.values);
        message.insert(QStringLiteral("functions"), request.functions);
    } else {
        // Sent once per version and worker, not with every run: a trivial run in an app with
        // three 10 MB functions took 22 s when each run carried them all.
        if (!worker->holdsContext(request.contextKey, request.contextVersion))
            worker->sendContext(request.contextKey, request.contextVersion, request.values,
                                request.functions);
        message.insert(QStringLiteral("context"), request.contextKey);
    }
    if (request.background)
        m_backgroundRuns.insert(id, worker);
    m_runCallers.insert(id, serviceCallerOf(request));
    const QString label = request.name.isEmpty() ? QStringLiteral("a function")
                                                 : QStringLiteral("'%1'").arg(request.name);
    worker->send(id, message, limitMs, m_options.watchdogGraceMs,
                 request.background ? QStringLiteral("the trigger run of %1").arg(label)
                                    : QStringLiteral("the run of %1").arg(label));
}

void FunctionRuntime::startQueuedBackground()
{
    // Apps take turns, so one app's flood of triggers does not hold up another app's.
    while (m_backgroundRuns.size() < qMax(1, m_options.backgroundInFlight)
           && !m_backgroundTurns.isEmpty()) {
        const QString app = m_backgroundTurns.takeFirst();
        QList<QPair<quint64, RunRequest>> &queue = m_backgroundQueues[app];
        const auto next = queue.takeFirst();
        if (queue.isEmpty())
            m_backgroundQueues.remove(app);
        else
            m_backgroundTurns.append(app);
        dispatch(next.first, next.second);
    }
}

quint64 FunctionRuntime::checkSyntax(const QString &source)
{
    const quint64 id = ++m_lastId;
    const QJsonObject message {
        { QStringLiteral("op"), QStringLiteral("check") },
        { QStringLiteral("id"), double(id) },
        { QStringLiteral("source"), source },
    };
    m_isCheck.insert(id, true);
    pickWorker(false)->send(id, message, m_options.checkTimeLimitMs, m_options.watchdogGraceMs);
    return id;
}

quint64 FunctionRuntime::run(const RunRequest &request, QObject *context, RunCallback done)
{
    // Registered first: a worker that cannot start may fail the run before run() returns.
    m_callbacks.insert(m_lastId + 1, { context, std::move(done), {} });
    return run(request);
}

quint64 FunctionRuntime::checkSyntax(const QString &source, QObject *context, CheckCallback done)
{
    m_callbacks.insert(m_lastId + 1, { context, {}, std::move(done) });
    return checkSyntax(source);
}

qint64 FunctionRuntime::bytesSentToWorkers() const
{
    qint64 total = 0;
    for (const RuntimeWorker *worker : m_workers)
        total += worker->bytesSent();
    return total;
}

QList<qint64> FunctionRuntime::workerProcessIds() const
{
    QList<qint64> ids;
    for (const RuntimeWorker *worker : m_workers) {
        if (const qint64 pid = worker->processId())
            ids.append(pid);
    }
    return ids;
}

// Background runs all go to the first worker. Otherwise: the least busy worker that is up and
// runs no background run; an idle one that is not up yet when all are busy, so a second worker
// only costs memory once runs overlap.
RuntimeWorker *FunctionRuntime::pickWorker(bool background)
{
    if (background)
        return m_workers.constFirst();
    QSet<RuntimeWorker *> busyWithBackground;
    for (RuntimeWorker *worker : std::as_const(m_backgroundRuns))
        busyWithBackground.insert(worker);
    const auto cost = [&](RuntimeWorker *worker) {
        return worker->load() + (busyWithBackground.contains(worker) ? 1000000 : 0);
    };
    RuntimeWorker *best = nullptr;
    for (RuntimeWorker *worker : std::as_const(m_workers)) {
        if (worker->isStarted() && (!best || cost(worker) < cost(best)))
            best = worker;
    }
    if (!best || cost(best) > 0) {
        for (RuntimeWorker *worker : std::as_const(m_workers)) {
            if (!worker->isStarted())
                return worker;
        }
    }
    return best;
}

void FunctionRuntime::workerReplied(quint64 id, const QJsonObject &reply)
{
    if (!m_isCheck.contains(id))
        return;
    if (m_isCheck.take(id)) {
        SyntaxCheck check;
        if (!reply.value(QLatin1String("ok")).toBool()) {
            const QJsonObject error = reply.value(QLatin1String("error")).toObject();
            check.errorCode = QStringLiteral("FunctionSyntaxError");
            check.message = error.value(QLatin1String("message")).toString();
            check.line = reply.value(QLatin1String("line")).toInt();
            check.column = reply.value(QLatin1String("column")).toInt();
        }
        deliver(id, check);
    } else {
        deliver(id, RunResult::fromReply(reply));
    }
}

void FunctionRuntime::workerFailed(quint64 id, const QString &errorCode, const QString &message,
                                   qint64 elapsedNs)
{
    if (!m_isCheck.contains(id))
        return;
    if (m_isCheck.take(id)) {
        SyntaxCheck check;
        check.errorCode = errorCode;
        check.message = message;
        deliver(id, check);
    } else {
        deliver(id, RunResult::failure(errorCode, message, elapsedNs));
    }
}

void FunctionRuntime::serviceCalled(RuntimeWorker *worker, quint64 runId,
                                    const QJsonObject &message, qint64 processId)
{
    const QJsonValue callId = message.value(QLatin1String("call"));
    QPointer<RuntimeWorker> target(worker);
    ServiceReply reply = [target, callId, processId](const QJsonObject &answer) {
        if (!target)
            return;
        QJsonObject out = answer;
        out.insert(QStringLiteral("call"), callId);
        target->replyService(out, processId);
    };
    const auto caller = m_runCallers.constFind(runId);
    if (caller == m_runCallers.cend())
        return; // the run has ended
    callService(*caller, message, std::move(reply));
}

ServiceCall FunctionRuntime::serviceCallerOf(const RunRequest &request)
{
    ServiceCall caller;
    caller.appId = request.appId;
    caller.adminId = request.adminId;
    caller.runAsSystem = request.runAsSystem;
    caller.userId = request.userId;
    caller.userData = request.userData;
    return caller;
}

void FunctionRuntime::callService(ServiceCall call, const QJsonObject &message,
                                  ServiceReply reply) const
{
    call.service = message.value(QLatin1String("service")).toString();
    call.action = message.value(QLatin1String("action")).toString();
    call.arguments = message.value(QLatin1String("arguments")).toObject();
    if (!m_serviceHandler || call.appId.isEmpty()) {
        return reply({ { QStringLiteral("error"),
                         QJsonObject { { QStringLiteral("code"), QStringLiteral("ServiceNotFound") },
                                       { QStringLiteral("message"),
                                         QStringLiteral("service not found: '%1'")
                                             .arg(call.service) } } } });
    }
    m_serviceHandler(call, std::move(reply));
}

void FunctionRuntime::deliver(quint64 id, const RunResult &result)
{
    m_runCallers.remove(id);
    if (m_backgroundRuns.remove(id))
        QMetaObject::invokeMethod(this, &FunctionRuntime::startQueuedBackground,
                                  Qt::QueuedConnection);
    const Pending pending = m_callbacks.take(id);
    if (pending.run && pending.context)
        pending.run(result);
    emit finished(id, result);
}

void FunctionRuntime::deliver(quint64 id, const SyntaxCheck &check)
{
    const Pending pending = m_callbacks.take(id);
    if (pending.check && pending.context)
        pending.check(check);
    emit syntaxChecked(id, check);
}

} // namespace stitchlocal
