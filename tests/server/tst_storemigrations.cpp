// The store's schema: made in one place by numbered migrations, and a store that cannot be
// brought to the current version stops the start with a message that says why.

#include "servertestkit.h"

#include "server/schema.h"
#include "server/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace servertest;
using namespace stitchlocal;

namespace {

// Runs statements on the store file of dir through a connection of its own, closed after.
void prepare(const QString &dir, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prepare"));
        db.setDatabaseName(dir + QStringLiteral("/stitch-local.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("prepare"));
}

QStringList objects(const Store &store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class tst_StoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreHasEveryTable();
    void olderStoreIsMigrated();
    void failedMigrationStopsTheStart();
    void newerStoreIsRefused();
};

void tst_StoreMigrations::freshStoreHasEveryTable()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(dir.path(), &error, &created), qPrintable(error));
    QCOMPARE(store.meta(QStringLiteral("schema_version")), QString::number(latestSchemaVersion()));
    // Tables areas used to make lazily, or in their route setup, are there from the start.
    const QStringList names = objects(store);
    for (const char *table : { "resources", "logs", "draft_resources", "appdata_credentials",
                               "appdata_push", "hosting_draft_changes", "draft_resources_name" })
        QVERIFY2(names.contains(QLatin1String(table)), table);
}

void tst_StoreMigrations::olderStoreIsMigrated()
{
    QTemporaryDir dir;
    {
        Store store;
        QString error;
        bool created = false;
        QVERIFY(store.open(dir.path(), &error, &created));
    }
    // As a version-1 store left it: no index by name, version 1.
    prepare(dir.path(),
            { QStringLiteral("DROP INDEX draft_resources_name"),
              QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'") });
    Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(dir.path(), &error, &created), qPrintable(error));
    QCOMPARE(store.meta(QStringLiteral("schema_version")), QString::number(latestSchemaVersion()));
    QVERIFY(objects(store).contains(QStringLiteral("draft_resources_name")));
}

void tst_StoreMigrations::failedMigrationStopsTheStart()
{
    // A store at version 2 whose draft_resources is a view: the index of version 3 cannot be
    // made, and the server does not start without it.
    QTemporaryDir dir;
    prepare(dir.path(),
            { QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO meta VALUES('schema_version', '2')"),
              QStringLiteral("CREATE VIEW draft_resources AS SELECT 1 AS draft_id, 2 AS kind,"
                             " 3 AS parent_id, 4 AS name") });
    ServerOptions options = loopbackOptions(dir.path());
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")) };
    QString error;
    QVERIFY(!startServer(options, &error));
    QVERIFY2(error.contains(QStringLiteral("schema version 3")), qPrintable(error));
}

void tst_StoreMigrations::newerStoreIsRefused()
{
    QTemporaryDir dir;
    prepare(dir.path(),
            { QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO meta VALUES('schema_version', '99')") });
    ServerOptions options = loopbackOptions(dir.path());
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")) };
    QString error;
    QVERIFY(!startServer(options, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_StoreMigrations)
#include "tst_storemigrations.moc"
