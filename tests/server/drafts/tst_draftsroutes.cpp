// Drafts and deployments over HTTP on a real server. Configuration documents are written
// through a second Store + ConfigStore over the server's data folder, as the admin they belong
// to, because the routes of each resource kind live in other areas.

#include "../servertestkit.h"
#include "server/configstore.h"
#include "server/store.h"

#include <QtTest>

#include <zip.h>

using namespace stitchlocal;
using namespace servertest;

namespace {

const QString kGroup = QStringLiteral("65a000000000000000000001");

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

Resource doc(const QString &kind, const QString &id, const QString &name,
             const QJsonObject &extra = {}, const QString &parentId = QString())
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("_id"), id);
    object.insert(QStringLiteral("name"), name);
    return { kind, id, parentId, name, object };
}

// Fixed ids, so that expected files can be written out in full.
const QString kFunctionId = QStringLiteral("0000000000000000000000f1");
const QString kServiceId = QStringLiteral("0000000000000000000000c1");
const QString kSource = QStringLiteral("exports = function(a, b) {\n  return a + b;\n};\n");

Resource sumFunction(const QString &source = kSource)
{
    return doc(QStringLiteral("function"), kFunctionId, QStringLiteral("sum"),
               { { QStringLiteral("private"), false }, { QStringLiteral("source"), source } });
}

} // namespace

class tst_DraftsRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createConflictAndDiscard();
    void otherAdminCannotTouch_data();
    void otherAdminCannotTouch();
    void emptyDraftDiff();
    void diffPerKind_data();
    void diffPerKind();
    void deployThenList();
    void deploymentsLimit();
    void failedDeploy();
    void exportEachKind();
    void unknownIds_data();
    void unknownIds();
    void unauthenticated_data();
    void unauthenticated();
    void otherGroup_data();
    void otherGroup();

private:
    QString newApp(const QString &name, QString *clientAppId = nullptr);
    QString newDraft(const QString &appId, const Tokens &who);
    QString path(const QString &appId, const QString &rest) const;
    static QStringList routeTemplates();

    QTemporaryDir m_dir;
    QTemporaryDir m_shortDir;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<LocalServer> m_shortServer; // token TTL of one second
    Probe m_probe;
    Probe m_shortProbe;
    Tokens m_alice;
    Tokens m_bob; // same group as Alice
    Tokens m_carol; // a group of her own
    Tokens m_dave; // on the short-TTL server; his access token has expired
    QString m_daveGroup;
    QString m_daveApp;
    QString m_daveDraft;
    QString m_daveDeployment;
    QString m_app; // Alice's app, shared by the access tests
    QString m_aliceDraft;
    QString m_deployment;
    Store m_peek; // the server's store, through a second connection
    std::unique_ptr<ConfigStore> m_config;
};

