#include "configdiff.h"

#include "server/appexport.h"
#include "server/routes.h"
#include "server/secrets.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

namespace stitchlocal {

namespace {

Reply internalError(const QString &message)
{
    return Reply::error(500, QStringLiteral("InternalServerError"), message);
}

QJsonObject draftJson(const QString &draftId, const QString &adminId, const AppRecord &app)
{
    return { { QStringLiteral("_id"), draftId },
             { QStringLiteral("user_id"), adminId },
             { QStringLiteral("app"), app.toJson() } };
}

// The {draftId} of the path must be the caller's draft on this app; anyone else's is 404, so
// that drafts of other admins cannot even be told apart from ids that do not exist.
Failure ownDraft(ServerState &state, const Call &call)
{
    const QString draftId = call.param(QStringLiteral("draftId"));
    if (draftId.isEmpty()
        || state.store.draftIdFor(call.param(QStringLiteral("appId")), call.adminId) != draftId)
        return Reply::error(404, QStringLiteral("DraftNotFound"),
                            QStringLiteral("draft not found"));
    return std::nullopt;
}

std::optional<QJsonObject> deployment(ServerState &state, const QString &appId, const QString &id)
{
    QSqlQuery query(state.store.database());
    if (state.store.exec(query,
                         QStringLiteral("SELECT doc FROM deployments WHERE app_id = ? AND id = ?"),
                         { appId, id })
        && query.next())
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

Reply listDrafts(ServerState &state, Call &call)
{
    const QString appId = call.param(QStringLiteral("appId"));
    const QString draftId = state.store.draftIdFor(appId, call.adminId);
    const auto app = state.store.app(appId);
    QJsonArray drafts;
    if (!draftId.isEmpty() && app)
        drafts.append(draftJson(draftId, call.adminId, *app));
    return Reply::json(drafts);
}

Reply createDraft(ServerState &state, Call &call)
{
    const QString appId = call.param(QStringLiteral("appId"));
    const auto app = state.store.app(appId);
    if (!app)
        return Reply::error(404, QStringLiteral("AppNotFound"),
                            QStringLiteral("application not found"));
    const QString draftId = secrets::newObjectId();
    bool exists = false;
    const bool ok = state.store.write([&] {
        exists = !state.store.draftIdFor(appId, call.adminId).isEmpty();
        QSqlQuery query(state.store.database());
        return !exists
            && state.store.exec(
                query,
                QStringLiteral("INSERT INTO drafts(id, app_id, admin_id, created)"
                               " VALUES(?, ?, ?, ?)"),
                { draftId, appId, call.adminId, QDateTime::currentMSecsSinceEpoch() });
    });
    if (exists)
        return Reply::error(409, QStringLiteral("DraftAlreadyExists"),
                            QStringLiteral("a draft already exists for this user"));
    if (!ok)
        return internalError(QStringLiteral("cannot store the draft"));
    return Reply::json(draftJson(draftId, call.adminId, *app), 201);
}

Reply getDraft(ServerState &state, Call &call)
{
    if (Failure failure = ownDraft(state, call))
        return *failure;
    const auto app = state.store.app(call.param(QStringLiteral("appId")));
    if (!app)
        return Reply::error(404, QStringLiteral("AppNotFound"),
                            QStringLiteral("application not found"));
    return Reply::json(draftJson(call.param(QStringLiteral("draftId")), call.adminId, *app));
}

Reply discardDraft(ServerState &state, Call &call)
{
    if (Failure failure = ownDraft(state, call))
        return *failure;
    const QString draftId = call.param(QStringLiteral("draftId"));
    // The draft's configuration changes go with it (ON DELETE CASCADE).
    const bool ok = state.store.write([&] {
        if (state.hostingDrafts.discard && !state.hostingDrafts.discard(draftId))
            return false;
        QSqlQuery query(state.store.database());
        return state.store.exec(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"),
                                { draftId });
    });
    if (!ok)
        return internalError(QStringLiteral("cannot discard the draft"));
    return Reply::noContent();
}

Reply diffDraft(ServerState &state, Call &call)
{
    if (Failure failure = ownDraft(state, call))
        return *failure;
    const auto app = state.store.app(call.param(QStringLiteral("appId")));
    if (!app)
        return Reply::error(404, QStringLiteral("AppNotFound"),
                            QStringLiteral("application not found"));
    const QStringList diffs = unifiedDiffs(appConfigFiles(state.config, *app),
                                           appConfigFiles(state.config, *app, call.adminId));
    QJsonObject hosting { { QStringLiteral("added"), QJsonArray() },
                          { QStringLiteral("deleted"), QJsonArray() },
                          { QStringLiteral("modified"), QJsonArray() } };
    if (state.hostingDrafts.diff) {
        const QJsonObject changes = state.hostingDrafts.diff(call.param(QStringLiteral("draftId")));
        for (auto it = changes.begin(); it != changes.end(); ++it)
            hosting.insert(it.key(), it.value());
    }
    return Reply::json(QJsonObject { { QStringLiteral("diffs"), QJsonArray::fromStringList(diffs) },
                                     { QStringLiteral("hosting_files_diff"), hosting } });
}

// Applies the draft: configuration, hosting and the draft's removal succeed or fail together.
// False with *error set on failure (everything rolled back, the draft kept).
bool applyDraft(ServerState &state, const QString &appId, const QString &draftId,
                const std::function<bool()> &record, QString *error)
{
    return state.store.write([&] {
        if (!state.config.applyDraft(appId, draftId, error))
            return false;
        if (state.hostingDrafts.apply && !state.hostingDrafts.apply(appId, draftId)) {
            *error = QStringLiteral("cannot apply the draft's hosting changes");
            return false;
        }
        QSqlQuery query(state.store.database());
        if (!record()
            || !state.store.exec(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"),
                                 { draftId })) {
            *error = QStringLiteral("cannot record the deployment");
            return false;
        }
        return true;
    });
}

// The second half of an asynchronous deployment: apply the draft and set the pending record to
// "successful", or to "failed" with the reason (the draft then stays to be fixed).
void completeDeployment(ServerState &state, const QString &appId, const QString &adminId,
                        const QString &draftId, const QString &deploymentId)
{
    QString error;
    bool ok = false;
    if (state.store.draftIdFor(appId, adminId) != draftId) {
        error = QStringLiteral("the draft was discarded before it was deployed");
    } else {
        ok = applyDraft(
            state, appId, draftId,
            [&] {
                return state.store.setDeploymentStatus(deploymentId,
                                                       QStringLiteral("successful"));
            },
            &error);
    }
    if (!ok)
        state.store.setDeploymentStatus(deploymentId, QStringLiteral("failed"), error);
}

void scheduleCompletion(ServerState &state, int delayMs, const QJsonObject &deployment)
{
    const QString appId = deployment.value(QStringLiteral("app_id")).toString();
    const QString adminId = deployment.value(QStringLiteral("user_id")).toString();
    const QString draftId = deployment.value(QStringLiteral("draft_id")).toString();
    const QString deploymentId = deployment.value(QStringLiteral("_id")).toString();
    QTimer::singleShot(delayMs, &state.later, [&state, appId, adminId, draftId, deploymentId] {
        completeDeployment(state, appId, adminId, draftId, deploymentId);
    });
}

bool hasPendingDeployment(ServerState &state, const QString &appId, const QString &draftId)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, QStringLiteral("SELECT doc FROM deployments WHERE app_id = ?"),
                          { appId }))
        return false;
    while (query.next()) {
        const QJsonObject doc
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (doc.value(QStringLiteral("draft_id")).toString() == draftId
            && doc.value(QStringLiteral("status")).toString() == QLatin1String("pending"))
            return true;
    }
    return false;
}

