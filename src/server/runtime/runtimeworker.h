#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

#include <map>

class QJsonObject;
class QProcess;
class QTimer;

namespace stitchlocal {

// One Node.js process running runner.js. Requests go out as JSON lines as soon as the runner has
// said it is ready; replies come back matched by id. A request that gets no reply within its
// watchdog time means the process is stuck in synchronous code: the process is killed and every
// request in flight on it fails. The next send() starts a fresh process.
class RuntimeWorker : public QObject
{
    Q_OBJECT
public:
    RuntimeWorker(const QString &program, const QStringList &arguments, QObject *parent = nullptr);
    ~RuntimeWorker() override;

    //! Caps the process's data segment (setrlimit RLIMIT_DATA, unprivileged, no cgroup); 0: none.
    void setProcessMemoryLimitMb(int megabytes) { m_processMemoryLimitMb = megabytes; }
    void start();
    bool isStarted() const { return m_process != nullptr; }
    int load() const { return int(m_pending.size()); }
    qint64 processId() const;
    //! limitMs is the run's own time limit; the watchdog fires at limitMs + graceMs.
    //! label says what runs ("the trigger run of 'f'"), for the error of runs it holds up.
    void send(quint64 id, const QJsonObject &request, int limitMs, int graceMs,
              const QString &label = QString());
    //! Whether the process holds this version of an app's values and functions under key.
    bool holdsContext(const QString &key, const QByteArray &version) const;
    //! Sends values and functions for runs that name key; the runner keeps kMaxContexts.
    void sendContext(const QString &key, const QByteArray &version, const QJsonObject &values,
                     const QJsonObject &functions);
    static constexpr int kMaxContexts = 16; //!< as runner.js's MAX_CONTEXTS
    //! Answers a serviceCall() of a run in flight on this worker ({call, result} or {call,
    //! error}); nothing when the process it came from is gone.
    void replyService(const QJsonObject &reply, qint64 processId);
    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void replied(quint64 id, const QJsonObject &reply);
    void failed(quint64 id, const QString &errorCode, const QString &message, qint64 elapsedNs);
    //! A run asks a service (context.services.get(name)...): {run, call, service, database,
    //! collection, action, arguments}; answer with replyService().
    void serviceCall(quint64 runId, const QJsonObject &call, qint64 processId);

private:
    struct Pending
    {
        QTimer *watchdog = nullptr;
        QElapsedTimer clock;
        int limitMs = 0;
        QString label;
    };

    void readReplies();
    void readErrors();
    void processFinished(int exitCode, int exitStatus);
    bool dropRefusedPermissionFlag();
    void processFailedToStart();
    void watchdogFired(quint64 id);
    void abandonProcess();
    void failAll(const QString &message, quint64 stuckId = 0);
    void write(const QByteArray &line);

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    bool m_ready = false;
    QList<QByteArray> m_queue;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    std::map<quint64, Pending> m_pending;
    int m_processMemoryLimitMb = 0;
    //! What the current process holds: key → version, oldest first (evicted like the runner).
    QList<QPair<QString, QByteArray>> m_contexts;
    qint64 m_bytesSent = 0;
};

} // namespace stitchlocal
