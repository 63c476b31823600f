#pragma once

#include "apijob.h"
#include "drafttypes.h"

class ApiClient;

//! Drafts and deployments: /groups/{groupId}/apps/{appId}/drafts and .../deployments.
namespace draftcalls {
//! GET drafts; the answer may be an array (stitch-local, the real service) or one object (the
//! reference's example). The admin has at most one draft per app: the list has 0 or 1 items.
Job<QList<Draft>> *list(ApiClient &client, const QString &groupId, const QString &appId);
//! POST drafts (no body). 409 DraftAlreadyExists when the admin has one already.
Job<Draft> *create(ApiClient &client, const QString &groupId, const QString &appId);
//! GET drafts/{id}: the draft again by its id (404 DraftNotFound once deployed or discarded).
Job<Draft> *get(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &draftId);
//! DELETE drafts/{id}: discards every change of the draft. 204.
ApiJob *discard(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &draftId);
Job<DraftDiff> *diff(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &draftId);
//! POST drafts/{id}/deployment → the deployment (maybe still created/pending: poll get()).
Job<Deployment> *deploy(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &draftId);
Job<QList<Deployment>> *deployments(ApiClient &client, const QString &groupId,
                                    const QString &appId);
Job<Deployment> *deployment(ApiClient &client, const QString &groupId, const QString &appId,
                            const QString &deploymentId);

//! Pure parse functions, for tests.
QList<Draft> parseDrafts(const QJsonDocument &doc, QString *why);
Draft parseDraft(const QJsonDocument &doc, QString *why);
DraftDiff parseDiff(const QJsonDocument &doc, QString *why);
Deployment parseDeployment(const QJsonObject &object, QString *why);
QList<Deployment> parseDeployments(const QJsonDocument &doc, QString *why);
} // namespace draftcalls
