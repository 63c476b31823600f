#include "localserver.h"

#include "demoapp.h"
#include "httpfront.h"
#include "jwt.h"
#include "routes.h"
#include "secrets.h"
#include "serverstate.h"

#include "appseeder.h"
#include "logs/logseeder.h"
#include "runtime/functionruntime.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace stitchlocal {

namespace {

const QString kApiBase = QStringLiteral("/api/admin/v3.0");
const QString kClientBase = QStringLiteral("/api/client/v2.0");

void dispatchRequest(ServerState &state, const Request &request, Responder respond)
{
    // Other connections' commits are looked for once per request, not at every cached read.
    struct Pin
    {
        Store &store;
        explicit Pin(Store &s)
            : store(s)
        {
            store.pinForeignVersion();
        }
        ~Pin() { store.unpinForeignVersion(); }
    } pin(state.store);
    for (const auto &mount : std::as_const(state.mounts)) {
        if (request.path.startsWith(mount.first))
            return respond(mount.second(request));
    }
    if (request.path.startsWith(kClientBase + u'/'))
        return state.clientRouter.dispatch(kClientBase, request, std::move(respond));
    state.router.dispatch(kApiBase, request, std::move(respond));
}

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("stitch-local"));
}

} // namespace

ServerState::ServerState(const ServerOptions &options)
    : options(options)
{
}

ServerState::~ServerState()
{
    // The listener goes first: no request may reach a half-destroyed store.
    front.reset();
}

LocalServer::LocalServer(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<ServerState>(options))
{
}

LocalServer::~LocalServer() = default;

bool LocalServer::start(QString *error)
{
    ServerState &state = *m_state;
    if (state.front)
        return true;
    const ServerOptions &options = state.options;
    if (!options.address.isLoopback() && (!options.allowRemote || options.admins.isEmpty())) {
        *error = QStringLiteral("listening on %1 needs --allow-remote and at least one admin "
                                "given with --admin-key or --admin-user")
                     .arg(options.address.toString());
        return false;
    }

    state.dataDir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    bool created = false;
    if (!state.store.open(state.dataDir, error, &created))
        return false;
    if (state.store.meta(QStringLiteral("domain_id")).isEmpty() && !state.store.write([&] {
            return state.store.setMeta(QStringLiteral("domain_id"), secrets::newObjectId());
        })) {
        *error = QStringLiteral("cannot write to the store in %1").arg(state.dataDir);
        return false;
    }

    // Made before any login, outside any request's write, so no rollback can lose it.
    if (jwt::serverKey(state.store).isEmpty()) {
        *error = QStringLiteral("cannot store the token signing key in %1").arg(state.dataDir);
        return false;
    }

    state.auth = std::make_unique<AdminAuth>(state.store, options.tokenTtlSeconds,
                                              [&options = state.options] { return options.nowMs(); });
    if (!state.auth->setUp(options.admins, &state.admins, error))
        return false;
    if (created && options.demo && !state.admins.isEmpty()
        && !createDemoApp(state.store, state.admins.first().groupId)) {
        *error = QStringLiteral("cannot create the demo app");
        return false;
    }

    // Before listening, so that the "listening on" line means the seeded history is there.
    if (!seedLogsFromOptions(state, error))
        return false;
    // After the logs: --seed-logs with a thousand seeded apps would seed each of them.
    if (!seedAppFromOptions(state, error))
        return false;

    RuntimeOptions runtimeOptions;
    // Apps' uploaded node_modules (functions/dependencyroutes.cpp): runs may read them, only.
    runtimeOptions.readableDir
        = QFileInfo(QDir(state.dataDir).filePath(QStringLiteral("dependencies")))
              .absoluteFilePath();
    state.runtime = std::make_unique<FunctionRuntime>(runtimeOptions);

    addAuthRoutes(state);
    addAppRoutes(state);
    addResourcesRoutes(state);
    addHostingRoutes(state);
    addDraftsRoutes(state);
    addFunctionsRoutes(state);
    addLogsRoutes(state);
    addAppDataRoutes(state);
    addFeatureRoutes(state);
    state.router.setGuard(
        [&state](Access access, Call &call) { return guardCall(state, access, call); });

    HttpLimits limits;
    limits.maxBodyBytes = options.maxBodyBytes;
    // Hosting uploads may be larger; they go to files in the data folder, not to memory.
    limits.largeBodies = { { "PUT", "/hosting/assets/asset", options.maxUploadBytes } };
    QDir spool(QDir(state.dataDir).filePath(QStringLiteral("incoming")));
    if (!spool.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(spool.path());
        return false;
    }
    // Bodies of a run that ended without cleaning up after itself.
    for (const QString &left : spool.entryList({ QStringLiteral("body-*") }, QDir::Files))
        spool.remove(left);
    limits.spoolDir = spool.path();
    HttpTimeouts timeouts;
    timeouts.idleMs = int(options.idleTimeoutSeconds * 1000);
    timeouts.requestMs = int(options.requestTimeoutSeconds * 1000);
    auto front = std::make_unique<HttpFront>(
        limits, timeouts, options.maxConnections,
        [&state](const Request &request, Responder respond) {
            dispatchRequest(state, request, std::move(respond));
        });
    state.port = front->listen(options.address, options.port);
    if (state.port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(options.address.toString())
                     .arg(options.port);
        return false;
    }
    state.front = std::move(front);
    return true;
}

quint16 LocalServer::port() const
{
    return m_state->port;
}

QUrl LocalServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress address = m_state->options.address;
    url.setHost(address.toString());
    url.setPort(m_state->port);
    return url;
}

QList<AdminSpec> LocalServer::admins() const
{
    return m_state->admins;
}

void LocalServer::setDeployDelayMs(int milliseconds)
{
    m_state->options.deployDelayMs = qMax(0, milliseconds);
}

} // namespace stitchlocal
