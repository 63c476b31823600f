#pragma once

#include "types.h"

#include <QJsonDocument>

//! Pure decoders from JSON to the types in types.h. Each sets *why (never translated for codes,
//! translated for prose) and returns a default value when a required field is missing or of the
//! wrong type; unknown fields are ignored; optional fields take their defaults.
namespace parse {
QList<AdminAuthProvider> adminAuthProviders(const QJsonDocument &doc, QString *why);
LoginResult loginResult(const QJsonDocument &doc, QString *why);
//! POST /auth/session answers {access_token} only.
QString accessToken(const QJsonDocument &doc, QString *why);
AdminProfile adminProfile(const QJsonDocument &doc, QString *why);
App app(const QJsonObject &object, QString *why);
App app(const QJsonDocument &doc, QString *why);
QList<App> apps(const QJsonDocument &doc, QString *why);
} // namespace parse
