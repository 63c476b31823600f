// The Functions panel's Dependencies…: upload a node_modules archive (made here with
// libarchive), see it unpacked and listed, see a broken one fail with the reason, and get the
// packages offered by completion inside require('…'); a function run then loads one.
#include "functionspaneldriver.h"
#include "panelshots.h"

#include <api/functioncalls.h>
#include <models/dependencylistmodel.h>
#include <panels/dependenciespane.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/errorbanner.h>

#include <QDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

namespace {

//! A zip of node_modules/<name>/{package.json, index.js} at path.
bool writePackageZip(const QString &path, const QString &name, const QString &version,
                     const QByteArray &source, bool corruptData = false)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    if (archive_write_open_filename(writer, path.toUtf8().constData()) != ARCHIVE_OK)
        return false;
    const QList<QPair<QString, QByteArray>> files {
        { QStringLiteral("node_modules/%1/package.json").arg(name),
          QStringLiteral(R"({"name": "%1", "version": "%2", "main": "index.js"})")
              .arg(name, version)
              .toUtf8() },
        { QStringLiteral("node_modules/%1/index.js").arg(name), source },
    };
    for (const auto &[file, data] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, file.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        archive_write_header(writer, entry);
        archive_write_data(writer, data.constData(), size_t(data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    if (!corruptData)
        return true;
    // Flip bytes of the first file's data (after the local header, its name and extra field):
    // the entries still read, the data does not.
    QFile zip(path);
    if (!zip.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = zip.readAll();
    const auto u16
        = [&bytes](int at) { return int(uchar(bytes[at])) | int(uchar(bytes[at + 1])) << 8; };
    const int data = 30 + u16(26) + u16(28);
    for (int i = data; i < data + 12; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    zip.seek(0);
    return zip.write(bytes) == bytes.size();
}

} // namespace

class TestFunctionsDependencies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadListsAndCompletes();
    void brokenArchiveSaysWhy();
    void notAnArchiveRefusedBeforeSending();
    void shots();

private:
    DependenciesPane *openDialog();

    FunctionsPanelDriver m_driver;
    QTemporaryDir m_files;
};

void TestFunctionsDependencies::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_driver.setUp(QStringLiteral("tst_functionsdependencies")));
}

void TestFunctionsDependencies::cleanupTestCase()
{
    m_driver.tearDown();
}

DependenciesPane *TestFunctionsDependencies::openDialog()
{
    FunctionsPanel *panel = m_driver.m_panel.get();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("dependenciesButton")),
                      Qt::LeftButton);
    return panel->dependenciesDialog()->isVisible() ? panel->dependencies() : nullptr;
}

void TestFunctionsDependencies::uploadListsAndCompletes()
{
    DependenciesPane *pane = openDialog();
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->hasLoaded() && pane->uploadButton()->isEnabled(),
                             20000);
    QCOMPARE(pane->model()->rowCount(), 0);

    const QString zip = m_files.filePath(QStringLiteral("node_modules.zip"));
    QVERIFY(writePackageZip(zip, QStringLiteral("pad-lite"), QStringLiteral("1.2.3"),
                            "module.exports = (s, n) => String(s).padStart(n, '0');\n"));
    pane->uploadFile(zip);
    QVERIFY(pane->isUploading());
    QVERIFY(!pane->uploadButton()->isEnabled()); // one upload at a time
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isUploading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->status()->text().contains(QLatin1String("Installed 1")), 20000);
    QCOMPARE(pane->model()->names(), QStringList { QStringLiteral("pad-lite") });
    QCOMPARE(pane->model()->index(0, DependencyListModel::VersionColumn).data().toString(),
             QStringLiteral("1.2.3"));

    // Completion offers the package inside require('…').
    FunctionEditorTab *tab = m_driver.open(QStringLiteral("sum"));
    QVERIFY(tab);
    CodeEditor *editor = tab->editor();
    editor->setAutoCompletionThreshold(-1);
    editor->setText(QStringLiteral("exports = function() {\n  \n};\n"));
    editor->setCursorPosition(1, 2);
    QTest::keyClicks(editor, QStringLiteral("const pad = require('"));
    QTRY_VERIFY2(editor->completionList().contains(QStringLiteral("pad-lite")),
                 qPrintable(editor->completionList().join(QLatin1Char(' '))));
    QTest::keyClicks(editor, QStringLiteral("pa"));
    QCOMPARE(editor->completionList(), QStringList { QStringLiteral("pad-lite") });

    // And a run loads it.
    auto *run = functioncalls::executeSource(
        *m_driver.m_fx.other->client(), m_driver.m_fx.groupId, m_driver.m_fx.app.id,
        QStringLiteral("exports = () => require('pad-lite')(42, 5);"), QString(), RunAs());
    QSignalSpy done(run, &ApiJob::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(run->ok(), qPrintable(run->error().summary()));
    QCOMPARE(run->result().result, QJsonValue(QStringLiteral("00042")));
}

void TestFunctionsDependencies::brokenArchiveSaysWhy()
{
    DependenciesPane *pane = openDialog();
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->uploadButton()->isEnabled(), 20000);
    const QString zip = m_files.filePath(QStringLiteral("broken.zip"));
    QVERIFY(writePackageZip(zip, QStringLiteral("pad-lite"), QStringLiteral("9.9.9"),
                            QByteArray(4096, 'x'), true));
    pane->uploadFile(zip);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isUploading(), 30000);
    QVERIFY2(pane->status()->text().contains(QLatin1String("could not be installed")),
             qPrintable(pane->status()->text()));
    // The packages in use stay.
    QCOMPARE(pane->model()->names(), QStringList { QStringLiteral("pad-lite") });
    QCOMPARE(pane->model()->index(0, DependencyListModel::VersionColumn).data().toString(),
             QStringLiteral("1.2.3"));
}

void TestFunctionsDependencies::notAnArchiveRefusedBeforeSending()
{
    DependenciesPane *pane = openDialog();
    QVERIFY(pane);
    const QString text = m_files.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    pane->uploadFile(text);
    QVERIFY(!pane->isUploading());
    auto *banner = pane->findChild<ErrorBanner *>(QStringLiteral("dependenciesErrorBanner"));
    QTRY_VERIFY(banner->isVisible());
}

void TestFunctionsDependencies::shots()
{
    DependenciesPane *pane = openDialog();
    QVERIFY(pane);
    pane->refresh(); // the last test's banner goes; the failed upload's reason stays
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading(), 20000);
    savePanelShots(m_driver.m_panel.get()->dependenciesDialog(),
                   QStringLiteral("functions-dependencies"));
}

QTEST_MAIN(TestFunctionsDependencies)
#include "tst_functionsdependencies.moc"
