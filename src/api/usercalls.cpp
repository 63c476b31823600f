#include "usercalls.h"

#include "apiclient.h"
#include "parsefunctions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace usercalls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QStringList usersPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId,
             QStringLiteral("users") };
}

AppUser parseUserDoc(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = tr("expected a user object");
        return {};
    }
    return parse::appUser(doc.object(), why);
}

ApiJob *put(ApiClient &client, const QString &groupId, const QString &appId,
            const QString &userId, const QString &verb)
{
    return client.send(new RawJob(QStringLiteral("PUT"),
                                  client.urlFor(usersPath(groupId, appId) << userId << verb)));
}

} // namespace

Job<QList<AppUser>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &after)
{
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    return client.send(new Job<QList<AppUser>>(
        QStringLiteral("GET"), client.urlFor(usersPath(groupId, appId), query), &parse::appUsers));
}

Job<AppUser> *get(ApiClient &client, const QString &groupId, const QString &appId,
                  const QString &userId)
{
    return client.send(new Job<AppUser>(QStringLiteral("GET"),
                                        client.urlFor(usersPath(groupId, appId) << userId),
                                        parseUserDoc));
}

Job<AppUser> *create(ApiClient &client, const QString &groupId, const QString &appId,
                     const QString &email, const QString &password)
{
    const QJsonObject body { { QStringLiteral("email"), email },
                             { QStringLiteral("password"), password } };
    return client.send(new Job<AppUser>(QStringLiteral("POST"),
                                        client.urlFor(usersPath(groupId, appId)), parseUserDoc),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId)
{
    return client.send(
        new RawJob(QStringLiteral("DELETE"), client.urlFor(usersPath(groupId, appId) << userId)));
}

Job<QJsonArray> *devices(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &userId)
{
    return client.send(new Job<QJsonArray>(
        QStringLiteral("GET"),
        client.urlFor(usersPath(groupId, appId) << userId << QStringLiteral("devices")),
        parseDevices));
}

ApiJob *logout(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId)
{
    return put(client, groupId, appId, userId, QStringLiteral("logout"));
}

ApiJob *enable(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &userId)
{
    return put(client, groupId, appId, userId, QStringLiteral("enable"));
}

ApiJob *disable(ApiClient &client, const QString &groupId, const QString &appId,
                const QString &userId)
{
    return put(client, groupId, appId, userId, QStringLiteral("disable"));
}

QString credentialsProblem(const QString &email, const QString &password)
{
    static const QRegularExpression plausibleEmail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.isEmpty())
        return QCoreApplication::translate("UsersPanel", "Enter an email address.");
    if (!plausibleEmail.match(email).hasMatch())
        return QCoreApplication::translate("UsersPanel", "“%1” is not an email address.")
            .arg(email);
    if (password.size() < 6 || password.size() > 128)
        return QCoreApplication::translate("UsersPanel",
                                           "A password has 6 to 128 characters.");
    return {};
}

QJsonArray parseDevices(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        *why = tr("expected a list of devices");
        return {};
    }
    return doc.array();
}

} // namespace usercalls
