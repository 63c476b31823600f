#include "runtimeworker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define STITCH_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STITCH_LSAN 1
#endif
#endif
#ifdef STITCH_LSAN
#include <sanitizer/lsan_interface.h>
#endif

namespace stitchlocal {

namespace {

constexpr int StderrTailBytes = 8192;

QString memoryLimitMessage(int processLimitMb)
{
    return QStringLiteral("execution stopped: the function used more memory than a function "
                          "runtime may (%1 MB, memory limit exceeded); the runtime was restarted")
        .arg(processLimitMb);
}

QString memoryOrCrashMessage(const QByteArray &stderrTail, int exitCode, bool crashed)
{
    if (stderrTail.contains("heap out of memory") || stderrTail.contains("Reached heap limit"))
        return QStringLiteral("execution stopped: the function runtime ran out of memory (memory "
                              "limit exceeded) and was restarted");
    if (crashed)
        return QStringLiteral("execution stopped: the function runtime crashed and was restarted");
    return QStringLiteral("execution stopped: the function runtime exited with code %1")
        .arg(exitCode);
}

} // namespace

RuntimeWorker::RuntimeWorker(const QString &program, const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
{
}

RuntimeWorker::~RuntimeWorker()
{
    if (m_process) {
        // Outlives this worker until it has died, so that nothing waits for it here.
        m_process->setParent(nullptr);
        abandonProcess();
    }
}

void RuntimeWorker::start()
{
    if (m_process)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    // Options from the environment could preload modules into the worker.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("NODE_OPTIONS"));
    environment.remove(QStringLiteral("NODE_PATH"));
    m_process->setProcessEnvironment(environment);
    // The V8 flag only bounds the JS heap; typed arrays live outside it and once drove a worker
    // to 2 GB. RLIMIT_DATA counts every private writable mapping, and V8's address-space
    // reservations are not writable, so (unlike RLIMIT_AS) Node.js starts and runs under it.
    if (m_processMemoryLimitMb > 0) {
        const rlim_t bytes = rlim_t(m_processMemoryLimitMb) * 1024 * 1024;
        m_process->setChildProcessModifier([bytes] {
            const rlimit limit { bytes, bytes };
            ::setrlimit(RLIMIT_DATA, &limit);
        });
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RuntimeWorker::readReplies);
    connect(m_process, &QProcess::readyReadStandardError, this, &RuntimeWorker::readErrors);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                processFinished(exitCode, int(status));
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFailedToStart();
    });
    m_ready = false;
    m_stdout.clear();
    m_stderrTail.clear();
    m_process->start();
}

qint64 RuntimeWorker::processId() const
{
    return m_process && m_ready ? m_process->processId() : 0;
}

void RuntimeWorker::send(quint64 id, const QJsonObject &request, int limitMs, int graceMs,
                         const QString &label)
{
    start();
    Pending pending;
    pending.limitMs = limitMs;
    pending.label = label;
    pending.clock.start();
    pending.watchdog = new QTimer(this);
    pending.watchdog->setSingleShot(true);
    connect(pending.watchdog, &QTimer::timeout, this, [this, id] { watchdogFired(id); });
    pending.watchdog->start(limitMs + graceMs);
    m_pending[id] = pending;

    write(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

void RuntimeWorker::write(const QByteArray &json)
{
    const QByteArray line = json + '\n';
    m_bytesSent += line.size();
    if (m_ready)
        m_process->write(line);
    else
        m_queue.append(line);
}

bool RuntimeWorker::holdsContext(const QString &key, const QByteArray &version) const
{
    if (!m_process)
        return false;
    for (const auto &held : m_contexts) {
        if (held.first == key)
            return held.second == version;
    }
    return false;
}

void RuntimeWorker::sendContext(const QString &key, const QByteArray &version,
                                const QJsonObject &values, const QJsonObject &functions)
{
    start();
    for (qsizetype i = 0; i < m_contexts.size(); ++i) {
        if (m_contexts.at(i).first == key) {
            m_contexts.removeAt(i);
            break;
        }
    }
    m_contexts.append({ key, version });
    if (m_contexts.size() > kMaxContexts)
        m_contexts.removeFirst();
    write(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("context") },
                                      { QStringLiteral("key"), key },
                                      { QStringLiteral("values"), values },
                                      { QStringLiteral("functions"), functions } })
              .toJson(QJsonDocument::Compact));
}

