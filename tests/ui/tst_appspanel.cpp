// The Apps panel as a user meets it: sign in to the built-in Local profile through the login
// dialog, then list, filter, create, delete and export apps against the real in-process server.
#include "consolefixture.h"
#include "signedinfixture.h"

#include <api/apiclient.h>
#include <models/sharedmodels.h>
#include <panels/appspanel.h>
#include <panels/createappdialog.h>
#include <server/localserver.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolButton>

class TestAppsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInThroughLoginDialog();
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
    void exportCancelled();
    void exportToUnwritablePathShowsError();
    void badGroupShowsBannerThenRecovers();
    void productionDeleteNeedsTypedName();
    void lastUsedAppIsSelectedOnTheNextStart();
    void wrongGroupGuessShowsNoError();

private:
    ConsoleFixture m_console;
};

void TestAppsPanel::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_appspanel"));
    m_console.create();
}

void TestAppsPanel::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

void TestAppsPanel::signInThroughLoginDialog()
{
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.signInWithDialog();
    QVERIFY(!m_console.window()->session()->currentGroupId().isEmpty());
    // The group the server made is remembered for the next start; the secret is not.
    QCOMPARE(QSettings().value(QStringLiteral("local/groupId")).toString(),
             m_console.window()->session()->currentGroupId());
    const QStringList keys = QSettings().allKeys();
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestAppsPanel::demoAppListedAndSelectable()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    // The group's only app is selected and current without a click.
    QTRY_COMPARE(m_console.window()->session()->currentApp().name, QStringLiteral("demo-app"));
    QVERIFY(m_console.child<QPushButton>("deleteButton")->isEnabled());
    m_console.selectApp(QStringLiteral("demo-app"));
    QVERIFY(m_console.child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(m_console.child<QPushButton>("exportButton")->isEnabled());
    QCOMPARE(m_console.child<QLabel>("currentAppLabel")->text(), QStringLiteral("demo-app"));
}

void TestAppsPanel::findShortcutFocusesFilter()
{
    m_console.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console.window()));
    m_console.child<QTableView>("tableView")->setFocus();
    QTest::keyClick(m_console.window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_console.child<QLineEdit>("filterEdit")->hasFocus());

    AppListModel *model = m_console.panel<AppsPanel>("apps")->model();
    QSignalSpy reloaded(model, &AppListModel::reloaded);
    QTest::keyClick(m_console.window(), Qt::Key_F5);
    QVERIFY(model->isLoading());
    QVERIFY(reloaded.wait(20000));
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
    QPushButton *ok = ConsoleFixture::okButton(&dialog);
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
    QTest::mouseClick(m_console.child<QPushButton>("createButton"), Qt::LeftButton);
    QDialog *create = nullptr;
    QTRY_VERIFY((create = m_console.child<QDialog>("createAppDialog")) && create->isVisible());
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    auto *location = create->findChild<QComboBox *>(QStringLiteral("locationCombo"));
    location->setCurrentIndex(location->findData(QStringLiteral("IE")));
    QTest::mouseClick(ConsoleFixture::okButton(create), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(name) >= 0, 20000);
    const int row = m_console.proxyRowNamed(name);
    QCOMPARE(m_console.proxy()->index(row, AppListModel::LocationColumn).data().toString(),
             QStringLiteral("IE"));
    // The new app is selected and made current.
    QTRY_COMPARE(m_console.window()->session()->currentApp().name, name);

    m_console.selectApp(name);
    QTest::mouseClick(m_console.child<QPushButton>("deleteButton"), Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_console.child<ConfirmDialog>("confirmDialog"))
                && confirm->isVisible());
    QVERIFY(confirm->requiredText().isEmpty()); // Local is not a production profile
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text().contains(name));
    QVERIFY(confirm->isOkEnabled());
    QTest::mouseClick(ConsoleFixture::okButton(confirm), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(name) < 0
                                 && !m_console.panel<AppsPanel>("apps")->model()->isLoading(),
                             20000);
    QVERIFY(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0);
    QVERIFY(m_console.window()->session()->currentApp().name != name);
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
    auto *edit = m_console.child<QLineEdit>("filterEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    const int expected = rows < 0 ? m_console.panel<AppsPanel>("apps")->model()->rowCount() : rows;
    QCOMPARE(m_console.proxy()->rowCount(), expected);
    QCOMPARE(m_console.child<QTableView>("tableView")->model()->rowCount(), expected);
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
    QCOMPARE(ConsoleFixture::okButton(&dialog)->isEnabled(), enabled);
}

