#include "server/routes.h"

#include "hostingassets.h"
#include "hostingdraft.h"
#include "hostingserve.h"
#include "hostingupload.h"
#include "server/serverstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stitchlocal {

namespace {

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("InvalidParameter"), message);
}

Reply assetNotFound(const QString &path)
{
    return Reply::error(404, QStringLiteral("AssetNotFound"),
                        QStringLiteral("no hosted asset at %1").arg(path));
}

Reply storeFailed()
{
    return Reply::error(500, QStringLiteral("InternalServerError"),
                        QStringLiteral("cannot store the hosting change"));
}

//! What every hosting route needs: the caller's view of the app's files and how to reach them.
struct Context
{
    ServerState &state;
    Call &call;
    QString appId;
    QString draftId;
    QString clientAppId; //!< names the app in the URLs files are served at
    HostingView view;

    Context(ServerState &s, Call &c)
        : state(s)
        , call(c)
        , appId(c.param(QStringLiteral("appId")))
        , draftId(s.store.draftIdFor(appId, c.adminId))
        , view(s.store, appId, draftId)
    {
        // The guard has already checked that the app exists.
        if (const auto app = s.store.app(appId))
            clientAppId = app->clientAppId;
    }

    //! Runs change in one write; a change made outside a draft is a deployment of its own.
    bool commit(const std::function<bool()> &change)
    {
        return state.store.write([&] {
            return change()
                && (!draftId.isEmpty()
                    || !state.store.recordDeployment(appId, call.adminId, QString()).isEmpty());
        });
    }

    QJsonObject entry(const HostedAsset &asset) const
    {
        return { { QStringLiteral("appId"), appId },
                 { QStringLiteral("path"), asset.path },
                 { QStringLiteral("hash"), asset.hash },
                 { QStringLiteral("size"), asset.size },
                 { QStringLiteral("attrs"), asset.attrs },
                 { QStringLiteral("last_modified"), asset.lastModified },
                 { QStringLiteral("url"),
                   hostedFileUrl(state, call.request, clientAppId, asset.path) } };
    }
};

//! A required, valid path: from the query (`?path=`) or a body field.
Failure checkPath(const QString &path, bool present, const QString &field)
{
    if (!present || path.isEmpty())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: %1").arg(field));
    const QString problem = hostingPathProblem(path);
    if (!problem.isEmpty())
        return invalid(problem);
    return std::nullopt;
}

Failure queryPath(const Call &call, QString *path)
{
    const QUrlQuery &query = call.request.query;
    const bool present = query.hasQueryItem(QStringLiteral("path"));
    *path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    return checkPath(*path, present, QStringLiteral("path"));
}

Failure bodyPath(const QJsonObject &body, const QString &field, QString *path)
{
    if (Failure failure = requireString(body, field, path))
        return failure;
    return checkPath(*path, true, field);
}

Reply listAssets(Context &ctx)
{
    const QUrlQuery &query = ctx.call.request.query;
    const QString recursiveText
        = query.queryItemValue(QStringLiteral("recursive"), QUrl::FullyDecoded).toLower();
    if (!recursiveText.isEmpty() && recursiveText != QLatin1String("true")
        && recursiveText != QLatin1String("false"))
        return invalid(QStringLiteral("recursive must be true or false"));
    const bool recursive = recursiveText == QLatin1String("true");
    QString prefix = QStringLiteral("/");
    if (query.hasQueryItem(QStringLiteral("prefix"))) {
        prefix = query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
        const QString problem = hostingPathProblem(prefix);
        if (!problem.isEmpty())
            return invalid(problem);
    }
    // Without recursive=true only the entries directly inside the prefix's folder are listed.
    const QString folder = prefix.left(prefix.lastIndexOf(u'/') + 1);
    QJsonArray entries;
    const QList<HostedAsset> assets = ctx.view.list();
    for (const HostedAsset &asset : assets) {
        if (!asset.path.startsWith(prefix))
            continue;
        const QString inside = asset.path.mid(folder.size());
        const qsizetype slash = inside.indexOf(u'/');
        if (!recursive && slash >= 0 && slash != inside.size() - 1)
            continue;
        entries.append(ctx.entry(asset));
    }
    return Reply::json(entries);
}

