#include "localdataprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace stitchlocal {

namespace {

constexpr int StderrTailBytes = 4096;

QJsonObject failure(quint64 id, const QString &message)
{
    return { { QStringLiteral("id"), double(id) },
             { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("code"), QStringLiteral("InternalServerError") },
                             { QStringLiteral("message"), message },
                             { QStringLiteral("status"), 500 } } } };
}

} // namespace

LocalDataProcess::LocalDataProcess(const QString &nodePath, const QString &scriptDir,
                                   const QString &dataRoot, QObject *parent)
    : QObject(parent)
    , m_nodePath(nodePath)
    , m_scriptDir(scriptDir)
    , m_dataRoot(dataRoot)
{
}

LocalDataProcess::~LocalDataProcess()
{
    m_pending.clear();
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        // Closing stdin lets it finish the request in hand and exit; its writes are whole.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString LocalDataProcess::findScriptDir()
{
    const QString fromEnvironment = qEnvironmentVariable("STITCH_DATASTORE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/stitch-console/datastore"));
    if (QFileInfo::exists(installed + QStringLiteral("/node_modules")))
        return QDir::cleanPath(installed);
#ifdef STITCH_DATASTORE_SOURCE_DIR
    return QStringLiteral(STITCH_DATASTORE_SOURCE_DIR);
#else
    return QDir::cleanPath(installed);
#endif
}

void LocalDataProcess::start()
{
    if (m_process)
        return;
    QDir().mkpath(m_dataRoot);
    const QString dataRoot = QFileInfo(m_dataRoot).canonicalFilePath();
    const QString scriptDir = QFileInfo(m_scriptDir).canonicalFilePath();
    m_process = new QProcess(this);
    m_process->setProgram(m_nodePath);
    // Its own folder to read (the script, mingo, bson) and the data folder: nothing else.
    m_process->setArguments({ QStringLiteral("--experimental-permission"),
                              QStringLiteral("--allow-fs-read=%1/*").arg(scriptDir),
                              QStringLiteral("--allow-fs-read=%1/*").arg(dataRoot),
                              QStringLiteral("--allow-fs-write=%1/*").arg(dataRoot),
                              QStringLiteral("--no-warnings"),
                              QDir(scriptDir).filePath(QStringLiteral("datastore.js")), dataRoot });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("NODE_OPTIONS"));
    environment.remove(QStringLiteral("NODE_PATH"));
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalDataProcess::readReplies);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail.append(m_process->readAllStandardError());
        if (m_stderrTail.size() > StderrTailBytes)
            m_stderrTail = m_stderrTail.right(StderrTailBytes);
    });
    connect(m_process, &QProcess::finished, this, &LocalDataProcess::finished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finished();
    });
    m_ready = false;
    m_stdout.clear();
    m_stderrTail.clear();
    m_process->start();
}

void LocalDataProcess::request(QJsonObject message, QObject *context, Callback done)
{
    const quint64 id = ++m_lastId;
    message.insert(QStringLiteral("id"), double(id));
    m_pending[id] = { context, std::move(done) };
    start();
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    if (m_ready)
        m_process->write(line);
    else
        m_queue.append(line);
}

void LocalDataProcess::readReplies()
{
    // Only the new chunk can end a long line: the buffer is not searched again from its start.
    const qsizetype searched = m_stdout.size();
    m_stdout.append(m_process->readAllStandardOutput());
    if (m_stdout.indexOf('\n', searched) < 0)
        return;
    QList<QJsonObject> replies;
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QJsonObject reply = QJsonDocument::fromJson(m_stdout.left(newline)).object();
        m_stdout.remove(0, newline + 1);
        if (reply.value(QLatin1String("type")).toString() == QLatin1String("ready")) {
            m_ready = true;
            for (const QByteArray &queued : std::as_const(m_queue))
                m_process->write(queued);
            m_queue.clear();
        } else if (!reply.isEmpty()) {
            replies.append(reply);
        }
    }
    QPointer<LocalDataProcess> self(this);
    for (const QJsonObject &reply : std::as_const(replies)) {
        const auto it = m_pending.find(quint64(reply.value(QLatin1String("id")).toDouble()));
        if (it == m_pending.end())
            continue;
        const Pending pending = std::move(it->second);
        m_pending.erase(it);
        if (pending.context && pending.done)
            pending.done(reply);
        if (!self)
            return;
    }
}

void LocalDataProcess::finished()
{
    if (!m_process)
        return;
    const QString stderrText = QString::fromUtf8(m_stderrTail).trimmed();
    const QString message = m_process->error() == QProcess::FailedToStart
        ? QStringLiteral("the local data process could not start %1: %2")
              .arg(m_nodePath, m_process->errorString())
        : QStringLiteral("the local data process stopped%1")
              .arg(stderrText.isEmpty() ? QString() : QStringLiteral(": ") + stderrText.right(600));
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    process->deleteLater();
    m_ready = false;
    m_queue.clear();
    failAll(message);
}

void LocalDataProcess::failAll(const QString &message)
{
    std::map<quint64, Pending> pending;
    pending.swap(m_pending);
    QPointer<LocalDataProcess> self(this);
    for (auto &[id, call] : pending) {
        if (call.context && call.done)
            call.done(failure(id, message));
        if (!self)
            return;
    }
}

} // namespace stitchlocal
