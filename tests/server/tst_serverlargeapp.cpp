// An app at size: --seed-app fills the demo app in one transaction (and again adds nothing), and
// a name stays unique among thousands of siblings through the store's unique index, not a scan.
#include "servertestkit.h"
#include "storetestkit.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace stitchlocal;
using namespace servertest;

class tst_ServerLargeApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void seedsTheDemoApp();
    void seedingAgainAddsNothing();
    void commandLine();
    void namesStayUniqueAtSize();
    void uniquenessIsTheStoresIndex();
    void documentsReadBackWhole();

private:
    QString path(const QString &tail) const
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(m_group, m_app) + tail;
    }
    bool start();

    QTemporaryDir m_dir;
    ServerOptions m_options;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    QString m_token;
    QString m_group;
    QString m_app;
};

namespace {

constexpr int kFunctions = 2000;
constexpr int kValues = 1500;
constexpr int kTriggers = 200;
constexpr int kApps = 100;
// The demo app's own: sum, greet, summarizeOrders, onUserLogin; 3 values; 1 trigger.
constexpr int kDemoFunctions = 4;
constexpr int kDemoValues = 3;
constexpr int kDemoTriggers = 1;

} // namespace

bool tst_ServerLargeApp::start()
{
    QString error;
    m_server = startServer(m_options, &error);
    if (!m_server) {
        qWarning("server: %s", qPrintable(error));
        return false;
    }
    m_probe.setRoot(m_server->rootUrl());
    m_token = m_probe.login(QStringLiteral("mongodb-cloud"), QStringLiteral("large"),
                            QStringLiteral("large-secret"))
                  .access;
    m_group = m_probe.groupOf(m_token);
    const QJsonArray apps = m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_token)
                                .array();
    for (const QJsonValue &app : apps) {
        if (app.toObject().value(QStringLiteral("name")).toString() == QLatin1String("demo-app"))
            m_app = app.toObject().value(QStringLiteral("_id")).toString();
    }
    return !m_token.isEmpty() && !m_app.isEmpty();
}

void tst_ServerLargeApp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_options = loopbackOptions(m_dir.filePath(QStringLiteral("server")));
    m_options.demo = true;
    m_options.admins = { apiKey(QStringLiteral("large"), QStringLiteral("large-secret")) };
    m_options.seedApp = { kFunctions, kValues, kTriggers, kApps };
    QVERIFY(start());
}

void tst_ServerLargeApp::cleanupTestCase()
{
    m_server.reset();
}

void tst_ServerLargeApp::seedsTheDemoApp()
{
    const QJsonArray functions = m_probe.get(path(QStringLiteral("/functions")), m_token).array();
    QCOMPARE(functions.size(), kFunctions + kDemoFunctions);
    const QStringList functionNames = namesOf(functions);
    QVERIFY(functionNames.contains(QStringLiteral("fn_00000")));
    QVERIFY(functionNames.contains(QStringLiteral("fn_01999")));
    QVERIFY(functionNames.contains(QStringLiteral("sum")));

    const QJsonArray values = m_probe.get(path(QStringLiteral("/values")), m_token).array();
    QCOMPARE(values.size(), kValues + kDemoValues);
    QVERIFY(namesOf(values).contains(QStringLiteral("val_01499")));

    const QJsonArray triggers = m_probe.get(path(QStringLiteral("/triggers")), m_token).array();
    QCOMPARE(triggers.size(), kTriggers + kDemoTriggers);
    // A seeded trigger calls a seeded function, by an id that exists.
    QJsonObject seeded;
    for (const QJsonValue &trigger : triggers) {
        if (trigger.toObject().value(QStringLiteral("name")).toString()
            == QLatin1String("trg_00003"))
            seeded = trigger.toObject();
    }
    QVERIFY(!seeded.isEmpty());
    const QString functionId = seeded.value(QStringLiteral("function_id")).toString();
    const Answer function
        = m_probe.get(path(QStringLiteral("/functions/%1").arg(functionId)), m_token);
    QCOMPARE(function.status, 200);
    QCOMPARE(function.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("fn_00003"));
    QVERIFY(!function.object().value(QStringLiteral("source")).toString().isEmpty());

    const QJsonArray apps
        = m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_token).array();
    QCOMPARE(apps.size(), kApps + 1);
    QVERIFY(namesOf(apps).contains(QStringLiteral("app_00099")));
}

void tst_ServerLargeApp::seedingAgainAddsNothing()
{
    m_server.reset();
    QVERIFY(start());
    QCOMPARE(m_probe.get(path(QStringLiteral("/functions")), m_token).array().size(),
             kFunctions + kDemoFunctions);
    QCOMPARE(m_probe.get(path(QStringLiteral("/triggers")), m_token).array().size(),
             kTriggers + kDemoTriggers);
    QCOMPARE(m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_token).array().size(),
             kApps + 1);
}

void tst_ServerLargeApp::commandLine()
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    QVERIFY2(parseServerArguments({ QStringLiteral("stitch-local"), QStringLiteral("--demo"),
                                    QStringLiteral("--seed-app"), QStringLiteral("10000"),
                                    QStringLiteral("--seed-apps"), QStringLiteral("1000") },
                                  &options, &error, &exitNow),
             qPrintable(error));
    QCOMPARE(options.seedApp.functions, 10000);
    QCOMPARE(options.seedApp.values, 10000);
    QCOMPARE(options.seedApp.triggers, 1000);
    QCOMPARE(options.seedApp.apps, 1000);

    // The demo app is what gets seeded: without --demo there is none to fill.
    ServerOptions refused;
    QVERIFY(!parseServerArguments({ QStringLiteral("stitch-local"), QStringLiteral("--seed-app"),
                                    QStringLiteral("10") },
                                  &refused, &error, &exitNow));
    QVERIFY2(error.contains(QLatin1String("--demo")), qPrintable(error));
    QVERIFY(!parseServerArguments({ QStringLiteral("stitch-local"), QStringLiteral("--demo"),
                                    QStringLiteral("--seed-app"), QStringLiteral("-5") },
                                  &refused, &error, &exitNow));
    QVERIFY2(error.contains(QLatin1String("seed-app")), qPrintable(error));
}