Reply getAsset(Context &ctx)
{
    QString path;
    if (Failure failure = queryPath(ctx.call, &path))
        return *failure;
    const auto asset = ctx.view.find(path, false);
    if (!asset)
        return assetNotFound(path);
    return Reply::json(ctx.entry(*asset));
}

Reply putAsset(Context &ctx)
{
    const Request &request = ctx.call.request;
    const QByteArray contentType = request.header("Content-Type");
    HostedAsset asset;
    if (contentType.trimmed().toLower().startsWith("multipart/")) {
        if (Failure failure = readUpload(request, &asset))
            return *failure;
    } else {
        // A JSON body {"path": "/dir/"} creates an empty directory.
        QJsonObject body;
        if (Failure failure = parseJsonObject(request.body, &body))
            return *failure;
        if (Failure failure = bodyPath(body, QStringLiteral("path"), &asset.path))
            return *failure;
        if (!asset.path.endsWith(u'/') || asset.path == QLatin1String("/"))
            return invalid(QStringLiteral("a JSON body creates a directory: its path must end "
                                          "with '/'; upload files as multipart/mixed"));
        asset.hash = md5Hex(QByteArray());
    }
    if (!ctx.commit([&] { return ctx.view.put(asset); }))
        return storeFailed();
    return Reply::noContent();
}

Reply patchAsset(Context &ctx)
{
    QString path;
    if (Failure failure = queryPath(ctx.call, &path))
        return *failure;
    QJsonObject body;
    if (Failure failure = parseJsonObject(ctx.call.request.body, &body))
        return *failure;
    if (!body.contains(QStringLiteral("attributes")))
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: attributes"));
    QJsonArray attrs;
    const QString problem = normalizeAttributes(body.value(QStringLiteral("attributes")), &attrs);
    if (!problem.isEmpty())
        return invalid(problem);
    auto asset = ctx.view.find(path, true);
    if (!asset)
        return assetNotFound(path);
    asset->attrs = attrs;
    if (!ctx.commit([&] { return ctx.view.put(*asset); }))
        return storeFailed();
    return Reply::noContent();
}

// The assets a path names: one file, or a directory entry and everything under it.
QList<HostedAsset> selectAssets(const Context &ctx, const QString &path)
{
    QList<HostedAsset> selected;
    if (!path.endsWith(u'/')) {
        if (auto asset = ctx.view.find(path, true))
            selected.append(*asset);
        return selected;
    }
    const QList<HostedAsset> all = ctx.view.list();
    for (const HostedAsset &asset : all) {
        if (asset.path.startsWith(path)) {
            if (auto full = ctx.view.find(asset.path, true))
                selected.append(*full);
        }
    }
    return selected;
}

Reply moveOrCopy(Context &ctx)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(ctx.call.request.body, &body))
        return *failure;
    const bool move
        = body.contains(QStringLiteral("move_from")) || body.contains(QStringLiteral("move_to"));
    const bool copy
        = body.contains(QStringLiteral("copy_from")) || body.contains(QStringLiteral("copy_to"));
    if (move == copy)
        return invalid(
            QStringLiteral("give either move_from and move_to or copy_from and copy_to"));
    const QString verb = move ? QStringLiteral("move") : QStringLiteral("copy");
    QString from;
    QString to;
    if (Failure failure = bodyPath(body, verb + QStringLiteral("_from"), &from))
        return *failure;
    if (Failure failure = bodyPath(body, verb + QStringLiteral("_to"), &to))
        return *failure;
    if (from.endsWith(u'/') != to.endsWith(u'/'))
        return invalid(QStringLiteral("%1_from and %1_to must both be files or both be directories")
                           .arg(verb));
    if (from.endsWith(u'/') && to.startsWith(from))
        return invalid(QStringLiteral("cannot %1 a directory into itself").arg(verb));
    const QList<HostedAsset> sources = selectAssets(ctx, from);
    if (sources.isEmpty())
        return assetNotFound(from);
    if (from == to)
        return Reply::noContent();
    const bool ok = ctx.commit([&] {
        for (HostedAsset asset : sources) {
            const QString source = asset.path;
            asset.path = to + source.mid(from.size());
            if (!ctx.view.put(asset) || (move && !ctx.view.remove(source)))
                return false;
        }
        return true;
    });
    return ok ? Reply::noContent() : storeFailed();
}

