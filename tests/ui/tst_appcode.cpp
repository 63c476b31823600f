// App as code's model layer against real in-process stitch-local servers: pull to a folder,
// read it back, compare, push inside a draft, round trip into a new app, promote between two
// servers, hostile folders.

#include "appcodetesthelpers.h"

#include <api/draftcalls.h>
#include <api/valuecalls.h>

#include <QTemporaryDir>

using namespace appcode;
using namespace appcodetest;

class TestAppCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullWritesTheLayout();
    void secondPullChangesNoByte();
    void changesShowAndPushInADraft();
    void roundTripIntoANewApp();
    void targetChangedSinceComparison();
    void halfWayFailureThenReRun();
    void hostileFolders_data();
    void hostileFolders();
    void unknownFilesAreListed();
    void secretValuesAreListed();
    void promoteBetweenTwoServers();
    void servicesAndProvidersRoundTrip();
    void serverDefaultsAreNoChange();

private:
    appcode::Snapshot pull(const QString &folder);
    SignedInFixture m_fx;
    QTemporaryDir m_dir;
};

void TestAppCode::initTestCase()
{
    QVERIFY(m_fx.start());
}

appcode::Snapshot TestAppCode::pull(const QString &folder)
{
    const Snapshot app = read(*m_fx.session, m_fx.groupId, m_fx.app.id, true);
    const QString error = writeFolder(folder, app);
    if (!error.isEmpty())
        qWarning("write: %s", qPrintable(error));
    return app;
}

void TestAppCode::pullWritesTheLayout()
{
    const QString folder = m_dir.filePath(QStringLiteral("pull"));
    const Snapshot app = pull(folder);
    QVERIFY2(app.isValid(), qPrintable(app.problems.join(u'\n')));
    const auto files = filesUnder(folder);
    for (const char *path :
         { "stitch.json", "functions/sum/config.json", "functions/sum/source.js",
           "values/greeting.json", "triggers/logUserLogins.json", "hosting/metadata.json",
           "hosting/files/index.html" })
        QVERIFY2(files.contains(QLatin1String(path)), path);
    // No ids: a trigger names its function.
    const QByteArray trigger = files.value(QStringLiteral("triggers/logUserLogins.json"));
    QVERIFY(trigger.contains("\"function_name\": \"onUserLogin\""));
    QVERIFY2(!trigger.contains("_id"), trigger.constData());
    QVERIFY(!trigger.contains("function_id"));
    // Sorted keys, four spaces, a final line break.
    const QByteArray manifest = files.value(QStringLiteral("stitch.json"));
    QVERIFY(manifest.startsWith("{\n    \"config_version\": 20180301,\n"));
    QVERIFY(manifest.endsWith("}\n"));
    QCOMPARE(files.value(QStringLiteral("functions/sum/source.js")),
             QByteArray("exports = function(a, b) {\n  return a + b;\n};\n"));
}

void TestAppCode::secondPullChangesNoByte()
{
    const QString folder = m_dir.filePath(QStringLiteral("stable"));
    pull(folder);
    const auto before = filesUnder(folder);
    const Snapshot again = read(*m_fx.session, m_fx.groupId, m_fx.app.id, true);
    int written = -1;
    QCOMPARE(writeFolder(folder, again, &written), QString());
    QCOMPARE(written, 0);
    QCOMPARE(filesUnder(folder), before);
    // Hosting files the folder holds are not downloaded again.
    const QHash<QString, QString> have = hostingHashes(folder);
    QCOMPARE(have.size(), 2);
    int withAll = 0, withHave = 0;
    read(*m_fx.session, m_fx.groupId, m_fx.app.id, true, &withAll);
    {
        AppReader reader(m_fx.session->client(), m_fx.groupId, m_fx.app.id);
        reader.setWithContents(true, have);
        QSignalSpy done(&reader, &AppReader::finished);
        reader.start();
        QVERIFY(done.wait(30000));
        withHave = reader.callCount();
        QCOMPARE(writeFolder(folder, reader.snapshot(), &written), QString());
        QCOMPARE(written, 0);
    }
    QCOMPARE(withHave, withAll - 2);
    // Read back, the folder is the app.
    const Snapshot local = readFolder(folder);
    QVERIFY2(local.isValid(), qPrintable(local.problems.join(u'\n')));
    QVERIFY(local.ignored.isEmpty());
    const Comparison comparison = compare(again, local);
    QVERIFY2(comparison.isEmpty(), qPrintable(comparison.summary()));
    QVERIFY(comparison.diff.isEmpty());
    QCOMPARE(local.fingerprint(), again.fingerprint());
}

