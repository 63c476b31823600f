// Hosting sync against stitch-local on its own thread (as in the console): the first sync of
// 1,000 small files through the Hosting panel beside a bare sequential QNetworkAccessManager loop
// uploading the same files, the file bytes a second sync of the unchanged folder sends, MD5
// throughput on a large file beside md5sum, and the worst UI-thread stall during the sync.
// Prints `name: value unit` lines; never fails on speed.
//   bench_hostingsync [--files N] [--big-mb M]
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

#include <time.h>

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

// The bare loop: read, hash, one hand-built multipart/mixed body, PUT, wait, next.
double bareLoop(ApiClient &client, const QString &groupId, const QString &appId,
                const QList<LocalAsset> &files, const QString &prefix)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (const LocalAsset &file : files) {
        QFile in(file.localFile);
        in.open(QIODevice::ReadOnly);
        const QByteArray bytes = in.readAll();
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
        const QString path = prefix + file.relativePath;
        const QByteArray meta = QJsonDocument(QJsonObject { { "appId", appId },
                                                            { "path", path },
                                                            { "hash", QString::fromLatin1(hash) },
                                                            { "size", bytes.size() } })
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
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
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
    bareLoop(*session.client(), groupId, demo.id, files.mid(0, 50), QStringLiteral("/warm/"));
    const double bare = bareLoop(*session.client(), groupId, demo.id, files,
                                 QStringLiteral("/bare/"));
    print("bare_qnam_upload_loop", bare, "s");

    HostingPanel panel(&session);
    panel.resize(1100, 760);
    panel.show();
    waitUntil([&] { return !panel.model()->isLoading() && panel.model()->fileCount() > 0; }, 30000);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    const auto threadCpuUs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
    };
    qint64 lastCpu = threadCpuUs(), worstCpu = 0, worstCpuAt = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuUs();
        worst = qMax(worst, now - last);
        if (cpu - lastCpu > worstCpu) {
            worstCpu = cpu - lastCpu;
            worstCpuAt = now;
        }
        last = now;
        lastCpu = cpu;
    });

    bool ready = false, done = false;
    QObject::connect(&panel, &HostingPanel::planReady, [&] { ready = true; });
    QObject::connect(&panel, &HostingPanel::transferFinished, [&] { done = true; });
    QElapsedTimer syncTimer;
    syncTimer.start();
    last = clock.elapsed();
    lastCpu = threadCpuUs();
    probe.start();
    panel.planSync(local, QStringLiteral("/synced/"));
    waitUntil([&] { return ready; });
    const double planned = syncTimer.elapsed() / 1000.0;
    const qint64 startAt = clock.elapsed();
    panel.startSync();
    const qint64 startedAt = clock.elapsed();
    waitUntil([&] { return done; });
    const qint64 doneAt = clock.elapsed();
    probe.stop();
    const double first = syncTimer.elapsed() / 1000.0;
    print("first_sync_total", first, "s");
    print("first_sync_plan_part", planned, "s");
    print("first_sync_vs_bare", first / bare, "x");
    print("first_sync_uploaded", panel.transfer()->count(HostingTransfer::Outcome::Uploaded), "files");
    print("worst_ui_stall_wall", double(worst), "ms");
    print("worst_ui_stall_thread_cpu", worstCpu / 1000.0, "ms");
    if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
        std::printf("debug: worst cpu at %lld ms; startSync %lld..%lld, done %lld\n",
                    worstCpuAt, startAt, startedAt, doneAt);

    // Second sync of the unchanged folder.
    HostingTransfer *firstTransfer = panel.transfer();
    const qint64 sentBefore = firstTransfer->bytesSent();
    ready = false;
    done = false;
    syncTimer.restart();
    panel.planSync(local, QStringLiteral("/synced/"));
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
