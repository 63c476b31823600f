#pragma once

#include "apijob.h"
#include "functiontypes.h"

#include <QJsonArray>

class ApiClient;

//! Functions APIs: /groups/{groupId}/apps/{appId}/functions[/{functionId}] and the two test runs
//! under .../debug.
namespace functioncalls {
Job<QList<StitchFunction>> *list(ApiClient &client, const QString &groupId, const QString &appId);
Job<StitchFunction> *get(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &functionId);
Job<StitchFunction> *create(ApiClient &client, const QString &groupId, const QString &appId,
                            const StitchFunction &function);
//! PUT; some servers answer 204 without a body, so the result is only the HTTP outcome.
ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchFunction &function);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &functionId);
//! debug/execute_function: the saved function by name.
Job<FunctionRunResult> *execute(ApiClient &client, const QString &groupId, const QString &appId,
                                const QString &name, const QJsonArray &arguments,
                                const RunAs &runAs);
//! debug/execute_function_source: any source; evalSource calls it (may be empty). draftOf
//! names the function whose unsaved text source is, for the run's log entry: sent as "name",
//! a field the reference does not list (the local server reads it, others ignore it).
Job<FunctionRunResult> *executeSource(ApiClient &client, const QString &groupId,
                                      const QString &appId, const QString &source,
                                      const QString &evalSource, const RunAs &runAs,
                                      const QString &draftOf = QString());
//! The eval_source that calls `exports` with these arguments: "exports(1, \"a\")". Pure.
QString evalSourceFor(const QJsonArray &arguments);
} // namespace functioncalls
