// The Triggers panel's list, commands and watch against a real LocalServer: the model under
// QAbstractItemModelTester, the last-modified column, enable/disable, delete, a real suspension
// (an authentication trigger whose function throws, fired by three anonymous logins) resumed
// through the UI with the badge and the watch's signal, the jump to the function and the firing
// history in Logs. (The forms: tst_triggerforms.)
#include "panelshots.h"
#include "triggerstestbase.h"

#include <api/triggercalls.h>
#include <app/theme.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/logmodel.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <panels/logspanel.h>
#include <panels/triggerspanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

class TestTriggersPanel : public TriggersTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(); }
    void init() { openPanel(); }
    void cleanup() { closePanel(); }
    void listAndModelTester();
    void lastModifiedColumn();
    void enableDisable();
    void deleteTrigger();
    void suspendResumeBadgeAndNotification();
    void jumpToFunction();
    void firingHistoryOpensLogs();

private:
    //! A scheduled trigger of this name through the API (if there is none yet); its id.
    QString ensureScheduled(const QString &name, const QString &schedule);
    //! Writes last_modified = 1000000000 (2001) into the trigger's stored document, behind the
    //! server's back, so that a write's new date is told apart without waiting a second.
    QString ageTrigger(const QString &id);
};

QString TestTriggersPanel::ensureScheduled(const QString &name, const QString &schedule)
{
    if (const StitchTrigger existing = serverTrigger(name); !existing.id.isEmpty())
        return existing.id;
    StitchTrigger trigger;
    trigger.name = name;
    trigger.type = QStringLiteral("SCHEDULED");
    trigger.functionId = m_fx.idOf(QStringLiteral("sum"));
    trigger.config.insert(QStringLiteral("schedule"), schedule);
    const QString id = createThroughApi(trigger);
    m_panel->refresh();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowOf(id) >= 0, 20000); }();
    return id;
}

