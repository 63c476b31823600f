#include "servertestkit.h"

#include "server/appexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <zip.h>

using namespace stitchlocal;
using namespace servertest;

namespace {

//! The entries of a zip archive held in memory, read back with libzip.
QMap<QString, QByteArray> unzip(const QByteArray &data, QString *error)
{
    QMap<QString, QByteArray> entries;
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(data.constData(), data.size(), 0, &zipError);
    zip_t *archive
        = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zipError) : nullptr;
    if (!archive) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_source_free(source);
        zip_error_fini(&zipError);
        return entries;
    }
    zip_error_fini(&zipError);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, i, 0, &stat) != 0) {
            *error = QStringLiteral("cannot stat entry %1").arg(i);
            break;
        }
        QByteArray contents(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, i, 0);
        const zip_int64_t read = file ? zip_fread(file, contents.data(), stat.size) : -1;
        if (file)
            zip_fclose(file);
        if (read != zip_int64_t(stat.size)) {
            *error = QStringLiteral("cannot read %1").arg(QString::fromUtf8(stat.name));
            break;
        }
        entries.insert(QString::fromUtf8(stat.name), contents);
    }
    zip_close(archive);
    return entries;
}

QJsonObject json(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

} // namespace

class tst_ServerExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoExport();
    void fileNames_data();
    void fileNames();
    void emptyAppExport();
    void demoHostingAndLogs();
    void deleteRemovesOwnedRows();

private:
    QJsonObject demoApp();
    int rowsOf(const QString &table, const QString &appId);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    Tokens m_tokens;
    QString m_group;
    QSqlDatabase m_db; // a second connection to the server's store, to look behind the API
};

