#pragma once

#include "profile.h"

#include <QObject>

#include <api/apierror.h>
#include <api/types.h>

class ApiClient;

//! The one session model every panel shares: which profile is signed in, the admin's profile and
//! groups, the current group and app. Tokens live in its ApiClient, in memory only.
//! Panels follow contextChanged (sign-in, sign-out, group, app: coalesced, once per turn of the
//! event loop) and appDataChanged (a panel changed the current app's data that others show).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }

    //! baseUrl overrides profile.baseUrl (the built-in Local profile's port is known only at run
    //! time). Logs in, then loads the admin profile; ends in signedIn() or signInFailed().
    void signIn(const Profile &profile, const QUrl &baseUrl, const QString &secret);
    //! Deletes the server session (best effort) and forgets tokens.
    void signOut();

    Profile profile() const { return m_profile; }
    AdminProfile adminProfile() const { return m_adminProfile; }
    QStringList groupIds() const { return m_adminProfile.groupIds(); }
    QString refreshToken() const; //!< for SecretStore only; never logged

    QString currentGroupId() const { return m_groupId; }
    void setCurrentGroupId(const QString &groupId);
    App currentApp() const { return m_app; }
    void setCurrentApp(const App &app); //!< a null App clears it

    //! Moves on every sign-in, sign-out, group or app change: a panel that remembers the value
    //! it loaded for knows whether what it shows is stale.
    quint64 contextSerial() const { return m_contextSerial; }
    //! Moves on every notifyAppDataChanged().
    quint64 appDataSerial() const { return m_appDataSerial; }
    //! Says that the current app's data changed here (a save, a run that logged, a deploy), so
    //! panels showing it reload, at once when visible or when next shown.
    void notifyAppDataChanged();

signals:
    void stateChanged(Session::State state);
    void signedIn();
    void signInFailed(const ApiError &error);
    //! During a sign-in, once the login is accepted and before the profile is in: the group the
    //! session will most likely land in (the one the user was in, else the profile's default), so
    //! that its apps load beside the profile rather than after it. Not emitted without a guess.
    void groupExpected(const QString &groupId);
    //! The server refused to refresh: sign in again; nothing unsaved is dropped.
    void sessionEnded(const ApiError &error);
    void signedOut();
    void currentGroupChanged(const QString &groupId);
    void currentAppChanged(const App &app);
    //! Once per turn of the event loop after any of the signals above that change what panels
    //! show (signedIn, signedOut, sessionEnded aside, currentGroupChanged, currentAppChanged).
    void contextChanged();
    void appDataChanged();

private:
    void setState(State state);
    void failSignIn(const ApiError &error);
    //! A login the server answered 404 (no such provider): fails with the providers it has.
    void failWithProviders(int serial, ApiError error);
    void onProfileLoaded(const AdminProfile &adminProfile);
    void queueContextChanged();
    ApiClient *m_client;
    int m_signInSerial = 0; // a newer signIn() or signOut() makes older answers stale
    State m_state = State::SignedOut;
    Profile m_profile;
    AdminProfile m_adminProfile;
    QString m_groupId;
    App m_app;
    quint64 m_contextSerial = 0;
    quint64 m_appDataSerial = 0;
    bool m_contextQueued = false;
};
