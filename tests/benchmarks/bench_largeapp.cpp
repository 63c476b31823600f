// The console on an app at size: stitch-local (on its own thread, as the Local profile runs it)
// seeds demo-app with 10,000 functions, 10,000 values and 1,000 triggers and adds 1,000 apps to
// its group (--seed-app, one transaction). For each list panel over them: time from showing it
// to its first rows and to all rows, the worst UI-thread stall meanwhile (wall clock and the UI
// thread's own CPU time), the time from the last key of a filter to the filtered view painted,
// a descending sort, and the heap bytes each item costs. Then the server's write latency
// (create, rename, delete) in that app against an empty one. Prints `name: value unit` lines and
// never fails on speed.
//
//   bench_largeapp [--functions N] [--values N] [--triggers N] [--apps N] [--writes N]
#include "threadedlocal.h"

#include <api/functioncalls.h>
#include <api/valuecalls.h>
#include <app/theme.h>
#include <models/listfilterproxy.h>
#include <models/applistmodel.h>
#include <models/functionlistmodel.h>
#include <models/listmodelbase.h>
#include <models/triggerlistmodel.h>
#include <models/valuelistmodel.h>
#include <panels/appspanel.h>
#include <panels/functionspanel.h>
#include <panels/triggerspanel.h>
#include <panels/valuespanel.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest/QTest>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const QString &name, double value, const char *unit, const QString &note = QString())
{
    std::printf("%s: %.3f %s%s\n", qPrintable(name), value, unit,
                note.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(note)));
    std::fflush(stdout);
}

qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

//! The longest gap between two turns of the UI thread's event loop while it runs: wall clock
//! and the UI thread's own CPU time (the second leaves out waiting for a loaded machine).
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuUs();
        m_worst = m_worstCpu = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double worstMs() const { return m_worst / 1e6; }
    double worstCpuMs() const { return m_worstCpu / 1e3; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuUs();
        m_worst = qMax(m_worst, now - m_last);
        m_worstCpu = qMax(m_worstCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0, m_lastCpu = 0, m_worstCpu = 0;
};

//! The panel's list proxy: the one over the most rows once loaded.
ListFilterProxy *listProxyOf(QWidget *panel)
{
    ListFilterProxy *best = nullptr;
    for (ListFilterProxy *proxy : panel->findChildren<ListFilterProxy *>()) {
        if (!best || proxy->list()->rowCount() > best->list()->rowCount())
            best = proxy;
    }
    return best;
}

QAbstractItemView *viewOf(QWidget *panel, QAbstractItemModel *model)
{
    for (QAbstractItemView *view : panel->findChildren<QAbstractItemView *>()) {
        if (view->model() == model)
            return view;
    }
    return nullptr;
}

QLineEdit *filterOf(QWidget *panel)
{
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
        if (edit->objectName().endsWith(QLatin1String("ilterEdit")))
            return edit;
    }
    return nullptr;
}

