#include "registrationcalls.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace registrationcalls {

namespace {

QStringList byEmail(const QString &groupId, const QString &appId, const QString &email)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("user_registrations"), QStringLiteral("by_email"), email };
}

} // namespace

QList<PendingUser> parsePending(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = QCoreApplication::translate("ApiError", "expected a list of pending users");
        return {};
    }
    QList<PendingUser> list;
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        PendingUser user;
        user.id = object.value(QLatin1String("_id")).toString();
        const QJsonArray logins = object.value(QLatin1String("login_ids")).toArray();
        for (const QJsonValue &login : logins) {
            if (login.toObject().value(QLatin1String("id_type")).toString()
                == QLatin1String("email"))
                user.email = login.toObject().value(QLatin1String("id")).toString();
        }
        if (user.email.isEmpty())
            user.email = object.value(QLatin1String("email")).toString();
        list.append(user);
    }
    return list;
}

Job<QList<PendingUser>> *listPending(ApiClient &client, const QString &groupId,
                                     const QString &appId)
{
    return client.send(new Job<QList<PendingUser>>(
        QStringLiteral("GET"),
        client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
                        QStringLiteral("user_registrations"), QStringLiteral("pending_users") }),
        parsePending));
}

ApiJob *sendConfirm(ApiClient &client, const QString &groupId, const QString &appId,
                    const QString &email)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor(byEmail(groupId, appId, email) << QStringLiteral("send_confirm"))));
}

ApiJob *confirm(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &email)
{
    return client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor(byEmail(groupId, appId, email) << QStringLiteral("confirm"))));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &email)
{
    return client.send(
        new RawJob(QStringLiteral("DELETE"), client.urlFor(byEmail(groupId, appId, email))));
}

} // namespace registrationcalls
