#include "logindialog.h"
#include "ui_logindialog.h"

#include <session/profilestore.h>
#include <session/secretstore.h>

#include <QPushButton>
#include <QUuid>

namespace {
const QString NewProfileKey = QStringLiteral("\x01new");
const QString CloudProvider = QStringLiteral("mongodb-cloud");
const QString LocalProvider = QStringLiteral("local-userpass");
} // namespace

LoginDialog::LoginDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    m_ui->providerCombo->addItem(tr("MongoDB Cloud API key"), CloudProvider);
    m_ui->providerCombo->addItem(tr("User name and password"), LocalProvider);
    for (Profile::Tag tag : { Profile::Tag::None, Profile::Tag::Development, Profile::Tag::Staging,
                              Profile::Tag::Production })
        m_ui->tagCombo->addItem(Profile::tagName(tag), int(tag));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign In"));
    ok->setAccessibleName(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // A new profile is kept once it signs in, or when the user saves it: a typo'd attempt
    // leaves nothing behind.
    m_saveButton = m_ui->buttonBox->addButton(tr("&Save Profile"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &LoginDialog::saveProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::trySignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &LoginDialog::onProfileChosen);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &LoginDialog::onProviderChanged);
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->urlEdit, m_ui->usernameEdit, m_ui->secretEdit })
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &LoginDialog::updateNotice);
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_busy)
            fillProfiles();
    });

    fillProfiles();
    updateNotice();
    // Ask the keychain early, so a missing one is said before the user types a secret.
    m_secrets->read(QStringLiteral("availability-probe"), this, [](bool, const QString &) {});
    setMinimumWidth(480);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::fillProfiles()
{
    const QString keep = m_profileId.isEmpty() ? m_profiles->lastUsedId() : m_profileId;
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles)
        m_ui->profileCombo->addItem(profile.name, profile.id);
    m_ui->profileCombo->addItem(tr("New profile…"), NewProfileKey);
    const int index = m_ui->profileCombo->findData(keep);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    onProfileChosen();
}

void LoginDialog::selectProfile(const QString &profileId)
{
    const int index = m_ui->profileCombo->findData(profileId);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
}

void LoginDialog::onProfileChosen()
{
    const QString key = m_ui->profileCombo->currentData().toString();
    const Profile profile = key == NewProfileKey ? Profile() : m_profiles->profile(key);
    m_profileId = profile.id;
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.baseUrl.toString());
    const int provider = m_ui->providerCombo->findData(
        profile.provider == QLatin1String("local") ? LocalProvider : profile.provider);
    m_ui->providerCombo->setCurrentIndex(qMax(0, provider));
    m_ui->usernameEdit->setText(profile.username);
    m_ui->secretEdit->clear();
    m_ui->groupEdit->setText(profile.defaultGroupId);
    m_ui->tagCombo->setCurrentIndex(qMax(0, m_ui->tagCombo->findData(int(profile.tag))));
    m_ui->blockDeploysCheck->setChecked(profile.blockDeploysOnFailingCases);
    m_ui->rememberCheck->setChecked(false);
    showStatus(QString());
    setFormEnabled(true);
    onProviderChanged();

    if (!profile.isNull() && !profile.builtInLocal && m_secrets->available()) {
        const QString id = profile.id;
        m_secrets->read(id + QStringLiteral("/secret"), this,
                        [this, id](bool found, const QString &secret) {
                            // The user may have picked another profile while the keychain answered.
                            if (!found || id != m_profileId || !m_ui->secretEdit->text().isEmpty())
                                return;
                            m_ui->secretEdit->setText(secret);
                            m_ui->rememberCheck->setChecked(true);
                        });
    }
}

void LoginDialog::onProviderChanged()
{
    const bool cloud = m_ui->providerCombo->currentData().toString() == CloudProvider;
    m_ui->usernameLabel->setText(cloud ? tr("Public &API key:") : tr("&User name:"));
    m_ui->secretLabel->setText(cloud ? tr("Private &key:") : tr("Pass&word:"));
    m_ui->usernameEdit->setAccessibleName(cloud ? tr("Public API key") : tr("User name"));
    m_ui->secretEdit->setAccessibleName(cloud ? tr("Private API key") : tr("Password"));
    updateOk();
}

void LoginDialog::updateNotice()
{
    const bool local = m_profiles->profile(m_profileId).builtInLocal;
    if (m_secrets->available() || local) {
        m_ui->noticeLabel->hide();
        m_ui->rememberCheck->setEnabled(!local && !m_busy);
        return;
    }
    m_ui->noticeLabel->setText(tr("No system keychain is available: secrets will not be saved, "
                                  "and you will be asked for them each time."));
    m_ui->noticeLabel->setToolTip(m_secrets->unavailableReason());
    m_ui->noticeLabel->show();
    m_ui->rememberCheck->setChecked(false);
    m_ui->rememberCheck->setEnabled(false);
}

