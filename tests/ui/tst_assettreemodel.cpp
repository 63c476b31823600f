// AssetTreeModel (built off the UI thread), the hosting calls and the sync planner, against a
// real LocalServer through the production ApiClient.
#include "signedinfixture.h"

#include <api/hostingcalls.h>
#include <models/assettreemodel.h>
#include <models/hostingsync.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMimeData>

class TestAssetTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildsFoldersFromPaths();
    void twentyThousandAssetsOffTheUiThread();
    void dragCarriesPathsAndDropsAskForMoveOrUpload();
    void callsRoundTrip();
    void hostilePathsAreRefusedBeforeSending_data();
    void hostilePathsAreRefusedBeforeSending();
    void hashMismatchAndChangedFileAreReported();
    void uploadReplaysAfterTokenRefresh();
    void planComparesHashes();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QString md5(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    }
    HostingAsset fetch(const QString &path, ApiError *error = nullptr);

    SignedInFixture m_fx;
    QTemporaryDir m_files;
};

void TestAssetTreeModel::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_files.isValid());
}

QString TestAssetTreeModel::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

HostingAsset TestAssetTreeModel::fetch(const QString &path, ApiError *error)
{
    auto *job = hostingcalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, path);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000))
        return {};
    if (error)
        *error = job->error();
    return job->ok() ? job->result() : HostingAsset();
}

static HostingAsset asset(const QString &path, qint64 size = 1)
{
    HostingAsset a;
    a.path = path;
    a.size = size;
    a.hash = QStringLiteral("h");
    return a;
}

void TestAssetTreeModel::buildsFoldersFromPaths()
{
    AssetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AssetTreeModel::reloaded);
    model.setAssets({ asset("/index.html", 10), asset("/css/site.css", 5), asset("/css/a/b.css", 7),
                      asset("/empty/"), asset("/Älpha.txt", 3) });
    QVERIFY(reloaded.wait());
    // Folders first, then files, by name.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("css"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("empty"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("index.html"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Älpha.txt")); // by code point
    const QModelIndex css = model.indexForPath(QStringLiteral("/css/"));
    QVERIFY(css.isValid());
    QCOMPARE(model.rowCount(css), 2);
    QCOMPARE(model.nodeAt(css)->fileCount, 2);
    QCOMPARE(model.nodeAt(css)->totalSize, 12);
    QCOMPARE(model.fileCount(), 4);
    const QModelIndex deep = model.indexForPath(QStringLiteral("/css/a/b.css"));
    QVERIFY(deep.isValid());
    QCOMPARE(deep.data(AssetTreeModel::PathRole).toString(), QStringLiteral("/css/a/b.css"));
    QCOMPARE(model.folderFor(deep), QStringLiteral("/css/a/"));
    QCOMPARE(model.folderFor(css), QStringLiteral("/css/"));
    QCOMPARE(model.folderFor({}), QStringLiteral("/"));
    QVERIFY(!model.indexForPath(QStringLiteral("/css")).isValid()); // a folder needs its '/'
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/empty/"))), 0);
}

void TestAssetTreeModel::twentyThousandAssetsOffTheUiThread()
{
    QList<HostingAsset> assets;
    for (int i = 0; i < 20000; ++i)
        assets << asset(QStringLiteral("/d%1/s%2/file-%3.txt").arg(i % 20).arg(i % 7).arg(i), i);
    AssetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AssetTreeModel::reloaded);
    model.setAssets(assets);
    // The build runs elsewhere: setAssets returned before the tree changed.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(model.fileCount(), 20000);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.indexForPath(QStringLiteral("/d3/s3/file-3.txt")).isValid());
    // A newer list wins over one still being built.
    model.setAssets(assets.mid(0, 10));
    model.setAssets(assets.mid(0, 5));
    QTRY_COMPARE(model.fileCount(), 5);
    QVERIFY(!model.isLoading());
}

void TestAssetTreeModel::dragCarriesPathsAndDropsAskForMoveOrUpload()
{
    AssetTreeModel model;
    QSignalSpy reloaded(&model, &AssetTreeModel::reloaded);
    model.setAssets({ asset("/a.txt"), asset("/dir/b.txt") });
    QVERIFY(reloaded.wait());
    const QModelIndex file = model.indexForPath(QStringLiteral("/a.txt"));
    const QModelIndex dir = model.indexForPath(QStringLiteral("/dir/"));
    QVERIFY(model.flags(dir) & Qt::ItemIsDropEnabled);
    QVERIFY(!(model.flags(file) & Qt::ItemIsDropEnabled));
    std::unique_ptr<QMimeData> data(model.mimeData({ file }));
    QVERIFY(data);
    QSignalSpy moves(&model, &AssetTreeModel::moveRequested);
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, dir)); // the view removes nothing
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.at(0).at(0).toStringList(), QStringList { QStringLiteral("/a.txt") });
    QCOMPARE(moves.at(0).at(1).toString(), QStringLiteral("/dir/"));
    QCOMPARE(moves.at(0).at(2).toBool(), false);

    QMimeData local;
    local.setUrls({ QUrl::fromLocalFile(QStringLiteral("/tmp/x.png")) });
    QSignalSpy drops(&model, &AssetTreeModel::filesDropped);
    QVERIFY(model.dropMimeData(&local, Qt::CopyAction, -1, 0, {}));
    QCOMPARE(drops.size(), 1);
    QCOMPARE(drops.at(0).at(1).toString(), QStringLiteral("/"));
    QMimeData remoteUrl;
    remoteUrl.setUrls({ QUrl(QStringLiteral("https://example.com/x")) });
    QVERIFY(!model.canDropMimeData(&remoteUrl, Qt::CopyAction, -1, 0, {}));
}