void tst_DraftsRoutes::initTestCase()
{
    ServerOptions options = loopbackOptions(m_dir.path());
    options.admins = { user(QStringLiteral("alice"), QStringLiteral("a-pw"), kGroup),
                       user(QStringLiteral("bob"), QStringLiteral("b-pw"), kGroup),
                       user(QStringLiteral("carol"), QStringLiteral("c-pw")) };
    QString error;
    m_server = startServer(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_probe.setRoot(m_server->rootUrl());
    m_alice
        = m_probe.login(QStringLiteral("local"), QStringLiteral("alice"), QStringLiteral("a-pw"));
    m_bob = m_probe.login(QStringLiteral("local"), QStringLiteral("bob"), QStringLiteral("b-pw"));
    m_carol
        = m_probe.login(QStringLiteral("local"), QStringLiteral("carol"), QStringLiteral("c-pw"));
    QVERIFY(!m_alice.access.isEmpty() && !m_bob.access.isEmpty() && !m_carol.access.isEmpty());
    QCOMPARE(m_probe.groupOf(m_bob.access), kGroup);
    bool created = false;
    QVERIFY2(m_peek.open(m_dir.path(), &error, &created), qPrintable(error));
    m_config = std::make_unique<ConfigStore>(m_peek);

    m_app = newApp(QStringLiteral("shared"));
    m_aliceDraft = newDraft(m_app, m_alice);
    QVERIFY(!m_aliceDraft.isEmpty());
    const Answer deployed = m_probe.send(
        "POST", path(m_app, QStringLiteral("/drafts/%1/deployment").arg(m_aliceDraft)),
        m_alice.access);
    QCOMPARE(deployed.status, 201);
    m_deployment = deployed.object().value(QStringLiteral("_id")).toString();
    m_aliceDraft = newDraft(m_app, m_alice);

    ServerOptions shortOptions = loopbackOptions(m_shortDir.path());
    shortOptions.tokenTtlSeconds = 1;
    shortOptions.admins = { user(QStringLiteral("dave"), QStringLiteral("d-pw")) };
    m_shortServer = startServer(shortOptions, &error);
    QVERIFY2(m_shortServer, qPrintable(error));
    m_shortProbe.setRoot(m_shortServer->rootUrl());
    m_dave = m_shortProbe.login(QStringLiteral("local"), QStringLiteral("dave"),
                                QStringLiteral("d-pw"));
    m_daveGroup = m_shortProbe.groupOf(m_dave.access);
    const QString apps = QStringLiteral("/groups/%1/apps").arg(m_daveGroup);
    m_daveApp = m_shortProbe
                    .post(apps, { { QStringLiteral("name"), QStringLiteral("d") } }, m_dave.access)
                    .object()
                    .value(QStringLiteral("_id"))
                    .toString();
    const QString drafts = apps + QStringLiteral("/%1/drafts").arg(m_daveApp);
    m_daveDraft = m_shortProbe.send("POST", drafts, m_dave.access)
                      .object()
                      .value(QStringLiteral("_id"))
                      .toString();
    m_daveDeployment = m_shortProbe
                           .send("POST", drafts + QStringLiteral("/%1/deployment").arg(m_daveDraft),
                                 m_dave.access)
                           .object()
                           .value(QStringLiteral("_id"))
                           .toString();
    m_daveDraft = m_shortProbe.send("POST", drafts, m_dave.access)
                      .object()
                      .value(QStringLiteral("_id"))
                      .toString();
    QVERIFY(!m_daveApp.isEmpty() && !m_daveDraft.isEmpty() && !m_daveDeployment.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_shortProbe.get(drafts, m_dave.access).status, 401, 5000);
}

void tst_DraftsRoutes::cleanupTestCase()
{
    m_config.reset();
}

QString tst_DraftsRoutes::path(const QString &appId, const QString &rest) const
{
    return QStringLiteral("/groups/%1/apps/%2").arg(kGroup, appId) + rest;
}

QString tst_DraftsRoutes::newApp(const QString &name, QString *clientAppId)
{
    const Answer answer = m_probe.post(QStringLiteral("/groups/%1/apps").arg(kGroup),
                                       { { QStringLiteral("name"), name } }, m_alice.access);
    if (clientAppId)
        *clientAppId = answer.object().value(QStringLiteral("client_app_id")).toString();
    return answer.object().value(QStringLiteral("_id")).toString();
}

QString tst_DraftsRoutes::newDraft(const QString &appId, const Tokens &who)
{
    const Answer answer = m_probe.send("POST", path(appId, QStringLiteral("/drafts")), who.access);
    return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                : QString();
}

void tst_DraftsRoutes::createConflictAndDiscard()
{
    const QString app = newApp(QStringLiteral("conflict"));
    const QString drafts = path(app, QStringLiteral("/drafts"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray());

    const Answer created = m_probe.send("POST", drafts, m_alice.access);
    QCOMPARE(created.status, 201);
    const QJsonObject draft = created.object();
    const QString draftId = draft.value(QStringLiteral("_id")).toString();
    QCOMPARE(draftId.size(), 24);
    QCOMPARE(draft.value(QStringLiteral("user_id")).toString(), m_alice.userId);
    const QJsonObject appJson = draft.value(QStringLiteral("app")).toObject();
    QCOMPARE(appJson.value(QStringLiteral("_id")).toString(), app);
    QCOMPARE(appJson.value(QStringLiteral("name")).toString(), QStringLiteral("conflict"));
    QCOMPARE(appJson.value(QStringLiteral("group_id")).toString(), kGroup);

    const Answer again = m_probe.send("POST", drafts, m_alice.access);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("DraftAlreadyExists"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray { draft });
    QCOMPARE(m_probe.get(drafts + u'/' + draftId, m_alice.access).object(), draft);

    // Bob has a draft of his own next to Alice's, and lists only his.
    const Answer bobs = m_probe.send("POST", drafts, m_bob.access);
    QCOMPARE(bobs.status, 201);
    QCOMPARE(m_probe.get(drafts, m_bob.access).array(), QJsonArray { bobs.object() });

    QCOMPARE(m_probe.send("DELETE", drafts + u'/' + draftId, m_alice.access).status, 204);
    QCOMPARE(m_probe.get(drafts + u'/' + draftId, m_alice.access).status, 404);
    QCOMPARE(m_probe.send("DELETE", drafts + u'/' + draftId, m_alice.access).errorCode(),
             QStringLiteral("DraftNotFound"));
    QCOMPARE(m_probe.get(drafts, m_alice.access).array(), QJsonArray());
    QCOMPARE(m_probe.get(drafts, m_bob.access).array(), QJsonArray { bobs.object() });
    QCOMPARE(m_probe.send("POST", drafts, m_alice.access).status, 201);
}

void tst_DraftsRoutes::otherAdminCannotTouch_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("rest");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("diff") << QByteArray("GET") << QStringLiteral("/diff");
    QTest::newRow("deploy") << QByteArray("POST") << QStringLiteral("/deployment");
}

void tst_DraftsRoutes::otherAdminCannotTouch()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, rest);
    const Answer answer = m_probe.send(
        verb, path(m_app, QStringLiteral("/drafts/%1").arg(m_aliceDraft) + rest), m_bob.access);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("DraftNotFound"));
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QCOMPARE(
        m_probe.get(path(m_app, QStringLiteral("/deployments")), m_alice.access).array().size(), 1);
}

