#pragma once

#include <session/profile.h>

#include <QDialog>

#include <memory>

class ProfileStore;
class QPushButton;
class SecretStore;

namespace Ui {
class LoginDialog;
}

//! Picks or edits a profile and asks for its secret. It does not sign in itself: it asks the
//! main window to, and shows the progress and the failure it is told about.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void selectProfile(const QString &profileId);
    //! The profile as the fields describe it (not yet saved).
    Profile profile() const;
    QString secret() const;
    bool rememberSecret() const;

    //! Greys the form and shows what is going on ("Starting local server…").
    void setBusy(const QString &status);
    //! Back to editable, with the reason the attempt failed.
    void setFailed(const QString &reason);

signals:
    void signInRequested(const Profile &profile, const QString &secret, bool rememberSecret);

private:
    void fillProfiles();
    void onProfileChosen();
    void onProviderChanged();
    void updateNotice();
    void updateOk();
    void trySignIn();
    //! Saves the profile as the fields describe it and selects it in the list.
    Profile saveAndSelect(Profile profile);
    void saveProfile();
    //! The status line grew or shrank: the dialog grows with it instead of squeezing the form.
    void showStatus(const QString &text);
    void setFormEnabled(bool enabled);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QString m_profileId;
    QPushButton *m_saveButton = nullptr;
    bool m_busy = false;
};
