// The debug runs: POST .../debug/execute_function (a stored function by name) and
// POST .../debug/execute_function_source (any source), each ?user_id=<id> or
// ?run_as_system=true. Both answer 200 with the run (RunResult::toJson) once the runtime has
// finished, and write a "FUNCTION" log entry. A source run may say which function's draft it
// is with an optional "name" beside "source" (the console sends it; no reference names a
// field for it), so that its log entry carries the name like a run of the saved function.

#include "authtriggerrunner.h"
#include "cronschedule.h"
#include "functionrun.h"
#include "scheduledtriggerrunner.h"

#include "server/logwriter.h"
#include "server/routes.h"
#include "server/runtime/functionruntime.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal {

Failure readRunAs(ServerState &state, const Call &call, RunRequest *request)
{
    const QUrlQuery &query = call.request.query;
    const QString userId = query.queryItemValue(QStringLiteral("user_id"));
    const QString system = query.queryItemValue(QStringLiteral("run_as_system"));
    if (!system.isEmpty() && system != QLatin1String("true") && system != QLatin1String("false"))
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("run_as_system must be true or false"));
    const bool asSystem = system == QLatin1String("true");
    if (asSystem && !userId.isEmpty())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("give either user_id or run_as_system=true, not both"));
    if (!asSystem && userId.isEmpty())
        return Reply::error(400, QStringLiteral("MissingParameter"),
                            QStringLiteral("user_id or run_as_system=true is required"));
    request->runAsSystem = asSystem;
    if (asSystem)
        return std::nullopt;
    const auto user = state.store.appUser(call.param(QStringLiteral("appId")), userId);
    if (!user)
        return Reply::error(404, QStringLiteral("UserNotFound"),
                            QStringLiteral("user not found: %1").arg(userId));
    request->userId = userId;
    request->userData = user->value(QStringLiteral("data")).toObject();
    return std::nullopt;
}

void logFunctionRun(ServerState &state, const QString &appId, const QString &functionId,
                    const QString &functionName, const QJsonArray &arguments,
                    const QString &userId, const QDateTime &started, const RunResult &result)
{
    QJsonObject entry = runLogEntry(state.store, appId, QStringLiteral("FUNCTION"), started, result);
    entry.insert(QStringLiteral("function_id"), functionId);
    entry.insert(QStringLiteral("function_name"), functionName);
    entry.insert(QStringLiteral("function_call"),
                 QJsonObject { { QStringLiteral("name"), functionName },
                               { QStringLiteral("arguments"), arguments } });
    entry.insert(QStringLiteral("user_id"), userId);
    appendLog(state.store, appId, entry);
}

namespace {

//! Runs request, logs it under functionName and answers with the run. functionId is empty
//! for a source run.
void runAndAnswer(ServerState &state, const QString &appId, const QString &functionId,
                  const QString &functionName, RunRequest request, Responder respond)
{
    request.timeLimitMs = functionTimeLimitMs(state.options);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QJsonArray arguments = request.arguments;
    const QString userId = request.userId;
    state.runtime->run(request, state.runtime.get(),
                       [&state, appId, functionId, functionName, arguments, userId, started,
                        respond](const RunResult &result) {
                           logFunctionRun(state, appId, functionId, functionName, arguments,
                                          userId, started, result);
                           respond(Reply::json(result.toJson()));
                       });
}

void executeFunction(ServerState &state, Call &call, Responder respond)
{
    QJsonObject body;
    RunRequest request;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return respond(std::move(*failure));
    if (Failure failure = requireString(body, QStringLiteral("name"), &request.name))
        return respond(std::move(*failure));
    QString service;
    if (Failure failure = optionalString(body, QStringLiteral("service"), &service))
        return respond(std::move(*failure));
    const QJsonValue arguments = body.value(QStringLiteral("arguments"));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isArray())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("parameter arguments must be an array")));
    request.arguments = arguments.toArray();
    if (Failure failure = readRunAs(state, call, &request))
        return respond(std::move(*failure));

    const QString appId = call.param(QStringLiteral("appId"));
    const auto function
        = state.config.findByName(appId, kinds::function, kTopLevel, request.name, call.adminId);
    if (!function)
        return respond(Reply::error(404, QStringLiteral("FunctionNotFound"),
                                    QStringLiteral("function not found: '%1'").arg(request.name)));
    addAppContext(state.config, appId, call.adminId, &request);
    const QString name = request.name;
    runAndAnswer(state, appId, function->id, name, std::move(request), std::move(respond));
}

void executeSource(ServerState &state, Call &call, Responder respond)
{
    QJsonObject body;
    RunRequest request;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return respond(std::move(*failure));
    if (Failure failure = requireString(body, QStringLiteral("source"), &request.source))
        return respond(std::move(*failure));
    if (Failure failure = optionalString(body, QStringLiteral("eval_source"), &request.evalSource))
        return respond(std::move(*failure));
    // Only for the log: the runtime would name the source's file after it, and a draft is not
    // the saved function its stack traces would then seem to come from. Not a field of the
    // reference, so anything but a string is ignored rather than refused.
    const QString draftOf = body.value(QStringLiteral("name")).toString();
    if (request.source.trimmed().isEmpty())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("source must not be empty")));
    if (Failure failure = checkSourceSize(request.source + request.evalSource))
        return respond(std::move(*failure));
    if (Failure failure = readRunAs(state, call, &request))
        return respond(std::move(*failure));
    const QString appId = call.param(QStringLiteral("appId"));
    addAppContext(state.config, appId, call.adminId, &request);
    runAndAnswer(state, appId, QString(), draftOf, std::move(request), std::move(respond));
}

} // namespace

void addDebugRoutes(ServerState &state)
{
    const QString debug = QStringLiteral("/groups/{groupId}/apps/{appId}/debug");
    state.router.addAsync(Method::Post, debug + QStringLiteral("/execute_function"),
                          Access::AccessToken, [&state](Call &call, Responder respond) {
                              executeFunction(state, call, std::move(respond));
                          });
    state.router.addAsync(Method::Post, debug + QStringLiteral("/execute_function_source"),
                          Access::AccessToken, [&state](Call &call, Responder respond) {
                              executeSource(state, call, std::move(respond));
                          });
}

void addFunctionsRoutes(ServerState &state)
{
    addFunctionCrudRoutes(state);
    addDebugRoutes(state);
    addDebugRunRoutes(state);
    addWebhookRoutes(state);
    addClientCallRoutes(state);
    addDependencyRoutes(state);
    // Parented to the runtime: it goes with it, after the hook that points at it.
    auto *triggers
        = new AuthTriggerRunner(state.store, state.config, *state.runtime, state.runtime.get());
    triggers->setTimeLimitMs(functionTimeLimitMs(state.options));
    QPointer<AuthTriggerRunner> guard(triggers);
    state.authEventHook = [guard](const AuthEvent &event) {
        if (guard)
            guard->fire(event);
    };
    auto *scheduled = new ScheduledTriggerRunner(
        state.store, state.config, *state.runtime,
        [&options = state.options] { return options.nowMs(); },
        new CronSchedule(QString(), state.runtime.get()), state.runtime.get());
    scheduled->setTimeLimitMs(functionTimeLimitMs(state.options));
    scheduled->start();
}

} // namespace stitchlocal
