// The console as a user meets it: sign in to the built-in Local profile through the login dialog,
// then list, filter, create, delete and export apps, all against the real in-process server.
#include <api/apiclient.h>
#include <app/logindialog.h>
#include <app/mainwindow.h>
#include <models/applistmodel.h>
#include <panels/appspanel.h>
#include <panels/createappdialog.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

class TestAppsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInThroughLoginDialog();
    void windowShowsWhereAndWho();
    void demoAppListedAndSelectable();
    void findShortcutFocusesFilter();
    void createAppValidatesName_data();
    void createAppValidatesName();
    void createAndDeleteApp();
    void filter_data();
    void filter();
    void confirmDialogRequiresTypedName_data();
    void confirmDialogRequiresTypedName();
    void exportWritesZip();
    void exportToUnwritablePathShowsError();
    void badGroupShowsBannerThenRecovers();
    void darkPaletteIsRemembered();
    void sessionEndKeepsPanelsAndSignsInAgain();
    void screenshots();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QSortFilterProxyModel *proxy() const;
    int proxyRowNamed(const QString &name) const;
    void selectApp(const QString &name);
    QPushButton *okButton(QWidget *dialog) const;
    void signInWithDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appspanel"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<MainWindow>(
        MainWindow::Options { QString(), m_dir.filePath(QStringLiteral("local-server")) });
}

void TestAppsPanel::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

QSortFilterProxyModel *TestAppsPanel::proxy() const
{
    return qobject_cast<QSortFilterProxyModel *>(child<QTableView>("tableView")->model());
}

int TestAppsPanel::proxyRowNamed(const QString &name) const
{
    QSortFilterProxyModel *model = proxy();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AppListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestAppsPanel::selectApp(const QString &name)
{
    auto *table = child<QTableView>("tableView");
    const int row = proxyRowNamed(name);
    QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(" is not listed")));
    const QModelIndex index = proxy()->index(row, AppListModel::NameColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(m_window->session()->currentApp().name, name);
}

QPushButton *TestAppsPanel::okButton(QWidget *dialog) const
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestAppsPanel::signInWithDialog()
{
    LoginDialog *login = m_window->loginDialog();
    QTRY_VERIFY(login->isVisible());
    QVERIFY(login->profile().builtInLocal);
    QPushButton *signIn = okButton(login);
    QVERIFY(signIn->isEnabled());
    QSignalSpy failed(m_window->session(), &Session::signInFailed);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSignedIn() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ApiError>().summary()));
    QTRY_VERIFY(!login->isVisible());
}

void TestAppsPanel::signInThroughLoginDialog()
{
    m_window->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    signInWithDialog();
    QVERIFY(!m_window->session()->currentGroupId().isEmpty());
    // The group the server made is remembered for the next start; the secret is not.
    QCOMPARE(QSettings().value(QStringLiteral("local/groupId")).toString(),
             m_window->session()->currentGroupId());
    const QStringList keys = QSettings().allKeys();
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestAppsPanel::windowShowsWhereAndWho()
{
    const QString user = child<QLabel>("userLabel")->text();
    QVERIFY2(user.contains(QLatin1String(" @ Local")), qPrintable(user));
    QVERIFY2(user.contains(QLatin1String("127.0.0.1")), qPrintable(user));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Local")));
    QVERIFY(child<QLabel>("profileTagLabel")->isVisible()); // Local is tagged development
    auto *groups = child<QComboBox>("groupCombo");
    QCOMPARE(groups->currentData().toString(), m_window->session()->currentGroupId());

    auto *navigation = child<QListWidget>("navigation");
    QCOMPARE(navigation->count(), 13);
    QVERIFY(navigation->item(0)->flags() & Qt::ItemIsEnabled);
    for (int row = 1; row < navigation->count(); ++row) {
        QVERIFY(!(navigation->item(row)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(navigation->item(row)->toolTip(), QStringLiteral("Coming in a later release"));
    }
}

void TestAppsPanel::demoAppListedAndSelectable()
{
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    selectApp(QStringLiteral("demo-app"));
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QCOMPARE(child<QLabel>("currentAppLabel")->text(), QStringLiteral("demo-app"));
}

void TestAppsPanel::findShortcutFocusesFilter()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    child<QTableView>("tableView")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("filterEdit")->hasFocus());
}

void TestAppsPanel::createAppValidatesName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("plain") << QStringLiteral("my-app_2") << true;
    QTest::newRow("space") << QStringLiteral("my app") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("dot") << QStringLiteral("my.app") << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
}