void tst_DraftsRoutes::emptyDraftDiff()
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

void tst_DraftsRoutes::diffPerKind_data()
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

void tst_DraftsRoutes::diffPerKind()
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

void tst_DraftsRoutes::deployThenList()
{
    const QString app = newApp(QStringLiteral("deploys"));
    // Bob writes without a draft: each write is a deployment of its own.
    QCOMPARE(
        m_config->insert(app,
                         doc(QStringLiteral("value"), QStringLiteral("0000000000000000000000d1"),
                             QStringLiteral("one")),
                         m_bob.userId),
        ConfigStore::Status::Ok);
    QCOMPARE(m_config->remove(app, QStringLiteral("value"),
                              QStringLiteral("0000000000000000000000d1"), m_bob.userId),
             ConfigStore::Status::Ok);
    const QString draft = newDraft(app, m_alice);
    QCOMPARE(m_config->insert(app, sumFunction(), m_alice.userId), ConfigStore::Status::Ok);
    QVERIFY(!m_config->get(app, QStringLiteral("function"), kFunctionId, m_bob.userId));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Answer answer = m_probe.send(
        "POST", path(app, QStringLiteral("/drafts/%1/deployment").arg(draft)), m_alice.access);
    QCOMPARE(answer.status, 201);
    const QJsonObject deployment = answer.object();
    QCOMPARE(deployment.value(QStringLiteral("_id")).toString().size(), 24);
    QCOMPARE(deployment.value(QStringLiteral("app_id")).toString(), app);
    QCOMPARE(deployment.value(QStringLiteral("draft_id")).toString(), draft);
    QCOMPARE(deployment.value(QStringLiteral("user_id")).toString(), m_alice.userId);
    QCOMPARE(deployment.value(QStringLiteral("status")).toString(), QStringLiteral("successful"));
    QCOMPARE(deployment.value(QStringLiteral("status_error_message")).toString(), QString());
    QVERIFY(deployment.value(QStringLiteral("deployed_at")).toInteger() >= before);
    for (const char *field : { "origin", "commit", "diff_url" })
        QVERIFY2(deployment.value(QLatin1String(field)).isString(), field);

    // Applied for everyone, and the draft is gone.
    QCOMPARE(m_config->get(app, QStringLiteral("function"), kFunctionId, m_bob.userId)->name,
             QStringLiteral("sum"));
    QCOMPARE(m_probe.get(path(app, QStringLiteral("/drafts")), m_alice.access).array(),
             QJsonArray());
    QCOMPARE(
        m_probe.get(path(app, QStringLiteral("/drafts/%1/diff").arg(draft)), m_alice.access).status,
        404);

    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject(), deployment);
    for (int i = 1; i < list.size(); ++i) {
        const QJsonObject older = list.at(i).toObject();
        QCOMPARE(older.value(QStringLiteral("user_id")).toString(), m_bob.userId);
        QCOMPARE(older.value(QStringLiteral("draft_id")).toString(), QString());
        QVERIFY(older.value(QStringLiteral("deployed_at")).toInteger()
                <= list.at(i - 1).toObject().value(QStringLiteral("deployed_at")).toInteger());
    }
    const Answer one
        = m_probe.get(path(app,
                           QStringLiteral("/deployments/%1")
                               .arg(deployment.value(QStringLiteral("_id")).toString())),
                      m_bob.access);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), deployment);
    // A deployment of another app is not found through this one.
    QCOMPARE(m_probe
                 .get(path(m_app,
                           QStringLiteral("/deployments/%1")
                               .arg(deployment.value(QStringLiteral("_id")).toString())),
                      m_alice.access)
                 .errorCode(),
             QStringLiteral("DeploymentNotFound"));
}

