// The entry of libstitch-local-server.so, the built-in server stitch-console loads (inprocess.h).
#include "inprocess.h"
#include "localserver.h"

namespace {

class ModuleServer : public stitchlocal::InProcessServer
{
public:
    ModuleServer(const stitchlocal::ServerOptions &options,
                 const stitchlocal::InProcessOptions &request)
        : m_runner(
            options,
            [started = request.started](const QUrl &url, const stitchlocal::AdminSpec &admin) {
                started(url, admin.groupId);
            },
            request.failed)
    {
    }

private:
    stitchlocal::ServerOnThread m_runner;
};

} // namespace

extern "C" Q_DECL_EXPORT stitchlocal::InProcessServer *
STITCH_LOCAL_ENTRY(const stitchlocal::InProcessOptions &request)
{
    stitchlocal::ServerOptions options;
    // Loopback only, on a port the system picks: the console is its one client.
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.demo = request.demo;
    options.dataDir = request.dataDir;
    stitchlocal::AdminSpec admin;
    admin.kind = stitchlocal::AdminSpec::Kind::ApiKey;
    admin.name = request.adminName;
    admin.secret = request.adminSecret;
    admin.groupId = request.groupId;
    options.admins = { admin };
    return new ModuleServer(options, request);
}
