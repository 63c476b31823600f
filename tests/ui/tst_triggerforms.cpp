// The Triggers panel's forms against a real LocalServer: each type created through its form,
// each validation error refused before sending, server refusals shown at their field, a trigger
// whose function or service is gone, the raw-JSON view, and a session ending mid-edit. With
// STITCH_SHOTS_DIR set it saves the forms' screenshots, light and dark.
#include "triggerstestbase.h"

#include <api/triggercalls.h>
#include <app/theme.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <panels/logspanel.h>
#include <panels/triggerspanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

class TestTriggerForms : public TriggersTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(); }
    void init() { openPanel(); }
    void cleanup() { closePanel(); }
    void createDatabaseTrigger();
    void createAuthenticationTrigger();
    void createScheduledTrigger();
    void validation_data();
    void validation();
    void duplicateNameFromServer();
    void serverRefusesConfigAtField();
    void serviceGone();
    void rawJsonView();
    void brokenFunctionIsEditable();
    void screenshots();
    void sessionEndsMidEdit();
};

void TestTriggerForms::createDatabaseTrigger()
{
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("newTriggerButton");
    fillCommon(QStringLiteral("onOrderInsert"), QStringLiteral("DATABASE"), QStringLiteral("sum"));
    fillDatabase(QStringLiteral("shop"), QStringLiteral("orders"));
    toggle(child<QCheckBox>("triggerOperationUPDATE"));
    toggle(child<QCheckBox>("triggerFullDocumentCheck"));
    JsonEditor *match = child<JsonEditor>("triggerMatchEditor");
    match->setText(QStringLiteral("{\"fullDocument.total\": {\"$gt\": 100}}"));
    QVERIFY(m_panel->hasUnsavedChanges());
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    QVERIFY(m_panel->errorText().isEmpty());
    const StitchTrigger saved = serverTrigger(QStringLiteral("onOrderInsert"));
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.type, QStringLiteral("DATABASE"));
    QCOMPARE(saved.functionName, QStringLiteral("sum"));
    QCOMPARE(saved.config.value(QLatin1String("service_id")).toString(), m_serviceId);
    QCOMPARE(saved.config.value(QLatin1String("database")).toString(), QStringLiteral("shop"));
    QCOMPARE(saved.config.value(QLatin1String("collection")).toString(), QStringLiteral("orders"));
    QCOMPARE(saved.config.value(QLatin1String("operation_types")).toArray(),
             (QJsonArray { QStringLiteral("INSERT"), QStringLiteral("UPDATE") }));
    QVERIFY(saved.config.value(QLatin1String("full_document")).toBool());
    QCOMPARE(saved.config.value(QLatin1String("match")).toObject().keys(),
             QStringList { QStringLiteral("fullDocument.total") });
    QVERIFY(!saved.disabled);
    // The list selects it, the form shows it unchanged.
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownTrigger().id, saved.id, 20000);
    QTRY_VERIFY(m_panel->model()->rowOf(saved.id) >= 0);
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void TestTriggerForms::createAuthenticationTrigger()
{
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("newTriggerButton");
    fillCommon(QStringLiteral("onUserCreate"), QStringLiteral("AUTHENTICATION"),
               QStringLiteral("onUserLogin"));
    setCombo("triggerAuthOperationCombo", QStringLiteral("CREATE"));
    QCheckBox *anon = child<QCheckBox>("triggerProvider-anon-user");
    QVERIFY(anon);
    toggle(anon);
    toggle(child<QCheckBox>("triggerEnabledCheck")); // disabled
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    const StitchTrigger saved = serverTrigger(QStringLiteral("onUserCreate"));
    QCOMPARE(saved.type, QStringLiteral("AUTHENTICATION"));
    QCOMPARE(saved.config.value(QLatin1String("operation_type")).toString(), QStringLiteral("CREATE"));
    QCOMPARE(saved.config.value(QLatin1String("providers")).toArray(),
             QJsonArray { QStringLiteral("anon-user") });
    QVERIFY(saved.disabled);
}