QString TestTriggersPanel::ageTrigger(const QString &id)
{
    const QString connection = QStringLiteral("age-trigger");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_fx.dir.filePath(QStringLiteral("server/stitch-local.sqlite")));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"))
            || !query.prepare(QStringLiteral("UPDATE resources SET doc = json_set(doc, "
                                             "'$.last_modified', 1000000000) WHERE id = ?")))
            failure = db.lastError().text() + query.lastError().text();
        query.addBindValue(id);
        if (failure.isEmpty() && (!query.exec() || query.numRowsAffected() != 1))
            failure = QStringLiteral("no stored trigger %1 %2").arg(id, query.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

void TestTriggersPanel::listAndModelTester()
{
    QAbstractItemModelTester tester(m_panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_panel->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_panel->model()->rowOf(serverTrigger(QStringLiteral("logUserLogins")).id) >= 0);
    QVERIFY(child<QLabel>("triggerCountLabel")->text().contains(QLatin1String("trigger")));
    QTest::keyClicks(child<QLineEdit>("triggerFilterEdit"), QStringLiteral("zzz-none"));
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QVERIFY(child<QLabel>("triggerHintLabel")->text().contains(QLatin1String("zzz-none")));
    child<QLineEdit>("triggerFilterEdit")->clear();
    QVERIFY(m_panel->proxy()->rowCount() >= 1);
    // Nothing selected: the form is off and the row commands too.
    QVERIFY(!child<QPushButton>("deleteTriggerButton")->isEnabled());
    QVERIFY(!child<QPushButton>("saveTriggerButton")->isEnabled());
    select(QStringLiteral("logUserLogins"));
    QCOMPARE(child<QLineEdit>("triggerNameEdit")->text(), QStringLiteral("logUserLogins"));
    QCOMPARE(child<QComboBox>("triggerTypeCombo")->currentData().toString(),
             QStringLiteral("AUTHENTICATION"));
    QCOMPARE(child<QComboBox>("triggerFunctionCombo")->currentText(), QStringLiteral("onUserLogin"));
    QVERIFY(child<QCheckBox>("triggerProvider-local-userpass")->isChecked());
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void TestTriggersPanel::lastModifiedColumn()
{
    // stitch-local dates every trigger write (as values carry last_modified): the column shows
    // when, in local time, and sorts by it.
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString id = ensureScheduled(QStringLiteral("dated"), QStringLiteral("0 * * * *"));
    QVERIFY(!id.isEmpty());
    const StitchTrigger created = serverTrigger(QStringLiteral("dated"));
    QVERIFY2(created.lastModified >= before
                 && created.lastModified <= QDateTime::currentSecsSinceEpoch(),
             qPrintable(QString::number(created.lastModified)));
    QTableView *table = m_panel->table();
    QVERIFY(!table->isColumnHidden(TriggerListModel::LastModifiedColumn));
    TriggerListModel *model = m_panel->model();
    const auto cell = [&] {
        return model->index(model->rowOf(id), TriggerListModel::LastModifiedColumn);
    };
    QCOMPARE(cell().data().toString(),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(created.lastModified),
                                QLocale::ShortFormat));
    QCOMPARE(model->headerData(TriggerListModel::LastModifiedColumn, Qt::Horizontal).toString(),
             TriggerListModel::tr("Last Modified"));

    // Sorted by the column, oldest first: the aged trigger leads, newest first it ends the list.
    const QString aged = ageTrigger(id);
    QVERIFY2(aged.isEmpty(), qPrintable(aged));
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(cell().data(ListModelBase::SortRole).toLongLong(), 1000000000LL,
                              20000);
    QVERIFY(cell().data().toString().contains(QLatin1String("01"))); // 2001, however written
    table->sortByColumn(TriggerListModel::LastModifiedColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(ListModelBase::IdRole).toString(), id);
    table->sortByColumn(TriggerListModel::LastModifiedColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(table->model()->rowCount() - 1, 0)
                 .data(ListModelBase::IdRole)
                 .toString(),
             id);
    table->sortByColumn(TriggerListModel::NameColumn, Qt::AscendingOrder);

    // Disabling (a PUT, as every save) dates it now; so does a resume.
    select(QStringLiteral("dated"));
    click("toggleTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(serverTrigger(QStringLiteral("dated")).disabled, 20000);
    QVERIFY(serverTrigger(QStringLiteral("dated")).lastModified >= before);
    QTRY_VERIFY_WITH_TIMEOUT(cell().data(ListModelBase::SortRole).toLongLong() >= before, 20000);
    QVERIFY(ageTrigger(id).isEmpty());
    QVERIFY(SignedInFixture::finish(
        triggercalls::resume(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id)));
    QVERIFY(serverTrigger(QStringLiteral("dated")).lastModified >= before);

    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(cell().data(ListModelBase::SortRole).toLongLong() >= before, 20000);
    savePanelShotsIfAsked(m_panel, QStringLiteral("triggers-last-modified"));
}

void TestTriggersPanel::enableDisable()
{
    QVERIFY(!ensureScheduled(QStringLiteral("nightly"), QStringLiteral("0 3 * * *")).isEmpty());
    select(QStringLiteral("nightly"));
    QPushButton *toggle = child<QPushButton>("toggleTriggerButton");
    QCOMPARE(toggle->text(), TriggersPanel::tr("Disa&ble"));
    click("toggleTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(serverTrigger(QStringLiteral("nightly")).disabled, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), TriggersPanel::tr("Ena&ble"), 20000);
    QTRY_VERIFY(!child<QCheckBox>("triggerEnabledCheck")->isChecked());
    QTRY_VERIFY(toggle->isEnabled());
    click("toggleTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!serverTrigger(QStringLiteral("nightly")).disabled, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), TriggersPanel::tr("Disa&ble"), 20000);
    // The rest of the trigger is as it was.
    QCOMPARE(serverTrigger(QStringLiteral("nightly")).config.value(QLatin1String("schedule")).toString(),
             QStringLiteral("0 3 * * *"));
}

void TestTriggersPanel::deleteTrigger()
{
    QVERIFY(!ensureScheduled(QStringLiteral("raceName"), QStringLiteral("* * * * *")).isEmpty());
    select(QStringLiteral("raceName"));
    click("deleteTriggerButton");
    ConfirmDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<ConfirmDialog *>(QStringLiteral("deleteTriggerDialog"))));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(serverTrigger(QStringLiteral("raceName")).id.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() == int(serverTriggers().size()), 20000);
}

void TestTriggersPanel::suspendResumeBadgeAndNotification()
{
    StitchFunction thrower;
    thrower.name = QStringLiteral("alwaysThrows");
    thrower.source = QStringLiteral("exports = function() { throw new Error('boom'); };");
    QVERIFY(SignedInFixture::finish(
        functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, thrower)));
    SharedModels::of(m_fx.session.get())->functions()->refresh();
    waitLoaded();
    QTRY_VERIFY(child<QComboBox>("triggerFunctionCombo")->findText(QStringLiteral("alwaysThrows")) >= 0);

    // Made through the form: LOGIN by anonymous users runs the throwing function.
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("newTriggerButton");
    fillCommon(QStringLiteral("flaky"), QStringLiteral("AUTHENTICATION"),
               QStringLiteral("alwaysThrows"));
    setCombo("triggerAuthOperationCombo", QStringLiteral("LOGIN"));
    toggle(child<QCheckBox>("triggerProvider-anon-user"));
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    const QString id = serverTrigger(QStringLiteral("flaky")).id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_panel->badge(), QString());

    QSignalSpy suspended(m_panel, &TriggersPanel::triggerSuspended);
    QSignalSpy notification(m_panel, &Panel::desktopNotification);
    QSignalSpy badge(m_panel, &Panel::badgeChanged);
    m_panel->pollNow(); // the watch's baseline for this app
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowOf(id) >= 0, 20000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(anonLogin());
    QTRY_VERIFY_WITH_TIMEOUT(serverTrigger(QStringLiteral("flaky")).suspended, 30000);

    // The watch (a poll, as every minute or on focus) sees it: the signal, the badge, the row.
    m_panel->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(suspended.count(), 1, 20000);
    QCOMPARE(suspended.first().at(0).toString(), id);
    QCOMPARE(suspended.first().at(1).toString(), QStringLiteral("flaky"));
    const QString text = suspended.first().at(2).toString();
    QVERIFY2(text.contains(QStringLiteral("“flaky”")) && text.contains(m_fx.app.name),
             qPrintable(text));
    // The window's notification: the same text, and the trigger a click opens.
    QCOMPARE(notification.count(), 1);
    QCOMPARE(notification.first().at(1).toString(), text);
    QCOMPARE(notification.first().at(2).toString(), id);
    QCOMPARE(m_panel->badge(), TriggersPanel::tr("%n suspended", nullptr, 1));
    QVERIFY(!badge.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()
                                 ->index(m_panel->model()->rowOf(id), 0)
                                 .data(TriggerListModel::SuspendedRole)
                                 .toBool(),
                             20000);
    const QModelIndex name = m_panel->model()->index(m_panel->model()->rowOf(id), 0);
    QVERIFY(name.data(Qt::ForegroundRole).isValid());
    QVERIFY(name.data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_panel->model()
                 ->index(name.row(), TriggerListModel::SuspendedColumn)
                 .data()
                 .toString(),
             TriggerListModel::tr("suspended"));
    // A second poll does not notify again.
    m_panel->pollNow();
    QTRY_VERIFY(true);
    QCOMPARE(suspended.count(), 1);

    // A click on the notification makes the window open the trigger here (openItem).
    m_panel->openItem(id);
    QCOMPARE(m_panel->shownTrigger().id, id);
    QVERIFY(child<QLabel>("triggerBrokenNote")->text().contains(QLatin1String("Resume")));

    if (const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR"); !dir.isEmpty()) {
        for (bool dark : { false, true }) {
            theme::apply(dark);
            const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            QApplication::processEvents();
            QVERIFY(m_panel->grab().save(dir + QStringLiteral("/form-suspended") + suffix));
            // Another row selected, so the suspended row shows its own colours.
            select(QStringLiteral("logUserLogins"));
            QApplication::processEvents();
            QVERIFY(m_panel->grab().save(dir + QStringLiteral("/list-suspended") + suffix));
            m_panel->openItem(id);
        }
        theme::apply(false);
    }

    click("resumeTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!serverTrigger(QStringLiteral("flaky")).suspended, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->badge(), QString(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()
                                  ->index(m_panel->model()->rowOf(id), 0)
                                  .data(TriggerListModel::SuspendedRole)
                                  .toBool(),
                             20000);
    QVERIFY(!child<QPushButton>("resumeTriggerButton")->isEnabled());

    // Disable it so later logins do not suspend it again.
    QTRY_VERIFY(child<QPushButton>("toggleTriggerButton")->isEnabled());
    click("toggleTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(serverTrigger(QStringLiteral("flaky")).disabled, 20000);
}

void TestTriggersPanel::jumpToFunction()
{
    select(QStringLiteral("logUserLogins"));
    QSignalSpy navigate(m_panel, &Panel::navigateRequested);
    click("triggerJumpButton");
    QCOMPARE(navigate.count(), 1);
    QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("functions"));
    QCOMPARE(navigate.first().at(1).toString(), m_fx.idOf(QStringLiteral("onUserLogin")));
}