void tst_DraftsRoutes::deploymentsLimit()
{
    const QString app = newApp(QStringLiteral("many"));
    QString last;
    QVERIFY(m_peek.write([&] {
        for (int i = 0; i < 105; ++i) {
            last = m_peek.recordDeployment(app, m_bob.userId, QString());
            if (last.isEmpty())
                return false;
        }
        return true;
    }));
    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.size(), 100);
    QCOMPARE(list.first().toObject().value(QStringLiteral("_id")).toString(), last);
}

void tst_DraftsRoutes::failedDeploy()
{
    const QString app = newApp(QStringLiteral("fails"));
    const QString draft = newDraft(app, m_alice);
    QCOMPARE(m_config->insert(app, sumFunction(), m_alice.userId), ConfigStore::Status::Ok);
    // Bob deploys a function of the same name first.
    const Resource bobs
        = doc(QStringLiteral("function"), QStringLiteral("0000000000000000000000b0"),
              QStringLiteral("sum"), { { QStringLiteral("source"), QStringLiteral("x") } });
    QCOMPARE(m_config->insert(app, bobs, m_bob.userId), ConfigStore::Status::Ok);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint")));
    const Answer answer = m_probe.send(
        "POST", path(app, QStringLiteral("/drafts/%1/deployment").arg(draft)), m_alice.access);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.object().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(answer.object()
                 .value(QStringLiteral("status_error_message"))
                 .toString()
                 .contains(QLatin1String("sum")),
             answer.body.constData());
    // Nothing of the draft applied; the draft stays to be fixed; the failure is listed.
    QCOMPARE(m_config->all(app, QString()).size(), 1);
    QCOMPARE(m_config->get(app, QStringLiteral("function"), bobs.id, QString())->doc, bobs.doc);
    QCOMPARE(m_peek.draftIdFor(app, m_alice.userId), draft);
    const QJsonArray list
        = m_probe.get(path(app, QStringLiteral("/deployments")), m_alice.access).array();
    QCOMPARE(list.first().toObject(), answer.object());
}

void tst_DraftsRoutes::exportEachKind()
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

QStringList tst_DraftsRoutes::routeTemplates()
{
    return { QStringLiteral("GET {app}/drafts"),
             QStringLiteral("POST {app}/drafts"),
             QStringLiteral("GET {app}/drafts/{draft}"),
             QStringLiteral("DELETE {app}/drafts/{draft}"),
             QStringLiteral("GET {app}/drafts/{draft}/diff"),
             QStringLiteral("POST {app}/drafts/{draft}/deployment"),
             QStringLiteral("GET {app}/deployments"),
             QStringLiteral("GET {app}/deployments/{deployment}") };
}

