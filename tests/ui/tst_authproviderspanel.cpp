// The Auth providers panel against the real in-process local server: create local-userpass
// through its form (validated before sending), custom-function with a function picked from the
// app's functions, api-key; edit; enable/disable; multi-select delete; server errors.
#include "docpaneltesthelpers.h"

#include <api/authprovidercalls.h>
#include <app/theme.h>
#include <panels/authproviderspanel.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

using namespace doctest;

class TestAuthProvidersPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelPassesTester();
    void createUserpassThroughForm();
    void editUserpass();
    void createCustomFunctionWithPicker();
    void createApiKeyAndJsonType();
    void enableDisable();
    void multiSelectDelete();
    void deletedElsewhere404();
    void screenshots();

private:
    ResourceDoc serverNamed(const QString &name);
    ResourceDoc serverGet(const QString &id);
    SignedInFixture m_fx;
    std::unique_ptr<AuthProvidersPanel> m_panel;
    QStringList m_statuses;
};

void TestAuthProvidersPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_authproviderspanel"));
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<AuthProvidersPanel>(m_fx.session.get());
    connect(m_panel.get(), &Panel::statusMessage, this,
            [this](const QString &text) { m_statuses << text; });
    m_panel->resize(1100, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded(), 20000);
}

void TestAuthProvidersPanel::cleanupTestCase()
{
    m_panel.reset();
}

ResourceDoc TestAuthProvidersPanel::serverNamed(const QString &name)
{
    return named(listOf(authprovidercalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id)),
                 name);
}

ResourceDoc TestAuthProvidersPanel::serverGet(const QString &id)
{
    auto *job = authprovidercalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id);
    return SignedInFixture::finish(job) ? job->result() : ResourceDoc();
}

void TestAuthProvidersPanel::modelPassesTester()
{
    QAbstractItemModelTester tester(m_panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(m_panel->list()->proxy(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading(), 20000);
    m_panel->list()->table()->sortByColumn(2, Qt::DescendingOrder);
    m_panel->list()->table()->sortByColumn(0, Qt::AscendingOrder);
}

void TestAuthProvidersPanel::createUserpassThroughForm()
{
    // The local server may already have one: remove it so the name is free.
    const ResourceDoc existing = serverNamed(QStringLiteral("local-userpass"));
    if (!existing.id.isEmpty())
        QVERIFY(SignedInFixture::finish(authprovidercalls::remove(
            *m_fx.other->client(), m_fx.groupId, m_fx.app.id, existing.id)));
    m_panel->refresh();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newProviderButton")),
                      Qt::LeftButton);
    QVERIFY(m_panel->isCreating());
    m_panel->typeCombo()->setCurrentText(QStringLiteral("local-userpass"));
    QCOMPARE(m_panel->nameEdit()->text(), QStringLiteral("local-userpass"));
    // Without URLs the form says what is missing and Save stays off.
    QVERIFY(!m_panel->saveButton()->isEnabled());
    QVERIFY(m_panel->problemLabel()->text().contains(QStringLiteral("emailConfirmationUrl")));
    QTest::keyClicks(m_panel->userpassField(QStringLiteral("emailConfirmationUrl")),
                     QStringLiteral("not a url"));
    QVERIFY(!m_panel->saveButton()->isEnabled());
    m_panel->userpassField(QStringLiteral("emailConfirmationUrl"))->setText(
        QStringLiteral("https://example.com/confirm"));
    QTest::keyClicks(m_panel->userpassField(QStringLiteral("resetPasswordUrl")),
                     QStringLiteral("https://example.com/reset"));
    QTest::keyClicks(m_panel->userpassField(QStringLiteral("confirmEmailSubject")),
                     QStringLiteral("Welcome"));
    QTest::keyClicks(m_panel->userpassField(QStringLiteral("resetPasswordSubject")),
                     QStringLiteral("Reset"));
    QVERIFY(m_panel->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_statuses.contains(QStringLiteral("Created the auth provider “local-userpass”.")), 20000);
    const ResourceDoc created = serverNamed(QStringLiteral("local-userpass"));
    QVERIFY(!created.id.isEmpty());
    const QJsonObject config = serverGet(created.id).doc.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("emailConfirmationUrl")).toString(),
             QStringLiteral("https://example.com/confirm"));
    QCOMPARE(config.value(QStringLiteral("confirmEmailSubject")).toString(), QStringLiteral("Welcome"));
    QCOMPARE(config.value(QStringLiteral("autoConfirm")).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownProvider().id == created.id, 20000);
}

