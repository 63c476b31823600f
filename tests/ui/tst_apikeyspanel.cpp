// The API keys panel against the in-process local server: create (the key shown once, never
// kept), enable/disable, multi-select delete with one confirmation, and the server's refusals.

#include "panelshots.h"
#include "signedinfixture.h"

#include <api/apikeycalls.h>
#include <models/apikeylistmodel.h>
#include <models/listfilterproxy.h>
#include <panels/apikeyspanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

class TestApiKeysPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createShowsTheKeyOnce();
    void badNameIsRefusedBeforeSending();
    void duplicateNameShowsTheServersError();
    void disableAndEnable();
    void deleteSeveralWithOneConfirmation();
    void deletedElsewhereShowsNotFound();
    void filterAndCount();
    void detailFetchesTheSelectedKeyById();
    void screenshots();

private:
    QList<ApiKey> serverKeys();
    QString makeKey(const QString &name);
    void selectNames(const QStringList &names);
    QPushButton *button(const char *name) { return m_panel->findChild<QPushButton *>(name); }

    std::unique_ptr<SignedInFixture> m_fx;
    std::unique_ptr<ApiKeysPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestApiKeysPanel::init()
{
    m_fx = std::make_unique<SignedInFixture>();
    QVERIFY(m_fx->start());
    m_panel = std::make_unique<ApiKeysPanel>(m_fx->session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 520);
    m_panel->show();
    QTRY_VERIFY(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading());
}

void TestApiKeysPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_fx.reset();
}

QList<ApiKey> TestApiKeysPanel::serverKeys()
{
    auto *job = apikeycalls::list(*m_fx->other->client(), m_fx->groupId, m_fx->app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    return job->result();
}

QString TestApiKeysPanel::makeKey(const QString &name)
{
    auto *job = apikeycalls::create(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, name);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    return job->result().id;
}

void TestApiKeysPanel::selectNames(const QStringList &names)
{
    QTableView *table = m_panel->table();
    table->clearSelection();
    for (int row = 0; row < m_panel->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_panel->proxy()->index(row, ApiKeyListModel::NameColumn);
        if (names.contains(index.data().toString()))
            table->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestApiKeysPanel::createShowsTheKeyOnce()
{
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    QTest::mouseClick(button("newApiKeyButton"), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("newApiKeyDialog"))));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyNameEdit")),
                     QStringLiteral("backend-server"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QDialog *shown = nullptr;
    QTRY_VERIFY((shown = m_panel->findChild<QDialog *>(QStringLiteral("apiKeyShownOnceDialog"))));
    auto *secret = shown->findChild<QLineEdit *>(QStringLiteral("apiKeySecretEdit"));
    const QString key = secret->text();
    QVERIFY(key.size() >= 16);
    QVERIFY(secret->isReadOnly());
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copyApiKeyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QTRY_COMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("backend-server")));

    // The server has it, enabled, and its list never carries the secret.
    const QList<ApiKey> keys = serverKeys();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().name, QStringLiteral("backend-server"));
    QVERIFY(!keys.first().disabled);
    QVERIFY(keys.first().key.isEmpty());

    // Closed, the key is nowhere in the panel: not in a field, not in the list.
    shown->reject();
    QTRY_VERIFY(!m_panel->findChild<QDialog *>(QStringLiteral("apiKeyShownOnceDialog")));
    for (QLineEdit *edit : m_panel->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(key));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
    for (int column = 0; column < m_panel->model()->columnCount(); ++column)
        QVERIFY(!m_panel->model()->index(0, column).data().toString().contains(key));
    QVERIFY(m_panel->model()->itemAt(0).key.isEmpty());
}

void TestApiKeysPanel::badNameIsRefusedBeforeSending()
{
    QTest::mouseClick(button("newApiKeyButton"), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("newApiKeyDialog"))));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyNameEdit"));
    QTest::keyClicks(name, QString(101, QLatin1Char('k')));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("apiKeyNameProblem"))->text().isEmpty());
    name->setText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    dialog->reject();
    // The slot refuses too, without a call.
    m_panel->createKey(QStringLiteral(" "));
    QVERIFY(m_panel->findChild<ErrorBanner *>()->isVisible());
    QVERIFY(serverKeys().isEmpty());
}

void TestApiKeysPanel::duplicateNameShowsTheServersError()
{
    QVERIFY(!makeKey(QStringLiteral("taken")).isEmpty());
    m_panel->createKey(QStringLiteral("taken"));
    auto *banner = m_panel->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("already exists")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("APIKeyAlreadyExists")));
    QVERIFY(!m_panel->findChild<QDialog *>(QStringLiteral("apiKeyShownOnceDialog")));
    QCOMPARE(serverKeys().size(), 1);
}

