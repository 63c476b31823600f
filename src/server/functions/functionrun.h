#pragma once

#include "server/reply.h"
#include "server/runtime/runresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace stitchlocal {

class ConfigStore;
class ServerState;
class Store;
struct ServerOptions;

// The route files of the area; addFunctionsRoutes (debugroutes.cpp) calls each.
void addFunctionCrudRoutes(ServerState &state);
void addDebugRoutes(ServerState &state);
void addDebugRunRoutes(ServerState &state); //!< debugrunroutes.cpp: the debugger extension
void addWebhookRoutes(ServerState &state);
void addClientCallRoutes(ServerState &state);
void addDependencyRoutes(ServerState &state);
//! The folder holding the app's uploaded node_modules (dependencyroutes.cpp); empty when none.
QString dependenciesFolder(const Store &store, const QString &appId);

struct Call;
//! Reads exactly one of ?user_id= and ?run_as_system=true into request (debugroutes.cpp); the
//! user must exist in the app.
Failure readRunAs(ServerState &state, const Call &call, RunRequest *request);
//! Appends the FUNCTION log entry of a run of functionName (functionId empty for a source run).
void logFunctionRun(ServerState &state, const QString &appId, const QString &functionId,
                    const QString &functionName, const QJsonArray &arguments,
                    const QString &userId, const QDateTime &started, const RunResult &result);

//! --function-time-limit in milliseconds.
int functionTimeLimitMs(const ServerOptions &options);

//! Largest function source (saved, or run with execute_function_source). Every run of an app
//! used to carry all of its sources, and a worker parses each; 1 MiB is far beyond hand-written.
constexpr qsizetype kMaxFunctionSourceBytes = 1024 * 1024;
//! 413 FunctionSourceTooLarge naming the limit, or nothing when source is within it.
Failure checkSourceSize(const QString &source);

//! Configuration kinds the functions area reads.
namespace kinds {
inline const QString function = QStringLiteral("function");
inline const QString value = QStringLiteral("value");
inline const QString trigger = QStringLiteral("trigger");
inline const QString service = QStringLiteral("service");
inline const QString incomingWebhook = QStringLiteral("incoming_webhook");
} // namespace kinds

//! parentId of documents that belong to no service: bound as '' (a null QString binds NULL).
inline const QString kTopLevel = QStringLiteral("");

//! Fills request->values (name → value) and request->functions (name → source) with the app's
//! configuration as adminId sees it (empty: the deployed state).
void addAppContext(const ConfigStore &config, const QString &appId, const QString &adminId,
                   RunRequest *request);

//! A log entry with the fields every entry of a run shares: type, co_id, group_id, domain_id,
//! started and completed (ISO 8601 with ms), and, from the run, messages (logs then error logs),
//! status (200, or 400 on failure), error and error_code.
QJsonObject runLogEntry(const Store &store, const QString &appId, const QString &type,
                        const QDateTime &started, const RunResult &result);

//! Canonical Extended JSON as relaxed Extended JSON: numbers as JSON numbers where they fit,
//! dates as ISO strings; what cannot be relaxed stays canonical.
QJsonValue relaxedEjson(const QJsonValue &value);

//! Serialises any JSON value (a bare number or string too), compact.
QByteArray jsonText(const QJsonValue &value);

} // namespace stitchlocal
