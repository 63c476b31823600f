// The Values panel's Secrets tab against the real in-process server, driven as a user would:
// create (the value typed into a password field), rename, a new value, a value that reads the
// secret, delete with a confirmation. The value is never displayed nor kept by any widget; what
// a function run reads is checked through a second client.
#include "panelshots.h"
#include "signedinfixture.h"

#include <api/functioncalls.h>
#include <api/secretcalls.h>
#include <api/valuecalls.h>
#include <models/secretlistmodel.h>
#include <models/valuelistmodel.h>
#include <panels/secretspane.h>
#include <panels/valuespanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/namedialog.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

class TestValuesSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createRenameNewValueDelete();
    void valueFromSecretReadsIt();
    void badNameRefusedBeforeSending();
    void shots();

private:
    QList<Secret> serverSecrets();
    QString serverSecretId(const QString &name);
    QJsonValue runReading(const QString &valueName);
    void waitIdle();
    void selectSecret(const QString &name);
    QDialog *openDialog(const char *objectName);
    //! Whether any widget of the panel, or of a dialog still open, shows text.
    bool anyWidgetShows(const QString &text) const;

    SignedInFixture m_fx;
    std::unique_ptr<ValuesPanel> m_panel;
    SecretsPane *m_pane = nullptr;
};

void TestValuesSecrets::initTestCase()
{
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<ValuesPanel>(m_fx.session.get());
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_pane = m_panel->secretsPane();
    QVERIFY(m_pane);
    new QAbstractItemModelTester(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
    m_panel->tabs()->setCurrentWidget(m_pane);
    waitIdle();
}

QList<Secret> TestValuesSecrets::serverSecrets()
{
    auto *job = secretcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->result();
}

QString TestValuesSecrets::serverSecretId(const QString &name)
{
    for (const Secret &secret : serverSecrets()) {
        if (secret.name == name)
            return secret.id;
    }
    return {};
}

QJsonValue TestValuesSecrets::runReading(const QString &valueName)
{
    auto *job = functioncalls::executeSource(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id,
        QStringLiteral("exports = () => context.values.get('%1');").arg(valueName), QString(),
        RunAs());
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return QJsonValue::Undefined;
    return job->result().result;
}

void TestValuesSecrets::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->hasLoaded() && !m_pane->model()->isLoading()
                                 && m_pane->newButton()->isEnabled(),
                             20000);
}

void TestValuesSecrets::selectSecret(const QString &name)
{
    QTableView *table = m_pane->table();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->names().contains(name), 20000);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, SecretListModel::NameColumn);
        if (index.data().toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(name + QLatin1String(" is not listed")));
}

QDialog *TestValuesSecrets::openDialog(const char *objectName)
{
    QDialog *dialog = nullptr;
    const auto find = [&] {
        const auto dialogs = m_panel->findChildren<QDialog *>(QLatin1String(objectName));
        for (QDialog *candidate : dialogs) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        return dialog != nullptr;
    };
    return QTest::qWaitFor(find, 5000) ? dialog : nullptr; // the caller's QVERIFY catches it
}

bool TestValuesSecrets::anyWidgetShows(const QString &text) const
{
    const auto edits = m_panel->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        if (edit->text().contains(text) || edit->displayText().contains(text))
            return true;
    }
    const auto labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(text))
            return true;
    }
    QAbstractItemModel *model = m_pane->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(text))
            return true;
    }
    return false;
}