void tst_ServerLargeApp::namesStayUniqueAtSize()
{
    // A name far down the list, and the last one: each is refused as the first would be.
    const Answer function = m_probe.post(
        path(QStringLiteral("/functions")),
        { { QStringLiteral("name"), QStringLiteral("fn_01500") },
          { QStringLiteral("source"), QStringLiteral("exports = function() { return 1; };") },
          { QStringLiteral("private"), false } },
        m_token);
    QCOMPARE(function.status, 409);
    QVERIFY(function.isJsonError());
    const Answer value = m_probe.post(path(QStringLiteral("/values")),
                                      { { QStringLiteral("name"), QStringLiteral("val_01499") },
                                        { QStringLiteral("value"), 1 },
                                        { QStringLiteral("private"), false } },
                                      m_token);
    QCOMPARE(value.status, 409);

    // A new name goes in; renaming it onto a taken one is refused, the document unchanged.
    const Answer created = m_probe.post(path(QStringLiteral("/values")),
                                        { { QStringLiteral("name"), QStringLiteral("brand_new") },
                                          { QStringLiteral("value"), 2 },
                                          { QStringLiteral("private"), false } },
                                        m_token);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("_id")).toString();
    const Answer renamed = m_probe.send(
        "PUT", path(QStringLiteral("/values/%1").arg(id)), m_token,
        QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("val_00007") },
                                    { QStringLiteral("value"), 2 },
                                    { QStringLiteral("private"), false } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(renamed.status, 409);
    QCOMPARE(m_probe.get(path(QStringLiteral("/values/%1").arg(id)), m_token)
                 .object()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("brand_new"));
    QCOMPARE(m_probe.send("DELETE", path(QStringLiteral("/values/%1").arg(id)), m_token).status,
             204);
}

void tst_ServerLargeApp::uniquenessIsTheStoresIndex()
{
    // The duplicate check is an index lookup: the store keeps a unique index on
    // (app_id, kind, parent_id, name), which also refuses a duplicate no route checked for.
    m_server.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("largeapp-check"));
        db.setDatabaseName(QDir(m_options.dataDir).filePath(QStringLiteral("stitch-local.sqlite")));
        QVERIFY(db.open());
        QSqlQuery indexes(db);
        QVERIFY(indexes.exec(QStringLiteral("PRAGMA index_list(resources)")));
        QStringList uniqueOnName;
        while (indexes.next()) {
            if (!indexes.value(2).toBool()) // "unique"
                continue;
            QSqlQuery columns(db);
            QVERIFY(columns.exec(
                QStringLiteral("PRAGMA index_info(\"%1\")").arg(indexes.value(1).toString())));
            QStringList names;
            while (columns.next())
                names.append(columns.value(2).toString());
            uniqueOnName.append(names.join(u','));
        }
        QVERIFY2(uniqueOnName.contains(QStringLiteral("app_id,kind,parent_id,name")),
                 qPrintable(uniqueOnName.join(u';')));
        QSqlQuery plan(db);
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM resources WHERE app_id = 'a' AND kind = 'function'"
            " AND parent_id = '' AND name = 'fn_01500'")));
        QVERIFY(plan.next());
        const QString step = plan.value(3).toString();
        QVERIFY2(step.contains(QLatin1String("USING INDEX"))
                     || step.contains(QLatin1String("USING COVERING INDEX")),
                 qPrintable(step));
        QSqlQuery duplicate(db);
        QVERIFY(!duplicate.exec(QStringLiteral(
            "INSERT INTO resources(app_id, kind, id, parent_id, name, doc, updated)"
            " SELECT app_id, kind, 'another-id', parent_id, name, doc, updated FROM resources"
            " WHERE kind = 'function' AND name = 'fn_01500'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("largeapp-check"));
}

void tst_ServerLargeApp::documentsReadBackWhole()
{
    // The list read takes each document's stored UTF-8 bytes as they are: text outside ASCII
    // comes back unchanged.
    QTemporaryDir dir;
    Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(dir.path(), &error, &created), qPrintable(error));
    const AppRecord app = sampleApp();
    const QString text = QStringLiteral("naïve ☃ 日本語 \"quoted\" \\ 𝄞");
    const QJsonObject doc { { QStringLiteral("_id"), QStringLiteral("v1") },
                            { QStringLiteral("name"), QStringLiteral("wide") },
                            { QStringLiteral("value"), text } };
    QVERIFY(store.write([&] {
        return store.insertApp(app)
            && store.putResource(app.id, { QStringLiteral("value"), QStringLiteral("v1"),
                                           QStringLiteral(""), QStringLiteral("wide"), doc });
    }));
    const QList<Resource> values = store.resources(app.id, QStringLiteral("value"));
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.first().doc, doc);
    QCOMPARE(values.first().doc.value(QStringLiteral("value")).toString(), text);
}

QTEST_GUILESS_MAIN(tst_ServerLargeApp)
#include "tst_serverlargeapp.moc"
