#pragma once

#include "resourcedoc.h"

//! Auth providers APIs: /groups/{groupId}/apps/{appId}/auth_providers. A provider is a
//! ResourceDoc {_id, name, type, disabled, config}.
namespace authprovidercalls {
Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId);
Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &providerId);
//! POST {name, type, disabled, config}.
Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QJsonObject &provider);
//! PATCH with the fields to change (answers 204).
ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &providerId, const QJsonObject &changes);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &providerId);
//! PUT .../enable or .../disable.
ApiJob *setEnabled(ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &providerId, bool enabled);
//! The provider types the server accepts.
QStringList knownTypes();
} // namespace authprovidercalls
