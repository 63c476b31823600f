// Triggers: GET/POST .../triggers, GET/PUT/DELETE .../triggers/{triggerId},
// PUT .../triggers/{triggerId}/resume.
//
// A trigger document holds "disabled" and "suspended"; the runtime suspends a failing trigger
// through ConfigStore::update, and only resume clears it (a PUT keeps it as it is).
// "last_modified" (Unix seconds, as values and hosting assets carry it; the reference lists no
// such field for triggers) is set by create, update (so enable/disable) and resume; a
// suspension by the runtime is not an edit and leaves it.

#include "resourcekit.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace stitchlocal::resources {

namespace {

const Kind kTrigger { QStringLiteral("trigger"), QStringLiteral("trigger"),
                      QStringLiteral("TriggerNotFound"), QStringLiteral("TriggerAlreadyExists") };
const Kind kFunction { QStringLiteral("function"), QStringLiteral("function"),
                       QStringLiteral("FunctionNotFound"),
                       QStringLiteral("FunctionAlreadyExists") };

QString triggerId(const Call &call)
{
    return call.param(QStringLiteral("triggerId"));
}

// A non-empty list of strings, each one of allowed.
Failure requireChoices(const QJsonObject &config, const QString &key, const QStringList &allowed)
{
    const QString path = QStringLiteral("config.") + key;
    if (!config.contains(key))
        return missing(path);
    const QJsonValue value = config.value(key);
    if (!value.isArray() || value.toArray().isEmpty())
        return invalid(QStringLiteral("%1 must be a non-empty array").arg(path));
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!allowed.contains(item.toString()))
            return invalid(QStringLiteral("every item of %1 must be one of %2")
                               .arg(path, allowed.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Failure requireConfigString(const QJsonObject &config, const QString &key, QString *value)
{
    const QJsonValue field = config.value(key);
    if (field.isUndefined() || field.isNull() || field.toString().isEmpty()) {
        if (!field.isUndefined() && !field.isNull() && !field.isString())
            return invalid(QStringLiteral("config.%1 must be a string").arg(key));
        return missing(QStringLiteral("config.") + key);
    }
    *value = field.toString();
    return std::nullopt;
}

Failure checkDatabase(ServerState &state, const Call &call, const QJsonObject &config)
{
    QString serviceId;
    QString text;
    if (Failure failure = requireConfigString(config, QStringLiteral("service_id"), &serviceId))
        return failure;
    const auto service = find(state, call, kService, serviceId);
    if (!service)
        return Reply::error(
            400, kService.notFoundCode,
            QStringLiteral("config.service_id names no service: %1").arg(serviceId));
    const QString type = service->doc.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("mongodb-atlas") && type != QLatin1String("mongodb"))
        return invalid(QStringLiteral("config.service_id must name a MongoDB service"));
    if (Failure failure = requireConfigString(config, QStringLiteral("database"), &text))
        return failure;
    if (Failure failure = requireConfigString(config, QStringLiteral("collection"), &text))
        return failure;
    if (Failure failure = requireChoices(config, QStringLiteral("operation_types"),
                                         { QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                           QStringLiteral("REPLACE"), QStringLiteral("DELETE") }))
        return failure;
    QJsonObject object;
    bool flag = false;
    for (const QString &key : { QStringLiteral("match"), QStringLiteral("project") }) {
        if (Failure failure = optionalObject(config, key, &object))
            return failure;
    }
    for (const QString &key :
         { QStringLiteral("full_document"), QStringLiteral("full_document_before_change"),
           QStringLiteral("unordered") }) {
        if (Failure failure = optionalBool(config, key, &flag))
            return failure;
    }
    return std::nullopt;
}

Failure checkAuthentication(const QJsonObject &config)
{
    QString operation;
    if (Failure failure = requireConfigString(config, QStringLiteral("operation_type"), &operation))
        return failure;
    const QStringList operations { QStringLiteral("CREATE"), QStringLiteral("LOGIN"),
                                   QStringLiteral("DELETE") };
    if (!operations.contains(operation))
        return invalid(QStringLiteral("config.operation_type must be one of %1")
                           .arg(operations.join(QStringLiteral(", "))));
    return requireChoices(config, QStringLiteral("providers"), authProviderTypes());
}

// Five cron fields (minute hour day month weekday) of digits, names, * , - / and ?.
Failure checkScheduled(const QJsonObject &config)
{
    QString schedule;
    if (Failure failure = requireConfigString(config, QStringLiteral("schedule"), &schedule))
        return failure;
    static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*,/?-]+$"));
    const QStringList fields = schedule.split(u' ', Qt::SkipEmptyParts);
    bool ok = fields.size() == 5;
    for (const QString &part : fields)
        ok = ok && field.match(part).hasMatch();
    if (!ok)
        return invalid(QStringLiteral("config.schedule must be a cron expression of five fields"));
    bool flag = false;
    return optionalBool(config, QStringLiteral("skip_catchup_events"), &flag);
}

// The function_id of the body, from the top level or from event_processors.FUNCTION.config.
QJsonValue functionIdOf(const QJsonObject &body)
{
    if (body.contains(QStringLiteral("function_id")))
        return body.value(QStringLiteral("function_id"));
    return body.value(QStringLiteral("event_processors"))
        .toObject()
        .value(QStringLiteral("FUNCTION"))
        .toObject()
        .value(QStringLiteral("config"))
        .toObject()
        .value(QStringLiteral("function_id"));
}

// POST and PUT carry the whole trigger. The answer's function_name is filled in by answer().
Failure parseTrigger(ServerState &state, const Call &call, QJsonObject *doc)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return failure;
    QString name;
    QString type;
    bool disabled = false;
    QJsonObject config;
    if (Failure failure = requireName(body, QStringLiteral("name"), &name))
        return failure;
    if (Failure failure = requireString(body, QStringLiteral("type"), &type))
        return failure;
    if (Failure failure = optionalBool(body, QStringLiteral("disabled"), &disabled))
        return failure;
    if (!body.contains(QStringLiteral("config")))
        return missing(QStringLiteral("config"));
    if (Failure failure = optionalObject(body, QStringLiteral("config"), &config))
        return failure;
    const QJsonValue functionId = functionIdOf(body);
    if (functionId.isUndefined() || functionId.isNull())
        return missing(QStringLiteral("function_id"));
    if (!functionId.isString())
        return invalid(QStringLiteral("parameter function_id must be a string"));
    const auto function = find(state, call, kFunction, functionId.toString());
    if (!function)
        return Reply::error(
            400, kFunction.notFoundCode,
            QStringLiteral("function_id names no function: %1").arg(functionId.toString()));
    Failure failure;
    if (type == QLatin1String("DATABASE"))
        failure = checkDatabase(state, call, config);
    else if (type == QLatin1String("AUTHENTICATION"))
        failure = checkAuthentication(config);
    else if (type == QLatin1String("SCHEDULED"))
        failure = checkScheduled(config);
    else
        failure = invalid(QStringLiteral("type must be DATABASE, AUTHENTICATION or SCHEDULED"));
    if (failure)
        return failure;
    *doc = { { QStringLiteral("name"), name },
             { QStringLiteral("type"), type },
             { QStringLiteral("function_id"), function->id },
             { QStringLiteral("function_name"), function->name },
             { QStringLiteral("disabled"), disabled },
             { QStringLiteral("suspended"), false },
             { QStringLiteral("last_modified"), QDateTime::currentSecsSinceEpoch() },
             { QStringLiteral("config"), config } };
    return std::nullopt;
}