void TestAppCode::changesShowAndPushInADraft()
{
    const QString folder = m_dir.filePath(QStringLiteral("change"));
    pull(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/functions/sum/source.js"),
                      "exports = function(a, b) {\n  return a + b + 0;\n};\n"));
    QByteArray greeting = filesUnder(folder).value(QStringLiteral("values/greeting.json"));
    const QByteArray oldGreeting = QJsonDocument::fromJson(greeting)
                                       .object()
                                       .value(QStringLiteral("value"))
                                       .toString()
                                       .toUtf8();
    greeting.replace(oldGreeting, "Howdy");
    QVERIFY(writeFile(folder + QStringLiteral("/values/greeting.json"), greeting));
    QByteArray trigger = filesUnder(folder).value(QStringLiteral("triggers/logUserLogins.json"));
    QVERIFY(trigger.contains("\"disabled\": false"));
    trigger.replace("\"disabled\": false", "\"disabled\": true");
    QVERIFY(writeFile(folder + QStringLiteral("/triggers/logUserLogins.json"), trigger));
    QVERIFY(writeFile(folder + QStringLiteral("/hosting/files/style.css"), "body { color: red; }\n"));

    const Snapshot local = readFolder(folder);
    QVERIFY2(local.isValid(), qPrintable(local.problems.join(u'\n')));
    const Snapshot app = read(*m_fx.session, m_fx.groupId, m_fx.app.id);
    const Comparison comparison = compare(app, local);
    QCOMPARE(comparison.count(Change::Changed), 4);
    QCOMPARE(comparison.count(Change::Added), 0);
    QCOMPARE(comparison.diff.diffs.size(), 3);
    QVERIFY(comparison.diff.diffs.join(QString()).contains(QStringLiteral("+  return a + b + 0;")));
    QCOMPARE(comparison.diff.hostingModified, QStringList { QStringLiteral("/style.css") });
    // Dry run: the calls, nothing sent.
    const QList<PlannedCall> calls = plan(app, local, comparison);
    QStringList described;
    for (const PlannedCall &call : calls)
        described.append(call.description());
    QCOMPARE(described,
             QStringList({ QStringLiteral("Update function functions/sum"),
                           QStringLiteral("Update value values/greeting"),
                           QStringLiteral("Update trigger triggers/logUserLogins"),
                           QStringLiteral("Upload hosting file /style.css") }));

    const PushResult result = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local, &app);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QCOMPARE(result.writes, 4);
    QVERIFY(!result.draftId.isEmpty());
    for (const PlannedCall &call : result.calls)
        QCOMPARE(call.outcome, PlannedCall::Done);
    QVERIFY(deploy(*m_fx.session, m_fx.groupId, m_fx.app.id, result.draftId));
    // On the server, seen by the other client.
    const StitchFunction sum = m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("sum")));
    QVERIFY(sum.source.contains(QStringLiteral("a + b + 0")));
    const Snapshot after = read(*m_fx.other, m_fx.groupId, m_fx.app.id);
    QCOMPARE(after.resources.value(QStringLiteral("values/greeting"))
                 .config.value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("Howdy"));
    QVERIFY(after.resources.value(QStringLiteral("triggers/logUserLogins"))
                .config.value(QStringLiteral("disabled"))
                .toBool());
    QCOMPARE(after.resources.value(QStringLiteral("hosting/files/style.css")).hash,
             local.resources.value(QStringLiteral("hosting/files/style.css")).hash);
    QVERIFY(compare(after, local).isEmpty());
    // A second push does nothing: no write, no draft.
    const PushResult again = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local);
    QVERIFY(!again.error.isError());
    QCOMPARE(again.writes, 0);
    QVERIFY(again.calls.isEmpty());
    QVERIFY(again.draftId.isEmpty());
}

