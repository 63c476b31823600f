// The console's window: --profile Local signs in at once; who and where in the status bar and
// toolbar; the dark palette; the login dialog's return when the session ends; screenshots.
#include "consolefixture.h"

#include <api/apiclient.h>
#include <panels/appspanel.h>
#include <models/sharedmodels.h>
#include <panels/createappdialog.h>
#include <panels/panel.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <qplatformdefs.h>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signsInFromCommandLine();
    void windowShowsWhereAndWho();
    void darkPaletteIsRemembered();
    void sessionEndKeepsPanelsAndSignsInAgain();
    void loginFormNeedsEveryField_data();
    void loginFormNeedsEveryField();
    void keychainNoticeMatchesRememberBox();
    void notificationWithoutTrayGoesToTheStatusBar();
    void screenshots();
    void signOutEmptiesAndSignsInAgain();
    void signingInAgainRewritesNoSettings();

private:
    ConsoleFixture m_console;
};

void TestMainWindow::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_mainwindow"));
    m_console.create(QStringLiteral("Local"));
}

void TestMainWindow::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

void TestMainWindow::signsInFromCommandLine()
{
    MainWindow *window = m_console.window();
    QSignalSpy failed(window->session(), &Session::signInFailed);
    // The panels not yet visited are built in the background, but not while the user waits for
    // the sign-in and the app list: at the moment the apps arrive, only the landing panel is.
    int builtWhenListed = -1;
    QObject context;
    connect(SharedModels::of(window->session())->apps(), &ListModelBase::loadingChanged, &context,
            [&](bool loading) {
                if (!loading && builtWhenListed < 0)
                    builtWhenListed = int(window->findChildren<Panel *>().size());
            });
    window->start();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    m_console.waitSignedIn(failed);
    // --profile needs no dialog: it is not even built (start-up does not pay for its form).
    QVERIFY(!window->findChild<LoginDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    QCOMPARE(builtWhenListed, 1);
    // Then the rest follow, so that a first visit finds its panel ready.
    QTRY_VERIFY_WITH_TIMEOUT(window->findChildren<Panel *>().size() >= window->panelSpecs().size(),
                             20000);
}

void TestMainWindow::windowShowsWhereAndWho()
{
    const QString user = m_console.child<QLabel>("userLabel")->text();
    QVERIFY2(user.contains(QLatin1String(" @ Local")), qPrintable(user));
    QVERIFY2(user.contains(QLatin1String("127.0.0.1")), qPrintable(user));
    QVERIFY(m_console.window()->windowTitle().contains(QLatin1String("Local")));
    QVERIFY(m_console.child<QLabel>("profileTagLabel")->isVisible()); // Local is tagged development
    auto *groups = m_console.child<QComboBox>("groupCombo");
    QCOMPARE(groups->currentData().toString(), m_console.window()->session()->currentGroupId());

    // The navigation lists exactly the registered panels, every one usable: no greyed
    // placeholders that a screen reader would announce as enabled.
    auto *navigation = m_console.child<QListWidget>("navigation");
    const QList<PanelSpec> &specs = m_console.window()->panelSpecs();
    QCOMPARE(navigation->count(), int(specs.size()));
    for (int row = 0; row < navigation->count(); ++row) {
        QVERIFY(navigation->item(row)->flags() & Qt::ItemIsEnabled);
        QCOMPARE(navigation->item(row)->text(), specs.at(row).title);
        QVERIFY(navigation->item(row)->toolTip().contains(
            specs.at(row).shortcut.toString(QKeySequence::NativeText)));
    }
}

void TestMainWindow::darkPaletteIsRemembered()
{
    const QColor light = QApplication::palette().color(QPalette::Window);
    m_console.window()->setDarkPalette(true);
    QVERIFY(m_console.window()->isDarkPalette());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(m_console.window()->palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(
        m_console.child<QTableView>("tableView")->palette().color(QPalette::Base).lightness()
        < 100);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), true);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    m_console.window()->setDarkPalette(false);
    QCOMPARE(QApplication::palette().color(QPalette::Window), light);
    QCOMPARE(QSettings().value(QStringLiteral("view/darkPalette")).toBool(), false);
}