// A trigger as answered: function_name from the function's current name (it may have been
// renamed since), echoed in event_processors as the real service does.
//! functionNames: the app's function names by id, when the caller answers many triggers (one
//! list instead of a lookup per trigger).
QJsonObject answer(ServerState &state, const Call &call, QJsonObject doc,
                   const QHash<QString, QString> *functionNames = nullptr)
{
    const QString functionId = doc.value(QStringLiteral("function_id")).toString();
    if (functionNames) {
        if (const auto name = functionNames->constFind(functionId); name != functionNames->cend())
            doc.insert(QStringLiteral("function_name"), *name);
    } else if (const auto function = find(state, call, kFunction, functionId)) {
        doc.insert(QStringLiteral("function_name"), function->name);
    }
    // Documents written before these flags existed (the demo app's trigger) read as false.
    for (const QString &flag : { QStringLiteral("disabled"), QStringLiteral("suspended") }) {
        if (!doc.value(flag).isBool())
            doc.insert(flag, false);
    }
    const QJsonObject functionConfig {
        { QStringLiteral("function_id"), doc.value(QStringLiteral("function_id")) },
        { QStringLiteral("function_name"), doc.value(QStringLiteral("function_name")) }
    };
    doc.insert(QStringLiteral("event_processors"),
               QJsonObject { { QStringLiteral("FUNCTION"),
                               QJsonObject { { QStringLiteral("config"), functionConfig } } } });
    return doc;
}