void TestTriggerForms::createScheduledTrigger()
{
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("newTriggerButton");
    fillCommon(QStringLiteral("nightly"), QStringLiteral("SCHEDULED"), QStringLiteral("greet"));
    QTest::keyClicks(child<QLineEdit>("triggerScheduleEdit"), QStringLiteral("0 3 * * *"));
    toggle(child<QCheckBox>("triggerSkipCatchupCheck"));
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    const StitchTrigger saved = serverTrigger(QStringLiteral("nightly"));
    QCOMPARE(saved.type, QStringLiteral("SCHEDULED"));
    QCOMPARE(saved.config.value(QLatin1String("schedule")).toString(), QStringLiteral("0 3 * * *"));
    QVERIFY(saved.config.value(QLatin1String("skip_catchup_events")).toBool());
}

void TestTriggerForms::validation_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("broken"); // what the row leaves out or spoils
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << "SCHEDULED" << "" << "sum" << "" << "name";
    QTest::newRow("bad name") << "SCHEDULED" << "bad name!" << "sum" << "" << "name";
    QTest::newRow("duplicate name") << "SCHEDULED" << "logUserLogins" << "sum" << "" << "name";
    QTest::newRow("no function") << "SCHEDULED" << "t1" << "" << "" << "function_id";
    QTest::newRow("bad schedule") << "SCHEDULED" << "t1" << "sum" << "every day"
                                  << "config.schedule";
    QTest::newRow("empty schedule") << "SCHEDULED" << "t1" << "sum" << "-" << "config.schedule";
    QTest::newRow("no service") << "DATABASE" << "t1" << "sum" << "service" << "config.service_id";
    QTest::newRow("no database") << "DATABASE" << "t1" << "sum" << "database" << "config.database";
    QTest::newRow("no collection") << "DATABASE" << "t1" << "sum" << "collection"
                                   << "config.collection";
    QTest::newRow("no operation") << "DATABASE" << "t1" << "sum" << "operations"
                                  << "config.operation_types";
    QTest::newRow("bad match") << "DATABASE" << "t1" << "sum" << "match" << "config.match";
    QTest::newRow("no provider") << "AUTHENTICATION" << "t1" << "sum" << "" << "config.providers";
}

void TestTriggerForms::validation()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, function);
    QFETCH(QString, broken);
    QFETCH(QString, field);
    const int before = int(serverTriggers().size());
    click("newTriggerButton");
    fillCommon(name, type, function);
    if (type == QLatin1String("SCHEDULED") && broken != QLatin1String("-"))
        QTest::keyClicks(child<QLineEdit>("triggerScheduleEdit"),
                         broken.isEmpty() ? QStringLiteral("*/5 * * * *") : broken);
    if (type == QLatin1String("DATABASE")) {
        if (broken != QLatin1String("service"))
            setCombo("triggerServiceCombo", m_serviceId);
        if (broken != QLatin1String("database"))
            QTest::keyClicks(child<QLineEdit>("triggerDatabaseEdit"), QStringLiteral("shop"));
        if (broken != QLatin1String("collection"))
            QTest::keyClicks(child<QLineEdit>("triggerCollectionEdit"), QStringLiteral("orders"));
        if (broken == QLatin1String("operations"))
            toggle(child<QCheckBox>("triggerOperationINSERT"));
        if (broken == QLatin1String("match"))
            child<JsonEditor>("triggerMatchEditor")->setText(QStringLiteral("{\"a\": "));
    }
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("saveTriggerButton");
    QCOMPARE(m_panel->errorField(), field);
    QVERIFY(!m_panel->errorText().isEmpty());
    QVERIFY(child<QLabel>("triggerFieldError")->isVisible());
    // Nothing was sent, and the form still holds what was typed.
    QVERIFY(status.isEmpty());
    QCOMPARE(int(serverTriggers().size()), before);
    QCOMPARE(child<QLineEdit>("triggerNameEdit")->text(), name);
}

