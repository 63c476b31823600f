#pragma once

#include "adminauth.h"
#include "configstore.h"
#include "localserver.h"
#include "router.h"
#include "store.h"

#include <memory>

namespace stitchlocal {

class HttpFront;
class FunctionRuntime;

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
    std::unique_ptr<AdminAuth> auth;
    Router router;
    std::unique_ptr<HttpFront> front;
    QList<AdminSpec> admins;
    quint16 port = 0;
};

} // namespace stitchlocal