void TestAppsPanel::exportWritesZip()
{
    m_console.selectApp(QStringLiteral("demo-app"));
    AppsPanel *panel = m_console.panel<AppsPanel>("apps");
    QSignalSpy finished(panel, &AppsPanel::exportFinished);
    const QString path = m_console.filePath(QStringLiteral("demo-app.zip"));
    panel->exportSelectedAppTo(path);
    QVERIFY(panel->isExporting());
    QVERIFY(m_console.child<QWidget>("exportBox")->isVisible());
    QVERIFY(!m_console.child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QVERIFY(!panel->isExporting());
    QVERIFY(!m_console.child<QWidget>("exportBox")->isVisible());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QVERIFY(zip.contains("stitch.json")); // entry names are stored as plain text
}

void TestAppsPanel::exportCancelled()
{
    m_console.selectApp(QStringLiteral("demo-app"));
    AppsPanel *panel = m_console.panel<AppsPanel>("apps");
    QSignalSpy finished(panel, &AppsPanel::exportFinished);
    const QString path = m_console.filePath(QStringLiteral("cancelled.zip"));
    panel->exportSelectedAppTo(path);
    auto *cancel = m_console.child<QPushButton>("exportCancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!panel->isExporting());
    QVERIFY(!m_console.panel<AppsPanel>("apps")->findChild<ErrorBanner *>(QStringLiteral("errorBanner"))->isVisible()); // cancelling is no error
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_console.child<QPushButton>("exportButton")->isEnabled());
}

void TestAppsPanel::exportToUnwritablePathShowsError()
{
    m_console.selectApp(QStringLiteral("demo-app"));
    AppsPanel *panel = m_console.panel<AppsPanel>("apps");
    QSignalSpy finished(panel, &AppsPanel::exportFinished);
    const QString path = m_console.filePath(QStringLiteral("no/such/folder/demo.zip"));
    panel->exportSelectedAppTo(path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    auto *banner = m_console.panel<AppsPanel>("apps")->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("demo.zip")), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(path));
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestAppsPanel::badGroupShowsBannerThenRecovers()
{
    Session *session = m_console.window()->session();
    const QString good = session->currentGroupId();
    auto *banner = m_console.panel<AppsPanel>("apps")->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(!banner->isVisible());
    session->setCurrentGroupId(QStringLiteral("5f0000000000000000000000"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(banner->error().httpStatus >= 400);
    QVERIFY(!banner->text().isEmpty());
    QCOMPARE(m_console.proxy()->rowCount(), 0);
    QVERIFY(!m_console.child<QLabel>("lastErrorLabel")->text().isEmpty());
    QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("errorRetryButton"))->isVisible());
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorDetailsButton")),
                      Qt::LeftButton);
    QDialog *details = nullptr;
    QTRY_VERIFY((details = banner->detailsDialog()) && details->isVisible());
    const QString detailsText
        = details->findChild<QPlainTextEdit *>(QStringLiteral("errorDetailsText"))->toPlainText();
    QVERIFY2(detailsText.contains(QLatin1String("5f0000000000000000000000")),
             qPrintable(detailsText));
    details->close();

    session->setCurrentGroupId(good);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.proxyRowNamed(QStringLiteral("demo-app")) >= 0, 20000);
    QVERIFY(!banner->isVisible());
}

