#pragma once

// Shared by the client login files: what a credential check found, and the login in progress.

#include "appdata.h"

#include <functional>

namespace stitchlocal::appdata {

const QString kCustomToken = QStringLiteral("custom-token");
const QString kCustomFunction = QStringLiteral("custom-function");

//! What a credential check found: the identity the credentials prove and the user it belongs to
//! (none yet for a first custom-token or custom-function login), or the error to answer and log.
struct Attempt
{
    QJsonObject user;
    QString userId;
    int status = 200;
    QString errorCode;
    QString error;
    QJsonObject identity; //!< {id, provider_type}, as the user's identities list it
    QJsonObject profileData; //!< what the credentials tell of the person (email, name, picture)
};

Attempt refused(const QString &userId, const QString &code, const QString &message);
Attempt accepted(const QJsonObject &user, const QJsonObject &identity);
Attempt storeError(const QString &message);

//! One login request, as far as the check and what follows it need it.
struct LoginContext
{
    QString appId;
    QString clientAppId;
    QString providerType;
    QJsonObject provider; //!< the auth provider document; empty when the app has none of the type
    QString path;
    QJsonObject body;
    std::optional<ClientSession> linkTo; //!< set for ?link=true: the session the identity joins
};

//! The user with that identity, or nullopt.
std::optional<QJsonObject> userWithIdentity(ServerState &state, const QString &appId,
                                            const QString &providerType, const QString &id);

//! custom-token: {token} is a JWT signed with config.signingKey or one of config.signingKeys,
//! whose aud names the client app id, with sub and an exp still ahead.
Attempt checkCustomToken(ServerState &state, const LoginContext &login);
//! custom-function: runs config.authFunctionName with the login body; its result (a string, or
//! an object with id) is the external id. done is called once, maybe later.
void checkCustomFunction(ServerState &state, const LoginContext &login,
                         std::function<void(Attempt)> done);

//! ?link=true: adds the attempt's identity to the session's user, or refuses when it belongs to
//! another user. {access_token, user_id, device_id} on success.
Reply linkIdentity(ServerState &state, const LoginContext &login, const Attempt &attempt);

} // namespace stitchlocal::appdata
