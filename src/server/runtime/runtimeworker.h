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

    void start();
    bool isStarted() const { return m_process != nullptr; }
    int load() const { return int(m_pending.size()); }
    qint64 processId() const;
    //! limitMs is the run's own time limit; the watchdog fires at limitMs + graceMs.
    void send(quint64 id, const QJsonObject &request, int limitMs, int graceMs);

signals:
    void replied(quint64 id, const QJsonObject &reply);
    void failed(quint64 id, const QString &errorCode, const QString &message, qint64 elapsedNs);

private:
    struct Pending
    {
        QTimer *watchdog = nullptr;
        QElapsedTimer clock;
        int limitMs = 0;
    };

    void readReplies();
    void readErrors();
    void processFinished(int exitCode, int exitStatus);
    bool dropRefusedPermissionFlag();
    void processFailedToStart();
    void watchdogFired(quint64 id);
    void abandonProcess();
    void failAll(const QString &message, quint64 stuckId = 0);

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    bool m_ready = false;
    QList<QByteArray> m_queue;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    std::map<quint64, Pending> m_pending;
};

} // namespace stitchlocal
