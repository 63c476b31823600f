// ScheduledTriggerRunner over a real Store in a temporary folder, real trigger and function
// documents, the real runtime and the real cron parser (npm's cron-parser in node), with a clock
// the test moves: which triggers fire and when, every minute, catching up or skipping missed
// times, disabled ones, the SCHEDULED_TRIGGER log entries, suspension after three failures in a
// row and resuming, a changed schedule, and a schedule the parser refuses.

#include "server/configstore.h"
#include "server/functions/authtriggerrunner.h"
#include "server/functions/cronschedule.h"
#include "server/functions/scheduledtriggerrunner.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"
#include "server/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace stitchlocal;

namespace {

//! 2026-12-05 10:00:30 UTC: half a minute past a round time.
qint64 startMs()
{
    return QDateTime(QDate(2026, 12, 5), QTime(10, 0, 30), Qt::UTC).toMSecsSinceEpoch();
}

qint64 at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, 5), QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

//! Declared in destruction order: the runner goes first, the folder last.
struct Env
{
    QTemporaryDir dir;
    Store store;
    ConfigStore config { store };
    FunctionRuntime runtime;
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(startMs());
    CronSchedule schedule;
    ScheduledTriggerRunner runner { store, config, runtime, [now = now] { return now->load(); },
                                    &schedule };
    QString appId = secrets::newObjectId();

    bool open()
    {
        QString error;
        bool created = false;
        if (!dir.isValid() || !store.open(dir.path(), &error, &created))
            return false;
        AppRecord app;
        app.id = appId;
        app.groupId = secrets::newObjectId();
        app.name = QStringLiteral("scheduled");
        app.clientAppId = QStringLiteral("scheduled-abcde");
        app.location = QStringLiteral("US-VA");
        app.deploymentModel = QStringLiteral("GLOBAL");
        app.domainId = secrets::newObjectId();
        return store.write([&] { return store.insertApp(app); });
    }
    QString put(const QString &kind, const QString &name, QJsonObject doc)
    {
        const QString id = secrets::newObjectId();
        doc.insert(QStringLiteral("_id"), id);
        doc.insert(QStringLiteral("name"), name);
        return config.insert(appId, { kind, id, QStringLiteral(""), name, doc }, QString())
                == ConfigStore::Status::Ok
            ? id
            : QString();
    }
    QString function(const QString &name, const QString &source)
    {
        return put(QStringLiteral("function"), name, { { QStringLiteral("source"), source } });
    }
    QString trigger(const QString &name, const QString &functionId, const QString &schedule,
                    bool disabled = false, bool skipCatchup = false)
    {
        return put(QStringLiteral("trigger"), name,
                   { { QStringLiteral("type"), QStringLiteral("SCHEDULED") },
                     { QStringLiteral("function_id"), functionId },
                     { QStringLiteral("disabled"), disabled },
                     { QStringLiteral("config"),
                       QJsonObject { { QStringLiteral("schedule"), schedule },
                                     { QStringLiteral("skip_catchup_events"), skipCatchup } } } });
    }
    //! Changes fields of a trigger document as a PUT or a resume would.
    bool change(const QString &triggerId, const QJsonObject &fields)
    {
        auto trigger = config.get(appId, QStringLiteral("trigger"), triggerId, QString());
        if (!trigger)
            return false;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            trigger->doc.insert(it.key(), it.value());
        return config.update(appId, *trigger, QString()) == ConfigStore::Status::Ok;
    }
    QList<QJsonObject> logs()
    {
        QList<QJsonObject> entries;
        QSqlQuery query(store.database());
        store.exec(query, QStringLiteral("SELECT doc FROM logs WHERE app_id = ? ORDER BY seq"),
                   { appId });
        while (query.next())
            entries.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        return entries;
    }
    bool suspended(const QString &triggerId)
    {
        return config.get(appId, QStringLiteral("trigger"), triggerId, QString())
            ->doc.value(QStringLiteral("suspended"))
            .toBool();
    }
    //! Ticks until the runner has asked the cron parser for every trigger and heard back.
    bool plan(QSignalSpy &planned, int triggers)
    {
        runner.tick();
        return QTest::qWaitFor([&] { return planned.size() >= triggers; }, 20000);
    }
};

QStringList firedIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids.append(args.at(0).toString());
    return ids;
}

} // namespace

class tst_FunctionScheduledTriggers : public QObject
{
    Q_OBJECT

private slots:
    void firesOnItsSchedule();
    void everyMinute();
    void catchUpOrSkip();
    void suspensionAndResume();
    void changedSchedule();
    void scheduleTheParserRefuses();
    void cronParserAnswers();
};

