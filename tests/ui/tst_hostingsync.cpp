// The Hosting panel's folder sync against a real LocalServer: the plan (its model under
// QAbstractItemModelTester, as the list shows it), a sync that sends only what changed and a
// second one that sends nothing, files that vanish or change after the plan, and small files
// (sent from memory) and large ones (streamed) landing byte for byte.
#include "hostingtesthelpers.h"

#include <models/syncplanmodel.h>

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

class TestHostingSync : public QObject, public HostingTestFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { openPanel(); }
    void cleanup() { closePanel(); }
    void syncSendsOnlyWhatChanged();
    void fileVanishingOrChangingAfterPlanIsSkipped();
    void planModel();
};

void TestHostingSync::syncSendsOnlyWhatChanged()
{
    for (int i = 0; i < 12; ++i)
        makeFile(QStringLiteral("sync/f%1.txt").arg(i), QByteArray("file ") + QByteArray::number(i));
    makeFile(QStringLiteral("sync/sub/deep.bin"), pseudoRandom(100000, 3));
    const QString folder = m_local.filePath(QStringLiteral("sync"));

    QSignalSpy ready(m_panel.get(), &HostingPanel::planReady);
    m_panel->planSync(folder, QStringLiteral("/synced/"));
    QVERIFY(ready.wait(30000));
    QCOMPARE(m_panel->plan().count(SyncEntry::New), 13);
    QVERIFY(m_panel->findChild<QGroupBox *>(QStringLiteral("syncPlanBox"))->isVisible());
    // The list shows the plan's model, one row a file.
    QTreeView *list = m_panel->findChild<QTreeView *>(QStringLiteral("syncPlanList"));
    QCOMPARE(list->model(), m_panel->planModel());
    QCOMPARE(list->model()->rowCount(), 13);
    QCOMPARE(list->model()->index(0, SyncPlanModel::ChangeColumn).data().toString(),
             SyncPlanModel::tr("new"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("startSyncButton")),
                      Qt::LeftButton);
    QVERIFY(waitBatch());
    QCOMPARE(m_panel->transfer()->count(HostingTransfer::Outcome::Uploaded), 13);
    QCOMPARE(serverAssets(QStringLiteral("/synced/")).size(), 13);

    // The second sync of the unchanged folder sends no file bytes at all.
    HostingTransfer *first = m_panel->transfer();
    m_panel->planSync(folder, QStringLiteral("/synced/"));
    QVERIFY(ready.wait(30000));
    QCOMPARE(m_panel->plan().count(SyncEntry::Unchanged), 13);
    QCOMPARE(m_panel->plan().bytesToSend(), qint64(0));
    m_panel->startSync();
    QCOMPARE(m_panel->transfer(), first); // no batch started
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("transferLabel"))
                ->text()
                .contains(HostingPanel::tr("nothing was sent")));

    // One changed, one new, one gone; deleting what is gone was asked for.
    makeFile(QStringLiteral("sync/f1.txt"), "file one, edited");
    makeFile(QStringLiteral("sync/added.txt"), "added");
    QVERIFY(QFile::remove(m_local.filePath(QStringLiteral("sync/f2.txt"))));
    m_panel->planSync(folder, QStringLiteral("/synced/"));
    QVERIFY(ready.wait(30000));
    QCOMPARE(m_panel->plan().count(SyncEntry::New), 1);
    QCOMPARE(m_panel->plan().count(SyncEntry::Changed), 1);
    QCOMPARE(m_panel->plan().count(SyncEntry::OnlyOnServer), 1);
    QCOMPARE(m_panel->plan().count(SyncEntry::Unchanged), 11);
    m_panel->setDeleteGone(true);
    m_panel->startSync();
    QVERIFY(waitBatch());
    QCOMPARE(m_panel->transfer()->count(HostingTransfer::Outcome::Uploaded), 2);
    QCOMPARE(m_panel->transfer()->count(HostingTransfer::Outcome::Deleted), 1);
    QCOMPARE(m_panel->transfer()->bytesSent(), qint64(QByteArray("file one, edited").size() + 5));
    QCOMPARE(fetch(QStringLiteral("/synced/f1.txt")).hash, md5("file one, edited"));
    QVERIFY(fetch(QStringLiteral("/synced/f2.txt")).isNull());
    QCOMPARE(serverAssets(QStringLiteral("/synced/")).size(), 13);
    m_panel->setDeleteGone(false);
}

