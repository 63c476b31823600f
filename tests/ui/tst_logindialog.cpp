// The login dialog as a new user meets it in the real window: a new profile that fails to sign in
// leaves nothing behind unless the user saves it; one that signs in is kept (and named in the
// status bar); the error line grows the dialog instead of squeezing the form; the dialog sits
// in the middle of the window.
#include "consolefixture.h"
#include "panelshots.h"
#include "signedinfixture.h"

#include <models/sharedmodels.h>
#include <session/profilestore.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogIsCentredOnTheWindow();
    void failedNewProfileIsNotKept();
    void saveProfileKeepsItWithoutSigningIn();
    void newProfileThatSignsInIsKept();

private:
    LoginDialog *login() const { return m_console.window()->loginDialog(); }
    void fillNewProfile(const QString &name, const QString &url, const QString &user,
                        const QString &secret);
    static bool storeHas(const QString &name) { return !ProfileStore().profileByName(name).isNull(); }

    SignedInFixture m_server; //!< a server with a known API key, for the profile that works
    ConsoleFixture m_console;
};

void TestLoginDialog::initTestCase()
{
    ConsoleFixture::isolateSettings(QStringLiteral("tst_logindialog"));
    QVERIFY(m_server.start());
    m_console.create();
    m_console.window()->resize(1000, 700);
    m_console.window()->start(); // no --profile: the login dialog opens
    QVERIFY(QTest::qWaitForWindowExposed(m_console.window()));
    QTRY_VERIFY(login()->isVisible());
}

void TestLoginDialog::cleanupTestCase()
{
    m_console.destroy();
    QSettings().clear();
}

void TestLoginDialog::fillNewProfile(const QString &name, const QString &url, const QString &user,
                                     const QString &secret)
{
    auto *profiles = login()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    profiles->setCurrentIndex(profiles->count() - 1); // "New profile…"
    const std::pair<const char *, QString> fields[] = {
        { "nameEdit", name }, { "urlEdit", url }, { "usernameEdit", user }, { "secretEdit", secret }
    };
    for (const auto &[field, text] : fields) {
        auto *edit = login()->findChild<QLineEdit *>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestLoginDialog::dialogIsCentredOnTheWindow()
{
    const QPoint offset = login()->frameGeometry().center()
        - m_console.window()->frameGeometry().center();
    QVERIFY2(offset.manhattanLength() <= 4,
             qPrintable(QStringLiteral("off by %1,%2").arg(offset.x()).arg(offset.y())));
}

void TestLoginDialog::failedNewProfileIsNotKept()
{
    fillNewProfile(QStringLiteral("Typo"), QStringLiteral("http://127.0.0.1:1"),
                   QStringLiteral("pub"), QStringLiteral("secret"));
    QList<QLineEdit *> edits = login()->findChildren<QLineEdit *>();
    QTest::mouseClick(ConsoleFixture::okButton(login()), Qt::LeftButton);
    auto *status = login()->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_COMPARE(status->text(),
                 QStringLiteral("Could not connect to http://127.0.0.1:1 — is the server running?"));
    QVERIFY(!storeHas(QStringLiteral("Typo")));
    auto *profiles = login()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(profiles->findText(QStringLiteral("Typo")), -1);
    // What was typed stays for a correction.
    QCOMPARE(login()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Typo"));

    // The error line is read whole and the form keeps its height: the dialog grew instead.
    QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
    for (QLineEdit *edit : edits) {
        if (edit->isVisible())
            QVERIFY2(edit->height() >= edit->sizeHint().height(), qPrintable(edit->objectName()));
    }
    savePanelShotsIfAsked(login(), QStringLiteral("login-failed-new-profile"));
}

void TestLoginDialog::saveProfileKeepsItWithoutSigningIn()
{
    auto *save = login()->findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
    QVERIFY(save && save->isVisible() && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(storeHas(QStringLiteral("Typo")));
    auto *profiles = login()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(profiles->currentText(), QStringLiteral("Typo"));
    QCOMPARE(login()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Profile “Typo” saved."));
    // The built-in Local profile has nothing to save.
    profiles->setCurrentIndex(profiles->findData(ProfileStore::builtInLocal().id));
    QVERIFY(!save->isVisible());
}

void TestLoginDialog::newProfileThatSignsInIsKept()
{
    QVERIFY(!storeHas(QStringLiteral("Second server")));
    fillNewProfile(QStringLiteral("Second server"), m_server.server->rootUrl().toString(),
                   QStringLiteral("functions-tester"), QStringLiteral("functions-tester-secret"));
    // A group the admin is not in: the sign-in's early apps call for it fails, the admin's own
    // group loads, and that failed guess is no error for the status bar.
    auto *group = login()->findChild<QLineEdit *>(QStringLiteral("groupEdit"));
    group->clear();
    QTest::keyClicks(group, QStringLiteral("5f00000000000000000000aa"));
    Session *session = m_console.window()->session();
    QSignalSpy failed(session, &Session::signInFailed);
    QSignalSpy guesses(session, &Session::groupExpected);
    QTest::mouseClick(ConsoleFixture::okButton(login()), Qt::LeftButton);
    m_console.waitSignedIn(failed);
    QTRY_VERIFY(!login()->isVisible());
    QCOMPARE(guesses.size(), 1);
    QCOMPARE(session->currentGroupId(), m_server.groupId);
    AppListModel *apps = SharedModels::of(session)->apps();
    QTRY_VERIFY_WITH_TIMEOUT(apps->hasLoaded() && apps->groupId() == m_server.groupId, 20000);
    QCOMPARE(m_console.child<QLabel>("lastErrorLabel")->text(), QString());
    QVERIFY(storeHas(QStringLiteral("Second server")));
    const Profile saved = ProfileStore().profileByName(QStringLiteral("Second server"));
    QCOMPARE(m_console.window()->session()->profile().id, saved.id);
    QCOMPARE(ProfileStore().lastUsedId(), saved.id);
    QCOMPARE(m_console.window()->statusBar()->currentMessage(),
             QStringLiteral("Profile “Second server” saved."));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
