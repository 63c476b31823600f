// The Hosting panel against a real LocalServer: uploads (dialog path, drag and drop) fetched back
// from their served URLs byte for byte, folder sync that sends only what changed, edits, cancel,
// failures half-way, the session expiring mid-batch, and screenshots.
#include "signedinfixture.h"

#include <api/hostingcalls.h>
#include <app/theme.h>
#include <models/assettreemodel.h>
#include <models/hostingtransfer.h>
#include <panels/hostingpanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestHostingPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void uploadFolderFetchesBackByteIdentical();
    void previewOpenAndCopyUrl();
    void syncSendsOnlyWhatChanged();
    void fileVanishingOrChangingAfterPlanIsSkipped();
    void attributeEditShowsInServedContentType();
    void moveCopyDeleteAndNewFolder();
    void hostilePathsRefusedBeforeSending();
    void dropFromDesktopUploads();
    void dragInsideTreeMoves();
    void cancelMidBatchLeavesServerConsistent();
    void failureHalfWayContinuesOrStops();
    void sessionExpiryPausesAndResumesWithoutResending();
    void screenshots();

private:
    QString makeFile(const QString &relative, const QByteArray &bytes);
    static QString md5(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    }
    HostingAsset fetch(const QString &path);
    QByteArray served(const HostingAsset &asset, QByteArray *contentType = nullptr);
    bool waitBatch();
    bool waitTree();
    QList<HostingAsset> serverAssets(const QString &prefix);
    void dropOn(const QPoint &pos, QMimeData *data, Qt::DropAction action);
    static QByteArray pseudoRandom(qint64 size, quint32 seed);

    SignedInFixture m_fx;
    QTemporaryDir m_local;
    std::unique_ptr<HostingPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHostingPanel::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_local.isValid());
}

void TestHostingPanel::init()
{
    m_panel = std::make_unique<HostingPanel>(m_fx.session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1200, 820);
    QSignalSpy reloaded(m_panel->model(), &AssetTreeModel::reloaded);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(reloaded.wait(20000));
}

void TestHostingPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
}

QString TestHostingPanel::makeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_local.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

QByteArray TestHostingPanel::pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

HostingAsset TestHostingPanel::fetch(const QString &path)
{
    auto *job = hostingcalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, path);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    return job->result();
}

QByteArray TestHostingPanel::served(const HostingAsset &asset, QByteArray *contentType)
{
    auto *job = hostingcalls::fetchServed(*m_fx.other->client(), asset.url);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(60000) || !job->ok())
        return QByteArray("<not served>");
    if (contentType)
        *contentType = job->responseHeader("Content-Type");
    return job->body();
}

QList<HostingAsset> TestHostingPanel::serverAssets(const QString &prefix)
{
    auto *job = hostingcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    QList<HostingAsset> found;
    for (const HostingAsset &asset : job->result()) {
        if (asset.path.startsWith(prefix))
            found << asset;
    }
    return found;
}

bool TestHostingPanel::waitBatch()
{
    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    return finished.wait(120000);
}

bool TestHostingPanel::waitTree()
{
    QSignalSpy reloaded(m_panel->model(), &AssetTreeModel::reloaded);
    return reloaded.wait(20000);
}

void TestHostingPanel::uploadFolderFetchesBackByteIdentical()
{
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("mixed/empty.txt"), QByteArray());
    files.insert(QStringLiteral("mixed/big.bin"), pseudoRandom(20 * 1024 * 1024, 7));
    files.insert(QStringLiteral("mixed/naïve café.txt"), QStringLiteral("déjà vu ✓\n").toUtf8());
    files.insert(QStringLiteral("mixed/日本語/ページ.html"),
                 QStringLiteral("<p>こんにちは</p>\n").toUtf8());
    files.insert(QStringLiteral("mixed/bytes.dat"), QByteArray("\x00\x01\xff\r\n\x00", 6));
    files.insert(QStringLiteral("mixed/.hidden"), "dot file");
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(!makeFile(it.key(), it.value()).isEmpty());

    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("mixed")) }, QStringLiteral("/"));
    QVERIFY(finished.wait(120000));
    HostingTransfer *transfer = m_panel->transfer();
    QVERIFY(transfer);
    QCOMPARE(transfer->filesTotal(), int(files.size()));
    QCOMPARE(transfer->count(HostingTransfer::Outcome::Uploaded), int(files.size()));
    QCOMPARE(transfer->bytesDone(), transfer->bytesTotal());
    // The report lists every file with its outcome.
    auto *outcomes
        = m_panel->findChild<QTreeView *>(QStringLiteral("transferOutcomes"))->model();
    QCOMPARE(outcomes->rowCount(), int(files.size()));
    for (int i = 0; i < outcomes->rowCount(); ++i)
        QCOMPARE(outcomes->index(i, 1).data().toString(), HostingTransfer::tr("uploaded"));
    QVERIFY(m_panel->findChild<QProgressBar *>(QStringLiteral("transferProgress"))->value() == 1000);

    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QLatin1Char('/') + it.key();
        const HostingAsset asset = fetch(path);
        QVERIFY2(!asset.isNull(), qPrintable(path));
        QCOMPARE(asset.hash, md5(it.value()));
        QCOMPARE(asset.size, qint64(it.value().size()));
        QVERIFY2(served(asset) == it.value(), qPrintable(path));
    }
    // The tree shows them once it has reloaded.
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/mixed/日本語/ページ.html")).isValid());
}

