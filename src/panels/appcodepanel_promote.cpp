// App as code's promote: the target picker (this window's group, or an app of another profile
// through a second sign-in of its own), the comparison with the target, and the review of the
// target's draft: in the window's Deploy panel for an app of this window's profile, in a Deploy
// panel on the second sign-in for another profile's (its deploy confirmation follows that
// profile's tag, so a production target asks for the typed app name).

#include "appcodepanel.h"

#include "deploypanel.h"
#include "promotetarget.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/sharedmodels.h>
#include <session/profilestore.h>
#include <session/session.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace appcode;

namespace {
constexpr int GroupRole = Qt::UserRole + 1;
}

bool AppCodePanel::targetIsRemote() const
{
    return !m_profile->currentData().toString().isEmpty();
}

QString AppCodePanel::remoteTargetText() const
{
    const Profile profile = m_remote->profile();
    QString text = tr("%1 (%2, as %3) is signed in apart from this window; the draft is made "
                      "there.")
                       .arg(profile.name, profile.baseUrl.host(), profile.username);
    if (profile.tag == Profile::Tag::Production)
        text += QLatin1Char(' ')
            + tr("It is a production profile: its deploy asks for the app's name.");
    return text;
}

QString AppCodePanel::targetLabel() const
{
    return m_targetOnRemote ? tr("%1 (%2)").arg(m_targetName, m_remote->profile().name)
                            : m_targetName;
}

ApiClient *AppCodePanel::targetClient() const
{
    if (!targetIsRemote())
        return session()->client();
    return m_remote->isSignedIn() ? m_remote->session()->client() : nullptr;
}

QString AppCodePanel::targetGroupId() const
{
    return targetIsRemote() ? m_target->currentData(GroupRole).toString() : groupId();
}

void AppCodePanel::fillProfiles()
{
    const QString kept = m_profile->currentData().toString();
    const Profile mine = session()->profile();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("%1 (this window)").arg(mine.name.isEmpty() ? tr("Current") : mine.name),
                       QString());
    // Read afresh: the sign-in dialog may have added or changed profiles since.
    const ProfileStore store;
    for (const Profile &profile : store.profiles()) {
        // The built-in Local server is started by the window only: promote into it from Local.
        if (profile.id == mine.id || profile.builtInLocal)
            continue;
        const QString text = profile.tag == Profile::Tag::None
            ? profile.name
            : tr("%1 — %2").arg(profile.name, Profile::tagName(profile.tag));
        m_profile->addItem(text, profile.id);
    }
    const int index = kept.isEmpty() ? 0 : m_profile->findData(kept);
    m_profile->setCurrentIndex(qMax(0, index));
    if (index < 0 || !session()->isSignedIn()) {
        // The profile is gone, or the window signed out: so does the second sign-in.
        m_profile->setCurrentIndex(0);
        if (m_remote->session() || m_targetReview) {
            closeTargetReview();
            m_remote->release();
            m_reviewTarget->hide();
        }
    }
}

void AppCodePanel::onProfileChosen()
{
    const QString id = m_profile->currentData().toString();
    m_compared = false;
    m_reviewTarget->hide();
    m_calls->clear();
    m_banner->clear();
    closeTargetReview();
    m_remote->release();
    m_target->clear();
    if (id.isEmpty()) {
        setBusy(false, tr("Promote to an app of this window's group."));
        fillTargets();
        return;
    }
    const Profile profile = ProfileStore().profile(id);
    if (profile.isNull()) {
        fillProfiles();
        return;
    }
    setBusy(true, tr("Signing in to %1…").arg(profile.name));
    m_remote->signIn(profile);
}

void AppCodePanel::askTargetSecret(const Profile &profile, const QString &reason)
{
    auto *dialog = new TargetSignInDialog(profile, reason, m_remote->keychainAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_remote->profile().id == id)
            m_remote->signInWith(dialog->secret(), dialog->remember());
    });
    connect(dialog, &QDialog::rejected, this, [this, id, name = profile.name] {
        if (m_remote->profile().id == id)
            setBusy(false, tr("Not signed in to %1: choose it again to sign in.").arg(name));
    });
    // A new choice of profile closes an unanswered prompt.
    connect(m_profile, &QComboBox::currentIndexChanged, dialog, &QDialog::reject);
    dialog->open();
}

void AppCodePanel::fillRemoteTargets()
{
    if (!targetIsRemote())
        return;
    const QString kept = m_target->currentData().toString();
    m_target->clear();
    const QList<App> apps = m_remote->apps();
    QSet<QString> groups;
    for (const App &app : apps)
        groups.insert(app.groupId);
    for (const App &app : apps) {
        m_target->addItem(
            groups.size() > 1 ? tr("%1 (group %2)").arg(app.name, app.groupId) : app.name, app.id);
        m_target->setItemData(m_target->count() - 1, app.groupId, GroupRole);
    }
    const int index = m_target->findData(kept);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    const Profile profile = m_remote->profile();
    setBusy(false,
            tr("Signed in to %1 (%2) as %3, apart from this window: %n app(s) to "
               "promote to.",
               nullptr, int(apps.size()))
                .arg(profile.name, profile.baseUrl.host(), profile.username));
}

