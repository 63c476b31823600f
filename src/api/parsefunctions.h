#pragma once

#include "functiontypes.h"

#include <QJsonDocument>

//! Pure decoders for the Functions and Users APIs, in the manner of parse.h.
namespace parse {
StitchFunction function(const QJsonObject &object, QString *why);
StitchFunction function(const QJsonDocument &doc, QString *why);
QList<StitchFunction> functions(const QJsonDocument &doc, QString *why);
FunctionRunResult runResult(const QJsonDocument &doc, QString *why);
AppUser appUser(const QJsonObject &object, QString *why);
QList<AppUser> appUsers(const QJsonDocument &doc, QString *why);
} // namespace parse
