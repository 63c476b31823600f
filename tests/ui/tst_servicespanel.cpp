// The Services panel as a user meets it, against the real in-process local server: create a
// service through the dialog (type-specific fields), edit its config with secrets masked and
// never sent back, run a command (ServiceCommandNotFound shown clearly), rules and incoming
// webhooks (create, edit, delete, URL, test request), multi-select delete, errors.
#include "docpaneltesthelpers.h"
#include "panelshots.h"

#include <api/rulecalls.h>
#include <api/servicecalls.h>
#include <api/webhookcalls.h>
#include <app/theme.h>
#include <panels/servicechildtabs.h>
#include <panels/servicespanel.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QCheckBox>
#include <QClipboard>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>

using namespace doctest;

class TestServicesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTester();
    void createThroughDialogWithTypeFields();
    void createRefusesBadInput();
    void editConfigMasksSecrets();
    void commandNotFoundShownClearly();
    void rulesCreateEditDelete();
    void webhooksCreateUrlTestDelete();
    void webhookTestRequestSignsThePayload();
    void duplicateNameShowsErrorCode();
    void multiSelectDeleteOneConfirmation();
    void deletedElsewhereClearsEditor();
    void screenshots();

private:
    QString makeService(const QString &name, const QString &type, const QJsonObject &config);
    bool showService(const QString &name);
    SignedInFixture m_fx;
    std::unique_ptr<ServicesPanel> m_panel;
    QStringList m_statuses;
};

void TestServicesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_servicespanel"));
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<ServicesPanel>(m_fx.session.get());
    connect(m_panel.get(), &Panel::statusMessage, this,
            [this](const QString &text) { m_statuses << text; });
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded(), 20000);
}

void TestServicesPanel::cleanupTestCase()
{
    m_panel.reset();
}

QString TestServicesPanel::makeService(const QString &name, const QString &type,
                                       const QJsonObject &config)
{
    auto *job = servicecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, name, type,
                                     config);
    if (!SignedInFixture::finish(job))
        return {};
    return job->result().id;
}

bool TestServicesPanel::showService(const QString &name)
{
    m_panel->refresh();
    // The click comes after the reload: a reload's reset would take the selection back.
    if (!QTest::qWaitFor(
            [&] { return !m_panel->model()->isLoading() && rowNamed(m_panel->list(), name) >= 0; },
            20000))
        return false;
    clickRow(m_panel->list(), name);
    return QTest::qWaitFor([&] { return m_panel->shownService().name == name; }, 20000);
}