void TestAppsPanel::createAppValidatesName()
{
    QFETCH(QString, typed);
    QFETCH(bool, acceptable);
    CreateAppDialog dialog;
    dialog.show();
    QPushButton *ok = okButton(&dialog);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, typed);
    QCOMPARE(ok->isEnabled(), acceptable);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("nameHint"))->isVisible(), !acceptable);
    QCOMPARE(CreateAppDialog::checkName(typed).isEmpty(), acceptable);
}

void TestAppsPanel::createAndDeleteApp()
{
    const QString name = QStringLiteral("ui-test-app");
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    QDialog *create = nullptr;
    QTRY_VERIFY((create = child<QDialog>("createAppDialog")) && create->isVisible());
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    auto *location = create->findChild<QComboBox *>(QStringLiteral("locationCombo"));
    location->setCurrentIndex(location->findData(QStringLiteral("IE")));
    QTest::mouseClick(okButton(create), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(name) >= 0, 20000);
    const int row = proxyRowNamed(name);
    QCOMPARE(proxy()->index(row, AppListModel::LocationColumn).data().toString(),
             QStringLiteral("IE"));
    // The new app is selected and made current.
    QTRY_COMPARE(m_window->session()->currentApp().name, name);

    selectApp(name);
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = child<ConfirmDialog>("confirmDialog")) && confirm->isVisible());
    QVERIFY(confirm->requiredText().isEmpty()); // Local is not a production profile
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text().contains(name));
    QVERIFY(confirm->isOkEnabled());
    QTest::mouseClick(okButton(confirm), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        proxyRowNamed(name) < 0 && !m_window->appsPanel()->model()->isLoading(), 20000);
    QVERIFY(proxyRowNamed(QStringLiteral("demo-app")) >= 0);
    QVERIFY(m_window->session()->currentApp().name != name);
}

void TestAppsPanel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("name part") << QStringLiteral("demo") << 1;
    QTest::newRow("other case") << QStringLiteral("DEMO-A") << 1;
    QTest::newRow("nothing matches") << QStringLiteral("zzz-no-such") << 0;
    QTest::newRow("empty shows all") << QString() << -1;
}

void TestAppsPanel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    auto *edit = child<QLineEdit>("filterEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    const int expected = rows < 0 ? m_window->appsPanel()->model()->rowCount() : rows;
    QCOMPARE(proxy()->rowCount(), expected);
    QCOMPARE(child<QTableView>("tableView")->model()->rowCount(), expected);
    edit->clear();
}

void TestAppsPanel::confirmDialogRequiresTypedName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("prefix") << QStringLiteral("prod-ap") << false;
    QTest::newRow("other case") << QStringLiteral("PROD-APP") << false;
    QTest::newRow("longer") << QStringLiteral("prod-app2") << false;
    QTest::newRow("exact") << QStringLiteral("prod-app") << true;
}

void TestAppsPanel::confirmDialogRequiresTypedName()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    ConfirmDialog dialog(QStringLiteral("Delete App"), QStringLiteral("Delete prod-app?"),
                         QStringLiteral("Delete"), QStringLiteral("prod-app"));
    dialog.show();
    QVERIFY(!dialog.isOkEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmInput")), typed);
    QCOMPARE(dialog.isOkEnabled(), enabled);
    QCOMPARE(okButton(&dialog)->isEnabled(), enabled);
}

void TestAppsPanel::exportWritesZip()
{
    selectApp(QStringLiteral("demo-app"));
    AppsPanel *panel = m_window->appsPanel();
    QSignalSpy finished(panel, &AppsPanel::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("demo-app.zip"));
    panel->exportSelectedAppTo(path);
    QVERIFY(panel->isExporting());
    QVERIFY(child<QWidget>("exportBox")->isVisible());
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QVERIFY(!panel->isExporting());
    QVERIFY(!child<QWidget>("exportBox")->isVisible());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QVERIFY(zip.contains("stitch.json")); // entry names are stored as plain text
}

void TestAppsPanel::exportToUnwritablePathShowsError()
{
    selectApp(QStringLiteral("demo-app"));
    AppsPanel *panel = m_window->appsPanel();
    QSignalSpy finished(panel, &AppsPanel::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/demo.zip"));
    panel->exportSelectedAppTo(path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    auto *banner = child<ErrorBanner>("errorBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("demo.zip")), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(path));
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestAppsPanel::badGroupShowsBannerThenRecovers()
{
    Session *session = m_window->session();
    const QString good = session->currentGroupId();
    auto *banner = child<ErrorBanner>("errorBanner");
    QVERIFY(!banner->isVisible());
    session->setCurrentGroupId(QStringLiteral("5f0000000000000000000000"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(banner->error().httpStatus >= 400);
    QVERIFY(!banner->text().isEmpty());
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY(!child<QLabel>("lastErrorLabel")->text().isEmpty());
    QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("errorRetryButton"))->isVisible());

    session->setCurrentGroupId(good);
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    QVERIFY(!banner->isVisible());
}

void TestAppsPanel::darkPaletteIsRemembered()
{
    const QColor light = QApplication::palette().color(QPalette::Window);
    m_window->setDarkPalette(true);
    QVERIFY(m_window->isDarkPalette());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(child<QTableView>("tableView")->palette().color(QPalette::Base).lightness() < 100);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), true);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    m_window->setDarkPalette(false);
    QCOMPARE(QApplication::palette().color(QPalette::Window), light);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), false);
}

