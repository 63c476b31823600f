#include "debugsessions.h"

#include "server/runtime/debugprocess.h"
#include "server/runtime/functionruntime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace stitchlocal {

namespace {

constexpr int SpareIdleMs = 5 * 60 * 1000;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          bytes / int(sizeof(quint32)));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! Compares in time independent of where the texts differ, so the secret cannot be guessed a
//! character at a time.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0;
}

QString minutes(int ms)
{
    return ms % 60000 == 0 ? QStringLiteral("%1 minutes").arg(ms / 60000)
                           : QStringLiteral("%1 seconds").arg(ms / 1000);
}

} // namespace

//! One debug run: its process, its console's socket, its limits.
class DebugSession : public QObject
{
public:
    DebugSession(const QString &appId, DebugProcess *process, const QJsonObject &runMessage,
                 DebugSessions::Finished finished, QObject *parent)
        : QObject(parent)
        , appId(appId)
        , id(randomToken(12))
        , secret(randomToken(24))
        , m_process(process)
        , m_runMessage(runMessage)
        , m_finished(std::move(finished))
    {
        m_process->setParent(this);
        connect(m_process, &DebugProcess::protocolMessage, this, [this](const QByteArray &text) {
            if (m_console)
                m_console->sendTextMessage(QString::fromUtf8(text));
        });
        connect(m_process, &DebugProcess::finished, this, &DebugSession::runFinished);
    }

    void armTimers(int timeLimitMs, int connectTimeoutMs)
    {
        QTimer::singleShot(timeLimitMs, this, [this, timeLimitMs] {
            m_process->kill(QStringLiteral("execution stopped: the debug session reached its "
                                           "time limit of %1")
                                .arg(minutes(timeLimitMs)));
        });
        QTimer::singleShot(connectTimeoutMs, this, [this, connectTimeoutMs] {
            if (!m_connected)
                m_process->kill(QStringLiteral("execution stopped: no debugger connected within "
                                               "%1")
                                    .arg(minutes(connectTimeoutMs)));
        });
    }

    //! Takes the console's socket, once.
    bool attach(QWebSocket *socket)
    {
        if (m_connected || !m_process->isAlive())
            return false;
        m_connected = true;
        m_console = socket;
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this, &DebugSession::fromConsole);
        connect(socket, &QWebSocket::disconnected, this, [this] {
            m_process->kill(QStringLiteral("execution stopped: the debugger disconnected"));
        });
        return true;
    }

    DebugProcess *process() const { return m_process; }

    const QString appId;
    const QString id;
    const QString secret;

private:
    void fromConsole(const QString &text)
    {
        // Cheap test first: every step and evaluation passes here.
        if (!m_runStarted && text.contains(QLatin1String("runIfWaitingForDebugger"))) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value(QLatin1String("method")).toString()
                == QLatin1String("Runtime.runIfWaitingForDebugger")) {
                m_runStarted = true;
                m_process->run(m_runMessage);
            }
        }
        m_process->sendProtocol(text.toUtf8());
    }

    void runFinished(const RunResult &result)
    {
        if (m_finished)
            std::exchange(m_finished, {})(result);
        if (m_console && m_console->isValid()) {
            const QJsonObject event {
                { QStringLiteral("method"), QStringLiteral("StitchLocal.runFinished") },
                { QStringLiteral("params"),
                  QJsonObject { { QStringLiteral("result"), result.toJson() } } },
            };
            disconnect(m_console, nullptr, this, nullptr);
            m_console->sendTextMessage(
                QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
            m_console->close(QWebSocketProtocol::CloseCodeNormal,
                             QStringLiteral("the run has finished"));
        }
        // The socket goes with the session once its close frame has gone out.
        deleteLater();
    }

    DebugProcess *m_process;
    QPointer<QWebSocket> m_console;
    QJsonObject m_runMessage;
    DebugSessions::Finished m_finished;
    bool m_connected = false;
    bool m_runStarted = false;
};

DebugSessions::DebugSessions(FunctionRuntime &runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
}

DebugSessions::~DebugSessions()
{
    // Sessions (and their processes) are children: they are killed with this object, when
    // the server stops.
    for (const auto &session : std::as_const(m_sessions)) {
        if (session)
            session->disconnect();
    }
}

