#include "authtriggerrunner.h"

#include "functionrun.h"

#include "server/logwriter.h"
#include "server/runtime/functionruntime.h"

#include <QJsonArray>

namespace stitchlocal {

namespace {

bool matches(const QJsonObject &trigger, const AuthEvent &event)
{
    const QJsonObject config = trigger.value(QStringLiteral("config")).toObject();
    return trigger.value(QStringLiteral("type")).toString() == QLatin1String("AUTHENTICATION")
        && !trigger.value(QStringLiteral("disabled")).toBool()
        && !trigger.value(QStringLiteral("suspended")).toBool()
        && config.value(QStringLiteral("operation_type")).toString() == event.operation
        && config.value(QStringLiteral("providers")).toArray().contains(event.providerType);
}

//! The argument a trigger function gets, as Stitch passes it.
QJsonObject eventArgument(const AuthEvent &event, const QDateTime &time)
{
    return {
        { QStringLiteral("operationType"), event.operation },
        { QStringLiteral("providers"), QJsonArray { event.providerType } },
        { QStringLiteral("user"), event.user },
        { QStringLiteral("time"),
          QJsonObject { { QStringLiteral("$date"),
                          QJsonObject { { QStringLiteral("$numberLong"),
                                          QString::number(time.toMSecsSinceEpoch()) } } } } },
    };
}

} // namespace

AuthTriggerRunner::AuthTriggerRunner(Store &store, ConfigStore &config, FunctionRuntime &runtime,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(config)
    , m_runtime(runtime)
{
}

void AuthTriggerRunner::fire(const AuthEvent &event)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString userId = event.user.value(QStringLiteral("id")).toString();
    // Triggers react to what is deployed, never to an admin's draft.
    const QList<Resource> triggers
        = m_config.list(event.appId, kinds::trigger, QString(), kTopLevel);
    for (const Resource &trigger : triggers) {
        if (!matches(trigger.doc, event))
            continue;
        const QString functionId = trigger.doc.value(QStringLiteral("function_id")).toString();
        const auto function = m_config.get(event.appId, kinds::function, functionId, QString());
        if (!function) {
            finish(event.appId, trigger, userId, now,
                   RunResult::failure(QStringLiteral("FunctionNotFound"),
                                      QStringLiteral("function not found: %1").arg(functionId), 0));
            continue;
        }
        RunRequest request;
        request.name = function->name;
        request.source = function->doc.value(QStringLiteral("source")).toString();
        request.arguments = QJsonArray { eventArgument(event, now) };
        request.runAsSystem = true;
        request.timeLimitMs = m_timeLimitMs;
        request.background = true;
        request.queueKey = event.appId;
        addAppContext(m_config, event.appId, QString(), &request);
        const QString appId = event.appId;
        Resource fired = trigger;
        // The log names the function that ran, whatever the trigger document says.
        fired.doc.insert(QStringLiteral("function_name"), function->name);
        m_runtime.run(request, this, [this, appId, fired, userId, now](const RunResult &result) {
            finish(appId, fired, userId, now, result);
        });
    }
}

void AuthTriggerRunner::finish(const QString &appId, const Resource &trigger, const QString &userId,
                               const QDateTime &started, const RunResult &result)
{
    recordTriggerRun(m_store, m_config, appId, trigger, QStringLiteral("AUTH_TRIGGER"), userId,
                     started, result, &m_failures);
    emit ran(trigger.id, result.ok());
}

void recordTriggerRun(Store &store, ConfigStore &config, const QString &appId,
                      const Resource &trigger, const QString &logType, const QString &userId,
                      const QDateTime &started, const RunResult &result,
                      QHash<QString, int> *failures)
{
    QJsonObject entry = runLogEntry(store, appId, logType, started, result);
    entry.insert(QStringLiteral("event_subscription_id"), trigger.id);
    entry.insert(QStringLiteral("event_subscription_name"), trigger.name);
    entry.insert(QStringLiteral("function_id"), trigger.doc.value(QStringLiteral("function_id")));
    entry.insert(QStringLiteral("function_name"),
                 trigger.doc.value(QStringLiteral("function_name")));
    if (!userId.isEmpty())
        entry.insert(QStringLiteral("user_id"), userId);
    appendLog(store, appId, entry);

    if (result.ok()) {
        failures->remove(trigger.id);
    } else if (++(*failures)[trigger.id] >= AuthTriggerRunner::kSuspendAfter) {
        failures->remove(trigger.id);
        // Re-read: the trigger may have been edited while its function ran.
        if (auto current = config.get(appId, kinds::trigger, trigger.id, QString())) {
            current->doc.insert(QStringLiteral("suspended"), true);
            config.update(appId, *current, QString());
        }
    }
}

} // namespace stitchlocal
