// The Users panel's changes to users: new user, enable/disable, log out, delete (one or many,
// through a CallChain so a failure stops the rest and says which landed).
#include "userspanel.h"
#include "panelkit.h"

#include <api/callchain.h>
#include <api/usercalls.h>
#include <models/apikeylistmodel.h>
#include <models/userlistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {

//! The items of the steps that succeeded: every started one, or all but the last on failure.
QStringList landed(QStringList started, bool failed)
{
    if (failed && !started.isEmpty())
        started.removeLast();
    return started;
}

} // namespace

void UsersPanel::newUser()
{
    if (m_model->appId().isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newUserDialog"));
    dialog->setWindowTitle(tr("New User"));
    auto *email = new QLineEdit(dialog);
    email->setObjectName(QStringLiteral("newUserEmailEdit"));
    email->setAccessibleName(tr("Email of the new user"));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("newUserPasswordEdit"));
    password->setAccessibleName(tr("Password of the new user"));
    password->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("newUserProblem"));
    problem->setForegroundRole(QPalette::BrightText);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("An email/password (local-userpass) user, confirmed at once."),
                            dialog));
    form->addRow(tr("&Email:"), email);
    form->addRow(tr("&Password:"), password);
    form->addRow(problem);
    form->addRow(buttons);
    dialog->setMinimumWidth(420);
    const auto check = [=] {
        const QString why = usercalls::credentialsProblem(email->text().trimmed(),
                                                          password->text());
        problem->setText(email->text().isEmpty() && password->text().isEmpty() ? QString()
                                                                                 : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(email, &QLineEdit::textChanged, dialog, check);
    connect(password, &QLineEdit::textChanged, dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, email, password] {
        createUser(email->text().trimmed(), password->text());
        password->clear();
    });
    dialog->open();
}

void UsersPanel::createUser(const QString &email, const QString &password)
{
    const QString problem = usercalls::credentialsProblem(email, password);
    if (!problem.isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(problem);
        return;
    }
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto created = std::make_shared<AppUser>();
    auto *chain =
        (new CallChain(this))
            ->then([=] { return usercalls::create(*client, groupId, appId, email, password); },
                   [=](const AppUser &answer) { *created = answer; });
    track(
        chain,
        [this, created, email] {
            m_openAfterLoad = created->id;
            emit statusMessage(tr("Created the user “%1”.").arg(email));
        },
        true);
}

void UsersPanel::setSelectedDisabled(bool disabled)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    auto started = std::make_shared<QStringList>();
    for (const QString &id : ids)
        chain->then([=]() -> ApiJob * {
            started->append(id);
            return disabled ? usercalls::disable(*client, groupId, appId, id)
                            : usercalls::enable(*client, groupId, appId, id);
        });
    track(
        chain,
        [this, ids, disabled] {
            if (ids.contains(m_shown.id)) {
                m_shown.disabled = disabled;
                m_shown.raw.insert(QStringLiteral("disabled"), disabled);
                showUser(m_shown);
            }
            emit statusMessage(disabled
                                   ? tr("Disabled %n user(s).", nullptr, int(ids.size()))
                                   : tr("Enabled %n user(s).", nullptr, int(ids.size())));
        },
        false,
        // Each landed change shows in place: the loaded pages stay.
        [this, started, disabled](bool failed) {
            for (const QString &id : landed(*started, failed))
                m_model->setDisabled(id, disabled);
        });
}

void UsersPanel::logoutSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    for (const QString &id : ids)
        chain->then([=] { return usercalls::logout(*client, groupId, appId, id); });
    track(
        chain,
        [this, ids] {
            emit statusMessage(
                tr("Logged %n user(s) out of every session.", nullptr, int(ids.size())));
        },
        false);
}

void UsersPanel::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->userAt(m_model->rowOfId(id)).displayName();
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const QString question = ids.size() == 1
        ? tr("Delete the user “%1”? Its identities and sessions go with it. This cannot be "
             "undone.")
              .arg(names.first())
        : tr("Delete these %1 users? Their identities and sessions go with them. This cannot be "
             "undone.\n\n%2")
              .arg(ids.size())
              .arg(ConfirmDialog::nameList(names));
    ConfirmDialog::askToDelete(
        this,
        { ids.size() == 1 ? tr("Delete User") : tr("Delete Users"), question,
          production ? (ids.size() == 1 ? names.first() : tr("delete %1 users").arg(ids.size()))
                     : QString(),
          QStringLiteral("deleteUsersDialog") },
        [this, ids] { deleteUsers(ids); });
}

void UsersPanel::deleteUsers(const QStringList &userIds)
{
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    auto started = std::make_shared<QStringList>();
    for (const QString &id : userIds)
        chain->then([=] {
            started->append(id);
            return usercalls::remove(*client, groupId, appId, id);
        });
    track(
        chain,
        [this, userIds] {
            if (userIds.contains(m_shown.id))
                showUser(AppUser());
            emit statusMessage(tr("Deleted %n user(s).", nullptr, int(userIds.size())));
        },
        false, [this, started](bool failed) {
            for (const QString &id : landed(*started, failed))
                m_model->removeUser(id);
        });
}

void UsersPanel::track(CallChain *chain, std::function<void()> done, bool reloadUsers,
                       std::function<void(bool failed)> landedSteps)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done, reloadUsers, landedSteps](const ApiError &error) {
        --m_pendingCalls;
        if (landedSteps)
            landedSteps(error.isError());
        if (!error.isError()) {
            done();
            session()->notifyAppDataChanged();
            markFresh(); // the change shows already; no need to load everything again
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, error);
        }
        m_reselectPending = selectedEmails();
        m_pending->refresh();
        if (reloadUsers) {
            m_model->refresh();
            if (!m_openAfterLoad.isEmpty())
                m_model->fetchAll();
        }
        updateActions();
    });
}
