#pragma once

#include "apijob.h"

#include <QStringList>

class ApiClient;
class QJsonDocument;

//! Security APIs: .../security/allowed_request_origins.
namespace securitycalls {
Job<QStringList> *allowedOrigins(ApiClient &client, const QString &groupId, const QString &appId);
//! POST .../security/allowed_request_origins with the whole new list (a bare JSON array).
ApiJob *setAllowedOrigins(ApiClient &client, const QString &groupId, const QString &appId,
                          const QStringList &origins);

//! Pure: what is wrong with text as a request origin (http or https, a host, an optional
//! port, nothing after it); empty when it is one.
QString originProblem(const QString &text);
QStringList parseOrigins(const QJsonDocument &doc, QString *why);
} // namespace securitycalls
