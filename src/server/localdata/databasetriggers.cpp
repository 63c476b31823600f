#include "databasetriggers.h"

#include "server/functions/authtriggerrunner.h"
#include "server/functions/functionrun.h"
#include "server/runtime/functionruntime.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QJsonArray>

namespace stitchlocal {

DatabaseTriggerRunner::DatabaseTriggerRunner(ServerState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
}

void DatabaseTriggerRunner::enqueue(const QString &appId, const QString &triggerId,
                                    const QJsonObject &event)
{
    m_queues[triggerId].append({ appId, event });
    if (!m_running.contains(triggerId))
        startNext(triggerId);
}

void DatabaseTriggerRunner::startNext(const QString &triggerId)
{
    auto queue = m_queues.find(triggerId);
    if (queue == m_queues.end() || queue->isEmpty()) {
        m_queues.remove(triggerId);
        m_running.remove(triggerId);
        return;
    }
    const Pending next = queue->takeFirst();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    // Re-read: the trigger may have been disabled, suspended or deleted since the write.
    const auto trigger = m_state.config.get(next.appId, kinds::trigger, triggerId, QString());
    if (!trigger || trigger->doc.value(QStringLiteral("disabled")).toBool()
        || trigger->doc.value(QStringLiteral("suspended")).toBool()) {
        m_queues.remove(triggerId);
        m_running.remove(triggerId);
        return;
    }
    m_running.insert(triggerId);
    const QJsonObject config = trigger->doc.value(QStringLiteral("config")).toObject();
    QJsonObject event = next.event;
    if (event.value(QStringLiteral("operationType")).toString() == QLatin1String("update")
        && !config.value(QStringLiteral("full_document")).toBool())
        event.remove(QStringLiteral("fullDocument"));
    const QString functionId = trigger->doc.value(QStringLiteral("function_id")).toString();
    const auto function = m_state.config.get(next.appId, kinds::function, functionId, QString());
    QJsonObject fired = trigger->doc;
    if (!function) {
        finish(triggerId, next.appId, fired, started,
               RunResult::failure(QStringLiteral("FunctionNotFound"),
                                  QStringLiteral("function not found: %1").arg(functionId), 0));
        return;
    }
    fired.insert(QStringLiteral("function_name"), function->name);
    RunRequest request;
    request.name = function->name;
    request.source = function->doc.value(QStringLiteral("source")).toString();
    request.arguments = QJsonArray { event };
    request.runAsSystem = true;
    request.timeLimitMs = functionTimeLimitMs(m_state.options);
    request.background = true;
    request.queueKey = next.appId;
    addAppContext(m_state.config, next.appId, QString(), &request);
    const QString appId = next.appId;
    m_state.runtime->run(request, this,
                         [this, triggerId, appId, fired, started](const RunResult &result) {
                             finish(triggerId, appId, fired, started, result);
                         });
}

void DatabaseTriggerRunner::finish(const QString &triggerId, const QString &appId,
                                   const QJsonObject &trigger, const QDateTime &started,
                                   const RunResult &result)
{
    const Resource fired { kinds::trigger, triggerId, QString(),
                           trigger.value(QStringLiteral("name")).toString(), trigger };
    recordTriggerRun(m_state.store, m_state.config, appId, fired, QStringLiteral("DB_TRIGGER"),
                     QString(), started, result, &m_failures);
    emit ran(triggerId, result.ok());
    startNext(triggerId);
}

} // namespace stitchlocal
