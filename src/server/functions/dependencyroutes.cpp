// Dependencies (beyond the reference, same API version): POST .../dependencies, a multipart form
// whose field "file" is a .zip, .tar, .tar.gz or .tgz of a node_modules folder, and GET
// .../dependencies. The upload is checked at once (a hostile or broken archive is refused with
// 400 and nothing is written), answered 204 with a deployment of origin "dependencies" that is
// "pending" while a worker thread unpacks it into a folder of its own, then "successful" (the
// app's functions require() the packages from then on) or "failed" with the reason.

#include "dependencies.h"
#include "functionrun.h"

#include "server/hosting/multipart.h"
#include "server/routes.h"
#include "server/serverstate.h"

#include <QDateTime>
#include <QDir>
#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent>

#include <atomic>

namespace stitchlocal {

namespace {

const QString kKind = QStringLiteral("dependencies");

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("InvalidParameter"), message);
}

QString appDependenciesDir(const ServerState &state, const QString &appId)
{
    return QDir(state.dataDir).filePath(QStringLiteral("dependencies/") + appId);
}

QJsonObject storedDependencies(const Store &store, const QString &appId)
{
    const QList<Resource> found = store.resources(appId, kKind);
    return found.isEmpty() ? QJsonObject() : found.first().doc;
}

Reply getDependencies(ServerState &state, Call &call)
{
    const QJsonObject stored = storedDependencies(state.store, call.param(QStringLiteral("appId")));
    return Reply::json(QJsonObject {
        { QStringLiteral("location"), stored.value(QStringLiteral("location")).toString() },
        { QStringLiteral("user_id"), stored.value(QStringLiteral("user_id")).toString() },
        { QStringLiteral("last_modified"),
          stored.value(QStringLiteral("last_modified")).toInteger() },
        { QStringLiteral("dependencies_list"),
          stored.value(QStringLiteral("dependencies_list")).toArray() } });
}

//! Orders uploads as they were accepted: unpacking in parallel, a small archive sent second may
//! be ready before a large one sent first, and must not be replaced by it. Counts on from the
//! clock in microseconds, so that it also goes on rising across restarts.
qint64 nextUploadOrder()
{
    static std::atomic<qint64> order { QDateTime::currentMSecsSinceEpoch() * 1000 };
    return ++order;
}

//! On the server's thread, once the worker is done: the new folder becomes the app's (unless an
//! upload accepted later is in place already), the old one goes, and the deployment says how it
//! ended.
void finishUnpacking(ServerState &state, const QString &appId, const QString &adminId,
                     const QString &deploymentId, const QString &folder, qint64 order,
                     const QString &problem)
{
    if (!problem.isEmpty()) {
        state.store.setDeploymentStatus(deploymentId, QStringLiteral("failed"), problem);
        return;
    }
    const QJsonObject current = storedDependencies(state.store, appId);
    if (current.value(QStringLiteral("upload_order")).toInteger() > order) {
        QDir(folder).removeRecursively();
        state.store.setDeploymentStatus(
            deploymentId, QStringLiteral("failed"),
            QStringLiteral("a later upload was installed first and stays in place"));
        return;
    }
    const QString previous = current.value(QStringLiteral("folder")).toString();
    const QJsonObject doc {
        { QStringLiteral("upload_order"), order },
        { QStringLiteral("folder"), folder },
        { QStringLiteral("location"),
          QStringLiteral("dependencies/%1/%2").arg(appId, deploymentId) },
        { QStringLiteral("user_id"), adminId },
        { QStringLiteral("last_modified"), state.options.nowMs() / 1000 },
        { QStringLiteral("dependencies_list"), listDependencyPackages(folder) },
    };
    const bool stored = state.store.write([&] {
        return state.store.putResource(appId,
                                       Resource { kKind, kKind, QStringLiteral(""), kKind, doc })
            && state.store.setDeploymentStatus(deploymentId, QStringLiteral("successful"));
    });
    if (!stored) {
        QDir(folder).removeRecursively();
        state.store.setDeploymentStatus(deploymentId, QStringLiteral("failed"),
                                        QStringLiteral("cannot record the dependencies"));
        return;
    }
    if (!previous.isEmpty() && previous != folder)
        QDir(previous).removeRecursively();
}

Reply uploadDependencies(ServerState &state, Call &call)
{
    const QString appId = call.param(QStringLiteral("appId"));
    QString error;
    const QByteArray boundary = multipartBoundary(call.request.header("Content-Type"), &error);
    QList<MultipartPart> parts;
    if (boundary.isEmpty() || !parseMultipart(boundary, call.request.body, &parts, &error))
        return invalid(error);
    const auto file = std::find_if(parts.cbegin(), parts.cend(), [](const MultipartPart &part) {
        return part.name() == QLatin1String("file");
    });
    if (file == parts.cend())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: file"));
    const QString fileName = file->fileName().toLower();
    static const QStringList kinds { QStringLiteral(".zip"), QStringLiteral(".tar"),
                                     QStringLiteral(".tar.gz"), QStringLiteral(".tgz") };
    if (std::none_of(kinds.cbegin(), kinds.cend(),
                     [&fileName](const QString &kind) { return fileName.endsWith(kind); }))
        return invalid(QStringLiteral("the file must be a .zip, .tar, .tar.gz or .tgz archive of "
                                      "a node_modules folder"));
    // A copy: the part refers into the request, which is gone once this handler returns.
    const QByteArray archive(file->body.constData(), file->body.size());
    const DependencyLimits limits;
    const QString problem = checkDependencyArchive(archive, limits);
    if (!problem.isEmpty())
        return archive.size() > limits.archiveBytes
            ? Reply::error(413, QStringLiteral("InvalidParameter"), problem)
            : invalid(problem);

    const QString deploymentId = state.store.recordDeployment(
        appId, call.adminId, QString(), QStringLiteral("pending"), QString(), kKind);
    if (deploymentId.isEmpty())
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot record the deployment"));
    const QString folder = QDir(appDependenciesDir(state, appId)).filePath(deploymentId);
    const QString adminId = call.adminId;
    const qint64 order = nextUploadOrder();
    QtConcurrent::run([archive, folder, limits] {
        return unpackDependencyArchive(archive, folder, limits);
    }).then(&state.later, [&state, appId, adminId, deploymentId, folder, order](const QString &why) {
        finishUnpacking(state, appId, adminId, deploymentId, folder, order, why);
    });
    return Reply::noContent();
}

} // namespace

QString dependenciesFolder(const Store &store, const QString &appId)
{
    return storedDependencies(store, appId).value(QStringLiteral("folder")).toString();
}

void addDependencyRoutes(ServerState &state)
{
    const QString path = QStringLiteral("/groups/{groupId}/apps/{appId}/dependencies");
    state.router.add(Method::Get, path, Access::AccessToken,
                     [&state](Call &call) { return getDependencies(state, call); });
    state.router.add(Method::Post, path, Access::AccessToken,
                     [&state](Call &call) { return uploadDependencies(state, call); });
}

} // namespace stitchlocal
