// Hosting sync against stitch-local on its own thread (as in the console): the first sync of
// 1,000 small files through the Hosting panel beside a bare sequential QNetworkAccessManager loop
// uploading the same files with the same meta (hash, size, Content-Type), the file bytes a
// second sync of the unchanged folder sends, MD5 throughput on a large file beside md5sum, and
// the worst UI-thread stall during the sync (wall and the UI thread's CPU time).
// Both sides are warmed up first, then run in turns --reps times (each to a folder of its own,
// so every sync is a first one): the median and the minimum of each, the ratio of the medians,
// and the load average beside them. Prints `name: value unit` lines; never fails on speed.
//   bench_hostingsync [--files N] [--big-mb M] [--reps R]
#include "stallmeter.h"
#include "threadedlocal.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/hostingcalls.h>
#include <models/assettreemodel.h>
#include <models/hostingsync.h>
#include <models/hostingtransfer.h>
#include <panels/hostingpanel.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>


#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs = 1200000)
{
    ThreadedLocal::waitUntil(done, timeoutMs);
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

struct Run
{
    double seconds = 0;
    double uiCpuMs = 0; // the UI thread's CPU time over the run
};

// The bare loop: read, hash, one hand-built multipart/mixed body, PUT, wait, next. The meta is
// what the sync sends for a new file (hash, size, the Content-Type attribute), so the server
// does the same work for both.
Run bareLoop(ApiClient &client, const QString &groupId, const QString &appId,
             const QList<LocalAsset> &files, const QString &prefix)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    const double cpu = StallMeter::threadCpuMs();
    for (const LocalAsset &file : files) {
        QFile in(file.localFile);
        in.open(QIODevice::ReadOnly);
        const QByteArray bytes = in.readAll();
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
        const QString path = prefix + file.relativePath;
        const QByteArray meta
            = QJsonDocument(
                  QJsonObject { { "appId", appId },
                                { "path", path },
                                { "hash", QString::fromLatin1(hash) },
                                { "size", bytes.size() },
                                { "attrs",
                                  QJsonArray { QJsonObject { { "name", "Content-Type" },
                                                             { "value", "text/plain" } } } } })
                  .toJson(QJsonDocument::Compact);
        const QByteArray boundary = "bareboundary0123456789";
        QByteArray body;
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + meta
            + "\r\n--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + bytes + "\r\n--"
            + boundary + "--\r\n";
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("path"), path);
        QNetworkRequest request(client.urlFor({ "groups", groupId, "apps", appId, "hosting",
                                                "assets", "asset" },
                                              query));
        request.setRawHeader("Authorization", "Bearer " + client.accessToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("multipart/mixed; boundary=" + boundary));
        QNetworkReply *reply = network.put(request, body);
        waitUntil([reply] { return reply->isFinished(); });
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "bare upload failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
    }
    return { timer.elapsed() / 1000.0, StallMeter::threadCpuMs() - cpu };
}

