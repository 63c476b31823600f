// The Triggers panel against a real LocalServer: each type created through its form, each
// validation error refused before sending, server refusals shown at their field, a trigger whose
// function or service is gone, enable/disable, delete, a real suspension (an authentication
// trigger whose function throws, fired by three anonymous logins) resumed through the UI with
// the badge and the watch's signal, the jump to the function, the firing history in Logs, and a
// session ending mid-edit. With STITCH_SHOTS_DIR set it saves screenshots, light and dark.
#include "signedinfixture.h"

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

class TestTriggersPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listAndModelTester();
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
    void enableDisable();
    void deleteTrigger();
    void suspendResumeBadgeAndNotification();
    void jumpToFunction();
    void firingHistoryOpensLogs();
    void screenshots();
    void sessionEndsMidEdit(); // last: it signs the session out

private:
    template<typename T> T *child(const char *name)
    {
        T *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void waitLoaded();
    QList<StitchTrigger> serverTriggers();
    StitchTrigger serverTrigger(const QString &name);
    QString createThroughApi(const StitchTrigger &trigger);
    void select(const QString &name);
    void click(const char *button);
    void toggle(QCheckBox *check);
    void setCombo(const char *name, const QString &data);
    void fillCommon(const QString &name, const QString &type, const QString &function);
    void fillDatabase(const QString &database, const QString &collection);
    QString createService(const QString &name);
    bool anonLogin();

    SignedInFixture m_fx;
    TriggersPanel *m_panel = nullptr;
    QString m_serviceId;
    QNetworkAccessManager m_nam;
};

void TestTriggersPanel::initTestCase()
{
    QVERIFY(m_fx.start());
    // An anonymous provider for the authentication form's checkboxes and the suspension test.
    ApiClient &client = *m_fx.other->client();
    auto *provider = client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                                   m_fx.app.id, QStringLiteral("auth_providers") })),
        QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("anon-user") } })
            .toJson(QJsonDocument::Compact));
    QVERIFY(SignedInFixture::finish(provider));
    m_serviceId = createService(QStringLiteral("mongodb-atlas"));
    QVERIFY(!m_serviceId.isEmpty());
}

QString TestTriggersPanel::createService(const QString &name)
{
    ApiClient &client = *m_fx.other->client();
    auto *job = client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                                   m_fx.app.id, QStringLiteral("services") })),
        QJsonDocument(
            QJsonObject { { QStringLiteral("name"), name },
                          { QStringLiteral("type"), QStringLiteral("mongodb-atlas") },
                          { QStringLiteral("config"),
                            QJsonObject { { QStringLiteral("clusterName"),
                                            QStringLiteral("Cluster0") } } } })
            .toJson(QJsonDocument::Compact));
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->json().object().value(QStringLiteral("_id")).toString();
}

void TestTriggersPanel::init()
{
    m_panel = new TriggersPanel(m_fx.session.get());
    m_panel->resize(1000, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    waitLoaded();
}

void TestTriggersPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestTriggersPanel::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading(),
                             20000);
    FunctionListModel *functions = SharedModels::of(m_fx.session.get())->functions();
    QTRY_VERIFY_WITH_TIMEOUT(functions->hasLoaded() && !functions->isLoading(), 20000);
    // The pickers' lists (services, providers) are in once the service is offered.
    QComboBox *service = child<QComboBox>("triggerServiceCombo");
    QTRY_VERIFY_WITH_TIMEOUT(service->findText(QStringLiteral("mongodb-atlas")) >= 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->findChild<QCheckBox *>(QStringLiteral("triggerProvider-anon-user")), 20000);
}

QList<StitchTrigger> TestTriggersPanel::serverTriggers()
{
    auto *job = triggercalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->result();
}

StitchTrigger TestTriggersPanel::serverTrigger(const QString &name)
{
    for (const StitchTrigger &trigger : serverTriggers()) {
        if (trigger.name == name)
            return trigger;
    }
    return {};
}

QString TestTriggersPanel::createThroughApi(const StitchTrigger &trigger)
{
    auto *job = triggercalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, trigger);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok()) {
        qWarning("create failed: %s", qPrintable(job->error().summary()));
        return {};
    }
    return job->result().id;
}

void TestTriggersPanel::select(const QString &name)
{
    QTableView *table = m_panel->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, TriggerListModel::NameColumn);
        if (index.data().toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
}

void TestTriggersPanel::click(const char *button)
{
    QAbstractButton *b = child<QAbstractButton>(button);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestTriggersPanel::toggle(QCheckBox *check)
{
    QVERIFY(check);
    const bool before = check->isChecked();
    // On the box itself: a check box in a form row is wider than its text.
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QCOMPARE(check->isChecked(), !before);
}

void TestTriggersPanel::setCombo(const char *name, const QString &data)
{
    QComboBox *combo = child<QComboBox>(name);
    int index = combo->findData(data);
    if (index < 0)
        index = combo->findText(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void TestTriggersPanel::fillCommon(const QString &name, const QString &type,
                                   const QString &function)
{
    QLineEdit *edit = child<QLineEdit>("triggerNameEdit");
    edit->clear();
    QTest::keyClicks(edit, name);
    setCombo("triggerTypeCombo", type);
    if (!function.isEmpty())
        setCombo("triggerFunctionCombo", function);
}

void TestTriggersPanel::fillDatabase(const QString &database, const QString &collection)
{
    setCombo("triggerServiceCombo", m_serviceId);
    QTest::keyClicks(child<QLineEdit>("triggerDatabaseEdit"), database);
    QTest::keyClicks(child<QLineEdit>("triggerCollectionEdit"), collection);
}

bool TestTriggersPanel::anonLogin()
{
    QUrl url = m_fx.server->rootUrl();
    url.setPath(QStringLiteral("/api/client/v2.0/app/%1/auth/providers/anon-user/login")
                    .arg(m_fx.app.clientAppId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = m_nam.post(request, QByteArray("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool ok = done.wait(20000) && reply->error() == QNetworkReply::NoError;
    if (!ok)
        qWarning("anon login: %s", reply->readAll().constData());
    reply->deleteLater();
    return ok;
}

// ---- tests ---------------------------------------------------------------------------------

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

void TestTriggersPanel::createDatabaseTrigger()
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

void TestTriggersPanel::createAuthenticationTrigger()
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

void TestTriggersPanel::createScheduledTrigger()
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

void TestTriggersPanel::validation_data()
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

void TestTriggersPanel::validation()
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

void TestTriggersPanel::duplicateNameFromServer()
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

void TestTriggersPanel::serverRefusesConfigAtField()
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

void TestTriggersPanel::serviceGone()
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

void TestTriggersPanel::rawJsonView()
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

void TestTriggersPanel::brokenFunctionIsEditable()
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

void TestTriggersPanel::enableDisable()
{
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

    // A click on the notification asks the window for this panel and the trigger, which the
    // window opens with openItem.
    QSignalSpy navigate(m_panel, &Panel::navigateRequested);
    m_panel->openNotifiedTrigger();
    QCOMPARE(navigate.count(), 1);
    QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("triggers"));
    QCOMPARE(navigate.first().at(1).toString(), id);
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
    logs.openItem(QStringLiteral("function:sum"));
    QVERIFY(logs.filterFromControls().types.isEmpty());
    QCOMPARE(search->text(), QStringLiteral("sum"));
}

void TestTriggersPanel::screenshots()
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

void TestTriggersPanel::sessionEndsMidEdit()
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

QTEST_MAIN(TestTriggersPanel)
#include "tst_triggerspanel.moc"
