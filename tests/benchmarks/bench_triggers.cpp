// The Triggers panel over an app of 1,000 triggers on an in-process stitch-local: time to the
// first rows and to all rows after show(), the worst UI-thread stall meanwhile, the filter's
// time, and one watch poll. Prints `name: value unit` lines; never fails on speed.
#include "threadedlocal.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/functioncalls.h>
#include <server/localserver.h>
#include <session/session.h>

#include <api/triggercalls.h>
#include <models/listfilterproxy.h>
#include <models/triggerlistmodel.h>
#include <panels/triggerspanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void waitUntil(const std::function<bool()> &done, int timeoutMs = 600000)
{
    ThreadedLocal::waitUntil(done, timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    // The server on a thread of its own, as the console's Local profile runs it: the figures
    // are the UI thread's, not the server's.
    ThreadedLocal local;
    if (!local.start()) {
        std::fprintf(stderr, "the local server did not start\n");
        return 1;
    }
    Session &session = *local.session;
    const QString groupId = local.groupId;
    const App demo = local.app;
    QString functionId;
    bool found = false;
    functioncalls::list(*session.client(), groupId, demo.id)
        ->onFinished(&app, [&](Job<QList<StitchFunction>> *job) {
            for (const StitchFunction &function : job->result()) {
                if (functionId.isEmpty())
                    functionId = function.id;
            }
            found = true;
        });
    waitUntil([&] { return found; });
    if (functionId.isEmpty()) {
        StitchFunction function;
        function.name = QStringLiteral("sum");
        function.source = QStringLiteral("exports = (a, b) => a + b;");
        bool made = false;
        functioncalls::create(*session.client(), groupId, demo.id, function)
            ->onFinished(&app, [&](Job<StitchFunction> *job) {
                functionId = job->result().id;
                made = true;
            });
        waitUntil([&] { return made; });
    }
    QElapsedTimer seed;
    seed.start();
    int pending = 0, failed = 0;
    for (int i = 0; i < count; ++i) {
        StitchTrigger trigger;
        trigger.name = QStringLiteral("trigger-%1").arg(i, 4, 10, QLatin1Char('0'));
        trigger.type = QStringLiteral("SCHEDULED");
        trigger.functionId = functionId;
        trigger.config.insert(QStringLiteral("schedule"), QStringLiteral("*/5 * * * *"));
        ++pending;
        triggercalls::create(*session.client(), groupId, demo.id, trigger)
            ->onFinished(&app, [&](Job<StitchTrigger> *job) {
                --pending;
                failed += job->ok() ? 0 : 1;
            });
        if (pending >= 16)
            waitUntil([&] { return pending < 16; });
    }
    waitUntil([&] { return pending == 0; });
    print("seed_triggers", count - failed, "triggers");
    print("seed_time", seed.elapsed(), "ms");

    TriggersPanel panel(&session);
    panel.resize(1100, 760);
    TriggerListModel *model = panel.model();
    QElapsedTimer clock;
    qint64 firstRows = -1, allRows = -1;
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&] {
        if (firstRows < 0 && model->rowCount() > 0)
            firstRows = clock.elapsed();
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    QObject::connect(model, &ListModelBase::reloaded, &app, [&] {
        if (allRows < 0 && model->rowCount() > 0)
            allRows = clock.elapsed();
    });
    // A 2 ms ticker: the longest gap between ticks is the worst stall of the UI thread.
    qint64 lastTick = 0, worst = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - lastTick);
        lastTick = now;
    });
    clock.start();
    ticker.start(2);
    panel.show();
    waitUntil([&] { return allRows >= 0; });
    // Paint what is shown.
    QApplication::processEvents();
    const qint64 painted = clock.elapsed();
    ticker.stop();
    print("rows", model->rowCount(), "rows");
    print("time_to_first_rows", double(firstRows), "ms");
    print("time_to_all_rows", double(allRows), "ms");
    print("time_to_painted", double(painted), "ms");
    print("worst_ui_stall_during_first_show", double(worst), "ms (includes the panel's first paint)");

    // F5 on the shown panel: the list alone, read, parsed, reset and sorted again.
    allRows = -1;
    worst = 0;
    bool reloadedAgain = false;
    auto once = QObject::connect(model, &ListModelBase::reloaded, &app,
                                 [&] { reloadedAgain = true; });
    clock.restart();
    lastTick = 0;
    ticker.start(2);
    panel.refresh();
    waitUntil([&] { return reloadedAgain; });
    const qint64 refreshed = clock.elapsed();
    QApplication::processEvents();
    ticker.stop();
    QObject::disconnect(once);
    print("refresh_time_to_all_rows", double(refreshed), "ms");
    print("worst_ui_stall_during_refresh", double(worst), "ms");

    // The UI thread's share of a load: parsing the answer (1,000 triggers).
    QByteArray body;
    {
        bool got = false;
        auto *raw = session.client()->send(new RawJob(
            QStringLiteral("GET"),
            session.client()->urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"),
                                       demo.id, QStringLiteral("triggers") })));
        QObject::connect(raw, &ApiJob::finished, &app, [&] {
            body = QJsonDocument(raw->json()).toJson(QJsonDocument::Compact);
            got = true;
        });
        waitUntil([&] { return got; });
    }
    QElapsedTimer parse;
    parse.start();
    QString why;
    const QList<StitchTrigger> parsed
        = triggercalls::parseTriggers(QJsonDocument::fromJson(body), &why);
    print("parse_time", parse.nsecsElapsed() / 1e6, "ms");
    print("answer_size", body.size() / 1024.0, "KiB");

    QElapsedTimer filter;
    filter.start();
    panel.proxy()->setFilterText(QStringLiteral("trigger-05"));
    const qint64 filtered = filter.nsecsElapsed();
    const int matching = panel.proxy()->rowCount();
    filter.restart();
    panel.proxy()->setFilterText(QString());
    const qint64 cleared = filter.nsecsElapsed();
    print("filter_time", filtered / 1e6, "ms");
    print("filter_matches", matching, "rows");
    print("filter_clear_time", cleared / 1e6, "ms");

    // What one poll of the watch costs: the list call it makes, answered and parsed.
    QElapsedTimer poll;
    poll.start();
    bool polled = false;
    triggercalls::list(*session.client(), groupId, demo.id)
        ->onFinished(&app, [&](Job<QList<StitchTrigger>> *) { polled = true; });
    waitUntil([&] { return polled; });
    print("watch_poll_list_call", double(poll.elapsed()), "ms");
    QElapsedTimer sort;
    sort.start();
    panel.table()->sortByColumn(TriggerListModel::LastModifiedColumn, Qt::DescendingOrder);
    print("sort_time", sort.nsecsElapsed() / 1e6, "ms");
    return 0;
}