void TestHostingPanel::previewOpenAndCopyUrl()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
    }
    makeFile(QStringLiteral("preview/pic.png"), png);
    makeFile(QStringLiteral("preview/readme.txt"), "line one\nline two\n");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("preview")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/preview/pic.png")).isValid());

    QSignalSpy shown(m_panel.get(), &HostingPanel::previewShown);
    m_panel->selectPath(QStringLiteral("/preview/pic.png"));
    auto *image_ = m_panel->findChild<QLabel *>(QStringLiteral("hostingPreviewImage"));
    auto *stack = m_panel->findChild<QStackedWidget *>(QStringLiteral("hostingPreviewStack"));
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(image_));
    QCOMPARE(image_->pixmap().size(), QSize(64, 48));

    m_panel->selectPath(QStringLiteral("/preview/readme.txt"));
    auto *text = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("hostingPreviewText"));
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(text));
    QCOMPARE(text->toPlainText(), QStringLiteral("line one\nline two\n"));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("openInBrowserButton")),
                      Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(catcher.urls.size(), 1);
    const HostingAsset asset = fetch(QStringLiteral("/preview/readme.txt"));
    QCOMPARE(catcher.urls.first().toString(QUrl::FullyEncoded), asset.url);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("copyUrlButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), asset.url);
}

void TestHostingPanel::syncSendsOnlyWhatChanged()
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
    QCOMPARE(m_panel->findChild<QTreeWidget *>(QStringLiteral("syncPlanList"))->topLevelItemCount(),
             13);
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

void TestHostingPanel::fileVanishingOrChangingAfterPlanIsSkipped()
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

