#pragma once

#include "apijob.h"

#include <QStringList>

class ApiClient;
class QJsonDocument;

//! Values APIs: /groups/{groupId}/apps/{appId}/values. Only the names so far, for completion.
namespace valuecalls {
//! GET .../values, decoded to the values' names in the server's order.
Job<QStringList> *names(ApiClient &client, const QString &groupId, const QString &appId);
//! Pure: the names of a values list ([{_id, name, private}, ...]).
QStringList parseValueNames(const QJsonDocument &doc, QString *why);
} // namespace valuecalls
