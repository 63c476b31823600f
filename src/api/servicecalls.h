#pragma once

#include "resourcedoc.h"

//! Services APIs: /groups/{groupId}/apps/{appId}/services. A service is a ResourceDoc
//! {_id, name, type, version, config}.
namespace servicecalls {
Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId);
Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId);
//! POST .../services {name, type, config}.
Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &name, const QString &type, const QJsonObject &config);
//! PATCH .../services/{id} with the fields to change (e.g. {name}).
Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &changes);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId);
//! GET .../services/{id}/config: the config object (id and name of the answer are empty).
Job<ResourceDoc> *config(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId);
//! PATCH .../services/{id}/config: a merge patch (null removes a key); answers the new config.
Job<ResourceDoc> *patchConfig(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId, const QJsonObject &patch);
//! POST .../services/{id}/commands/{name} with the JSON arguments; the raw answer.
ApiJob *runCommand(ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &serviceId, const QString &command, const QJsonValue &arguments);

//! The service types the server knows, and for each the config fields a form offers:
//! {key, secret?, required?}.
struct ConfigField
{
    QString key;
    bool secret = false;
    bool required = false;
};
QStringList knownTypes();
QList<ConfigField> fieldsOf(const QString &type);
//! Whether a config key holds a secret (masked in the console, never sent back unchanged).
bool isSecretKey(const QString &key);
} // namespace servicecalls
