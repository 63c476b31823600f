// What a draft changes, file by file in the export layout (the diff), and the export zip itself.

#include "draftsfixture.h"

#include <zip.h>

using namespace draftstest;

namespace {

QMap<QString, QByteArray> unzip(const QByteArray &data)
{
    QMap<QString, QByteArray> entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data.constData(), data.size(), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return entries;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_stat_index(archive, i, 0, &stat);
        QByteArray contents(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, i, 0);
        if (file && zip_fread(file, contents.data(), stat.size) == zip_int64_t(stat.size))
            entries.insert(QString::fromUtf8(stat.name), contents);
        if (file)
            zip_fclose(file);
    }
    zip_close(archive);
    return entries;
}

} // namespace

class tst_DraftsFiles : public QObject, protected DraftsFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyDraftDiff();
    void diffPerKind_data();
    void diffPerKind();
    void exportEachKind();
};

void tst_DraftsFiles::initTestCase()
{
    startDraftsServer();
}

void tst_DraftsFiles::emptyDraftDiff()
{
    const Answer answer = m_probe.get(
        path(m_app, QStringLiteral("/drafts/%1/diff").arg(m_aliceDraft)), m_alice.access);
    QCOMPARE(answer.status, 200);
    const QJsonObject none { { QStringLiteral("added"), QJsonArray() },
                             { QStringLiteral("deleted"), QJsonArray() },
                             { QStringLiteral("modified"), QJsonArray() } };
    QCOMPARE(answer.object(),
             (QJsonObject { { QStringLiteral("diffs"), QJsonArray() },
                            { QStringLiteral("hosting_files_diff"), none } }));
}

void tst_DraftsFiles::diffPerKind_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("function added")
        << "function added"
        << QStringList {
               "--- /dev/null\n+++ b/functions/sum/config.json\n@@ -0,0 +1,5 @@\n+{\n"
               "+    \"id\": \"0000000000000000000000f1\",\n+    \"name\": \"sum\",\n"
               "+    \"private\": false\n+}",
               "--- /dev/null\n+++ b/functions/sum/source.js\n@@ -0,0 +1,3 @@\n"
               "+exports = function(a, b) {\n+  return a + b;\n+};",
           };
    QTest::newRow("function source changed")
        << "function changed"
        << QStringList {
               "--- a/functions/sum/source.js\n+++ b/functions/sum/source.js\n@@ -1,3 +1,3 @@\n"
               " exports = function(a, b) {\n-  return a + b;\n+  return a - b;\n };",
           };
    QTest::newRow("value deleted")
        << "value deleted"
        << QStringList {
               "--- a/values/limit.json\n+++ /dev/null\n@@ -1,6 +0,0 @@\n-{\n"
               "-    \"id\": \"0000000000000000000000b1\",\n-    \"name\": \"limit\",\n"
               "-    \"private\": true,\n-    \"value\": 25\n-}",
           };
    QTest::newRow("trigger added")
        << "trigger added"
        << QStringList {
               "--- /dev/null\n+++ b/triggers/onLogin.json\n@@ -0,0 +1,5 @@\n+{\n"
               "+    \"function_name\": \"sum\",\n+    \"id\": \"0000000000000000000000e1\",\n"
               "+    \"name\": \"onLogin\"\n+}",
           };
    QTest::newRow("auth provider renamed")
        << "auth provider renamed"
        << QStringList {
               "--- a/auth_providers/anon-user.json\n+++ /dev/null\n@@ -1,5 +0,0 @@\n-{\n"
               "-    \"id\": \"0000000000000000000000a1\",\n-    \"name\": \"anon-user\",\n"
               "-    \"type\": \"anon-user\"\n-}",
               "--- /dev/null\n+++ b/auth_providers/guests.json\n@@ -0,0 +1,5 @@\n+{\n"
               "+    \"id\": \"0000000000000000000000a1\",\n+    \"name\": \"guests\",\n"
               "+    \"type\": \"anon-user\"\n+}",
           };
    QTest::newRow("service deleted with its rule and webhook")
        << "service deleted"
        << QStringList {
               "--- a/services/db/config.json\n+++ /dev/null\n@@ -1,5 +0,0 @@\n-{\n"
               "-    \"id\": \"0000000000000000000000c1\",\n-    \"name\": \"db\",\n"
               "-    \"type\": \"mongodb\"\n-}",
               "--- a/services/db/incoming_webhooks/hook/config.json\n+++ /dev/null\n"
               "@@ -1,4 +0,0 @@\n-{\n-    \"id\": \"0000000000000000000000c3\",\n"
               "-    \"name\": \"hook\"\n-}",
               "--- a/services/db/incoming_webhooks/hook/source.js\n+++ /dev/null\n"
               "@@ -1,1 +0,0 @@\n-exports = () => 1;",
               "--- a/services/db/rules/shop.orders.json\n+++ /dev/null\n@@ -1,4 +0,0 @@\n-{\n"
               "-    \"id\": \"0000000000000000000000c2\",\n-    \"name\": \"shop.orders\"\n-}",
           };
    QTest::newRow("allowed origins set")
        << "security"
        << QStringList {
               "--- a/stitch.json\n+++ b/stitch.json\n@@ -6,6 +6,7 @@\n"
               "     \"name\": \"diff-security\",\n     \"security\": {\n"
               "         \"allowed_request_origins\": [\n+            \"https://example.com\"\n"
               "         ]\n     }\n }",
           };
}

