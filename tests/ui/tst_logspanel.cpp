// LogsPanel on a real LocalServer: a user clicks a request id and the table filters by it; the
// details pane's width, opening an entry, the match count, the live tail's indicator, Ctrl+E
// from anywhere in the panel and the export's confirmation.
#include <api/appcalls.h>
#include <app/theme.h>
#include <models/logmodel.h>
#include <panels/logspanel.h>
#include <server/localserver.h>
#include <server/logwriter.h>
#include <server/store.h>
#include <session/session.h>

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
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
    void detailPaneReadableAndRemembered();
    void doubleClickAndEnterOpenDetails();
    void oneMatchIsSingular();
    void ctrlEExportsFromAnywhereInPanel();
    void panelShortcutBeatsFieldsOwnKey();
    void liveIndicatorShowsLastCheck();
    void detailLinksFollowThePalette();
    void liveIndicatorGoesWhenTailFails(); // last: it stops the server

private:
    //! An entry with this function name, written to the server's store as a run would be.
    void writeEntry(const QString &functionName);
    void saveShots();
    int rowWithLinks() const;
    QSplitter *detailSplitter(LogsPanel *panel) const
    {
        return panel->findChild<QSplitter *>(QStringLiteral("logsSplitter"));
    }
    QLabel *liveLabel() const { return m_panel->findChild<QLabel *>(QStringLiteral("liveLabel")); }

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    std::unique_ptr<LogsPanel> m_panel;
};

void TestLogsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logspanel"));
    QSettings().clear();
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
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    m_panel->findChild<QTableView *>(QStringLiteral("logTable"))->clearSelection();
    m_panel->exportEntriesTo(path);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int rows = m_panel->model()->rowCount();
    QCOMPARE(file.readAll().count('\n'), rows + 1);
    // The window's status bar confirms it, with the count and where the file went.
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(),
             QStringLiteral("Exported %1 entries to %2")
                 .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
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

void TestLogsPanel::writeEntry(const QString &functionName)
{
    stitchlocal::Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(m_dir.path(), &error, &created), qPrintable(error));
    QVERIFY(stitchlocal::appendLog(store, m_panel->model()->appId(),
                                   { { QStringLiteral("type"), QStringLiteral("FUNCTION") },
                                     { QStringLiteral("function_name"), functionName } }));
}

void TestLogsPanel::detailPaneReadableAndRemembered()
{
    // About the Logs panel's share of a 1280-wide window, beside the navigation.
    auto panel = std::make_unique<LogsPanel>(m_session);
    panel->resize(1000, 700);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QSplitter *splitter = detailSplitter(panel.get());
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    QVERIFY2(splitter->sizes().value(1) >= 320,
             qPrintable(QString::number(splitter->sizes().value(1))));
    QVERIFY(qAbs(splitter->sizes().value(1) - total / 3) <= 2);

    // The user drags the handle 150 px to the left, as with a mouse.
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint from = handle->rect().center();
    const QPoint to = from - QPoint(150, 0);
    QMouseEvent press(QEvent::MouseButtonPress, from, handle->mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &press);
    QMouseEvent move(QEvent::MouseMove, to, handle->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, handle->mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &release);
    const QList<int> chosen = splitter->sizes();
    QVERIFY2(qAbs(chosen.value(1) - (total / 3 + 150)) <= 2,
             qPrintable(QString::number(chosen.value(1))));

    // A restart: the next panel opens with the width the user chose.
    panel.reset();
    auto again = std::make_unique<LogsPanel>(m_session);
    again->resize(1000, 700);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QCOMPARE(detailSplitter(again.get())->sizes(), chosen);
    again.reset();
    QSettings().remove(QStringLiteral("logs/detailSplitter"));
}

