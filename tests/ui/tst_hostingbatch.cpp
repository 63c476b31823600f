// Hosting batches that do not simply succeed, against a real LocalServer: cancelled half-way
// (the server stays consistent), a failure half-way (the rest go on or stop, as chosen, and the
// report names each file's outcome), and the session expiring mid-batch (it pauses, and resumes
// after sign-in without sending again what landed).
#include "hostingtesthelpers.h"

#include <widgets/errorbanner.h>

#include <QLabel>
#include <QPushButton>
#include <QTreeView>

class TestHostingBatch : public QObject, public HostingTestFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { openPanel(); }
    void cleanup() { closePanel(); }
    void cancelMidBatchLeavesServerConsistent();
    void failureHalfWayContinuesOrStops();
    void sessionExpiryPausesAndResumesWithoutResending();
};

void TestHostingBatch::cancelMidBatchLeavesServerConsistent()
{
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 6; ++i)
        files.insert(QStringLiteral("cancel/part%1.bin").arg(i), pseudoRandom(4 * 1024 * 1024, 100 + i));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        makeFile(it.key(), it.value());
    // Cancel (with the button) once the first file has landed and, if the transfer reports it,
    // while part of the second is on the wire; at the latest when the second has landed.
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("cancelTransferButton"));
    HostingTransfer *transfer = nullptr;
    bool cancelWasEnabled = false;
    bool cancelled = false;
    const auto cancelNow = [&] {
        if (cancelled)
            return;
        cancelled = true;
        cancelWasEnabled = cancel->isEnabled();
        cancel->click();
    };
    const qint64 partSize = 4 * 1024 * 1024;
    connect(m_panel.get(), &HostingPanel::transferStarted, this, [&](HostingTransfer *started) {
        transfer = started;
        connect(started, &HostingTransfer::progressChanged, this, [&] {
            if (transfer->filesDone() == 1 && transfer->bytesDone() > partSize
                && transfer->state() == HostingTransfer::State::Running)
                cancelNow();
        });
        connect(started, &HostingTransfer::itemFinished, this, [&](int index) {
            if (index == 1)
                cancelNow();
        });
    });
    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("cancel")) }, QStringLiteral("/"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(cancelWasEnabled);
    QCOMPARE(transfer->filesTotal(), 6);
    QVERIFY(transfer->count(HostingTransfer::Outcome::Uploaded) >= 1);
    QVERIFY(transfer->count(HostingTransfer::Outcome::Cancelled) >= 1);
    // Every file on the server is whole; every file not on it is reported as not sent.
    const QList<HostingAsset> onServer = serverAssets(QStringLiteral("/cancel/"));
    for (const HostingAsset &asset : onServer)
        QCOMPARE(asset.hash, md5(files.value(asset.path.mid(1))));
    for (const HostingTransfer::Item &item : transfer->items()) {
        const bool landed = std::any_of(onServer.cbegin(), onServer.cend(),
                                        [&](const HostingAsset &a) { return a.path == item.remotePath; });
        // Uploaded means it landed; the file in flight at the cancel may have landed whole.
        if (item.outcome == HostingTransfer::Outcome::Uploaded)
            QVERIFY(landed);
    }
}

void TestHostingBatch::failureHalfWayContinuesOrStops()
{
    const QString good1 = makeFile(QStringLiteral("half/1.txt"), "one");
    const QString bad = makeFile(QStringLiteral("half/2.txt"), "two");
    const QString good3 = makeFile(QStringLiteral("half/3.txt"), "three");
    const auto items = [&] {
        QList<HostingTransfer::Item> list;
        for (const QString &file : { good1, bad, good3 }) {
            HostingTransfer::Item item;
            item.local = hostingsync::describeFile(file);
            item.remotePath = QStringLiteral("/half/") + item.local.relativePath;
            QString error;
            item.local.hash = hostingsync::md5OfFile(file, &error);
            if (file == bad)
                item.local.hash = md5("tw0"); // the server answers with a hash mismatch
            list << item;
        }
        return list;
    };
    for (const bool stop : { false, true }) {
        HostingTransfer transfer(m_fx.session->client(), m_fx.groupId, m_fx.app.id);
        transfer.setStopOnError(stop);
        QSignalSpy finished(&transfer, &HostingTransfer::finished);
        QVERIFY(SignedInFixture::finish(hostingcalls::remove(*m_fx.other->client(), m_fx.groupId,
                                                             m_fx.app.id, QStringLiteral("/half/")))
                || true);
        transfer.start(items());
        QVERIFY(finished.wait(30000));
        QCOMPARE(transfer.items().at(0).outcome, HostingTransfer::Outcome::Uploaded);
        QCOMPARE(transfer.items().at(1).outcome, HostingTransfer::Outcome::Failed);
        QVERIFY2(transfer.items().at(1).message.contains(QLatin1String("MD5")),
                 qPrintable(transfer.items().at(1).message));
        QCOMPARE(transfer.items().at(2).outcome, stop ? HostingTransfer::Outcome::Cancelled
                                                      : HostingTransfer::Outcome::Uploaded);
        QCOMPARE(serverAssets(QStringLiteral("/half/")).size(), stop ? 1 : 2);
    }
}

void TestHostingBatch::sessionExpiryPausesAndResumesWithoutResending()
{
    const qint64 size = 200000;
    for (int i = 0; i < 4; ++i)
        makeFile(QStringLiteral("expiry/e%1.bin").arg(i), pseudoRandom(size, 50 + i));
    // After the first file lands, both tokens stop working: the refresh fails, the session ends.
    HostingTransfer *transfer = nullptr;
    int pauses = 0;
    connect(m_panel.get(), &HostingPanel::transferStarted, this, [&](HostingTransfer *started) {
        transfer = started;
        connect(started, &HostingTransfer::itemFinished, this, [this](int index) {
            if (index == 0)
                m_fx.session->client()->setTokens(QStringLiteral("revoked"),
                                                  QStringLiteral("revoked"));
        });
        connect(started, &HostingTransfer::paused, this, [&pauses] { ++pauses; });
    });
    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("expiry")) }, QStringLiteral("/"));
    QTRY_VERIFY_WITH_TIMEOUT(pauses == 1, 30000);
    QCOMPARE(transfer->filesTotal(), 4);
    QCOMPARE(transfer->state(), HostingTransfer::State::Paused);
    QCOMPARE(transfer->items().at(0).outcome, HostingTransfer::Outcome::Uploaded);
    QCOMPARE(transfer->items().at(1).outcome, HostingTransfer::Outcome::Pending);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("transferLabel"))->text().contains(
        HostingPanel::tr("Sign in again")));

    // Signing in again resumes the batch from the file that did not land.
    QSignalSpy in(m_fx.session.get(), &Session::signedIn);
    m_fx.session->signIn(m_fx.session->profile(), m_fx.server->rootUrl(),
                         QStringLiteral("functions-tester-secret"));
    QVERIFY(in.wait(30000));
    if (m_fx.session->currentApp().isNull())
        m_fx.session->setCurrentApp(m_fx.app);
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    QCOMPARE(transfer->count(HostingTransfer::Outcome::Uploaded), 4);
    // Four files, plus the one in flight when the session ended: nothing that landed went twice.
    QCOMPARE(transfer->bytesSent(), 5 * size);
    QCOMPARE(serverAssets(QStringLiteral("/expiry/")).size(), 4);
}

QTEST_MAIN(TestHostingBatch)
#include "tst_hostingbatch.moc"