void TestValuesSecrets::createRenameNewValueDelete()
{
    const QString plain = QStringLiteral("pa55-w0rd-never-shown");
    // New Secret…: a name, a value in a password field, Enter.
    QTest::mouseClick(m_pane->newButton(), Qt::LeftButton);
    QDialog *dialog = openDialog("secretDialog");
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("secretNameEdit"));
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("secretValueEdit"));
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QVERIFY(!value->accessibleName().isEmpty());
    QTest::keyClicks(name, QStringLiteral("mailKey"));
    QTest::keyClicks(value, plain);
    QVERIFY(!value->displayText().contains(plain)); // dots, not the text
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!serverSecretId(QStringLiteral("mailKey")).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->names().contains(QStringLiteral("mailKey")), 20000);
    // Sent, then dropped: nothing in the panel holds the value any more.
    QVERIFY(!anyWidgetShows(plain));
    waitIdle();

    // Rename.
    selectSecret(QStringLiteral("mailKey"));
    QTRY_VERIFY(m_pane->renameButton()->isEnabled());
    QTest::mouseClick(m_pane->renameButton(), Qt::LeftButton);
    auto *rename = qobject_cast<NameDialog *>(openDialog("secretRenameDialog"));
    QVERIFY(rename);
    auto *renameEdit = rename->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    renameEdit->selectAll();
    QTest::keyClicks(renameEdit, QStringLiteral("smtpKey"));
    QTest::keyClick(renameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!serverSecretId(QStringLiteral("smtpKey")).isEmpty(), 20000);
    QVERIFY(serverSecretId(QStringLiteral("mailKey")).isEmpty());
    waitIdle();

    // A value reading it; then a new value of the secret reaches the function run.
    m_pane->createValueFromSecret(QStringLiteral("smtp"), QStringLiteral("smtpKey"));
    QTRY_COMPARE_WITH_TIMEOUT(runReading(QStringLiteral("smtp")), QJsonValue(plain), 30000);
    waitIdle();
    m_panel->tabs()->setCurrentWidget(m_pane);
    selectSecret(QStringLiteral("smtpKey"));
    QTRY_VERIFY(m_pane->newValueButton()->isEnabled());
    QTest::mouseClick(m_pane->newValueButton(), Qt::LeftButton);
    dialog = openDialog("secretDialog");
    value = dialog->findChild<QLineEdit *>(QStringLiteral("secretValueEdit"));
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QVERIFY(value->text().isEmpty()); // never filled from anything
    QTest::keyClicks(value, QStringLiteral("second-value"));
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(runReading(QStringLiteral("smtp")),
                              QJsonValue(QStringLiteral("second-value")), 30000);
    QVERIFY(!anyWidgetShows(QStringLiteral("second-value")));
    waitIdle();

    // Delete: one confirmation.
    selectSecret(QStringLiteral("smtpKey"));
    QTRY_VERIFY(m_pane->deleteButton()->isEnabled());
    QTest::mouseClick(m_pane->deleteButton(), Qt::LeftButton);
    auto *confirm = qobject_cast<ConfirmDialog *>(openDialog("deleteSecretsDialog"));
    QVERIFY(confirm);
    confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(serverSecretId(QStringLiteral("smtpKey")).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->names().contains(QStringLiteral("smtpKey")), 20000);
}

// Use in a Value…: a name and a secret chosen by name from a list; the value is created, shown
// selected in the Values tab, and its preview names the secret, not what it holds.
void TestValuesSecrets::valueFromSecretReadsIt()
{
    waitIdle();
    m_pane->createSecret(QStringLiteral("stripeKey"), QStringLiteral("sk_live_hidden"));
    m_pane->createSecret(QStringLiteral("otherKey"), QStringLiteral("other"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->names().contains(QStringLiteral("stripeKey"))
                                 && m_pane->model()->names().contains(QStringLiteral("otherKey")),
                             20000);
    waitIdle();
    m_panel->tabs()->setCurrentWidget(m_pane);
    selectSecret(QStringLiteral("stripeKey"));
    QTRY_VERIFY(m_pane->useButton()->isEnabled());
    QTest::mouseClick(m_pane->useButton(), Qt::LeftButton);
    QDialog *dialog = openDialog("valueFromSecretDialog");
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("valueFromSecretCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("stripeKey")); // the selected one first
    QVERIFY(combo->count() >= 2);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("valueFromSecretNameEdit"));
    QTest::keyClicks(name, QStringLiteral("stripe"));
    QTest::keyClick(name, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(m_panel->tabs()->currentIndex(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownValue().name, QStringLiteral("stripe"), 20000);
    QVERIFY(m_panel->shownValue().fromSecret);
    QCOMPARE(runReading(QStringLiteral("stripe")), QJsonValue(QStringLiteral("sk_live_hidden")));
    ValueListModel *values = m_panel->model();
    const int row = values->rowOf(m_panel->shownValue().id);
    QTRY_VERIFY(values->index(row, ValueListModel::PreviewColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("stripeKey")));
    QVERIFY(!anyWidgetShows(QStringLiteral("sk_live_hidden")));
    m_panel->tabs()->setCurrentWidget(m_pane);
}

void TestValuesSecrets::badNameRefusedBeforeSending()
{
    waitIdle();
    const int before = int(serverSecrets().size());
    QTest::mouseClick(m_pane->newButton(), Qt::LeftButton);
    QDialog *dialog = openDialog("secretDialog");
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("secretNameEdit"));
    QTest::keyClicks(name, QStringLiteral("has space"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("secretNameProblem"))->text().isEmpty());
    dialog->reject();
    QCOMPARE(int(serverSecrets().size()), before);
}

void TestValuesSecrets::shots()
{
    waitIdle();
    m_panel->tabs()->setCurrentWidget(m_pane);
    selectSecret(QStringLiteral("stripeKey"));
    savePanelShots(m_panel.get(), QStringLiteral("values-secrets"));
}

QTEST_MAIN(TestValuesSecrets)
#include "tst_valuessecrets.moc"