void TestHostingPanel::attributeEditShowsInServedContentType()
{
    makeFile(QStringLiteral("attrs/page.txt"), "plain?");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("attrs/page.txt")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    QByteArray type;
    served(fetch(QStringLiteral("/page.txt")), &type);
    QVERIFY2(type.startsWith("text/plain"), type.constData());
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/page.txt")).isValid());
    m_panel->selectPath(QStringLiteral("/page.txt"));
    auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("attributesButton"));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("attributesDialog"))));
    auto *contentType = dialog->findChild<QComboBox *>(QStringLiteral("attribute-Content-Type"));
    QVERIFY(contentType);
    // The usual values are offered, and only the allowed names are fields.
    QVERIFY(contentType->findText(QStringLiteral("text/html; charset=utf-8")) >= 0);
    QCOMPARE(dialog->findChildren<QComboBox *>().size(), 5);
    contentType->setCurrentText(QStringLiteral("text/html; charset=utf-8"));
    dialog->findChild<QComboBox *>(QStringLiteral("attribute-Cache-Control"))
        ->setCurrentText(QStringLiteral("no-store"));
    dialog->accept();
    QVERIFY(waitTree());
    const HostingAsset asset = fetch(QStringLiteral("/page.txt"));
    QCOMPARE(asset.attribute(QStringLiteral("Cache-Control")), QStringLiteral("no-store"));
    served(asset, &type);
    QCOMPARE(type, QByteArray("text/html; charset=utf-8"));

    // An attribute the dialog does not offer (set elsewhere) survives a save from the dialog.
    QVERIFY(SignedInFixture::finish(hostingcalls::setAttributes(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, QStringLiteral("/page.txt"),
        { { QStringLiteral("Website-Redirect-Location"), QStringLiteral("/elsewhere.html") } })));
    QCOMPARE(fetch(QStringLiteral("/page.txt")).attribute(QStringLiteral("Website-Redirect-Location")),
             QStringLiteral("/elsewhere.html"));
    m_panel->refresh();
    QVERIFY(waitTree());
    QCOMPARE(m_panel->model()
                 ->nodeAt(m_panel->model()->indexForPath(QStringLiteral("/page.txt")))
                 ->asset.attribute(QStringLiteral("Website-Redirect-Location")),
             QStringLiteral("/elsewhere.html"));
    QTRY_VERIFY(!m_panel->findChild<QDialog *>(QStringLiteral("attributesDialog"))); // the first is gone
    m_panel->selectPath(QStringLiteral("/page.txt"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("attributesDialog"))));
    dialog->findChild<QComboBox *>(QStringLiteral("attribute-Cache-Control"))
        ->setCurrentText(QStringLiteral("max-age=3600"));
    dialog->accept();
    QVERIFY(waitTree());
    const HostingAsset kept = fetch(QStringLiteral("/page.txt"));
    QCOMPARE(kept.attribute(QStringLiteral("Cache-Control")), QStringLiteral("max-age=3600"));
    QCOMPARE(kept.attribute(QStringLiteral("Website-Redirect-Location")),
             QStringLiteral("/elsewhere.html"));

    // Changed elsewhere, the tree not reloaded: the dialog fetches the asset (GET
    // .../assets/asset) and shows what the server holds now.
    QVERIFY(SignedInFixture::finish(hostingcalls::setAttributes(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, QStringLiteral("/page.txt"),
        { { QStringLiteral("Cache-Control"), QStringLiteral("max-age=60") } })));
    QTRY_VERIFY(!m_panel->findChild<QDialog *>(QStringLiteral("attributesDialog")));
    m_panel->selectPath(QStringLiteral("/page.txt"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("attributesDialog"))));
    QTRY_COMPARE(
        dialog->findChild<QComboBox *>(QStringLiteral("attribute-Cache-Control"))->currentText(),
        QStringLiteral("max-age=60"));
    dialog->reject();
    QVERIFY(SignedInFixture::finish(hostingcalls::setAttributes(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, QStringLiteral("/page.txt"), {})));
}

void TestHostingPanel::moveCopyDeleteAndNewFolder()
{
    makeFile(QStringLiteral("edits/a.txt"), "a");
    makeFile(QStringLiteral("edits/inner/b.txt"), "b");
    makeFile(QStringLiteral("edits/inner/c.txt"), "c");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("edits")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    QVERIFY(waitTree());

    m_panel->createFolder(QStringLiteral("/edits/made"));
    QVERIFY(waitTree());
    QVERIFY(m_panel->model()->indexForPath(QStringLiteral("/edits/made/")).isValid());

    m_panel->moveAsset(QStringLiteral("/edits/a.txt"), QStringLiteral("/edits/made/a2.txt"));
    QVERIFY(waitTree());
    QVERIFY(fetch(QStringLiteral("/edits/a.txt")).isNull());
    QCOMPARE(fetch(QStringLiteral("/edits/made/a2.txt")).hash, md5("a"));
    QCOMPARE(m_panel->selectedPath(), QStringLiteral("/edits/made/a2.txt"));

    m_panel->copyAsset(QStringLiteral("/edits/inner/"), QStringLiteral("/edits/copied/"));
    QVERIFY(waitTree());
    QCOMPARE(fetch(QStringLiteral("/edits/copied/c.txt")).hash, md5("c"));
    QCOMPARE(fetch(QStringLiteral("/edits/inner/c.txt")).hash, md5("c"));

    // Rename through its dialog.
    m_panel->selectPath(QStringLiteral("/edits/copied/b.txt"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("renameAssetButton")),
                      Qt::LeftButton);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_panel->findChild<QInputDialog *>(QStringLiteral("hostingPathDialog"))));
    QCOMPARE(ask->textValue(), QStringLiteral("/edits/copied/b.txt"));
    ask->setTextValue(QStringLiteral("/edits/copied/b-renamed.txt"));
    ask->accept();
    QVERIFY(waitTree());
    QCOMPARE(fetch(QStringLiteral("/edits/copied/b-renamed.txt")).hash, md5("b"));

    // Deleting a folder asks once, with the number of files it holds.
    m_panel->selectPath(QStringLiteral("/edits/inner/"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deleteAssetButton")),
                      Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_panel->findChild<ConfirmDialog *>(QStringLiteral("deleteAssetsDialog"))));
    const QList<QLabel *> labels = confirm->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text().contains(QLatin1String("2 file"));
    }));
    confirm->accept();
    QVERIFY(waitTree());
    QVERIFY(serverAssets(QStringLiteral("/edits/inner/")).isEmpty());
    QCOMPARE(fetch(QStringLiteral("/edits/copied/c.txt")).hash, md5("c"));

    // Deleting something already deleted elsewhere: the 404 is shown, the tree reloads.
    QVERIFY(SignedInFixture::finish(hostingcalls::remove(*m_fx.other->client(), m_fx.groupId,
                                                         m_fx.app.id,
                                                         QStringLiteral("/edits/copied/c.txt"))));
    m_panel->deletePaths({ QStringLiteral("/edits/copied/c.txt") });
    QVERIFY(waitTree());
    auto *banner = m_panel->findChild<ErrorBanner *>(QStringLiteral("hostingErrorBanner"));
    QVERIFY(banner->isVisible());

    m_panel->invalidateCache();
    QVERIFY(waitTree());
    QVERIFY(!banner->isVisible());
}

