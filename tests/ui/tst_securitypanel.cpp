// The Security panel against the in-process local server: the allowed request origins as an
// editable list, each checked before Save, and Save replacing the server's whole list.

#include "panelshots.h"
#include "signedinfixture.h"

#include <api/securitycalls.h>
#include <panels/securitypanel.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>

class TestSecurityPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void originRules_data();
    void originRules();
    void addEditRemoveAndSave();
    void invalidEditBlocksSave();
    void refreshShowsOtherClientsList();
    void screenshots();

private:
    QStringList serverOrigins();
    void setServerOrigins(const QStringList &origins);
    void addThroughUi(const QString &origin);
    QPushButton *button(const char *name) { return m_panel->findChild<QPushButton *>(name); }

    std::unique_ptr<SignedInFixture> m_fx;
    std::unique_ptr<SecurityPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSecurityPanel::init()
{
    m_fx = std::make_unique<SignedInFixture>();
    QVERIFY(m_fx->start());
    setServerOrigins({});
    m_panel = std::make_unique<SecurityPanel>(m_fx->session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(800, 500);
    m_panel->show();
    QTRY_VERIFY(button("refreshOriginsButton")->isEnabled() && !m_panel->isBusy());
}

void TestSecurityPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_fx.reset();
}

QStringList TestSecurityPanel::serverOrigins()
{
    auto *job = securitycalls::allowedOrigins(*m_fx->other->client(), m_fx->groupId, m_fx->app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return { QStringLiteral("<failed>") };
    return job->result();
}

void TestSecurityPanel::setServerOrigins(const QStringList &origins)
{
    QVERIFY(SignedInFixture::finish(securitycalls::setAllowedOrigins(
        *m_fx->other->client(), m_fx->groupId, m_fx->app.id, origins)));
}

void TestSecurityPanel::addThroughUi(const QString &origin)
{
    auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("newOriginEdit"));
    edit->clear();
    QTest::keyClicks(edit, origin);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestSecurityPanel::originRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "https://example.com" << true;
    QTest::newRow("port") << "http://localhost:8080" << true;
    QTest::newRow("ip") << "http://127.0.0.1:3000" << true;
    QTest::newRow("path") << "https://example.com/app" << false;
    QTest::newRow("slash") << "https://example.com/" << false;
    QTest::newRow("query") << "https://example.com?x=1" << false;
    QTest::newRow("no scheme") << "example.com" << false;
    QTest::newRow("ftp") << "ftp://example.com" << false;
    QTest::newRow("user") << "https://me@example.com" << false;
    QTest::newRow("space") << "https://exa mple.com" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSecurityPanel::originRules()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(securitycalls::originProblem(text).isEmpty(), ok);
}

void TestSecurityPanel::addEditRemoveAndSave()
{
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    addThroughUi(QStringLiteral("https://app.example.com"));
    addThroughUi(QStringLiteral("http://localhost:3000"));
    addThroughUi(QStringLiteral("https://old.example.com"));
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(m_panel->hasUnsavedChanges());
    // Nothing is sent before Save.
    QCOMPARE(serverOrigins(), QStringList());

    // Edit one in place, remove another.
    const QModelIndex localhost = m_panel->model()->index(1);
    QVERIFY(m_panel->model()->setData(localhost, QStringLiteral("http://localhost:8080")));
    QListView *list = m_panel->list();
    list->clearSelection();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString() == QLatin1String("https://old.example.com"))
            list->selectionModel()->select(index, QItemSelectionModel::Select);
    }
    QTest::mouseClick(button("removeOriginButton"), Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 2);

    QVERIFY(button("saveOriginsButton")->isEnabled());
    QTest::mouseClick(button("saveOriginsButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);
    QCOMPARE(serverOrigins(),
             (QStringList { QStringLiteral("https://app.example.com"),
                            QStringLiteral("http://localhost:8080") }));
    QVERIFY(!m_panel->hasUnsavedChanges());
    QVERIFY(!button("saveOriginsButton")->isEnabled());

    // Save replaces the whole list: removing everything empties it on the server.
    list->selectAll();
    QTest::mouseClick(button("removeOriginButton"), Qt::LeftButton);
    QTest::mouseClick(button("saveOriginsButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 2);
    QCOMPARE(serverOrigins(), QStringList());
}

void TestSecurityPanel::invalidEditBlocksSave()
{
    // An invalid origin typed in the add field is refused with a reason, and not added.
    addThroughUi(QStringLiteral("https://example.com/path"));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    auto *problem = m_panel->findChild<QLabel *>(QStringLiteral("originProblemLabel"));
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!button("addOriginButton")->isEnabled());

    // An in-place edit to a non-origin blocks Save until it is fixed.
    addThroughUi(QStringLiteral("https://good.example.com"));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(button("saveOriginsButton")->isEnabled());
    m_panel->model()->setData(m_panel->model()->index(0), QStringLiteral("good.example.com"));
    QVERIFY(!button("saveOriginsButton")->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    m_panel->save(); // refused without a call
    QCOMPARE(serverOrigins(), QStringList());
    m_panel->model()->setData(m_panel->model()->index(0), QStringLiteral("https://good.example.com"));
    QVERIFY(button("saveOriginsButton")->isEnabled());
    QVERIFY(problem->text().isEmpty());
}

void TestSecurityPanel::refreshShowsOtherClientsList()
{
    setServerOrigins({ QStringLiteral("https://other.example.com") });
    m_panel->refresh();
    QTRY_VERIFY(!m_panel->isBusy());
    QTRY_COMPARE(m_panel->model()->stringList(),
                 QStringList { QStringLiteral("https://other.example.com") });
    QVERIFY(!m_panel->hasUnsavedChanges());
    // Revert brings back the saved list after edits.
    addThroughUi(QStringLiteral("https://mine.example.com"));
    QVERIFY(m_panel->hasUnsavedChanges());
    QTest::mouseClick(button("revertOriginsButton"), Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 1);
}

void TestSecurityPanel::screenshots()
{
    setServerOrigins({ QStringLiteral("https://app.example.com"),
                       QStringLiteral("https://admin.example.com"),
                       QStringLiteral("http://localhost:3000") });
    m_panel->refresh();
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("newOriginEdit"));
    QTest::keyClicks(edit, QStringLiteral("https://staging.example.com/app"));
    savePanelShots(m_panel.get(), QStringLiteral("security"));
}

QTEST_MAIN(TestSecurityPanel)
#include "tst_securitypanel.moc"
