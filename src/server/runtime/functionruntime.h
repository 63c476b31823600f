#pragma once

#include "server/runtime/runresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace stitchlocal {

class DebugProcess;
class RuntimeWorker;

//! A run's call of a service (context.services.get(name).db(d).collection(c).action(...)), with
//! who runs it; answered through the reply callback with {result} or {error: {message, code}}.
struct ServiceCall
{
    QString appId;
    QString adminId; //!< whose view of the app the run has; empty: the deployed state
    bool runAsSystem = false;
    QString userId;
    QJsonObject userData;
    QString service;
    QString action;
    QJsonObject arguments; //!< canonical Extended JSON: {database, collection, query, ...}
};

//! How the function runtime starts its Node.js workers.
struct RuntimeOptions
{
    QString nodePath = QStringLiteral("/usr/bin/node"); //!< empty: the first node on PATH
    int memoryLimitMb = 256; //!< V8 old-space limit of each worker; a hog kills only its worker
    //! The whole worker process's data (RLIMIT_DATA): buffers outside the V8 heap count too.
    //! A run that passes it fails with a memory error and its worker is restarted.
    int processMemoryLimitMb = 512;
    int workers = 2; //!< started on demand; a second one keeps serving while one is stuck
    int watchdogGraceMs = 1500; //!< past a run's time limit, when its worker is taken as stuck
    int checkTimeLimitMs = 10000;
    int backgroundInFlight = 1; //!< background runs running at once, all on the first worker
    int backgroundQueuePerApp = 64; //!< past it, a background run fails at once, saying so
    //! The one folder (and what is under it) a run may read: where apps' uploaded node_modules
    //! are unpacked, so that require() can load them. Empty: no file at all.
    QString readableDir;
};

//! Runs a Stitch app's functions for real in warm Node.js workers, without ever blocking.
//!
//! run() and checkSyntax() return an id at once; finished() or syntaxChecked() follows once with
//! that id, always later from the event loop. Each run gets its own vm context and its own
//! console. Runs on one worker interleave at their awaits; synchronous code in one run holds up
//! the others on that worker until it ends or hits its time limit (vm stops it there; a loop
//! after an await is stopped by killing the worker at the limit plus watchdogGraceMs, which fails
//! the other runs in flight on that worker with FunctionExecutionError). The memory limit is per
//! worker process: a run that exhausts it takes its worker down, and every run in flight on it
//! fails. The next run starts a fresh worker. Call it from the thread it lives in.
class FunctionRuntime : public QObject
{
    Q_OBJECT
public:
    explicit FunctionRuntime(QObject *parent = nullptr);
    explicit FunctionRuntime(const RuntimeOptions &options, QObject *parent = nullptr);
    ~FunctionRuntime() override;

    const RuntimeOptions &options() const { return m_options; }

    //! Starts the first worker now rather than on the first run.
    void warmUp();
    quint64 run(const RunRequest &request);
    //! Parses source as a function body (the way run() loads it) without running it.
    quint64 checkSyntax(const QString &source);

    //! The same, with a callback called once (before the signal), later from the event loop,
    //! unless context has been destroyed by then.
    using RunCallback = std::function<void(const RunResult &)>;
    using CheckCallback = std::function<void(const SyntaxCheck &)>;
    quint64 run(const RunRequest &request, QObject *context, RunCallback done);
    quint64 checkSyntax(const QString &source, QObject *context, CheckCallback done);

    using ServiceReply = std::function<void(const QJsonObject &reply)>;
    using ServiceHandler = std::function<void(const ServiceCall &call, ServiceReply reply)>;
    //! Who answers runs' service calls; without one they fail with ServiceNotFound.
    void setServiceHandler(ServiceHandler handler) { m_serviceHandler = std::move(handler); }
    //! A runner's service message ({service, action, arguments}) for the run caller describes
    //! (a debug run's call comes this way too).
    void callService(ServiceCall caller, const QJsonObject &message, ServiceReply reply) const;
    //! The caller part of a ServiceCall for a run of request (the service and action unset).
    static ServiceCall serviceCallerOf(const RunRequest &request);
    //! A process of its own for one debug run (not started yet): runner.js in its relay mode,
    //! with the memory limits of a worker but without the permission model, which refuses the
    //! inspector session that the relay needs.
    DebugProcess *newDebugProcess(QObject *parent) const;
    //! The runner request for request in a debug process: values and functions carried along.
    QJsonObject debugRunMessage(const RunRequest &request) const;

    //! Bytes of requests written to workers so far (for diagnostics and tests).
    qint64 bytesSentToWorkers() const;
    //! Process ids of the workers that are up (for diagnostics and tests).
    QList<qint64> workerProcessIds() const;

signals:
    void finished(quint64 id, const stitchlocal::RunResult &result);
    void syntaxChecked(quint64 id, const stitchlocal::SyntaxCheck &check);

private:
    //! The runner's "run" request without the app's values and functions.
    static QJsonObject runMessage(quint64 id, const RunRequest &request);
    RuntimeWorker *pickWorker(bool background);
    void dispatch(quint64 id, const RunRequest &request);
    void startQueuedBackground();
    void workerReplied(quint64 id, const QJsonObject &reply);
    void workerFailed(quint64 id, const QString &errorCode, const QString &message,
                      qint64 elapsedNs);
    void deliver(quint64 id, const RunResult &result);
    void serviceCalled(RuntimeWorker *worker, quint64 runId, const QJsonObject &call,
                       qint64 processId);
    void deliver(quint64 id, const SyntaxCheck &check);

    RuntimeOptions m_options;
    QList<RuntimeWorker *> m_workers;
    QHash<quint64, bool> m_isCheck;
    struct Pending
    {
        QPointer<QObject> context;
        RunCallback run;
        CheckCallback check;
    };
    QHash<quint64, Pending> m_callbacks;
    quint64 m_lastId = 0;
    QHash<quint64, RuntimeWorker *> m_backgroundRuns; //!< in flight
    //! Who each run in flight runs as, for its service calls.
    QHash<quint64, ServiceCall> m_runCallers;
    ServiceHandler m_serviceHandler;
    //! Waiting background runs per app, and the apps in the order they are served.
    QHash<QString, QList<QPair<quint64, RunRequest>>> m_backgroundQueues;
    QStringList m_backgroundTurns;
};

} // namespace stitchlocal
