#include "appdata.h"

#include "server/logwriter.h"
#include "server/routes.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtGlobal>

namespace stitchlocal {

namespace appdata {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject newUser(const QString &userId, const QString &identityId, const QString &providerType,
                    const QString &type, const QJsonObject &data)
{
    const qint64 now = nowSeconds();
    return { { QStringLiteral("_id"), userId },
             { QStringLiteral("identities"),
               QJsonArray { QJsonObject { { QStringLiteral("id"), identityId },
                                          { QStringLiteral("provider_type"), providerType } } } },
             { QStringLiteral("type"), type },
             { QStringLiteral("creation_date"), now },
             { QStringLiteral("last_authentication_date"), 0 },
             { QStringLiteral("disabled"), false },
             { QStringLiteral("data"), data } };
}

bool putUser(Store &store, const QString &appId, const QJsonObject &user)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        // An UPSERT keeps the row's created time, which orders the list.
        return store.exec(query,
                          QStringLiteral("INSERT INTO users(app_id, id, doc, created)"
                                         " VALUES(?, ?, ?, ?) ON CONFLICT(app_id, id)"
                                         " DO UPDATE SET doc = excluded.doc"),
                          { appId, user.value(QStringLiteral("_id")).toString(), compact(user),
                            QDateTime::currentMSecsSinceEpoch() });
    });
}

bool revokeSessions(Store &store, const QString &appId, const QString &userId)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        return store.exec(query,
                          QStringLiteral("DELETE FROM appdata_sessions WHERE app_id = ?"
                                         " AND user_id = ?"),
                          { appId, userId });
    });
}

bool removeUser(Store &store, const QString &appId, const QString &userId)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        for (const char *statement :
             { "DELETE FROM users WHERE app_id = ? AND id = ?",
               "DELETE FROM appdata_credentials WHERE app_id = ? AND user_id = ?",
               "DELETE FROM appdata_devices WHERE app_id = ? AND user_id = ?",
               "DELETE FROM appdata_user_api_keys WHERE app_id = ? AND user_id = ?" }) {
            if (!store.exec(query, QString::fromLatin1(statement), { appId, userId }))
                return false;
        }
        return revokeSessions(store, appId, userId);
    });
}

QString userProvider(const QJsonObject &user)
{
    return user.value(QStringLiteral("identities"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("provider_type"))
        .toString();
}

QString userEmail(const QJsonObject &user)
{
    return user.value(QStringLiteral("data")).toObject().value(QStringLiteral("email")).toString();
}

bool putCredential(Store &store, const QString &appId, const QString &email, const QString &userId,
                   const QString &password)
{
    return putCredential(store, appId, email, userId, secrets::digestPassword(password));
}

bool putCredential(Store &store, const QString &appId, const QString &email, const QString &userId,
                   const secrets::PasswordDigest &digest)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        return store.exec(query,
                          QStringLiteral("INSERT INTO appdata_credentials(app_id, email, user_id,"
                                         " salt, digest, iterations) VALUES(?, ?, ?, ?, ?, ?)"),
                          { appId, email, userId, digest.salt, digest.digest, digest.iterations });
    });
}

bool emailTaken(Store &store, const QString &appId, const QString &email)
{
    QSqlQuery query(store.database());
    return !store.exec(query,
                       QStringLiteral("SELECT 1 FROM appdata_credentials WHERE app_id = ? AND"
                                      " email = ? UNION ALL SELECT 1 FROM appdata_pending"
                                      " WHERE app_id = ? AND email = ?"),
                       { appId, email, appId, email })
        || query.next();
}

std::optional<QJsonObject> createUserpassUser(ServerState &state, const QString &appId,
                                              const QString &email, const QString &password,
                                              const QString &origin)
{
    const QString userId = secrets::newObjectId();
    const QJsonObject user
        = newUser(userId, secrets::newObjectId(), kUserpass, QStringLiteral("normal"),
                  QJsonObject { { QStringLiteral("email"), email } });
    Store &store = state.store;
    const bool ok = store.write([&] {
        QSqlQuery query(store.database());
        if (password.isEmpty()) {
            // A confirmation: the digest the registration stored becomes the user's credential.
            if (!store.exec(query,
                            QStringLiteral("INSERT INTO appdata_credentials(app_id, email,"
                                           " user_id, salt, digest, iterations) SELECT app_id,"
                                           " email, ?, salt, digest, iterations FROM"
                                           " appdata_pending WHERE app_id = ? AND email = ?"),
                            { userId, appId, email })
                || query.numRowsAffected() != 1
                || !store.exec(query,
                               QStringLiteral("DELETE FROM appdata_pending WHERE app_id = ?"
                                              " AND email = ?"),
                               { appId, email }))
                return false;
        } else if (!putCredential(store, appId, email, userId, password)) {
            return false;
        }
        return putUser(store, appId, user);
    });
    if (!ok)
        return std::nullopt;
    logAuthEvent(state, appId,
                 { kUserpass,
                   QStringLiteral("other"),
                   userId,
                   201,
                   {},
                   {},
                   origin,
                   QStringLiteral("POST") });
    fireAuthEvent(state, appId, QStringLiteral("CREATE"), kUserpass, user);
    return user;
}

