#pragma once

#include "server/reply.h"

#include <QJsonObject>

namespace stitchlocal::resources {

//! A MongoDB service's namespace rule is checked when it is saved, so that one the local service
//! could not evaluate never gets stored: its roles' apply_when and permissions, field rules and
//! filters must be booleans or expressions of known query operators and expansions (%%user...,
//! %%root..., %%prevRoot..., %%true, %%false; %and, %or, %nor), and its schema an object. The
//! failure is 400 InvalidRule naming the position, e.g. "roles[0].apply_when.owner: unknown
//! operator $eqq".
Failure checkNamespaceRule(const QJsonObject &rule);

} // namespace stitchlocal::resources
