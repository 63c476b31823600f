#pragma once

#include "apijob.h"

#include <QJsonObject>
#include <QStringList>

class ApiClient;
class QJsonDocument;

//! What the App overview reads besides the shared lists: the app's whole definition, its latest
//! deployment, and how many items a list under the app holds.
namespace overviewcalls {
//! GET /groups/{groupId}/apps/{appId}, as the server sent it (product and the fields App lacks).
Job<QJsonObject> *appDefinition(ApiClient &client, const QString &groupId, const QString &appId);
//! GET .../deployments: the most recent one (an empty object when there is none).
Job<QJsonObject> *latestDeployment(ApiClient &client, const QString &groupId,
                                   const QString &appId);
//! GET .../<segments...> of a list under the app: how many items it answered.
Job<int> *count(ApiClient &client, const QString &groupId, const QString &appId,
                const QStringList &segments);

int parseCount(const QJsonDocument &doc, QString *why);
QJsonObject parseLatest(const QJsonDocument &doc, QString *why);
} // namespace overviewcalls