void TestAppsPanel::sessionEndKeepsPanelsAndSignsInAgain()
{
    Session *session = m_window->session();
    QSignalSpy ended(session, &Session::sessionEnded);
    const int rows = m_window->appsPanel()->model()->rowCount();
    QVERIFY(rows > 0);
    const QString filter = QStringLiteral("demo");
    QTest::keyClicks(child<QLineEdit>("filterEdit"), filter);

    // Tokens the server never issued: the call gets 401, the refresh fails, the session ends.
    session->client()->setTokens(QStringLiteral("not-a-token"), QStringLiteral("not-a-token"));
    m_window->appsPanel()->refresh();
    QVERIFY(ended.wait(20000));
    QTRY_VERIFY(m_window->loginDialog()->isVisible());
    // Nothing the user had is thrown away.
    QCOMPARE(child<QLineEdit>("filterEdit")->text(), filter);
    QVERIFY(m_window->appsPanel()->model()->rowCount() > 0);

    signInWithDialog();
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    // Signed in again, the panel reloads what failed and the banner goes.
    QTRY_VERIFY_WITH_TIMEOUT(!child<ErrorBanner>("errorBanner")->isVisible(), 20000);
    QVERIFY(child<QLabel>("lastErrorLabel")->text().isEmpty());
    child<QLineEdit>("filterEdit")->clear();
}

void TestAppsPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_window->resize(1100, 640);
    selectApp(QStringLiteral("demo-app"));
    for (const bool dark : { false, true }) {
        m_window->setDarkPalette(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QTRY_VERIFY(!m_window->appsPanel()->model()->isLoading());
        // Widgets take a new application palette through posted events.
        QTRY_COMPARE(child<QTableView>("tableView")->palette().color(QPalette::Base),
                     QApplication::palette().color(QPalette::Base));
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow") + suffix));

        LoginDialog *login = m_window->loginDialog();
        login->show();
        login->adjustSize();
        QVERIFY(login->grab().save(dir + QStringLiteral("/login") + suffix));
        auto *profiles = login->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        const int local = profiles->currentIndex();
        profiles->setCurrentIndex(profiles->count() - 1); // "New profile…"
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Production cloud"));
        login->adjustSize();
        QVERIFY(login->grab().save(dir + QStringLiteral("/login-new-profile") + suffix));
        profiles->setCurrentIndex(local);
        login->hide();

        CreateAppDialog create;
        create.show();
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("bad name"));
        QVERIFY(create.grab().save(dir + QStringLiteral("/create") + suffix));

        ConfirmDialog plain(QStringLiteral("Delete App"),
                            QStringLiteral("Delete the app “demo-app”? Its functions, values, "
                                           "services, hosting files and logs go with it. This "
                                           "cannot be undone."),
                            QStringLiteral("Delete"));
        plain.show();
        QVERIFY(plain.grab().save(dir + QStringLiteral("/delete") + suffix));
        ConfirmDialog typed(QStringLiteral("Delete App"),
                            QStringLiteral("Delete the app “demo-app”? This cannot be undone."),
                            QStringLiteral("Delete"), QStringLiteral("demo-app"));
        typed.show();
        QTest::keyClicks(typed.findChild<QLineEdit *>(QStringLiteral("confirmInput")),
                         QStringLiteral("demo"));
        QVERIFY(typed.grab().save(dir + QStringLiteral("/delete-production") + suffix));

        auto *banner = child<ErrorBanner>("errorBanner");
        ApiError error = ApiError::fromHttp(
            404, R"({"error":"group not found","error_code":"GroupNotFound"})",
            QUrl(QStringLiteral("http://127.0.0.1/api/admin/v3.0/groups/x/apps")));
        banner->showError(error);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow-error") + suffix));
        banner->clear();
    }
    m_window->setDarkPalette(false);
}

QTEST_MAIN(TestAppsPanel)
#include "tst_appspanel.moc"
