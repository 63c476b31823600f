// The Hosting panel against a real LocalServer: uploads (dialog path, drag and drop) fetched back
// from their served URLs byte for byte, the tree's preview, attribute edits, move/copy/delete,
// hostile paths, and screenshots. Sync: tst_hostingsync; batches failing, cancelled or paused:
// tst_hostingbatch.
#include "hostingtesthelpers.h"

#include <app/theme.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
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
#include <QStackedWidget>
#include <QTreeView>

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestHostingPanel : public QObject, public HostingTestFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { openPanel(); }
    void cleanup() { closePanel(); }
    void uploadFolderFetchesBackByteIdentical();
    void previewOpenAndCopyUrl();
    void attributeEditShowsInServedContentType();
    void moveCopyDeleteAndNewFolder();
    void hostilePathsRefusedBeforeSending();
    void dropFromDesktopUploads();
    void dragInsideTreeMoves();
    void screenshots();

private:
    void dropOn(const QPoint &pos, QMimeData *data, Qt::DropAction action);
};

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
