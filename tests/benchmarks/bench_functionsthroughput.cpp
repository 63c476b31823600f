// Requests per second of one Admin API GET on stitch-local beside a bare QHttpServer route, both
// in processes of their own, driven over loopback with keep-alive by wrk (a third process), or
// by this process's QNetworkAccessManager when wrk is missing. Prints figures only.
//
//   bench_functionsthroughput [route] [seconds]
//       route: under /groups/{groupId}/apps/{appId}/ of the demo app (default "functions";
//              "values" or "logs?limit=10" work too)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// A benchmark driver: blocking waits are fine here.
QUrl startChild(QProcess &child, const QString &program, const QStringList &arguments)
{
    child.start(program, arguments);
    QByteArray out;
    while (child.waitForReadyRead(30000)) {
        out += child.readAllStandardOutput();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("listening on (\\S+)"))
                  .match(QString::fromUtf8(out));
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    return QUrl();
}

QByteArray request(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                   const QString &token, const QByteArray &body = {}, int *status = nullptr)
{
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(r, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

// wrk -t1 -c8: one thread, eight keep-alive connections, bounded in time.
double wrkRate(const QString &wrk, const QUrl &url, const QString &token, int seconds)
{
    QProcess run;
    QStringList arguments { QStringLiteral("-t1"), QStringLiteral("-c8"),
                            QStringLiteral("-d%1s").arg(seconds) };
    if (!token.isEmpty())
        arguments << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + token;
    arguments << url.toString(QUrl::FullyEncoded);
    run.start(wrk, arguments);
    run.waitForFinished((seconds + 30) * 1000);
    const QString out = QString::fromUtf8(run.readAllStandardOutput());
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(out);
    if (out.contains(QLatin1String("Non-2xx")))
        std::printf("# note: wrk saw non-2xx answers from %s\n", qPrintable(url.path()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

// Without wrk: eight requests kept in flight on one QNetworkAccessManager (its keep-alive
// connections), counted for the given time.
double namRate(const QUrl &url, const QString &token, int seconds)
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> send = [&] {
        QNetworkRequest r(url);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nam.get(r);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            --inFlight;
            ++done;
            if (timer.elapsed() < seconds * 1000)
                send();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < 8; ++i)
        send();
    loop.exec();
    return double(done) * 1000.0 / double(timer.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString route = args.size() > 1 ? args.at(1) : QStringLiteral("functions");
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 5;

    QTemporaryDir dir;
    QProcess local;
    const QUrl root
        = startChild(local, QStringLiteral(STITCH_LOCAL_BINARY),
                     { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--data"), dir.path(), QStringLiteral("--demo"),
                       QStringLiteral("--admin-key"), QStringLiteral("bench:bench-key") });
    QProcess bare;
    const QUrl bareRoot = startChild(bare, QStringLiteral(BARE_SERVER_BINARY), {});
    if (root.isEmpty() || bareRoot.isEmpty()) {
        std::fprintf(stderr, "bench_functionsthroughput: a server did not start\n");
        return 1;
    }

    QNetworkAccessManager nam;
    QUrl api = root;
    api.setPath(QStringLiteral("/api/admin/v3.0/auth/providers/mongodb-cloud/login"));
    const QString token
        = QJsonDocument::fromJson(
              request(nam, "POST", api, {}, R"({"username":"bench","apiKey":"bench-key"})"))
              .object()
              .value(QStringLiteral("access_token"))
              .toString();
    api.setPath(QStringLiteral("/api/admin/v3.0/auth/profile"));
    const QString group = QJsonDocument::fromJson(request(nam, "GET", api, token))
                              .object()
                              .value(QStringLiteral("roles"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("group_id"))
                              .toString();
    api.setPath(QStringLiteral("/api/admin/v3.0/groups/%1/apps").arg(group));
    const QString appId = QJsonDocument::fromJson(request(nam, "GET", api, token))
                              .array()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("_id"))
                              .toString();
    QUrl target
        = QUrl(root.toString()
               + QStringLiteral("/api/admin/v3.0/groups/%1/apps/%2/%3").arg(group, appId, route));
    int status = 0;
    const QByteArray sample = request(nam, "GET", target, token, {}, &status);
    std::printf("# GET .../%s answers %d, %lld bytes\n", qPrintable(route), status,
                qint64(sample.size()));
    QUrl bareUrl = bareRoot;
    bareUrl.setPath(QStringLiteral("/bare"));

    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    std::printf("# driver: %s, 8 connections, %d s each\n",
                wrk.isEmpty() ? "QNetworkAccessManager (wrk not found)" : "wrk -t1 -c8", seconds);
    const double localRate
        = wrk.isEmpty() ? namRate(target, token, seconds) : wrkRate(wrk, target, token, seconds);
    const double bareRate
        = wrk.isEmpty() ? namRate(bareUrl, {}, seconds) : wrkRate(wrk, bareUrl, {}, seconds);
    std::printf("stitchlocal_get_%s: %.0f requests/s\n",
                qPrintable(QString(route).replace(QRegularExpression(QStringLiteral("\\W")),
                                                  QStringLiteral("_"))),
                localRate);
    std::printf("bare_qhttpserver_get: %.0f requests/s\n", bareRate);
    std::printf("throughput_ratio: %.2f x\n", bareRate > 0 ? localRate / bareRate : -1.0);

    local.terminate();
    bare.terminate();
    local.waitForFinished(10000);
    bare.waitForFinished(10000);
    return 0;
}
