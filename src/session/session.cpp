#include "session.h"

#include "signinadvice.h"

#include <api/apiclient.h>
#include <api/authcalls.h>

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
{
    connect(m_client, &ApiClient::sessionExpired, this, [this](const ApiError &error) {
        // During sign-in the failing call itself ends in signInFailed().
        if (m_state != State::SignedIn)
            return;
        // Profile, group and app stay: after signing in again the user carries on where they were.
        ++m_signInSerial;
        setState(State::SignedOut);
        emit sessionEnded(error);
    });
}

Session::~Session() = default;

QString Session::refreshToken() const
{
    return m_client->refreshToken();
}

void Session::signIn(const Profile &profile, const QUrl &baseUrl, const QString &secret)
{
    const int serial = ++m_signInSerial;
    // Another profile may be another server: its groups and apps are not this one's.
    if (profile.id != m_profile.id)
        setCurrentGroupId(QString());
    m_profile = profile;
    m_client->clearTokens();
    m_client->setBaseUrl(baseUrl.isEmpty() ? profile.baseUrl : baseUrl);
    setState(State::SigningIn);

    auto *login = authcalls::login(*m_client, profile.provider, profile.username, secret);
    connect(login, &ApiJob::finished, this, [this, serial, login] {
        if (serial != m_signInSerial)
            return;
        if (!login->ok()) {
            if (login->error().httpStatus == 404)
                failWithProviders(serial, login->error());
            else
                failSignIn(login->error());
            return;
        }
        const LoginResult &tokens = login->result();
        m_client->setTokens(tokens.accessToken, tokens.refreshToken);
        auto *profileJob = authcalls::profile(*m_client);
        // The same preference onProfileLoaded() applies, as far as it is known before the profile.
        const QString expected = m_groupId.isEmpty() ? m_profile.defaultGroupId : m_groupId;
        if (!expected.isEmpty())
            emit groupExpected(expected);
        connect(profileJob, &ApiJob::finished, this, [this, serial, profileJob] {
            if (serial != m_signInSerial)
                return;
            if (profileJob->ok())
                onProfileLoaded(profileJob->result());
            else
                failSignIn(profileJob->error());
        });
    });
}

void Session::onProfileLoaded(const AdminProfile &adminProfile)
{
    m_adminProfile = adminProfile;
    const QStringList groups = m_adminProfile.groupIds();
    QString group;
    if (groups.contains(m_profile.defaultGroupId))
        group = m_profile.defaultGroupId;
    else if (!groups.isEmpty())
        group = groups.first();
    // After a session ended, the group the user was in wins when the admin still has it.
    if (!m_groupId.isEmpty() && groups.contains(m_groupId))
        group = m_groupId;
    setState(State::SignedIn);
    setCurrentGroupId(group);
    queueContextChanged();
    emit signedIn();
}

void Session::failWithProviders(int serial, ApiError error)
{
    // The server does not offer the profile's provider: say which ones it does.
    auto *job = authcalls::providers(*m_client);
    job->onFinished(this, [this, serial, error](Job<QList<AdminAuthProvider>> *job) mutable {
        if (serial != m_signInSerial)
            return;
        QStringList offered;
        if (job->ok()) {
            for (const AdminAuthProvider &provider : job->result()) {
                if (!provider.disabled)
                    offered << provider.type;
            }
        }
        if (!offered.isEmpty())
            error.message = tr("%1 This server signs in with: %2.")
                                .arg(error.message, offered.join(QStringLiteral(", ")));
        failSignIn(error);
    });
}

void Session::failSignIn(const ApiError &error)
{
    m_client->clearTokens();
    setState(State::SignedOut);
    emit signInFailed(signInAdvice(error, m_profile, m_client->baseUrl()));
}

void Session::signOut()
{
    ++m_signInSerial;
    if (m_client->hasSession())
        authcalls::logout(*m_client); // best effort: the answer changes nothing here
    m_client->clearTokens();
    m_adminProfile = AdminProfile();
    setCurrentGroupId(QString());
    setState(State::SignedOut);
    queueContextChanged();
    emit signedOut();
}

void Session::setCurrentGroupId(const QString &groupId)
{
    if (m_groupId == groupId)
        return;
    m_groupId = groupId;
    queueContextChanged();
    emit currentGroupChanged(m_groupId);
    setCurrentApp(App());
}

void Session::setCurrentApp(const App &app)
{
    if (m_app.id == app.id && m_app.groupId == app.groupId && m_app.name == app.name)
        return;
    m_app = app;
    queueContextChanged();
    emit currentAppChanged(m_app);
}

void Session::queueContextChanged()
{
    ++m_contextSerial;
    if (m_contextQueued)
        return;
    m_contextQueued = true;
    // One sign-in sets the group and the app too: panels reload once for all of it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_contextQueued = false;
            emit contextChanged();
        },
        Qt::QueuedConnection);
}

void Session::notifyAppDataChanged()
{
    ++m_appDataSerial;
    emit appDataChanged();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}
