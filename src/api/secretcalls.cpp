#include "secretcalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace secretcalls {

namespace {

QStringList secretsPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("secrets") };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

Secret secretOf(const QJsonObject &object, QString *why)
{
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString()) {
        *why = tr("a secret without a name");
        return {};
    }
    // Only the id and the name are read: were a server to send a value, it stays unread.
    return { object.value(QLatin1String("_id")).toString(), name.toString() };
}

} // namespace

QList<Secret> parseSecrets(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = tr("expected a list of secrets");
        return {};
    }
    QList<Secret> secrets;
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        const Secret secret = secretOf(item.toObject(), why);
        if (!why->isEmpty())
            return {};
        secrets.append(secret);
    }
    return secrets;
}

Secret parseSecret(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a secret object");
        return {};
    }
    return secretOf(doc.object(), why);
}

Job<QList<Secret>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<Secret>>(
        QStringLiteral("GET"), client.urlFor(secretsPath(groupId, appId)), parseSecrets));
}

Job<Secret> *create(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &name, const QString &value)
{
    const QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
    return client.send(new Job<Secret>(QStringLiteral("POST"),
                                       client.urlFor(secretsPath(groupId, appId)), parseSecret),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &secretId, const QString &newName, const QString &newValue)
{
    QJsonObject body;
    if (!newName.isNull())
        body.insert(QStringLiteral("name"), newName);
    if (!newValue.isNull())
        body.insert(QStringLiteral("value"), newValue);
    return client.send(
        new RawJob(QStringLiteral("PUT"), client.urlFor(secretsPath(groupId, appId) << secretId)),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &secretId)
{
    return client.send(new RawJob(QStringLiteral("DELETE"),
                                  client.urlFor(secretsPath(groupId, appId) << secretId)));
}

} // namespace secretcalls