void TestAppsPanel::productionDeleteNeedsTypedName()
{
    // A panel of its own, on a server of its own, signed in through a profile tagged production.
    QTemporaryDir dir;
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.demo = true;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("prod-admin");
    admin.secret = QStringLiteral("prod-admin-secret");
    options.admins = { admin };
    stitchlocal::LocalServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    Session session;
    Profile profile;
    profile.id = QStringLiteral("prod");
    profile.name = QStringLiteral("Prod");
    profile.username = admin.name;
    profile.tag = Profile::Tag::Production;
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(profile, server.rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn() || !failed.isEmpty(), 20000);
    QVERIFY(failed.isEmpty());

    AppsPanel panel(&session);
    panel.resize(900, 500);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("tableView"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    const QModelIndex first = table->model()->index(0, AppListModel::NameColumn);
    const QString name = first.data().toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTRY_COMPARE(session.currentApp().name, name);

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deleteButton")),
                      Qt::LeftButton);
    ConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = panel.findChild<ConfirmDialog *>()) && confirm->isVisible());
    QCOMPARE(confirm->requiredText(), name);
    QVERIFY(!ConsoleFixture::okButton(confirm)->isEnabled());
    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("confirmInput")), name);
    QVERIFY(ConsoleFixture::okButton(confirm)->isEnabled());
    QTest::mouseClick(ConsoleFixture::okButton(confirm), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 0 && !panel.model()->isLoading(), 20000);
    QVERIFY(session.currentApp().isNull());
}

void TestAppsPanel::lastUsedAppIsSelectedOnTheNextStart()
{
    // Two apps: the one used last is the one selected when the console starts again.
    const QString name = QStringLiteral("used-last");
    QTest::mouseClick(m_console.child<QPushButton>("createButton"), Qt::LeftButton);
    QDialog *create = nullptr;
    QTRY_VERIFY((create = m_console.child<QDialog>("createAppDialog")) && create->isVisible());
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    QTest::mouseClick(ConsoleFixture::okButton(create), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_console.window()->session()->currentApp().name, name, 20000);

    m_console.destroy();
    m_console.create();
    m_console.window()->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    m_console.signInWithDialog();
    QTRY_COMPARE_WITH_TIMEOUT(m_console.window()->session()->currentApp().name, name, 20000);
    const QModelIndexList selected
        = m_console.child<QTableView>("tableView")->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), name);
}

void TestAppsPanel::wrongGroupGuessShowsNoError()
{
    // A profile naming a group its admin is not in: the sign-in asks for that group's apps early
    // (Session::groupExpected), which fails; the group the session lands in loads, and the panel
    // never shows the failed guess.
    SignedInFixture fixture;
    QVERIFY(fixture.start());
    Session session;
    AppsPanel panel(&session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *banner = panel.findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner && !banner->isVisible());
    struct ShowWatch : QObject
    {
        bool shown = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            shown = shown || event->type() == QEvent::Show;
            return false;
        }
    } watch;
    banner->installEventFilter(&watch);
    AppListModel *apps = SharedModels::of(&session)->apps();
    QSignalSpy guesses(&session, &Session::groupExpected);
    QSignalSpy appErrors(apps, &AppListModel::errorOccurred);

    Profile profile;
    profile.id = QStringLiteral("wrong-guess");
    profile.name = QStringLiteral("Wrong guess");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = QStringLiteral("functions-tester");
    profile.defaultGroupId = QStringLiteral("5f00000000000000000000aa");
    session.signIn(profile, fixture.server->rootUrl(), QStringLiteral("functions-tester-secret"));
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QCOMPARE(guesses.size(), 1);
    QCOMPARE(session.currentGroupId(), fixture.groupId);
    QTRY_VERIFY_WITH_TIMEOUT(
        apps->hasLoaded() && !apps->isLoading() && apps->groupId() == fixture.groupId, 20000);
    QVERIFY(apps->rowCount() > 0);
    qInfo("the guess's apps call %s", appErrors.isEmpty() ? "was abandoned" : "failed");
    QVERIFY2(!watch.shown, qPrintable(banner->text()));
    QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
}

QTEST_MAIN(TestAppsPanel)
#include "tst_appspanel.moc"
