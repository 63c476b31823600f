// The log archive against a real LocalServer: what LogModel fetches and what a sync fetches
// lands once; complete ranges and gaps; FTS5 search; entries the service no longer keeps stay,
// marked; pruning; a corrupt, a locked and a full archive; the archive-backed model.
#include <api/appcalls.h>
#include <models/logarchive.h>
#include <models/logarchivemodel.h>
#include <models/logarchiverow.h>
#include <models/logarchivesync.h>
#include <models/logmodel.h>
#include <server/localserver.h>
#include <server/logwriter.h>
#include <server/store.h>
#include <session/session.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

class TestLogArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fts5IsAvailable();
    void archiveLivesUnderTheDataFolder();
    void gapsBetweenRanges();
    void entriesLandOnceWhateverPathFetchedThem();
    void gapsRecordedAndFilledBySync();
    void syncCutShortResumesNextTime();
    void search_data();
    void search();
    void badSearchSyntaxIsAnError();
    void secretsAreRedacted();
    void entriesOfAnyShapeComeBackAsSent();
    void entriesGoneFromTheServiceStaySearchableAndMarked();
    void pruneBySizeAndAge();
    void corruptFileIsMovedAsideAndRecreated();
    void lockedFileOpensReadOnly();
    void fullDiskStopsWritingWithAMessage();
    void archiveModelPagesAndPassesTheTester();

private:
    QString freshPath(const QString &name) const { return m_dir.filePath(name + ".sqlite"); }
    void openArchive(LogArchive &archive, const QString &path);
    void waitWritten(LogArchive &archive);
    LogArchiveRows searchAll(LogArchive &archive, const QString &text, const LogFilter &f = {});
    LogArchiveStats statsOf(LogArchive &archive);
    void sync(LogArchive &archive, bool everything);
    void writeEntry(const QJsonObject &entry);
    //! The app's entries on the server, counted in its store.
    int serverCount();
    //! An archive that holds every entry of the demo app (synced once, in initTestCase).
    LogArchive &full() { return *m_full; }

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    QString m_groupId;
    QString m_appId;
    int m_serverTotal = 0;
    std::unique_ptr<LogArchive> m_full;
};

static const int kSeeded = 600;

void TestLogArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_logarchive"));
    QSettings().clear();
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir.filePath(QStringLiteral("server"));
    options.demo = true;
    options.seedLogs = kSeeded;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("archive-tester");
    admin.secret = QStringLiteral("archive-tester-secret");
    options.admins = { admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_session = new Session(this);
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    m_session->signIn(profile, m_server->rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 20000);
    m_groupId = m_session->currentGroupId();
    auto *job = appcalls::list(*m_session->client(), m_groupId);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(job->ok());
    m_appId = job->result().first().id;

    // Search rows, written as runs would write them.
    writeEntry({ { "type", "FUNCTION" },
                 { "function_name", "chargeCustomer" },
                 { "messages", QJsonArray { "payment declined for order 77" } } });
    writeEntry({ { "type", "FUNCTION" },
                 { "function_name", "refundOrder" },
                 { "messages", QJsonArray { "refund issued" } },
                 { "error", "card expired" },
                 { "error_code", "FunctionExecutionError" },
                 { "status", 400 } });
    writeEntry({ { "type", "WEBHOOK" },
                 { "incoming_webhook_name", "stripeHook" },
                 { "messages", QJsonArray { "payment received" } },
                 { "request_url", "https://example.com/hook?secret=hunter2&order=77" } });
    m_serverTotal = serverCount();
    QVERIFY(m_serverTotal >= kSeeded + 3);

    m_full = std::make_unique<LogArchive>();
    openArchive(*m_full, freshPath(QStringLiteral("full")));
    sync(*m_full, true);
    QCOMPARE(statsOf(*m_full).entries, qint64(m_serverTotal));
}

void TestLogArchive::writeEntry(const QJsonObject &entry)
{
    stitchlocal::Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("server")), &error, &created),
             qPrintable(error));
    QVERIFY(stitchlocal::appendLog(store, m_appId, entry));
}

