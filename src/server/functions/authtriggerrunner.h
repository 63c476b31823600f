#pragma once

#include "server/serverstate.h"

#include <QHash>
#include <QObject>

namespace stitchlocal {

class ConfigStore;
class FunctionRuntime;
class Store;
struct RunResult;

//! What every kind of trigger does once its function's run ended: writes the run's log entry (of
//! logType, naming the trigger and its function; userId may be empty) and counts the trigger's
//! failures in a row in *failures; at AuthTriggerRunner::kSuspendAfter the trigger is suspended,
//! as the real service suspends a trigger that keeps failing (resumable with .../resume).
void recordTriggerRun(Store &store, ConfigStore &config, const QString &appId,
                      const Resource &trigger, const QString &logType, const QString &userId,
                      const QDateTime &started, const RunResult &result,
                      QHash<QString, int> *failures);

//! Fires an app's authentication triggers on an end-user CREATE, LOGIN or DELETE: every enabled,
//! non-suspended trigger of type AUTHENTICATION whose operation_type and providers match runs
//! its function with the event, as the system user, and writes an "AUTH_TRIGGER" log entry.
//! A trigger whose function fails kSuspendAfter times in a row is suspended.
class AuthTriggerRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSuspendAfter = 3;

    AuthTriggerRunner(Store &store, ConfigStore &config, FunctionRuntime &runtime,
                      QObject *parent = nullptr);

    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    //! Starts the matching triggers' runs and returns; each ends with ran().
    void fire(const AuthEvent &event);

signals:
    //! One trigger's run has ended, its log entry is written and its failure count updated.
    void ran(const QString &triggerId, bool ok);

private:
    void finish(const QString &appId, const Resource &trigger, const QString &userId,
                const QDateTime &started, const RunResult &result);

    Store &m_store;
    ConfigStore &m_config;
    FunctionRuntime &m_runtime;
    int m_timeLimitMs = 90000;
    QHash<QString, int> m_failures; //!< trigger id → failures in a row
};

} // namespace stitchlocal
