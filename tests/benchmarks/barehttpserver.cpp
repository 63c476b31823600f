// The baseline of bench_functionsthroughput: a bare QHttpServer route answering the JSON array
// GET .../functions answers for the demo app. Prints "listening on http://127.0.0.1:PORT" and
// serves until killed. Not named bench_* so that run-benchmarks.sh does not start it on its own.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QHttpServer server;
    // What GET .../functions answers for the demo app: four {_id, name, private} objects.
    server.route(QStringLiteral("/bare"), [] {
        QJsonArray functions;
        const char *const names[] = { "greet", "onUserLogin", "sum", "summarizeOrders" };
        int n = 0;
        for (const char *name : names) {
            functions.append(QJsonObject {
                { QStringLiteral("_id"), QStringLiteral("6b0be477bbc8504703ff257%1").arg(n) },
                { QStringLiteral("name"), QString::fromLatin1(name) },
                { QStringLiteral("private"), n == 1 } });
            ++n;
        }
        return QHttpServerResponse(functions);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fprintf(stderr, "barehttpserver: cannot listen\n");
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