int TestLogArchive::serverCount()
{
    stitchlocal::Store store;
    QString error;
    bool created = false;
    if (!store.open(m_dir.filePath(QStringLiteral("server")), &error, &created))
        return -1;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM logs WHERE app_id = ?"));
    q.addBindValue(m_appId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestLogArchive::openArchive(LogArchive &archive, const QString &path)
{
    QSignalSpy changed(&archive, &LogArchive::stateChanged);
    archive.open(path);
    QTRY_VERIFY_WITH_TIMEOUT(archive.state() != LogArchive::State::Opening, 10000);
    QVERIFY2(archive.state() == LogArchive::State::Open, qPrintable(archive.message()));
}

void TestLogArchive::waitWritten(LogArchive &archive)
{
    QTRY_COMPARE_WITH_TIMEOUT(archive.pendingPages(), 0, 30000);
}

LogArchiveRows TestLogArchive::searchAll(LogArchive &archive, const QString &text,
                                         const LogFilter &filter)
{
    LogArchiveRows rows;
    bool done = false;
    archive.search({ text, filter }, std::numeric_limits<qint64>::max(), 100000, this,
                   [&](const LogArchiveRows &r) {
                       rows = r;
                       done = true;
                   });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        rows.error = QStringLiteral("timed out");
    return rows;
}

LogArchiveStats TestLogArchive::statsOf(LogArchive &archive)
{
    LogArchiveStats stats;
    bool done = false;
    archive.stats(this, [&](const LogArchiveStats &s) {
        stats = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("stats timed out");
    return stats;
}

void TestLogArchive::sync(LogArchive &archive, bool everything)
{
    LogArchiveSync sync(m_session->client(), &archive);
    QSignalSpy finished(&sync, &LogArchiveSync::finished);
    sync.start(m_groupId, m_appId, everything);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(archive.pendingPages(), 0);
}

void TestLogArchive::fts5IsAvailable()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(a)", nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

void TestLogArchive::archiveLivesUnderTheDataFolder()
{
    const QString path = LogArchive::pathFor(QStringLiteral("profile-a"), m_appId);
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + QStringLiteral("/log-archive/")));
    QVERIFY(path.endsWith(u'/' + m_appId + QStringLiteral(".sqlite")));
    QCOMPARE(LogArchive::pathFor(QStringLiteral("profile-a"), m_appId), path);
    QVERIFY(LogArchive::pathFor(QStringLiteral("profile-b"), m_appId) != path);
    // An id with a path in it stays inside the folder.
    QVERIFY(!LogArchive::pathFor(QStringLiteral("p"), QStringLiteral("../x")).contains(u".."));
}

void TestLogArchive::gapsBetweenRanges()
{
    const QList<LogTimeRange> held { { 500, 800 }, { 100, 200 } };
    QCOMPARE(logArchiveGaps(held, 1000, LogSyncScope::Newer),
             (QList<LogTimeRange> { { 801, 1000 }, { 201, 499 } }));
    QCOMPARE(logArchiveGaps(held, 1000, LogSyncScope::ToTheEnd),
             (QList<LogTimeRange> { { 801, 1000 }, { 201, 499 }, { 0, 99 } }));
    QCOMPARE(logArchiveGaps(held, 1000, LogSyncScope::Everything),
             (QList<LogTimeRange> { { 0, 1000 } }));
    QCOMPARE(logArchiveGaps({}, 1000, LogSyncScope::Newer), (QList<LogTimeRange> { { 0, 1000 } }));
    QCOMPARE(mergeLogRanges(held, { 201, 499 }), (QList<LogTimeRange> { { 100, 800 } }));
    QCOMPARE(mergeLogRanges(held, { 250, 300 }),
             (QList<LogTimeRange> { { 500, 800 }, { 250, 300 }, { 100, 200 } }));
}

void TestLogArchive::entriesLandOnceWhateverPathFetchedThem()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("paths")));
    LogModel model(m_session->client());
    connect(&model, &LogModel::pageArrived, &archive, &LogArchive::add);
    // Browsing: the first page, then one more through fetchMore.
    model.reload(m_groupId, m_appId, {});
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 100 && !model.isLoading(), 10000);
    model.fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 200 && !model.isLoading(), 10000);
    waitWritten(archive);
    QCOMPARE(statsOf(archive).entries, 200);
    // Load all, which fetches the first pages again (a reload), and a filtered browse.
    model.reload(m_groupId, m_appId, {});
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 30000);
    LogFilter errors;
    errors.errorsOnly = true;
    model.reload(m_groupId, m_appId, errors);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    // The tail, after two new entries.
    model.reload(m_groupId, m_appId, {});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 10000);
    writeEntry({ { "type", "FUNCTION" }, { "function_name", "tailOne" } });
    writeEntry({ { "type", "FUNCTION" }, { "function_name", "tailTwo" } });
    m_serverTotal += 2;
    QSignalSpy tailed(&model, &LogModel::tailPolled);
    model.pollTail();
    QVERIFY(tailed.wait(10000));
    // And a sync on top of all that.
    sync(archive, true);
    waitWritten(archive);
    const LogArchiveStats stats = statsOf(archive);
    QCOMPARE(stats.entries, qint64(m_serverTotal));
    QCOMPARE(searchAll(archive, QStringLiteral("tailTwo")).rows.size(), 1);
    // Fetched to the end: one range, from the beginning of time.
    QCOMPARE(stats.ranges.size(), 1);
    QCOMPARE(stats.ranges.first().fromMs, 0);
}

