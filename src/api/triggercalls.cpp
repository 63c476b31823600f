#include "triggercalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

QJsonObject StitchTrigger::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("type"), type },
             { QStringLiteral("function_id"), functionId },
             { QStringLiteral("disabled"), disabled },
             { QStringLiteral("config"), config } };
}

namespace triggercalls {

namespace {

QStringList appPath(const QString &groupId, const QString &appId, const QString &leaf)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId, leaf };
}

QStringList triggersPath(const QString &groupId, const QString &appId)
{
    return appPath(groupId, appId, QStringLiteral("triggers"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

StitchTrigger parseTriggerDoc(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a trigger object");
        return {};
    }
    return parseTrigger(doc.object(), why);
}

template<typename T, typename F>
QList<T> parseArray(const QJsonDocument &doc, QString *why, const char *what, F one)
{
    QList<T> items;
    if (!doc.isArray()) {
        *why = tr(what);
        return items;
    }
    const QJsonArray array = doc.array();
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            *why = tr(what);
            return {};
        }
        items.append(one(value.toObject()));
        if (!why->isEmpty())
            return {};
    }
    return items;
}

} // namespace

StitchTrigger parseTrigger(const QJsonObject &object, QString *why)
{
    StitchTrigger trigger;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString()) {
        *why = tr("a trigger without a name");
        return {};
    }
    trigger.name = name.toString();
    trigger.id = object.value(QLatin1String("_id")).toString();
    trigger.type = object.value(QLatin1String("type")).toString();
    trigger.functionId = object.value(QLatin1String("function_id")).toString();
    trigger.functionName = object.value(QLatin1String("function_name")).toString();
    // The real service also (or only) names the function in event_processors.
    const QJsonObject processor = object.value(QLatin1String("event_processors"))
                                      .toObject()
                                      .value(QLatin1String("FUNCTION"))
                                      .toObject()
                                      .value(QLatin1String("config"))
                                      .toObject();
    if (trigger.functionId.isEmpty())
        trigger.functionId = processor.value(QLatin1String("function_id")).toString();
    if (trigger.functionName.isEmpty())
        trigger.functionName = processor.value(QLatin1String("function_name")).toString();
    trigger.disabled = object.value(QLatin1String("disabled")).toBool();
    trigger.suspended = object.value(QLatin1String("suspended")).toBool();
    trigger.config = object.value(QLatin1String("config")).toObject();
    trigger.lastModified = qint64(object.value(QLatin1String("last_modified")).toDouble());
    return trigger;
}

QList<StitchTrigger> parseTriggers(const QJsonDocument &doc, QString *why)
{
    return parseArray<StitchTrigger>(doc, why, "expected a list of triggers",
                                     [why](const QJsonObject &o) { return parseTrigger(o, why); });
}

QList<ServiceSummary> parseServices(const QJsonDocument &doc, QString *why)
{
    return parseArray<ServiceSummary>(doc, why, "expected a list of services",
                                      [](const QJsonObject &o) {
                                          return ServiceSummary {
                                              o.value(QLatin1String("_id")).toString(),
                                              o.value(QLatin1String("name")).toString(),
                                              o.value(QLatin1String("type")).toString()
                                          };
                                      });
}

QList<AuthProviderSummary> parseAuthProviders(const QJsonDocument &doc, QString *why)
{
    return parseArray<AuthProviderSummary>(doc, why, "expected a list of providers",
                                           [](const QJsonObject &o) {
                                               return AuthProviderSummary {
                                                   o.value(QLatin1String("_id")).toString(),
                                                   o.value(QLatin1String("name")).toString(),
                                                   o.value(QLatin1String("type")).toString(),
                                                   o.value(QLatin1String("disabled")).toBool()
                                               };
                                           });
}

