#include "promotetarget.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/authcalls.h>
#include <session/secretstore.h>
#include <session/session.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString secretKey(const Profile &profile)
{
    return profile.id + QStringLiteral("/secret");
}

} // namespace

PromoteTarget::PromoteTarget(QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(QStringLiteral("stitch-console"), this))
{
}

PromoteTarget::~PromoteTarget()
{
    release();
}

bool PromoteTarget::isSignedIn() const
{
    return m_session && m_session->isSignedIn();
}

bool PromoteTarget::keychainAvailable() const
{
    return m_secrets->available();
}

void PromoteTarget::release()
{
    ++m_serial;
    m_apps.clear();
    m_profile = Profile();
    if (!m_session)
        return;
    Session *session = m_session.release();
    session->disconnect(this);
    if (!session->client()->hasSession()) {
        session->deleteLater();
        return;
    }
    // Signed out on the server too: the session (its client and tokens) goes once the logout
    // is answered, whatever the answer.
    ApiJob *logout = authcalls::logout(*session->client());
    session->client()->clearTokens();
    logout->onFinished(session, [session](ApiJob *) { session->deleteLater(); });
}

void PromoteTarget::signIn(const Profile &profile)
{
    release();
    m_profile = profile;
    m_triedStored = false;
    if (profile.builtInLocal || !profile.baseUrl.isValid() || profile.baseUrl.isEmpty()) {
        emit failed(tr("“%1” cannot be signed in to from here: sign in to it in the window to "
                       "promote into its apps.")
                        .arg(profile.name));
        return;
    }
    const int serial = m_serial;
    m_secrets->read(secretKey(profile), this, [this, serial](bool found, const QString &secret) {
        if (serial != m_serial)
            return;
        if (found && !secret.isEmpty()) {
            m_triedStored = true;
            signInWith(secret, false);
        } else {
            emit secretNeeded(m_profile, QString());
        }
    });
}

void PromoteTarget::signInWith(const QString &secret, bool remember)
{
    if (m_profile.isNull())
        return;
    if (m_session) {
        m_session->disconnect(this);
        m_session.release()->deleteLater();
    }
    const int serial = ++m_serial;
    m_session = std::make_unique<Session>();
    const Profile profile = m_profile;
    // Kept (in memory) only until the keychain has it, and only when it is to.
    const QString toRemember = remember ? secret : QString();
    connect(m_session.get(), &Session::signedIn, this, [this, serial, toRemember] {
        if (serial != m_serial)
            return;
        if (!toRemember.isEmpty())
            m_secrets->write(secretKey(m_profile), toRemember, this, [](bool, const QString &) {});
        const QStringList groups = m_session->groupIds();
        const QString group = groups.contains(m_profile.defaultGroupId) ? m_profile.defaultGroupId
                                                                        : groups.value(0);
        m_session->setCurrentGroupId(group);
        emit signedIn();
        listApps();
    });
    connect(m_session.get(), &Session::signInFailed, this, [this, serial](const ApiError &error) {
        if (serial != m_serial)
            return;
        // A stored secret the server refuses: ask for one, saying why.
        if (m_triedStored && error.httpStatus == 401) {
            m_triedStored = false;
            emit secretNeeded(m_profile, error.summary());
            return;
        }
        emit failed(tr("Could not sign in to “%1”: %2").arg(m_profile.name, error.summary()));
    });
    connect(m_session.get(), &Session::sessionEnded, this, [this](const ApiError &error) {
        emit failed(tr("The sign-in to “%1” ended (%2): choose the profile again.")
                        .arg(m_profile.name, error.summary()));
    });
    m_session->signIn(profile, profile.baseUrl, secret);
}

void PromoteTarget::listApps()
{
    m_apps.clear();
    const QStringList groups = m_session->groupIds();
    if (groups.isEmpty()) {
        emit appsListed();
        return;
    }
    const int serial = m_serial;
    auto pending = std::make_shared<int>(int(groups.size()));
    for (const QString &group : groups) {
        auto *job = appcalls::list(*m_session->client(), group);
        job->onFinished(this, [this, serial, group, pending](Job<QList<App>> *job) {
            if (serial != m_serial)
                return;
            if (job->ok()) {
                for (App app : job->result()) {
                    if (app.groupId.isEmpty())
                        app.groupId = group;
                    m_apps.append(app);
                }
            } else if (job->error().kind != ApiError::Cancelled) {
                emit failed(tr("Could not list the apps of “%1”: %2")
                                .arg(m_profile.name, job->error().summary()));
            }
            if (--*pending == 0) {
                std::sort(m_apps.begin(), m_apps.end(), [](const App &a, const App &b) {
                    return a.name.localeAwareCompare(b.name) < 0;
                });
                emit appsListed();
            }
        });
    }
}

// ---------------------------------------------------------------------------------------------

TargetSignInDialog::TargetSignInDialog(const Profile &profile, const QString &reason, bool keychain,
                                       QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("promoteSignInDialog"));
    setWindowTitle(tr("Sign In to %1").arg(profile.name));
    QString text = tr("Promoting to an app of “%1” (%2) signs in to it separately; the window "
                      "stays signed in to its own profile.")
                       .arg(profile.name, profile.baseUrl.host());
    if (!reason.isEmpty())
        text += QLatin1Char('\n') + tr("The stored secret was refused: %1").arg(reason);
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("promoteSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret"));
    m_remember->setObjectName(QStringLiteral("promoteRememberBox"));
    m_remember->setEnabled(keychain);
    if (!keychain)
        m_remember->setToolTip(tr("No keychain is available: the secret is used for this "
                                  "sign-in only"));
    auto *form = new QFormLayout;
    form->addRow(tr("User or API key:"), new QLabel(profile.username, this));
    form->addRow(profile.provider == QLatin1String("local-userpass") ? tr("&Password:")
                                                                     : tr("&Private key:"),
                 m_secret);
    form->addRow(QString(), m_remember);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

QString TargetSignInDialog::secret() const
{
    return m_secret->text();
}

bool TargetSignInDialog::remember() const
{
    return m_remember->isChecked();
}
