// The Users panel's pending tab: registrations that were never confirmed, looked up by email,
// with resend, confirm and delete.
#include "userspanel.h"
#include "listfilterbinding.h"
#include "panelkit.h"

#include <api/callchain.h>
#include <api/registrationcalls.h>
#include <models/apikeylistmodel.h>
#include <models/listfilterproxy.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeView>
#include <QLineEdit>
#include <QVBoxLayout>

QWidget *UsersPanel::buildPendingTab()
{
    auto *tab = new QWidget(this);
    m_lookup = new QLineEdit(tab);
    m_lookup->setObjectName(QStringLiteral("pendingLookupEdit"));
    m_lookup->setPlaceholderText(tr("Email of a pending registration"));
    m_lookup->setAccessibleName(tr("Look up a pending registration by email"));
    m_lookup->setClearButtonEnabled(true);
    m_lookupButton = panelkit::button(tr("Look &up"), QStringLiteral("lookUpPendingButton"),
                                      tr("Find the pending registration of this email"), tab);
    m_lookupResult = new QLabel(tab);
    m_lookupResult->setObjectName(QStringLiteral("pendingLookupResult"));
    m_pendingTable = panelkit::table(QStringLiteral("pendingTable"),
                                     tr("Pending registrations"), tab);
    m_pendingTable->setModel(m_pendingProxy);
    m_pendingTable->horizontalHeader()->setDefaultSectionSize(260);
    m_pendingTable->sortByColumn(PendingUserListModel::EmailColumn, Qt::AscendingOrder);
    m_resend = panelkit::button(tr("&Resend confirmation"), QStringLiteral("resendConfirmButton"),
                                tr("Send the confirmation email again (send_confirm)"), tab);
    m_confirm = panelkit::button(tr("&Confirm"), QStringLiteral("confirmPendingButton"),
                                 tr("Confirm the registration: the pending user becomes a user"),
                                 tab);
    m_deletePending = panelkit::button(tr("&Delete…"), QStringLiteral("deletePendingButton"),
                                       tr("Delete the selected pending registrations (Del)"), tab);
    m_refreshPending = panelkit::button(tr("Refresh"), QStringLiteral("refreshPendingButton"),
                                        tr("Load the pending registrations again (F5)"), tab);
    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(m_lookup, 1);
    lookupRow->addWidget(m_lookupButton);
    auto *buttons = new QHBoxLayout;
    for (QWidget *widget :
         { static_cast<QWidget *>(m_resend), static_cast<QWidget *>(m_confirm),
           static_cast<QWidget *>(m_deletePending), static_cast<QWidget *>(m_refreshPending) })
        buttons->addWidget(widget);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(lookupRow);
    layout->addWidget(m_lookupResult);
    layout->addWidget(m_pendingTable, 1);
    layout->addLayout(buttons);
    setTabOrder(m_lookup, m_lookupButton);
    setTabOrder(m_lookupButton, m_pendingTable);
    setTabOrder(m_pendingTable, m_resend);
    setTabOrder(m_resend, m_confirm);
    setTabOrder(m_confirm, m_deletePending);
    setTabOrder(m_deletePending, m_refreshPending);

    // The pending list's count is in its tab's title.
    new ListFilterBinding(m_lookup, nullptr, m_pendingProxy, {}, m_pendingTable);
    connect(m_lookup, &QLineEdit::textChanged, m_lookupResult, &QLabel::clear);
    connect(m_lookup, &QLineEdit::returnPressed, this, &UsersPanel::lookUpPending);
    connect(m_lookupButton, &QPushButton::clicked, this, &UsersPanel::lookUpPending);
    connect(m_resend, &QPushButton::clicked, this, &UsersPanel::resendConfirmation);
    connect(m_confirm, &QPushButton::clicked, this, &UsersPanel::confirmPending);
    connect(m_deletePending, &QPushButton::clicked, this, &UsersPanel::deletePending);
    connect(m_refreshPending, &QPushButton::clicked, this, &UsersPanel::refresh);
    connect(m_pendingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateActions);
    return tab;
}

void UsersPanel::lookUpPending()
{
    const QString email = m_lookup->text().trimmed();
    if (email.isEmpty())
        return;
    m_tabs->setCurrentIndex(1);
    const int row = m_pending->rowOfId(email);
    if (row < 0) {
        m_lookupResult->setText(
            m_pending->hasLoaded()
                ? tr("No pending registration for “%1”. It may be confirmed already: look for "
                     "it in Users.")
                      .arg(email)
                : tr("The pending registrations are still loading."));
        m_lookupResult->setAccessibleName(m_lookupResult->text());
        return;
    }
    m_lookupResult->setText(tr("“%1” waits for its confirmation.").arg(email));
    m_lookupResult->setAccessibleName(m_lookupResult->text());
    const QModelIndex index = m_pendingProxy->mapFromSource(m_pending->index(row, 0));
    m_pendingTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_pendingTable->setFocus();
}

void UsersPanel::resendConfirmation()
{
    const QStringList emails = selectedEmails();
    if (emails.size() != 1)
        return;
    ApiClient *client = session()->client();
    const QString groupId = m_pending->groupId();
    const QString appId = m_pending->appId();
    const QString email = emails.first();
    auto *chain = (new CallChain(this))->then([=] {
        return registrationcalls::sendConfirm(*client, groupId, appId, email);
    });
    track(
        chain,
        [this, email] { emit statusMessage(tr("Sent the confirmation to “%1” again.").arg(email)); },
        false);
}

void UsersPanel::confirmPending()
{
    const QStringList emails = selectedEmails();
    if (emails.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString groupId = m_pending->groupId();
    const QString appId = m_pending->appId();
    auto *chain = new CallChain(this);
    for (const QString &email : emails)
        chain->then([=] { return registrationcalls::confirm(*client, groupId, appId, email); });
    track(
        chain,
        [this, emails] {
            emit statusMessage(tr("Confirmed %n registration(s).", nullptr, int(emails.size())));
        },
        true);
}

void UsersPanel::deletePending()
{
    const QStringList emails = selectedEmails();
    if (emails.isEmpty())
        return;
    const QString question = emails.size() == 1
        ? tr("Delete the pending registration of “%1”? Its confirmation link stops working.")
              .arg(emails.first())
        : tr("Delete these %1 pending registrations? Their confirmation links stop working.\n\n%2")
              .arg(emails.size())
              .arg(ConfirmDialog::nameList(emails));
    auto *dialog = new ConfirmDialog(tr("Delete Pending Registrations"), question, tr("Delete"),
                                     QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deletePendingDialog"));
    connect(dialog, &QDialog::accepted, this, [this, emails] {
        ApiClient *client = session()->client();
        const QString groupId = m_pending->groupId();
        const QString appId = m_pending->appId();
        auto *chain = new CallChain(this);
        for (const QString &email : emails)
            chain->then(
                [=] { return registrationcalls::remove(*client, groupId, appId, email); });
        track(
            chain,
            [this, emails] {
                emit statusMessage(tr("Deleted %n pending registration(s).", nullptr,
                                      int(emails.size())));
            },
            false);
    });
    dialog->open();
}
