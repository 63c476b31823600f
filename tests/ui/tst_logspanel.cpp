// LogsPanel on a real LocalServer: a user clicks a request id and the table filters by it.
#include <api/appcalls.h>
#include <models/logmodel.h>
#include <panels/logspanel.h>
#include <server/localserver.h>
#include <server/logwriter.h>
#include <server/store.h>
#include <session/session.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include <memory>

class TestLogsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clickRequestIdFilters();
    void detailsShowTheEntry();
    void exportWritesFile();
    void tailKeepsSelectionAndScroll();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    std::unique_ptr<LogsPanel> m_panel;
};

void TestLogsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir.path();
    options.demo = true;
    options.seedLogs = 400;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("panel-tester");
    admin.secret = QStringLiteral("panel-tester-secret");
    options.admins = { admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_session = new Session(this);
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    m_session->signIn(profile, m_server->rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 20000);
    auto *job = appcalls::list(*m_session->client(), m_session->currentGroupId());
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(job->ok());
    m_panel = std::make_unique<LogsPanel>(m_session);
    m_panel->resize(1400, 800);
    m_panel->show();
    m_session->setCurrentApp(job->result().first());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() >= 100, 10000);
}

void TestLogsPanel::clickRequestIdFilters()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("logTable"));
    LogModel *model = m_panel->model();
    const QModelIndex cell = model->index(3, LogModel::RequestColumn);
    const QString coId = cell.data().toString();
    QVERIFY(!coId.isEmpty());
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    auto *requestEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("requestEdit"));
    QCOMPARE(requestEdit->text(), coId);
    QCOMPARE(model->filter().coId, coId);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, LogModel::RequestColumn).data().toString(), coId);
    // Clearing the filters shows every entry again.
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                      Qt::LeftButton);
    QVERIFY(requestEdit->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 100, 10000);
}

void TestLogsPanel::detailsShowTheEntry()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("logTable"));
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
    // Nothing selected: an empty call tree, not a row that reads "null".
    auto *callTree = m_panel->findChild<QTreeView *>(QStringLiteral("callTree"));
    table->setCurrentIndex(QModelIndex());
    QCOMPARE(callTree->model()->rowCount(), 0);
    const QModelIndex cell = model->index(1, LogModel::TimeColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    auto *details = m_panel->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    const QString id = model->entry(1).toObject().value(QLatin1String("_id")).toString();
    QTRY_VERIFY(details->toPlainText().contains(id));
    QVERIFY(details->toPlainText().contains(QLatin1String("co_id")));
}

void TestLogsPanel::exportWritesFile()
{
    QSignalSpy finished(m_panel.get(), &LogsPanel::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    m_panel->findChild<QTableView *>(QStringLiteral("logTable"))->clearSelection();
    m_panel->exportEntriesTo(path);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), m_panel->model()->rowCount() + 1);
}

void TestLogsPanel::tailKeepsSelectionAndScroll()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("logTable"));
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 100, 10000);
    const auto idAt = [model](int row) {
        return model->entry(row).toObject().value(QLatin1String("_id")).toString();
    };
    table->scrollTo(model->index(60, 0), QAbstractItemView::PositionAtTop);
    const QModelIndex cell = model->index(62, LogModel::TimeColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(table->currentIndex().row(), 62);
    const QString selectedId = idAt(62);
    const int topRow = table->rowAt(0);
    QVERIFY(topRow > 0);
    const QString topId = idAt(topRow);

    auto *tail = m_panel->findChild<QPushButton *>(QStringLiteral("tailButton"));
    QTest::mouseClick(tail, Qt::LeftButton);
    QVERIFY(model->isTailing());
    stitchlocal::Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(m_dir.path(), &error, &created), qPrintable(error));
    for (int i = 0; i < 2; ++i)
        QVERIFY(stitchlocal::appendLog(
            store, model->appId(),
            { { QStringLiteral("type"), QStringLiteral("FUNCTION") },
              { QStringLiteral("function_name"), QStringLiteral("late") } }));
    QSignalSpy inserted(model, &LogModel::tailInserted);
    model->pollTail(); // the timer would do the same within seconds
    QVERIFY(inserted.wait(10000));
    QCOMPARE(inserted.first().first().toInt(), 2);
    QCOMPARE(table->currentIndex().row(), 64);
    QCOMPARE(idAt(64), selectedId);
    QCOMPARE(idAt(table->rowAt(0)), topId); // the rows in view did not move
    QTest::mouseClick(tail, Qt::LeftButton);
    QVERIFY(!model->isTailing());
}

QTEST_MAIN(TestLogsPanel)
#include "tst_logspanel.moc"
