#pragma once

#include "apijob.h"

#include <QList>
#include <QString>

class ApiClient;
class QJsonDocument;

//! A secret of an app: a name the admin API lists, and a value it never answers. Functions read
//! it through a value marked from_secret.
struct Secret
{
    QString id; //!< _id
    QString name;
    bool isNull() const { return id.isEmpty(); }
};

//! Secrets APIs (beyond the reference, same API version): /groups/{groupId}/apps/{appId}/secrets.
//! The value goes out in create() and update() and never comes back: no call here returns it.
namespace secretcalls {
Job<QList<Secret>> *list(ApiClient &client, const QString &groupId, const QString &appId);
//! POST .../secrets {name, value} → {_id, name}.
Job<Secret> *create(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &name, const QString &value);
//! PUT .../secrets/{id}: a null newName keeps the name, a null newValue keeps the value.
ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &secretId, const QString &newName, const QString &newValue);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &secretId);

//! Pure: [{_id, name}, ...].
QList<Secret> parseSecrets(const QJsonDocument &doc, QString *why);
Secret parseSecret(const QJsonDocument &doc, QString *why);
} // namespace secretcalls
