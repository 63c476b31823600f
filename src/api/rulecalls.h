#pragma once

#include "resourcedoc.h"

//! Rules APIs: /groups/{groupId}/apps/{appId}/services/{serviceId}/rules. A rule is a ResourceDoc
//! {_id, name, actions, when} (or a namespace rule, kept as sent).
namespace rulecalls {
Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId);
Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const QString &ruleId);
//! POST: the answer is {_id, name}.
Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &rule);
//! PUT the whole rule.
Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QString &ruleId, const QJsonObject &rule);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &ruleId);
//! {name, actions, when}: the reference's rule body.
QJsonObject ruleBody(const QString &name, const QStringList &actions, const QJsonObject &when);
} // namespace rulecalls
