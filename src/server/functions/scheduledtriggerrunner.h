#pragma once

#include "server/readcache.h"
#include "server/store.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace stitchlocal {

class ConfigStore;
class CronSchedule;
class FunctionRuntime;
struct RunResult;

//! Fires scheduled triggers on their cron schedule: every enabled, non-suspended trigger of type
//! SCHEDULED of every app runs its function (no arguments, as the system user) at each time its
//! config.schedule names, in UTC, and writes a "SCHEDULED_TRIGGER" log entry per firing. A
//! trigger runs once at a time; a time that passed while it ran fires when it ends, unless
//! config.skip_catchup_events says to skip to the next time to come. A trigger whose function
//! fails AuthTriggerRunner::kSuspendAfter times in a row is suspended, like authentication
//! triggers, and PUT .../resume starts it again from the next time to come.
//! The clock is injectable (ServerOptions::clockMs), and tick() is public, so that tests move
//! time instead of waiting minutes.
class ScheduledTriggerRunner : public QObject
{
    Q_OBJECT
public:
    ScheduledTriggerRunner(Store &store, ConfigStore &config, FunctionRuntime &runtime,
                           std::function<qint64()> nowMs, CronSchedule *schedule,
                           QObject *parent = nullptr);

    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    //! Looks at the clock every intervalMs (a schedule's finest step is a minute).
    void start(int intervalMs = 1000);
    //! Fires what is due now, and asks for the fire times of triggers new or changed.
    void tick();

signals:
    //! The fire times of a trigger are known (after a new or changed schedule, a resume).
    void planned(const QString &triggerId, qint64 nextMs);
    //! A trigger's schedule could not be read: it does not fire.
    void planFailed(const QString &triggerId, const QString &error);
    //! A trigger fired: its function's run has started (emitted from within tick()).
    void fired(const QString &triggerId, qint64 scheduledMs);
    //! One firing has ended, its log entry is written and its failure count updated.
    void ran(const QString &triggerId, bool ok);

private:
    struct Trigger
    {
        QString appId;
        Resource doc;
    };
    //! What the runner knows of one trigger between ticks.
    struct Plan
    {
        QString schedule;
        QList<qint64> upcoming; //!< fire times still to come (or due), ascending
        bool asking = false; //!< a question to the cron parser is out
        bool running = false;
        bool failed = false; //!< the schedule could not be read
        int failures = 0; //!< failed runs in a row
    };
    const QList<Trigger> &scheduledTriggers();
    void ask(const QString &triggerId, const QString &schedule, qint64 afterMs);
    void fire(const Trigger &trigger, Plan &plan, qint64 scheduledMs);
    void finish(const Trigger &trigger, qint64 startedMs, const RunResult &result);

    Store &m_store;
    ConfigStore &m_config;
    FunctionRuntime &m_runtime;
    std::function<qint64()> m_nowMs;
    CronSchedule *m_schedule;
    QTimer m_timer;
    int m_timeLimitMs = 90000;
    QHash<QString, Plan> m_plans; //!< trigger id → plan
    QList<Trigger> m_triggers; //!< deployed scheduled triggers, read again when the store moved
    ContentStamp m_triggersStamp;
    bool m_triggersRead = false;
};

} // namespace stitchlocal
