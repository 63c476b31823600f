#pragma once

#include "apijob.h"
#include "functiontypes.h"

#include <QJsonArray>

class ApiClient;

//! Users APIs: /groups/{groupId}/apps/{appId}/users[/{uid}[/devices|logout|enable|disable]].
namespace usercalls {
//! GET .../users; \a after asks for the page after that user id (servers that page the list).
Job<QList<AppUser>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &after = QString());
//! GET .../users/{uid}: the whole user (identities, data) in AppUser::raw.
Job<AppUser> *get(ApiClient &client, const QString &groupId, const QString &appId,
                  const QString &userId);
//! POST .../users {email, password}: an email/password (local-userpass) user.
Job<AppUser> *create(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &email, const QString &password);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId);
//! GET .../users/{uid}/devices: the device objects as the server sends them.
Job<QJsonArray> *devices(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &userId);
//! PUT .../users/{uid}/logout: revokes every session of the user.
ApiJob *logout(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId);
ApiJob *enable(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId);
ApiJob *disable(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &userId);

//! Pure: what is wrong with an email/password pair before it is sent (the local-userpass
//! provider's rules: a plausible email, a password of 6 to 128 characters); empty when fine.
QString credentialsProblem(const QString &email, const QString &password);
//! Pure: a device list answer.
QJsonArray parseDevices(const QJsonDocument &doc, QString *why);
} // namespace usercalls
