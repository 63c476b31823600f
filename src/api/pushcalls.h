#pragma once

#include "resourcedoc.h"

//! Push notification APIs: /groups/{groupId}/apps/{appId}/push/notifications. A message is a
//! ResourceDoc {_id, label, message, topic, state, type, created, sent} named by its label.
namespace pushcalls {
//! state "draft" or "sent"; empty for every message.
Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &state = QString());
Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &messageId);
//! POST {label, message, topic} as a draft.
Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &label, const QString &message, const QString &topic);
//! PUT {label, message, topic}.
Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &messageId, const QString &label, const QString &message,
                         const QString &topic);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &messageId);
//! PUT .../{id}/type {type}.
Job<ResourceDoc> *setType(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &messageId, const QString &type);
//! POST .../{id}/send.
Job<ResourceDoc> *send(ApiClient &client, const QString &groupId, const QString &appId,
                       const QString &messageId);
} // namespace pushcalls
