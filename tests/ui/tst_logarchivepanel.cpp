// The Logs panel with its archive on a real LocalServer: what the panel fetches is archived
// under the data folder; the Archive button shows a search with its count and time, under the
// panel's filters; Sync fills the archive, a sign-out stops it and the next sync resumes; the
// manage dialog shows the figures and deletes after a confirmation. Saves screenshots to
// STITCH_SHOTS_DIR when it is set.
#include <api/appcalls.h>
#include <app/theme.h>
#include <models/logarchive.h>
#include <models/logarchivemodel.h>
#include <models/logarchivesync.h>
#include <models/logmodel.h>
#include <panels/logarchivedialog.h>
#include <panels/logarchiveview.h>
#include <panels/logspanel.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestLogArchivePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelFetchesLandInTheArchive();
    void archiveModeSearchesWithCountAndTime();
    void filtersApplyToTheArchive();
    void exportWritesEveryMatch_data();
    void exportWritesEveryMatch();
    void syncButtonFillsTheArchive();
    void signOutStopsSyncAndTheNextResumes();
    void manageDialogShowsAndDeletesAfterAsking();

private:
    void signIn();
    LogArchiveStats stats();
    void shoot(QWidget *widget, const QString &name);
    template<typename T> T *find(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    stitchlocal::AdminSpec m_admin;
    Session *m_session = nullptr;
    App m_app;
    std::unique_ptr<LogsPanel> m_panel;
};

void TestLogArchivePanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logarchivepanel"));
    QSettings().clear();
    QDir(LogArchive::rootFolder()).removeRecursively();
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir.path();
    options.demo = true;
    options.seedLogs = 450;
    m_admin.name = QStringLiteral("panel-tester");
    m_admin.secret = QStringLiteral("panel-tester-secret");
    options.admins = { m_admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_session = new Session(this);
    signIn();
    auto *job = appcalls::list(*m_session->client(), m_session->currentGroupId());
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(job->ok());
    m_app = job->result().first();
    m_panel = std::make_unique<LogsPanel>(m_session);
    m_panel->resize(1400, 800);
    m_panel->show();
    m_session->setCurrentApp(m_app);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() >= 100, 10000);
}

void TestLogArchivePanel::signIn()
{
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = m_admin.name;
    m_session->signIn(profile, m_server->rootUrl(), m_admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 20000);
}

LogArchiveStats TestLogArchivePanel::stats()
{
    LogArchiveStats result;
    bool done = false;
    m_panel->archive()->stats(this, [&](const LogArchiveStats &s) {
        result = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("stats timed out");
    return result;
}

void TestLogArchivePanel::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestLogArchivePanel::panelFetchesLandInTheArchive()
{
    LogArchive *archive = m_panel->archive();
    QTRY_COMPARE_WITH_TIMEOUT(archive->state(), LogArchive::State::Open, 10000);
    QCOMPARE(archive->filePath(), LogArchive::pathFor(QStringLiteral("test"), m_app.id));
    QVERIFY(archive->filePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QTRY_COMPARE_WITH_TIMEOUT(archive->pendingPages(), 0, 10000);
    QCOMPARE(stats().entries, qint64(m_panel->model()->rowCount()));
    // Load all: every page goes in too.
    m_panel->model()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->atEnd() && !m_panel->model()->isLoading(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(archive->pendingPages(), 0, 10000);
    QCOMPARE(stats().entries, qint64(m_panel->model()->rowCount()));
}

void TestLogArchivePanel::archiveModeSearchesWithCountAndTime()
{
    auto *modeButton = find<QPushButton>("archiveModeButton");
    QVERIFY(modeButton);
    QTest::mouseClick(modeButton, Qt::LeftButton);
    QVERIFY(m_panel->isArchiveMode());
    QVERIFY(m_panel->archiveView()->isVisible());
    QVERIFY(!find<QTableView>("logTable")->isVisible());
    auto *search = find<QLineEdit>("archiveSearchEdit");
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("sendReport OR greet"));
    auto *result = find<QLabel>("archiveResultLabel");
    const QRegularExpression shape(QStringLiteral("^[\\d,]+ matches? in [\\d,]+ ms$"));
    LogArchiveModel *model = m_panel->archiveView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->query().text == search->text()
                                 && shape.match(result->text()).hasMatch(),
                             10000);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(result->text().section(u' ', 0, 0).remove(u',').toLongLong(), model->matchCount());
    // The status line speaks of the archive, not of the hidden live rows.
    QTRY_VERIFY(find<QLabel>("statusLabel")->text().startsWith(QLatin1String("Archive: ")));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, LogModel::NameColumn).data().toString();
        QVERIFY2(name == QLatin1String("sendReport") || name == QLatin1String("greet"),
                 qPrintable(model->query().text + QStringLiteral(" | ")
                            + QString::fromUtf8(QJsonDocument(model->entryJson(row).toObject())
                                                    .toJson(QJsonDocument::Compact))));
    }
    // Selecting a row shows the entry as the service sent it.
    auto *table = find<QTableView>("archiveTable");
    table->selectRow(0);
    QTRY_VERIFY(find<QWidget>("archiveDetails")
                    ->property("plainText")
                    .toString()
                    .contains(model->entry(0).id));
    theme::apply(false);
    shoot(m_panel.get(), QStringLiteral("archive-panel-light"));
    theme::apply(true);
    shoot(m_panel.get(), QStringLiteral("archive-panel-dark"));
    theme::apply(false);
}