void TestAssetTreeModel::callsRoundTrip()
{
    ApiClient &client = *m_fx.session->client();
    const QByteArray bytes = "hello, hosting\n";
    HostingUpload upload;
    upload.path = QStringLiteral("/calls/hello.txt");
    upload.localFile = writeFile(QStringLiteral("hello.txt"), bytes);
    upload.size = bytes.size();
    upload.hash = md5(bytes);
    upload.attrs = { { QStringLiteral("Content-Type"), QStringLiteral("text/plain") } };
    ApiError error;
    QVERIFY2(SignedInFixture::finish(
                 hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error),
             qPrintable(error.details()));
    HostingAsset got = fetch(upload.path);
    QCOMPARE(got.hash, upload.hash);
    QCOMPARE(got.size, qint64(bytes.size()));
    QCOMPARE(got.attribute(QStringLiteral("content-type")), QStringLiteral("text/plain"));
    QVERIFY(!got.url.isEmpty());
    auto *served = hostingcalls::fetchServed(client, got.url);
    QSignalSpy servedDone(served, &ApiJob::finished);
    QVERIFY(servedDone.wait());
    QCOMPARE(served->body(), bytes);

    QVERIFY(SignedInFixture::finish(hostingcalls::setAttributes(
        client, m_fx.groupId, m_fx.app.id, upload.path,
        { { QStringLiteral("Cache-Control"), QStringLiteral("no-cache") } })));
    got = fetch(upload.path);
    QCOMPARE(got.attrs.size(), 1);
    QCOMPARE(got.attribute(QStringLiteral("Cache-Control")), QStringLiteral("no-cache"));

    QVERIFY(SignedInFixture::finish(hostingcalls::copy(client, m_fx.groupId, m_fx.app.id,
                                                       upload.path,
                                                       QStringLiteral("/calls/copy.txt"))));
    QVERIFY(SignedInFixture::finish(hostingcalls::move(client, m_fx.groupId, m_fx.app.id,
                                                       QStringLiteral("/calls/"),
                                                       QStringLiteral("/moved/"))));
    QCOMPARE(fetch(QStringLiteral("/moved/copy.txt")).hash, upload.hash);
    QVERIFY(fetch(QStringLiteral("/calls/hello.txt"), &error).isNull());
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(SignedInFixture::finish(hostingcalls::createFolder(client, m_fx.groupId, m_fx.app.id,
                                                               QStringLiteral("/made/"))));
    QVERIFY(SignedInFixture::finish(hostingcalls::invalidateCache(client, m_fx.groupId, m_fx.app.id)));

    // The model lists them.
    AssetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AssetTreeModel::reloaded);
    model.load(&client, m_fx.groupId, m_fx.app.id);
    QVERIFY(reloaded.wait());
    QVERIFY(model.indexForPath(QStringLiteral("/moved/hello.txt")).isValid());
    QVERIFY(model.indexForPath(QStringLiteral("/made/")).isValid());
    QCOMPARE(model.index(model.indexForPath(QStringLiteral("/moved/hello.txt")).row(),
                         AssetTreeModel::HashColumn,
                         model.indexForPath(QStringLiteral("/moved/")))
                 .data()
                 .toString(),
             upload.hash);

    QVERIFY(SignedInFixture::finish(
        hostingcalls::remove(client, m_fx.groupId, m_fx.app.id, QStringLiteral("/moved/"))));
    QVERIFY(fetch(QStringLiteral("/moved/copy.txt"), &error).isNull());
    // Deleting what is gone: the server's 404 comes back as it is.
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::remove(client, m_fx.groupId, m_fx.app.id, QStringLiteral("/moved/")),
        &error));
    QCOMPARE(error.httpStatus, 404);
}

void TestAssetTreeModel::hostilePathsAreRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dotdot") << QStringLiteral("/a/../etc/passwd");
    QTest::newRow("dot") << QStringLiteral("/./a");
    QTest::newRow("backslash") << QStringLiteral("/a\\b.txt");
    QTest::newRow("control") << QStringLiteral("/a\nb.txt");
    QTest::newRow("nul") << QStringLiteral("/a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("1000-char name") << QStringLiteral("/") + QString(1000, u'a');
    QTest::newRow("1000 two-byte chars") << QStringLiteral("/d/") + QString(1000, QChar(0xe9));
    QTest::newRow("relative") << QStringLiteral("a.txt");
    QTest::newRow("double slash") << QStringLiteral("/a//b");
}

