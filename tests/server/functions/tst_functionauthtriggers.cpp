// AuthTriggerRunner over a real Store in a temporary folder, real trigger and function documents
// and the real runtime, without HTTP: which triggers fire, what their function gets, the
// AUTH_TRIGGER log entries, and suspension after three failures in a row.

#include "server/configstore.h"
#include "server/functions/authtriggerrunner.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace stitchlocal;

namespace {

//! Declared in destruction order: the runner goes first, the folder last.
struct Env
{
    QTemporaryDir dir;
    Store store;
    ConfigStore config { store };
    FunctionRuntime runtime;
    AuthTriggerRunner runner { store, config, runtime };
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
        app.name = QStringLiteral("triggers");
        app.clientAppId = QStringLiteral("triggers-abcde");
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
    QString trigger(const QString &name, const QString &functionId, const QString &operation,
                    const QStringList &providers, bool disabled = false,
                    const QString &type = QStringLiteral("AUTHENTICATION"))
    {
        return put(QStringLiteral("trigger"), name,
                   { { QStringLiteral("type"), type },
                     { QStringLiteral("function_id"), functionId },
                     { QStringLiteral("function_name"), name + QStringLiteral("Fn") },
                     { QStringLiteral("disabled"), disabled },
                     { QStringLiteral("config"),
                       QJsonObject { { QStringLiteral("operation_type"), operation },
                                     { QStringLiteral("providers"),
                                       QJsonArray::fromStringList(providers) } } } });
    }
    AuthEvent event(const QString &operation, const QString &provider, bool fail = false) const
    {
        return { appId, operation, provider,
                 QJsonObject { { QStringLiteral("id"), QStringLiteral("user1") },
                               { QStringLiteral("data"),
                                 QJsonObject { { QStringLiteral("fail"), fail } } } } };
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
};

QSet<QString> ranIds(const QSignalSpy &spy)
{
    QSet<QString> ids;
    for (const QList<QVariant> &args : spy)
        ids.insert(args.at(0).toString());
    return ids;
}

} // namespace

class tst_FunctionAuthTriggers : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void eventAndLog();
    void suspension();
};

void tst_FunctionAuthTriggers::matching_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("fired");
    QTest::newRow("login by password")
        << QStringLiteral("LOGIN") << QStringLiteral("local-userpass")
        << QStringList { QStringLiteral("onLogin"), QStringLiteral("anyLogin") };
    QTest::newRow("login anonymously") << QStringLiteral("LOGIN") << QStringLiteral("anon-user")
                                       << QStringList { QStringLiteral("anyLogin") };
    QTest::newRow("create") << QStringLiteral("CREATE") << QStringLiteral("local-userpass")
                            << QStringList { QStringLiteral("onCreate") };
    QTest::newRow("delete fires nothing")
        << QStringLiteral("DELETE") << QStringLiteral("local-userpass") << QStringList();
    QTest::newRow("api key login fires nothing")
        << QStringLiteral("LOGIN") << QStringLiteral("api-key") << QStringList();
}

void tst_FunctionAuthTriggers::matching()
{
    QFETCH(QString, operation);
    QFETCH(QString, provider);
    QFETCH(QStringList, fired);
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(QStringLiteral("noop"), QStringLiteral("exports = () => 1;"));
    const QStringList password { QStringLiteral("local-userpass") };
    QHash<QString, QString> names;
    names.insert(env.trigger(QStringLiteral("onLogin"), fn, QStringLiteral("LOGIN"), password),
                 QStringLiteral("onLogin"));
    names.insert(env.trigger(QStringLiteral("anyLogin"), fn, QStringLiteral("LOGIN"),
                             { QStringLiteral("local-userpass"), QStringLiteral("anon-user") }),
                 QStringLiteral("anyLogin"));
    names.insert(env.trigger(QStringLiteral("onCreate"), fn, QStringLiteral("CREATE"), password),
                 QStringLiteral("onCreate"));
    names.insert(
        env.trigger(QStringLiteral("disabled"), fn, QStringLiteral("LOGIN"), password, true),
        QStringLiteral("disabled"));
    names.insert(env.trigger(QStringLiteral("database"), fn, QStringLiteral("LOGIN"), password,
                             false, QStringLiteral("DATABASE")),
                 QStringLiteral("database"));

    const QString sentinel = env.trigger(QStringLiteral("sentinel"), fn, QStringLiteral("DELETE"),
                                         { QStringLiteral("sentinel") });

    QSignalSpy ran(&env.runner, &AuthTriggerRunner::ran);
    env.runner.fire(env.event(operation, provider));
    QTRY_COMPARE(ran.size(), fired.size());
    // A later event's run has ended too: nothing the first one fired is still on its way.
    env.runner.fire(env.event(QStringLiteral("DELETE"), QStringLiteral("sentinel")));
    QTRY_VERIFY(ranIds(ran).contains(sentinel));
    QSet<QString> got;
    for (const QString &id : ranIds(ran)) {
        if (id != sentinel)
            got.insert(names.value(id));
    }
    QCOMPARE(got, QSet<QString>(fired.cbegin(), fired.cend()));
    QCOMPARE(env.logs().size(), fired.size() + 1);
}