void TestLogArchivePanel::filtersApplyToTheArchive()
{
    LogArchiveModel *model = m_panel->archiveView()->model();
    const qint64 before = model->matchCount();
    QTest::mouseClick(find<QCheckBox>("errorsOnlyCheck"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->query().filter.errorsOnly && model->matchCount() >= 0, 10000);
    QVERIFY(model->matchCount() < before);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data(LogModel::ErrorRole).toBool());
    QTest::mouseClick(find<QCheckBox>("errorsOnlyCheck"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->query().filter.errorsOnly && model->matchCount() == before,
                             10000);
}

void TestLogArchivePanel::exportWritesEveryMatch_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("JSON Lines") << QStringLiteral("matches.jsonl");
    QTest::newRow("CSV") << QStringLiteral("matches.csv");
}

void TestLogArchivePanel::exportWritesEveryMatch()
{
    QFETCH(QString, file);
    LogArchiveView *view = m_panel->archiveView();
    LogArchiveModel *model = view->model();
    // More matches than one page holds: the export is of the search, not of the rows shown.
    view->searchEdit()->setText(QStringLiteral("ran OR login"));
    view->search();
    QTRY_VERIFY_WITH_TIMEOUT(model->matchCount() > 100, 10000);
    QVERIFY(model->rowCount() < model->matchCount());
    QSignalSpy finished(view, &LogArchiveView::exportFinished);
    const QString path = m_dir.filePath(file);
    view->exportResultTo(path);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    const bool csv = file.endsWith(QLatin1String(".csv"));
    // Lines end with a newline: the last split is empty; CSV has its header first.
    QCOMPARE(qint64(lines.size() - 1 - (csv ? 1 : 0)), model->matchCount());
    if (csv) {
        QVERIFY(lines.first().startsWith("started,type,status"));
    } else {
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value("_id").toString(), model->entry(0).id);
    }
}

void TestLogArchivePanel::syncButtonFillsTheArchive()
{
    // A new entry, then Sync: the archive gets it, and says so in the status bar.
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    LogArchiveSync *sync = m_panel->archiveView()->sync();
    QSignalSpy finished(sync, &LogArchiveSync::finished);
    m_panel->model()->refresh(); // nothing new yet: the archive holds what the server has
    const qint64 held = stats().entries;
    QTest::mouseClick(find<QPushButton>("archiveSyncButton"), Qt::LeftButton);
    QVERIFY(sync->isRunning());
    QVERIFY(!find<QPushButton>("archiveSyncButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(stats().entries, held);
    QVERIFY(!status.isEmpty());
    QTRY_VERIFY(find<QPushButton>("archiveSyncButton")->isEnabled());
}

void TestLogArchivePanel::signOutStopsSyncAndTheNextResumes()
{
    // A fresh archive for this app: delete it, then fetch everything and sign out mid-way.
    LogArchive *archive = m_panel->archive();
    archive->deleteArchive();
    QTRY_COMPARE_WITH_TIMEOUT(archive->state(), LogArchive::State::Open, 10000);
    QCOMPARE(stats().entries, 0);
    LogArchiveSync *sync = m_panel->archiveView()->sync();
    QSignalSpy finished(sync, &LogArchiveSync::finished);
    connect(sync, &LogArchiveSync::progress, m_session, &Session::signOut,
            Qt::SingleShotConnection);
    QTest::mouseClick(find<QPushButton>("archiveEverythingButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().first().toBool());
    QCOMPARE(archive->state(), LogArchive::State::Closed);
    // Back again: the archive reopens and a plain sync goes on to the end.
    signIn();
    m_session->setCurrentApp(m_app);
    QTRY_COMPARE_WITH_TIMEOUT(archive->state(), LogArchive::State::Open, 10000);
    const LogArchiveStats partial = stats();
    QVERIFY(partial.ranges.isEmpty() || partial.ranges.last().fromMs > 0);
    finished.clear();
    QTRY_VERIFY(find<QPushButton>("archiveSyncButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("archiveSyncButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    const LogArchiveStats full = stats();
    QVERIFY(full.entries >= 450);
    QCOMPARE(full.ranges.size(), 1);
    QCOMPARE(full.ranges.first().fromMs, 0);
}

void TestLogArchivePanel::manageDialogShowsAndDeletesAfterAsking()
{
    QTest::mouseClick(find<QPushButton>("archiveManageButton"), Qt::LeftButton);
    LogArchiveDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<LogArchiveDialog *>()) && dialog->isVisible());
    const qint64 entries = stats().entries;
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("archiveSummaryLabel"));
    QTRY_VERIFY(summary->text().contains(QLocale().toString(entries) + QStringLiteral(" entries")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("archiveRangesLabel"))
                ->text()
                .contains(QLatin1String("everything up to")));
    shoot(dialog, QStringLiteral("archive-manage-light"));
    // Delete asks first; Cancel keeps everything.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("archiveDeleteButton")),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>() || !box->isVisible());
    QCOMPARE(stats().entries, entries);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("archiveDeleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("archiveConfirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->archive()->state(), LogArchive::State::Open, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stats().entries, 0, 10000);
    QTRY_VERIFY(summary->text().contains(QStringLiteral("0 entries")));
    dialog->close();
}

QTEST_MAIN(TestLogArchivePanel)
#include "tst_logarchivepanel.moc"
