#pragma once

#include "adminauth.h"
#include "configstore.h"
#include "localserver.h"
#include "router.h"
#include "store.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace stitchlocal {

class HttpFront;

//! An end-user authentication event, which authentication triggers react to.
struct AuthEvent
{
    QString appId;
    QString operation; //!< "CREATE", "LOGIN" or "DELETE"
    QString providerType; //!< "local-userpass", "anon-user", "api-key", "custom-token", ...
    QJsonObject user; //!< as GET .../users/{uid} answers it
};
class FunctionRuntime;
class LocalData;

//! Everything one LocalServer owns, shared by its route files. Lives on the server's thread.
class ServerState
{
public:
    explicit ServerState(const ServerOptions &options);
    ~ServerState();

    ServerOptions options;
    QString dataDir;
    Store store;
    //! Configuration documents as each admin sees them (drafts); declared after store.
    ConfigStore config { store };
    //! Runs user functions in Node.js workers; made in LocalServer::start.
    std::unique_ptr<FunctionRuntime> runtime;
    //! The MongoDB services' local documents (localdata/); made after runtime, gone before it.
    std::unique_ptr<LocalData> localData;
    std::unique_ptr<AdminAuth> auth;
    Router router; //!< the Admin API, under /api/admin/v3.0
    //! The end-user (client) API under /api/client/v2.0: end-user login, incoming webhooks. Its
    //! routes are Access::Public and check their own credentials.
    Router clientRouter;
    //! Raw handlers for other path prefixes (e.g. "/hosting/" serving assets), tried before the
    //! API bases; the handler gets the whole request and answers it alone.
    QList<QPair<QString, std::function<Reply(const Request &)>>> mounts;
    std::unique_ptr<HttpFront> front;
    QList<AdminSpec> admins;
    //! Called after every end-user CREATE, LOGIN and DELETE (the users area calls it; the
    //! functions area sets it to fire authentication triggers). May be empty.
    std::function<void(const AuthEvent &)> authEventHook;
    //! The custom user data an end user's access token carries as user_data, when the app has
    //! it on (set by the area that keeps that setting); empty or nullopt: no user_data claim.
    std::function<std::optional<QJsonObject>(const QString &appId, const QString &userId)>
        customUserData;
    //! Set by the hosting area, called by the drafts area: what a draft changes in hosting, and
    //! applying (inside the caller's write) or discarding those changes. Empty: no hosting changes.
    struct HostingDraftHooks
    {
        std::function<QJsonObject(const QString &draftId)> diff; //!< {added, deleted, modified}
        std::function<bool(const QString &appId, const QString &draftId)> apply;
        std::function<bool(const QString &draftId)> discard;
    } hostingDrafts;
    quint16 port = 0;
    //! Context of work scheduled for later on the server's thread (pending deployments): it
    //! goes with the state, so no timer fires into a destroyed store.
    QObject later;
};

} // namespace stitchlocal
