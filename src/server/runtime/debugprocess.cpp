#include "debugprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <csignal>

namespace stitchlocal {

namespace {

constexpr int StderrTailBytes = 8192;
constexpr int RunId = 1;

QString endedMessage(const QByteArray &stderrTail, int exitCode, bool crashed)
{
    if (stderrTail.contains("heap out of memory") || stderrTail.contains("Reached heap limit"))
        return QStringLiteral("the debug process ran out of memory (memory limit exceeded)");
    if (crashed)
        return QStringLiteral("the debug process was killed or crashed");
    return QStringLiteral("the debug process exited with code %1").arg(exitCode);
}

} // namespace

DebugProcess::DebugProcess(const QString &program, const QStringList &arguments,
                           int processMemoryLimitMb, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
    , m_processMemoryLimitMb(processMemoryLimitMb)
{
}

DebugProcess::~DebugProcess()
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        // Not waited for here: it dies on its own and deletes itself then.
        m_process->setParent(nullptr);
        if (m_process->state() == QProcess::NotRunning) {
            delete m_process;
        } else {
            connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
            m_process->kill();
        }
    }
}

void DebugProcess::start()
{
    if (m_process)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("NODE_OPTIONS"));
    environment.remove(QStringLiteral("NODE_PATH"));
    environment.insert(QStringLiteral("STITCH_DEBUG_RELAY"), QStringLiteral("1"));
    m_process->setProcessEnvironment(environment);
    const rlim_t bytes = rlim_t(qMax(0, m_processMemoryLimitMb)) * 1024 * 1024;
    m_process->setChildProcessModifier([bytes] {
        // A paused process must not outlive a server that crashed or was killed.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (bytes > 0) {
            const rlimit limit { bytes, bytes };
            ::setrlimit(RLIMIT_DATA, &limit);
        }
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DebugProcess::readLines);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail.append(m_process->readAllStandardError());
        if (m_stderrTail.size() > StderrTailBytes)
            m_stderrTail = m_stderrTail.right(StderrTailBytes);
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                processEnded(exitCode, status == QProcess::CrashExit);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(RunResult::failure(QStringLiteral("FunctionExecutionError"),
                                      QStringLiteral("the debug process could not start %1: %2")
                                          .arg(m_program, m_process->errorString()),
                                      0));
    });
    m_process->start();
}

qint64 DebugProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DebugProcess::sendProtocol(const QByteArray &message)
{
    QByteArray line = "C" + message;
    // A JSON text may hold a raw line break only between tokens; one is harmless, but it
    // would split the line.
    line.replace('\n', ' ');
    line.append('\n');
    if (m_ready && m_process)
        m_process->write(line);
    else
        m_queue.append(line);
}

void DebugProcess::run(const QJsonObject &request)
{
    QJsonObject message = request;
    message.insert(QStringLiteral("id"), RunId);
    const QByteArray line = "R" + QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    if (m_ready && m_process)
        m_process->write(line);
    else
        m_queue.append(line);
}

void DebugProcess::replyService(const QJsonObject &reply)
{
    if (!isAlive())
        return; // the run ended (or is being killed): nobody waits for the answer
    QJsonObject message = reply;
    message.insert(QStringLiteral("op"), QStringLiteral("service_reply"));
    m_process->write("R" + QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void DebugProcess::kill(const QString &message)
{
    if (m_finished || !m_process)
        return;
    m_killReason = message;
    m_process->kill();
}

void DebugProcess::readLines()
{
    m_stdout.append(m_process->readAllStandardOutput());
    QPointer<DebugProcess> self(this);
    qsizetype newline;
    while (self && (newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (line.startsWith('C')) {
            emit protocolMessage(line.mid(1));
            continue;
        }
        if (!line.startsWith('R'))
            continue;
        const QJsonObject reply = QJsonDocument::fromJson(line.mid(1)).object();
        if (reply.value(QLatin1String("type")).toString() == QLatin1String("ready")) {
            m_ready = true;
            for (const QByteArray &queued : std::as_const(m_queue))
                m_process->write(queued);
            m_queue.clear();
            emit ready();
        } else if (reply.value(QLatin1String("type")).toString() == QLatin1String("service")) {
            emit serviceCalled(reply);
        } else if (reply.value(QLatin1String("id")).toInt() == RunId) {
            RunResult result = RunResult::fromReply(reply);
            if (reply.value(QLatin1String("memory_exceeded")).toBool())
                result.errorMessage
                    = QStringLiteral("execution stopped: the function used more memory than a "
                                     "debug process may (%1 MB, memory limit exceeded)")
                          .arg(m_processMemoryLimitMb);
            finish(result);
        }
    }
}

void DebugProcess::processEnded(int exitCode, bool crashed)
{
    m_stderrTail.append(m_process->readAllStandardError());
    const QString message = m_killReason.isEmpty()
        ? QStringLiteral("execution stopped: %1").arg(endedMessage(m_stderrTail, exitCode, crashed))
        : m_killReason;
    finish(RunResult::failure(QStringLiteral("FunctionExecutionError"), message, 0));
}

void DebugProcess::finish(const RunResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

} // namespace stitchlocal
