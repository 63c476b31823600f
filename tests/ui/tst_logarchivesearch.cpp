// Searching the log archive (FTS5 words, phrases, prefixes, AND/OR/NOT, columns; a syntax error),
// what it keeps (secrets redacted, entries of any shape back as sent) and entries the service no
// longer keeps: still searchable, and marked.
#include "logarchivefixture.h"

#include <models/logarchivemodel.h>
#include <models/logarchiverow.h>
#include <models/logmodel.h>

#include <QFile>
#include <QFont>
#include <QJsonDocument>

class TestLogArchiveSearch : public LogArchiveFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(QStringLiteral("tst_logarchivesearch")); }
    void search_data();
    void search();
    void badSearchSyntaxIsAnError();
    void secretsAreRedacted();
    void entriesOfAnyShapeComeBackAsSent();
    void entriesOfOneMillisecondAreAllKeptOnce();
    void entriesGoneFromTheServiceStaySearchableAndMarked();
};

void TestLogArchiveSearch::search_data()
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

void TestLogArchiveSearch::search()
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

void TestLogArchiveSearch::badSearchSyntaxIsAnError()
{
    const LogArchiveRows rows = searchAll(full(), QStringLiteral("\"unbalanced"));
    QVERIFY(!rows.error.isEmpty());
    QVERIFY(rows.rows.isEmpty());
    // The archive answers the next search as before.
    QCOMPARE(searchAll(full(), QStringLiteral("declined")).rows.size(), 1);
}

void TestLogArchiveSearch::secretsAreRedacted()
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

void TestLogArchiveSearch::entriesOfAnyShapeComeBackAsSent()
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
        // A large extra, kept compressed, twice (the second time the answer is remembered).
        QJsonObject { { "_id", "shape-6" }, { "started", "2026-11-01T10:00:04.000Z" },
                      { "payload", QString(600, u'p') } },
        QJsonObject { { "_id", "shape-7" }, { "started", "2026-11-01T10:00:05.000Z" },
                      { "payload", QString(600, u'p') } },
        // A trigger's run: its name column holds the trigger and the function, which is kept.
        QJsonObject { { "_id", "shape-8" }, { "type", "DB_TRIGGER" },
                      { "started", "2026-11-01T10:00:06.000Z" },
                      { "event_subscription_name", "orderPlaced" },
                      { "function_name", "onNewOrder" } },
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
    // The trigger's run is found by the trigger's name and by its function's.
    QCOMPARE(searchAll(archive, QStringLiteral("orderPlaced")).rows.size(), 1);
    QCOMPARE(searchAll(archive, QStringLiteral("onNewOrder")).rows.size(), 1);
}

void TestLogArchiveSearch::entriesOfOneMillisecondAreAllKeptOnce()
{
    // Two ids whose slots in their millisecond are the same: the second moves to the next free
    // slot when the staged rows go in (in one statement, then the ones left one at a time).
    QString first, second;
    QHash<qint64, QString> bySlot;
    for (int i = 0; second.isEmpty(); ++i) {
        const QString id = QStringLiteral("slot-%1").arg(i);
        const qint64 slot = qint64(qHash(id) & ((1 << logarchiverow::kSlotBits) - 1));
        if (bySlot.contains(slot)) {
            first = bySlot.value(slot);
            second = id;
        }
        bySlot.insert(slot, id);
    }
    const auto entry = [](const QString &id, const QString &message) {
        return QJsonObject { { "_id", id }, { "type", "FUNCTION" },
                             { "started", "2026-11-02T08:00:00.000Z" },
                             { "messages", QJsonArray { message } },
                             { "request_url", "https://example.com/h?SeCrEt=hunter3" } };
    };
    const QJsonArray logs { entry(first, QStringLiteral("slotfirst")),
                            entry(second, QStringLiteral("slotsecond")),
                            entry(QStringLiteral("slot-other"), QStringLiteral("slotother")),
                            entry(first, QStringLiteral("slotfirst")) }; // twice in one page
    const QByteArray body = QJsonDocument(QJsonObject { { "logs", logs } })
                                .toJson(QJsonDocument::Compact);
    LogArchive archive;
    openArchive(archive, freshPath(QStringLiteral("slots")));
    QSignalSpy written(&archive, &LogArchive::written);
    archive.addBody(body, std::nullopt);
    waitWritten(archive);
    archive.addBody(body, std::nullopt); // and the page again, in a later transaction
    waitWritten(archive);
    QCOMPARE(statsOf(archive).entries, 3);
    qint64 added = 0;
    for (const QList<QVariant> &signal : std::as_const(written))
        added += signal.at(0).toInt();
    QCOMPARE(added, 3);
    for (const char *word : { "slotfirst", "slotsecond", "slotother" })
        QCOMPARE(searchAll(archive, QString::fromLatin1(word)).rows.size(), 1);
    // A secret in any spelling of its name is redacted, in the columns and the rest alike.
    const LogArchiveRows rows = searchAll(archive, QString());
    QCOMPARE(rows.rows.size(), 3);
    for (const LogArchiveEntry &e : rows.rows) {
        QCOMPARE(logarchiverow::entryJson(e).toObject().value("request_url").toString(),
                 QStringLiteral("https://example.com/h?SeCrEt=REDACTED"));
    }
    for (const char *suffix : { "", "-wal" }) {
        QFile file(archive.filePath() + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("hunter3"));
    }
}

void TestLogArchiveSearch::entriesGoneFromTheServiceStaySearchableAndMarked()
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
    QVERIFY(model.index(0, LogModel::TimeColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(0, LogModel::TimeColumn).data(Qt::ToolTipRole),
             kept.data(Qt::ToolTipRole));
}

QTEST_MAIN(TestLogArchiveSearch)
#include "tst_logarchivesearch.moc"
