#pragma once

#include <api/types.h>
#include <session/profile.h>

#include <QDialog>
#include <QObject>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SecretStore;
class Session;

//! The second sign-in of App as code's promote: a Session of its own (its own ApiClient and
//! tokens, in memory only) to another profile than the window's, signed in with the secret the
//! keychain holds for it, as the main sign-in does, or with one the user types (secretNeeded).
//! It lists that profile's apps in every group it has. release() signs out and drops the
//! session; so do a new signIn() and the destructor, so the second sign-in lives only while its
//! profile is the panel's target.
class PromoteTarget : public QObject
{
    Q_OBJECT
public:
    explicit PromoteTarget(QObject *parent = nullptr);
    ~PromoteTarget() override;

    //! Signs out of any earlier profile, then signs in to this one: secret from the keychain,
    //! else secretNeeded(). The built-in Local profile is refused (only the window starts it).
    void signIn(const Profile &profile);
    //! After secretNeeded(): signs in with the typed secret; remember writes it to the keychain.
    void signInWith(const QString &secret, bool remember);
    //! Signs out (best effort) and forgets the session; nothing left signed in.
    void release();

    Session *session() const { return m_session.get(); }
    Profile profile() const { return m_profile; }
    bool isSignedIn() const;
    bool keychainAvailable() const;
    //! The apps of the profile's groups, as last listed (groupId set on each).
    QList<App> apps() const { return m_apps; }
    //! Lists the apps again (appsListed() when done).
    void listApps();

signals:
    //! No secret is stored for the profile (or the stored one was refused: reason says why).
    void secretNeeded(const Profile &profile, const QString &reason);
    void signedIn();
    void failed(const QString &reason);
    void appsListed();

private:
    SecretStore *m_secrets;
    std::unique_ptr<Session> m_session;
    Profile m_profile;
    QList<App> m_apps;
    int m_serial = 0; //!< a newer signIn() or release() makes older answers stale
    bool m_triedStored = false;
};

//! Asks for a profile's secret (private API key or password) when the keychain has none, for the
//! promote's second sign-in. Opened with open(); the secret is never logged or kept.
class TargetSignInDialog : public QDialog
{
    Q_OBJECT
public:
    TargetSignInDialog(const Profile &profile, const QString &reason, bool keychain,
                       QWidget *parent = nullptr);
    QString secret() const;
    bool remember() const;

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};