void TestTriggerForms::duplicateNameFromServer()
{
    // Another client takes the name after the list was loaded: the server's 409 goes to the
    // name field, and the form keeps everything.
    click("newTriggerButton");
    fillCommon(QStringLiteral("raceName"), QStringLiteral("SCHEDULED"), QStringLiteral("sum"));
    QTest::keyClicks(child<QLineEdit>("triggerScheduleEdit"), QStringLiteral("*/5 * * * *"));
    StitchTrigger other;
    other.name = QStringLiteral("raceName");
    other.type = QStringLiteral("SCHEDULED");
    other.functionId = m_fx.idOf(QStringLiteral("sum"));
    other.config.insert(QStringLiteral("schedule"), QStringLiteral("* * * * *"));
    QVERIFY(!createThroughApi(other).isEmpty());
    click("saveTriggerButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->errorField(), QStringLiteral("name"), 20000);
    QVERIFY(m_panel->errorText().contains(QLatin1String("raceName")));
    QCOMPARE(child<QLineEdit>("triggerScheduleEdit")->text(), QStringLiteral("*/5 * * * *"));
    QVERIFY(m_panel->shownTrigger().id.isEmpty());
}

void TestTriggerForms::serverRefusesConfigAtField()
{
    // The JSON view sends what the form has no field for; the server refuses a bad one and the
    // error names the field.
    click("newTriggerButton");
    fillCommon(QStringLiteral("badCatchup"), QStringLiteral("SCHEDULED"), QStringLiteral("sum"));
    QTest::keyClicks(child<QLineEdit>("triggerScheduleEdit"), QStringLiteral("*/5 * * * *"));
    QTabWidget *tabs = child<QTabWidget>("triggerTabs");
    tabs->setCurrentIndex(1);
    JsonEditor *json = child<JsonEditor>("triggerJsonEditor");
    QJsonObject body = json->json().object();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("badCatchup"));
    QJsonObject config = body.value(QLatin1String("config")).toObject();
    config.insert(QStringLiteral("skip_catchup_events"), QStringLiteral("yes"));
    body.insert(QStringLiteral("config"), config);
    json->setJson(QJsonDocument(body));
    click("saveTriggerButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->errorField(), QStringLiteral("config.skip_catchup_events"),
                              20000);
    QVERIFY(m_panel->errorText().contains(QLatin1String("skip_catchup_events")));
    QVERIFY(serverTrigger(QStringLiteral("badCatchup")).id.isEmpty());
    // The edit is still there.
    QCOMPARE(json->json()
                 .object()
                 .value(QLatin1String("config"))
                 .toObject()
                 .value(QLatin1String("skip_catchup_events"))
                 .toString(),
             QStringLiteral("yes"));
}

void TestTriggerForms::serviceGone()
{
    const QString doomed = createService(QStringLiteral("doomed"));
    QVERIFY(!doomed.isEmpty());
    m_panel->refresh();
    waitLoaded();
    QTRY_VERIFY(child<QComboBox>("triggerServiceCombo")->findData(doomed) >= 0);
    click("newTriggerButton");
    fillCommon(QStringLiteral("onDoomed"), QStringLiteral("DATABASE"), QStringLiteral("sum"));
    setCombo("triggerServiceCombo", doomed);
    QTest::keyClicks(child<QLineEdit>("triggerDatabaseEdit"), QStringLiteral("db"));
    QTest::keyClicks(child<QLineEdit>("triggerCollectionEdit"), QStringLiteral("c"));
    // Deleted elsewhere while the form was being filled.
    ApiClient &client = *m_fx.other->client();
    QVERIFY(SignedInFixture::finish(client.send(new RawJob(
        QStringLiteral("DELETE"),
        client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                        m_fx.app.id, QStringLiteral("services"), doomed })))));
    click("saveTriggerButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->errorField(), QStringLiteral("config.service_id"), 20000);
    QVERIFY(m_panel->errorText().contains(TriggersPanel::tr("Service")));
    QCOMPARE(child<QLineEdit>("triggerDatabaseEdit")->text(), QStringLiteral("db"));
    // Once the services are loaded again, the form says so before sending.
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>("triggerServiceCombo")
                                 ->currentText()
                                 .contains(QLatin1String("missing")),
                             20000);
    click("saveTriggerButton");
    QCOMPARE(m_panel->errorField(), QStringLiteral("config.service_id"));
    QVERIFY(m_panel->errorText().contains(QLatin1String("no longer exists")));
}

