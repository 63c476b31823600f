#pragma once

#include "resourcedoc.h"

#include <QUrl>

//! Incoming webhooks APIs: .../services/{serviceId}/incoming_webhooks, and the call of a webhook
//! through the client API on the same server.
namespace webhookcalls {
Job<QList<ResourceDoc>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                              const QString &serviceId);
Job<ResourceDoc> *get(ApiClient &client, const QString &groupId, const QString &appId,
                      const QString &serviceId, const QString &webhookId);
Job<ResourceDoc> *create(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QJsonObject &webhook);
Job<ResourceDoc> *update(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &serviceId, const QString &webhookId,
                         const QJsonObject &webhook);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &serviceId, const QString &webhookId);

//! The webhook's public URL on the server of baseUrl:
//! /api/client/v2.0/app/{clientAppId}/service/{service}/incoming_webhook/{webhook}.
//! Empty when a part is empty.
QUrl webhookUrl(const QUrl &baseUrl, const QString &clientAppId, const QString &serviceName,
                const QString &webhookName);
//! Calls the webhook (no admin token): method, body sent as JSON, the secret as the query
//! parameter "secret" when asQuery, else as X-Hook-Signature (sha256 HMAC of the body) when not
//! empty. The answer is the RawJob's status and body; a 4xx/5xx finishes as an error whose
//! httpStatus and body are kept.
//! The X-Hook-Signature value of a body for a webhook whose validationMethod is VERIFY_PAYLOAD:
//! "sha256=" and the lowercase hex HMAC-SHA256 of the body's bytes keyed with the secret.
QByteArray payloadSignature(const QByteArray &body, const QString &secret);
ApiJob *invoke(ApiClient &client, const QUrl &url, const QString &method, const QByteArray &body,
               const QString &secret, bool asQuery);
} // namespace webhookcalls
