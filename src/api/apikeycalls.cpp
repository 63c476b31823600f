#include "apikeycalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace apikeycalls {

namespace {

QStringList keysPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("api_keys") };
}

ApiKey keyFrom(const QJsonObject &object)
{
    ApiKey key;
    key.id = object.value(QLatin1String("_id")).toString();
    key.name = object.value(QLatin1String("name")).toString();
    key.disabled = object.value(QLatin1String("disabled")).toBool();
    key.key = object.value(QLatin1String("key")).toString();
    return key;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

} // namespace

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ApiKeysPanel", "Enter a name for the key.");
    if (name.size() > 100)
        return QCoreApplication::translate("ApiKeysPanel",
                                           "An API key name has at most 100 characters.");
    return {};
}

QList<ApiKey> parseKeys(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = tr("expected a list of API keys");
        return {};
    }
    QList<ApiKey> keys;
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        ApiKey key = keyFrom(item.toObject());
        key.key.clear(); // a list never holds secrets, whatever a server sends
        if (key.id.isEmpty()) {
            *why = tr("an API key without _id");
            return {};
        }
        keys.append(key);
    }
    return keys;
}

ApiKey parseKey(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected an API key object");
        return {};
    }
    return keyFrom(doc.object());
}

Job<QList<ApiKey>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<ApiKey>>(
        QStringLiteral("GET"), client.urlFor(keysPath(groupId, appId)), parseKeys));
}

Job<ApiKey> *get(ApiClient &client, const QString &groupId, const QString &appId,
                 const QString &keyId)
{
    return client.send(new Job<ApiKey>(QStringLiteral("GET"),
                                       client.urlFor(keysPath(groupId, appId) << keyId), parseKey));
}

Job<ApiKey> *create(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &name)
{
    return client.send(new Job<ApiKey>(QStringLiteral("POST"),
                                       client.urlFor(keysPath(groupId, appId)), parseKey),
                       QJsonDocument(QJsonObject { { QStringLiteral("name"), name } })
                           .toJson(QJsonDocument::Compact));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &keyId)
{
    return client.send(
        new RawJob(QStringLiteral("DELETE"), client.urlFor(keysPath(groupId, appId) << keyId)));
}

ApiJob *enable(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &keyId)
{
    return client.send(new RawJob(
        QStringLiteral("PUT"),
        client.urlFor(keysPath(groupId, appId) << keyId << QStringLiteral("enable"))));
}

ApiJob *disable(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &keyId)
{
    return client.send(new RawJob(
        QStringLiteral("PUT"),
        client.urlFor(keysPath(groupId, appId) << keyId << QStringLiteral("disable"))));
}

} // namespace apikeycalls