void TestAppCode::roundTripIntoANewApp()
{
    const QString first = m_dir.filePath(QStringLiteral("roundtrip-a"));
    const QString second = m_dir.filePath(QStringLiteral("roundtrip-b"));
    pull(first);
    App target;
    target.id = makeApp(*m_fx.session, m_fx.groupId, QStringLiteral("roundtrip"));
    QVERIFY(!target.id.isEmpty());

    const Snapshot local = readFolder(first);
    QVERIFY(local.isValid());
    const PushResult result = push(*m_fx.session, m_fx.groupId, target.id, local);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QVERIFY(result.writes > 0);
    QVERIFY(deploy(*m_fx.session, m_fx.groupId, target.id, result.draftId));

    const Snapshot copy = read(*m_fx.session, m_fx.groupId, target.id, true);
    QCOMPARE(writeFolder(second, copy), QString());
    auto a = filesUnder(first);
    auto b = filesUnder(second);
    // The app's name aside, byte for byte.
    QVERIFY(b.value(QStringLiteral("stitch.json")).contains("\"name\": \"roundtrip\""));
    a.remove(QStringLiteral("stitch.json"));
    b.remove(QStringLiteral("stitch.json"));
    QCOMPARE(b.keys(), a.keys());
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(push(*m_fx.session, m_fx.groupId, target.id, local).writes, 0);
}

void TestAppCode::targetChangedSinceComparison()
{
    const QString folder = m_dir.filePath(QStringLiteral("stale"));
    pull(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/functions/greet/source.js"),
                      "exports = function() { return 1; };\n"));
    const Snapshot local = readFolder(folder);
    const Snapshot app = read(*m_fx.session, m_fx.groupId, m_fx.app.id);
    // Behind the console's back.
    StitchValue value;
    value.name = QStringLiteral("addedElsewhere");
    value.value = 1;
    QVERIFY(SignedInFixture::finish(
        valuecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, value)));
    const PushResult result = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local, &app);
    QVERIFY(result.stale);
    QCOMPARE(result.error.errorCode, QStringLiteral("TargetChanged"));
    QCOMPARE(result.writes, 0);
    QCOMPARE(m_fx.fetch(*m_fx.other, m_fx.idOf(QStringLiteral("greet"))).source.contains(
                 QStringLiteral("return 1;")),
             false);
}

void TestAppCode::halfWayFailureThenReRun()
{
    const QString folder = m_dir.filePath(QStringLiteral("halfway"));
    pull(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/functions/first/config.json"),
                      "{\n    \"name\": \"first\",\n    \"private\": false\n}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/first/source.js"),
                      "exports = function() { return 'first'; };\n"));
    QByteArray trigger = filesUnder(folder).value(QStringLiteral("triggers/logUserLogins.json"));
    trigger.replace("logUserLogins", "callsMissing").replace("onUserLogin", "missing");
    QVERIFY(writeFile(folder + QStringLiteral("/triggers/callsMissing.json"), trigger));
    Snapshot local = readFolder(folder);
    QVERIFY2(local.isValid(), qPrintable(local.problems.join(u'\n')));
    const Snapshot app = read(*m_fx.session, m_fx.groupId, m_fx.app.id);
    QStringList problems;
    const Comparison comparison = compare(app, local);
    plan(app, local, comparison, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("missing")));

    PushResult result = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local, &app);
    QVERIFY(result.error.isError());
    QCOMPARE(result.calls.size(), 2);
    QCOMPARE(result.calls.at(0).outcome, PlannedCall::Done);
    QCOMPARE(result.calls.at(1).outcome, PlannedCall::Failed);
    QVERIFY(!result.calls.at(1).error.isEmpty());
    // The draft holds what landed: the function.
    QVERIFY(!m_fx.idOf(QStringLiteral("first")).isEmpty());

    // Fixed in the folder, run again: only what is missing is sent.
    QVERIFY(writeFile(folder + QStringLiteral("/functions/missing/config.json"),
                      "{\n    \"name\": \"missing\",\n    \"private\": false\n}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/missing/source.js"),
                      "exports = function() {};\n"));
    local = readFolder(folder);
    result = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QCOMPARE(result.writes, 2); // the function "missing", then the trigger
    result = push(*m_fx.session, m_fx.groupId, m_fx.app.id, local);
    QVERIFY2(result.calls.isEmpty(), qPrintable(result.calls.value(0).description()));
    // Leave the demo app as it was for the other tests.
    auto *drafts = draftcalls::list(*m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listed(drafts, &ApiJob::finished);
    QVERIFY(listed.wait(30000));
    QVERIFY(SignedInFixture::finish(draftcalls::discard(*m_fx.session->client(), m_fx.groupId,
                                                        m_fx.app.id,
                                                        drafts->result().value(0).id)));
}

