#pragma once

#include "apijob.h"

#include <QList>
#include <QString>

class ApiClient;
class QJsonDocument;

//! An app's API key. key is set only in the answer of create(), the one time the server shows it.
struct ApiKey
{
    QString id; //!< _id
    QString name;
    bool disabled = false;
    QString key; //!< the secret; only in create()'s answer, never stored or logged
    bool isNull() const { return id.isEmpty(); }
};

//! API Key APIs: /groups/{groupId}/apps/{appId}/api_keys[/{apiKeyId}[/enable|disable]].
namespace apikeycalls {
Job<QList<ApiKey>> *list(ApiClient &client, const QString &groupId, const QString &appId);
Job<ApiKey> *get(ApiClient &client, const QString &groupId, const QString &appId,
                 const QString &keyId);
//! POST .../api_keys {name}; the answer carries the key, once.
Job<ApiKey> *create(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &name);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &keyId);
ApiJob *enable(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &keyId);
ApiJob *disable(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &keyId);

//! Pure: what is wrong with a new key's name (1 to 100 characters, not blank); empty when fine.
QString nameProblem(const QString &name);
QList<ApiKey> parseKeys(const QJsonDocument &doc, QString *why);
ApiKey parseKey(const QJsonDocument &doc, QString *why);
} // namespace apikeycalls
