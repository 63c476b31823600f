#pragma once

#include "server/runtime/runresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWebSocketServer;

namespace stitchlocal {

class DebugProcess;
class FunctionRuntime;
class DebugSession;

//! Where the console reaches one debug run's debugger.
struct DebugTicket
{
    QString id;
    //! ws://127.0.0.1:PORT/debug/ID/SECRET: good for one connection.
    QUrl url;
    qint64 processId = 0;
    int timeLimitSeconds = 0;
};

//! The debug runs of one server (a stitch-local extension, src/server/functions/debugrunroutes.cpp).
//!
//! Each run gets a DebugProcess of its own, so ordinary runs and triggers never wait on a paused
//! one. The console speaks the DevTools protocol to it through a WebSocket of ours on loopback,
//! at a path holding a random secret that admits exactly one connection; messages pass through
//! unchanged, except that the console's Runtime.runIfWaitingForDebugger starts the run (so that
//! its breakpoints are set first) and that the run's end arrives as an event of ours,
//! {"method": "StitchLocal.runFinished", "params": {"result": <as execute_function answers>}},
//! after which the socket closes. Why a proxy rather than the inspector's own URL: Node's
//! inspector port tells anyone on the machine its URL (GET /json/list), and it would take any
//! number of connections; here the process opens no port at all, the secret is spent on first
//! use, and the process is killed the moment its one console goes away.
class DebugSessions : public QObject
{
    Q_OBJECT
public:
    DebugSessions(FunctionRuntime &runtime, QObject *parent = nullptr);
    ~DebugSessions() override;

    //! Sessions of one app open at once; past it start() refuses.
    int perAppLimit = 3;
    //! The longest a session may last, paused or not; then its process is killed.
    int timeLimitMs = 10 * 60 * 1000;
    //! How long a started session waits for its console to connect.
    int connectTimeoutMs = 30 * 1000;

    using Started = std::function<void(const DebugTicket &ticket, const QString &error)>;
    using Finished = std::function<void(const RunResult &result)>;
    //! Starts a process for request (values and functions filled in). started gets the ticket
    //! once the process is ready, or an error; finished gets the run's result once, whatever
    //! ended it. Returns false with *why, calling neither, when appId has perAppLimit sessions.
    bool start(const QString &appId, const RunRequest &request, Started started,
               Finished finished, QString *why);
    int openSessions(const QString &appId) const;

private:
    bool listen(QString *why);
    void acceptConnection();
    DebugProcess *takeProcess();
    void refillSpare();

    FunctionRuntime &m_runtime;
    QWebSocketServer *m_server = nullptr; //!< handshakes for connections m_port accepts
    quint16 m_port = 0;
    QHash<QString, QPointer<DebugSession>> m_sessions;
    //! A process started ahead, so that Debug pauses at its first breakpoint without waiting for
    //! Node.js to start (about 100 ms); dropped after a while unused.
    QPointer<DebugProcess> m_spare;
};

} // namespace stitchlocal