void TestTriggerForms::rawJsonView()
{
    // The JSON view shows the form's trigger, and what is typed there comes back to the form,
    // keys the form has no field for included.
    select(QStringLiteral("onOrderInsert"));
    QTabWidget *tabs = child<QTabWidget>("triggerTabs");
    tabs->setCurrentIndex(1);
    JsonEditor *json = child<JsonEditor>("triggerJsonEditor");
    QJsonObject body = json->json().object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("DATABASE"));
    QJsonObject config = body.value(QLatin1String("config")).toObject();
    config.insert(QStringLiteral("collection"), QStringLiteral("invoices"));
    config.insert(QStringLiteral("unordered"), true);
    body.insert(QStringLiteral("config"), config);
    json->setJson(QJsonDocument(body));
    tabs->setCurrentIndex(0);
    QCOMPARE(child<QLineEdit>("triggerCollectionEdit")->text(), QStringLiteral("invoices"));
    QVERIFY(m_panel->hasUnsavedChanges());
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    const StitchTrigger saved = serverTrigger(QStringLiteral("onOrderInsert"));
    QCOMPARE(saved.config.value(QLatin1String("collection")).toString(), QStringLiteral("invoices"));
    QVERIFY(saved.config.value(QLatin1String("unordered")).toBool());
    // Invalid JSON cannot be taken back to the form.
    tabs->setCurrentIndex(1);
    json->setText(QStringLiteral("{ nope"));
    tabs->setCurrentIndex(0);
    QCOMPARE(m_panel->errorField(), QStringLiteral("json"));
}

void TestTriggerForms::brokenFunctionIsEditable()
{
    StitchFunction function;
    function.name = QStringLiteral("shortLived");
    function.source = QStringLiteral("exports = () => 1;");
    auto *create = functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, function);
    QSignalSpy created(create, &ApiJob::finished);
    QVERIFY(created.wait(20000));
    QVERIFY(create->ok());
    const QString functionId = create->result().id.isEmpty()
        ? m_fx.idOf(QStringLiteral("shortLived"))
        : create->result().id;
    StitchTrigger trigger;
    trigger.name = QStringLiteral("orphan");
    trigger.type = QStringLiteral("SCHEDULED");
    trigger.functionId = functionId;
    trigger.config.insert(QStringLiteral("schedule"), QStringLiteral("* * * * *"));
    const QString triggerId = createThroughApi(trigger);
    QVERIFY(!triggerId.isEmpty());
    QVERIFY(SignedInFixture::finish(
        functioncalls::remove(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, functionId)));
    SharedModels::of(m_fx.session.get())->functions()->refresh();
    m_panel->refresh();
    waitLoaded();
    const int row = m_panel->model()->rowOf(triggerId);
    QVERIFY(row >= 0);
    QTRY_VERIFY(m_panel->model()->index(row, 0).data(TriggerListModel::BrokenRole).toBool());
    QVERIFY(m_panel->model()
                ->index(row, TriggerListModel::FunctionColumn)
                .data()
                .toString()
                .contains(QLatin1String("missing")));
    select(QStringLiteral("orphan"));
    QVERIFY(child<QLabel>("triggerBrokenNote")->isVisible());
    QVERIFY(child<QComboBox>("triggerFunctionCombo")->currentText().contains(QLatin1String("missing")));
    QVERIFY(!child<QToolButton>("triggerJumpButton")->isEnabled());
    if (const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR"); !dir.isEmpty()) {
        for (bool dark : { false, true }) {
            theme::apply(dark);
            QApplication::processEvents();
            QVERIFY(m_panel->grab().save(dir + QStringLiteral("/form-broken")
                                         + (dark ? QStringLiteral("-dark.png")
                                                 : QStringLiteral("-light.png"))));
        }
        theme::apply(false);
    }
    // Saving as it is says which field is wrong; picking another function fixes it.
    QTest::keyClicks(child<QLineEdit>("triggerScheduleEdit"), QStringLiteral(" "));
    click("saveTriggerButton");
    QCOMPARE(m_panel->errorField(), QStringLiteral("function_id"));
    setCombo("triggerFunctionCombo", QStringLiteral("greet"));
    QSignalSpy status(m_panel, &Panel::statusMessage);
    click("saveTriggerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    QCOMPARE(serverTrigger(QStringLiteral("orphan")).functionName, QStringLiteral("greet"));
    QTRY_VERIFY(!m_panel->model()->index(m_panel->model()->rowOf(triggerId), 0)
                     .data(TriggerListModel::BrokenRole)
                     .toBool());
}

