// The Values panel against the real in-process server, driven as a user would: create, edit
// (JSON checked as it is typed), rename, delete with one confirmation for several, filter;
// every change checked through a second client's API calls.
#include "signedinfixture.h"

#include <api/valuecalls.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/valuelistmodel.h>
#include <panels/valuespanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <widgets/namedialog.h>

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

class TestValuesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createEditRenameDelete();
    void invalidJsonIsNotSaved();
    void badNameRefusedBeforeSending();
    void filterSaysWhatMatches();
    void deletedElsewhereSaysSo();
    void completionSharesTheModel();

private:
    QList<StitchValue> serverValues();
    StitchValue serverValue(const QString &name);
    void waitIdle();
    void answerNameDialog(const QString &name);
    void clickRow(const QString &name);

    SignedInFixture m_fx;
    std::unique_ptr<ValuesPanel> m_panel;
};

void TestValuesPanel::initTestCase()
{
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<ValuesPanel>(m_fx.session.get());
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    new QAbstractItemModelTester(m_panel->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_panel.get());
    waitIdle();
}

QList<StitchValue> TestValuesPanel::serverValues()
{
    auto *job = valuecalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->result();
}

StitchValue TestValuesPanel::serverValue(const QString &name)
{
    for (const StitchValue &value : serverValues()) {
        if (value.name == name) {
            auto *job = valuecalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, value.id);
            QSignalSpy done(job, &ApiJob::finished);
            if (!done.wait(20000) || !job->ok())
                return {};
            StitchValue full = job->result();
            full.id = value.id;
            return full;
        }
    }
    return {};
}

void TestValuesPanel::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading()
                                 && m_panel->findChild<QPushButton *>("newValueButton")->isEnabled(),
                             20000);
}

void TestValuesPanel::answerNameDialog(const QString &name)
{
    NameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<NameDialog *>("valueNameDialog")) != nullptr
                && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestValuesPanel::clickRow(const QString &name)
{
    QTableView *table = m_panel->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ValueListModel::NameColumn);
        if (index.data().toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(name + QLatin1String(" is not listed")));
}

void TestValuesPanel::createEditRenameDelete()
{
    // Create: New…, a name, Enter.
    QTest::mouseClick(m_panel->findChild<QPushButton *>("newValueButton"), Qt::LeftButton);
    answerNameDialog(QStringLiteral("apiBase"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownValue().name, QStringLiteral("apiBase"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->shownValue().value.isUndefined(), 20000);
    QVERIFY(!serverValue(QStringLiteral("apiBase")).isNull());

    // Edit: type a JSON object, mark it private, Save.
    JsonEditor *editor = m_panel->editor();
    editor->setFocus();
    editor->selectAll();
    editor->removeSelectedText();
    QTest::keyClicks(editor->viewport(), QStringLiteral("{\"url\": \"http://127.0.0.1/x\", \"n\": 3}"));
    QTRY_VERIFY(m_panel->isEditorDirty());
    QTest::mouseClick(m_panel->findChild<QCheckBox *>("valuePrivateCheck"), Qt::LeftButton);
    auto *save = m_panel->findChild<QPushButton *>("saveValueButton");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isEditorDirty() && !save->isEnabled(), 20000);
    StitchValue saved = serverValue(QStringLiteral("apiBase"));
    QCOMPARE(saved.value.toObject().value(QStringLiteral("n")).toInt(), 3);
    QVERIFY(saved.isPrivate);
    // The list's preview shows the new value without another call from the user.
    const int row = m_panel->model()->rowOf(saved.id);
    QTRY_VERIFY(m_panel->model()
                    ->index(row, ValueListModel::PreviewColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("\"n\":3")));

    // Rename: F2 on the selected row.
    clickRow(QStringLiteral("apiBase"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>("renameValueButton"), Qt::LeftButton);
    answerNameDialog(QStringLiteral("apiEndpoint"));
    QTRY_VERIFY_WITH_TIMEOUT(!serverValue(QStringLiteral("apiEndpoint")).isNull(), 20000);
    QVERIFY(serverValue(QStringLiteral("apiBase")).isNull());
    QCOMPARE(serverValue(QStringLiteral("apiEndpoint")).value.toObject().value(QStringLiteral("n")).toInt(),
             3); // only the name changed

    // Delete two at once: one confirmation.
    waitIdle();
    QTest::mouseClick(m_panel->findChild<QPushButton *>("newValueButton"), Qt::LeftButton);
    answerNameDialog(QStringLiteral("scratch"));
    QTRY_VERIFY_WITH_TIMEOUT(!serverValue(QStringLiteral("scratch")).isNull(), 20000);
    waitIdle();
    QTRY_VERIFY(m_panel->model()->rowOf(serverValue(QStringLiteral("scratch")).id) >= 0);
    clickRow(QStringLiteral("apiEndpoint"));
    QTableView *table = m_panel->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (index.data().toString() == QLatin1String("scratch"))
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(index).center());
    }
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QTest::mouseClick(m_panel->findChild<QPushButton *>("deleteValueButton"), Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_panel->findChild<ConfirmDialog *>("deleteValuesDialog")) != nullptr
                && confirm->isVisible());
    confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(serverValue(QStringLiteral("apiEndpoint")).isNull()
                                 && serverValue(QStringLiteral("scratch")).isNull(),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowOf(saved.id) < 0, 20000);
}

