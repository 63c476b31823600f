// The sign-in half of MainWindow: the login dialog, --profile, the built-in Local server, and the
// return of the dialog when the session ends.
#include "localprofilestarter.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <api/apiclient.h>
#include <session/profilestore.h>
#include <session/secretstore.h>
#include <session/session.h>

#include <QSettings>
#include <QStatusBar>

LoginDialog *MainWindow::loginDialog() const
{
    // Made when first needed: building its form costs start-up a few milliseconds.
    if (!m_login) {
        auto *self = const_cast<MainWindow *>(this);
        m_login = new LoginDialog(m_profiles, m_secrets, self);
        connect(m_login, &LoginDialog::signInRequested, self, &MainWindow::signInWith);
    }
    return m_login;
}

bool MainWindow::loginShown() const
{
    return m_login && m_login->isVisible();
}

void MainWindow::start()
{
    // The built-in server loads and starts on threads of its own. Starting it before the first
    // paint lets the two overlap, so signing in to Local (the first-run default) finds it up or
    // nearly so.
    if (localProfileComesFirst())
        m_local->start();
    show();
    if (m_options.profileName.isEmpty())
        showLogin();
    else
        signInByName(m_options.profileName);
}

bool MainWindow::localProfileComesFirst() const
{
    const QString &name = m_options.profileName;
    if (!name.isEmpty()) {
        return name.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0
            || m_profiles->profileByName(name).builtInLocal;
    }
    const QString lastUsed = m_profiles->lastUsedId();
    return lastUsed.isEmpty() || m_profiles->profile(lastUsed).builtInLocal;
}

void MainWindow::showLogin()
{
    if (loginShown())
        return;
    loginDialog()->setFailed(QString());
    // open(), not exec(): the window keeps painting and nothing waits in a nested event loop.
    loginDialog()->open();
    centreLogin();
}

void MainWindow::centreLogin()
{
    // Qt places a dialog over its parent when it first shows, but at start-up the window may not
    // have its final place yet; moveEvent() calls this again until the user moves the dialog.
    loginDialog()->adjustSize();
    loginDialog()->move(frameGeometry().center() - loginDialog()->frameGeometry().center()
                  + loginDialog()->pos());
    m_loginPlacedAt = loginDialog()->pos();
}

void MainWindow::signInByName(const QString &name)
{
    Profile profile = m_profiles->profileByName(name);
    // "Local" works in every language, whatever the built-in profile is called in this one.
    if (profile.isNull() && name.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0)
        profile = m_profiles->profile(ProfileStore::builtInLocal().id);
    if (profile.isNull()) {
        showLogin();
        loginDialog()->setFailed(tr("There is no profile named “%1”.").arg(name));
        return;
    }
    if (profile.builtInLocal) {
        signInLocal(profile);
        return;
    }
    loginDialog()->selectProfile(profile.id);
    if (!m_secrets->available()) {
        showLogin();
        return;
    }
    m_secrets->read(profile.id + QStringLiteral("/secret"), this,
                    [this, profile](bool found, const QString &secret) {
                        if (found && !secret.isEmpty())
                            signInWith(profile, secret, false);
                        else
                            showLogin();
                    });
}

void MainWindow::signInWith(const Profile &profile, const QString &secret, bool rememberSecret)
{
    if (profile.builtInLocal) {
        signInLocal(profile);
        return;
    }
    loginDialog()->setBusy(tr("Signing in to %1…").arg(profile.baseUrl.host()));
    // A profile not yet in the list is saved, with its secret, only once it signs in.
    const bool known = !m_profiles->profile(profile.id).isNull();
    m_pendingSecret.clear();
    if (rememberSecret && known)
        rememberSecretOf(profile.id, secret);
    else if (rememberSecret)
        m_pendingSecret = secret;
    m_session->signIn(profile, profile.baseUrl, secret);
}

void MainWindow::rememberSecretOf(const QString &profileId, const QString &secret)
{
    m_secrets->write(profileId + QStringLiteral("/secret"), secret, this,
                     [this](bool ok, const QString &error) {
                         if (!ok)
                             showLastError(tr("The secret was not saved: %1").arg(error));
                     });
}

void MainWindow::signInLocal(const Profile &profile)
{
    if (loginShown())
        loginDialog()->setBusy(tr("Starting local server…"));
    statusBar()->showMessage(tr("Starting local server…"));
    // One connection per attempt: ready() fires again for a later sign-in to a running server.
    auto *context = new QObject(this);
    connect(
        m_local, &LocalProfileStarter::ready, context,
        [this, profile, context](const QUrl &root, const QString &admin, const QString &secret) {
            context->deleteLater();
            statusBar()->clearMessage();
            if (loginShown())
                loginDialog()->setBusy(tr("Signing in…"));
            Profile local = profile;
            local.username = admin;
            local.provider = QStringLiteral("mongodb-cloud");
            local.defaultGroupId = QSettings().value(QStringLiteral("local/groupId")).toString();
            m_session->signIn(local, root, secret);
        });
    connect(m_local, &LocalProfileStarter::failed, context, [this, context](const QString &error) {
        context->deleteLater();
        statusBar()->clearMessage();
        onSignInFailed(tr("The local server did not start: %1").arg(error));
    });
    m_local->start();
}

void MainWindow::onSignedIn()
{
    const Profile profile = m_session->profile();
    if (!profile.builtInLocal && m_profiles->profile(profile.id).isNull()) {
        m_profiles->save(profile);
        if (!m_pendingSecret.isEmpty())
            rememberSecretOf(profile.id, m_pendingSecret);
        statusBar()->showMessage(tr("Profile “%1” saved.").arg(profile.name), 6000);
    }
    m_pendingSecret.clear();
    m_profiles->setLastUsedId(profile.id);
    if (m_login) {
        m_login->setFailed(QString());
        m_login->accept();
    }
    chooseStartGroup();
    updateTitle();
    updateGroups();
    updateStatus();
    showLastError(QString());
}

void MainWindow::chooseStartGroup()
{
    const QStringList groups = m_session->groupIds();
    const QString current = m_session->currentGroupId();
    if (!current.isEmpty() && groups.contains(current))
        return;
    const QString preferred = m_session->profile().defaultGroupId;
    const QString group = groups.contains(preferred) ? preferred : groups.value(0);
    if (!group.isEmpty())
        m_session->setCurrentGroupId(group);
}

void MainWindow::onSignInFailed(const QString &reason)
{
    m_pendingSecret.clear();
    showLastError(reason);
    showLogin();
    loginDialog()->setFailed(reason);
}

void MainWindow::onSessionEnded(const ApiError &error)
{
    // The panels keep what they show and hold; only the tokens are gone.
    showLastError(tr("Session ended: %1").arg(error.summary()));
    updateStatus();
    showLogin();
    loginDialog()->selectProfile(m_session->profile().id);
    loginDialog()->setFailed(tr("Your session has ended. Sign in again to continue."));
}

void MainWindow::signOut()
{
    m_session->signOut();
    m_session->setCurrentApp(App());
    showLogin();
}
