// Database triggers on the local MongoDB service: they fire on the writes their operation types
// and match expression select, in commit order, with the full document when asked; disabled ones
// do not; one whose function keeps failing is suspended and can be resumed; a function that
// loops is stopped at the time limit and the write that fired it stays.

#include "localdatatestkit.h"

using namespace localdatatest;

class tst_LocalDataTriggers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firesOnMatchingWrites();
    void disabledTriggersDoNotFire();
    void failingTriggerIsSuspendedAndResumable();
    void loopingTriggerStopsAtTimeLimit();

private:
    QString function(const QString &name, const QString &source)
    {
        return m_world
            .admin("POST", QStringLiteral("/functions"),
                   { { QStringLiteral("name"), name }, { QStringLiteral("source"), source } })
            .object()
            .value(QStringLiteral("_id"))
            .toString();
    }
    QString trigger(const QString &name, const QString &functionId, const QString &collection,
                    const QJsonArray &operations, const QJsonObject &match = {},
                    bool disabled = false)
    {
        const Answer answer
            = m_world.admin("POST", QStringLiteral("/triggers"),
                            { { QStringLiteral("name"), name },
                              { QStringLiteral("type"), QStringLiteral("DATABASE") },
                              { QStringLiteral("function_id"), functionId },
                              { QStringLiteral("disabled"), disabled },
                              { QStringLiteral("config"),
                                QJsonObject { { QStringLiteral("service_id"), m_world.serviceId },
                                              { QStringLiteral("database"), QStringLiteral("t") },
                                              { QStringLiteral("collection"), collection },
                                              { QStringLiteral("operation_types"), operations },
                                              { QStringLiteral("match"), match },
                                              { QStringLiteral("full_document"), true } } } });
        return answer.object().value(QStringLiteral("_id")).toString();
    }
    QJsonArray documents(const QString &collection)
    {
        return m_world
            .local("POST", QStringLiteral("find"),
                   { { QStringLiteral("database"), QStringLiteral("t") },
                     { QStringLiteral("collection"), collection },
                     { QStringLiteral("sort"), QJsonObject { { QStringLiteral("at"), 1 } } } })
            .object()
            .value(QStringLiteral("documents"))
            .toArray();
    }
    int runsOf(const QString &triggerId)
    {
        int runs = 0;
        for (const QJsonObject &entry : m_world.logs(QStringLiteral("DB_TRIGGER")))
            runs += entry.value(QStringLiteral("event_subscription_id")).toString() == triggerId;
        return runs;
    }
    bool waitForRuns(const QString &triggerId, int count)
    {
        QElapsedTimer clock;
        clock.start();
        while (runsOf(triggerId) < count && clock.elapsed() < 15000)
            QTest::qWait(50);
        return runsOf(triggerId) >= count;
    }

    World m_world;
};

void tst_LocalDataTriggers::initTestCase()
{
    QVERIFY(m_world.start(2));
    // The first call starts the runtime's worker and the data process, which on a loaded machine
    // can take longer than the 2-second limit this world runs under (seen once: the first
    // insertOne of firesOnMatchingWrites timed out). Warmed up here, the tests time their own.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_world
            .run(QStringLiteral("exports = async function () { return context.services"
                                ".get('mongodb-atlas').db('t').collection('warm').count({}); };"))
            .value(QStringLiteral("error_code"))
            .toString()
            .isEmpty(),
        60000);
}

