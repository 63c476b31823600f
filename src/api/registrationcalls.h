#pragma once

#include "apijob.h"

#include <QList>
#include <QString>

class ApiClient;
class QJsonDocument;

//! A registration that waits for its email to be confirmed.
struct PendingUser
{
    QString id; //!< _id
    QString email; //!< the login id of type "email"
    bool isNull() const { return email.isEmpty(); }
};

//! Pending user registrations (local-userpass): .../user_registrations[/by_email/{email}[/...]].
namespace registrationcalls {
//! GET .../user_registrations/pending_users (served by stitch-local; not in the 90).
Job<QList<PendingUser>> *listPending(ApiClient &client, const QString &groupId,
                                     const QString &appId);
//! POST .../by_email/{email}/send_confirm: sends the confirmation email again.
ApiJob *sendConfirm(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &email);
//! POST .../by_email/{email}/confirm: confirms the registration (the reference's run_confirm):
//! the pending user becomes a user.
ApiJob *confirm(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &email);
//! DELETE .../by_email/{email}: drops the pending registration.
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &email);

//! Pure: a pending_users answer ([{_id, login_ids: [{id_type, id}]}]).
QList<PendingUser> parsePending(const QJsonDocument &doc, QString *why);
} // namespace registrationcalls