Reply deployDraft(ServerState &state, Call &call)
{
    if (Failure failure = ownDraft(state, call))
        return *failure;
    const QString appId = call.param(QStringLiteral("appId"));
    const QString draftId = call.param(QStringLiteral("draftId"));
    const int delayMs = state.options.deployDelayMs;
    if (delayMs > 0) {
        // As the real service: answer "pending" now, apply the draft later.
        if (hasPendingDeployment(state, appId, draftId))
            return Reply::error(409, QStringLiteral("DeploymentInProgress"),
                                QStringLiteral("this draft is being deployed already"));
        const QString id = state.store.recordDeployment(appId, call.adminId, draftId,
                                                        QStringLiteral("pending"));
        const auto doc = deployment(state, appId, id);
        if (!doc)
            return internalError(QStringLiteral("cannot record the deployment"));
        scheduleCompletion(state, delayMs, *doc);
        return Reply::json(*doc, 201);
    }
    QString error;
    QString deploymentId;
    const bool ok = applyDraft(
        state, appId, draftId,
        [&] {
            deploymentId = state.store.recordDeployment(appId, call.adminId, draftId);
            return !deploymentId.isEmpty();
        },
        &error);
    // A failed deployment is recorded too, after the rollback; the draft stays to be fixed.
    if (!ok)
        deploymentId = state.store.recordDeployment(appId, call.adminId, draftId,
                                                    QStringLiteral("failed"), error);
    const auto doc = deployment(state, appId, deploymentId);
    if (!doc)
        return internalError(QStringLiteral("cannot record the deployment"));
    return Reply::json(*doc, 201);
}