Reply listTriggers(ServerState &state, Call &call)
{
    QJsonArray triggers;
    const QList<Resource> found
        = state.config.list(appIdOf(call), kTrigger.kind, call.adminId, QStringLiteral(""));
    QHash<QString, QString> functionNames;
    const QList<Resource> functions
        = state.config.list(appIdOf(call), kFunction.kind, call.adminId, QStringLiteral(""));
    functionNames.reserve(functions.size());
    for (const Resource &function : functions)
        functionNames.insert(function.id, function.name);
    for (const Resource &trigger : found)
        triggers.append(answer(state, call, trigger.doc, &functionNames));
    return Reply::json(triggers);
}

Reply createTrigger(ServerState &state, Call &call)
{
    QJsonObject doc;
    if (Failure failure = parseTrigger(state, call, &doc))
        return *failure;
    const QString id = secrets::newObjectId();
    doc.insert(QStringLiteral("_id"), id);
    doc = answer(state, call, doc);
    const Resource trigger { kTrigger.kind, id, QStringLiteral(""),
                             doc.value(QStringLiteral("name")).toString(), doc };
    if (Failure failure = writeFailure(state.config.insert(appIdOf(call), trigger, call.adminId),
                                       kTrigger, trigger.name))
        return *failure;
    return Reply::json(answer(state, call, doc), 201);
}

Reply getTrigger(ServerState &state, Call &call)
{
    const auto trigger = find(state, call, kTrigger, triggerId(call));
    return trigger ? Reply::json(answer(state, call, trigger->doc)) : notFound(kTrigger);
}

Reply updateTrigger(ServerState &state, Call &call)
{
    auto trigger = find(state, call, kTrigger, triggerId(call));
    if (!trigger)
        return notFound(kTrigger);
    QJsonObject doc;
    if (Failure failure = parseTrigger(state, call, &doc))
        return *failure;
    doc.insert(QStringLiteral("_id"), trigger->id);
    doc.insert(QStringLiteral("suspended"),
               trigger->doc.value(QStringLiteral("suspended")).toBool());
    trigger->name = doc.value(QStringLiteral("name")).toString();
    trigger->doc = answer(state, call, doc);
    if (Failure failure = writeFailure(state.config.update(appIdOf(call), *trigger, call.adminId),
                                       kTrigger, trigger->name))
        return *failure;
    return Reply::noContent();
}

Reply deleteTrigger(ServerState &state, Call &call)
{
    return removeDocument(state, call, kTrigger, triggerId(call), Reply::json(QJsonObject()));
}

Reply resumeTrigger(ServerState &state, Call &call)
{
    auto trigger = find(state, call, kTrigger, triggerId(call));
    if (!trigger)
        return notFound(kTrigger);
    trigger->doc.insert(QStringLiteral("suspended"), false);
    trigger->doc.insert(QStringLiteral("last_modified"), QDateTime::currentSecsSinceEpoch());
    if (Failure failure = writeFailure(state.config.update(appIdOf(call), *trigger, call.adminId),
                                       kTrigger, trigger->name))
        return *failure;
    return Reply::noContent();
}

} // namespace

void addTriggerRoutes(ServerState &state)
{
    const QString triggers = appPattern() + QStringLiteral("/triggers");
    const QString trigger = triggers + QStringLiteral("/{triggerId}");
    addRoute(state, Method::Get, triggers, listTriggers);
    addRoute(state, Method::Post, triggers, createTrigger);
    addRoute(state, Method::Get, trigger, getTrigger);
    addRoute(state, Method::Put, trigger, updateTrigger);
    addRoute(state, Method::Delete, trigger, deleteTrigger);
    addRoute(state, Method::Put, trigger + QStringLiteral("/resume"), resumeTrigger);
}

} // namespace stitchlocal::resources
