// Warm function test-run round trip through the real HTTP route: POST
// .../debug/execute_function_source with `return 1`, from a QNetworkAccessManager client to a
// LocalServer on its own thread, as the console's "Run buffer" does. Prints p50, p99 and max.
//
//   bench_functionrun [runs]   (default 300, after 20 warm-up runs)
#include "server/localserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
QByteArray call(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token,
                const QByteArray &body, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(120000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 300;
    QTemporaryDir dir;

    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("bench");
    admin.secret = QStringLiteral("bench-secret");
    options.admins = { admin };
    stitchlocal::LocalServerThread server;
    QSignalSpy started(&server, &stitchlocal::LocalServerThread::started);
    server.start(options);
    if (!started.wait(30000)) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const QUrl root = started.at(0).at(0).toUrl();
    const QString group = started.at(0).at(1).value<stitchlocal::AdminSpec>().groupId;

    QNetworkAccessManager nam;
    const auto api = [&root](const QString &path) {
        QUrl url = root;
        const int query = path.indexOf(u'?');
        url.setPath(QStringLiteral("/api/admin/v3.0") + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    };
    int status = 0;
    const QJsonObject login
        = QJsonDocument::fromJson(
              call(nam, api(QStringLiteral("/auth/providers/mongodb-cloud/login")), {},
                   R"({"username": "bench", "apiKey": "bench-secret"})", &status))
              .object();
    const QByteArray token = login.value(QStringLiteral("access_token")).toString().toUtf8();
    const QString appId
        = QJsonDocument::fromJson(call(nam, api(QStringLiteral("/groups/%1/apps").arg(group)),
                                       token, R"({"name": "bench"})", &status))
              .object()
              .value(QStringLiteral("_id"))
              .toString();
    if (token.isEmpty() || appId.isEmpty()) {
        std::fprintf(stderr, "cannot sign in or make an app\n");
        return 1;
    }
    const QUrl run = api(QStringLiteral("/groups/%1/apps/%2/debug/execute_function_source"
                                        "?run_as_system=true")
                             .arg(group, appId));
    const QByteArray body
        = R"json({"source": "exports = function() { return 1; };", "eval_source": "exports()"})json";

    std::vector<double> ms;
    int failures = 0;
    for (int i = 0; i < runs + 20; ++i) {
        QElapsedTimer clock;
        clock.start();
        call(nam, run, token, body, &status);
        const double elapsed = clock.nsecsElapsed() / 1e6;
        if (status != 200)
            ++failures;
        if (i >= 20) // the first runs start the Node.js worker
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("runs: %d\n", runs);
    std::printf("failures: %d\n", failures);
    std::printf("run_buffer_round_trip_p50: %.2f ms\n", ms[ms.size() / 2]);
    std::printf("run_buffer_round_trip_p99: %.2f ms\n", ms[(ms.size() * 99) / 100]);
    std::printf("run_buffer_round_trip_max: %.2f ms\n", ms.back());
    return failures == runs ? 1 : 0;
}