void TestLogArchive::gapsRecordedAndFilledBySync()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("gaps")));
    LogModel model(m_session->client());
    connect(&model, &LogModel::pageArrived, &archive, &LogArchive::add);
    model.reload(m_groupId, m_appId, {});
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 100 && !model.isLoading(), 10000);
    waitWritten(archive);
    LogArchiveStats stats = statsOf(archive);
    // One page: complete from just after its oldest entry up to when it was asked for.
    QCOMPARE(stats.ranges.size(), 1);
    const LogTimeRange first = stats.ranges.first();
    QVERIFY(first.fromMs > 0);
    QCOMPARE(first.fromMs, model.record(99).startedMs + 1);
    // Filtered pages hold entries but prove no range.
    LogFilter errors;
    errors.errorsOnly = true;
    model.reload(m_groupId, m_appId, errors);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 10000);
    waitWritten(archive);
    QCOMPARE(statsOf(archive).ranges, stats.ranges);

    // A new entry: the plain sync fetches what is above the newest complete range only.
    writeEntry({ { "type", "FUNCTION" }, { "function_name", "afterTheGap" } });
    m_serverTotal += 1;
    sync(archive, false);
    stats = statsOf(archive);
    QCOMPARE(stats.ranges.size(), 1);
    QCOMPARE(stats.ranges.first().fromMs, first.fromMs);
    QVERIFY(stats.ranges.first().toMs > first.toMs);
    QCOMPARE(searchAll(archive, QStringLiteral("afterTheGap")).rows.size(), 1);
    // Everything: the gap below is filled, back to the service's first entry.
    sync(archive, true);
    stats = statsOf(archive);
    QCOMPARE(stats.ranges.size(), 1);
    QCOMPARE(stats.ranges.first().fromMs, 0);
    QCOMPARE(stats.entries, qint64(m_serverTotal));
}

void TestLogArchive::syncCutShortResumesNextTime()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("resume")));
    {
        // Everything, stopped after its first page (as a sign-out or quitting would stop it).
        LogArchiveSync sync(m_session->client(), &archive);
        QSignalSpy finished(&sync, &LogArchiveSync::finished);
        connect(&sync, &LogArchiveSync::progress, &sync, &LogArchiveSync::cancel);
        sync.start(m_groupId, m_appId, true);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().toBool());
    }
    waitWritten(archive);
    LogArchiveStats stats = statsOf(archive);
    QCOMPARE(stats.ranges.size(), 1);
    QVERIFY(stats.ranges.first().fromMs > 0);
    QVERIFY(stats.entries < m_serverTotal);
    // The next plain sync goes on from there to the service's end.
    sync(archive, false);
    stats = statsOf(archive);
    QCOMPARE(stats.entries, qint64(m_serverTotal));
    QCOMPARE(stats.ranges.size(), 1);
    QCOMPARE(stats.ranges.first().fromMs, 0);
}