void TestTriggersPanel::firingHistoryOpensLogs()
{
    select(QStringLiteral("logUserLogins"));
    QSignalSpy navigate(m_panel, &Panel::navigateRequested);
    click("triggerHistoryButton");
    QCOMPARE(navigate.count(), 1);
    QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("logs"));
    const QString item = navigate.first().at(1).toString();
    QCOMPARE(item, QStringLiteral("trigger:logUserLogins"));

    LogsPanel logs(m_fx.session.get());
    logs.show();
    logs.openItem(item);
    const LogFilter filter = logs.filterFromControls();
    QVERIFY(filter.types.contains(QStringLiteral("AUTH_TRIGGER")));
    QVERIFY(!filter.types.contains(QStringLiteral("FUNCTION")));
    QLineEdit *search = logs.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QCOMPARE(search->text(), QStringLiteral("logUserLogins"));
    // The demo trigger's entry is found by the trigger's name, though its function is named
    // otherwise (onUserLogin); the name column shows both.
    LogModel *model = logs.model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->matchCount() > 0, 20000);
    int hit = -1;
    for (int row = 0; row < model->rowCount() && hit < 0; ++row) {
        if (model->index(row, 0).data(LogModel::MatchRole).toBool())
            hit = row;
    }
    QVERIFY(hit >= 0);
    QCOMPARE(model->index(hit, LogModel::NameColumn).data().toString(),
             QStringLiteral("logUserLogins → onUserLogin"));
    logs.openItem(QStringLiteral("function:sum"));
    QVERIFY(logs.filterFromControls().types.isEmpty());
    QCOMPARE(search->text(), QStringLiteral("sum"));
}

QTEST_MAIN(TestTriggersPanel)
#include "tst_triggerspanel.moc"