void tst_ServerExport::initTestCase()
{
    ServerOptions options = loopbackOptions(m_dir.path());
    options.demo = true;
    options.admins = { user(QStringLiteral("demo"), QStringLiteral("pw")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());
    m_tokens = m_probe.login(QStringLiteral("local"), QStringLiteral("demo"), QStringLiteral("pw"));
    QVERIFY(!m_tokens.access.isEmpty());
    m_group = m_probe.groupOf(m_tokens.access);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    m_db.setDatabaseName(QDir(m_dir.path()).filePath(QStringLiteral("stitch-local.sqlite")));
    QVERIFY(m_db.open());
}

void tst_ServerExport::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

QJsonObject tst_ServerExport::demoApp()
{
    const QJsonArray apps
        = m_probe.get(QStringLiteral("/groups/%1/apps").arg(m_group), m_tokens.access).array();
    for (const QJsonValue &app : apps) {
        if (app.toObject().value(QStringLiteral("name")).toString() == QLatin1String("demo-app"))
            return app.toObject();
    }
    return QJsonObject();
}

int tst_ServerExport::rowsOf(const QString &table, const QString &appId)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE app_id = '%2'").arg(table, appId))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_ServerExport::demoExport()
{
    const QJsonObject app = demoApp();
    QVERIFY(!app.isEmpty());
    const Answer answer
        = m_probe.get(QStringLiteral("/groups/%1/apps/%2/export")
                          .arg(m_group, app.value(QStringLiteral("_id")).toString()),
                      m_tokens.access);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/zip"));
    QVERIFY2(QRegularExpression(QStringLiteral("^attachment; filename=\"demo-app_\\d+\\.zip\"$"))
                 .match(QString::fromUtf8(answer.header("Content-Disposition")))
                 .hasMatch(),
             answer.header("Content-Disposition").constData());

    QString error;
    const QMap<QString, QByteArray> files = unzip(answer.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList expected {
        QStringLiteral("stitch.json"),
        QStringLiteral("auth_providers/api-key.json"), // every app starts with it, disabled
        QStringLiteral("functions/greet/config.json"),
        QStringLiteral("functions/greet/source.js"),
        QStringLiteral("functions/onUserLogin/config.json"),
        QStringLiteral("functions/onUserLogin/source.js"),
        QStringLiteral("functions/sum/config.json"),
        QStringLiteral("functions/sum/source.js"),
        QStringLiteral("functions/summarizeOrders/config.json"),
        QStringLiteral("functions/summarizeOrders/source.js"),
        QStringLiteral("triggers/logUserLogins.json"),
        QStringLiteral("values/appConfig.json"),
        QStringLiteral("values/greeting.json"),
        QStringLiteral("values/maxItems.json"),
    };
    QStringList names = files.keys();
    names.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(names, sortedExpected); // hosting files stay out of the zip

    const QJsonObject manifest = json(files.value(QStringLiteral("stitch.json")));
    QCOMPARE(manifest.value(QStringLiteral("app_id")), app.value(QStringLiteral("client_app_id")));
    QCOMPARE(manifest.value(QStringLiteral("name")).toString(), QStringLiteral("demo-app"));
    QCOMPARE(manifest.value(QStringLiteral("location")).toString(), QStringLiteral("US-VA"));
    QCOMPARE(manifest.value(QStringLiteral("deployment_model")).toString(),
             QStringLiteral("GLOBAL"));
    QCOMPARE(manifest.value(QStringLiteral("config_version")).toInt(), 20180301);
    QVERIFY(manifest.value(QStringLiteral("security"))
                .toObject()
                .value(QStringLiteral("allowed_request_origins"))
                .isArray());

    const QJsonObject greeting = json(files.value(QStringLiteral("values/greeting.json")));
    QCOMPARE(greeting.value(QStringLiteral("name")).toString(), QStringLiteral("greeting"));
    QCOMPARE(greeting.value(QStringLiteral("value")).toString(), QStringLiteral("Hello"));
    QCOMPARE(json(files.value(QStringLiteral("values/maxItems.json")))
                 .value(QStringLiteral("value"))
                 .toInt(),
             25);

    const QJsonObject sumConfig = json(files.value(QStringLiteral("functions/sum/config.json")));
    QCOMPARE(sumConfig.value(QStringLiteral("name")).toString(), QStringLiteral("sum"));
    QVERIFY(!sumConfig.contains(QStringLiteral("source")));
    QVERIFY(!sumConfig.value(QStringLiteral("id")).toString().isEmpty());
    const QByteArray sumSource = files.value(QStringLiteral("functions/sum/source.js"));
    QVERIFY2(sumSource.startsWith("exports = function(a, b) {"), sumSource.constData());
    QVERIFY(sumSource.contains("return a + b;"));
    QVERIFY(files.value(QStringLiteral("functions/summarizeOrders/source.js"))
                .startsWith("exports = async function"));
    QVERIFY(json(files.value(QStringLiteral("functions/onUserLogin/config.json")))
                .value(QStringLiteral("private"))
                .toBool());

    const QJsonObject trigger = json(files.value(QStringLiteral("triggers/logUserLogins.json")));
    QCOMPARE(trigger.value(QStringLiteral("type")).toString(), QStringLiteral("AUTHENTICATION"));
    QCOMPARE(trigger.value(QStringLiteral("function_name")).toString(),
             QStringLiteral("onUserLogin"));
    QCOMPARE(trigger.value(QStringLiteral("function_id")).toString(),
             json(files.value(QStringLiteral("functions/onUserLogin/config.json")))
                 .value(QStringLiteral("id"))
                 .toString());
    QCOMPARE(trigger.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("operation_type"))
                 .toString(),
             QStringLiteral("LOGIN"));
}

void tst_ServerExport::emptyAppExport()
{
    const Answer created
        = m_probe.post(QStringLiteral("/groups/%1/apps").arg(m_group),
                       { { QStringLiteral("name"), QStringLiteral("bare") } }, m_tokens.access);
    QCOMPARE(created.status, 201);
    const Answer answer
        = m_probe.get(QStringLiteral("/groups/%1/apps/%2/export")
                          .arg(m_group, created.object().value(QStringLiteral("_id")).toString()),
                      m_tokens.access);
    QCOMPARE(answer.status, 200);
    QString error;
    const QMap<QString, QByteArray> files = unzip(answer.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A new app holds only the api-key provider every app starts with, switched off.
    QCOMPARE(files.keys(),
             (QStringList { QStringLiteral("auth_providers/api-key.json"),
                            QStringLiteral("stitch.json") }));
    QCOMPARE(json(files.value(QStringLiteral("auth_providers/api-key.json")))
                 .value(QStringLiteral("disabled")),
             QJsonValue(true));
    QCOMPARE(json(files.value(QStringLiteral("stitch.json"))).value(QStringLiteral("app_id")),
             created.object().value(QStringLiteral("client_app_id")));
}

void tst_ServerExport::demoHostingAndLogs()
{
    const QString appId = demoApp().value(QStringLiteral("_id")).toString();
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT path, hash, size, bytes, attrs FROM hosting_assets"
                                      " WHERE app_id = '%1' ORDER BY path")
                           .arg(appId)));
    QStringList paths;
    while (query.next()) {
        const QByteArray bytes = query.value(3).toByteArray();
        paths.append(query.value(0).toString());
        QCOMPARE(
            query.value(1).toString(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()));
        QCOMPARE(query.value(2).toLongLong(), bytes.size());
        QVERIFY(query.value(4).toString().contains(QLatin1String("Content-Type")));
    }
    QCOMPARE(paths, (QStringList { QStringLiteral("/index.html"), QStringLiteral("/style.css") }));

    QVERIFY(query.exec(
        QStringLiteral("SELECT doc FROM logs WHERE app_id = '%1' ORDER BY started").arg(appId)));
    QStringList types;
    while (query.next()) {
        const QJsonObject log = json(query.value(0).toByteArray());
        for (const char *field : { "_id", "co_id", "type", "app_id", "group_id", "domain_id",
                                   "started", "completed", "status", "messages" })
            QVERIFY2(log.contains(QLatin1String(field)), field);
        QVERIFY(QDateTime::fromString(log.value(QStringLiteral("started")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        types.append(log.value(QStringLiteral("type")).toString());
    }
    QVERIFY(types.contains(QStringLiteral("FUNCTION")));
    QVERIFY(types.contains(QStringLiteral("AUTH")));
    QVERIFY(types.contains(QStringLiteral("AUTH_TRIGGER")));
}

void tst_ServerExport::deleteRemovesOwnedRows()
{
    const QString appId = demoApp().value(QStringLiteral("_id")).toString();
    QVERIFY(rowsOf(QStringLiteral("resources"), appId) > 0);
    QVERIFY(rowsOf(QStringLiteral("logs"), appId) > 0);
    QVERIFY(rowsOf(QStringLiteral("hosting_assets"), appId) > 0);
    QCOMPARE(m_probe
                 .send("DELETE", QStringLiteral("/groups/%1/apps/%2").arg(m_group, appId),
                       m_tokens.access)
                 .status,
             204);
    QCOMPARE(rowsOf(QStringLiteral("resources"), appId), 0);
    QCOMPARE(rowsOf(QStringLiteral("logs"), appId), 0);
    QCOMPARE(rowsOf(QStringLiteral("hosting_assets"), appId), 0);
    QCOMPARE(
        m_probe
            .get(QStringLiteral("/groups/%1/apps/%2/export").arg(m_group, appId), m_tokens.access)
            .status,
        404);
}

void tst_ServerExport::fileNames_data()
{
    // Names stored before names were validated: an empty one made an empty file name.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << "sum"
                           << "sum";
    QTest::newRow("empty") << ""
                           << "_";
    QTest::newRow("dot dot") << ".."
                             << "_";
    QTest::newRow("separators") << "a/b\\c"
                                << "a_b_c";
    QTest::newRow("NUL and newline") << QStringLiteral("a%1b\nc").arg(QChar(0)) << "a_b_c";
}

void tst_ServerExport::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(stitchlocal::exportFileName(name), file);
}

QTEST_GUILESS_MAIN(tst_ServerExport)
#include "tst_serverexport.moc"
