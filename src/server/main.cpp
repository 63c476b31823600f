#include "server/localserver.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace stitchlocal;

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