void TestApiKeysPanel::disableAndEnable()
{
    QVERIFY(!makeKey(QStringLiteral("one")).isEmpty());
    QVERIFY(!makeKey(QStringLiteral("two")).isEmpty());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    selectNames({ QStringLiteral("one"), QStringLiteral("two") });
    QVERIFY(button("disableApiKeyButton")->isEnabled());
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    QTest::mouseClick(button("disableApiKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);
    for (const ApiKey &key : serverKeys())
        QVERIFY2(key.disabled, qPrintable(key.name));
    QTRY_COMPARE(m_panel->proxy()->index(0, ApiKeyListModel::EnabledColumn).data().toString(),
                 QStringLiteral("disabled"));

    QTRY_VERIFY(!m_panel->model()->isLoading());
    selectNames({ QStringLiteral("two") });
    QTest::mouseClick(button("enableApiKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 2);
    for (const ApiKey &key : serverKeys())
        QCOMPARE(key.disabled, key.name == QLatin1String("one"));
}

void TestApiKeysPanel::deleteSeveralWithOneConfirmation()
{
    for (const char *name : { "a", "b", "c" })
        QVERIFY(!makeKey(QLatin1String(name)).isEmpty());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    selectNames({ QStringLiteral("a"), QStringLiteral("c") });
    QTest::mouseClick(button("deleteApiKeyButton"), Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_panel->findChild<ConfirmDialog *>(QStringLiteral("deleteApiKeysDialog"))));
    QCOMPARE(m_panel->findChildren<ConfirmDialog *>().size(), 1);
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    confirm->accept();
    QTRY_COMPARE(status.size(), 1);
    const QList<ApiKey> keys = serverKeys();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().name, QStringLiteral("b"));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
}

void TestApiKeysPanel::deletedElsewhereShowsNotFound()
{
    const QString id = makeKey(QStringLiteral("gone-soon"));
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(SignedInFixture::finish(
        apikeycalls::remove(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, id)));
    m_panel->deleteKeys({ id });
    auto *banner = m_panel->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("APIKeyNotFound")), qPrintable(banner->text()));
    QTRY_COMPARE(m_panel->model()->rowCount(), 0);
}

void TestApiKeysPanel::filterAndCount()
{
    for (const char *name : { "alpha", "beta", "alpine" })
        QVERIFY(!makeKey(QLatin1String(name)).isEmpty());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    QTest::keyClicks(m_panel->findChild<QLineEdit *>(QStringLiteral("apiKeyFilterEdit")),
                     QStringLiteral("alp"));
    QCOMPARE(m_panel->proxy()->rowCount(), 2);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("apiKeyCountLabel"))->text().contains(
        QStringLiteral("2")));
    // Sorted by name, both ways.
    m_panel->table()->sortByColumn(ApiKeyListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_panel->proxy()->index(0, 0).data().toString(), QStringLiteral("alpine"));
}

void TestApiKeysPanel::detailFetchesTheSelectedKeyById()
{
    auto *made = apikeycalls::create(*m_fx->other->client(), m_fx->groupId, m_fx->app.id,
                                     QStringLiteral("ci-runner"));
    QVERIFY(SignedInFixture::finish(made));
    const ApiKey key = made->result();
    QVERIFY(!key.key.isEmpty());
    QVERIFY(!makeKey(QStringLiteral("other-key")).isEmpty());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    QVERIFY(m_panel->detailStatus()->text().contains(QStringLiteral("Select a key")));

    // One key selected: fetched by its id (GET api_keys/{id}), name, id and state shown.
    selectNames({ QStringLiteral("ci-runner") });
    QTRY_COMPARE(m_panel->detailName()->text(), QStringLiteral("ci-runner"));
    QCOMPARE(m_panel->detailId()->text(), key.id);
    QCOMPARE(m_panel->detailState()->text(), QStringLiteral("Enabled"));
    QCOMPARE(m_panel->detailName()->accessibleName(), QStringLiteral("Name: ci-runner"));
    QVERIFY(m_panel->detailStatus()->text().contains(QStringLiteral("shown once")));
    // Never the key itself, wherever it could show.
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(key.key), qPrintable(label->objectName()));
    for (QLineEdit *edit : m_panel->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(key.key));

    // Two selected: no detail, and says so.
    selectNames({ QStringLiteral("ci-runner"), QStringLiteral("other-key") });
    QTRY_VERIFY(m_panel->detailName()->text().isEmpty());
    QCOMPARE(m_panel->detailStatus()->text(), QStringLiteral("2 keys selected."));

    // Disabled elsewhere: selecting it again fetches the new state.
    QVERIFY(SignedInFixture::finish(
        apikeycalls::disable(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, key.id)));
    selectNames({ QStringLiteral("ci-runner") });
    QTRY_VERIFY(m_panel->detailState()->text().startsWith(QStringLiteral("Disabled")));

    // Deleted elsewhere: the fetch's 404 says so and the list follows.
    QVERIFY(SignedInFixture::finish(
        apikeycalls::remove(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, key.id)));
    selectNames({ QStringLiteral("other-key") });
    QTRY_COMPARE(m_panel->detailName()->text(), QStringLiteral("other-key"));
    const int row = m_panel->model()->rowOfId(key.id);
    QVERIFY(row >= 0);
    m_panel->openItem(key.id);
    QTRY_VERIFY(m_panel->detailStatus()->text().contains(QStringLiteral("no longer exists")));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
}

void TestApiKeysPanel::screenshots()
{
    for (const char *name : { "backend-server", "ios-build-bot", "nightly-import", "partner-acme" })
        QVERIFY(!makeKey(QLatin1String(name)).isEmpty());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 4);
    selectNames({ QStringLiteral("nightly-import") });
    QTest::mouseClick(button("disableApiKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->model()->isLoading() && button("newApiKeyButton")->isEnabled());
    selectNames({ QStringLiteral("partner-acme") });
    QTRY_COMPARE(m_panel->detailName()->text(), QStringLiteral("partner-acme"));
    savePanelShots(m_panel.get(), QStringLiteral("apikeys"));
}

QTEST_MAIN(TestApiKeysPanel)
#include "tst_apikeyspanel.moc"
