// The debugger, a stitch-local extension: POST .../local/debug_runs starts a debug run of a
// saved function ({"name"}) or of any source ({"source"}, with "name" saying which function's
// draft it is), with {"arguments"} and ?user_id= or ?run_as_system=true exactly as
// debug/execute_function. It answers 201 {"_id", "websocket_url", "time_limit_seconds",
// "process_id"} once the run's own process is ready, without running it yet: the console
// connects to websocket_url (once), sets its breakpoints and sends
// Runtime.runIfWaitingForDebugger to start the run (see DebugSessions). The run's result comes
// as the protocol event StitchLocal.runFinished and is logged as a FUNCTION entry like any run.

#include "debugsessions.h"
#include "functionrun.h"

#include "server/routes.h"
#include "server/runtime/functionruntime.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal {

namespace {

void startDebugRun(ServerState &state, DebugSessions &sessions, Call &call, Responder respond)
{
    QJsonObject body;
    RunRequest request;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return respond(std::move(*failure));
    if (Failure failure = requireString(body, QStringLiteral("name"), &request.name))
        return respond(std::move(*failure));
    if (Failure failure = optionalString(body, QStringLiteral("source"), &request.source))
        return respond(std::move(*failure));
    if (Failure failure = checkSourceSize(request.source))
        return respond(std::move(*failure));
    const QJsonValue arguments = body.value(QStringLiteral("arguments"));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isArray())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("parameter arguments must be an array")));
    request.arguments = arguments.toArray();
    if (Failure failure = readRunAs(state, call, &request))
        return respond(std::move(*failure));

    const QString appId = call.param(QStringLiteral("appId"));
    QString functionId;
    if (request.source.isEmpty()) {
        const auto function = state.config.findByName(appId, kinds::function, kTopLevel,
                                                      request.name, call.adminId);
        if (!function)
            return respond(
                Reply::error(404, QStringLiteral("FunctionNotFound"),
                             QStringLiteral("function not found: '%1'").arg(request.name)));
        functionId = function->id;
    }
    addAppContext(state.config, appId, call.adminId, &request);

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString name = request.name;
    const QJsonArray args = request.arguments;
    const QString userId = request.userId;
    QString why;
    const bool accepted = sessions.start(
        appId, request,
        [respond](const DebugTicket &ticket, const QString &error) {
            if (!error.isEmpty())
                return respond(
                    Reply::error(500, QStringLiteral("FunctionExecutionError"), error));
            respond(Reply::json(
                QJsonObject {
                    { QStringLiteral("_id"), ticket.id },
                    { QStringLiteral("websocket_url"), ticket.url.toString() },
                    { QStringLiteral("time_limit_seconds"), ticket.timeLimitSeconds },
                    { QStringLiteral("process_id"), double(ticket.processId) },
                },
                201));
        },
        [&state, appId, functionId, name, args, userId, started](const RunResult &result) {
            logFunctionRun(state, appId, functionId, name, args, userId, started, result);
        },
        &why);
    if (!accepted)
        respond(Reply::error(429, QStringLiteral("DebugSessionLimit"), why));
}

} // namespace

void addDebugRunRoutes(ServerState &state)
{
    // With the runtime: stopping the server kills every debug process.
    auto *sessions = new DebugSessions(*state.runtime, state.runtime.get());
    sessions->timeLimitMs = state.options.debugSessionTimeLimitMs;
    QPointer<DebugSessions> guard(sessions);
    state.router.addAsync(Method::Post,
                          QStringLiteral("/groups/{groupId}/apps/{appId}/local/debug_runs"),
                          Access::AccessToken, [&state, guard](Call &call, Responder respond) {
                              if (!guard)
                                  return respond(Reply::error(
                                      503, QStringLiteral("ServiceUnavailable"),
                                      QStringLiteral("the server is stopping")));
                              startDebugRun(state, *guard, call, std::move(respond));
                          });
}

} // namespace stitchlocal