void TestHostingPanel::hostilePathsRefusedBeforeSending()
{
    auto *banner = m_panel->findChild<ErrorBanner *>(QStringLiteral("hostingErrorBanner"));
    const int before = m_fx.session->client()->activeCalls();
    m_panel->createFolder(QStringLiteral("/a/../../etc"));
    QCOMPARE(m_fx.session->client()->activeCalls(), before);
    QVERIFY(banner->isVisible());
    m_panel->moveAsset(QStringLiteral("/page.txt"), QStringLiteral("/x\\y.txt"));
    QCOMPARE(m_fx.session->client()->activeCalls(), before);
    m_panel->setAttributes(QStringLiteral("/page.txt"),
                           { { QStringLiteral("X-Evil"), QStringLiteral("1") } });
    QCOMPARE(m_fx.session->client()->activeCalls(), before);
    m_panel->copyAsset(QStringLiteral("/page.txt"), QStringLiteral("/") + QString(1000, u'n'));
    QCOMPARE(m_fx.session->client()->activeCalls(), before);

    // A local file whose name makes a bad path is reported, not sent; its neighbours go.
    makeFile(QStringLiteral("hostile/back\\slash.txt"), "x");
    makeFile(QStringLiteral("hostile/ctl\x01.txt"), "x");
    makeFile(QStringLiteral("hostile/fine.txt"), "fine");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("hostile")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    QCOMPARE(m_panel->transfer()->count(HostingTransfer::Outcome::Skipped), 2);
    QCOMPARE(m_panel->transfer()->count(HostingTransfer::Outcome::Uploaded), 1);
    QCOMPARE(serverAssets(QStringLiteral("/hostile/")).size(), 1);
}

void TestHostingPanel::dropOn(const QPoint &pos, QMimeData *data, Qt::DropAction action)
{
    QWidget *viewport = m_panel->tree()->viewport();
    QDragEnterEvent enter(pos, action, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, action, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), action, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

void TestHostingPanel::dropFromDesktopUploads()
{
    makeFile(QStringLiteral("desk/one.txt"), "one");
    makeFile(QStringLiteral("desk/folder/two.txt"), "two");
    m_panel->createFolder(QStringLiteral("/dropzone/"));
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/dropzone/")).isValid());
    QTreeView *tree = m_panel->tree();
    const QModelIndex zone = tree->model()->index(
        m_panel->model()->indexForPath(QStringLiteral("/dropzone/")).row(), 0);
    QVERIFY(zone.isValid());
    const QPoint pos = tree->visualRect(zone).center();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(m_local.filePath(QStringLiteral("desk/one.txt"))),
                   QUrl::fromLocalFile(m_local.filePath(QStringLiteral("desk/folder"))) });
    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    dropOn(pos, &data, Qt::CopyAction);
    QVERIFY(finished.wait(30000));
    QCOMPARE(served(fetch(QStringLiteral("/dropzone/one.txt"))), QByteArray("one"));
    QCOMPARE(served(fetch(QStringLiteral("/dropzone/folder/two.txt"))), QByteArray("two"));
}