void TestTriggerForms::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    const QList<QPair<QString, QString>> shots { { QStringLiteral("form-database"),
                                                   QStringLiteral("onOrderInsert") },
                                                 { QStringLiteral("form-authentication"),
                                                   QStringLiteral("logUserLogins") },
                                                 { QStringLiteral("form-scheduled"),
                                                   QStringLiteral("nightly") } };
    for (bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        for (const auto &[file, trigger] : shots) {
            m_panel->openItem(m_panel->model()->triggerAt(
                                                   [&] {
                                                       for (int r = 0; r < m_panel->model()->rowCount(); ++r)
                                                           if (m_panel->model()->triggerAt(r).name == trigger)
                                                               return r;
                                                       return -1;
                                                   }())
                                  .id);
            QApplication::processEvents();
            QVERIFY(m_panel->grab().save(dir + QLatin1Char('/') + file + suffix));
        }
        click("newTriggerButton");
        fillCommon(QStringLiteral("bad name"), QStringLiteral("DATABASE"), QString());
        click("saveTriggerButton");
        QApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/form-error") + suffix));
        child<QTabWidget>("triggerTabs")->setCurrentIndex(1);
        QApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/form-json") + suffix));
        child<QTabWidget>("triggerTabs")->setCurrentIndex(0);
        m_panel->discardUnsaved();
    }
    theme::apply(false);
}

void TestTriggerForms::sessionEndsMidEdit()
{
    select(QStringLiteral("nightly"));
    QLineEdit *schedule = child<QLineEdit>("triggerScheduleEdit");
    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("15 4 * * *"));
    QVERIFY(m_panel->hasUnsavedChanges());
    m_fx.session->signOut();
    QTRY_VERIFY(!m_fx.session->isSignedIn());
    QApplication::processEvents();
    // The edit survives the session; saving says why it cannot, and keeps it.
    QCOMPARE(schedule->text(), QStringLiteral("15 4 * * *"));
    QVERIFY(m_panel->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("saveTriggerButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!child<ErrorBanner>("triggersErrorBanner")->text().isEmpty()
                                 || !m_panel->errorText().isEmpty(),
                             20000);
    QCOMPARE(schedule->text(), QStringLiteral("15 4 * * *"));
    QCOMPARE(serverTrigger(QStringLiteral("nightly")).config.value(QLatin1String("schedule")).toString(),
             QStringLiteral("0 3 * * *"));
}

QTEST_MAIN(TestTriggerForms)
#include "tst_triggerforms.moc"