void TestServicesPanel::modelsPassTester()
{
    QAbstractItemModelTester services(m_panel->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rules(m_panel->rulesTab()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester hooks(m_panel->webhooksTab()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(m_panel->list()->proxy(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = makeService(QStringLiteral("tested"), QStringLiteral("http"), {});
    QVERIFY(!id.isEmpty());
    QVERIFY(showService(QStringLiteral("tested")));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->rulesTab()->model()->hasLoaded(), 20000);
    m_panel->list()->filter()->setText(QStringLiteral("TEST"));
    QCOMPARE(m_panel->list()->proxy()->rowCount(), 1);
    m_panel->list()->filter()->clear();
    // Sortable columns: by type, descending.
    m_panel->list()->table()->sortByColumn(1, Qt::DescendingOrder);
    m_panel->list()->table()->sortByColumn(0, Qt::AscendingOrder);
}

void TestServicesPanel::createThroughDialogWithTypeFields()
{
    m_statuses.clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newServiceButton")),
                      Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("newServiceDialog")))
                && dialog->isVisible());
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("newServiceType"));
    type->setCurrentText(QStringLiteral("mongodb-atlas"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newServiceName")),
                     QStringLiteral("mongodb-atlas"));
    // Tab goes the way the form reads: name, type, the type's fields, then the JSON editor.
    dialog->activateWindow();
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(),
                 QStringLiteral("newServiceField_clusterName"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    // clusterName is required: Create stays off until it is typed.
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newServiceProblem"))
                ->text()
                .contains(QStringLiteral("clusterName")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newServiceField_clusterName")),
                     QStringLiteral("Cluster0"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownService().name == QLatin1String("mongodb-atlas"), 20000);
    QVERIFY(m_statuses.contains(QStringLiteral("Created the service “mongodb-atlas”.")));
    const ResourceDoc server = named(
        listOf(servicecalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id)),
        QStringLiteral("mongodb-atlas"));
    QCOMPARE(server.text(QStringLiteral("type")), QStringLiteral("mongodb-atlas"));
    auto *config = servicecalls::config(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, server.id);
    QVERIFY(SignedInFixture::finish(config));
    QCOMPARE(config->result().doc.value(QStringLiteral("clusterName")).toString(),
             QStringLiteral("Cluster0"));
}

void TestServicesPanel::createRefusesBadInput()
{
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newServiceButton")),
                      Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("newServiceDialog")))
                && dialog->isVisible());
    dialog->findChild<QComboBox *>(QStringLiteral("newServiceType"))
        ->setCurrentText(QStringLiteral("http"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newServiceName")),
                     QStringLiteral("bad name!"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newServiceName"));
    name->setText(QStringLiteral("fine"));
    QVERIFY(ok->isEnabled());
    auto *json = dialog->findChild<JsonEditor *>(QStringLiteral("newServiceConfig"));
    json->setText(QStringLiteral("[1, 2"));
    json->validateNow();
    QTRY_VERIFY(!ok->isEnabled());
    dialog->reject();
}

void TestServicesPanel::editConfigMasksSecrets()
{
    const QString id = makeService(QStringLiteral("sms"), QStringLiteral("twilio"),
                                   { { QStringLiteral("sid"), QStringLiteral("AC123") },
                                     { QStringLiteral("auth_token"), QStringLiteral("hunter2") },
                                     { QStringLiteral("region"), QStringLiteral("us") } });
    QVERIFY(!id.isEmpty());
    QVERIFY(showService(QStringLiteral("sms")));
    QLineEdit *secret = m_panel->configField(QStringLiteral("auth_token"));
    QVERIFY(secret);
    // The secret is never in any widget: not the field, not the JSON.
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!m_panel->otherConfigEditor()->text().contains(QStringLiteral("hunter2")));
    QVERIFY(m_panel->otherConfigEditor()->text().contains(QStringLiteral("region")));
    QCOMPARE(m_panel->configField(QStringLiteral("sid"))->text(), QStringLiteral("AC123"));
    // Change sid only: the patch carries sid and no secret.
    QLineEdit *sid = m_panel->configField(QStringLiteral("sid"));
    sid->selectAll();
    QTest::keyClicks(sid, QStringLiteral("AC999"));
    QString problem;
    const QJsonObject patch = m_panel->configPatch(&problem);
    QVERIFY(problem.isEmpty());
    QCOMPARE(patch, (QJsonObject { { QStringLiteral("sid"), QStringLiteral("AC999") } }));
    QVERIFY(m_panel->hasUnsavedChanges());
    // Emptying the required sid is refused before sending.
    sid->clear();
    QTRY_VERIFY(!m_panel->saveButton()->isEnabled());
    QTest::keyClicks(sid, QStringLiteral("AC999"));
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Saved the service “sms”.")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->hasUnsavedChanges(), 20000);
    auto *config = servicecalls::config(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id);
    QVERIFY(SignedInFixture::finish(config));
    QCOMPARE(config->result().doc.value(QStringLiteral("sid")).toString(), QStringLiteral("AC999"));
    QCOMPARE(config->result().doc.value(QStringLiteral("auth_token")).toString(),
             QStringLiteral("hunter2"));
    // Typing a new secret replaces it; the field is empty again afterwards.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->configField(QStringLiteral("auth_token")), 20000);
    QTest::keyClicks(m_panel->configField(QStringLiteral("auth_token")), QStringLiteral("s3cret"));
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Saved the service “sms”.")), 20000);
    auto *again = servicecalls::config(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id);
    QVERIFY(SignedInFixture::finish(again));
    QCOMPARE(again->result().doc.value(QStringLiteral("auth_token")).toString(),
             QStringLiteral("s3cret"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->configField(QStringLiteral("auth_token"))
                                 && m_panel->configField(QStringLiteral("auth_token"))->text().isEmpty(),
                             20000);
    // Removing a JSON key sends null: the server drops it.
    m_panel->otherConfigEditor()->setValue(QJsonObject());
    m_statuses.clear();
    QTRY_VERIFY(m_panel->saveButton()->isEnabled());
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_statuses.isEmpty(), 20000);
    auto *third = servicecalls::config(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id);
    QVERIFY(SignedInFixture::finish(third));
    QVERIFY(!third->result().doc.contains(QStringLiteral("region")));
}

void TestServicesPanel::commandNotFoundShownClearly()
{
    QVERIFY(showService(QStringLiteral("sms")));
    m_panel->tabs()->setCurrentIndex(3);
    QVERIFY(!m_panel->runCommandButton()->isEnabled());
    QTest::keyClicks(m_panel->commandName(), QStringLiteral("send"));
    m_panel->commandArguments()->setValue(QJsonObject { { QStringLiteral("to"), QStringLiteral("+1") } });
    QTRY_VERIFY(m_panel->runCommandButton()->isEnabled());
    QTest::mouseClick(m_panel->runCommandButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->commandStatus()->text().contains(
                                 QStringLiteral("ServiceCommandNotFound")),
                             20000);
    QVERIFY(m_panel->commandStatus()->text().contains(QStringLiteral("“send”")));
    QVERIFY(m_panel->commandAnswer()->toPlainText().contains(QStringLiteral("error_code")));
    QVERIFY(m_panel->commandStatus()->accessibleName().contains(QStringLiteral("ServiceCommandNotFound")));
    // Bad JSON arguments are refused before sending.
    m_panel->commandArguments()->setText(QStringLiteral("{oops"));
    m_panel->commandArguments()->validateNow();
    QTRY_VERIFY(!m_panel->runCommandButton()->isEnabled());
    m_panel->commandArguments()->setValue(QJsonObject());
    m_panel->commandName()->clear();
}

void TestServicesPanel::rulesCreateEditDelete()
{
    QVERIFY(showService(QStringLiteral("sms")));
    m_panel->tabs()->setCurrentWidget(m_panel->rulesTab());
    ServiceRulesTab *rules = m_panel->rulesTab();
    QTRY_VERIFY_WITH_TIMEOUT(rules->model()->hasLoaded(), 20000);
    QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("newRuleButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(rules->nameEdit()->isEnabled());
    QVERIFY2(!rules->saveButton()->isEnabled(), qPrintable(rules->nameEdit()->text())); // no name yet
    QTest::keyClicks(rules->nameEdit(), QStringLiteral("sendOnlyToUS"));
    QTest::keyClicks(rules->actionsEdit(), QStringLiteral("send, get"));
    rules->whenEditor()->setValue(QJsonObject {
        { QStringLiteral("%%args.to"), QJsonObject { { QStringLiteral("%regex"), QStringLiteral("^\\+1") } } } });
    QTRY_VERIFY(rules->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(rules->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Created the rule “sendOnlyToUS”.")),
                             20000);
    const QString serviceId = m_panel->shownService().id;
    ResourceDoc rule = named(listOf(rulecalls::list(*m_fx.other->client(), m_fx.groupId,
                                                    m_fx.app.id, serviceId)),
                             QStringLiteral("sendOnlyToUS"));
    QVERIFY(!rule.id.isEmpty());
    auto *got = rulecalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, serviceId, rule.id);
    QVERIFY(SignedInFixture::finish(got));
    QCOMPARE(got->result().doc.value(QStringLiteral("actions")).toArray(),
             (QJsonArray { QStringLiteral("send"), QStringLiteral("get") }));
    QVERIFY(got->result().doc.value(QStringLiteral("when")).toObject().contains(QStringLiteral("%%args.to")));
    QTRY_VERIFY_WITH_TIMEOUT(rules->shownRule().id == rule.id, 20000);

    // Edit: actions and an invalid `when` first (refused), then a valid one.
    rules->whenEditor()->setText(QStringLiteral("[1]"));
    rules->whenEditor()->validateNow();
    QTRY_VERIFY(!rules->saveButton()->isEnabled());
    rules->whenEditor()->setValue(QJsonObject());
    rules->actionsEdit()->setText(QStringLiteral("send"));
    QTRY_VERIFY(rules->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(rules->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Saved the rule “sendOnlyToUS”.")),
                             20000);
    auto *edited = rulecalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, serviceId, rule.id);
    QVERIFY(SignedInFixture::finish(edited));
    QCOMPARE(edited->result().doc.value(QStringLiteral("actions")).toArray(),
             (QJsonArray { QStringLiteral("send") }));

    // Delete through the list with one confirmation.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(rules->list(), QStringLiteral("sendOnlyToUS")) >= 0, 20000);
    QVERIFY(clickRow(rules->list(), QStringLiteral("sendOnlyToUS")));
    m_statuses.clear();
    QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("deleteRuleButton")),
                      Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 1 rule(s).")), 20000);
    QVERIFY(named(listOf(rulecalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                         serviceId)),
                  QStringLiteral("sendOnlyToUS"))
                .id.isEmpty());
}