void TestHostingSync::fileVanishingOrChangingAfterPlanIsSkipped()
{
    makeFile(QStringLiteral("race/stays.txt"), "stays");
    makeFile(QStringLiteral("race/vanishes.txt"), "vanishes");
    makeFile(QStringLiteral("race/grows.txt"), "grows");
    QSignalSpy ready(m_panel.get(), &HostingPanel::planReady);
    m_panel->planSync(m_local.filePath(QStringLiteral("race")), QStringLiteral("/race/"));
    QVERIFY(ready.wait(30000));
    QCOMPARE(m_panel->plan().count(SyncEntry::New), 3);
    QVERIFY(QFile::remove(m_local.filePath(QStringLiteral("race/vanishes.txt"))));
    makeFile(QStringLiteral("race/grows.txt"), "grows a lot more");
    m_panel->startSync();
    QVERIFY(waitBatch());
    const HostingTransfer *transfer = m_panel->transfer();
    QCOMPARE(transfer->count(HostingTransfer::Outcome::Uploaded), 1);
    QCOMPARE(transfer->count(HostingTransfer::Outcome::Skipped), 2);
    for (const HostingTransfer::Item &item : transfer->items()) {
        if (item.remotePath.endsWith(QLatin1String("vanishes.txt")))
            QVERIFY(item.message.contains(HostingTransfer::tr("gone from disk")));
        if (item.remotePath.endsWith(QLatin1String("grows.txt")))
            QVERIFY(item.message.contains(HostingTransfer::tr("changed after the plan")));
    }
    QVERIFY(fetch(QStringLiteral("/race/grows.txt")).isNull());
    QCOMPARE(fetch(QStringLiteral("/race/stays.txt")).hash, md5("stays"));
}

void TestHostingSync::planModel()
{
    SyncPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SyncPlan plan;
    SyncEntry added;
    added.kind = SyncEntry::New;
    added.remotePath = QStringLiteral("/a/new.txt");
    added.local.size = 2048;
    SyncEntry gone;
    gone.kind = SyncEntry::OnlyOnServer;
    gone.remotePath = QStringLiteral("/a/gone.txt");
    gone.remote.size = 10;
    SyncEntry unreadable;
    unreadable.kind = SyncEntry::New;
    unreadable.remotePath = QStringLiteral("/a/locked.txt");
    unreadable.local.error = QStringLiteral("Permission denied");
    plan.entries = { added, gone, unreadable };
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SyncPlanModel::ColumnCount));
    QCOMPARE(model.unreadableCount(), 1);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, SyncPlanModel::ChangeColumn), SyncPlanModel::tr("new"));
    QCOMPARE(text(0, SyncPlanModel::PathColumn), QStringLiteral("/a/new.txt"));
    QCOMPARE(text(0, SyncPlanModel::SizeColumn), hostingsync::sizeText(2048));
    QCOMPARE(model.index(0, SyncPlanModel::SizeColumn).data(SyncPlanModel::SortRole).toLongLong(),
             2048);
    // Only on the server: the server's size.
    QCOMPARE(text(1, SyncPlanModel::ChangeColumn), SyncPlanModel::tr("only on server"));
    QCOMPARE(text(1, SyncPlanModel::SizeColumn), hostingsync::sizeText(10));
    QCOMPARE(model.index(1, 0).data(SyncPlanModel::KindRole).toInt(), int(SyncEntry::OnlyOnServer));
    // Unreadable: said so, with why as the tooltip.
    QCOMPARE(text(2, SyncPlanModel::ChangeColumn), SyncPlanModel::tr("unreadable"));
    QCOMPARE(model.index(2, SyncPlanModel::ChangeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Permission denied"));
    QVERIFY(model.index(2, 0).data(SyncPlanModel::UnreadableRole).toBool());
    QCOMPARE(model.headerData(SyncPlanModel::PathColumn, Qt::Horizontal).toString(),
             SyncPlanModel::tr("Path"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.unreadableCount(), 0);
}

QTEST_MAIN(TestHostingSync)
#include "tst_hostingsync.moc"
