#include "server/localserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace stitchlocal;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onQuitSignal(int)
{
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the store closes cleanly (WAL checkpoint) and the
// exit status is a normal one.
void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("stitch-local"));
    app.setApplicationVersion(QStringLiteral(STITCH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    ServerOptions options;
    QString error;
    bool exitNow = false;
    if (!parseServerArguments(app.arguments(), &options, &error, &exitNow)) {
        err << "stitch-local: " << error << "\n(see --help)" << Qt::endl;
        return 2;
    }
    if (exitNow)
        return 0;

    quitOnSignals(&app);
    LocalServer server(options);
    if (!server.start(&error)) {
        err << "stitch-local: " << error << Qt::endl;
        return 1;
    }
    // Scripts and the console read this first line to find the port: it is flushed at once.
    out << "listening on " << server.rootUrl().toString() << Qt::endl;
    if (!options.address.isLoopback()) {
        err << "WARNING: stitch-local is listening on " << options.address.toString()
            << ", reachable from other machines, over plain HTTP.\n"
            << "WARNING: anyone who can reach this port can try to log in; admin traffic is not "
               "encrypted."
            << Qt::endl;
    }
    const QList<AdminSpec> admins = server.admins();
    for (const AdminSpec &admin : admins) {
        if (!admin.generated)
            continue;
        if (!admin.secret.isEmpty()) {
            out << "generated admin API key (provider mongodb-cloud, group " << admin.groupId
                << "):\n  public key:  " << admin.name << "\n  private key: " << admin.secret
                << "\nOnly a digest of the private key is stored: it will not be shown again."
                << Qt::endl;
        } else {
            out << "admin API key (provider mongodb-cloud, group " << admin.groupId
                << "): public key " << admin.name
                << "\nThe private key was shown on first start only; it will not be shown again."
                << Qt::endl;
        }
    }
    return app.exec();
}
