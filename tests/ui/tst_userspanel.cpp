// The Users panel against the in-process local server: the paged list and its filter, the
// detail pane, create (checked before sending), enable/disable/log out/delete on a multiple
// selection, and the pending registrations (look up, resend, confirm, delete).

#include "clientapi.h"
#include "panelshots.h"
#include "signedinfixture.h"

#include <api/registrationcalls.h>
#include <api/usercalls.h>
#include <models/apikeylistmodel.h>
#include <models/json/jsontreemodel.h>
#include <models/listfilterproxy.h>
#include <models/userlistmodel.h>
#include <panels/userspanel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

class TestUsersPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void credentialRules();
    void createThroughTheDialog();
    void duplicateEmailShowsTheServersError();
    void detailShowsIdentitiesDevicesAndData();
    void disableEnableLogoutSeveral();
    void deleteSeveralWithOneConfirmation();
    void deletedElsewhereShowsNotFound();
    void pagedFilterAndLoadAll();
    void pendingLookUpResendConfirmDelete();
    void screenshots();

private:
    AppUser serverUser(const QString &id, ApiError *error = nullptr);
    QList<AppUser> allServerUsers();
    QStringList pendingEmails();
    void selectIds(const QStringList &ids);
    QPushButton *button(const char *name) { return m_panel->findChild<QPushButton *>(name); }
    void acceptConfirm(const char *name);

    std::unique_ptr<SignedInFixture> m_fx;
    std::unique_ptr<UsersPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_pendingTester;
    std::unique_ptr<QAbstractItemModelTester> m_detailTester;
};

void TestUsersPanel::init()
{
    m_fx = std::make_unique<SignedInFixture>();
    QVERIFY(m_fx->start());
    m_panel = std::make_unique<UsersPanel>(m_fx->session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pendingTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_detailTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->identitiesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1150, 600);
    m_panel->show();
    QTRY_VERIFY(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading());
}

void TestUsersPanel::cleanup()
{
    m_detailTester.reset();
    m_pendingTester.reset();
    m_tester.reset();
    m_panel.reset();
    m_fx.reset();
}

AppUser TestUsersPanel::serverUser(const QString &id, ApiError *error)
{
    auto *job = usercalls::get(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000))
        return {};
    if (error)
        *error = job->error();
    return job->ok() ? job->result() : AppUser();
}

QList<AppUser> TestUsersPanel::allServerUsers()
{
    QList<AppUser> users;
    QString after;
    for (;;) {
        auto *job = usercalls::list(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, after);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return users;
        users += job->result();
        if (job->result().size() < UserListModel::PageSize)
            return users;
        after = job->result().last().id;
    }
}

QStringList TestUsersPanel::pendingEmails()
{
    auto *job = registrationcalls::listPending(*m_fx->other->client(), m_fx->groupId, m_fx->app.id);
    QSignalSpy done(job, &ApiJob::finished);
    QStringList emails;
    if (done.wait(30000) && job->ok()) {
        for (const PendingUser &user : job->result())
            emails << user.email;
    }
    return emails;
}

void TestUsersPanel::selectIds(const QStringList &ids)
{
    QTableView *table = m_panel->table();
    table->clearSelection();
    for (int row = 0; row < m_panel->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_panel->proxy()->index(row, 0);
        if (ids.contains(index.data(ListModelBase::IdRole).toString()))
            table->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestUsersPanel::acceptConfirm(const char *name)
{
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_panel->findChild<ConfirmDialog *>(QLatin1String(name))));
    QCOMPARE(m_panel->findChildren<ConfirmDialog *>().size(), 1);
    confirm->accept();
}

