// The log archive against stitch-local seeded with N entries (default 1,000,000; --entries N),
// the server on its own thread as in the console: a full sync beside a bare sequential
// QNetworkAccessManager page loop, the archive's bytes per entry, full-text search for a rare
// and a common word to the first page of results, and the worst UI-thread stall during the sync
// and the searches. Prints `name: value unit` lines and never fails on speed. With --shots DIR
// it saves the Logs panel searching the archive (light and dark) and the manage dialog.
#include "stallmeter.h"
#include "barelogloop.h"
#include "threadedlocal.h"

#include <api/apiclient.h>
#include <app/theme.h>
#include <models/logarchive.h>
#include <models/logarchivemodel.h>
#include <models/logarchivesync.h>
#include <panels/logarchivedialog.h>
#include <panels/logarchiveview.h>
#include <panels/logspanel.h>
#include <server/logwriter.h>
#include <server/store.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrlQuery>

#include <cstdio>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

struct SearchFigures
{
    double firstPageMs = 0;
    double countMs = 0;
    qint64 matches = 0;
};

SearchFigures timeSearch(LogArchiveModel &model, const QString &text)
{
    SearchFigures f;
    QElapsedTimer t;
    bool firstPage = false, counted = false;
    QObject context;
    QObject::connect(&model, &LogArchiveModel::firstPageLoaded, &context, [&] {
        f.firstPageMs = t.nsecsElapsed() / 1e6;
        firstPage = true;
    });
    QObject::connect(&model, &LogArchiveModel::countChanged, &context, [&](qint64 n) {
        f.countMs = t.nsecsElapsed() / 1e6;
        f.matches = n;
        counted = true;
    });
    t.start();
    model.setQuery({ text, LogFilter() });
    ThreadedLocal::waitUntil([&] { return firstPage && counted; }, 120000);
    return f;
}