//! Shows panel, waits for its list, filters it to needle (timing the last key) and sorts it.
void measurePanel(const QString &name, QWidget *panel, const QString &needle)
{
    // Each panel loads its own list: one another panel loaded into the session's shared models
    // (the Functions panel loads values for completion) is dropped first.
    for (ListFilterProxy *proxy : panel->findChildren<ListFilterProxy *>()) {
        if (proxy->list()->hasLoaded())
            proxy->list()->clear();
    }
    const qint64 heapBefore = heapBytes();
    StallProbe stalls;
    QElapsedTimer clock;
    panel->resize(1200, 800);
    stalls.start();
    clock.start();
    panel->show();
    ListFilterProxy *proxy = nullptr;
    ThreadedLocal::waitUntil([&] {
        proxy = listProxyOf(panel);
        return proxy && proxy->rowCount() > 0;
    });
    const double firstRows = clock.nsecsElapsed() / 1e6;
    ThreadedLocal::waitUntil([&] { return proxy->list()->isComplete() && !proxy->list()->isLoading(); });
    QCoreApplication::processEvents();
    const double allRows = clock.nsecsElapsed() / 1e6;
    stalls.stop();
    const int rows = proxy->list()->rowCount();
    const qint64 heapLoaded = heapBytes();
    print(name + QStringLiteral("_rows"), rows, "rows");
    print(name + QStringLiteral("_first_rows"), firstRows, "ms");
    print(name + QStringLiteral("_all_rows"), allRows, "ms");
    print(name + QStringLiteral("_worst_stall_wall"), stalls.worstMs(), "ms");
    print(name + QStringLiteral("_worst_stall_ui_cpu"), stalls.worstCpuMs(), "ms");
    print(name + QStringLiteral("_bytes_per_item"), double(heapLoaded - heapBefore) / qMax(rows, 1),
          "bytes", QStringLiteral("heap after the panel loaded, over its rows: with every other "
                                  "list the panel loads (values, users, functions for pickers)"));

    QLineEdit *filter = filterOf(panel);
    QAbstractItemView *view = viewOf(panel, proxy);
    if (!filter || !view) {
        std::fprintf(stderr, "%s: no filter field or view\n", qPrintable(name));
        return;
    }
    // Every key but the last, then the last one timed up to the filtered view painted.
    std::vector<double> keys;
    filter->setFocus();
    for (int i = 0; i < needle.size(); ++i) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(filter, needle.at(i).toLatin1());
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        keys.push_back(key.nsecsElapsed() / 1e6);
    }
    print(name + QStringLiteral("_filter_first_key"), keys.front(), "ms",
          QStringLiteral("builds the filter keys"));
    print(name + QStringLiteral("_filter_last_key"), keys.back(), "ms",
          QStringLiteral("\"%1\": %2 of %3 rows").arg(needle).arg(proxy->rowCount()).arg(rows));
    print(name + QStringLiteral("_filter_worst_key"), *std::max_element(keys.begin(), keys.end()),
          "ms");
    print(name + QStringLiteral("_bytes_per_item_with_filter_keys"),
          double(heapBytes() - heapBefore) / qMax(rows, 1), "bytes");
    QElapsedTimer cleared;
    cleared.start();
    filter->clear();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    print(name + QStringLiteral("_filter_clear"), cleared.nsecsElapsed() / 1e6, "ms");
    if (auto *table = qobject_cast<QTableView *>(view)) {
        QElapsedTimer sorted;
        sorted.start();
        table->sortByColumn(0, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        print(name + QStringLiteral("_sort_desc"), sorted.nsecsElapsed() / 1e6, "ms",
              QStringLiteral("first row %1").arg(proxy->index(0, 0).data().toString()));
        table->sortByColumn(0, Qt::AscendingOrder);
        QCoreApplication::processEvents();
    }
    // F5 on the panel: the list again from a server that has it read already.
    StallProbe again;
    QSignalSpy reloaded(proxy->list(), &ListModelBase::reloaded);
    again.start();
    QElapsedTimer refreshed;
    refreshed.start();
    proxy->list()->refresh();
    ThreadedLocal::waitUntil([&] { return reloaded.count() > 0; });
    QCoreApplication::processEvents();
    again.stop();
    print(name + QStringLiteral("_refresh_all_rows"), refreshed.nsecsElapsed() / 1e6, "ms");
    print(name + QStringLiteral("_refresh_worst_stall_wall"), again.worstMs(), "ms");
    print(name + QStringLiteral("_refresh_worst_stall_ui_cpu"), again.worstCpuMs(), "ms");
}

//! Heap bytes per item of one list on its own: the model holding every item, and its proxy
//! once filtered (with the filter and sort keys it keeps).
void measureModel(const QString &name, std::unique_ptr<ListModelBase> model, const QString &group,
                  const QString &app)
{
    ListModelBase *list = model.get();
    const qint64 before = heapBytes();
    QSignalSpy reloaded(list, &ListModelBase::reloaded);
    list->reload(group, app);
    ThreadedLocal::waitUntil([&] { return reloaded.count() > 0; });
    QCoreApplication::processEvents();
    const int rows = list->rowCount();
    const qint64 loaded = heapBytes();
    ListFilterProxy proxy(list);
    proxy.sort(0, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("9"));
    const qint64 keyed = heapBytes();
    print(name + QStringLiteral("_model_bytes_per_item"), double(loaded - before) / qMax(rows, 1),
          "bytes", QStringLiteral("%1 items").arg(rows));
    print(name + QStringLiteral("_proxy_keys_bytes_per_item"), double(keyed - loaded) / qMax(rows, 1),
          "bytes");
}

//! Milliseconds of one call of session's client, waited for.
double timeCall(const std::function<ApiJob *()> &start, bool *ok = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    ApiJob *job = start();
    bool done = false;
    bool good = false;
    QObject::connect(job, &ApiJob::finished, [&] {
        done = true;
        good = job->ok();
    });
    ThreadedLocal::waitUntil([&] { return done; }, 60000);
    if (ok)
        *ok = good;
    return timer.nsecsElapsed() / 1e6;
}

struct WriteFigures
{
    double create = 0, rename = 0, remove = 0, functionCreate = 0;
};