void TestUsersPanel::credentialRules()
{
    QVERIFY(usercalls::credentialsProblem(QStringLiteral("a@b.co"), QStringLiteral("secret1"))
                .isEmpty());
    QVERIFY(!usercalls::credentialsProblem(QStringLiteral("a@b"), QStringLiteral("secret1"))
                 .isEmpty());
    QVERIFY(!usercalls::credentialsProblem(QStringLiteral("ab.co"), QStringLiteral("secret1"))
                 .isEmpty());
    QVERIFY(!usercalls::credentialsProblem(QStringLiteral("a@b.co"), QStringLiteral("12345"))
                 .isEmpty());
    QVERIFY(!usercalls::credentialsProblem(QStringLiteral("a@b.co"), QString(129, QLatin1Char('x')))
                 .isEmpty());
}

void TestUsersPanel::createThroughTheDialog()
{
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    QTest::mouseClick(button("newUserButton"), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("newUserDialog"))));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("newUserEmailEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("newUserPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(email, QStringLiteral("new.person@example.com"));
    QTest::keyClicks(password, QStringLiteral("short"));
    QVERIFY(!ok->isEnabled()); // refused before sending
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("newUserProblem"))->text().isEmpty());
    QTest::keyClicks(password, QStringLiteral("-but-now-long"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("new.person@example.com")));

    bool found = false;
    for (const AppUser &user : allServerUsers())
        found = found || user.email == QLatin1String("new.person@example.com");
    QVERIFY(found);
    // The new user is in the list and shown.
    QTRY_COMPARE(m_panel->shownUser().email, QStringLiteral("new.person@example.com"));
}

void TestUsersPanel::duplicateEmailShowsTheServersError()
{
    QVERIFY(!m_fx->createUser(QStringLiteral("twice@example.com")).isEmpty());
    m_panel->createUser(QStringLiteral("twice@example.com"), QStringLiteral("secret-password"));
    auto *banner = m_panel->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("AccountNameInUse")), qPrintable(banner->text()));
}

void TestUsersPanel::detailShowsIdentitiesDevicesAndData()
{
    const QString id = m_fx->createUser(QStringLiteral("phone.owner@example.com"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(clientapi::logIn(*m_fx, QStringLiteral("phone.owner@example.com"),
                              QStringLiteral("ios")),
             200);
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->rowOfId(id) >= 0);
    m_panel->openItem(id);
    QTRY_COMPARE(m_panel->shownUser().id, id);
    QTRY_VERIFY(m_panel->devicesModel()->rowCount() >= 1);
    QVERIFY(m_panel->identitiesModel()->rowCount() >= 1);
    QCOMPARE(m_panel->dataModel()->json().toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("phone.owner@example.com"));
    // The list shows the identity and the login.
    const int row = m_panel->model()->rowOfId(id);
    QTRY_VERIFY(!m_panel->model()
                     ->index(row, UserListModel::IdentitiesColumn)
                     .data()
                     .toString()
                     .isEmpty());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("userDetailSummary"))
                ->text()
                .contains(id));
}