void tst_DraftsRoutes::unknownIds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("code");
    const QString draft = QStringLiteral("DraftNotFound");
    for (const char *id : { "000000000000000000000000", "not-an-id", "%2E%2E" }) {
        QTest::addRow("get draft %s", id)
            << QByteArray("GET") << QStringLiteral("/drafts/%1").arg(QLatin1String(id)) << draft;
        QTest::addRow("delete draft %s", id)
            << QByteArray("DELETE") << QStringLiteral("/drafts/%1").arg(QLatin1String(id)) << draft;
        QTest::addRow("diff %s", id)
            << QByteArray("GET") << QStringLiteral("/drafts/%1/diff").arg(QLatin1String(id))
            << draft;
        QTest::addRow("deploy %s", id)
            << QByteArray("POST") << QStringLiteral("/drafts/%1/deployment").arg(QLatin1String(id))
            << draft;
        QTest::addRow("deployment %s", id)
            << QByteArray("GET") << QStringLiteral("/deployments/%1").arg(QLatin1String(id))
            << QStringLiteral("DeploymentNotFound");
    }
}

void tst_DraftsRoutes::unknownIds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, rest);
    QFETCH(QString, code);
    const int before
        = m_probe.get(path(m_app, QStringLiteral("/deployments")), m_alice.access).array().size();
    const Answer answer = m_probe.send(verb, path(m_app, rest), m_alice.access);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), code);
    QVERIFY(answer.isJsonError());
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QCOMPARE(
        m_probe.get(path(m_app, QStringLiteral("/deployments")), m_alice.access).array().size(),
        before);
}

void tst_DraftsRoutes::unauthenticated_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("expired");
    const QStringList routes = routeTemplates();
    for (const QString &route : routes) {
        QTest::addRow("%s, no token", qPrintable(route)) << route << false;
        QTest::addRow("%s, expired token", qPrintable(route)) << route << true;
    }
}

void tst_DraftsRoutes::unauthenticated()
{
    QFETCH(QString, route);
    QFETCH(bool, expired);
    const QString verb = route.section(u' ', 0, 0);
    const QString target
        = route.section(u' ', 1)
              .replace(QStringLiteral("{app}"),
                       QStringLiteral("/groups/%1/apps/%2").arg(m_daveGroup, m_daveApp))
              .replace(QStringLiteral("{draft}"), m_daveDraft)
              .replace(QStringLiteral("{deployment}"), m_daveDeployment);
    const Answer answer
        = m_shortProbe.send(verb.toLatin1(), target, expired ? m_dave.access : QString());
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidSession"));
}

void tst_DraftsRoutes::otherGroup_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("madeUpGroup");
    const QStringList routes = routeTemplates();
    for (const QString &route : routes) {
        QTest::addRow("%s, another admin's group", qPrintable(route)) << route << false;
        QTest::addRow("%s, a made-up group", qPrintable(route)) << route << true;
    }
}

void tst_DraftsRoutes::otherGroup()
{
    QFETCH(QString, route);
    QFETCH(bool, madeUpGroup);
    // Carol (another group) on Alice's app; or Alice with her app under a group that is not hers.
    const QString group = madeUpGroup ? QStringLiteral("65a0000000000000000000ff") : kGroup;
    const QString verb = route.section(u' ', 0, 0);
    const QString target = route.section(u' ', 1)
                               .replace(QStringLiteral("{app}"),
                                        QStringLiteral("/groups/%1/apps/%2").arg(group, m_app))
                               .replace(QStringLiteral("{draft}"), m_aliceDraft)
                               .replace(QStringLiteral("{deployment}"), m_deployment);
    const Answer answer
        = m_probe.send(verb.toLatin1(), target, madeUpGroup ? m_alice.access : m_carol.access);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.isJsonError());
    QCOMPARE(m_peek.draftIdFor(m_app, m_alice.userId), m_aliceDraft);
    QVERIFY(m_peek.draftIdFor(m_app, m_carol.userId).isEmpty());
    QCOMPARE(
        m_probe.get(path(m_app, QStringLiteral("/deployments")), m_alice.access).array().size(), 1);
}

QTEST_GUILESS_MAIN(tst_DraftsRoutes)
#include "tst_draftsroutes.moc"