void TestLogsPanel::doubleClickAndEnterOpenDetails()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("logTable"));
    auto *details = m_panel->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 10, 10000);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QSplitter *splitter = detailSplitter(m_panel.get());
    const auto idAt = [model](int row) {
        return model->entry(row).toObject().value(QLatin1String("_id")).toString();
    };

    // The user had dragged the details shut; a double-click on an entry opens them again.
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({ total, 0 });
    QCOMPARE(splitter->sizes().value(1), 0);
    const QModelIndex cell = model->index(4, LogModel::TimeColumn);
    table->scrollTo(cell);
    // As a window system sends it: the first click, then the double-click event.
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QVERIFY2(splitter->sizes().value(1) >= 320,
             qPrintable(QString::number(splitter->sizes().value(1))));
    QTRY_VERIFY(details->hasFocus());
    QVERIFY(details->toPlainText().contains(idAt(4)));

    // Enter on the current entry does the same.
    splitter->setSizes({ total, 0 });
    table->setFocus();
    table->setCurrentIndex(model->index(5, LogModel::TimeColumn));
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(splitter->sizes().value(1) >= 320);
    QTRY_VERIFY(details->hasFocus());
    QVERIFY(details->toPlainText().contains(idAt(5)));
}

void TestLogsPanel::oneMatchIsSingular()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(STITCH_QM_DIR "/stitchconsole_en.qm")));
    QCoreApplication::installTranslator(&english);
    writeEntry(QStringLiteral("onlyonce"));
    writeEntry(QStringLiteral("twice"));
    writeEntry(QStringLiteral("twice"));
    m_panel->refresh();
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 100, 10000);
    QVERIFY(!model->atEnd()); // the count says it covers the loaded pages only
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *matches = m_panel->findChild<QLabel *>(QStringLiteral("matchLabel"));
    search->setText(QStringLiteral("onlyonce"));
    QTRY_COMPARE(matches->text(), QStringLiteral("1 match in the loaded entries"));
    search->setText(QStringLiteral("twice"));
    QTRY_COMPARE(matches->text(), QStringLiteral("2 matches in the loaded entries"));
    search->clear();
    QCoreApplication::removeTranslator(&english);
}

void TestLogsPanel::ctrlEExportsFromAnywhereInPanel()
{
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const auto exportDialog = [] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (qobject_cast<QFileDialog *>(widget) && widget->isVisible())
                return static_cast<QFileDialog *>(widget);
        }
        return static_cast<QFileDialog *>(nullptr);
    };
    // On X11 a line edit takes Ctrl+E for "end of line"; the panel's shortcut must still win.
    const QStringList places { QStringLiteral("searchEdit"), QStringLiteral("userEdit"),
                               QStringLiteral("logTable"), QStringLiteral("detailBrowser") };
    for (const QString &name : places) {
        auto *widget = m_panel->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        widget->setFocus();
        QTRY_VERIFY2(widget->hasFocus(), qPrintable(name));
        QTest::keyClick(widget, Qt::Key_E, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = exportDialog()), qPrintable(name));
        dialog->reject();
        QTRY_VERIFY(!exportDialog());
    }
}

void TestLogsPanel::panelShortcutBeatsFieldsOwnKey()
{
    // The same for any panel, with a key a line edit claims under every keyboard scheme (the
    // offscreen platform has no X11 one, where a line edit claims Ctrl+E too): a Ctrl key the
    // panel has a shortcut for reaches the panel from inside the field.
    struct KeyPanel : Panel
    {
        explicit KeyPanel(Session *session)
            : Panel(session, ContextChange)
        {
            field = new QLineEdit(QStringLiteral("two words"), this);
            auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this] { ++fired; });
        }
        void refresh() override { }
        void focusFilter() override { }
        QLineEdit *field;
        int fired = 0;
    };
    KeyPanel panel(m_session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.field->setFocus();
    panel.field->setCursorPosition(0);
    QTest::keyClick(panel.field, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(panel.fired, 1);
    QCOMPARE(panel.field->cursorPosition(), 0);
    // Copy, paste, undo and select-all stay the field's.
    QTest::keyClick(panel.field, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(panel.field->selectedText(), QStringLiteral("two words"));
}

void TestLogsPanel::liveIndicatorShowsLastCheck()
{
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    auto *tail = m_panel->findChild<QPushButton *>(QStringLiteral("tailButton"));
    QLabel *live = liveLabel();
    QVERIFY(!live->isVisible());
    const int narrowest = m_panel->minimumSizeHint().width();
    QTest::mouseClick(tail, Qt::LeftButton);
    QVERIFY(model->isTailing());
    QVERIFY(live->isVisible());
    QVERIFY(live->text().contains(QLatin1String("Live")));
    QCOMPARE(live->accessibleName(), QStringLiteral("Live tail on, waiting for the first check"));

    // Each poll shows its own time: a time between asking and hearing back.
    const QRegularExpression checked(QStringLiteral("last checked (\\d\\d:\\d\\d:\\d\\d)"));
    QSignalSpy polled(model, &LogModel::tailPolled);
    for (int poll = 0; poll < 2; ++poll) {
        const QTime asked = QTime::currentTime().addMSecs(-1000);
        model->pollTail(); // the timer would do the same within seconds
        QVERIFY(polled.wait(10000));
        const QTime answered = QTime::currentTime();
        const QRegularExpressionMatch match = checked.match(live->text());
        QVERIFY2(match.hasMatch(), qPrintable(live->text()));
        const QTime shown = QTime::fromString(match.captured(1), QStringLiteral("HH:mm:ss"));
        QVERIFY2(shown >= asked && shown <= answered, qPrintable(live->text()));
        QVERIFY(live->text().contains(Panel::okColor(live->palette()).name()));
        QCOMPARE(live->accessibleName(),
                 QStringLiteral("Live tail on, last checked %1").arg(match.captured(1)));
    }
    // The indicator never makes the panel wider than a 1280-wide window leaves it.
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->minimumSizeHint().width(), narrowest);

    saveShots();

    QTest::mouseClick(tail, Qt::LeftButton);
    QVERIFY(!model->isTailing());
    QVERIFY(!live->isVisible());
}

int TestLogsPanel::rowWithLinks() const
{
    LogModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject entry = model->entry(row).toObject();
        if (entry.contains(QLatin1String("function_call"))
            && !entry.value(QLatin1String("co_id")).toString().isEmpty())
            return row;
    }
    return -1;
}