void TestValuesPanel::invalidJsonIsNotSaved()
{
    waitIdle();
    m_panel->createValue(QStringLiteral("strict"), false, QJsonValue(QStringLiteral("ok")));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownValue().name == QLatin1String("strict")
                                 && !m_panel->shownValue().value.isUndefined(),
                             20000);
    JsonEditor *editor = m_panel->editor();
    editor->setText(QStringLiteral("{\"a\": 1,,}"));
    QVERIFY(!editor->validateNow());
    QTRY_VERIFY(!m_panel->findChild<QLabel *>("valueValidityLabel")->text().isEmpty());
    QVERIFY(!m_panel->findChild<QPushButton *>("saveValueButton")->isEnabled());
    m_panel->saveShown(); // Ctrl+S with a broken buffer: nothing is sent, nothing is lost
    QCOMPARE(editor->text(), QStringLiteral("{\"a\": 1,,}"));
    QCOMPARE(serverValue(QStringLiteral("strict")).value.toString(), QStringLiteral("ok"));
    // A plain string is a value too.
    editor->setText(QStringLiteral("\"fine\""));
    QVERIFY(editor->validateNow());
    m_panel->saveShown();
    QTRY_COMPARE_WITH_TIMEOUT(serverValue(QStringLiteral("strict")).value.toString(),
                              QStringLiteral("fine"), 20000);
}

void TestValuesPanel::badNameRefusedBeforeSending()
{
    waitIdle();
    const int before = int(serverValues().size());
    m_panel->createValue(QStringLiteral("../etc"), false, QJsonValue());
    auto *banner = m_panel->findChild<ErrorBanner *>("valuesErrorBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(int(serverValues().size()), before);
}

void TestValuesPanel::filterSaysWhatMatches()
{
    waitIdle();
    auto *filter = m_panel->findChild<QLineEdit *>("valueFilterEdit");
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("stri"));
    const int total = m_panel->model()->rowCount();
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    QCOMPARE(m_panel->findChild<QLabel *>("valueCountLabel")->text(),
             QStringLiteral("1 of %1").arg(total));
    filter->clear();
    QCOMPARE(m_panel->proxy()->rowCount(), total);
}

void TestValuesPanel::deletedElsewhereSaysSo()
{
    waitIdle();
    const StitchValue strict = serverValue(QStringLiteral("strict"));
    QVERIFY(SignedInFixture::finish(
        valuecalls::remove(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, strict.id)));
    // Still listed here; selecting it finds it gone, says so, and the list catches up.
    m_panel->openItem(strict.id);
    auto *banner = m_panel->findChild<ErrorBanner *>("valuesErrorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->error().httpStatus, 404);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowOf(strict.id) < 0, 20000);
}

void TestValuesPanel::completionSharesTheModel()
{
    // The Functions editor's completion reads the same model: no second copy of the list.
    QCOMPARE(SharedModels::of(m_fx.session.get())->values(), m_panel->model());
    waitIdle();
    m_panel->createValue(QStringLiteral("sharedName"), false, QJsonValue(1));
    QTRY_VERIFY_WITH_TIMEOUT(
        SharedModels::of(m_fx.session.get())->values()->names().contains(QStringLiteral("sharedName")),
        20000);
}

QTEST_MAIN(TestValuesPanel)
#include "tst_valuespanel.moc"