void TestLogArchive::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names"); // of the matching entries
    const QString charge = QStringLiteral("chargeCustomer");
    const QString refund = QStringLiteral("refundOrder");
    const QString hook = QStringLiteral("stripeHook");
    QTest::newRow("word in messages") << "payment" << QStringList { hook, charge };
    QTest::newRow("phrase") << "\"payment declined\"" << QStringList { charge };
    QTest::newRow("prefix") << "pay*" << QStringList { hook, charge };
    QTest::newRow("AND") << "payment AND declined" << QStringList { charge };
    QTest::newRow("OR") << "declined OR refund" << QStringList { refund, charge };
    QTest::newRow("NOT") << "payment NOT declined" << QStringList { hook };
    QTest::newRow("word in error") << "expired" << QStringList { refund };
    QTest::newRow("function name") << "chargeCustomer" << QStringList { charge };
    QTest::newRow("function name prefix") << "refund*" << QStringList { refund };
    QTest::newRow("column filter") << "function_name:refundOrder" << QStringList { refund };
    QTest::newRow("error code") << "FunctionExecutionError AND card" << QStringList { refund };
    QTest::newRow("nothing") << "zebra" << QStringList {};
}

void TestLogArchive::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    const LogArchiveRows rows = searchAll(full(), query);
    QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
    QStringList found;
    for (const LogArchiveEntry &e : rows.rows)
        found.append(e.functionName);
    // Written within a millisecond or two: the order among them is the key's, not the writes'.
    found.sort();
    names.sort();
    QCOMPARE(found, names);
}

void TestLogArchive::badSearchSyntaxIsAnError()
{
    const LogArchiveRows rows = searchAll(full(), QStringLiteral("\"unbalanced"));
    QVERIFY(!rows.error.isEmpty());
    QVERIFY(rows.rows.isEmpty());
    // The archive answers the next search as before.
    QCOMPARE(searchAll(full(), QStringLiteral("declined")).rows.size(), 1);
}

void TestLogArchive::secretsAreRedacted()
{
    const LogArchiveRows rows = searchAll(full(), QStringLiteral("received"));
    QCOMPARE(rows.rows.size(), 1);
    const QJsonObject entry = logarchiverow::entryJson(rows.rows.first()).toObject();
    QCOMPARE(entry.value("request_url").toString(),
             QStringLiteral("https://example.com/hook?secret=REDACTED&order=77"));
    // Nowhere in the files either.
    for (const char *suffix : { "", "-wal" }) {
        QFile file(full().filePath() + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("hunter2"));
    }
}

void TestLogArchive::entriesOfAnyShapeComeBackAsSent()
{
    // Fields the columns take, spelled as the service does and not: each comes back as sent.
    const QList<QJsonValue> sent {
        QJsonObject { { "_id", "aaaaaaaaaaaaaaaaaaaaaaaa" }, { "type", "FUNCTION" },
                      { "started", "2026-11-01T10:00:00.000Z" },
                      { "completed", "2026-11-01T10:00:00.250Z" }, { "status", 200 },
                      { "messages", QJsonArray { "one", "two" } }, { "function_name", "f" } },
        QJsonObject { { "_id", "shape-2" }, { "type", "FUNCTION" },
                      { "started", "2026-11-01T10:00:01Z" }, { "status", "500" },
                      { "messages", "a string, not a list" },
                      { "error", QJsonObject { { "message", "nested error" } } } },
        QJsonObject { { "_id", "shape-3" }, { "type", "WEBHOOK" },
                      { "started", "2026-11-01T10:00:02.000Z" },
                      { "messages", QJsonArray { "line\nbreak", 7 } }, { "user_id", "" },
                      { "extra", QJsonObject { { "deep", QJsonArray { 1, 2 } } } } },
        QJsonObject { { "type", "AUTH" }, { "started", "2026-11-01T10:00:03.000Z" } },
        QJsonValue(42),
    };
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("shapes")));
    QJsonArray logs;
    for (const QJsonValue &v : sent)
        logs.append(v);
    const QByteArray body = QJsonDocument(QJsonObject { { "logs", logs } }).toJson();
    archive.addBody(body, std::nullopt);
    archive.addBody(body, std::nullopt); // the same page again adds nothing
    waitWritten(archive);
    const LogArchiveRows rows = searchAll(archive, QString());
    QCOMPARE(rows.rows.size(), sent.size());
    QList<QJsonValue> back;
    for (const LogArchiveEntry &e : rows.rows)
        back.append(logarchiverow::entryJson(e));
    for (const QJsonValue &v : sent)
        QVERIFY2(back.contains(v),
                 qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson())));
    QCOMPARE(searchAll(archive, QStringLiteral("\"nested error\"")).rows.size(), 1);
}

