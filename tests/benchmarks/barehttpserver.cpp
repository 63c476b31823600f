// The baseline of bench_functionsthroughput: a bare QHttpServer route answering a small JSON
// array like GET .../values does. Prints "listening on http://127.0.0.1:PORT" and serves until
// killed. Not named bench_* so that run-benchmarks.sh does not start it on its own.
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
    server.route(QStringLiteral("/bare"), [] {
        return QHttpServerResponse(QJsonArray {
            QJsonObject { { QStringLiteral("_id"), QStringLiteral("6b0bc25569597cca4344aafd") },
                          { QStringLiteral("name"), QStringLiteral("greeting") },
                          { QStringLiteral("private"), false } },
            QJsonObject { { QStringLiteral("_id"), QStringLiteral("6b0bc25569597cca4344aafe") },
                          { QStringLiteral("name"), QStringLiteral("limits") },
                          { QStringLiteral("private"), true } } });
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