void TestHostingPanel::dragInsideTreeMoves()
{
    makeFile(QStringLiteral("drag/moveme.txt"), "move me");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("drag")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    m_panel->createFolder(QStringLiteral("/target/"));
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/target/")).isValid()
                && m_panel->model()->indexForPath(QStringLiteral("/drag/moveme.txt")).isValid());
    QTreeView *tree = m_panel->tree();
    const QModelIndex source = m_panel->model()->indexForPath(QStringLiteral("/drag/moveme.txt"));
    QVERIFY(source.isValid());
    std::unique_ptr<QMimeData> data(m_panel->model()->mimeData({ source }));
    const QModelIndex target = tree->model()->index(
        m_panel->model()->indexForPath(QStringLiteral("/target/")).row(), 0);
    dropOn(tree->visualRect(target).center(), data.get(), Qt::MoveAction);
    QVERIFY(waitTree());
    QVERIFY(fetch(QStringLiteral("/drag/moveme.txt")).isNull());
    QCOMPARE(fetch(QStringLiteral("/target/moveme.txt")).hash, md5("move me"));
}

void TestHostingPanel::cancelMidBatchLeavesServerConsistent()
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

void TestHostingPanel::failureHalfWayContinuesOrStops()
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

void TestHostingPanel::sessionExpiryPausesAndResumesWithoutResending()
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

void TestHostingPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    // Something worth looking at: a picture, some text, a folder to sync.
    QImage image(320, 200, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        QLinearGradient gradient(0, 0, 320, 200);
        gradient.setColorAt(0, QColor(0x13, 0xaa, 0x52));
        gradient.setColorAt(1, QColor(0x0b, 0x3b, 0x60));
        painter.fillRect(image.rect(), gradient);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPointSize(28);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Stitch"));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    makeFile(QStringLiteral("site/images/logo.png"), png);
    makeFile(QStringLiteral("site/index.html"),
             "<!doctype html>\n<html>\n  <head><title>Demo</title></head>\n  <body>Hello</body>\n</html>\n");
    makeFile(QStringLiteral("site/css/site.css"), "body { font-family: sans-serif; }\n");
    makeFile(QStringLiteral("site/js/app.js"), "console.log('hi');\n");
    m_panel->uploadLocal({ m_local.filePath(QStringLiteral("site")) }, QStringLiteral("/"));
    QVERIFY(waitBatch());
    QTRY_VERIFY(m_panel->model()->indexForPath(QStringLiteral("/site/images/logo.png")).isValid());
    makeFile(QStringLiteral("site/css/site.css"), "body { font-family: serif; }\n");
    makeFile(QStringLiteral("site/about.html"), "<p>About</p>\n");
    for (int i = 0; i < 3; ++i)
        makeFile(QStringLiteral("slow/video%1.bin").arg(i), pseudoRandom(24 * 1024 * 1024, 900 + i));

    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        m_panel->findChild<QPushButton *>(QStringLiteral("closeReportButton"))->click();
        m_panel->tree()->expandAll();
        m_panel->selectPath(QStringLiteral("/site/images/logo.png"));
        auto *imageLabel = m_panel->findChild<QLabel *>(QStringLiteral("hostingPreviewImage"));
        QTRY_VERIFY(!imageLabel->pixmap().isNull() && imageLabel->isVisible());
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/hosting-tree-preview") + suffix));

        QSignalSpy ready(m_panel.get(), &HostingPanel::planReady);
        m_panel->planSync(m_local.filePath(QStringLiteral("site")), QStringLiteral("/site/"));
        QVERIFY(ready.wait(30000));
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/hosting-sync-plan") + suffix));
        m_panel->discardPlan();

        m_panel->uploadLocal({ m_local.filePath(QStringLiteral("slow")) }, QStringLiteral("/"));
        HostingTransfer *transfer = nullptr;
        QTRY_VERIFY((transfer = m_panel->transfer()) && transfer->filesTotal() == 3
                    && transfer->state() == HostingTransfer::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(transfer->filesDone() >= 1, 60000);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/hosting-upload-progress") + suffix));
        m_panel->cancelTransfer();
        QTRY_VERIFY(transfer->state() == HostingTransfer::State::Finished);
        QVERIFY(waitTree());
    }
    theme::apply(false);
}

QTEST_MAIN(TestHostingPanel)
#include "tst_hostingpanel.moc"
