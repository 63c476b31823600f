#pragma once

#include "apijob.h"

#include <QJsonObject>
#include <QStringList>

class ApiClient;
class QJsonDocument;

//! A trigger of an app: a function run on a database change, an authentication event or a
//! schedule. The config's shape depends on the type (see the reference's Triggers section).
struct StitchTrigger
{
    QString id; //!< _id
    QString name;
    QString type; //!< DATABASE, AUTHENTICATION or SCHEDULED
    QString functionId;
    QString functionName; //!< as the server last knew it (stale when the function is gone)
    bool disabled = false;
    bool suspended = false; //!< set by the server after repeated failures; cleared by resume
    QJsonObject config;
    qint64 lastModified = 0; //!< Unix seconds; 0 when the server sends none
    bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    //! The body of POST and PUT: {name, type, function_id, disabled, config}.
    QJsonObject toJson() const;
};

//! A service of an app, as the services list summarises it.
struct ServiceSummary
{
    QString id;
    QString name;
    QString type; //!< "mongodb-atlas", "http", ...
    bool isMongoDb() const
    {
        return type == QLatin1String("mongodb-atlas") || type == QLatin1String("mongodb");
    }
};

//! An authentication provider of an app, as the providers list summarises it.
struct AuthProviderSummary
{
    QString id;
    QString name;
    QString type; //!< "local-userpass", "anon-user", ...
    bool disabled = false;
};

//! Triggers APIs: /groups/{groupId}/apps/{appId}/triggers, plus the two lists the trigger forms
//! pick from (services, auth_providers).
namespace triggercalls {
inline const QStringList &types()
{
    static const QStringList list { QStringLiteral("DATABASE"), QStringLiteral("AUTHENTICATION"),
                                    QStringLiteral("SCHEDULED") };
    return list;
}
inline const QStringList &databaseOperations()
{
    static const QStringList list { QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                    QStringLiteral("REPLACE"), QStringLiteral("DELETE") };
    return list;
}
inline const QStringList &authOperations()
{
    static const QStringList list { QStringLiteral("LOGIN"), QStringLiteral("CREATE"),
                                    QStringLiteral("DELETE") };
    return list;
}

Job<QList<StitchTrigger>> *list(ApiClient &client, const QString &groupId, const QString &appId);
Job<StitchTrigger> *get(ApiClient &client, const QString &groupId, const QString &appId,
                        const QString &triggerId);
Job<StitchTrigger> *create(ApiClient &client, const QString &groupId, const QString &appId,
                           const StitchTrigger &trigger);
//! PUT .../triggers/{trigger.id} with the whole new state (suspended is the server's).
ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchTrigger &trigger);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &triggerId);
//! PUT .../triggers/{triggerId}/resume: a suspended trigger fires again.
ApiJob *resume(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &triggerId);
//! GET .../services.
Job<QList<ServiceSummary>> *services(ApiClient &client, const QString &groupId,
                                     const QString &appId);
//! GET .../auth_providers.
Job<QList<AuthProviderSummary>> *authProviders(ApiClient &client, const QString &groupId,
                                               const QString &appId);

//! Pure: one trigger object; *why says what is wrong when it is not one.
StitchTrigger parseTrigger(const QJsonObject &object, QString *why);
//! Pure: a triggers list.
QList<StitchTrigger> parseTriggers(const QJsonDocument &doc, QString *why);
QList<ServiceSummary> parseServices(const QJsonDocument &doc, QString *why);
QList<AuthProviderSummary> parseAuthProviders(const QJsonDocument &doc, QString *why);
//! Pure: the form field a server error message names ("config.database", "function_id",
//! "name"...), or empty when it names none.
QString fieldOfError(const QString &errorCode, const QString &message);
} // namespace triggercalls