void TestMainWindow::sessionEndKeepsPanelsAndSignsInAgain()
{
    Session *session = m_console.window()->session();
    QSignalSpy ended(session, &Session::sessionEnded);
    const int rows = m_console.panel<AppsPanel>("apps")->model()->rowCount();
    QVERIFY(rows > 0);
    const QString filter = QStringLiteral("demo");
    QTest::keyClicks(m_console.child<QLineEdit>("filterEdit"), filter);

    // Tokens the server never issued: the call gets 401, the refresh fails, the session ends.
    session->client()->setTokens(QStringLiteral("not-a-token"), QStringLiteral("not-a-token"));
    m_console.panel<AppsPanel>("apps")->refresh();
    QVERIFY(ended.wait(20000));
    QTRY_VERIFY(m_console.window()->loginDialog()->isVisible());
    // Nothing the user had is thrown away.
    QCOMPARE(m_console.child<QLineEdit>("filterEdit")->text(), filter);
    QVERIFY(m_console.panel<AppsPanel>("apps")->model()->rowCount() > 0);

    m_console.signInWithDialog();
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    // Signed in again, the panel reloads what failed and the banner goes.
    QTRY_VERIFY_WITH_TIMEOUT(!m_console.child<ErrorBanner>("errorBanner")->isVisible(), 20000);
    QVERIFY(m_console.child<QLabel>("lastErrorLabel")->text().isEmpty());
    m_console.child<QLineEdit>("filterEdit")->clear();
}

void TestMainWindow::loginFormNeedsEveryField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("enabled");
    const QString url = QStringLiteral("https://stitch.example.com");
    QTest::newRow("complete") << "Cloud" << url << "public"
                              << "private" << true;
    QTest::newRow("no name") << "" << url << "public"
                             << "private" << false;
    QTest::newRow("no url") << "Cloud"
                            << ""
                            << "public"
                            << "private" << false;
    QTest::newRow("ftp url") << "Cloud"
                             << "ftp://stitch.example.com"
                             << "public"
                             << "private" << false;
    QTest::newRow("no user") << "Cloud" << url << ""
                             << "private" << false;
    QTest::newRow("no secret") << "Cloud" << url << "public"
                               << "" << false;
}

void TestMainWindow::loginFormNeedsEveryField()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(bool, enabled);
    LoginDialog *login = m_console.window()->loginDialog();
    login->show();
    auto *profiles = login->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    profiles->setCurrentIndex(profiles->count() - 1); // "New profile…"
    const std::pair<const char *, QString> fields[] = {
        { "nameEdit", name }, { "urlEdit", url }, { "usernameEdit", user }, { "secretEdit", secret }
    };
    for (const auto &[field, text] : fields) {
        auto *edit = login->findChild<QLineEdit *>(QLatin1String(field));
        QVERIFY(edit->isVisible() && edit->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->echoMode(),
             QLineEdit::Password);
    QCOMPARE(ConsoleFixture::okButton(login)->isEnabled(), enabled);
    profiles->setCurrentIndex(profiles->findData(m_console.window()->session()->profile().id));
    QVERIFY(login->profile().builtInLocal);
    login->hide();
}

void TestMainWindow::keychainNoticeMatchesRememberBox()
{
    LoginDialog *login = m_console.window()->loginDialog();
    login->show();
    auto *profiles = login->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    profiles->setCurrentIndex(profiles->count() - 1);
    auto *notice = login->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    auto *remember = login->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    // Either the secret can be remembered, or the user is told that it will not be.
    QCOMPARE(notice->isVisible(), !remember->isEnabled());
    if (notice->isVisible())
        QVERIFY(notice->text().contains(QLatin1String("will not be saved")));
    profiles->setCurrentIndex(profiles->findData(m_console.window()->session()->profile().id));
    login->hide();
}