void tst_FunctionAuthTriggers::eventAndLog()
{
    Env env;
    QVERIFY(env.open());
    QVERIFY(!env.put(QStringLiteral("value"), QStringLiteral("prefix"),
                     { { QStringLiteral("value"), QStringLiteral("seen:") } })
                 .isEmpty());
    const QString fn = env.function(
        QStringLiteral("onLoginFn"),
        QStringLiteral("exports = function(event) {\n"
                       "  console.log(context.values.get('prefix'), event.operationType,\n"
                       "              event.providers.join(','), event.user.id,\n"
                       "              event.time instanceof Date, context.user.id === '');\n"
                       "};"));
    const QString trigger = env.trigger(QStringLiteral("onLogin"), fn, QStringLiteral("LOGIN"),
                                        { QStringLiteral("local-userpass") });
    QSignalSpy ran(&env.runner, &AuthTriggerRunner::ran);
    env.runner.fire(env.event(QStringLiteral("LOGIN"), QStringLiteral("local-userpass")));
    QTRY_COMPARE(ran.size(), 1);
    QCOMPARE(ran.at(0).at(1).toBool(), true);

    const QList<QJsonObject> logs = env.logs();
    QCOMPARE(logs.size(), 1);
    const QJsonObject entry = logs.at(0);
    QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("AUTH_TRIGGER"));
    QCOMPARE(entry.value(QStringLiteral("event_subscription_id")).toString(), trigger);
    QCOMPARE(entry.value(QStringLiteral("event_subscription_name")).toString(),
             QStringLiteral("onLogin"));
    QCOMPARE(entry.value(QStringLiteral("function_id")).toString(), fn);
    QCOMPARE(entry.value(QStringLiteral("user_id")).toString(), QStringLiteral("user1"));
    QCOMPARE(entry.value(QStringLiteral("messages")).toArray(),
             QJsonArray { QStringLiteral("seen: LOGIN local-userpass user1 true true") });
    QVERIFY(!entry.contains(QStringLiteral("error")));
}

void tst_FunctionAuthTriggers::suspension()
{
    Env env;
    QVERIFY(env.open());
    const QString fn = env.function(
        QStringLiteral("flaky"),
        QStringLiteral(
            "exports = (event) => { if (event.user.data.fail) throw new Error('down'); };"));
    const QString trigger = env.trigger(QStringLiteral("onLogin"), fn, QStringLiteral("LOGIN"),
                                        { QStringLiteral("local-userpass") });
    QSignalSpy ran(&env.runner, &AuthTriggerRunner::ran);
    const auto fire = [&](bool fail) {
        const qsizetype before = ran.size();
        env.runner.fire(env.event(QStringLiteral("LOGIN"), QStringLiteral("local-userpass"), fail));
        QTRY_COMPARE(ran.size(), before + 1);
        QCOMPARE(ran.last().at(1).toBool(), !fail);
    };
    // Two failures, a success (the count starts again), two failures: still running.
    for (const bool fail : { true, true, false, true, true }) {
        fire(fail);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(!env.suspended(trigger));
    fire(true);
    QVERIFY(env.suspended(trigger));
    const QJsonObject failed = env.logs().constLast();
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("down"));
    QCOMPARE(failed.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("FunctionExecutionError"));

    // A suspended trigger no longer fires.
    env.runner.fire(env.event(QStringLiteral("LOGIN"), QStringLiteral("local-userpass")));
    const qsizetype logged = env.logs().size();
    QCOMPARE(logged, 6);
    QCOMPARE(ran.size(), 6);
}

QTEST_GUILESS_MAIN(tst_FunctionAuthTriggers)
#include "tst_functionauthtriggers.moc"