void TestLogArchive::entriesGoneFromTheServiceStaySearchableAndMarked()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("gone")));
    sync(archive, true);
    const LogArchiveRows before = searchAll(archive, QString());
    QCOMPARE(before.rows.size(), m_serverTotal);
    for (const LogArchiveEntry &e : before.rows)
        QVERIFY(!e.archiveOnly);
    // The service lets its oldest entries go (retention), as if those days had expired.
    const qint64 cutoff = before.rows.at(before.rows.size() / 2).startedMs;
    {
        stitchlocal::Store store;
        QString error;
        bool created = false;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("server")), &error, &created));
        QSqlQuery q(store.database());
        QVERIFY(q.prepare(QStringLiteral("DELETE FROM logs WHERE app_id = ? AND started < ?")));
        q.addBindValue(m_appId);
        q.addBindValue(cutoff);
        QVERIFY(q.exec());
        QVERIFY(q.numRowsAffected() > 0);
    }
    m_serverTotal = serverCount();
    sync(archive, true);
    const LogArchiveRows after = searchAll(archive, QString());
    QCOMPARE(after.rows.size(), before.rows.size()); // nothing lost
    int marked = 0;
    for (const LogArchiveEntry &e : after.rows) {
        QCOMPARE(e.archiveOnly, e.startedMs < cutoff);
        marked += e.archiveOnly;
    }
    QVERIFY(marked > 0);
    // Searchable, and the model marks them with text a screen reader reads too.
    LogArchiveModel model(&archive);
    LogFilter older;
    older.end = QDateTime::fromMSecsSinceEpoch(cutoff - 1, Qt::UTC);
    model.setQuery({ QStringLiteral("ran OR login OR hook"), older });
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.rowCount() > 0, 10000);
    const QModelIndex kept = model.index(0, LogArchiveModel::KeptColumn);
    QVERIFY(kept.data(LogArchiveModel::ArchiveOnlyRole).toBool());
    QCOMPARE(kept.data().toString(), QStringLiteral("archive only"));
    QVERIFY(kept.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Only in the archive")));
    QVERIFY(!kept.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestLogArchive::pruneBySizeAndAge()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("prune")));
    sync(archive, true);
    // Two entries from long ago, as an archive kept for months would hold.
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - qint64(40) * 24 * 3600 * 1000;
    QJsonArray logs;
    for (int i = 0; i < 2; ++i)
        logs.append(QJsonObject { { "_id", QStringLiteral("old%1").arg(i) },
                                  { "type", "FUNCTION" },
                                  { "started", logDateFromMs(old + i) },
                                  { "messages", QJsonArray { "from long ago" } } });
    archive.addBody(QJsonDocument(QJsonObject { { "logs", logs } }).toJson(), std::nullopt);
    waitWritten(archive);
    LogArchiveStats stats = statsOf(archive);
    QCOMPARE(stats.entries, qint64(m_serverTotal + 2));
    QSignalSpy pruned(&archive, &LogArchive::pruned);
    archive.prune({ 0, 30 });
    QVERIFY(pruned.wait(10000));
    stats = statsOf(archive);
    QCOMPARE(stats.entries, qint64(m_serverTotal));
    QVERIFY(searchAll(archive, QStringLiteral("\"long ago\"")).rows.isEmpty());
    // By size: the oldest go until the rest fits; the newest stay, and the ranges follow.
    const qint64 newest = stats.newestMs;
    archive.prune({ stats.bytes * 2 / 3, 0 });
    QVERIFY(pruned.wait(10000));
    const LogArchiveStats smaller = statsOf(archive);
    QVERIFY(smaller.entries < stats.entries);
    QVERIFY(smaller.entries > 0);
    QCOMPARE(smaller.newestMs, newest);
    QVERIFY(smaller.oldestMs > stats.oldestMs);
    QVERIFY(smaller.bytes < stats.bytes);
    QVERIFY(!smaller.ranges.isEmpty());
    QVERIFY(smaller.ranges.last().fromMs > 0);
}