void tst_FunctionScheduledTriggers::firesOnItsSchedule()
{
    Env env;
    QVERIFY(env.open());
    const QString fn
        = env.function(QStringLiteral("tick"),
                       QStringLiteral("exports = function() { console.log('args', arguments.length,"
                                      " context.user.id === ''); return 1; };"));
    const QString fiveMinutes
        = env.trigger(QStringLiteral("everyFive"), fn, QStringLiteral("*/5 * * * *"));
    const QString disabled
        = env.trigger(QStringLiteral("off"), fn, QStringLiteral("* * * * *"), true);
    QSignalSpy planned(&env.runner, &ScheduledTriggerRunner::planned);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    QSignalSpy ran(&env.runner, &ScheduledTriggerRunner::ran);
    QVERIFY(env.plan(planned, 1));
    QCOMPARE(planned.first().at(0).toString(), fiveMinutes);
    QCOMPARE(planned.first().at(1).toLongLong(), at(10, 5));

    env.now->store(at(10, 4, 59));
    env.runner.tick();
    QCOMPARE(fired.size(), 0);
    env.now->store(at(10, 5));
    env.runner.tick();
    QCOMPARE(firedIds(fired), QStringList { fiveMinutes });
    QCOMPARE(fired.first().at(1).toLongLong(), at(10, 5));
    QTRY_COMPARE(ran.size(), 1);
    QVERIFY(ran.first().at(1).toBool());
    env.runner.tick(); // the same time again fires nothing
    env.now->store(at(10, 9, 59));
    env.runner.tick();
    QCOMPARE(fired.size(), 1);
    env.now->store(at(10, 10, 1));
    env.runner.tick();
    QCOMPARE(firedIds(fired), QStringList({ fiveMinutes, fiveMinutes }));
    QTRY_COMPARE(ran.size(), 2);
    QVERIFY(!firedIds(fired).contains(disabled));

    const QList<QJsonObject> logs = env.logs();
    QCOMPARE(logs.size(), 2);
    const QJsonObject entry = logs.first();
    QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("SCHEDULED_TRIGGER"));
    QCOMPARE(entry.value(QStringLiteral("event_subscription_id")).toString(), fiveMinutes);
    QCOMPARE(entry.value(QStringLiteral("event_subscription_name")).toString(),
             QStringLiteral("everyFive"));
    QCOMPARE(entry.value(QStringLiteral("function_name")).toString(), QStringLiteral("tick"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
    // No arguments, run as the system user; started at the test clock's time.
    QCOMPARE(entry.value(QStringLiteral("messages")).toArray().first().toString(),
             QStringLiteral("args 0 true"));
    QVERIFY(entry.value(QStringLiteral("started"))
                .toString()
                .startsWith(QStringLiteral("2026-12-05T10:05:00")));
}

void tst_FunctionScheduledTriggers::everyMinute()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("noop"), QStringLiteral("exports = () => 1;"));
    const QString minutely
        = env.trigger(QStringLiteral("minutely"), fn, QStringLiteral("* * * * *"));
    QSignalSpy planned(&env.runner, &ScheduledTriggerRunner::planned);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    QSignalSpy ran(&env.runner, &ScheduledTriggerRunner::ran);
    QVERIFY(env.plan(planned, 1));
    QCOMPARE(planned.first().at(1).toLongLong(), at(10, 1));
    for (int minute = 1; minute <= 3; ++minute) {
        env.now->store(at(10, minute));
        env.runner.tick();
        QCOMPARE(fired.size(), minute);
        QCOMPARE(fired.last().at(1).toLongLong(), at(10, minute));
        QTRY_COMPARE(ran.size(), minute);
    }
    QCOMPARE(env.logs().size(), 3);
    QCOMPARE(firedIds(fired), QStringList({ minutely, minutely, minutely }));
}

void tst_FunctionScheduledTriggers::catchUpOrSkip()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("noop"), QStringLiteral("exports = () => 1;"));
    const QString catchUp = env.trigger(QStringLiteral("catchUp"), fn, QStringLiteral("* * * * *"));
    const QString skip
        = env.trigger(QStringLiteral("skip"), fn, QStringLiteral("* * * * *"), false, true);
    QSignalSpy planned(&env.runner, &ScheduledTriggerRunner::planned);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    QSignalSpy ran(&env.runner, &ScheduledTriggerRunner::ran);
    QVERIFY(env.plan(planned, 2));
    // Three fire times pass at once (the server was busy, the machine slept).
    env.now->store(at(10, 3, 30));
    for (int round = 1; round <= 4; ++round) {
        env.runner.tick();
        QTRY_COMPARE(ran.size(), fired.size());
    }
    QCOMPARE(firedIds(fired).count(catchUp), 3);
    QCOMPARE(firedIds(fired).count(skip), 1);
    QList<qint64> catchUpTimes;
    for (const QList<QVariant> &args : fired) {
        if (args.at(0).toString() == catchUp)
            catchUpTimes.append(args.at(1).toLongLong());
    }
    QCOMPARE(catchUpTimes, QList<qint64>({ at(10, 1), at(10, 2), at(10, 3) }));
    env.now->store(at(10, 4));
    env.runner.tick();
    QCOMPARE(firedIds(fired).count(skip), 2);
    QTRY_COMPARE(ran.size(), fired.size());
}

