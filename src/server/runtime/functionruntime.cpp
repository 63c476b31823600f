#include "functionruntime.h"

#include "runtimeworker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

QStringList nodeArguments(const RuntimeOptions &options)
{
    return {
        QStringLiteral("--max-old-space-size=%1").arg(qMax(16, options.memoryLimitMb)),
        // Even a host function leaked into a context cannot compile "return process" then.
        QStringLiteral("--disallow-code-generation-from-strings"),
        // No file system, child processes or worker threads for the whole process.
        QStringLiteral("--experimental-permission"),
        QStringLiteral("--no-warnings"),
        QStringLiteral("-e"),
        QString::fromUtf8(runnerScript()),
    };
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
        connect(worker, &RuntimeWorker::replied, this, &FunctionRuntime::workerReplied);
        connect(worker, &RuntimeWorker::failed, this, &FunctionRuntime::workerFailed);
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
    const int limitMs = request.timeLimitMs > 0 ? request.timeLimitMs : 90000;
    QJsonObject message {
        { QStringLiteral("op"), QStringLiteral("run") },
        { QStringLiteral("id"), double(id) },
        { QStringLiteral("name"), request.name },
        { QStringLiteral("arguments"), request.arguments },
        { QStringLiteral("user"), userObject(request) },
        { QStringLiteral("values"), request.values },
        { QStringLiteral("functions"), request.functions },
        { QStringLiteral("time_limit_ms"), limitMs },
    };
    if (!request.source.isEmpty())
        message.insert(QStringLiteral("source"), request.source);
    if (!request.evalSource.isEmpty())
        message.insert(QStringLiteral("eval_source"), request.evalSource);
    if (!request.request.isEmpty())
        message.insert(QStringLiteral("request"), request.request);
    if (!request.webhook.isEmpty())
        message.insert(QStringLiteral("webhook"), request.webhook);
    m_isCheck.insert(id, false);
    pickWorker()->send(id, message, limitMs, m_options.watchdogGraceMs);
    return id;
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
    pickWorker()->send(id, message, m_options.checkTimeLimitMs, m_options.watchdogGraceMs);
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

QList<qint64> FunctionRuntime::workerProcessIds() const
{
    QList<qint64> ids;
    for (const RuntimeWorker *worker : m_workers) {
        if (const qint64 pid = worker->processId())
            ids.append(pid);
    }
    return ids;
}

// The least busy worker that is up; an idle one that is not up yet when all are busy, so a
// second worker only costs memory once runs overlap.
RuntimeWorker *FunctionRuntime::pickWorker()
{
    RuntimeWorker *best = nullptr;
    for (RuntimeWorker *worker : std::as_const(m_workers)) {
        if (worker->isStarted() && (!best || worker->load() < best->load()))
            best = worker;
    }
    if (!best || best->load() > 0) {
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

void FunctionRuntime::deliver(quint64 id, const RunResult &result)
{
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