void TestUsersPanel::disableEnableLogoutSeveral()
{
    const QString a = m_fx->createUser(QStringLiteral("a@example.com"));
    const QString b = m_fx->createUser(QStringLiteral("b@example.com"));
    const QString c = m_fx->createUser(QStringLiteral("c@example.com"));
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->rowOfId(c) >= 0);
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    selectIds({ a, b });
    QTest::mouseClick(button("disableUserButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);
    QVERIFY(serverUser(a).disabled);
    QVERIFY(serverUser(b).disabled);
    QVERIFY(!serverUser(c).disabled);
    // In place: the rows say so without a reload.
    QTRY_VERIFY(m_panel->model()->userAt(m_panel->model()->rowOfId(a)).disabled);

    selectIds({ b });
    QTest::mouseClick(button("enableUserButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 2);
    QVERIFY(serverUser(a).disabled);
    QVERIFY(!serverUser(b).disabled);

    QCOMPARE(clientapi::logIn(*m_fx, QStringLiteral("c@example.com"), QStringLiteral("web")), 200);
    selectIds({ b, c });
    QTest::mouseClick(button("logoutUserButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 3);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("2")));
}

void TestUsersPanel::deleteSeveralWithOneConfirmation()
{
    const QString a = m_fx->createUser(QStringLiteral("del-a@example.com"));
    const QString b = m_fx->createUser(QStringLiteral("del-b@example.com"));
    const QString keep = m_fx->createUser(QStringLiteral("keep@example.com"));
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->rowOfId(keep) >= 0);
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);
    selectIds({ a, b });
    QTest::mouseClick(button("deleteUserButton"), Qt::LeftButton);
    acceptConfirm("deleteUsersDialog");
    QTRY_COMPARE(status.size(), 1);
    ApiError error;
    serverUser(a, &error);
    QCOMPARE(error.httpStatus, 404);
    serverUser(b, &error);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(serverUser(keep).id, keep);
    QTRY_COMPARE(m_panel->model()->rowOfId(a), -1);
    QCOMPARE(m_panel->model()->rowOfId(b), -1);
}

void TestUsersPanel::deletedElsewhereShowsNotFound()
{
    const QString id = m_fx->createUser(QStringLiteral("ghost@example.com"));
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->rowOfId(id) >= 0);
    QVERIFY(SignedInFixture::finish(
        usercalls::remove(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, id)));
    selectIds({ id });
    QTest::mouseClick(button("disableUserButton"), Qt::LeftButton);
    auto *banner = m_panel->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("UserNotFound")), qPrintable(banner->text()));
}

void TestUsersPanel::pagedFilterAndLoadAll()
{
    // More than a page: 60 users, one of them on the second page only.
    for (int i = 0; i < 60; ++i)
        QVERIFY(!m_fx->createUser(QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0')))
                     .isEmpty());
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading());
    // The view may fetch more as it paints; a filter on the loaded pages says it is partial.
    auto *loadAll = button("loadAllUsersButton");
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("userFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("user59@"));
    if (!m_panel->model()->isComplete()) {
        QVERIFY(loadAll->isVisible());
        QVERIFY(m_panel->proxy()->filterIsPartial());
        QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("userCountLabel"))
                    ->text()
                    .contains(QStringLiteral("loaded")));
        QTest::mouseClick(loadAll, Qt::LeftButton);
    }
    QTRY_VERIFY(m_panel->model()->isComplete());
    QVERIFY(!loadAll->isVisible());
    QCOMPARE(m_panel->model()->rowCount(), int(allServerUsers().size()));
    QVERIFY(m_panel->model()->rowCount() >= 60);
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    QVERIFY(!m_panel->proxy()->filterIsPartial());
    // Sortable: by name descending, user59 comes before user00.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("user"));
    m_panel->table()->sortByColumn(UserListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_panel->proxy()->index(0, 0).data().toString(), QStringLiteral("user59@example.com"));
}

