// The Services panel's Data view over a collection of 100,000 documents (stitch-local on a
// thread of its own, as the console's Local profile runs it): the time from opening the
// collection to the first rows of its first page shown, the next page, and a filtered page, each
// the median of several runs, with the worst UI-thread stall meanwhile. Prints figures; never fails
// on a slow machine.
//   bench_dataview [--documents N] [--runs N]

#include "threadedlocal.h"

#include <api/localdatacalls.h>
#include <api/servicecalls.h>
#include <app/theme.h>
#include <models/doclistmodel.h>
#include <models/documentlistmodel.h>
#include <panels/dataview.h>
#include <panels/servicespanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

void print(const QString &name, double value, const char *unit, const QString &note = QString())
{
    std::printf("%s: %.3f %s%s\n", qPrintable(name), value, unit,
                note.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(note)));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

//! The UI thread's longest gap between two 5 ms ticks while a page loads.
struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    StallMeter()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
};

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
    const int documents = option("--documents", 100000);
    const int runs = option("--runs", 9);
    std::printf("load_average: %s (1, 5, 15 min, at start)\n", qPrintable(loadAverage()));

    ThreadedLocal local;
    if (!local.start()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    ApiClient &client = *local.session->client();
    QString serviceId;
    QObject context;
    servicecalls::create(client, local.groupId, local.app.id, QStringLiteral("mongodb-atlas"),
                         QStringLiteral("mongodb-atlas"),
                         { { QStringLiteral("clusterName"), QStringLiteral("local") } })
        ->onFinished(&context, [&](Job<ResourceDoc> *job) {
            serviceId = job->ok() ? job->result().id : QStringLiteral("-");
        });
    ThreadedLocal::waitUntil([&] { return !serviceId.isEmpty(); });
    if (serviceId == QLatin1String("-")) {
        std::fprintf(stderr, "cannot create the service\n");
        return 1;
    }

    QElapsedTimer seeding;
    seeding.start();
    QByteArray lines;
    lines.reserve(documents * 120);
    for (int n = 0; n < documents; ++n)
        lines
            += QStringLiteral("{\"n\": {\"$numberInt\": \"%1\"}, \"item\": \"item-%1\", "
                              "\"tags\": [\"a\", \"b\"], \"price\": {\"$numberDouble\": \"%2\"}}\n")
                   .arg(n)
                   .arg(n % 1000 + 0.5)
                   .toUtf8();
    bool imported = false;
    bool importOk = false;
    localdatacalls::import(client, local.groupId, local.app.id, serviceId, QStringLiteral("bench"),
                           QStringLiteral("items"), lines, false)
        ->onFinished(&context, [&](Job<localdatacalls::ImportResult> *job) {
            importOk = job->ok() && job->result().imported == documents;
            if (!job->ok())
                std::fprintf(stderr, "import: %s\n", qPrintable(job->error().summary()));
            imported = true;
        });
    ThreadedLocal::waitUntil([&] { return imported; });
    if (!importOk)
        return 1;
    print(QStringLiteral("seed_import"), seeding.elapsed() / 1000.0, "s",
          QStringLiteral("%1 documents through POST .../local/import").arg(documents));

    ServicesPanel panel(local.session.get());
    panel.resize(1200, 800);
    panel.show();
    ThreadedLocal::waitUntil([&] { return panel.model()->hasLoaded(); });
    panel.openItem(serviceId);
    ThreadedLocal::waitUntil([&] { return panel.shownService().id == serviceId; });
    DataView *data = panel.dataView();
    panel.tabs()->setCurrentWidget(data);
    ThreadedLocal::waitUntil([&] { return data->isAvailable(); }, 30000);

    int pages = 0;
    QObject::connect(data, &DataView::pageLoaded, [&] { ++pages; });
    StallMeter stall;
    const auto measure
        = [&](const QString &name, const std::function<void()> &start, const QString &note) {
              std::vector<double> times;
              qint64 worstStall = 0;
              for (int run = 0; run < runs; ++run) {
                  const int before = pages;
                  QElapsedTimer t;
                  stall.start();
                  t.start();
                  start();
                  ThreadedLocal::waitUntil([&] { return pages > before; }, 120000);
                  // The first rows are on screen once the view has painted them.
                  QCoreApplication::processEvents();
                  times.push_back(t.nsecsElapsed() / 1e6);
                  stall.stop();
                  worstStall = std::max(worstStall, stall.worst);
              }
              print(name + QStringLiteral("_p50"), median(times), "ms", note);
              print(name + QStringLiteral("_worst_ui_stall"), double(worstStall), "ms");
          };
    measure(
        QStringLiteral("dataview_first_page"),
        [&] { data->openCollection(QStringLiteral("bench"), QStringLiteral("items")); },
        QStringLiteral("open the collection → first 50 rows of %1 shown").arg(documents));
    measure(
        QStringLiteral("dataview_next_page"), [&] { data->nextPage(); },
        QStringLiteral("Next, one page further each run"));
    data->filterEdit()->setText(QStringLiteral("{\"price\": {\"$lt\": 1}}"));
    measure(
        QStringLiteral("dataview_filtered_page"), [&] { data->applyQuery(); },
        QStringLiteral("{price: {$lt: 1}}: %1 matching").arg(documents / 1000));
    print(QStringLiteral("dataview_rows_held"), data->model()->rowCount(), "rows",
          QStringLiteral("one page in memory, never the collection"));
    return 0;
}
