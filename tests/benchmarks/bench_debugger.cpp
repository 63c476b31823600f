// The debugger's pace, through the console's protocol client (DebuggerClient) and a LocalServer
// on its own thread:
//   - Debug → paused at the first breakpoint (warm: after a few sessions): POST
//     .../local/debug_runs, connect, enable, set the breakpoint, start, until Debugger.paused
//     (a second between runs, as a user takes);
//   - one step (stepOver, pause to pause) in a loop;
//   - a plain run (execute_function_source) while another function sits paused in the debugger,
//     against the same run with nothing paused.
// Medians of N (default 50). Prints `name: value unit` lines and the load average; never fails
// on speed.
//
//   bench_debugger [N]
#include "api/debuggerclient.h"
#include "server/localserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<typename T> bool wait(DebugCall<T> *call)
{
    QSignalSpy done(call, &DebugCallBase::finished);
    return call->isFinished() || done.wait(30000);
}

struct Bench
{
    QNetworkAccessManager nam;
    QUrl root;
    QString group;
    QString appId;
    QByteArray token;

    QUrl api(const QString &path) const
    {
        QUrl url = root;
        const int query = path.indexOf(u'?');
        url.setPath(QStringLiteral("/api/admin/v3.0") + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }

    //! A debugger paused at line (0-based) of source's first pause; nullptr when it failed.
    std::unique_ptr<DebuggerClient> pausedAt(const QString &name, int line)
    {
        int status = 0;
        const QJsonObject ticket
            = QJsonDocument::fromJson(
                  call(nam,
                       api(QStringLiteral("/groups/%1/apps/%2/local/debug_runs?run_as_system=true")
                               .arg(group, appId)),
                       token,
                       QJsonDocument(QJsonObject { { QStringLiteral("name"), name } })
                           .toJson(QJsonDocument::Compact),
                       &status))
                  .object();
        if (status != 201) {
            std::fprintf(stderr, "debug_runs: HTTP %d\n", status);
            return nullptr;
        }
        auto client = std::make_unique<DebuggerClient>();
        QSignalSpy paused(client.get(), &DebuggerClient::paused);
        client->open(QUrl(ticket.value(QStringLiteral("websocket_url")).toString()));
        client->enable();
        client->setSkippedScripts({ QStringLiteral("^stitch:"), QStringLiteral("^\\[eval\\]") });
        client->setBreakpoint(debugurls::ofFunction(name), line);
        QSignalSpy finished(client.get(), &DebuggerClient::runFinished);
        QSignalSpy closed(client.get(), &DebuggerClient::closed);
        client->startRun();
        if (!QTest::qWaitFor(
                [&] { return !paused.isEmpty() || !finished.isEmpty() || !closed.isEmpty(); },
                30000)
            || paused.isEmpty()) {
            // Say which way it went, so that a run that did not pause can be told from one
            // that never answered.
            std::fprintf(stderr, "  finished without pausing: %s, closed: %s\n",
                         finished.isEmpty() ? "no" : "yes",
                         closed.isEmpty() ? "no" : qPrintable(closed.first().value(0).toString()));
            return nullptr;
        }
        return client;
    }

    static void stop(std::unique_ptr<DebuggerClient> client)
    {
        QSignalSpy closed(client.get(), &DebuggerClient::closed);
        client->close();
        if (closed.isEmpty())
            closed.wait(10000);
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(5, QByteArray(argv[1]).toInt()) : 50;
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
    Bench bench;
    bench.root = started.at(0).at(0).toUrl();
    bench.group = started.at(0).at(1).value<stitchlocal::AdminSpec>().groupId;
    int status = 0;
    bench.token = QJsonDocument::fromJson(
                      call(bench.nam, bench.api(QStringLiteral("/auth/providers/mongodb-cloud/login")),
                           {}, R"({"username": "bench", "apiKey": "bench-secret"})", &status))
                      .object()
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toUtf8();
    bench.appId = QJsonDocument::fromJson(
                      call(bench.nam, bench.api(QStringLiteral("/groups/%1/apps").arg(bench.group)),
                           bench.token, R"({"name": "bench"})", &status))
                      .object()
                      .value(QStringLiteral("_id"))
                      .toString();
    const QUrl functions
        = bench.api(QStringLiteral("/groups/%1/apps/%2/functions").arg(bench.group, bench.appId));
    call(bench.nam, functions, bench.token,
         R"json({"name": "loop", "source": "exports = function() {\n  let x = 0;\n  for (let i = 0; i < 100000; i++) {\n    x += i;\n  }\n  return x;\n};"})json",
         &status);
    if (bench.token.isEmpty() || bench.appId.isEmpty() || status != 201) {
        std::fprintf(stderr, "cannot sign in, make an app or a function\n");
        return 1;
    }
    std::printf("load_average_before: %s\n", qPrintable(loadAverage()));

    // 1. Debug → paused at the first breakpoint.
    std::vector<double> toPause;
    int failures = 0;
    for (int i = 0; i < n + 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DebuggerClient> client = bench.pausedAt(QStringLiteral("loop"), 3);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!client) {
            std::fprintf(stderr, "debug run %d did not pause\n", i);
            ++failures;
            continue;
        }
        if (i >= 3)
            toPause.push_back(ms);
        Bench::stop(std::move(client));
        // A user takes a moment between two debug runs; stitch-local starts the next run's
        // process meanwhile (without it, each Debug would wait for Node.js to start).
        QTest::qWait(1000);
    }
    std::printf("debug_to_first_pause_median: %.1f ms (goal <= 300)\n", median(toPause));

    // 2. One step, pause to pause.
    std::vector<double> steps;
    std::unique_ptr<DebuggerClient> client = bench.pausedAt(QStringLiteral("loop"), 3);
    if (client) {
        QSignalSpy paused(client.get(), &DebuggerClient::paused);
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            clock.start();
            client->stepOver();
            if (!paused.wait(30000)) {
                std::fprintf(stderr, "step %d did not pause\n", i);
                ++failures;
                break;
            }
            paused.clear();
            steps.push_back(clock.nsecsElapsed() / 1e6);
        }
    }
    std::printf("step_median: %.2f ms (goal <= 30)\n", median(steps));