//! A first sync of folder to remote through the panel: plan, then send.
Run panelSync(HostingPanel &panel, const QString &folder, const QString &remote,
              StallMeter *meter = nullptr, double *planSeconds = nullptr)
{
    bool ready = false, done = false;
    QObject context;
    QObject::connect(&panel, &HostingPanel::planReady, &context, [&] { ready = true; });
    QObject::connect(&panel, &HostingPanel::transferFinished, &context, [&] { done = true; });
    QElapsedTimer timer;
    timer.start();
    const double cpu = StallMeter::threadCpuMs();
    if (meter)
        meter->start();
    panel.planSync(folder, remote);
    waitUntil([&] { return ready; });
    if (planSeconds)
        *planSeconds = timer.elapsed() / 1000.0;
    panel.startSync();
    waitUntil([&] { return done; });
    if (meter)
        meter->stop();
    return { timer.elapsed() / 1000.0, StallMeter::threadCpuMs() - cpu };
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double minimum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    TracingApplication app(argc, argv);
    const QStringList args = app.arguments();
    int fileCount = 1000;
    if (const int at = int(args.indexOf(QStringLiteral("--files"))); at > 0)
        fileCount = args.value(at + 1).toInt();
    qint64 bigMb = 1024;
    if (const int at = int(args.indexOf(QStringLiteral("--big-mb"))); at > 0)
        bigMb = args.value(at + 1).toLongLong();

    // The server on a thread of its own, as the console's Local profile runs it.
    ThreadedLocal server;
    if (!server.start()) {
        std::fprintf(stderr, "the local server did not start\n");
        return 1;
    }
    QTemporaryDir &dir = server.dir;
    Session &session = *server.session;
    const App demo = server.app;
    const QString groupId = demo.groupId;

    // 1,000 small files (200 B to 4 KiB) in 10 folders.
    const QString local = dir.filePath(QStringLiteral("site"));
    QRandomGenerator random(42);
    for (int i = 0; i < fileCount; ++i) {
        const QString path = QStringLiteral("%1/d%2/file%3.txt").arg(local).arg(i % 10).arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        QByteArray bytes(200 + int(random.bounded(3900)), 'x');
        for (char &c : bytes)
            c = char('a' + random.bounded(26));
        out.write(bytes);
    }
    const QList<LocalAsset> files = hostingsync::scanFolder(local);
    int reps = 5;
    if (const int at = int(args.indexOf(QStringLiteral("--reps"))); at > 0)
        reps = qMax(1, args.value(at + 1).toInt());

    HostingPanel panel(&session);
    panel.resize(1100, 760);
    panel.show();
    waitUntil([&] { return !panel.model()->isLoading() && panel.model()->fileCount() > 0; }, 30000);

    // Warm-up of both paths (connections, caches, the server's first writes), not measured.
    const QString warm = dir.filePath(QStringLiteral("warm"));
    for (int i = 0; i < 50 && i < files.size(); ++i) {
        const QString to = warm + QLatin1Char('/') + files.at(i).relativePath;
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(files.at(i).localFile, to);
    }
    bareLoop(*session.client(), groupId, demo.id, files.mid(0, 50), QStringLiteral("/warm/"));
    panelSync(panel, warm, QStringLiteral("/warmsync/"));

    if (qEnvironmentVariableIsSet("BENCH_HIDE"))
        panel.hide();
    print("load_average_before", StallMeter::loadAverage(), "(1 min)");
    QList<double> bare, sync, bareCpu, syncCpu, stallWall, stallCpu;
    double planned = 0;
    StallMeter meter;
    for (int rep = 0; rep < reps; ++rep) {
        // In turns, so both sides see the same machine; the order swaps each time.
        const auto runBare = [&] {
            const Run run = bareLoop(*session.client(), groupId, demo.id, files,
                                     QStringLiteral("/bare%1/").arg(rep));
            bare << run.seconds;
            bareCpu << run.uiCpuMs;
        };
        const auto runSync = [&] {
            const Run run = panelSync(panel, local, QStringLiteral("/synced%1/").arg(rep), &meter,
                                      &planned);
            sync << run.seconds;
            syncCpu << run.uiCpuMs;
            stallWall << meter.worstWallMs();
            stallCpu << meter.worstCpuMs();
            if (panel.transfer()->count(HostingTransfer::Outcome::Uploaded) != files.size())
                std::fprintf(stderr, "sync %d uploaded %d of %d files\n", rep,
                             panel.transfer()->count(HostingTransfer::Outcome::Uploaded),
                             int(files.size()));
        };
        if (rep % 2 == 0) {
            runBare();
            runSync();
        } else {
            runSync();
            runBare();
        }
        std::printf("rep %d: bare %.3f s, sync %.3f s (plan %.3f s), ratio %.3f, load %.2f\n",
                    rep, bare.last(), sync.last(), planned, sync.last() / bare.last(),
                    StallMeter::loadAverage());
    }
    print("files", double(files.size()), "files");
    print("repetitions", reps, "runs each");
    print("bare_qnam_upload_loop_median", median(bare), "s");
    print("bare_qnam_upload_loop_min", minimum(bare), "s");
    print("first_sync_median", median(sync), "s");
    print("first_sync_min", minimum(sync), "s");
    print("first_sync_vs_bare_median_ratio", median(sync) / median(bare), "x");
    print("first_sync_vs_bare_min_ratio", minimum(sync) / minimum(bare), "x");
    print("bare_ui_thread_cpu_per_file", median(bareCpu) / files.size(), "ms");
    print("sync_ui_thread_cpu_per_file", median(syncCpu) / files.size(), "ms");
    print("first_sync_worst_ui_stall_wall", *std::max_element(stallWall.cbegin(), stallWall.cend()), "ms");
    print("first_sync_worst_ui_stall_thread_cpu", *std::max_element(stallCpu.cbegin(), stallCpu.cend()), "ms");
    print("load_average_after", StallMeter::loadAverage(), "(1 min)");

    // Second sync of the unchanged folder (the last one synced).
    const QString lastRemote = QStringLiteral("/synced%1/").arg(reps - 1);
    HostingTransfer *firstTransfer = panel.transfer();
    const qint64 sentBefore = firstTransfer->bytesSent();
    bool ready = false, done = false;
    QObject::connect(&panel, &HostingPanel::planReady, [&] { ready = true; });
    QObject::connect(&panel, &HostingPanel::transferFinished, [&] { done = true; });
    QElapsedTimer syncTimer;
    syncTimer.start();
    panel.planSync(local, lastRemote);
    waitUntil([&] { return ready; });
    const qint64 planned2 = panel.plan().bytesToSend();
    panel.startSync();
    waitUntil([&] { return done; });
    const qint64 sent2 = panel.transfer() == firstTransfer
        ? firstTransfer->bytesSent() - sentBefore
        : panel.transfer()->bytesSent();
    print("second_sync_total", syncTimer.elapsed() / 1000.0, "s");
    print("second_sync_file_bytes_sent", double(sent2 + planned2), "bytes");

    // MD5 throughput on a large file, beside md5sum.
    const qint64 freeBytes = QStorageInfo(dir.path()).bytesAvailable();
    if (freeBytes < bigMb * 1024 * 1024 * 3) {
        bigMb = qMax<qint64>(64, freeBytes / (1024 * 1024 * 4));
    }
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile out(big);
        out.open(QIODevice::WriteOnly);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        QRandomGenerator g(1);
        for (qint64 i = 0; i < bigMb; ++i) {
            g.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            out.write(chunk);
        }
    }
    print("md5_file_size", double(bigMb), "MiB");
    QProcess md5sum;
    QElapsedTimer md5Timer;
    md5Timer.start();
    md5sum.start(QStringLiteral("md5sum"), { big });
    md5sum.waitForFinished(-1);
    const double md5sumSeconds = md5Timer.elapsed() / 1000.0;
    md5Timer.restart();
    QString error;
    const QString ours = hostingsync::md5OfFile(big, &error);
    const double oursSeconds = md5Timer.elapsed() / 1000.0;
    const bool same = md5sum.readAllStandardOutput().startsWith(ours.toLatin1());
    print("md5sum_throughput", bigMb / md5sumSeconds, "MiB/s");
    print("console_md5_throughput", bigMb / oursSeconds, "MiB/s");
    print("console_md5_vs_md5sum", md5sumSeconds / oursSeconds, "x");
    print("md5_matches_md5sum", same ? 1 : 0, "bool");
    QFile::remove(big);
    return 0;
}
