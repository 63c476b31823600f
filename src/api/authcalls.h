#pragma once

#include "apijob.h"
#include "types.h"

class ApiClient;

//! Admin authentication: /auth/providers, /auth/providers/{provider}/login, /auth/profile,
//! /auth/session.
namespace authcalls {
Job<QList<AdminAuthProvider>> *providers(ApiClient &client);
//! provider "mongodb-cloud" sends {username, apiKey}; "local"/"local-userpass" sends
//! {username, password}. The caller stores the tokens with ApiClient::setTokens.
Job<LoginResult> *login(ApiClient &client, const QString &provider, const QString &username,
                        const QString &secret);
Job<AdminProfile> *profile(ApiClient &client);
//! POST /auth/session with the refresh token: a new access token (ApiClient calls it when one
//! expired).
Job<QString> *refresh(ApiClient &client);
//! DELETE /auth/session with the refresh token.
ApiJob *logout(ApiClient &client);
} // namespace authcalls