void TestLogArchive::corruptFileIsMovedAsideAndRecreated()
{
    const QString path = freshPath(QStringLiteral("corrupt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    LogArchive archive;
    archive.open(path);
    QTRY_VERIFY_WITH_TIMEOUT(archive.state() != LogArchive::State::Opening, 10000);
    QCOMPARE(archive.state(), LogArchive::State::Corrupt);
    QVERIFY(!archive.message().isEmpty());
    QVERIFY(!archive.isWritable());
    archive.recreate();
    QTRY_VERIFY_WITH_TIMEOUT(archive.state() == LogArchive::State::Open, 10000);
    const QStringList aside = QDir(m_dir.path())
                                  .entryList({ QStringLiteral("corrupt.sqlite.corrupt-*") });
    QCOMPARE(aside.size(), 1);
    sync(archive, false);
    QCOMPARE(statsOf(archive).entries, qint64(m_serverTotal));
}

void TestLogArchive::lockedFileOpensReadOnly()
{
    // full() is open for writing in this process, as another window would hold it.
    LogArchive second;
    second.open(full().filePath());
    QTRY_VERIFY_WITH_TIMEOUT(second.state() != LogArchive::State::Opening, 10000);
    QCOMPARE(second.state(), LogArchive::State::ReadOnly);
    QVERIFY(!second.isWritable());
    QVERIFY(second.message().contains(QLatin1String("read-only")));
    QCOMPARE(searchAll(second, QStringLiteral("declined")).rows.size(), 1);
    // Nothing is written through it.
    LogArchiveSync sync(m_session->client(), &second);
    QSignalSpy finished(&sync, &LogArchiveSync::finished);
    sync.start(m_groupId, m_appId, false);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
}

void TestLogArchive::fullDiskStopsWritingWithAMessage()
{
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("full-disk")));
    archive.setMaxPageCount(20); // a few pages past the empty schema
    QSignalSpy failed(&archive, &LogArchive::writeFailed);
    LogArchiveSync sync(m_session->client(), &archive);
    QSignalSpy finished(&sync, &LogArchiveSync::finished);
    sync.start(m_groupId, m_appId, true);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(!failed.isEmpty());
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("disk is full")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!archive.isWritable());
    waitWritten(archive);
    // What was committed before is whole: every range it claims holds its entries.
    const LogArchiveStats stats = statsOf(archive);
    QVERIFY(stats.entries < m_serverTotal);
    QCOMPARE(qint64(searchAll(archive, QString()).rows.size()), stats.entries);
}

void TestLogArchive::archiveModelPagesAndPassesTheTester()
{
    LogArchiveModel model(&full());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy counted(&model, &LogArchiveModel::countChanged);
    model.setQuery({ QString(), LogFilter() });
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.rowCount() == 100, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty(), 10000);
    QCOMPARE(model.matchCount(), qint64(statsOf(full()).entries));
    while (model.canFetchMore()) {
        const int rows = model.rowCount();
        model.fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.rowCount() > rows, 10000);
    }
    QCOMPARE(qint64(model.rowCount()), model.matchCount());
    // Newest first, no entry twice.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row > 0)
            QVERIFY(model.entry(row).key < model.entry(row - 1).key);
        ids.insert(model.entry(row).id);
    }
    QCOMPARE(ids.size(), model.rowCount());
    // An entry comes back as the service sent it.
    const QJsonObject e = model.entryJson(0).toObject();
    QCOMPARE(e.value("_id").toString(), model.entry(0).id);
    QVERIFY(e.contains("started") && e.contains("app_id"));
    // A filter applies with the text.
    LogFilter errors;
    errors.errorsOnly = true;
    model.setQuery({ QStringLiteral("card"), errors });
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.rowCount() == 1, 10000);
    QCOMPARE(model.index(0, LogModel::NameColumn).data().toString(), QStringLiteral("refundOrder"));
}

QTEST_MAIN(TestLogArchive)
#include "tst_logarchive.moc"