Profile LoginDialog::profile() const
{
    Profile profile = m_profiles->profile(m_profileId);
    profile.blockDeploysOnFailingCases = m_ui->blockDeploysCheck->isChecked();
    if (profile.builtInLocal)
        return profile;
    profile.id = m_profileId;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    profile.provider = m_ui->providerCombo->currentData().toString();
    profile.username = m_ui->usernameEdit->text().trimmed();
    profile.defaultGroupId = m_ui->groupEdit->text().trimmed();
    profile.tag = Profile::Tag(m_ui->tagCombo->currentData().toInt());
    return profile;
}

QString LoginDialog::secret() const
{
    return m_ui->secretEdit->text();
}

bool LoginDialog::rememberSecret() const
{
    return m_ui->rememberCheck->isChecked() && m_secrets->available();
}

void LoginDialog::updateOk()
{
    const Profile p = profile();
    const QUrl url = p.baseUrl;
    const bool urlOk = url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    const bool described = !p.name.isEmpty() && urlOk && !p.username.isEmpty();
    const bool ok = p.builtInLocal || (described && !secret().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_busy);
    m_saveButton->setVisible(!p.builtInLocal);
    m_saveButton->setEnabled(described && !m_busy);
}

void LoginDialog::setFormEnabled(bool enabled)
{
    const bool local = m_profiles->profile(m_profileId).builtInLocal;
    // The built-in server needs no address and no credentials: it is started with fresh ones.
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_ui->nameEdit, m_ui->urlEdit, m_ui->providerCombo, m_ui->usernameEdit,
             m_ui->secretEdit, m_ui->groupEdit, m_ui->rememberCheck })
        m_ui->formLayout->setRowVisible(field, !local);
    m_ui->profileCombo->setEnabled(enabled);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_ui->nameEdit, m_ui->urlEdit, m_ui->providerCombo, m_ui->usernameEdit,
             m_ui->secretEdit, m_ui->groupEdit, m_ui->tagCombo })
        field->setEnabled(enabled && !local);
    m_ui->blockDeploysCheck->setEnabled(enabled);
    updateNotice();
    updateOk();
}

void LoginDialog::trySignIn()
{
    Profile chosen = profile();
    const QString secretText = secret();
    const bool remember = rememberSecret();
    if (!chosen.builtInLocal) {
        if (m_profiles->profile(chosen.id).isNull()) {
            // New: an id of its own now, kept in the list only once the sign-in works.
            if (m_profileId.isEmpty())
                m_profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            chosen.id = m_profileId;
        } else {
            // A known profile keeps the edits, so the next start offers them again.
            chosen = saveAndSelect(chosen);
        }
    } else if (m_profiles->profile(chosen.id).blockDeploysOnFailingCases
               != chosen.blockDeploysOnFailingCases) {
        chosen = saveAndSelect(chosen); // the one setting of Local the user may change
    }
    emit signInRequested(chosen, secretText, remember);
}

Profile LoginDialog::saveAndSelect(Profile profile)
{
    // The busy flag keeps profilesChanged from refilling the form under the user's hands.
    const bool wasBusy = m_busy;
    m_busy = true;
    profile = m_profiles->save(profile);
    m_busy = wasBusy;
    m_profileId = profile.id;
    const QSignalBlocker blocker(m_ui->profileCombo);
    int index = m_ui->profileCombo->findData(profile.id);
    if (index < 0) {
        index = m_ui->profileCombo->count() - 1;
        m_ui->profileCombo->insertItem(index, profile.name, profile.id);
    }
    m_ui->profileCombo->setItemText(index, profile.name);
    m_ui->profileCombo->setCurrentIndex(index);
    return profile;
}

void LoginDialog::saveProfile()
{
    Profile chosen = profile();
    if (chosen.builtInLocal)
        return;
    chosen = saveAndSelect(chosen);
    showStatus(tr("Profile “%1” saved.").arg(chosen.name));
}

void LoginDialog::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    if (isVisible())
        adjustSize();
}

void LoginDialog::setBusy(const QString &status)
{
    m_busy = true;
    m_ui->busyIndicator->setRunning(true);
    showStatus(status);
    setFormEnabled(false);
}

void LoginDialog::setFailed(const QString &reason)
{
    m_busy = false;
    m_ui->busyIndicator->setRunning(false);
    showStatus(reason);
    setFormEnabled(true);
    if (m_ui->secretEdit->isEnabled())
        m_ui->secretEdit->setFocus();
}