void AppCodePanel::compareWithApp()
{
    const QString targetId = m_target->currentData().toString();
    if (targetId.isEmpty() || m_busy || !targetClient())
        return;
    m_banner->clear();
    m_calls->clear();
    m_reviewTarget->hide();
    setBusy(true, tr("Reading the app…"));
    const bool remote = targetIsRemote();
    const QString profileId = m_profile->currentData().toString();
    const QString group = targetGroupId();
    const QString name = m_remote->apps().isEmpty() || !remote ? m_target->currentText() : [&] {
        for (const App &app : m_remote->apps()) {
            if (app.id == targetId)
                return app.name;
        }
        return m_target->currentText();
    }();
    readApp(session()->client(), groupId(), session()->currentApp().id, true,
            [this, targetId, remote, profileId, group, name](const Snapshot &source) {
                // The target's sign-in may have changed while the source was read.
                if (remote && (m_remote->profile().id != profileId || !m_remote->isSignedIn())) {
                    setBusy(false, tr("The profile to promote to changed: compare again."));
                    return;
                }
                m_wanted = source;
                m_targetAppId = targetId;
                m_targetGroup = group;
                m_targetName = name;
                m_targetOnRemote = remote;
                ApiClient *client = remote ? m_remote->session()->client() : session()->client();
                readApp(client, group, targetId, false, [this](const Snapshot &target) {
                    m_current = target;
                    showComparison(
                        m_targetOnRemote
                            ? tr("%1 → %2 / %3")
                                  .arg(session()->currentApp().name, m_remote->profile().name,
                                       m_targetName)
                            : tr("%1 → %2").arg(session()->currentApp().name, m_targetName));
                });
            });
}

void AppCodePanel::reviewOnTarget()
{
    if (m_targetOnRemote) {
        openTargetReview();
        return;
    }
    AppListModel *apps = SharedModels::of(session())->apps();
    for (int row = 0; row < apps->rowCount(); ++row) {
        App app = apps->appAt(row);
        if (app.id != m_targetAppId)
            continue;
        if (app.groupId.isEmpty())
            app.groupId = groupId();
        m_reviewTarget->hide();
        session()->setCurrentApp(app);
        emit navigateRequested(QStringLiteral("deploy"), QString());
        return;
    }
}

void AppCodePanel::openTargetReview()
{
    closeTargetReview();
    Session *target = m_remote->session();
    if (!m_remote->isSignedIn()) {
        m_banner->showMessage(tr("No longer signed in to the profile promoted to: choose it "
                                 "again."));
        return;
    }
    App app;
    for (const App &candidate : m_remote->apps()) {
        if (candidate.id == m_targetAppId)
            app = candidate;
    }
    if (app.isNull())
        return;
    target->setCurrentGroupId(app.groupId);
    target->setCurrentApp(app);
    const Profile profile = m_remote->profile();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("appCodeTargetReview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Review on %1 — %2").arg(profile.name, app.name));
    QString text = tr("The draft of “%1” on the profile %2 (%3), signed in apart from this "
                      "window. Deploy it here, or discard it.")
                       .arg(app.name, profile.name, profile.baseUrl.host());
    if (profile.tag == Profile::Tag::Production)
        text += QLatin1Char(' ')
            + tr("%1 is a production profile: deploying asks you to type the app's name.")
                  .arg(profile.name);
    auto *header = new StatusLabel(tr("Target"), dialog);
    header->setObjectName(QStringLiteral("appCodeTargetReviewHeader"));
    header->setWordWrap(true);
    header->setText(text);
    if (profile.tag == Profile::Tag::Production) {
        header->setAutoFillBackground(true);
        header->setMargin(6);
        header->setBackgroundRole(QPalette::Highlight);
        header->setForegroundRole(QPalette::HighlightedText);
    }
    auto *deploy = new DeployPanel(target, dialog);
    connect(deploy, &Panel::statusMessage, this, &Panel::statusMessage);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(header);
    layout->addWidget(deploy, 1);
    dialog->resize(1000, 700);
    m_targetReview = dialog;
    // open(), not exec(): the window keeps painting and nothing waits in a nested event loop.
    dialog->open();
}

void AppCodePanel::closeTargetReview()
{
    // At once, not later: its Deploy panel must go before the sign-in it works on.
    delete m_targetReview.data();
}
