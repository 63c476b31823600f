#pragma once

#include "server/runtime/runresult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

class QJsonObject;
class QProcess;

namespace stitchlocal {

//! One Node.js process for one debug run: runner.js in its relay mode (see the end of runner.js).
//!
//! The process opens no inspector port: the DevTools protocol goes over its pipes, relayed by a
//! worker thread of the runner, and comes out here as protocolMessage(). run() starts the run;
//! finished() follows exactly once, with the run's result or, when the process ends first (killed,
//! out of memory, crashed), a failure saying why. The process is killed with this object, when
//! the server goes away (PR_SET_PDEATHSIG), or by kill().
class DebugProcess : public QObject
{
    Q_OBJECT
public:
    DebugProcess(const QString &program, const QStringList &arguments, int processMemoryLimitMb,
                 QObject *parent = nullptr);
    ~DebugProcess() override;

    void start();
    //! The runner has said it is ready; protocol commands sent before are queued until then.
    bool isReady() const { return m_ready; }
    //! Neither finished nor being killed.
    bool isAlive() const { return m_process && !m_finished; }
    qint64 processId() const;
    //! One protocol message (a JSON object) to the inspector, as the console sent it.
    void sendProtocol(const QByteArray &message);
    //! A runner "run" request (FunctionRuntime::debugRunMessage); once per process.
    void run(const QJsonObject &request);
    //! Ends the process; finished() follows with message as the run's error, unless the run has
    //! finished already.
    void kill(const QString &message);
    //! The answer to a serviceCalled() message (its "call" id included).
    void replyService(const QJsonObject &reply);

signals:
    void ready();
    void protocolMessage(const QByteArray &message);
    //! The run called a service (context.services...): {service, action, arguments, call}.
    void serviceCalled(const QJsonObject &message);
    void finished(const stitchlocal::RunResult &result);

private:
    void readLines();
    void processEnded(int exitCode, bool crashed);
    void finish(const RunResult &result);

    QProcess *m_process = nullptr;
    QString m_program;
    QStringList m_arguments;
    int m_processMemoryLimitMb = 0;
    bool m_ready = false;
    bool m_finished = false;
    QString m_killReason;
    QList<QByteArray> m_queue;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
};

} // namespace stitchlocal