void TestAppCode::hostileFolders_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an app") << "empty" << "stitch.json is missing";
    QTest::newRow("bad json") << "badjson" << "values/broken.json, line 3: invalid JSON";
    QTest::newRow("link out") << "linkout" << "hosting/files/passwd: a link out of the folder";
    QTest::newRow("huge") << "huge" << "values/huge.json: 5.0 MiB, more than the 4.0 MiB";
    QTest::newRow("misnamed") << "misnamed" << "values/other.json: names “greeting”";
    QTest::newRow("no source") << "nosource" << "functions/lonely: source.js is missing";
    QTest::newRow("two functions, one name")
        << "clashfunctions"
        << "Name clash: functions/sum/config.json and functions/sum2/config.json both name the "
           "function “sum”";
    QTest::newRow("two values, one name")
        << "clashvalues"
        << "Name clash: values/limit.json and values/limit2.json both name the value “limit”";
}

void TestAppCode::hostileFolders()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString folder = m_dir.filePath(QStringLiteral("hostile-") + kind);
    QDir().mkpath(folder);
    if (kind != QLatin1String("empty"))
        QVERIFY(writeFile(folder + QStringLiteral("/stitch.json"), "{\"name\": \"x\"}\n"));
    if (kind == QLatin1String("badjson")) {
        QVERIFY(writeFile(folder + QStringLiteral("/values/broken.json"),
                          "{\n    \"name\": \"broken\",\n    \"value\": oops\n}\n"));
    } else if (kind == QLatin1String("linkout")) {
        QDir().mkpath(folder + QStringLiteral("/hosting/files"));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                            folder + QStringLiteral("/hosting/files/passwd")));
    } else if (kind == QLatin1String("huge")) {
        QFile huge(folder + QStringLiteral("/values/huge.json"));
        QDir().mkpath(folder + QStringLiteral("/values"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(5 * 1024 * 1024));
    } else if (kind == QLatin1String("misnamed")) {
        QVERIFY(writeFile(folder + QStringLiteral("/values/other.json"),
                          "{\"name\": \"greeting\", \"value\": 1}"));
    } else if (kind == QLatin1String("clashfunctions")) {
        for (const char *folderName : { "sum", "sum2" }) {
            const QString dir = folder + QStringLiteral("/functions/") + QLatin1String(folderName);
            QVERIFY(writeFile(dir + QStringLiteral("/config.json"), "{\"name\": \"sum\"}"));
            QVERIFY(writeFile(dir + QStringLiteral("/source.js"), "exports = () => 1;\n"));
        }
    } else if (kind == QLatin1String("clashvalues")) {
        QVERIFY(writeFile(folder + QStringLiteral("/values/limit.json"),
                          "{\"name\": \"limit\", \"value\": 1}"));
        QVERIFY(writeFile(folder + QStringLiteral("/values/limit2.json"),
                          "{\"name\": \"limit\", \"value\": 2}"));
    } else if (kind == QLatin1String("nosource")) {
        QVERIFY(writeFile(folder + QStringLiteral("/functions/lonely/config.json"),
                          "{\"name\": \"lonely\"}"));
    }
    const Snapshot snapshot = readFolder(folder);
    QVERIFY(!snapshot.isValid());
    QVERIFY2(snapshot.problems.join(u'\n').contains(expected),
             qPrintable(snapshot.problems.join(u'\n')));
    QVERIFY(!snapshot.problems.join(u'\n').contains(QStringLiteral("root:")));
}