void TestAssetTreeModel::hostilePathsAreRefusedBeforeSending()
{
    QFETCH(QString, path);
    QVERIFY(!hostingcalls::pathProblem(path).isEmpty());
    ApiClient &client = *m_fx.session->client();
    const int before = client.activeCalls();
    ApiError error;
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::remove(client, m_fx.groupId, m_fx.app.id, path), &error));
    QCOMPARE(error.kind, ApiError::RefusedPath);
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::move(client, m_fx.groupId, m_fx.app.id, QStringLiteral("/ok.txt"), path),
        &error));
    QCOMPARE(error.kind, ApiError::RefusedPath);
    HostingUpload upload;
    upload.path = path;
    upload.localFile = writeFile(QStringLiteral("refused.txt"), "x");
    upload.size = 1;
    upload.hash = md5("x");
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error));
    QCOMPARE(error.kind, ApiError::RefusedPath);
    QCOMPARE(error.httpStatus, 0); // never reached the server
    QCOMPARE(client.activeCalls(), before);
    // A long name that fits is fine.
    QVERIFY(hostingcalls::pathProblem(QStringLiteral("/") + QString(255, u'a')).isEmpty());
}

void TestAssetTreeModel::hashMismatchAndChangedFileAreReported()
{
    ApiClient &client = *m_fx.session->client();
    HostingUpload upload;
    upload.path = QStringLiteral("/mismatch.txt");
    upload.localFile = writeFile(QStringLiteral("mismatch.txt"), "abc");
    upload.size = 3;
    upload.hash = md5("abd"); // what the file held when it was planned
    ApiError error;
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error));
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.message.contains(QLatin1String("does not match")), qPrintable(error.message));
    QVERIFY(fetch(upload.path).isNull());

    upload.hash = md5("abc");
    upload.size = 4; // the file is no longer the size that was planned: not sent at all
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error));
    QCOMPARE(error.kind, ApiError::LocalFile);
    upload.localFile = m_files.filePath(QStringLiteral("vanished.txt"));
    QVERIFY(!SignedInFixture::finish(
        hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error));
    QCOMPARE(error.kind, ApiError::LocalFile);
}

void TestAssetTreeModel::uploadReplaysAfterTokenRefresh()
{
    // A stale access token: the client refreshes and sends the streamed body again, whole.
    ApiClient &client = *m_fx.session->client();
    const QByteArray bytes(300000, 'r');
    HostingUpload upload;
    upload.path = QStringLiteral("/replayed.bin");
    upload.localFile = writeFile(QStringLiteral("replayed.bin"), bytes);
    upload.size = bytes.size();
    upload.hash = md5(bytes);
    const int refreshes = client.refreshCount();
    client.setTokens(QStringLiteral("stale-token"), client.refreshToken());
    ApiError error;
    QVERIFY2(SignedInFixture::finish(
                 hostingcalls::upload(client, m_fx.groupId, m_fx.app.id, upload), &error),
             qPrintable(error.details()));
    QCOMPARE(client.refreshCount(), refreshes + 1);
    QCOMPARE(fetch(upload.path).hash, upload.hash);
}

void TestAssetTreeModel::planComparesHashes()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("sub")));
    const auto put = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    put(QStringLiteral("same.txt"), "same");
    put(QStringLiteral("sub/changed.txt"), "new text");
    put(QStringLiteral("new.txt"), "");
    QList<LocalAsset> local = hostingsync::scanFolder(dir.path());
    QCOMPARE(local.size(), 3);
    QCOMPARE(local.at(0).relativePath, QStringLiteral("new.txt"));
    hostingsync::hashAll(local);
    QCOMPARE(local.at(0).hash, md5(QByteArray()));
    HostingAsset same = asset(QStringLiteral("/site/same.txt"), 4);
    same.hash = md5("same");
    HostingAsset changed = asset(QStringLiteral("/site/sub/changed.txt"), 8);
    changed.hash = md5("old text");
    HostingAsset gone = asset(QStringLiteral("/site/gone.txt"));
    HostingAsset outside = asset(QStringLiteral("/other/x.txt"));
    const SyncPlan plan = hostingsync::plan(local, { same, changed, gone, outside },
                                            QStringLiteral("/site/"));
    QCOMPARE(plan.entries.size(), 4);
    QCOMPARE(plan.count(SyncEntry::New), 1);
    QCOMPARE(plan.count(SyncEntry::Changed), 1);
    QCOMPARE(plan.count(SyncEntry::Unchanged), 1);
    QCOMPARE(plan.count(SyncEntry::OnlyOnServer), 1);
    QCOMPARE(plan.bytesToSend(), qint64(8));
    QCOMPARE(hostingsync::remotePathFor(QStringLiteral("/"), QStringLiteral("a/b")),
             QStringLiteral("/a/b"));
}

QTEST_MAIN(TestAssetTreeModel)
#include "tst_assettreemodel.moc"