void RuntimeWorker::replyService(const QJsonObject &reply, qint64 processId)
{
    if (!m_process || !m_ready || m_process->processId() != processId)
        return; // the run died with its process
    QJsonObject message = reply;
    message.insert(QStringLiteral("op"), QStringLiteral("service_reply"));
    write(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void RuntimeWorker::readReplies()
{
    // A long line (a service call with a 16 MB document) comes in many chunks: only the new
    // chunk can hold its end, so the buffer is not searched again from its start each time.
    const qsizetype searched = m_stdout.size();
    m_stdout.append(m_process->readAllStandardOutput());
    if (m_stdout.indexOf('\n', searched) < 0)
        return;
    QList<QJsonObject> replies;
    QList<QJsonObject> serviceCalls;
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QJsonObject reply = QJsonDocument::fromJson(m_stdout.left(newline)).object();
        m_stdout.remove(0, newline + 1);
        if (reply.value(QLatin1String("type")).toString() == QLatin1String("service")) {
            serviceCalls.append(reply);
        } else if (reply.value(QLatin1String("type")).toString() == QLatin1String("ready")) {
            m_ready = true;
            for (const QByteArray &queued : std::as_const(m_queue))
                m_process->write(queued);
            m_queue.clear();
        } else if (!reply.isEmpty()) {
            replies.append(reply);
        }
    }
    // A receiver may delete this worker (with its runtime) while handling a reply.
    QPointer<RuntimeWorker> self(this);
    const qint64 pid = m_process->processId();
    for (const QJsonObject &call : std::as_const(serviceCalls)) {
        emit serviceCall(quint64(call.value(QLatin1String("run")).toDouble()), call, pid);
        if (!self)
            return;
    }
    bool restart = false;
    for (QJsonObject reply : std::as_const(replies)) {
        const auto id = quint64(reply.value(QLatin1String("id")).toDouble());
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue; // already failed by the watchdog
        delete it->second.watchdog;
        m_pending.erase(it);
        if (reply.value(QLatin1String("memory_exceeded")).toBool()) {
            // What the run left allocated may be held by its own leftovers: start afresh.
            restart = true;
            QJsonObject error = reply.value(QLatin1String("error")).toObject();
            error.insert(QLatin1String("message"), memoryLimitMessage(m_processMemoryLimitMb));
            reply.insert(QLatin1String("error"), error);
        }
        emit replied(id, reply);
        if (!self)
            return;
    }
    if (restart && m_process) {
        abandonProcess();
        failAll(QStringLiteral("execution stopped: another function passed the function "
                               "runtime's memory limit (%1 MB) and the runtime was restarted")
                    .arg(m_processMemoryLimitMb));
    }
}

void RuntimeWorker::readErrors()
{
    m_stderrTail.append(m_process->readAllStandardError());
    if (m_stderrTail.size() > StderrTailBytes)
        m_stderrTail = m_stderrTail.right(StderrTailBytes);
}

void RuntimeWorker::processFinished(int exitCode, int exitStatus)
{
    readErrors();
    if (!m_ready && dropRefusedPermissionFlag())
        return;
    const QString message
        = memoryOrCrashMessage(m_stderrTail, exitCode, exitStatus == QProcess::CrashExit);
    abandonProcess();
    failAll(message);
}

// Node.js before 20 (Debian bookworm ships 18) has no permission model and refuses its flag: run
// without that layer rather than not at all, keeping the requests that wait for the runner.
bool RuntimeWorker::dropRefusedPermissionFlag()
{
    const QString flag = QStringLiteral("--experimental-permission");
    if (!m_stderrTail.contains("bad option: " + flag.toUtf8()) || !m_arguments.contains(flag))
        return false;
    qWarning("stitch_runtime: %s has no permission model; functions run without it",
             qPrintable(m_program));
    m_arguments.removeAll(flag);
    const QList<QByteArray> queue = m_queue;
    const auto contexts = m_contexts;
    abandonProcess();
    start();
    m_queue = queue;
    m_contexts = contexts;
    return true;
}

void RuntimeWorker::processFailedToStart()
{
    const QString message = QStringLiteral("the function runtime could not start %1: %2")
                                .arg(m_program, m_process->errorString());
    abandonProcess();
    failAll(message);
}

void RuntimeWorker::watchdogFired(quint64 id)
{
    // Only synchronous code keeps the runner from answering (it handles its own async time
    // limits), so the whole process is stuck: nothing in flight on it can finish any more.
    const auto stuck = m_pending.find(id);
    const QString culprit = stuck != m_pending.end() && !stuck->second.label.isEmpty()
        ? stuck->second.label
        : QStringLiteral("another function");
    abandonProcess();
    failAll(QStringLiteral("execution stopped: %1 blocked the function runtime past its time "
                           "limit, and the runtime was restarted")
                .arg(culprit),
            id);
}

void RuntimeWorker::abandonProcess()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
    } else {
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
#ifdef STITCH_LSAN
        // Not waited for: at exit it may still be dying, which LeakSanitizer would report.
        __lsan_ignore_object(process);
#endif
    }
    m_ready = false;
    m_queue.clear();
    m_contexts.clear();
    m_stdout.clear();
}

void RuntimeWorker::failAll(const QString &message, quint64 stuckId)
{
    std::map<quint64, Pending> pending;
    pending.swap(m_pending);
    for (auto &entry : pending)
        entry.second.watchdog->deleteLater(); // one of them may be emitting right now
    QPointer<RuntimeWorker> self(this);
    for (const auto &[id, run] : pending) {
        if (!self)
            return;
        if (id == stuckId || run.clock.elapsed() >= run.limitMs)
            emit failed(id, QStringLiteral("ExecutionTimeLimitExceeded"),
                        QStringLiteral("execution time limit exceeded"), run.clock.nsecsElapsed());
        else
            emit failed(id, QStringLiteral("FunctionExecutionError"), message,
                        run.clock.nsecsElapsed());
    }
}

} // namespace stitchlocal