void TestAppCode::unknownFilesAreListed()
{
    const QString folder = m_dir.filePath(QStringLiteral("unknown"));
    pull(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/README.md"), "# my app\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/functions/sum/notes.txt"), "todo\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/.git/HEAD"), "ref: refs/heads/main\n"));
    const Snapshot local = readFolder(folder);
    QVERIFY(local.isValid());
    QCOMPARE(local.ignored,
             QStringList({ QStringLiteral("README.md"), QStringLiteral("functions/sum/notes.txt") }));
    // A pull leaves them alone.
    QCOMPARE(writeFolder(folder, read(*m_fx.session, m_fx.groupId, m_fx.app.id, true)), QString());
    QVERIFY(QFile::exists(folder + QStringLiteral("/functions/sum/notes.txt")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/README.md")));
}

void TestAppCode::secretValuesAreListed()
{
    Snapshot snapshot;
    Resource value;
    value.kind = Kind::Value;
    value.name = QStringLiteral("apiToken");
    value.config = { { QStringLiteral("name"), value.name },
                     { QStringLiteral("from_secret"), true },
                     { QStringLiteral("value"), QStringLiteral("tokenSecret") } };
    snapshot.resources.insert(value.key(), value);
    value.name = QStringLiteral("plain");
    value.config = { { QStringLiteral("name"), value.name }, { QStringLiteral("value"), 1 } };
    snapshot.resources.insert(value.key(), value);
    QCOMPARE(snapshot.secretValues(), QStringList { QStringLiteral("apiToken") });
}

void TestAppCode::promoteBetweenTwoServers()
{
    SignedInFixture production;
    QVERIFY(production.start());
    App target;
    target.id = makeApp(*production.session, production.groupId, QStringLiteral("production-app"));
    QVERIFY(!target.id.isEmpty());

    const Snapshot source = read(*m_fx.session, m_fx.groupId, m_fx.app.id, true);
    const Snapshot before = read(*production.session, production.groupId, target.id);
    const Comparison comparison = compare(before, source);
    QVERIFY(comparison.count(Change::Added) >= 8);
    QVERIFY(!comparison.diff.diffs.isEmpty());
    const PushResult result
        = push(*production.session, production.groupId, target.id, source, &before);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QVERIFY(deploy(*production.session, production.groupId, target.id, result.draftId));
    const Snapshot after = read(*production.session, production.groupId, target.id);
    const Comparison left = compare(after, source);
    QVERIFY2(left.isEmpty(), qPrintable(left.summary() + u'\n' + left.diff.diffs.join(u'\n')));
}

void TestAppCode::servicesAndProvidersRoundTrip()
{
    const QString folder = m_dir.filePath(QStringLiteral("services"));
    QVERIFY(writeFile(folder + QStringLiteral("/stitch.json"), "{\"name\": \"svc\"}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/services/web/config.json"),
                      "{\"name\": \"web\", \"type\": \"http\", \"config\": {}}"));
    QVERIFY(writeFile(folder + QStringLiteral("/services/web/rules/fetch.json"),
                      "{\"name\": \"fetch\", \"actions\": [\"get\"], \"when\": {}}"));
    QVERIFY(writeFile(folder + QStringLiteral("/services/web/incoming_webhooks/hook/config.json"),
                      "{\"name\": \"hook\", \"run_as_authed_user\": false, \"run_as_user_id\": "
                      "\"\", \"respond_result\": true, \"options\": {\"secret\": \"\", "
                      "\"validationMethod\": \"NO_VALIDATION\"}}"));
    QVERIFY(writeFile(folder + QStringLiteral("/services/web/incoming_webhooks/hook/source.js"),
                      "exports = function(payload) { return 1; };\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/auth_providers/anon-user.json"),
                      "{\"name\": \"anon-user\", \"type\": \"anon-user\", \"disabled\": false}"));
    const Snapshot local = readFolder(folder);
    QVERIFY2(local.isValid(), qPrintable(local.problems.join(u'\n')));
    QCOMPARE(local.count(Kind::Webhook), 1);
    const QString appId = makeApp(*m_fx.session, m_fx.groupId, QStringLiteral("services-app"));
    QVERIFY(!appId.isEmpty());
    const PushResult result = push(*m_fx.session, m_fx.groupId, appId, local);
    QStringList outcomes;
    for (const PlannedCall &call : result.calls)
        outcomes << call.description() + QStringLiteral(": ") + call.outcomeText();
    QVERIFY2(!result.error.isError(), qPrintable(outcomes.join(u'\n')));
    QVERIFY(deploy(*m_fx.session, m_fx.groupId, appId, result.draftId));
    const Snapshot after = read(*m_fx.session, m_fx.groupId, appId);
    QVERIFY(after.resources.contains(QStringLiteral("services/web/rules/fetch")));
    QVERIFY(after.resources.contains(QStringLiteral("services/web/incoming_webhooks/hook")));
    // A hand-written folder lacks the defaults the server fills in (a webhook's
    // run_as_user_id_script_source, a provider's empty config): they are no change.
    const Comparison left = compare(after, local);
    QVERIFY2(left.isEmpty(), qPrintable(left.summary()));
    QVERIFY(!left.appChanged);
    const QString pulled = m_dir.filePath(QStringLiteral("services-pulled"));
    QCOMPARE(writeFolder(pulled, read(*m_fx.session, m_fx.groupId, appId, true)), QString());
    const Snapshot again = readFolder(pulled);
    QVERIFY(compare(after, again).isEmpty());
    QCOMPARE(push(*m_fx.session, m_fx.groupId, appId, again).writes, 0);
}

void TestAppCode::serverDefaultsAreNoChange()
{
    // A hand-written folder with only what each resource needs: the server fills in the rest.
    const QString folder = m_dir.filePath(QStringLiteral("minimal"));
    const QList<QPair<const char *, QByteArray>> files {
        { "stitch.json", "{\"name\": \"minimal\"}" },
        { "functions/job/config.json", "{\"name\": \"job\"}" },
        { "functions/job/source.js", "exports = function() { return 1; };\n" },
        { "values/limit.json", "{\"name\": \"limit\", \"value\": 5}" },
        { "triggers/nightly.json",
          "{\"name\": \"nightly\", \"type\": \"SCHEDULED\", \"function_name\": \"job\", "
          "\"config\": {\"schedule\": \"0 3 * * *\"}}" },
        { "auth_providers/anon-user.json", "{\"name\": \"anon-user\", \"type\": \"anon-user\"}" },
        { "services/web/config.json", "{\"name\": \"web\", \"type\": \"http\"}" },
        { "services/web/rules/fetch.json", "{\"name\": \"fetch\"}" },
        { "services/web/incoming_webhooks/hook/config.json", "{\"name\": \"hook\"}" },
        { "services/web/incoming_webhooks/hook/source.js", "exports = function() { return 2; };\n" },
    };
    for (const auto &[path, bytes] : files)
        QVERIFY(writeFile(folder + u'/' + QLatin1String(path), bytes));
    const Snapshot local = readFolder(folder);
    QVERIFY2(local.isValid(), qPrintable(local.problems.join(u'\n')));
    const QString appId = makeApp(*m_fx.session, m_fx.groupId, QStringLiteral("minimal-app"));
    QVERIFY(!appId.isEmpty());
    const PushResult result = push(*m_fx.session, m_fx.groupId, appId, local);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QVERIFY(deploy(*m_fx.session, m_fx.groupId, appId, result.draftId));
    const Snapshot after = read(*m_fx.session, m_fx.groupId, appId);
    const Comparison left = compare(after, local);
    QVERIFY2(left.isEmpty() && left.diff.diffs.isEmpty(),
             qPrintable(left.summary() + u'\n' + left.diff.diffs.join(u'\n')));
    QCOMPARE(push(*m_fx.session, m_fx.groupId, appId, local).writes, 0);
    // A field the folder sets away from the default still is a change, both ways.
    Snapshot changed = local;
    Resource &hook = changed.resources[QStringLiteral("services/web/incoming_webhooks/hook")];
    hook.config.insert(QStringLiteral("respond_result"), true);
    const Comparison one = compare(after, changed);
    QCOMPARE(one.changes.size(), 1);
    QCOMPARE(one.diff.diffs.size(), 1);
    QVERIFY(one.diff.diffs.first().contains(QLatin1String("+    \"respond_result\": true")));
    QCOMPARE(compare(withServerDefaults(changed, after), local).changes.size(), 1);
}

QTEST_MAIN(TestAppCode)
#include "tst_appcode.moc"