QString fieldOfError(const QString &errorCode, const QString &message)
{
    if (errorCode == QLatin1String("TriggerAlreadyExists"))
        return QStringLiteral("name");
    if (errorCode == QLatin1String("FunctionNotFound"))
        return QStringLiteral("function_id");
    if (errorCode == QLatin1String("ServiceNotFound"))
        return QStringLiteral("config.service_id");
    static const QRegularExpression config(QStringLiteral("\\bconfig\\.([a-z_]+)"));
    const QRegularExpressionMatch match = config.match(message);
    if (match.hasMatch())
        return QStringLiteral("config.") + match.captured(1);
    // "parameter full_document must be a boolean": a config key the checks read by name.
    static const QRegularExpression parameter(QStringLiteral("\\bparameter ([a-z_]+)\\b"));
    static const QStringList configKeys { QStringLiteral("service_id"),
                                          QStringLiteral("database"),
                                          QStringLiteral("collection"),
                                          QStringLiteral("operation_types"),
                                          QStringLiteral("full_document"),
                                          QStringLiteral("full_document_before_change"),
                                          QStringLiteral("unordered"),
                                          QStringLiteral("match"),
                                          QStringLiteral("project"),
                                          QStringLiteral("operation_type"),
                                          QStringLiteral("providers"),
                                          QStringLiteral("schedule"),
                                          QStringLiteral("skip_catchup_events") };
    const QRegularExpressionMatch named = parameter.match(message);
    if (named.hasMatch() && configKeys.contains(named.captured(1)))
        return QStringLiteral("config.") + named.captured(1);
    static const QRegularExpression top(
        QStringLiteral("\\b(function_id|name|type|disabled|config)\\b"));
    const QRegularExpressionMatch plain = top.match(message);
    if (plain.hasMatch())
        return plain.captured(1);
    return {};
}

Job<QList<StitchTrigger>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<StitchTrigger>>(
        QStringLiteral("GET"), client.urlFor(triggersPath(groupId, appId)), parseTriggers));
}

Job<StitchTrigger> *get(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &triggerId)
{
    return client.send(new Job<StitchTrigger>(
        QStringLiteral("GET"), client.urlFor(triggersPath(groupId, appId) << triggerId),
        parseTriggerDoc));
}

Job<StitchTrigger> *create(ApiClient &client, const QString &groupId, const QString &appId,
                           const StitchTrigger &trigger)
{
    return client.send(new Job<StitchTrigger>(QStringLiteral("POST"),
                                              client.urlFor(triggersPath(groupId, appId)),
                                              parseTriggerDoc),
                       QJsonDocument(trigger.toJson()).toJson(QJsonDocument::Compact));
}

ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchTrigger &trigger)
{
    return client.send(new RawJob(QStringLiteral("PUT"),
                                  client.urlFor(triggersPath(groupId, appId) << trigger.id)),
                       QJsonDocument(trigger.toJson()).toJson(QJsonDocument::Compact));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &triggerId)
{
    return client.send(new RawJob(QStringLiteral("DELETE"),
                                  client.urlFor(triggersPath(groupId, appId) << triggerId)));
}

ApiJob *resume(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &triggerId)
{
    return client.send(new RawJob(QStringLiteral("PUT"),
                                  client.urlFor(triggersPath(groupId, appId)
                                                << triggerId << QStringLiteral("resume"))),
                       QByteArray());
}

Job<QList<ServiceSummary>> *services(ApiClient &client, const QString &groupId,
                                     const QString &appId)
{
    return client.send(new Job<QList<ServiceSummary>>(
        QStringLiteral("GET"), client.urlFor(appPath(groupId, appId, QStringLiteral("services"))),
        parseServices));
}

Job<QList<AuthProviderSummary>> *authProviders(ApiClient &client, const QString &groupId,
                                               const QString &appId)
{
    return client.send(new Job<QList<AuthProviderSummary>>(
        QStringLiteral("GET"),
        client.urlFor(appPath(groupId, appId, QStringLiteral("auth_providers"))),
        parseAuthProviders));
}

} // namespace triggercalls