bool DebugSessions::listen(QString *why)
{
    if (m_server)
        return true;
    // Loopback whatever the server listens on: the protocol can run code in the process.
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("the debugger's socket could not listen: %1").arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server = new QWebSocketServer(QStringLiteral("stitch-local debugger"),
                                    QWebSocketServer::NonSecureMode, this);
    m_port = tcp->serverPort();
    // Our own listener, to switch Nagle's algorithm off: a pause event written right after a
    // resumed one waited for the console's delayed ACK, 40 ms a step.
    connect(tcp, &QTcpServer::newConnection, this, [this, tcp] {
        while (QTcpSocket *socket = tcp->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->handleConnection(socket);
        }
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &DebugSessions::acceptConnection);
    return true;
}

void DebugSessions::acceptConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // The path is /debug/ID/SECRET.
        const QStringList parts = socket->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
        DebugSession *session = parts.size() == 3 && parts.at(0) == QLatin1String("debug")
            ? m_sessions.value(parts.at(1)).data()
            : nullptr;
        if (session && sameSecret(parts.at(2), session->secret) && session->attach(socket))
            continue;
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("unknown or used debug session"));
        socket->deleteLater();
    }
}

DebugProcess *DebugSessions::takeProcess()
{
    DebugProcess *process = m_spare;
    m_spare = nullptr;
    if (!process || !process->isAlive()) {
        delete process;
        process = m_runtime.newDebugProcess(this);
        process->start();
    }
    QTimer::singleShot(0, this, &DebugSessions::refillSpare);
    return process;
}

void DebugSessions::refillSpare()
{
    if (m_spare)
        return;
    m_spare = m_runtime.newDebugProcess(this);
    m_spare->start();
    QPointer<DebugProcess> spare = m_spare;
    QTimer::singleShot(SpareIdleMs, this, [this, spare] {
        if (spare && spare == m_spare)
            delete spare.data();
    });
}

int DebugSessions::openSessions(const QString &appId) const
{
    int count = 0;
    for (const auto &session : m_sessions) {
        if (session && session->appId == appId)
            ++count;
    }
    return count;
}

bool DebugSessions::start(const QString &appId, const RunRequest &request, Started started,
                          Finished finished, QString *why)
{
    if (openSessions(appId) >= perAppLimit) {
        *why = QStringLiteral("this app has %1 debug sessions open already, the most stitch-local "
                              "runs at once; stop one first")
                   .arg(perAppLimit);
        return false;
    }
    if (!listen(why))
        return false;
    RunRequest debugRequest = request;
    // A paused run must not hit the ordinary time limit; the session's own limit ends it.
    debugRequest.timeLimitMs = timeLimitMs;
    auto *session = new DebugSession(appId, takeProcess(), m_runtime.debugRunMessage(debugRequest),
                                     std::move(finished), this);
    // The run's context.services calls, as an ordinary run's: to the local data, as its user.
    DebugProcess *runner = session->process();
    const ServiceCall caller = FunctionRuntime::serviceCallerOf(request);
    connect(runner, &DebugProcess::serviceCalled, session,
            [this, runner, caller](const QJsonObject &message) {
                QPointer<DebugProcess> target(runner);
                const QJsonValue callId = message.value(QLatin1String("call"));
                m_runtime.callService(caller, message, [target, callId](const QJsonObject &answer) {
                    if (!target)
                        return;
                    QJsonObject out = answer;
                    out.insert(QStringLiteral("call"), callId);
                    target->replyService(out);
                });
            });
    m_sessions.insert(session->id, session);
    connect(session, &QObject::destroyed, this, [this, id = session->id] { m_sessions.remove(id); });
    session->armTimers(timeLimitMs, connectTimeoutMs);

    DebugTicket ticket;
    ticket.id = session->id;
    ticket.url.setScheme(QStringLiteral("ws"));
    ticket.url.setHost(QStringLiteral("127.0.0.1"));
    ticket.url.setPort(m_port);
    ticket.url.setPath(QStringLiteral("/debug/%1/%2").arg(session->id, session->secret));
    ticket.timeLimitSeconds = timeLimitMs / 1000;
    DebugProcess *process = session->process();
    if (process->isReady()) {
        ticket.processId = process->processId();
        started(ticket, QString());
        return true;
    }
    // Exactly one of the two answers: ready, or the process ended before it was.
    auto answered = std::make_shared<bool>(false);
    connect(process, &DebugProcess::ready, session, [process, ticket, started, answered]() mutable {
        if (std::exchange(*answered, true))
            return;
        ticket.processId = process->processId();
        started(ticket, QString());
    });
    connect(process, &DebugProcess::finished, session,
            [started, answered](const RunResult &result) {
                if (!std::exchange(*answered, true))
                    started(DebugTicket(), result.errorMessage);
            });
    return true;
}

} // namespace stitchlocal
