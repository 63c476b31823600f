// LogModel against stitch-local seeded with 100,000 entries (its own thread, as in the console):
// load time beside a bare sequential QNetworkAccessManager loop over the same pages, the worst
// UI-thread stall during the load, memory per entry, and search time. Prints `name: value unit`
// lines and never fails on speed. With --shots DIR it also saves screenshots of the Logs panel.
#include "barelogloop.h"
#include "threadedlocal.h"

#include <api/apiclient.h>
#include <app/theme.h>
#include <models/logmodel.h>
#include <panels/logspanel.h>
#include <session/session.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>

#include <malloc.h>
#include <time.h>

#include <cstdio>
#include <functional>

namespace {

qint64 rssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

void shoot(QWidget *widget, const QString &path)
{
    ThreadedLocal::waitUntil([] { return false; }, 400); // let the histogram timer and repaints run
    widget->grab().save(path);
    std::printf("screenshot: %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    theme::apply(false);
    const QStringList args = app.arguments();
    const int shotsAt = int(args.indexOf(QStringLiteral("--shots")));
    const QString shots = shotsAt > 0 ? args.value(shotsAt + 1) : QString();
    int count = 100000;
    if (const int at = int(args.indexOf(QStringLiteral("--entries"))); at > 0)
        count = args.value(at + 1).toInt();

    // The server on its own thread, seeded with the entries, and a session on the demo app.
    QElapsedTimer seedTimer;
    seedTimer.start();
    ThreadedLocal local;
    if (!local.start([count](stitchlocal::ServerOptions &options) { options.seedLogs = count; })) {
        std::fprintf(stderr, "server failed to start or sign in\n");
        return 1;
    }
    print("seed_and_start", seedTimer.elapsed() / 1000.0, "s");
    Session &session = *local.session;
    const App demo = local.app;
    const QString groupId = local.groupId;

    int bareEntries = 0;
    bareLogLoop(*session.client(), groupId, demo.id, &bareEntries); // warm the server's caches

    // The model behind a shown table, as in the panel; a 1 ms timer records event-loop latency.
    malloc_trim(0);
    const qint64 rssBefore = rssBytes();
    auto *model = new LogModel(session.client());
    QTableView view;
    view.setModel(model);
    view.resize(1000, 700);
    view.show();
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QList<qint64> gaps;
    // Wall-clock gaps include waiting for a core on a loaded machine; the UI thread's own CPU
    // time between two ticks is the part this code spent, whatever the load.
    const auto threadCpuUs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
    };
    qint64 lastCpu = threadCpuUs(), worstCpu = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - last);
        gaps.append(now - last);
        last = now;
        const qint64 cpu = threadCpuUs();
        worstCpu = qMax(worstCpu, cpu - lastCpu);
        lastCpu = cpu;
    });
    QElapsedTimer loadTimer;
    loadTimer.start();
    const qint64 cpuAtLoad = threadCpuUs();
    model->reload(groupId, demo.id, {});
    model->loadAll();
    last = clock.elapsed();
    lastCpu = threadCpuUs();
    probe.start();
    ThreadedLocal::waitUntil([&] { return model->atEnd() && !model->isLoading(); });
    const double loadMs = loadTimer.elapsed();
    const double loadCpuMs = (threadCpuUs() - cpuAtLoad) / 1000.0;
    probe.stop();
    malloc_trim(0);
    const qint64 rssAfter = rssBytes();
    const int rows = model->rowCount();

    const double bareMs = bareLogLoop(*session.client(), groupId, demo.id, &bareEntries);
    print("entries_loaded", rows, "entries");
    print("logmodel_load_all", loadMs, "ms");
    print("bare_qnam_loop", bareMs, "ms");
    print("logmodel_vs_bare", loadMs / qMax(1.0, bareMs), "x");
    print("ui_thread_cpu_during_load", loadCpuMs, "ms");
    print("worst_ui_stall", double(worst), "ms");
    print("worst_ui_thread_cpu_between_ticks", worstCpu / 1000.0, "ms");
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.isEmpty()) {
        print("ui_stall_p99", double(gaps.at(gaps.size() * 99 / 100)), "ms");
        print("ui_stalls_over_50ms",
              double(std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 50; })),
              "stalls");
    }
    {
        // The load average says how much of a stall is this process waiting for a core.
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            print("machine_load_avg_1min", load.readAll().split(' ').value(0).toDouble(),
                  "runnable");
    }
    print("memory_per_entry_rss", double(rssAfter - rssBefore) / qMax(1, rows), "bytes");
    print("memory_per_entry_store", double(model->store().bytesUsed()) / qMax(1, rows), "bytes");

    QElapsedTimer searchTimer;
    searchTimer.start();
    model->setSearchText(QStringLiteral("TypeError"));
    print("search_hit_time", searchTimer.nsecsElapsed() / 1e6, "ms");
    print("search_hit_matches", model->matchCount(), "entries");
    searchTimer.restart();
    model->setSearchText(QStringLiteral("no such text anywhere"));
    print("search_miss_time", searchTimer.nsecsElapsed() / 1e6, "ms");
    model->setSearchText(QString());
    delete model;

    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        for (const bool dark : { false, true }) {
            theme::apply(dark);
            const QString tone = dark ? QStringLiteral("dark") : QStringLiteral("light");
            LogsPanel panel(&session);
            panel.resize(1500, 900);
            panel.show();
            session.setCurrentApp(demo);
            panel.model()->loadAll();
            ThreadedLocal::waitUntil([&] { return panel.model()->atEnd() && !panel.model()->isLoading(); });
            auto *table = panel.findChild<QTableView *>(QStringLiteral("logTable"));
            panel.findChild<QLineEdit *>(QStringLiteral("searchEdit"))
                ->setText(QStringLiteral("sendReport"));
            panel.nextMatch();
            shoot(&panel, QStringLiteral("%1/logs-%2-all.png").arg(shots, tone));

            LogFilter errors;
            errors.errorsOnly = true;
            errors.types = { QStringLiteral("FUNCTION") };
            panel.applyFilter(errors);
            ThreadedLocal::waitUntil([&] { return !panel.model()->isLoading(); });
            panel.model()->loadAll();
            ThreadedLocal::waitUntil([&] { return panel.model()->atEnd() && !panel.model()->isLoading(); });
            table->selectRow(2);
            shoot(&panel, QStringLiteral("%1/logs-%2-filter.png").arg(shots, tone));
            session.setCurrentApp(App());
        }
    }
    return 0;
}