void TestMainWindow::notificationWithoutTrayGoesToTheStatusBar()
{
    // A panel's desktop notification (the triggers watch's "suspended") is a tray message only
    // when the desktop has a tray; offscreen (and on bare window managers) the status bar says it.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this desktop has a system tray: the message goes there");
    Panel *triggers = m_console.window()->panel(QStringLiteral("triggers"));
    QVERIFY(triggers);
    const QString text = QStringLiteral("The trigger “flaky” of demo-app was suspended.");
    emit triggers->desktopNotification(QStringLiteral("Trigger suspended"), text,
                                       QStringLiteral("0123456789abcdef01234567"));
    QCOMPARE(m_console.window()->statusBar()->currentMessage(), text);
    QVERIFY(m_console.window()->findChild<QSystemTrayIcon *>() == nullptr);
}

void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_console.window()->resize(1100, 640);
    m_console.selectApp(QStringLiteral("demo-app"));
    for (const bool dark : { false, true }) {
        m_console.window()->setDarkPalette(dark);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QTRY_VERIFY(!m_console.panel<AppsPanel>("apps")->model()->isLoading());
        // Widgets take a new application palette through posted events.
        QTRY_COMPARE(m_console.child<QTableView>("tableView")->palette().color(QPalette::Base),
                     QApplication::palette().color(QPalette::Base));
        QVERIFY(m_console.window()->grab().save(dir + QStringLiteral("/mainwindow") + suffix));

        LoginDialog *login = m_console.window()->loginDialog();
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

        auto *banner = m_console.child<ErrorBanner>("errorBanner");
        ApiError error = ApiError::fromHttp(
            404, R"({"error":"group not found","error_code":"GroupNotFound"})",
            QUrl(QStringLiteral("http://127.0.0.1/api/admin/v3.0/groups/x/apps")));
        banner->showError(error);
        QVERIFY(
            m_console.window()->grab().save(dir + QStringLiteral("/mainwindow-error") + suffix));
        banner->clear();
    }
    m_console.window()->setDarkPalette(false);
}

void TestMainWindow::signOutEmptiesAndSignsInAgain()
{
    MainWindow *window = m_console.window();
    QAction *signOut = nullptr;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QLatin1String("Sign &Out"))
            signOut = action;
    }
    QVERIFY(signOut && signOut->isEnabled());
    QSignalSpy signedOut(window->session(), &Session::signedOut);
    signOut->trigger();
    QTRY_VERIFY(!signedOut.isEmpty());
    QVERIFY(!window->session()->isSignedIn());
    QTRY_VERIFY(window->loginDialog()->isVisible());
    QCOMPARE(m_console.proxy()->rowCount(), 0); // signing out leaves nothing of the old session
    QCOMPARE(m_console.child<QLabel>("userLabel")->text(), QStringLiteral("Signed out"));
    QVERIFY(!signOut->isEnabled());

    m_console.signInWithDialog();
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
}

namespace {
// The settings file's identity: QSettings writes a new file and renames it over the old one, so a
// rewrite changes the inode even when the content comes out the same.
QPair<qint64, qint64> settingsFileIdentity()
{
    QT_STATBUF info;
    if (QT_STAT(QFile::encodeName(QSettings().fileName()).constData(), &info) != 0)
        return { -1, -1 };
    return { qint64(info.st_ino), qint64(info.st_mtim.tv_nsec) };
}
} // namespace

void TestMainWindow::signingInAgainRewritesNoSettings()
{
    // Every sign-in remembers the group, the profile and the app; when they are what was
    // remembered already, nothing is written (QSettings flushes the whole file to disk on the UI
    // thread for each write, which used to hold start-up up by a disk flush per key).
    MainWindow *window = m_console.window();
    QSettings().sync();
    const auto before = settingsFileIdentity();
    QVERIFY(before.first >= 0);
    window->signOut();
    QTRY_VERIFY(window->loginDialog()->isVisible());
    m_console.signInWithDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->currentApp().isNull(), 20000);
    QCoreApplication::processEvents(); // QSettings writes on a later turn of the event loop
    QSettings().sync();
    QCOMPARE(settingsFileIdentity(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