// Deployments left pending when the server stopped are finished once it runs again.
void resumePendingDeployments(ServerState &state)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, QStringLiteral("SELECT doc FROM deployments")))
        return;
    while (query.next()) {
        const QJsonObject doc
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (doc.value(QStringLiteral("status")).toString() == QLatin1String("pending"))
            scheduleCompletion(state, state.options.deployDelayMs, doc);
    }
}

Reply listDeployments(ServerState &state, Call &call)
{
    // deployed_at is in seconds; rowid keeps the insertion order within one second.
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT doc FROM deployments WHERE app_id = ?"
                                         " ORDER BY deployed_at DESC, rowid DESC LIMIT 100"),
                          { call.param(QStringLiteral("appId")) }))
        return internalError(QStringLiteral("cannot read the deployments"));
    QJsonArray deployments;
    while (query.next())
        deployments.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return Reply::json(deployments);
}

Reply getDeployment(ServerState &state, Call &call)
{
    const auto doc = deployment(state, call.param(QStringLiteral("appId")),
                                call.param(QStringLiteral("deploymentId")));
    if (!doc)
        return Reply::error(404, QStringLiteral("DeploymentNotFound"),
                            QStringLiteral("deployment not found"));
    return Reply::json(*doc);
}

} // namespace

void addDraftsRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString app = QStringLiteral("/groups/{groupId}/apps/{appId}");
    const QString drafts = app + QStringLiteral("/drafts");
    const QString draft = drafts + QStringLiteral("/{draftId}");
    const auto bind = [&state](Reply (*handler)(ServerState &, Call &)) {
        return [&state, handler](Call &call) { return handler(state, call); };
    };
    router.add(Method::Get, drafts, Access::AccessToken, bind(listDrafts));
    router.add(Method::Post, drafts, Access::AccessToken, bind(createDraft));
    router.add(Method::Get, draft, Access::AccessToken, bind(getDraft));
    router.add(Method::Delete, draft, Access::AccessToken, bind(discardDraft));
    router.add(Method::Get, draft + QStringLiteral("/diff"), Access::AccessToken, bind(diffDraft));
    router.add(Method::Post, draft + QStringLiteral("/deployment"), Access::AccessToken,
               bind(deployDraft));
    router.add(Method::Get, app + QStringLiteral("/deployments"), Access::AccessToken,
               bind(listDeployments));
    router.add(Method::Get, app + QStringLiteral("/deployments/{deploymentId}"),
               Access::AccessToken, bind(getDeployment));
    resumePendingDeployments(state);
}

} // namespace stitchlocal