void tst_DraftsFiles::diffPerKind()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    const QString app = newApp(QStringLiteral("diff-") + QString(change).replace(u' ', u'-'));
    QVERIFY(!app.isEmpty());
    const QString me = m_alice.userId;
    const QString deployed; // writes of the server itself go straight to the deployed state
    auto ok = [](ConfigStore::Status status) { return status == ConfigStore::Status::Ok; };

    // What is deployed before Alice opens her draft.
    if (change == QLatin1String("function changed")) {
        QVERIFY(ok(m_config->insert(app, sumFunction(), deployed)));
    } else if (change == QLatin1String("value deleted")) {
        QVERIFY(ok(m_config->insert(
            app,
            doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000b1"),
                QStringLiteral("limit"),
                { { QStringLiteral("private"), true }, { QStringLiteral("value"), 25 } }),
            deployed)));
    } else if (change == QLatin1String("auth provider renamed")) {
        QVERIFY(ok(m_config->insert(
            app,
            doc(QStringLiteral("auth_provider"), QStringLiteral("0000000000000000000000a1"),
                QStringLiteral("anon-user"),
                { { QStringLiteral("type"), QStringLiteral("anon-user") } }),
            deployed)));
    } else if (change == QLatin1String("service deleted")) {
        QVERIFY(ok(m_config->insert(app,
                                    doc(QStringLiteral("service"), kServiceId, QStringLiteral("db"),
                                        { { QStringLiteral("type"), QStringLiteral("mongodb") } }),
                                    deployed)));
        QVERIFY(ok(
            m_config->insert(app,
                             doc(QStringLiteral("rule"), QStringLiteral("0000000000000000000000c2"),
                                 QStringLiteral("shop.orders"), {}, kServiceId),
                             deployed)));
        QVERIFY(ok(m_config->insert(
            app,
            doc(QStringLiteral("incoming_webhook"), QStringLiteral("0000000000000000000000c3"),
                QStringLiteral("hook"),
                { { QStringLiteral("source"), QStringLiteral("exports = () => 1;") } }, kServiceId),
            deployed)));
    }

    const QString draft = newDraft(app, m_alice);
    QVERIFY(!draft.isEmpty());
    if (change == QLatin1String("function added")) {
        QVERIFY(ok(m_config->insert(app, sumFunction(), me)));
    } else if (change == QLatin1String("function changed")) {
        QString source = kSource;
        QVERIFY(ok(m_config->update(app, sumFunction(source.replace(u'+', u'-')), me)));
    } else if (change == QLatin1String("value deleted")) {
        QVERIFY(ok(m_config->remove(app, QStringLiteral("value"),
                                    QStringLiteral("0000000000000000000000b1"), me)));
    } else if (change == QLatin1String("trigger added")) {
        QVERIFY(ok(m_config->insert(
            app,
            doc(QStringLiteral("trigger"), QStringLiteral("0000000000000000000000e1"),
                QStringLiteral("onLogin"),
                { { QStringLiteral("function_name"), QStringLiteral("sum") } }),
            me)));
    } else if (change == QLatin1String("auth provider renamed")) {
        QVERIFY(ok(m_config->update(
            app,
            doc(QStringLiteral("auth_provider"), QStringLiteral("0000000000000000000000a1"),
                QStringLiteral("guests"),
                { { QStringLiteral("type"), QStringLiteral("anon-user") } }),
            me)));
    } else if (change == QLatin1String("service deleted")) {
        QVERIFY(ok(m_config->remove(app, QStringLiteral("service"), kServiceId, me)));
    } else if (change == QLatin1String("security")) {
        QVERIFY(ok(m_config->insert(
            app,
            { QStringLiteral("security"), app, QString(), QStringLiteral("security"),
              QJsonObject { { QStringLiteral("_id"), app },
                            { QStringLiteral("allowed_request_origins"),
                              QJsonArray { QStringLiteral("https://example.com") } } } },
            me)));
    }

    const Answer answer
        = m_probe.get(path(app, QStringLiteral("/drafts/%1/diff").arg(draft)), m_alice.access);
    QCOMPARE(answer.status, 200);
    QStringList diffs;
    const QJsonArray array = answer.object().value(QStringLiteral("diffs")).toArray();
    for (const QJsonValue &diff : array)
        diffs.append(diff.toString());
    QCOMPARE(diffs, expected);
    // The deployed state is what Bob diffs against: he has no draft, so he sees nothing to diff.
    QCOMPARE(
        m_probe.get(path(app, QStringLiteral("/drafts/%1/diff").arg(draft)), m_bob.access).status,
        404);
}