void TestServicesPanel::webhooksCreateUrlTestDelete()
{
    const QString serviceId = makeService(QStringLiteral("github"), QStringLiteral("github"), {});
    QVERIFY(!serviceId.isEmpty());
    QVERIFY(showService(QStringLiteral("github")));
    m_panel->tabs()->setCurrentWidget(m_panel->webhooksTab());
    ServiceWebhooksTab *hooks = m_panel->webhooksTab();
    QTRY_VERIFY_WITH_TIMEOUT(hooks->model()->hasLoaded(), 20000);
    QTest::mouseClick(hooks->findChild<QPushButton *>(QStringLiteral("newWebhookButton")),
                      Qt::LeftButton);
    QTest::keyClicks(hooks->nameEdit(), QStringLiteral("onPush"));
    hooks->sourceEditor()->setText(QStringLiteral(
        "exports = function(payload) { return { got: JSON.parse(payload.body.text()).n + 1 }; };"));
    hooks->respondResult()->setChecked(true);
    // A secret check needs a secret: refused until one is typed.
    hooks->validation()->setCurrentIndex(hooks->validation()->findData(
        QStringLiteral("SECRET_AS_QUERY_PARAM")));
    QTRY_VERIFY(!hooks->saveButton()->isEnabled());
    QTest::keyClicks(hooks->secretEdit(), QStringLiteral("s3cret"));
    QCOMPARE(hooks->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(hooks->revealButton(), Qt::LeftButton);
    QCOMPARE(hooks->secretEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(hooks->revealButton(), Qt::LeftButton);
    QCOMPARE(hooks->secretEdit()->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(hooks->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(hooks->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Created the webhook “onPush”.")),
                             20000);
    ResourceDoc hook = named(listOf(webhookcalls::list(*m_fx.other->client(), m_fx.groupId,
                                                       m_fx.app.id, serviceId)),
                             QStringLiteral("onPush"));
    QVERIFY(!hook.id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(hooks->shownWebhook().id == hook.id, 20000);
    QCOMPARE(hook.doc.value(QStringLiteral("respond_result")).toBool(), true);
    QCOMPARE(hook.doc.value(QStringLiteral("options")).toObject().value(QStringLiteral("secret")).toString(),
             QStringLiteral("s3cret"));

    // The URL, and Copy.
    const QString url = hooks->urlEdit()->text();
    QVERIFY2(url.endsWith(QStringLiteral("/api/client/v2.0/app/") + m_fx.app.clientAppId
                          + QStringLiteral("/service/github/incoming_webhook/onPush")),
             qPrintable(url));
    QVERIFY(url.startsWith(m_fx.session->client()->baseUrl().toString()));
    QTest::mouseClick(hooks->findChild<QPushButton *>(QStringLiteral("copyWebhookUrlButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), url);

    // Send test request: the function's result comes back.
    hooks->testBody()->setValue(QJsonObject { { QStringLiteral("n"), 41 } });
    QTRY_VERIFY(hooks->testButton()->isEnabled());
    QTest::mouseClick(hooks->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP ")), 30000);
    QVERIFY2(hooks->testStatus()->text().contains(QStringLiteral("200")),
             qPrintable(hooks->testStatus()->text() + hooks->testAnswer()->toPlainText()));
    QVERIFY2(hooks->testAnswer()->toPlainText().contains(QStringLiteral("42")),
             qPrintable(hooks->testAnswer()->toPlainText()));

    // Edit: respond_result off, saved through PUT.
    hooks->respondResult()->setChecked(false);
    m_statuses.clear();
    QTest::mouseClick(hooks->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Saved the webhook “onPush”.")),
                             20000);
    auto *got = webhookcalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, serviceId, hook.id);
    QVERIFY(SignedInFixture::finish(got));
    QCOMPARE(got->result().doc.value(QStringLiteral("respond_result")).toBool(), false);

    // Completion offers the app's function names, as in Functions.
    CodeEditor *editor = hooks->sourceEditor();
    // (Typed text would open Scintilla's popup, which needs a real screen: set it instead.)
    editor->setText(QStringLiteral("exports = function(payload) {\n  context.functions.execute(\"\n};\n"));
    editor->setCursorPosition(1, 29);
    QTRY_VERIFY2_WITH_TIMEOUT(editor->completionList().contains(QStringLiteral("sum")),
                              qPrintable(editor->completionList().join(QLatin1Char(' '))), 20000);

    // Delete.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(hooks->list(), QStringLiteral("onPush")) >= 0, 20000);
    QVERIFY(clickRow(hooks->list(), QStringLiteral("onPush")));
    m_statuses.clear();
    QTest::mouseClick(hooks->findChild<QPushButton *>(QStringLiteral("deleteWebhookButton")),
                      Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 1 webhook(s).")), 20000);
    QVERIFY(named(listOf(webhookcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                            serviceId)),
                  QStringLiteral("onPush"))
                .id.isEmpty());
}

void TestServicesPanel::webhookTestRequestSignsThePayload()
{
    // The signature of the test request: HMAC-SHA256 of the body's bytes, keyed with the secret
    // (the well-known example of "key" and the quick brown fox).
    QCOMPARE(webhookcalls::payloadSignature(
                 QByteArrayLiteral("The quick brown fox jumps over the lazy dog"),
                 QStringLiteral("key")),
             QByteArrayLiteral(
                 "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));

    const QString serviceId = makeService(QStringLiteral("billing"), QStringLiteral("http"), {});
    QVERIFY(!serviceId.isEmpty());
    auto *made = webhookcalls::create(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, serviceId,
        { { QStringLiteral("name"), QStringLiteral("onInvoice") },
          { QStringLiteral("function_source"),
            QStringLiteral(
                "exports = function(payload) {\n  const body = "
                "JSON.parse(payload.body.text());\n  return { paid: body.amount };\n};\n") },
          { QStringLiteral("respond_result"), true },
          { QStringLiteral("options"),
            QJsonObject {
                { QStringLiteral("httpMethod"), QStringLiteral("POST") },
                { QStringLiteral("secret"), QStringLiteral("invoice-secret") },
                { QStringLiteral("validationMethod"), QStringLiteral("VERIFY_PAYLOAD") } } } });
    QVERIFY(SignedInFixture::finish(made));
    const ResourceDoc hook = made->result(); // the job goes with the next turn of the loop
    const QString hookId = hook.id;

    // Through the API: the signed call is accepted, one signed with another secret refused.
    const QUrl url
        = webhookcalls::webhookUrl(m_fx.other->client()->baseUrl(), m_fx.app.clientAppId,
                                   QStringLiteral("billing"), QStringLiteral("onInvoice"));
    const QByteArray body = QByteArrayLiteral("{\"amount\":12}");
    ApiJob *good = webhookcalls::invoke(*m_fx.other->client(), url, QStringLiteral("POST"), body,
                                        QStringLiteral("invoice-secret"), false);
    QSignalSpy goodDone(good, &ApiJob::finished);
    QVERIFY(goodDone.wait(30000));
    QVERIFY2(good->ok(), qPrintable(good->error().summary()));
    QVERIFY2(good->body().contains("12"), good->body().constData());
    ApiJob *bad = webhookcalls::invoke(*m_fx.other->client(), url, QStringLiteral("POST"), body,
                                       QStringLiteral("not-the-secret"), false);
    QSignalSpy badDone(bad, &ApiJob::finished);
    QVERIFY(badDone.wait(30000));
    QCOMPARE(bad->error().httpStatus, 401);

    // Through the panel: "Send test request" signs what it sends with the webhook's secret.
    QVERIFY(showService(QStringLiteral("billing")));
    m_panel->tabs()->setCurrentWidget(m_panel->webhooksTab());
    ServiceWebhooksTab *hooks = m_panel->webhooksTab();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(hooks->list(), QStringLiteral("onInvoice")) >= 0, 20000);
    QVERIFY(clickRow(hooks->list(), QStringLiteral("onInvoice")));
    QTRY_VERIFY_WITH_TIMEOUT(hooks->shownWebhook().id == hookId, 20000);
    QCOMPARE(hooks->validation()->currentData().toString(), QStringLiteral("VERIFY_PAYLOAD"));
    hooks->testBody()->setValue(QJsonObject { { QStringLiteral("amount"), 99 } });
    QTRY_VERIFY(hooks->testButton()->isEnabled());
    QTest::mouseClick(hooks->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP ")),
                             30000);
    QVERIFY2(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP 200")),
             qPrintable(hooks->testStatus()->text() + hooks->testAnswer()->toPlainText()));
    QVERIFY2(hooks->testAnswer()->toPlainText().contains(QStringLiteral("99")),
             qPrintable(hooks->testAnswer()->toPlainText()));

    if (!qEnvironmentVariable("STITCH_SHOTS_DIR").isEmpty())
        savePanelShots(m_panel.get(), QStringLiteral("webhook-signed-test"));

    // The secret changed elsewhere: the console signs with the one it shows, and the server
    // refuses it as it would any caller's wrong signature.
    QJsonObject changed = hook.doc;
    changed.remove(QStringLiteral("_id"));
    QJsonObject options = changed.value(QStringLiteral("options")).toObject();
    options.insert(QStringLiteral("secret"), QStringLiteral("rotated-secret"));
    changed.insert(QStringLiteral("options"), options);
    QVERIFY(SignedInFixture::finish(webhookcalls::update(*m_fx.other->client(), m_fx.groupId,
                                                         m_fx.app.id, serviceId, hookId, changed)));
    hooks->testStatus()->setText(QString());
    QTest::mouseClick(hooks->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP ")),
                             30000);
    QVERIFY2(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP 401")),
             qPrintable(hooks->testStatus()->text()));
}

void TestServicesPanel::duplicateNameShowsErrorCode()
{
    m_panel->createService(QStringLiteral("sms"), QStringLiteral("http"), {});
    auto *banner = m_panel->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !banner->error().errorCode.isEmpty(), 20000);
    QCOMPARE(banner->error().httpStatus, 409);
    QVERIFY(banner->text().contains(banner->error().errorCode) || !banner->text().isEmpty());
    banner->clear();
}

void TestServicesPanel::multiSelectDeleteOneConfirmation()
{
    QVERIFY(!makeService(QStringLiteral("gone1"), QStringLiteral("http"), {}).isEmpty());
    QVERIFY(!makeService(QStringLiteral("gone2"), QStringLiteral("http"), {}).isEmpty());
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->list(), QStringLiteral("gone2")) >= 0, 20000);
    QTest::keyClicks(m_panel->list()->filter(), QStringLiteral("gone"));
    QCOMPARE(m_panel->list()->proxy()->rowCount(), 2);
    QVERIFY(clickRow(m_panel->list(), QStringLiteral("gone1")));
    QVERIFY(clickRow(m_panel->list(), QStringLiteral("gone2"), Qt::ControlModifier));
    QCOMPARE(m_panel->list()->selectedIds().size(), 2);
    m_statuses.clear();
    // One confirmation for both.
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deleteServiceButton")),
                      Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 2 service(s).")), 20000);
    const QList<ResourceDoc> left
        = listOf(servicecalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id));
    QVERIFY(named(left, QStringLiteral("gone1")).id.isEmpty());
    QVERIFY(named(left, QStringLiteral("gone2")).id.isEmpty());
    m_panel->list()->filter()->clear();
}

void TestServicesPanel::deletedElsewhereClearsEditor()
{
    const QString id = makeService(QStringLiteral("doomed"), QStringLiteral("http"), {});
    QVERIFY(showService(QStringLiteral("doomed")));
    QVERIFY(SignedInFixture::finish(
        servicecalls::remove(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id)));
    // Saving what is gone: 404 in the banner, and the editor lets go of it.
    m_panel->nameEdit()->setText(QStringLiteral("doomed2"));
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->banner()->isVisible()
                                 && m_panel->banner()->error().httpStatus == 404,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownService().id.isEmpty(), 20000);
    QCOMPARE(rowNamed(m_panel->list(), QStringLiteral("doomed")), -1);
}

void TestServicesPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    // What the earlier tests made, made here when this test runs alone.
    const QList<ResourceDoc> existing
        = listOf(servicecalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id));
    if (named(existing, QStringLiteral("sms")).id.isEmpty())
        makeService(QStringLiteral("sms"), QStringLiteral("twilio"),
                    { { QStringLiteral("sid"), QStringLiteral("AC999") },
                      { QStringLiteral("auth_token"), QStringLiteral("s3cret") } });
    if (named(existing, QStringLiteral("github")).id.isEmpty())
        makeService(QStringLiteral("github"), QStringLiteral("github"), {});
    if (named(existing, QStringLiteral("mongodb-atlas")).id.isEmpty())
        makeService(QStringLiteral("mongodb-atlas"), QStringLiteral("mongodb-atlas"),
                    { { QStringLiteral("clusterName"), QStringLiteral("Cluster0") } });
    QVERIFY(showService(QStringLiteral("github")));
    // A rule and a webhook to look at.
    const QString gid = m_panel->shownService().id;
    QVERIFY(SignedInFixture::finish(rulecalls::create(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, gid,
        rulecalls::ruleBody(QStringLiteral("pushFromMain"), { QStringLiteral("post") },
                            { { QStringLiteral("%%args.ref"), QStringLiteral("refs/heads/main") } }))));
    QVERIFY(SignedInFixture::finish(webhookcalls::create(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, gid,
        { { QStringLiteral("name"), QStringLiteral("onRelease") },
          { QStringLiteral("function_source"),
            QStringLiteral("exports = function(payload, response) {\n  const body = "
                           "JSON.parse(payload.body.text());\n  return { tag: body.tag };\n};\n") },
          { QStringLiteral("respond_result"), true },
          { QStringLiteral("options"),
            QJsonObject { { QStringLiteral("secret"), QStringLiteral("release-secret") },
                          { QStringLiteral("validationMethod"),
                            QStringLiteral("SECRET_AS_QUERY_PARAM") } } } })));
    m_panel->resize(1200, 760);
    struct Shot
    {
        int tab;
        QString name;
    };
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QVERIFY(showService(QStringLiteral("sms")));
        m_panel->tabs()->setCurrentIndex(0);
        QTest::qWait(200);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/services-config") + suffix));
        m_panel->tabs()->setCurrentIndex(3);
        m_panel->commandName()->setText(QStringLiteral("send"));
        QTest::mouseClick(m_panel->runCommandButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->commandStatus()->text().contains(
                                     QStringLiteral("ServiceCommandNotFound")),
                                 20000);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/services-command") + suffix));
        QVERIFY(showService(QStringLiteral("github")));
        m_panel->tabs()->setCurrentWidget(m_panel->rulesTab());
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->rulesTab()->list(), QStringLiteral("pushFromMain")) >= 0, 20000);
        clickRow(m_panel->rulesTab()->list(), QStringLiteral("pushFromMain"));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->rulesTab()->shownRule().name == QLatin1String("pushFromMain"), 20000);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/services-rules") + suffix));
        m_panel->tabs()->setCurrentWidget(m_panel->webhooksTab());
        ServiceWebhooksTab *hooks = m_panel->webhooksTab();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(hooks->list(), QStringLiteral("onRelease")) >= 0, 20000);
        clickRow(hooks->list(), QStringLiteral("onRelease"));
        QTRY_VERIFY_WITH_TIMEOUT(hooks->shownWebhook().name == QLatin1String("onRelease"), 20000);
        hooks->testBody()->setValue(QJsonObject { { QStringLiteral("tag"), QStringLiteral("v1.2") } });
        QTest::mouseClick(hooks->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hooks->testStatus()->text().startsWith(QStringLiteral("HTTP ")), 30000);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/services-webhooks") + suffix));
    }
    theme::apply(false);
}

QTEST_MAIN(TestServicesPanel)
#include "tst_servicespanel.moc"