void tst_FunctionScheduledTriggers::suspensionAndResume()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("failing"),
                                    QStringLiteral("exports = () => { throw new Error('no'); };"));
    const QString trigger = env.trigger(QStringLiteral("failing"), fn, QStringLiteral("* * * * *"));
    QSignalSpy planned(&env.runner, &ScheduledTriggerRunner::planned);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    QSignalSpy ran(&env.runner, &ScheduledTriggerRunner::ran);
    QVERIFY(env.plan(planned, 1));
    for (int minute = 1; minute <= AuthTriggerRunner::kSuspendAfter; ++minute) {
        QVERIFY(!env.suspended(trigger));
        env.now->store(at(10, minute));
        env.runner.tick();
        QTRY_COMPARE(ran.size(), minute);
        QVERIFY(!ran.last().at(1).toBool());
    }
    QVERIFY(env.suspended(trigger));
    const QList<QJsonObject> logs = env.logs();
    QCOMPARE(logs.size(), AuthTriggerRunner::kSuspendAfter);
    QCOMPARE(logs.last().value(QStringLiteral("status")).toInt(), 400);
    QVERIFY(logs.last().value(QStringLiteral("error")).toString().contains(QLatin1String("no")));

    // Suspended: its times pass without a firing.
    env.now->store(at(10, 10));
    env.runner.tick();
    env.runner.tick();
    QCOMPARE(fired.size(), AuthTriggerRunner::kSuspendAfter);

    // Resumed (what PUT .../resume does), with a function that works now: it starts again
    // from the next time to come, not with the times it missed.
    QVERIFY(env.change(trigger, { { QStringLiteral("suspended"), false } }));
    auto function = env.config.get(env.appId, QStringLiteral("function"), fn, QString());
    function->doc.insert(QStringLiteral("source"), QStringLiteral("exports = () => 1;"));
    QCOMPARE(env.config.update(env.appId, *function, QString()), ConfigStore::Status::Ok);
    planned.clear();
    QVERIFY(env.plan(planned, 1));
    QCOMPARE(planned.first().at(1).toLongLong(), at(10, 11));
    env.now->store(at(10, 11));
    env.runner.tick();
    QCOMPARE(fired.size(), AuthTriggerRunner::kSuspendAfter + 1);
    QTRY_COMPARE(ran.size(), AuthTriggerRunner::kSuspendAfter + 1);
    QVERIFY(ran.last().at(1).toBool());
}

void tst_FunctionScheduledTriggers::changedSchedule()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("noop"), QStringLiteral("exports = () => 1;"));
    const QString trigger = env.trigger(QStringLiteral("hourly"), fn, QStringLiteral("0 * * * *"));
    QSignalSpy planned(&env.runner, &ScheduledTriggerRunner::planned);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    QVERIFY(env.plan(planned, 1));
    QCOMPARE(planned.last().at(1).toLongLong(), at(11, 0));
    QVERIFY(env.change(
        trigger,
        { { QStringLiteral("config"),
            QJsonObject { { QStringLiteral("schedule"), QStringLiteral("30 10 * * *") } } } }));
    QVERIFY(env.plan(planned, 2));
    QCOMPARE(planned.last().at(1).toLongLong(), at(10, 30));
    env.now->store(at(10, 30));
    env.runner.tick();
    QCOMPARE(firedIds(fired), QStringList { trigger });
    // Deleted: it fires no more.
    QCOMPARE(env.config.remove(env.appId, QStringLiteral("trigger"), trigger, QString()),
             ConfigStore::Status::Ok);
    env.now->store(at(11, 0));
    env.runner.tick();
    QCOMPARE(fired.size(), 1);
}

void tst_FunctionScheduledTriggers::scheduleTheParserRefuses()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("noop"), QStringLiteral("exports = () => 1;"));
    // Five fields of the right characters pass the save check; the parser still says no.
    const QString trigger = env.trigger(QStringLiteral("bad"), fn, QStringLiteral("61 * * * *"));
    QSignalSpy failed(&env.runner, &ScheduledTriggerRunner::planFailed);
    QSignalSpy fired(&env.runner, &ScheduledTriggerRunner::fired);
    env.runner.tick();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), trigger);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("61")),
             qPrintable(failed.first().at(1).toString()));
    env.now->store(at(12, 0));
    env.runner.tick();
    QCOMPARE(fired.size(), 0);
}

void tst_FunctionScheduledTriggers::cronParserAnswers()
{
    CronSchedule schedule;
    QList<qint64> times;
    QString error;
    bool answered = false;
    // Names of days, a list and UTC: Monday and Friday at 08:15 after Saturday 2026-12-05.
    schedule.nextTimes(QStringLiteral("15 8 * * MON,FRI"), startMs(), 3,
                       [&](const QList<qint64> &t, const QString &e) {
                           times = t;
                           error = e;
                           answered = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto day = [](int d) {
        return QDateTime(QDate(2026, 12, d), QTime(8, 15), Qt::UTC).toMSecsSinceEpoch();
    };
    QCOMPARE(times, QList<qint64>({ day(7), day(11), day(14) }));
}

QTEST_GUILESS_MAIN(tst_FunctionScheduledTriggers)
#include "tst_functionscheduledtriggers.moc"