void TestUsersPanel::pendingLookUpResendConfirmDelete()
{
    QVERIFY(clientapi::requireConfirmation(*m_fx));
    for (const char *email : { "wait-1@example.com", "wait-2@example.com", "wait-3@example.com" })
        QCOMPARE(clientapi::registerUser(*m_fx, QLatin1String(email)), 201);
    QCOMPARE(pendingEmails().size(), 3);
    m_panel->refresh();
    QTRY_COMPARE(m_panel->pendingModel()->rowCount(), 3);
    QSignalSpy status(m_panel.get(), &Panel::statusMessage);

    // Look up by email: found, and selected.
    auto *lookup = m_panel->findChild<QLineEdit *>(QStringLiteral("pendingLookupEdit"));
    QTest::keyClicks(lookup, QStringLiteral("wait-2@example.com"));
    QTest::mouseClick(button("lookUpPendingButton"), Qt::LeftButton);
    QCOMPARE(m_panel->tabs()->currentIndex(), 1);
    QCOMPARE(m_panel->pendingTable()->selectionModel()->selectedRows().size(), 1);
    QTest::mouseClick(button("resendConfirmButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);

    // Confirm: the registration becomes a user.
    QTest::mouseClick(button("confirmPendingButton"), Qt::LeftButton);
    QTRY_COMPARE(status.size(), 2);
    QCOMPARE(pendingEmails().size(), 2);
    bool confirmed = false;
    for (const AppUser &user : allServerUsers())
        confirmed = confirmed || user.email == QLatin1String("wait-2@example.com");
    QVERIFY(confirmed);

    // Not found: says so, selects nothing.
    lookup->clear();
    QTest::keyClicks(lookup, QStringLiteral("nobody@example.com"));
    QTest::keyClick(lookup, Qt::Key_Return);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("pendingLookupResult"))
                ->text()
                .contains(QStringLiteral("No pending")));

    // Delete the other two with one confirmation.
    lookup->clear();
    QTRY_COMPARE(m_panel->pendingModel()->rowCount(), 2);
    m_panel->pendingTable()->selectAll();
    QTest::mouseClick(button("deletePendingButton"), Qt::LeftButton);
    acceptConfirm("deletePendingDialog");
    QTRY_COMPARE(status.size(), 3);
    QCOMPARE(pendingEmails(), QStringList());
    QTRY_COMPARE(m_panel->pendingModel()->rowCount(), 0);

    // Confirming one confirmed elsewhere meanwhile shows the server's refusal.
    QCOMPARE(clientapi::registerUser(*m_fx, QStringLiteral("late@example.com")), 201);
    m_panel->refresh();
    QTRY_COMPARE(m_panel->pendingModel()->rowCount(), 1);
    QVERIFY(SignedInFixture::finish(registrationcalls::confirm(
        *m_fx->other->client(), m_fx->groupId, m_fx->app.id, QStringLiteral("late@example.com"))));
    m_panel->pendingTable()->selectAll();
    QTest::mouseClick(button("confirmPendingButton"), Qt::LeftButton);
    auto *banner = m_panel->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("UserAlreadyConfirmed")),
             qPrintable(banner->text()));
}

void TestUsersPanel::screenshots()
{
    QVERIFY(clientapi::requireConfirmation(*m_fx));
    const QStringList people { "ada.lovelace",  "alan.turing",  "grace.hopper",
                               "edsger.dijkstra", "barbara.liskov", "donald.knuth",
                               "margaret.hamilton", "ken.thompson" };
    QStringList ids;
    for (const QString &person : people)
        ids << m_fx->createUser(person + QStringLiteral("@example.com"));
    QCOMPARE(clientapi::logIn(*m_fx, QStringLiteral("grace.hopper@example.com"),
                              QStringLiteral("ios")),
             200);
    QCOMPARE(clientapi::logIn(*m_fx, QStringLiteral("grace.hopper@example.com"),
                              QStringLiteral("android")),
             200);
    QVERIFY(SignedInFixture::finish(
        usercalls::disable(*m_fx->other->client(), m_fx->groupId, m_fx->app.id, ids.at(5))));
    for (const char *email : { "new.hire@example.com", "contractor@example.com" })
        QCOMPARE(clientapi::registerUser(*m_fx, QLatin1String(email)), 201);
    m_panel->refresh();
    QTRY_VERIFY(m_panel->model()->rowOfId(ids.last()) >= 0);
    m_panel->openItem(ids.at(2));
    QTRY_VERIFY(m_panel->devicesModel()->rowCount() >= 1);
    QTRY_VERIFY(!m_panel->model()->isLoading() && !m_panel->pendingModel()->isLoading());
    savePanelShots(m_panel.get(), QStringLiteral("users"));
    m_panel->tabs()->setCurrentIndex(1);
    m_panel->pendingTable()->selectRow(0);
    savePanelShots(m_panel.get(), QStringLiteral("users-pending"));
}

QTEST_MAIN(TestUsersPanel)
#include "tst_userspanel.moc"
