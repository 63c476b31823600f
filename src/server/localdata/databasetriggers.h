#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

namespace stitchlocal {

class ServerState;
struct RunResult;

//! Runs database triggers' functions on the change events of the writes that matched them
//! (LocalData::execute hands them over in commit order). Per trigger, one run at a time: a
//! trigger's events wait in its own queue, in order, and the next starts when the run before
//! it ended. Each run is a system run with the event as its one argument (fullDocument kept for
//! updates only when the trigger asks for full_document), has the server's function time limit,
//! writes a "DB_TRIGGER" log entry, and counts towards suspension (recordTriggerRun). The write
//! itself is never undone by what its triggers do.
class DatabaseTriggerRunner : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseTriggerRunner(ServerState &state, QObject *parent = nullptr);

    void enqueue(const QString &appId, const QString &triggerId, const QJsonObject &event);

signals:
    //! One run ended, its log entry written.
    void ran(const QString &triggerId, bool ok);

private:
    struct Pending
    {
        QString appId;
        QJsonObject event;
    };
    void startNext(const QString &triggerId);
    void finish(const QString &triggerId, const QString &appId, const QJsonObject &trigger,
                const QDateTime &started, const RunResult &result);

    ServerState &m_state;
    QHash<QString, QList<Pending>> m_queues; //!< trigger id → events waiting, in commit order
    QSet<QString> m_running;
    QHash<QString, int> m_failures; //!< trigger id → failures in a row
};

} // namespace stitchlocal
