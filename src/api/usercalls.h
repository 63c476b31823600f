#pragma once

#include "apijob.h"
#include "functiontypes.h"

class ApiClient;

//! Users APIs, as far as the console needs them: the list behind the run-as picker.
namespace usercalls {
//! GET .../users; \a after asks for the page after that user id (servers that page the list).
Job<QList<AppUser>> *list(ApiClient &client, const QString &groupId, const QString &appId,
                          const QString &after = QString());
} // namespace usercalls