    // 3. A plain run with that session still paused, and with none.
    const QUrl run = bench.api(QStringLiteral("/groups/%1/apps/%2/debug/execute_function_source"
                                              "?run_as_system=true")
                                   .arg(bench.group, bench.appId));
    const QByteArray body
        = R"json({"source": "exports = function() { return 1; };", "eval_source": "exports()"})json";
    const auto plainRuns = [&](std::vector<double> &ms) {
        for (int i = 0; i < n + 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            call(bench.nam, run, bench.token, body, &status);
            if (status != 200) {
                std::fprintf(stderr, "plain run: HTTP %d\n", status);
                ++failures;
            }
            if (i >= 5)
                ms.push_back(clock.nsecsElapsed() / 1e6);
        }
    };
    // Rounds of each, taken in turn, so that a drift of the machine's speed weighs on both alike;
    // each round waits a second first, while stitch-local starts its spare debug process.
    std::vector<double> pausedMs;
    std::vector<double> aloneMs;
    for (int round = 0; round < 4; ++round) {
        if (!client)
            client = bench.pausedAt(QStringLiteral("loop"), 3);
        QTest::qWait(1000);
        if (client && client->isPaused())
            plainRuns(pausedMs);
        if (client)
            Bench::stop(std::move(client));
        QTest::qWait(1000);
        plainRuns(aloneMs);
    }
    const double withPaused = pausedMs.empty() ? -1 : median(pausedMs);
    const double alone = median(aloneMs);
    std::printf("plain_run_median_nothing_paused: %.2f ms\n", alone);
    std::printf("plain_run_median_one_paused: %.2f ms\n", withPaused);
    std::printf("plain_run_ratio_paused_vs_not: %.2f (goal <= 1.1)\n",
                alone > 0 && withPaused > 0 ? withPaused / alone : -1.0);
    std::printf("failures: %d\n", failures);
    std::printf("load_average_after: %s\n", qPrintable(loadAverage()));
    return 0;
}