void shoot(QWidget *widget, const QString &path)
{
    ThreadedLocal::waitUntil([] { return false; }, 600); // the histogram and repaints
    widget->grab().save(path);
    std::printf("screenshot: %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the archive goes to a test data folder
    QCoreApplication::setApplicationName(QStringLiteral("bench_logarchive"));
    theme::apply(false);
    const QStringList args = app.arguments();
    const int shotsAt = int(args.indexOf(QStringLiteral("--shots")));
    const QString shots = shotsAt > 0 ? args.value(shotsAt + 1) : QString();
    int count = 1000000;
    if (const int at = int(args.indexOf(QStringLiteral("--entries"))); at > 0)
        count = args.value(at + 1).toInt();

    QElapsedTimer seedTimer;
    seedTimer.start();
    ThreadedLocal local;
    if (!local.start([count](stitchlocal::ServerOptions &options) { options.seedLogs = count; })) {
        std::fprintf(stderr, "server failed to start or sign in\n");
        return 1;
    }
    // A rare word: five entries among the million.
    {
        stitchlocal::Store store;
        QString error;
        bool created = false;
        if (!store.open(local.dir.filePath(QStringLiteral("server")), &error, &created))
            return 1;
        for (int i = 0; i < 5; ++i)
            stitchlocal::appendLog(store, local.app.id,
                                   { { QStringLiteral("type"), QStringLiteral("FUNCTION") },
                                     { QStringLiteral("function_name"), QStringLiteral("audit") },
                                     { QStringLiteral("messages"),
                                       QJsonArray { QStringLiteral("account quarantined") } } });
    }
    print("seed_and_start", seedTimer.elapsed() / 1000.0, "s");
    Session &session = *local.session;
    const QString path = LogArchive::pathFor(session.profile().id, local.app.id);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    int bareEntries = 0;
    bareLogLoop(*session.client(), local.groupId, local.app.id, &bareEntries, 50); // warm up

    SearchFigures rare, common, miss;
    {
        LogArchive archive;
        archive.open(path);
        ThreadedLocal::waitUntil([&] { return archive.state() != LogArchive::State::Opening; });
        if (archive.state() != LogArchive::State::Open) {
            std::fprintf(stderr, "archive: %s\n", qPrintable(archive.message()));
            return 1;
        }
        LogArchiveSync sync(session.client(), &archive);
        bool done = false, complete = false;
        QObject::connect(&sync, &LogArchiveSync::finished, [&](bool ok, const QString &message) {
            done = true;
            complete = ok;
            if (!ok)
                std::fprintf(stderr, "sync: %s\n", qPrintable(message));
        });
        StallMeter stalls;
        stalls.start();
        QElapsedTimer syncTimer;
        syncTimer.start();
        const double cpuBefore = StallMeter::threadCpuMs();
        sync.start(local.groupId, local.app.id, true);
        ThreadedLocal::waitUntil([&] { return done; }, 3600000);
        const double syncMs = syncTimer.elapsed();
        const double syncCpuMs = StallMeter::threadCpuMs() - cpuBefore;
        stalls.stop();
        const double loadDuringSync = StallMeter::loadAverage();

        const double bareMs
            = bareLogLoop(*session.client(), local.groupId, local.app.id, &bareEntries);
        LogArchiveStats stats;
        bool haveStats = false;
        QObject context;
        archive.stats(&context, [&](const LogArchiveStats &s) {
            stats = s;
            haveStats = true;
        });
        ThreadedLocal::waitUntil([&] { return haveStats; });
        print("sync_complete", complete ? 1 : 0, "bool");
        print("entries_archived", double(stats.entries), "entries");
        print("bare_qnam_entries", bareEntries, "entries");
        print("archive_sync", syncMs, "ms");
        print("bare_qnam_loop", bareMs, "ms");
        print("sync_vs_bare", syncMs / qMax(1.0, bareMs), "x");
        print("ui_thread_cpu_during_sync", syncCpuMs, "ms");
        print("worst_ui_stall_sync", stalls.worstWallMs(), "ms");
        print("worst_ui_thread_cpu_between_ticks_sync", stalls.worstCpuMs(), "ms");
        print("machine_load_avg_1min", loadDuringSync, "runnable");
        print("archive_bytes", double(stats.bytes), "bytes");
        print("archive_bytes_per_entry", double(stats.bytes) / qMax<qint64>(1, stats.entries),
              "bytes");

        LogArchiveModel model(&archive);
        timeSearch(model, QStringLiteral("warm")); // the first query opens the index's pages
        StallMeter searchStalls;
        searchStalls.start();
        rare = timeSearch(model, QStringLiteral("quarantined"));
        common = timeSearch(model, QStringLiteral("ran"));
        miss = timeSearch(model, QStringLiteral("\"no such phrase\""));
        const SearchFigures prefix = timeSearch(model, QStringLiteral("TypeErr*"));
        searchStalls.stop();
        print("search_rare_first_page", rare.firstPageMs, "ms");
        print("search_rare_count", rare.countMs, "ms");
        print("search_rare_matches", double(rare.matches), "entries");
        print("search_common_first_page", common.firstPageMs, "ms");
        print("search_common_count", common.countMs, "ms");
        print("search_common_matches", double(common.matches), "entries");
        print("search_miss_first_page", miss.firstPageMs, "ms");
        print("search_prefix_first_page", prefix.firstPageMs, "ms");
        print("search_prefix_matches", double(prefix.matches), "entries");
        print("worst_ui_stall_search", searchStalls.worstWallMs(), "ms");
        print("worst_ui_thread_cpu_between_ticks_search", searchStalls.worstCpuMs(), "ms");
    }

    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        for (const bool dark : { false, true }) {
            theme::apply(dark);
            const QString tone = dark ? QStringLiteral("dark") : QStringLiteral("light");
            LogsPanel panel(&session);
            panel.resize(1500, 900);
            panel.show();
            session.setCurrentApp(local.app);
            ThreadedLocal::waitUntil(
                [&] { return panel.archive()->state() == LogArchive::State::Open; });
            panel.setArchiveMode(true);
            LogArchiveView *view = panel.archiveView();
            view->searchEdit()->setText(QStringLiteral("TypeError AND sendReport"));
            view->search();
            ThreadedLocal::waitUntil([&] { return view->model()->matchCount() >= 0; });
            // The first search of a freshly opened archive reads its index from disk (while the
            // writer checks the file); the one shown is the same search again.
            std::printf("first search after opening: %s\n", qPrintable(view->resultText()));
            view->search();
            ThreadedLocal::waitUntil([&] { return view->model()->matchCount() >= 0; });
            view->findChild<QTableView *>(QStringLiteral("archiveTable"))->selectRow(1);
            std::printf("shown: %s\n", qPrintable(view->resultText()));
            shoot(&panel, QStringLiteral("%1/archive-search-%2.png").arg(shots, tone));
            if (!dark) {
                LogArchiveDialog dialog(panel.archive(), local.app.id, &panel);
                bool refreshed = false;
                QObject::connect(&dialog, &LogArchiveDialog::refreshed, [&] { refreshed = true; });
                dialog.show();
                ThreadedLocal::waitUntil([&] { return refreshed; });
                shoot(&dialog, QStringLiteral("%1/archive-manage.png").arg(shots));
            }
            session.setCurrentApp(App());
        }
    }
    // Each run seeds a new app, so its archive (a quarter of a gigabyte at a million entries)
    // would otherwise stay behind in the test data folder.
    for (const char *suffix : { "", "-wal", "-shm", ".lock" })
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}