void TestAuthProvidersPanel::editUserpass()
{
    const ResourceDoc provider = serverNamed(QStringLiteral("local-userpass"));
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->list(), QStringLiteral("local-userpass")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownProvider().id == provider.id, 20000);
    QVERIFY(!m_panel->typeCombo()->isEnabled()); // a type cannot change
    QTest::mouseClick(m_panel->autoConfirm(), Qt::LeftButton,{}, QPoint(5, 5));
    QVERIFY(m_panel->autoConfirm()->isChecked());
    m_panel->userpassField(QStringLiteral("resetPasswordSubject"))->setText(QStringLiteral("New password"));
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_statuses.contains(QStringLiteral("Saved the auth provider “local-userpass”.")), 20000);
    const QJsonObject config = serverGet(provider.id).doc.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("autoConfirm")).toBool(), true);
    QCOMPARE(config.value(QStringLiteral("resetPasswordSubject")).toString(),
             QStringLiteral("New password"));
}

void TestAuthProvidersPanel::createCustomFunctionWithPicker()
{
    m_panel->newProvider();
    m_panel->typeCombo()->setCurrentText(QStringLiteral("custom-function"));
    m_panel->nameEdit()->setText(QStringLiteral("byFunction"));
    QVERIFY(!m_panel->saveButton()->isEnabled()); // no function picked
    QComboBox *picker = m_panel->authFunction();
    QTRY_VERIFY_WITH_TIMEOUT(picker->findText(QStringLiteral("sum")) >= 0, 20000);
    picker->setCurrentIndex(picker->findText(QStringLiteral("sum")));
    QVERIFY(m_panel->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_statuses.contains(QStringLiteral("Created the auth provider “byFunction”.")), 20000);
    const ResourceDoc created = serverNamed(QStringLiteral("byFunction"));
    QCOMPARE(serverGet(created.id).doc.value(QStringLiteral("config")).toObject()
                 .value(QStringLiteral("authFunctionName")).toString(),
             QStringLiteral("sum"));
}

void TestAuthProvidersPanel::createApiKeyAndJsonType()
{
    const ResourceDoc existing = serverNamed(QStringLiteral("api-key"));
    if (!existing.id.isEmpty())
        QVERIFY(SignedInFixture::finish(authprovidercalls::remove(
            *m_fx.other->client(), m_fx.groupId, m_fx.app.id, existing.id)));
    m_panel->newProvider();
    m_panel->typeCombo()->setCurrentText(QStringLiteral("api-key"));
    m_panel->nameEdit()->setText(QStringLiteral("api-key"));
    QVERIFY(m_panel->saveButton()->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Created the auth provider “api-key”.")),
                             20000);
    QVERIFY(!serverNamed(QStringLiteral("api-key")).id.isEmpty());

    // New while a provider is still loading (clicked just before; or the one just saved, which
    // loads after its save): its answer must not replace the new form (CI's slower machine lost
    // the form this way). The click and New come in one turn of the event loop, so the load is
    // surely in flight.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->list()->busy()->isRunning(), 20000);
    QVERIFY(clickRow(m_panel->list(), QStringLiteral("byFunction")));
    QVERIFY(m_panel->list()->busy()->isRunning());
    m_panel->newProvider();
    m_panel->typeCombo()->setCurrentText(QStringLiteral("oauth2-google"));
    m_panel->nameEdit()->setText(QStringLiteral("google"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->list()->busy()->isRunning(), 20000);
    QCOMPARE(m_panel->nameEdit()->text(), QStringLiteral("google"));
    QVERIFY(m_panel->typeCombo()->isEnabled()); // still creating

    // A type without a form takes JSON; the server's 400 comes back with its error_code.
    m_panel->configEditor()->setText(QStringLiteral("{\"clientSecret\": 1"));
    m_panel->configEditor()->validateNow();
    QTRY_VERIFY(!m_panel->saveButton()->isEnabled());
    m_panel->configEditor()->setValue(QJsonObject()); // no clientId: the server refuses
    QTRY_VERIFY(m_panel->saveButton()->isEnabled());
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->banner()->isVisible()
                                 && m_panel->banner()->error().httpStatus == 400,
                             20000);
    QVERIFY(!m_panel->banner()->error().errorCode.isEmpty());
    m_panel->configEditor()->setValue(QJsonObject { { QStringLiteral("clientId"), QStringLiteral("abc") } });
    m_statuses.clear();
    QTRY_VERIFY(m_panel->saveButton()->isEnabled());
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Created the auth provider “google”.")),
                             20000);
}

