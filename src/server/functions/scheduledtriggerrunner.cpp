#include "scheduledtriggerrunner.h"

#include "authtriggerrunner.h"
#include "cronschedule.h"
#include "functionrun.h"

#include "server/configstore.h"
#include "server/logwriter.h"
#include "server/runtime/functionruntime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

//! Fire times asked for at once; more are asked for when one is left.
constexpr int kBatch = 50;

QString scheduleOf(const Resource &trigger)
{
    return trigger.doc.value(QStringLiteral("config"))
        .toObject()
        .value(QStringLiteral("schedule"))
        .toString()
        .simplified();
}

bool skipsCatchup(const Resource &trigger)
{
    return trigger.doc.value(QStringLiteral("config"))
        .toObject()
        .value(QStringLiteral("skip_catchup_events"))
        .toBool();
}

bool isActive(const Resource &trigger)
{
    return !trigger.doc.value(QStringLiteral("disabled")).toBool()
        && !trigger.doc.value(QStringLiteral("suspended")).toBool();
}

} // namespace

ScheduledTriggerRunner::ScheduledTriggerRunner(Store &store, ConfigStore &config,
                                               FunctionRuntime &runtime,
                                               std::function<qint64()> nowMs,
                                               CronSchedule *schedule, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(config)
    , m_runtime(runtime)
    , m_nowMs(std::move(nowMs))
    , m_schedule(schedule)
{
    connect(&m_timer, &QTimer::timeout, this, &ScheduledTriggerRunner::tick);
}

void ScheduledTriggerRunner::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

const QList<ScheduledTriggerRunner::Trigger> &ScheduledTriggerRunner::scheduledTriggers()
{
    // Read again only when the store moved: a tick a second must not cost a query per app.
    // Log entries (writeLogsOnly) do not move it, so firings do not make the next tick read.
    const std::optional<ContentStamp> stamp = m_store.contentStamp();
    if (m_triggersRead && stamp && *stamp == m_triggersStamp)
        return m_triggers;
    m_triggers.clear();
    QSqlQuery query(m_store.database());
    m_store.exec(query,
                 QStringLiteral("SELECT DISTINCT app_id FROM resources WHERE kind = ?"
                                " AND json_extract(doc, '$.type') = 'SCHEDULED'"),
                 { kinds::trigger });
    QStringList apps;
    while (query.next())
        apps.append(query.value(0).toString());
    for (const QString &appId : std::as_const(apps)) {
        // Triggers react to what is deployed, never to an admin's draft.
        for (const Resource &trigger : m_config.list(appId, kinds::trigger, QString(), kTopLevel)) {
            if (trigger.doc.value(QStringLiteral("type")).toString() == QLatin1String("SCHEDULED"))
                m_triggers.append({ appId, trigger });
        }
    }
    m_triggersRead = stamp.has_value();
    if (stamp)
        m_triggersStamp = *stamp;
    return m_triggers;
}

void ScheduledTriggerRunner::tick()
{
    const qint64 now = m_nowMs();
    QSet<QString> seen;
    for (const Trigger &trigger : scheduledTriggers()) {
        const QString &id = trigger.doc.id;
        seen.insert(id);
        if (!isActive(trigger.doc)) {
            // Enabled or resumed later, it starts from the next time to come, not from the
            // times it missed; a run still going ends as usual.
            if (!m_plans.value(id).running)
                m_plans.remove(id);
            continue;
        }
        Plan &plan = m_plans[id];
        const QString schedule = scheduleOf(trigger.doc);
        if (plan.schedule != schedule) {
            const bool running = plan.running;
            plan = Plan();
            plan.schedule = schedule;
            plan.running = running;
        }
        if (plan.failed)
            continue;
        if (plan.upcoming.isEmpty()) {
            if (!plan.asking)
                ask(id, schedule, now);
            continue;
        }
        if (plan.upcoming.size() < 2 && !plan.asking)
            ask(id, schedule, plan.upcoming.last());
        if (plan.running || plan.upcoming.first() > now)
            continue;
        const qint64 due = plan.upcoming.takeFirst();
        if (skipsCatchup(trigger.doc)) {
            while (!plan.upcoming.isEmpty() && plan.upcoming.first() <= now)
                plan.upcoming.removeFirst();
        }
        fire(trigger, plan, due);
    }
    // Deleted triggers and those no longer SCHEDULED.
    for (auto it = m_plans.begin(); it != m_plans.end();) {
        if (!seen.contains(it.key()) && !it->running)
            it = m_plans.erase(it);
        else
            ++it;
    }
}

void ScheduledTriggerRunner::ask(const QString &triggerId, const QString &schedule, qint64 afterMs)
{
    m_plans[triggerId].asking = true;
    QPointer<ScheduledTriggerRunner> self(this);
    m_schedule->nextTimes(
        schedule, afterMs, kBatch,
        [self, triggerId, schedule](const QList<qint64> &times, const QString &error) {
            if (!self)
                return;
            auto it = self->m_plans.find(triggerId);
            // Dropped or changed meanwhile: the next tick asks again for what it has now.
            if (it == self->m_plans.end() || it->schedule != schedule) {
                if (it != self->m_plans.end())
                    it->asking = false;
                return;
            }
            it->asking = false;
            if (!error.isEmpty()) {
                it->failed = true;
                emit self->planFailed(triggerId, error);
                return;
            }
            for (qint64 time : times) {
                if (it->upcoming.isEmpty() || time > it->upcoming.last())
                    it->upcoming.append(time);
            }
            if (!it->upcoming.isEmpty())
                emit self->planned(triggerId, it->upcoming.first());
        });
}

void ScheduledTriggerRunner::fire(const Trigger &trigger, Plan &plan, qint64 scheduledMs)
{
    const qint64 started = m_nowMs();
    emit fired(trigger.doc.id, scheduledMs);
    const QString functionId = trigger.doc.doc.value(QStringLiteral("function_id")).toString();
    const auto function = m_config.get(trigger.appId, kinds::function, functionId, QString());
    if (!function) {
        finish(trigger, started,
               RunResult::failure(QStringLiteral("FunctionNotFound"),
                                  QStringLiteral("function not found: %1").arg(functionId), 0));
        return;
    }
    plan.running = true;
    RunRequest request;
    request.name = function->name;
    request.source = function->doc.value(QStringLiteral("source")).toString();
    request.arguments = QJsonArray();
    request.runAsSystem = true;
    request.timeLimitMs = m_timeLimitMs;
    request.background = true;
    request.queueKey = trigger.appId;
    addAppContext(m_config, trigger.appId, QString(), &request);
    Trigger fired = trigger;
    // The log names the function that ran, whatever the trigger document says.
    fired.doc.doc.insert(QStringLiteral("function_name"), function->name);
    m_runtime.run(request, this, [this, fired, started](const RunResult &result) {
        finish(fired, started, result);
    });
}

void ScheduledTriggerRunner::finish(const Trigger &trigger, qint64 startedMs,
                                    const RunResult &result)
{
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    QJsonObject entry
        = runLogEntry(m_store, trigger.appId, QStringLiteral("SCHEDULED_TRIGGER"), started, result);
    entry.insert(QStringLiteral("event_subscription_id"), trigger.doc.id);
    entry.insert(QStringLiteral("event_subscription_name"), trigger.doc.name);
    entry.insert(QStringLiteral("function_id"),
                 trigger.doc.doc.value(QStringLiteral("function_id")));
    entry.insert(QStringLiteral("function_name"),
                 trigger.doc.doc.value(QStringLiteral("function_name")));
    appendLog(m_store, trigger.appId, entry);

    auto it = m_plans.find(trigger.doc.id);
    if (it != m_plans.end())
        it->running = false;
    int failures = 0;
    if (it != m_plans.end())
        failures = it->failures = result.ok() ? 0 : it->failures + 1;
    if (failures >= AuthTriggerRunner::kSuspendAfter) {
        m_plans.erase(it);
        // Re-read: the trigger may have been edited while its function ran.
        if (auto current = m_config.get(trigger.appId, kinds::trigger, trigger.doc.id, QString())) {
            current->doc.insert(QStringLiteral("suspended"), true);
            m_config.update(trigger.appId, *current, QString());
        }
    }
    emit ran(trigger.doc.id, result.ok());
}

} // namespace stitchlocal