void TestLogsPanel::detailLinksFollowThePalette()
{
    // The details' links take their colour when the HTML is read: a switch to the dark palette
    // must draw them again, or they stay dark blue on dark grey.
    const int row = rowWithLinks();
    QVERIFY(row >= 0);
    m_panel->findChild<QTableView *>(QStringLiteral("logTable"))->selectRow(row);
    auto *details = m_panel->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    for (const bool dark : { true, false }) {
        theme::apply(dark);
        const QString link = QApplication::palette().color(QPalette::Link).name();
        QTRY_VERIFY2(details->toHtml().contains(link), qPrintable(link));
    }
}

void TestLogsPanel::saveShots()
{
    // With STITCH_SHOTS_DIR set: the panel with an entry's details and the live tail on, in the
    // light and the dark palette, to look at.
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("logTable"));
    table->selectRow(rowWithLinks());
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        QCoreApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir
                                     + (dark ? QStringLiteral("/logs-live-dark.png")
                                             : QStringLiteral("/logs-live-light.png"))));
    }
    theme::apply(false);
    // German, at the panel's width in a 1280-wide window: the longer words still fit.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(STITCH_QM_DIR "/stitchconsole_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QSize size = m_panel->size();
    m_panel->resize(1000, 700);
    QSignalSpy polled(m_panel->model(), &LogModel::tailPolled);
    m_panel->model()->pollTail();
    QVERIFY(polled.wait(10000));
    QCoreApplication::processEvents(); // the layout request the new text posted
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/logs-live-de-1000.png")));
    QCoreApplication::removeTranslator(&german);
    m_panel->resize(size);
}

void TestLogsPanel::liveIndicatorGoesWhenTailFails()
{
    LogModel *model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    auto *tail = m_panel->findChild<QPushButton *>(QStringLiteral("tailButton"));
    QTest::mouseClick(tail, Qt::LeftButton);
    QSignalSpy failed(model, &LogModel::tailPollFailed);
    m_server.reset(); // the server goes away: the next poll cannot connect
    model->pollTail();
    QVERIFY(failed.wait(20000));
    QLabel *live = liveLabel();
    QVERIFY(live->isVisible());
    QVERIFY2(!live->text().contains(QLatin1String("Live")), qPrintable(live->text()));
    QVERIFY2(QRegularExpression(QStringLiteral("the check at \\d\\d:\\d\\d:\\d\\d failed"))
                 .match(live->text())
                 .hasMatch(),
             qPrintable(live->text()));
    QVERIFY(!live->toolTip().isEmpty()); // what went wrong
    QTest::mouseClick(tail, Qt::LeftButton);
    QVERIFY(!live->isVisible());
}

QTEST_MAIN(TestLogsPanel)
#include "tst_logspanel.moc"
