// The log archive against a real LocalServer: what LogModel fetches and what a sync fetches
// lands once; complete ranges and gaps; a sync cut short resumes; pruning; a corrupt, a locked
// and a full archive; the archive-backed model. Searching is tst_logarchivesearch.
#include "logarchivefixture.h"

#include <models/logarchivemodel.h>
#include <models/logmodel.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sqlite3.h>

class TestLogArchive : public LogArchiveFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(QStringLiteral("tst_logarchive")); }
    void fts5IsAvailable();
    void archiveLivesUnderTheDataFolder();
    void gapsBetweenRanges();
    void entriesLandOnceWhateverPathFetchedThem();
    void gapsRecordedAndFilledBySync();
    void syncCutShortResumesNextTime();
    void pruneBySizeAndAge();
    void corruptFileIsMovedAsideAndRecreated();
    void lockedFileOpensReadOnly();
    void fullDiskStopsWritingWithAMessage();
    void archiveModelPagesAndPassesTheTester();
};

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
    {
        // Closing the archive under a running sync stops it too.
        LogArchiveSync sync(m_session->client(), &archive);
        QSignalSpy finished(&sync, &LogArchiveSync::finished);
        connect(&sync, &LogArchiveSync::progress, &archive, &LogArchive::close);
        sync.start(m_groupId, m_appId, true);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().toBool());
        openArchive(archive, freshPath(QStringLiteral("resume")));
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
