#include "syntaxchecker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {

// Loads acorn from the first place given that has it, says whether it did, then answers each line
// {id, source} with {id, ok} or {id, ok: false, line, column, message}. A function's source is
// parsed as the runtime loads it: a script whose top level may return and await.
const char kCheckerScript[] = R"JS(
'use strict';
let acorn = null;
for (const where of process.argv.slice(1)) {
  try { acorn = require(where); break; } catch (e) { /* the next place */ }
}
const send = (o) => process.stdout.write(JSON.stringify(o) + '\n');
if (!acorn) {
  send({ ready: false, why: 'acorn (node-acorn) was not found' });
  process.exit(0);
}
send({ ready: true, version: acorn.version });
const options = { ecmaVersion: 'latest', sourceType: 'script', locations: true,
                  allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true,
                  allowHashBang: true };
require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
  let request;
  try { request = JSON.parse(line); } catch (e) { return; }
  try {
    acorn.parse(String(request.source ?? ''), options);
    send({ id: request.id, ok: true });
  } catch (e) {
    const loc = e.loc || { line: 1, column: 0 };
    send({ id: request.id, ok: false, line: loc.line, column: loc.column + 1,
           message: String(e.message).replace(/ \(\d+:\d+\)$/, '') });
  }
}).on('close', () => process.exit(0));
)JS";

// A process that dies this often (not for want of acorn) is given up on.
constexpr int MaxCrashes = 3;

} // namespace

SyntaxChecker::SyntaxChecker(QObject *parent)
    : SyntaxChecker(QStandardPaths::findExecutable(QStringLiteral("node")), defaultAcornPaths(),
                    parent)
{
}

SyntaxChecker::SyntaxChecker(const QString &nodePath, const QStringList &acornPaths,
                             QObject *parent)
    : QObject(parent)
    , m_node(nodePath)
    , m_acornPaths(acornPaths)
    , m_watchdog(new QTimer(this))
{
    if (m_node.isEmpty())
        m_unavailable = tr("Node.js was not found");
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(AnswerTimeoutMs);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (m_process && !m_pending.isEmpty())
            m_process->kill(); // finished() follows, and with it processEnded()
    });
}

SyntaxChecker::~SyntaxChecker()
{
    if (m_process) {
        // Nobody is left to hear the answers; the process must not call back into us.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void SyntaxChecker::setAnswerTimeout(int ms)
{
    m_watchdog->setInterval(ms);
}

SyntaxChecker *SyntaxChecker::shared()
{
    static QPointer<SyntaxChecker> checker;
    if (!checker)
        checker = new SyntaxChecker(QCoreApplication::instance());
    return checker;
}

QStringList SyntaxChecker::defaultAcornPaths()
{
    // Wherever node itself finds it, then Debian's node-acorn (a node from elsewhere does not
    // look in /usr/share/nodejs); /usr/lib/nodejs is where architecture-specific modules go.
    return { QStringLiteral("acorn"), QStringLiteral("/usr/share/nodejs/acorn"),
             QStringLiteral("/usr/lib/nodejs/acorn") };
}

void SyntaxChecker::check(const QString &source, QObject *context, Callback done)
{
    const quint64 id = ++m_lastId;
    m_pending.insert(id, Pending { context, std::move(done) });
    if (!isAvailable()) {
        // Still later, from the event loop, as every answer comes.
        QTimer::singleShot(0, this, [this, id] { answer(id, Result()); });
        return;
    }
    if (!m_process)
        startProcess();
    if (!m_process)
        return; // it could not start: the check is off, and this one is answered so
    const QJsonObject request { { QStringLiteral("id"), double(id) },
                                { QStringLiteral("source"), source } };
    // Written to the pipe's buffer, never waited for; node reads it once it is up.
    m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!m_watchdog->isActive())
        m_watchdog->start();
}

void SyntaxChecker::startProcess()
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SyntaxChecker::readAnswers);
    connect(m_process, &QProcess::finished, this, &SyntaxChecker::processEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            setUnavailable(tr("Node.js could not be started"));
            processEnded();
        }
    });
    m_buffer.clear();
    m_process->start(m_node,
                     QStringList { QStringLiteral("-e"), QString::fromUtf8(kCheckerScript) }
                         + m_acornPaths);
}

void SyntaxChecker::readAnswers()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        if (line.contains(QStringLiteral("ready"))) {
            if (!line.value(QStringLiteral("ready")).toBool())
                setUnavailable(tr("node-acorn is not installed"));
            continue;
        }
        Result result;
        result.checked = true;
        if (!line.value(QStringLiteral("ok")).toBool()) {
            result.line = std::max(1, line.value(QStringLiteral("line")).toInt());
            result.column = line.value(QStringLiteral("column")).toInt();
            result.message = line.value(QStringLiteral("message")).toString();
        }
        answer(quint64(line.value(QStringLiteral("id")).toDouble()), result);
    }
    // An answer came: the process is alive; time the next one from now.
    if (m_pending.isEmpty())
        m_watchdog->stop();
    else
        m_watchdog->start();
}

void SyntaxChecker::processEnded()
{
    if (!m_process)
        return;
    m_process->deleteLater();
    m_process = nullptr;
    m_watchdog->stop();
    if (isAvailable()) {
        if (++m_crashes >= MaxCrashes)
            setUnavailable(tr("the syntax check process kept stopping"));
        // else: the next check starts a fresh one.
    }
    failPending();
}

void SyntaxChecker::setUnavailable(const QString &why)
{
    if (!m_unavailable.isEmpty())
        return;
    m_unavailable = why;
    emit availabilityChanged(false);
}

void SyntaxChecker::failPending()
{
    // Later, as every answer comes, and only the checks asked of the process that ended.
    const QList<quint64> ids = m_pending.keys();
    QTimer::singleShot(0, this, [this, ids] {
        for (quint64 id : ids)
            answer(id, Result());
    });
}

void SyntaxChecker::answer(quint64 id, const Result &result)
{
    const auto pending = m_pending.take(id);
    if (pending.done && pending.context)
        pending.done(result);
}