//! Median create, rename and delete of a value, and create of a function, in local's app.
WriteFigures timeWrites(ThreadedLocal &local, int writes)
{
    ApiClient &client = *local.session->client();
    const QString group = local.groupId;
    const QString app = local.app.id;
    std::vector<double> creates, renames, removes, functions;
    int failures = 0;
    for (int i = -3; i < writes; ++i) { // three warm-up rounds
        StitchValue value;
        value.name = QStringLiteral("bench_w%1").arg(i + 3);
        value.value = i;
        Job<StitchValue> *made = nullptr;
        bool ok = false;
        const double create = timeCall(
            [&] { return made = valuecalls::create(client, group, app, value); }, &ok);
        failures += ok ? 0 : 1;
        value.id = ok ? made->result().id : QString();
        value.name += QStringLiteral("_renamed");
        const double rename
            = timeCall([&] { return valuecalls::update(client, group, app, value); }, &ok);
        failures += ok ? 0 : 1;
        const double remove
            = timeCall([&] { return valuecalls::remove(client, group, app, value.id); }, &ok);
        failures += ok ? 0 : 1;
        StitchFunction function;
        function.name = QStringLiteral("bench_fn%1").arg(i + 3);
        function.source = QStringLiteral("exports = function(a) { return a; };");
        const double made2
            = timeCall([&] { return functioncalls::create(client, group, app, function); }, &ok);
        failures += ok ? 0 : 1;
        if (i >= 0) {
            creates.push_back(create);
            renames.push_back(rename);
            removes.push_back(remove);
            functions.push_back(made2);
        }
    }
    if (failures > 0)
        std::fprintf(stderr, "%d writes failed\n", failures);
    return { median(creates), median(renames), median(removes), median(functions) };
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    theme::apply(false);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    stitchlocal::SeedAppSpec seed;
    seed.functions = option("--functions", 10000);
    seed.values = option("--values", 10000);
    seed.triggers = option("--triggers", 1000);
    seed.apps = option("--apps", 1000);
    const int writes = option("--writes", 30);
    std::printf("load_average: %s (1, 5, 15 min, at start)\n", qPrintable(loadAverage()));

    QElapsedTimer seeding;
    seeding.start();
    ThreadedLocal large;
    if (!large.start([&](stitchlocal::ServerOptions &options) { options.seedApp = seed; })) {
        std::fprintf(stderr, "the seeded server did not start\n");
        return 1;
    }
    print(QStringLiteral("seed_and_start"), seeding.elapsed() / 1000.0, "s",
          QStringLiteral("%1 functions, %2 values, %3 triggers, %4 apps")
              .arg(seed.functions)
              .arg(seed.values)
              .arg(seed.triggers)
              .arg(seed.apps));

    QTemporaryDir autosave;
    {
        FunctionsPanel functions(large.session.get(), autosave.path());
        measurePanel(QStringLiteral("functions"), &functions,
                     QStringLiteral("fn_%1").arg(seed.functions - 7, 5, 10, QLatin1Char('0')));
    }
    {
        ValuesPanel values(large.session.get());
        measurePanel(QStringLiteral("values"), &values,
                     QStringLiteral("val_%1").arg(seed.values - 7, 5, 10, QLatin1Char('0')));
    }
    {
        TriggersPanel triggers(large.session.get());
        measurePanel(QStringLiteral("triggers"), &triggers,
                     QStringLiteral("trg_%1").arg(seed.triggers - 7, 5, 10, QLatin1Char('0')));
    }
    {
        AppsPanel apps(large.session.get());
        measurePanel(QStringLiteral("apps"), &apps,
                     QStringLiteral("app_%1").arg(seed.apps - 7, 5, 10, QLatin1Char('0')));
    }

    ApiClient *client = large.session->client();
    measureModel(QStringLiteral("functions"), std::make_unique<FunctionListModel>(client),
                 large.groupId, large.app.id);
    measureModel(QStringLiteral("values"), std::make_unique<ValueListModel>(client), large.groupId,
                 large.app.id);
    measureModel(QStringLiteral("triggers"), std::make_unique<TriggerListModel>(client),
                 large.groupId, large.app.id);
    measureModel(QStringLiteral("apps"), std::make_unique<AppListModel>(client), large.groupId,
                 QString());

    ThreadedLocal empty;
    if (!empty.start()) {
        std::fprintf(stderr, "the empty server did not start\n");
        return 1;
    }
    const WriteFigures small = timeWrites(empty, writes);
    const WriteFigures big = timeWrites(large, writes);
    const auto ratio = [](double a, double b) { return a / std::max(b, 1e-9); };
    const QString size = QStringLiteral("%1 functions, %2 values").arg(seed.functions).arg(seed.values);
    print(QStringLiteral("value_create_empty_p50"), small.create, "ms");
    print(QStringLiteral("value_create_large_p50"), big.create, "ms", size);
    print(QStringLiteral("value_create_ratio"), ratio(big.create, small.create), "x");
    print(QStringLiteral("value_rename_empty_p50"), small.rename, "ms");
    print(QStringLiteral("value_rename_large_p50"), big.rename, "ms");
    print(QStringLiteral("value_rename_ratio"), ratio(big.rename, small.rename), "x");
    print(QStringLiteral("value_delete_empty_p50"), small.remove, "ms");
    print(QStringLiteral("value_delete_large_p50"), big.remove, "ms");
    print(QStringLiteral("value_delete_ratio"), ratio(big.remove, small.remove), "x");
    print(QStringLiteral("function_create_empty_p50"), small.functionCreate, "ms");
    print(QStringLiteral("function_create_large_p50"), big.functionCreate, "ms");
    print(QStringLiteral("function_create_ratio"), ratio(big.functionCreate, small.functionCreate),
          "x");
    std::printf("load_average: %s (1, 5, 15 min, at end)\n", qPrintable(loadAverage()));
    return 0;
}
