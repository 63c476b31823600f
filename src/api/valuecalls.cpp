#include "valuecalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QJsonObject StitchValue::toJson() const
{
    QJsonObject body { { QStringLiteral("name"), name },
                       { QStringLiteral("private"), isPrivate },
                       { QStringLiteral("value"), value.isUndefined() ? QJsonValue() : value } };
    if (fromSecret)
        body.insert(QStringLiteral("from_secret"), true);
    return body;
}

namespace valuecalls {

namespace {

QStringList valuesPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("values") };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

StitchValue parseValueDoc(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a value object");
        return {};
    }
    return parseValue(doc.object(), why);
}

} // namespace

StitchValue parseValue(const QJsonObject &object, QString *why)
{
    StitchValue value;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString()) {
        *why = tr("a value without a name");
        return {};
    }
    value.name = name.toString();
    value.id = object.value(QLatin1String("_id")).toString();
    value.isPrivate = object.value(QLatin1String("private")).toBool();
    value.value = object.value(QLatin1String("value"));
    value.lastModified = qint64(object.value(QLatin1String("last_modified")).toDouble());
    value.fromSecret = object.value(QLatin1String("from_secret")).toBool();
    return value;
}

QList<StitchValue> parseValues(const QJsonDocument &doc, QString *why)
{
    QList<StitchValue> values;
    if (!doc.isArray()) {
        *why = tr("expected a list of values");
        return values;
    }
    const QJsonArray array = doc.array();
    values.reserve(array.size());
    for (const QJsonValue &item : array) {
        StitchValue value = parseValue(item.toObject(), why);
        if (!why->isEmpty())
            return {};
        values.append(value);
    }
    return values;
}

QStringList parseValueNames(const QJsonDocument &doc, QString *why)
{
    QStringList names;
    const QList<StitchValue> values = parseValues(doc, why);
    for (const StitchValue &value : values)
        names.append(value.name);
    return names;
}

QString preview(const QJsonValue &value, int maxLength)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    default:
        // Numbers, booleans and null: the array trick gives their JSON text.
        text = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
        break;
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

Job<QList<StitchValue>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<StitchValue>>(
        QStringLiteral("GET"), client.urlFor(valuesPath(groupId, appId)), parseValues));
}

Job<QStringList> *names(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QStringList>(
        QStringLiteral("GET"), client.urlFor(valuesPath(groupId, appId)), parseValueNames));
}

Job<StitchValue> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &valueId)
{
    return client.send(new Job<StitchValue>(
        QStringLiteral("GET"), client.urlFor(valuesPath(groupId, appId) << valueId),
        parseValueDoc));
}

Job<StitchValue> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const StitchValue &value)
{
    return client.send(new Job<StitchValue>(QStringLiteral("POST"),
                                            client.urlFor(valuesPath(groupId, appId)),
                                            parseValueDoc),
                       QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact));
}

ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchValue &value)
{
    return client.send(
        new RawJob(QStringLiteral("PUT"), client.urlFor(valuesPath(groupId, appId) << value.id)),
        QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &valueId)
{
    return client.send(new RawJob(QStringLiteral("DELETE"),
                                  client.urlFor(valuesPath(groupId, appId) << valueId)));
}

} // namespace valuecalls