void logAuthEvent(ServerState &state, const QString &appId, const AuthLog &log)
{
    const auto app = state.store.app(appId);
    QJsonObject entry {
        { QStringLiteral("co_id"), secrets::newObjectId() },
        { QStringLiteral("type"),
          log.provider == kApiKey ? QStringLiteral("API_KEY") : QStringLiteral("AUTH") },
        { QStringLiteral("user_id"), log.userId },
        { QStringLiteral("domain_id"), app ? app->domainId : QString() },
        { QStringLiteral("group_id"), app ? app->groupId : QString() },
        { QStringLiteral("request_url"), log.requestUrl },
        { QStringLiteral("request_method"), log.requestMethod },
        { QStringLiteral("status"), log.status },
        { QStringLiteral("messages"), QJsonArray() },
        { QStringLiteral("auth_event"),
          QJsonObject { { QStringLiteral("failed"), !log.errorCode.isEmpty() },
                        { QStringLiteral("type"), log.eventType },
                        { QStringLiteral("provider"), log.provider } } },
    };
    if (!log.errorCode.isEmpty()) {
        entry.insert(QStringLiteral("error"), log.error);
        entry.insert(QStringLiteral("error_code"), log.errorCode);
    }
    appendLog(state.store, appId, entry);
}

void fireAuthEvent(ServerState &state, const QString &appId, const QString &operation,
                   const QString &provider, const QJsonObject &user)
{
    if (!state.authEventHook)
        return;
    // A trigger's event.user names the user "id", as Stitch passes it; the trigger runner reads
    // that field, so the GET document travels with it added.
    QJsonObject eventUser = user;
    eventUser.insert(QStringLiteral("id"), user.value(QStringLiteral("_id")));
    state.authEventHook(AuthEvent { appId, operation, provider, eventUser });
}

std::optional<QJsonObject> providerOfType(ServerState &state, const QString &appId,
                                          const QString &type)
{
    const QList<Resource> providers
        = state.config.list(appId, QStringLiteral("auth_provider"), QString());
    for (const Resource &provider : providers) {
        if (provider.doc.value(QStringLiteral("type")).toString() == type)
            return provider.doc;
    }
    return std::nullopt;
}

Failure requireUsableProvider(ServerState &state, const QString &appId, const QString &type)
{
    const auto provider = providerOfType(state, appId, type);
    if (provider && provider->value(QStringLiteral("disabled")).toBool())
        return Reply::error(404, QStringLiteral("AuthProviderNotFound"),
                            QStringLiteral("authentication via '%1' is unsupported").arg(type));
    return std::nullopt;
}

QString appForClientId(const Store &store, const QString &clientAppId)
{
    QSqlQuery query(store.database());
    if (store.exec(query, QStringLiteral("SELECT id FROM apps WHERE client_app_id = ?"),
                   { clientAppId })
        && query.next())
        return query.value(0).toString();
    return QString();
}

std::optional<QJsonObject> providerNamed(ServerState &state, const QString &appId,
                                         const QString &name)
{
    const QList<Resource> providers
        = state.config.list(appId, QStringLiteral("auth_provider"), QString());
    std::optional<QJsonObject> ofThatType;
    for (const Resource &provider : providers) {
        if (provider.doc.value(QStringLiteral("name")).toString() == name)
            return provider.doc;
        if (!ofThatType && provider.doc.value(QStringLiteral("type")).toString() == name)
            ofThatType = provider.doc;
    }
    // The SDKs name a provider by its type unless told otherwise.
    if (ofThatType)
        return ofThatType;
    if (name == kAnon || name == kUserpass || name == kApiKey)
        return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("type"), name } };
    return std::nullopt;
}

QJsonObject identityOfType(const QJsonObject &user, const QString &providerType)
{
    const QJsonArray identities = user.value(QStringLiteral("identities")).toArray();
    for (const QJsonValue &identity : identities) {
        if (identity.toObject().value(QStringLiteral("provider_type")).toString() == providerType)
            return identity.toObject();
    }
    return QJsonObject();
}

void logUserCreated(ServerState &state, const QString &appId, const QString &provider,
                    const QJsonObject &user, const QString &requestUrl)
{
    logAuthEvent(state, appId,
                 { provider,
                   QStringLiteral("other"),
                   user.value(QStringLiteral("_id")).toString(),
                   201,
                   {},
                   {},
                   requestUrl,
                   QStringLiteral("POST") });
    fireAuthEvent(state, appId, QStringLiteral("CREATE"), provider, user);
}

Reply notFound(const QString &code, const QString &what)
{
    return Reply::error(404, code, QStringLiteral("%1 not found").arg(what));
}

Reply internalError(const QString &what)
{
    return Reply::error(500, QStringLiteral("InternalServerError"), what);
}

} // namespace appdata

void addAppDataRoutes(ServerState &state)
{
    appdata::addUserRoutes(state);
    appdata::addApiKeyRoutes(state);
    appdata::addPushRoutes(state);
    appdata::addClientAuthRoutes(state);
    appdata::addClientSessionRoutes(state);
    appdata::addClientProfileRoutes(state);
    appdata::addUserApiKeyRoutes(state);
    appdata::addClientUserpassRoutes(state);
}

} // namespace stitchlocal
