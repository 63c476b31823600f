// GET .../logs at depth: the first page beside a page 100,000 entries deep, over HTTP and at the
// store, with 100,000 seeded entries. Prints figures only; never fails on a slow machine.
//
//   bench_logpaging [entries] [repeats]      (defaults 100000 and 200)
#include "server/localserver.h"
#include "server/logs/logquery.h"
#include "server/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stitchlocal;

namespace {

class Client
{
public:
    explicit Client(const QUrl &root)
        : m_root(root)
    {
    }
    QString token;

    // A benchmark driver: a nested event loop per request is fine here (the server runs on the
    // same thread and answers from it).
    QJsonObject send(const QByteArray &verb, const QString &path, const QString &query = {},
                     const QByteArray &body = {})
    {
        QUrl url = m_root;
        url.setPath(QStringLiteral("/api/admin/v3.0") + path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nullptr;
        if (verb == "GET") {
            reply = m_nam.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            reply = m_nam.sendCustomRequest(request, verb, body);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc.isArray() ? QJsonObject { { QStringLiteral("array"), doc.array() } }
                             : doc.object();
    }

private:
    QUrl m_root;
    QNetworkAccessManager m_nam;
};

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? -1 : samples.at(samples.size() / 2);
}

template<typename Work> double medianMs(int repeats, Work work)
{
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 200;

    QTemporaryDir dir;
    ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    AdminSpec admin;
    admin.name = QStringLiteral("bench");
    admin.secret = QStringLiteral("bench-key");
    options.admins = { admin };
    options.demo = true;
    // A hundred more than the depth, so that the deep page is as full as the first.
    options.seedLogs = entries + 100;
    // The server on a thread of its own, as the console runs it: the client's waits do not
    // hold up the server's event loop.
    LocalServerThread server;
    QUrl root;
    QString error;
    QEventLoop starting;
    QObject::connect(&server, &LocalServerThread::started, &starting,
                     [&](const QUrl &url) { root = url, starting.quit(); });
    QObject::connect(&server, &LocalServerThread::failed, &starting,
                     [&](const QString &message) { error = message, starting.quit(); });
    QElapsedTimer seeding;
    seeding.start();
    server.start(options);
    starting.exec();
    if (root.isEmpty()) {
        std::fprintf(stderr, "bench_logpaging: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("seed_logs_%d: %.0f ms\n", entries + 100, double(seeding.elapsed()));

    Client client(root);
    client.token = client
                       .send("POST", QStringLiteral("/auth/providers/mongodb-cloud/login"), {},
                             R"({"username":"bench","apiKey":"bench-key"})")
                       .value(QStringLiteral("access_token"))
                       .toString();
    const QString group = client.send("GET", QStringLiteral("/auth/profile"))
                              .value(QStringLiteral("roles"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("group_id"))
                              .toString();
    const QString appId = client.send("GET", QStringLiteral("/groups/%1/apps").arg(group))
                              .value(QStringLiteral("array"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("_id"))
                              .toString();
    const QString path = QStringLiteral("/groups/%1/apps/%2/logs").arg(group, appId);

    // Walk to the page that starts 100,000 entries down, the way a client does.
    QString deep;
    QElapsedTimer walking;
    walking.start();
    int walked = 0;
    while (walked < entries) {
        const QJsonObject page = client.send("GET", path, deep);
        const QString next = page.value(QStringLiteral("nextEndDate")).toString();
        if (next.isEmpty())
            break;
        walked += int(page.value(QStringLiteral("logs")).toArray().size());
        deep = QStringLiteral("end_date=") + next;
        if (page.contains(QStringLiteral("nextSkip")))
            deep += QStringLiteral("&skip=%1").arg(page.value(QStringLiteral("nextSkip")).toInt());
    }
    std::printf("walk_to_depth_%d: %.0f ms (%d pages)\n", walked, double(walking.elapsed()),
                walked / 100);

    const double firstHttp = medianMs(repeats, [&] { client.send("GET", path); });
    const double deepHttp = medianMs(repeats, [&] { client.send("GET", path, deep); });
    std::printf("http_first_page: %.3f ms\n", firstHttp);
    std::printf("http_page_at_depth_%d: %.3f ms\n", walked, deepHttp);
    std::printf("http_depth_ratio: %.2f x\n", deepHttp / firstHttp);

    // The same two pages read straight from the store, where the query's own cost shows.
    Store store;
    bool created = false;
    if (!store.open(dir.path(), &error, &created)) {
        std::fprintf(stderr, "bench_logpaging: %s\n", qPrintable(error));
        return 1;
    }
    LogQuery first;
    LogQuery atDepth;
    LogPage page;
    parseLogQuery(QUrlQuery(deep), &atDepth);
    const double firstStore = medianMs(repeats, [&] { readLogPage(store, appId, first, &page); });
    const double deepStore = medianMs(repeats, [&] { readLogPage(store, appId, atDepth, &page); });
    std::printf("store_first_page: %.3f ms\n", firstStore);
    std::printf("store_page_at_depth_%d: %.3f ms\n", walked, deepStore);
    std::printf("store_depth_ratio: %.2f x\n", deepStore / firstStore);

    LogQuery filtered;
    parseLogQuery(QUrlQuery(QStringLiteral("type=AUTH,WEBHOOK&errors_only=true")), &filtered);
    const double filteredStore
        = medianMs(repeats, [&] { readLogPage(store, appId, filtered, &page); });
    std::printf("store_first_page_two_types_errors: %.3f ms\n", filteredStore);
    // A user's errors of one type: the user index, type and errors checked on its entries.
    QString userId;
    for (const QByteArray &doc : std::as_const(page.docs)) {
        userId = QJsonDocument::fromJson(doc).object().value(QStringLiteral("user_id")).toString();
        if (!userId.isEmpty())
            break;
    }
    LogQuery user;
    parseLogQuery(QUrlQuery(QStringLiteral("errors_only=true&type=FUNCTION&user_id=") + userId),
                  &user);
    const double userStore = medianMs(repeats, [&] { readLogPage(store, appId, user, &page); });
    std::printf("store_first_page_user_type_errors: %.3f ms\n", userStore);
    return 0;
}