void tst_DraftsFiles::exportEachKind()
{
    QString clientAppId;
    const QString app = newApp(QStringLiteral("exported"), &clientAppId);
    const QString none;
    QCOMPARE(m_config->insert(app, sumFunction(), none), ConfigStore::Status::Ok);
    const QList<Resource> resources {
        doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000b1"),
            QStringLiteral("limit"), { { QStringLiteral("value"), 25 } }),
        doc(QStringLiteral("trigger"), QStringLiteral("0000000000000000000000e1"),
            QStringLiteral("onLogin"),
            { { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") } }),
        doc(QStringLiteral("auth_provider"), QStringLiteral("0000000000000000000000a1"),
            QStringLiteral("anon-user"),
            { { QStringLiteral("type"), QStringLiteral("anon-user") } }),
        doc(QStringLiteral("service"), kServiceId, QStringLiteral("db"),
            { { QStringLiteral("type"), QStringLiteral("mongodb") } }),
        doc(QStringLiteral("rule"), QStringLiteral("0000000000000000000000c2"),
            QStringLiteral("shop.orders"), { { QStringLiteral("roles"), QJsonArray() } },
            kServiceId),
        doc(QStringLiteral("incoming_webhook"), QStringLiteral("0000000000000000000000c3"),
            QStringLiteral("hook"),
            { { QStringLiteral("source"), QStringLiteral("exports = () => 1;") } }, kServiceId),
        { QStringLiteral("security"), app, QString(), QStringLiteral("security"),
          QJsonObject { { QStringLiteral("_id"), app },
                        { QStringLiteral("allowed_request_origins"),
                          QJsonArray { QStringLiteral("https://example.com") } } } },
    };
    for (const Resource &resource : resources)
        QCOMPARE(m_config->insert(app, resource, none), ConfigStore::Status::Ok);
    // What Alice holds in a draft is not deployed, so not exported.
    newDraft(app, m_alice);
    QCOMPARE(
        m_config->insert(app,
                         doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000b2"),
                             QStringLiteral("drafted")),
                         m_alice.userId),
        ConfigStore::Status::Ok);

    const Answer answer = m_probe.get(path(app, QStringLiteral("/export")), m_alice.access);
    QCOMPARE(answer.status, 200);
    const QMap<QString, QByteArray> files = unzip(answer.body);
    QCOMPARE(files.keys(),
             (QStringList { QStringLiteral("auth_providers/anon-user.json"),
                            // every app starts with it
                            QStringLiteral("auth_providers/api-key.json"),
                            QStringLiteral("functions/sum/config.json"),
                            QStringLiteral("functions/sum/source.js"),
                            QStringLiteral("services/db/config.json"),
                            QStringLiteral("services/db/incoming_webhooks/hook/config.json"),
                            QStringLiteral("services/db/incoming_webhooks/hook/source.js"),
                            QStringLiteral("services/db/rules/shop.orders.json"),
                            QStringLiteral("stitch.json"), QStringLiteral("triggers/onLogin.json"),
                            QStringLiteral("values/limit.json") }));
    auto json = [&](const char *name) {
        return QJsonDocument::fromJson(files.value(QLatin1String(name))).object();
    };
    const QJsonObject manifest = json("stitch.json");
    QCOMPARE(manifest.value(QStringLiteral("app_id")).toString(), clientAppId);
    QCOMPARE(manifest.value(QStringLiteral("security")).toObject(),
             (QJsonObject { { QStringLiteral("allowed_request_origins"),
                              QJsonArray { QStringLiteral("https://example.com") } } }));
    QCOMPARE(files.value(QStringLiteral("functions/sum/source.js")), kSource.toUtf8());
    QCOMPARE(json("functions/sum/config.json"),
             (QJsonObject { { QStringLiteral("id"), kFunctionId },
                            { QStringLiteral("name"), QStringLiteral("sum") },
                            { QStringLiteral("private"), false } }));
    QCOMPARE(json("values/limit.json").value(QStringLiteral("value")).toInt(), 25);
    QCOMPARE(json("triggers/onLogin.json").value(QStringLiteral("type")).toString(),
             QStringLiteral("AUTHENTICATION"));
    QCOMPARE(json("auth_providers/anon-user.json").value(QStringLiteral("id")).toString(),
             QStringLiteral("0000000000000000000000a1"));
    QCOMPARE(json("services/db/config.json").value(QStringLiteral("type")).toString(),
             QStringLiteral("mongodb"));
    QVERIFY(json("services/db/rules/shop.orders.json").value(QStringLiteral("roles")).isArray());
    QCOMPARE(json("services/db/incoming_webhooks/hook/config.json"),
             (QJsonObject { { QStringLiteral("id"), QStringLiteral("0000000000000000000000c3") },
                            { QStringLiteral("name"), QStringLiteral("hook") } }));
    QCOMPARE(files.value(QStringLiteral("services/db/incoming_webhooks/hook/source.js")),
             QByteArray("exports = () => 1;"));
}

QTEST_GUILESS_MAIN(tst_DraftsFiles)
#include "tst_draftsfiles.moc"
