#pragma once

// Shared by the appdata route files: app data that is not configuration (end users and their
// sessions, pending registrations, end-user API keys, push messages). Never drafted.

#include "server/reply.h"
#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace stitchlocal::appdata {

const QString kUserpass = QStringLiteral("local-userpass");
const QString kApiKey = QStringLiteral("api-key");
const QString kAnon = QStringLiteral("anon-user");

void addUserRoutes(ServerState &state);
void addApiKeyRoutes(ServerState &state);
void addPushRoutes(ServerState &state);
void addClientAuthRoutes(ServerState &state);
void addClientSessionRoutes(ServerState &state);
void addClientProfileRoutes(ServerState &state);
void addUserApiKeyRoutes(ServerState &state);
void addClientUserpassRoutes(ServerState &state);

qint64 nowSeconds();
QString isoNow();

//! A new user as GET .../users/{uid} answers it, with one identity.
QJsonObject newUser(const QString &userId, const QString &identityId, const QString &providerType,
                    const QString &type, const QJsonObject &data);
bool putUser(Store &store, const QString &appId, const QJsonObject &user);
//! Removes the user with everything that hangs on it (credentials, sessions, devices, the
//! user's own API keys).
bool removeUser(Store &store, const QString &appId, const QString &userId);
//! Ends every end-user session of the user: their refresh and access tokens stop working.
bool revokeSessions(Store &store, const QString &appId, const QString &userId);
//! The user's local-userpass email, or empty.
QString userEmail(const QJsonObject &user);
//! The provider type of the user's first identity.
QString userProvider(const QJsonObject &user);

//! The checks the real local-userpass provider makes before it creates anything: 400
//! InvalidParameter for an implausible email or a password outside 6 to 128 characters.
Failure checkEmailPassword(const QString &email, const QString &password);

//! Stores a new API key inside the caller's write: false when the store failed, *duplicate set
//! when the name is taken.
using KeyInsert = std::function<bool(const QString &id, const QByteArray &keyHash,
                                     const QString &name, bool *duplicate)>;
//! Making an API key, an admin's or a user's: {name} from the body (1 to 100 characters, else
//! 400), the key stored by insert as a digest; 201 {_id, key, name, disabled} (the only time the
//! key is shown), or 409 APIKeyAlreadyExists.
Reply createApiKey(ServerState &state, const QByteArray &requestBody, const KeyInsert &insert);

//! Stores an email/password credential (salted PBKDF2 digest only) for a confirmed user.
bool putCredential(Store &store, const QString &appId, const QString &email, const QString &userId,
                   const QString &password);
//! The same with a digest made beforehand (the demo's users, whose password is known).
bool putCredential(Store &store, const QString &appId, const QString &email, const QString &userId,
                   const secrets::PasswordDigest &digest);
//! Whether the email is taken by a confirmed user or a pending registration.
bool emailTaken(Store &store, const QString &appId, const QString &email);

//! Creates a confirmed email/password user (the admin's POST .../users, a confirmation, an
//! auto-confirmed registration) and writes its CREATE event. password empty: the credential of
//! the pending registration moves over instead.
std::optional<QJsonObject> createUserpassUser(ServerState &state, const QString &appId,
                                              const QString &email, const QString &password,
                                              const QString &origin);

//! A local-userpass {token, token_id} pair of kind "confirm" or "reset" for the email, valid for
//! half an hour; nullopt when the store refused it.
std::optional<QJsonObject> newEmailToken(ServerState &state, const QString &appId,
                                         const QString &kind, const QString &email);

//! Writes the log entry of one end-user auth event: type "AUTH" ("API_KEY" for api-key),
//! auth_event {failed, type, provider}, user_id, status, and error/error_code when it failed.
struct AuthLog
{
    QString provider;
    QString eventType; //!< "login", "logout" or "other"
    QString userId;
    int status = 200;
    QString error;
    QString errorCode;
    QString requestUrl;
    QString requestMethod;
};
void logAuthEvent(ServerState &state, const QString &appId, const AuthLog &log);
//! Calls state.authEventHook, when set, for CREATE, LOGIN and DELETE.
void fireAuthEvent(ServerState &state, const QString &appId, const QString &operation,
                   const QString &provider, const QJsonObject &user);

//! An end-user session, as a refresh or access token names it.
struct ClientSession
{
    QByteArray refreshHash;
    QString appId;
    QString userId;
    QString deviceId;
    QString provider; //!< the provider the session was opened with
};
//! The session whose refresh token is the request's bearer; nullopt when there is none.
std::optional<ClientSession> sessionForRefreshToken(ServerState &state, const Request &request);
//! The session of the request's unexpired access token; nullopt when there is none.
std::optional<ClientSession> sessionForAccessToken(ServerState &state, const Request &request);
//! A new access token (a JWT) for the session, or empty when the store refused it.
QString newAccessToken(ServerState &state, const ClientSession &session);

//! The user behind the request's access token, with their session.
struct ClientCaller
{
    ClientSession session;
    QJsonObject user;
};
//! The caller, or nullopt with *refusal set: 401 InvalidSession for a missing, unknown or
//! expired access token, 401 UserDisabled for a disabled user.
std::optional<ClientCaller> callerOf(ServerState &state, const Request &request, Reply *refusal);

//! Opens an end-user session for a user whose credentials were checked: records the device,
//! stamps last_authentication_date. {access_token, refresh_token, user_id,
//! device_id}, or nullopt when the store refused.
//! *user gets the stamped document, for the LOGIN event the caller fires once it has logged.
std::optional<QJsonObject> openSession(ServerState &state, const QString &appId, QJsonObject *user,
                                       const QString &provider, const QJsonObject &body);

//! The app whose client_app_id this is; empty when there is none.
QString appForClientId(const Store &store, const QString &clientAppId);
//! The app's provider named so (the login route's {provider}); a provider-less app still has
//! anon-user, local-userpass and api-key under their type's name. nullopt: no such provider.
std::optional<QJsonObject> providerNamed(ServerState &state, const QString &appId,
                                         const QString &name);
//! The user's first identity of that provider type, or an empty object.
QJsonObject identityOfType(const QJsonObject &user, const QString &providerType);
//! Logs the "other" AUTH entry of a user made by a login and fires its CREATE event.
void logUserCreated(ServerState &state, const QString &appId, const QString &provider,
                    const QJsonObject &user, const QString &requestUrl);

//! The app's auth provider document of that type, read deployed (empty adminId); nullopt when
//! the app has none. No local-userpass document counts as an auto-confirming provider.
std::optional<QJsonObject> providerOfType(ServerState &state, const QString &appId,
                                          const QString &type);
//! 404 AuthProviderNotFound when the app's provider of that type is disabled. An app with no
//! document for the type lets it in: the local server works before any provider is configured.
Failure requireUsableProvider(ServerState &state, const QString &appId, const QString &type);

Reply notFound(const QString &code, const QString &what);
Reply internalError(const QString &what);
//! A write that failed for a reason the caller cannot name.
inline Reply storeFailed()
{
    return internalError(QStringLiteral("cannot write to the store"));
}

} // namespace stitchlocal::appdata