void tst_LocalDataTriggers::firesOnMatchingWrites()
{
    const QString recorder = function(
        QStringLiteral("record"),
        QStringLiteral(
            "exports = async function (event) {"
            "  await context.services.get('mongodb-atlas').db('t').collection('seen')"
            "    .insertOne({at: new Date().getTime() + Math.random(), op: event.operationType,"
            "                key: event.documentKey._id,"
            "                full: event.fullDocument ? event.fullDocument.n : null});"
            "};"));
    QVERIFY(!recorder.isEmpty());
    const QString id = trigger(QStringLiteral("onSource"), recorder, QStringLiteral("src"),
                               { QStringLiteral("INSERT"), QStringLiteral("UPDATE") },
                               { { QStringLiteral("fullDocument.kind"), QStringLiteral("x") } });
    QVERIFY(!id.isEmpty());

    const auto call = [&](const QString &command, const QString &args) {
        const QJsonObject run = m_world.run(
            QStringLiteral("exports = async function () { const c = context.services"
                           ".get('mongodb-atlas').db('t').collection('src'); return c.%1(%2); };")
                .arg(command, args));
        QVERIFY2(run.value(QStringLiteral("error_code")).toString().isEmpty(),
                 QJsonDocument(run).toJson().constData());
    };
    // In commit order: 1, 2, 3 fire; y does not match; a delete is not among the types.
    call(QStringLiteral("insertOne"), QStringLiteral("{_id: 1, kind: 'x', n: 1}"));
    call(QStringLiteral("insertOne"), QStringLiteral("{_id: 'y', kind: 'y', n: 0}"));
    call(QStringLiteral("insertMany"),
         QStringLiteral("[{_id: 2, kind: 'x', n: 2}, {_id: 3, kind: 'x', n: 3}]"));
    call(QStringLiteral("updateOne"), QStringLiteral("{_id: 1}, {$set: {n: 10}}"));
    call(QStringLiteral("deleteOne"), QStringLiteral("{_id: 2}"));
    QVERIFY(waitForRuns(id, 4));
    QTest::qWait(300);
    QCOMPARE(runsOf(id), 4);
    const QJsonArray seen = documents(QStringLiteral("seen"));
    QCOMPARE(seen.size(), 4);
    QStringList order;
    for (const QJsonValue &doc : seen) {
        const QJsonObject d = doc.toObject();
        order.append(QStringLiteral("%1 %2 %3")
                         .arg(d.value(QStringLiteral("op")).toString())
                         .arg(d.value(QStringLiteral("key"))
                                  .toObject()
                                  .value(QStringLiteral("$numberInt"))
                                  .toString())
                         .arg(d.value(QStringLiteral("full"))
                                  .toObject()
                                  .value(QStringLiteral("$numberInt"))
                                  .toString()));
    }
    QCOMPARE(order,
             (QStringList { QStringLiteral("insert 1 1"), QStringLiteral("insert 2 2"),
                            QStringLiteral("insert 3 3"), QStringLiteral("update 1 10") }));
    const QList<QJsonObject> entries = m_world.logs(QStringLiteral("DB_TRIGGER"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject entry = entries.first();
    QCOMPARE(entry.value(QStringLiteral("event_subscription_name")).toString(),
             QStringLiteral("onSource"));
    QCOMPARE(entry.value(QStringLiteral("function_name")).toString(), QStringLiteral("record"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
}

void tst_LocalDataTriggers::disabledTriggersDoNotFire()
{
    const QString recorder = function(
        QStringLiteral("recordOff"),
        QStringLiteral("exports = async function (event) {"
                       "  await context.services.get('mongodb-atlas').db('t').collection('off')"
                       "    .insertOne({at: 1});"
                       "};"));
    const QString off = trigger(QStringLiteral("off"), recorder, QStringLiteral("quiet"),
                                { QStringLiteral("INSERT") }, {}, true);
    QVERIFY(!off.isEmpty());
    // Through a local data route, which fires triggers like any write.
    QCOMPARE(m_world
                 .local("POST", QStringLiteral("insert"),
                        { { QStringLiteral("database"), QStringLiteral("t") },
                          { QStringLiteral("collection"), QStringLiteral("quiet") },
                          { QStringLiteral("documents"), QJsonArray { QJsonObject() } } })
                 .status,
             201);
    QTest::qWait(500);
    QCOMPARE(runsOf(off), 0);
    QVERIFY(documents(QStringLiteral("off")).isEmpty());
}

void tst_LocalDataTriggers::failingTriggerIsSuspendedAndResumable()
{
    const QString thrower
        = function(QStringLiteral("thrower"),
                   QStringLiteral("exports = function () { throw new Error('no'); };"));
    const QString id = trigger(QStringLiteral("failing"), thrower, QStringLiteral("fails"),
                               { QStringLiteral("INSERT") });
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_world
                     .local("POST", QStringLiteral("insert"),
                            { { QStringLiteral("database"), QStringLiteral("t") },
                              { QStringLiteral("collection"), QStringLiteral("fails") },
                              { QStringLiteral("documents"), QJsonArray { QJsonObject() } } })
                     .status,
                 201);
    QVERIFY(waitForRuns(id, 3));
    QTest::qWait(300);
    // Suspended after the third failure in a row: the fourth write fired nothing.
    QCOMPARE(runsOf(id), 3);
    const QJsonObject suspended = m_world.admin("GET", QStringLiteral("/triggers/") + id).object();
    QCOMPARE(suspended.value(QStringLiteral("suspended")).toBool(), true);
    QCOMPARE(m_world.logs(QStringLiteral("DB_TRIGGER"))
                 .first()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("no"));

    QCOMPARE(m_world.admin("PUT", QStringLiteral("/triggers/%1/resume").arg(id)).status, 204);
    QCOMPARE(m_world
                 .local("POST", QStringLiteral("insert"),
                        { { QStringLiteral("database"), QStringLiteral("t") },
                          { QStringLiteral("collection"), QStringLiteral("fails") },
                          { QStringLiteral("documents"), QJsonArray { QJsonObject() } } })
                 .status,
             201);
    QVERIFY(waitForRuns(id, 4));
}

void tst_LocalDataTriggers::loopingTriggerStopsAtTimeLimit()
{
    const QString looper = function(QStringLiteral("looper"),
                                    QStringLiteral("exports = function () { for (;;) {} };"));
    const QString id = trigger(QStringLiteral("looping"), looper, QStringLiteral("loops"),
                               { QStringLiteral("INSERT") });
    QCOMPARE(m_world
                 .local("POST", QStringLiteral("insert"),
                        { { QStringLiteral("database"), QStringLiteral("t") },
                          { QStringLiteral("collection"), QStringLiteral("loops") },
                          { QStringLiteral("documents"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("_id"), QStringLiteral("kept") } } } } })
                 .status,
             201);
    QVERIFY(waitForRuns(id, 1));
    QJsonObject entry;
    for (const QJsonObject &e : m_world.logs(QStringLiteral("DB_TRIGGER"))) {
        if (e.value(QStringLiteral("event_subscription_id")).toString() == id)
            entry = e;
    }
    QCOMPARE(entry.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("ExecutionTimeLimitExceeded"));
    const QJsonArray kept = documents(QStringLiteral("loops"));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0).toObject().value(QStringLiteral("_id")).toString(), QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(tst_LocalDataTriggers)
#include "tst_localdatatriggers.moc"