Reply deleteAsset(Context &ctx)
{
    QString path;
    if (Failure failure = queryPath(ctx.call, &path))
        return *failure;
    const QList<HostedAsset> doomed = selectAssets(ctx, path);
    if (doomed.isEmpty())
        return assetNotFound(path);
    const bool ok = ctx.commit([&] {
        for (const HostedAsset &asset : doomed) {
            if (!ctx.view.remove(asset.path))
                return false;
        }
        return true;
    });
    return ok ? Reply::noContent() : storeFailed();
}

Reply invalidateCache(Context &ctx)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(ctx.call.request.body, &body))
        return *failure;
    const QJsonValue invalidate = body.value(QStringLiteral("invalidate"));
    if (invalidate.isUndefined() || invalidate.isNull())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("missing parameter: invalidate"));
    if (!invalidate.isBool())
        return invalid(QStringLiteral("invalidate must be a boolean"));
    QString path;
    if (Failure failure = requireString(body, QStringLiteral("path"), &path))
        return *failure;
    // "/*" and "/dir/*" name everything under a folder; otherwise one path.
    const QString checked = path.endsWith(QLatin1String("/*")) ? path.chopped(1) : path;
    const QString problem = hostingPathProblem(checked);
    if (!problem.isEmpty())
        return invalid(problem);
    // Files are served straight from the store, never from a cache in front of it, so there is
    // nothing stale to drop: a valid request has already taken effect.
    return Reply::noContent();
}

} // namespace

void addHostingRoutes(ServerState &state)
{
    const QString base = QStringLiteral("/groups/{groupId}/apps/{appId}/hosting");
    const auto route
        = [&state](Method method, const QString &pattern, Reply (*handler)(Context &)) {
              state.router.add(method, pattern, Access::AccessToken, [&state, handler](Call &call) {
                  Context ctx(state, call);
                  return handler(ctx);
              });
          };
    route(Method::Get, base + QStringLiteral("/assets"), listAssets);
    route(Method::Post, base + QStringLiteral("/assets"), moveOrCopy);
    route(Method::Get, base + QStringLiteral("/assets/asset"), getAsset);
    route(Method::Put, base + QStringLiteral("/assets/asset"), putAsset);
    route(Method::Patch, base + QStringLiteral("/assets/asset"), patchAsset);
    route(Method::Delete, base + QStringLiteral("/assets/asset"), deleteAsset);
    route(Method::Put, base + QStringLiteral("/cache"), invalidateCache);

    state.mounts.append({ QStringLiteral("/hosting/"), [&state](const Request &request) {
                             return serveHostedFile(state, request);
                         } });
    Store &store = state.store;
    state.hostingDrafts.diff
        = [&store](const QString &draftId) { return hostingDraftDiff(store, draftId); };
    state.hostingDrafts.apply = [&store](const QString &appId, const QString &draftId) {
        return applyHostingDraft(store, appId, draftId);
    };
    state.hostingDrafts.discard
        = [&store](const QString &draftId) { return discardHostingDraft(store, draftId); };
}

} // namespace stitchlocal