void TestAuthProvidersPanel::enableDisable()
{
    const ResourceDoc provider = serverNamed(QStringLiteral("byFunction"));
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->list(), QStringLiteral("byFunction")), 20000);
    auto *disable = m_panel->findChild<QPushButton *>(QStringLiteral("disableProviderButton"));
    auto *enable = m_panel->findChild<QPushButton *>(QStringLiteral("enableProviderButton"));
    QTRY_VERIFY(disable->isEnabled());
    QVERIFY(!enable->isEnabled());
    m_statuses.clear();
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Disabled 1 provider(s).")), 20000);
    QCOMPARE(serverGet(provider.id).doc.value(QStringLiteral("disabled")).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->list(), QStringLiteral("byFunction")) && enable->isEnabled(),
                             20000);
    const int row = rowNamed(m_panel->list(), QStringLiteral("byFunction"));
    QCOMPARE(m_panel->list()->table()->model()->index(row, 2).data().toString(), QStringLiteral("disabled"));
    m_statuses.clear();
    QTest::mouseClick(enable, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Enabled 1 provider(s).")), 20000);
    QCOMPARE(serverGet(provider.id).doc.value(QStringLiteral("disabled")).toBool(), false);
}

void TestAuthProvidersPanel::multiSelectDelete()
{
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->list(), QStringLiteral("google")) >= 0, 20000);
    QVERIFY(clickRow(m_panel->list(), QStringLiteral("google")));
    QVERIFY(clickRow(m_panel->list(), QStringLiteral("byFunction"), Qt::ControlModifier));
    QCOMPARE(m_panel->list()->selectedIds().size(), 2);
    m_statuses.clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deleteProviderButton")),
                      Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 2 auth provider(s).")), 20000);
    QVERIFY(serverNamed(QStringLiteral("google")).id.isEmpty());
    QVERIFY(serverNamed(QStringLiteral("byFunction")).id.isEmpty());
}

void TestAuthProvidersPanel::deletedElsewhere404()
{
    const ResourceDoc provider = serverNamed(QStringLiteral("api-key"));
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->list(), QStringLiteral("api-key")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownProvider().id == provider.id, 20000);
    QVERIFY(SignedInFixture::finish(authprovidercalls::remove(*m_fx.other->client(), m_fx.groupId,
                                                              m_fx.app.id, provider.id)));
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->banner()->isVisible()
                                 && m_panel->banner()->error().httpStatus == 404,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->list(), QStringLiteral("api-key")) < 0, 20000);
}

void TestAuthProvidersPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    for (const QString &type : { QStringLiteral("anon-user"), QStringLiteral("api-key") }) {
        if (serverNamed(type).id.isEmpty())
            QVERIFY(SignedInFixture::finish(authprovidercalls::create(
                *m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                { { QStringLiteral("name"), type }, { QStringLiteral("type"), type } })));
    }
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        m_panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->list(), QStringLiteral("local-userpass")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownProvider().name == QLatin1String("local-userpass"), 20000);
        QTest::qWait(200);
        QVERIFY(m_panel->grab().save(dir + (dark ? QStringLiteral("/authproviders-dark.png")
                                                 : QStringLiteral("/authproviders-light.png"))));
    }
    theme::apply(false);
}

QTEST_MAIN(TestAuthProvidersPanel)
#include "tst_authproviderspanel.moc"
