// The per-file report of a hosting batch is a model over the batch's own list
// (TransferReportModel): a batch of thousands of files is one reset, not a widget row each;
// finished files are announced together (at most every 100 ms, and when the batch ends), each
// row's last announcement its outcome; the file in flight reads "sending"; a failure carries
// its reason and the error colour. Checked under QAbstractItemModelTester against the
// in-process server, and in the Hosting panel's report view.

#include "signedinfixture.h"

#include <api/hostingcalls.h>
#include <models/hostingsync.h>
#include <models/hostingtransfer.h>
#include <models/transferreportmodel.h>
#include <panels/hostingpanel.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QTreeView>

class TestTransferReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportFollowsTheBatch();
    void thousandsOfRowsAreOneReset();
    void panelShowsTheReport();

private:
    QString makeFile(const QString &relative, const QByteArray &bytes);
    HostingTransfer::Item upload(const QString &file, const QString &remoteDir);

    SignedInFixture m_fx;
    QTemporaryDir m_local;
};

void TestTransferReport::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_local.isValid());
}

QString TestTransferReport::makeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_local.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

HostingTransfer::Item TestTransferReport::upload(const QString &file, const QString &remoteDir)
{
    HostingTransfer::Item item;
    item.local = hostingsync::describeFile(file);
    item.remotePath = remoteDir + item.local.relativePath;
    QString error;
    item.local.hash = hostingsync::md5OfFile(file, &error);
    return item;
}

void TestTransferReport::reportFollowsTheBatch()
{
    QList<HostingTransfer::Item> items {
        upload(makeFile(QStringLiteral("report/1.txt"), "one"), QStringLiteral("/report/")),
        upload(makeFile(QStringLiteral("report/2.txt"), "two"), QStringLiteral("/report/")),
        upload(makeFile(QStringLiteral("report/3.txt"), "three"), QStringLiteral("/report/")),
    };
    // The server answers the second with a hash mismatch.
    items[1].local.hash = QString::fromLatin1(
        QCryptographicHash::hash("tw0", QCryptographicHash::Md5).toHex());
    HostingTransfer::Item gone;
    gone.action = HostingTransfer::Item::Delete;
    gone.remotePath = QStringLiteral("/report/old.txt");
    items << gone;

    HostingTransfer transfer(m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    TransferReportModel model;
    model.setErrorColor(QColor(Qt::red));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What the outcome column said, row by row, each time it changed.
    QHash<int, QStringList> said;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    said[row] << model.index(row, TransferReportModel::OutcomeColumn).data().toString();
            });
    // What row 0's outcome read while the batch went on (data() is always current; views
    // hear of changes in batches).
    QStringList firstRowRead;
    connect(&transfer, &HostingTransfer::progressChanged, this, [&] {
        firstRowRead << model.index(0, TransferReportModel::OutcomeColumn).data().toString();
    });
    QSignalSpy finished(&transfer, &HostingTransfer::finished);
    transfer.start(items);
    model.setTransfer(&transfer);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(TransferReportModel::OutcomeColumn, Qt::Horizontal).toString(),
             TransferReportModel::tr("Outcome"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("/report/1.txt"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), items.at(0).local.localFile);
    QCOMPARE(model.index(3, 0).data().toString(), TransferReportModel::tr("delete %1")
                                                      .arg(QStringLiteral("/report/old.txt")));
    QVERIFY(finished.wait(30000));

    const auto outcome = [&](int row) {
        return model.index(row, TransferReportModel::OutcomeColumn).data().toString();
    };
    QCOMPARE(outcome(0), HostingTransfer::tr("uploaded"));
    QCOMPARE(outcome(1), HostingTransfer::tr("failed"));
    QCOMPARE(outcome(2), HostingTransfer::tr("uploaded"));
    QVERIFY2(firstRowRead.contains(TransferReportModel::tr("sending")),
             qPrintable(firstRowRead.join(u',')));
    // Every row was announced by the end, last with its outcome.
    for (int row = 0; row < 4; ++row)
        QCOMPARE(said.value(row).value(said.value(row).size() - 1), outcome(row));
    const QString why = model.index(1, TransferReportModel::DetailsColumn).data().toString();
    QVERIFY2(why.contains(QLatin1String("MD5")), qPrintable(why));
    QCOMPARE(model.index(1, TransferReportModel::DetailsColumn).data(Qt::ToolTipRole).toString(),
             why);
    QCOMPARE(model.index(1, TransferReportModel::OutcomeColumn).data(Qt::ForegroundRole)
                 .value<QColor>(),
             QColor(Qt::red));
    QVERIFY(!model.index(0, TransferReportModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(TransferReportModel::OutcomeRole).toInt(),
             int(HostingTransfer::Outcome::Failed));

    // A new batch resets the report; none empties it.
    model.setTransfer(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTransferReport::thousandsOfRowsAreOneReset()
{
    // 5,000 deletions, cancelled before the first is sent: the report shows every row through
    // one reset (no row inserted one by one), then the changed rows together.
    QList<HostingTransfer::Item> items;
    for (int i = 0; i < 5000; ++i) {
        HostingTransfer::Item item;
        item.action = HostingTransfer::Item::Delete;
        item.remotePath = QStringLiteral("/many/%1.txt").arg(i);
        items << item;
    }
    HostingTransfer transfer(m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    TransferReportModel model;
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    transfer.start(items);
    model.setTransfer(&transfer);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.index(4999, 0).data().toString(),
             TransferReportModel::tr("delete %1").arg(QStringLiteral("/many/4999.txt")));
    // (The tester keeps a persistent index per dataChanged: quadratic over 5,000 rows. It has
    // checked the reset; reportFollowsTheBatch checks it over every signal of a batch.)
    tester.reset();
    QSignalSpy finished(&transfer, &HostingTransfer::finished);
    transfer.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(model.index(4999, TransferReportModel::OutcomeColumn).data().toString(),
             HostingTransfer::outcomeText(HostingTransfer::Outcome::Cancelled));
    QCOMPARE(resets.count(), 1);
    QVERIFY(changed.count() <= 5000 + 2);
}

void TestTransferReport::panelShowsTheReport()
{
    HostingPanel panel(m_fx.session.get());
    panel.resize(1100, 760);
    panel.show();
    QSignalSpy done(&panel, &HostingPanel::transferFinished);
    const QString folder = m_local.filePath(QStringLiteral("panel"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!makeFile(QStringLiteral("panel/%1.txt").arg(i), QByteArray::number(i)).isEmpty());
    panel.uploadLocal({ folder }, QStringLiteral("/"));
    QVERIFY(done.wait(60000));
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("transferOutcomes"));
    QVERIFY(view);
    auto *model = qobject_cast<TransferReportModel *>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model->index(row, TransferReportModel::OutcomeColumn).data().toString(),
                 HostingTransfer::tr("uploaded"));
}

QTEST_MAIN(TestTransferReport)
#include "tst_transferreport.moc"
