// POST /api/client/v2.0/app/{clientAppId}/functions/call {name, arguments[, service]}: an end
// user calls a function with their access token, as the SDKs' callFunction does. The deployed
// function runs as that user; a private function is not found (as the real service answers),
// and can_evaluate must hold for the user and the arguments. The answer is the result as
// canonical Extended JSON; a failed run is 400 {error, error_code}. Every call that reaches a
// function writes a "FUNCTION" log entry. With "service" it is a command of that service: the
// SDKs' remote MongoDB client sends {name: "find", service: "mongodb-atlas", arguments:
// [{database, collection, query, ...}]}; a MongoDB service runs it on its local documents under
// the namespace's rules for this user (localdata/), and writes a "SERVICE_FUNCTION" log entry
// saying what the rules decided. Other service types have no command here: ServiceCommandNotFound.

#include "canevaluate.h"
#include "functionrun.h"

#include "server/appdata/appdata.h"
#include "server/localdata/localdata.h"
#include "server/logwriter.h"
#include "server/routes.h"
#include "server/runtime/functionruntime.h"
#include "server/serverstate.h"

namespace stitchlocal {

namespace {

Reply functionNotFound(const QString &name)
{
    return Reply::error(404, QStringLiteral("FunctionNotFound"),
                        QStringLiteral("function not found: '%1'").arg(name));
}

// A service command as an end user: the answer is its result as canonical Extended JSON.
void callService(ServerState &state, const QString &appId, const appdata::ClientCaller &caller,
                 const QString &serviceName, const QString &command, const QJsonArray &arguments,
                 const QString &url, const Responder &respond)
{
    const auto service = state.localData->serviceNamed(appId, serviceName, QString());
    if (!service)
        return respond(Reply::error(404, QStringLiteral("ServiceNotFound"),
                                    QStringLiteral("service not found: '%1'").arg(serviceName)));
    if (!LocalData::isMongoService(*service))
        return respond(
            Reply::error(404, QStringLiteral("ServiceCommandNotFound"),
                         QStringLiteral("stitch-local serves no command of a %1 service: %2")
                             .arg(service->doc.value(QStringLiteral("type")).toString(), command)));
    if (!arguments.at(0).isObject())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("the arguments of %1 must start with a "
                                                   "document: {database, collection, ...}")
                                        .arg(command)));
    DataRequest request;
    request.appId = appId;
    request.serviceId = service->id;
    request.op = command;
    request.args = arguments.at(0).toObject();
    request.endUser = QJsonObject {
        { QStringLiteral("id"), caller.session.userId },
        { QStringLiteral("type"), caller.user.value(QStringLiteral("type")) },
        { QStringLiteral("data"), caller.user.value(QStringLiteral("data")) },
        { QStringLiteral("identities"), caller.user.value(QStringLiteral("identities")) },
    };
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString userId = caller.session.userId;
    const Resource called = *service;
    const QJsonObject functionCall { { QStringLiteral("name"), command },
                                     { QStringLiteral("service"), serviceName },
                                     { QStringLiteral("arguments"), arguments } };
    state.localData->execute(
        request, state.localData.get(),
        [&state, appId, called, functionCall, userId, url, started,
         respond](const DataReply &reply) {
            RunResult outcome;
            if (!reply.ok()) {
                outcome.errorCode = reply.errorCode;
                outcome.errorMessage = reply.message;
            }
            if (!reply.decided.isEmpty())
                outcome.ruleDecisions.append(reply.decided);
            QJsonObject entry = runLogEntry(state.store, appId, QStringLiteral("SERVICE_FUNCTION"),
                                            started, outcome);
            entry.insert(QStringLiteral("service_id"), called.id);
            entry.insert(QStringLiteral("service_name"), called.name);
            entry.insert(QStringLiteral("function_call"), functionCall);
            entry.insert(QStringLiteral("user_id"), userId);
            entry.insert(QStringLiteral("request_url"), url);
            entry.insert(QStringLiteral("request_method"), QStringLiteral("POST"));
            appendLog(state.store, appId, entry);
            if (!reply.ok()) {
                // The real service answers a duplicate _id as any other MongoDB error.
                if (reply.errorCode == QLatin1String("DuplicateKey"))
                    return respond(
                        Reply::error(400, QStringLiteral("MongoDBError"), reply.message));
                return respond(reply.toReply());
            }
            Reply answer;
            answer.status = 200;
            answer.contentType = "application/json";
            answer.body = jsonText(reply.result);
            respond(answer);
        });
}

void callFunction(ServerState &state, Call &call, const Responder &respond)
{
    const QString appId
        = appdata::appForClientId(state.store, call.param(QStringLiteral("clientAppId")));
    if (appId.isEmpty())
        return respond(Reply::error(404, QStringLiteral("AppNotFound"),
                                    QStringLiteral("application not found")));
    Reply refusal;
    const auto caller = appdata::callerOf(state, call.request, &refusal);
    if (!caller)
        return respond(refusal);
    if (caller->session.appId != appId)
        return respond(Reply::invalidSession());

    QJsonObject body;
    RunRequest request;
    QString service;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return respond(*failure);
    if (Failure failure = requireString(body, QStringLiteral("name"), &request.name))
        return respond(*failure);
    if (Failure failure = optionalString(body, QStringLiteral("service"), &service))
        return respond(*failure);
    const QJsonValue arguments = body.value(QStringLiteral("arguments"));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isArray())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("parameter arguments must be an array")));
    request.arguments = arguments.toArray();
    if (!service.isEmpty())
        return callService(state, appId, *caller, service, request.name, request.arguments,
                           call.request.path, respond);

    // What is deployed is what end users reach, never an admin's draft.
    const auto function
        = state.config.findByName(appId, kinds::function, kTopLevel, request.name, QString());
    if (!function || function->doc.value(QStringLiteral("private")).toBool())
        return respond(functionNotFound(request.name));
    const QJsonObject &user = caller->user;
    request.userId = caller->session.userId;
    request.userData = user.value(QStringLiteral("data")).toObject();
    addAppContext(state.config, appId, QString(), &request);
    const EvaluationScope scope {
        QJsonObject { { QStringLiteral("id"), request.userId },
                      { QStringLiteral("type"), user.value(QStringLiteral("type")) },
                      { QStringLiteral("data"), request.userData },
                      { QStringLiteral("identities"), user.value(QStringLiteral("identities")) } },
        request.arguments, request.values
    };
    QString why;
    if (!canEvaluate(function->doc.value(QStringLiteral("can_evaluate")).toObject(), scope, &why))
        return respond(Reply::error(
            403, QStringLiteral("FunctionNotCallable"),
            why.isEmpty() ? QStringLiteral("function '%1' cannot be called: its can_evaluate"
                                           " rule does not hold for this user and these"
                                           " arguments")
                                .arg(request.name)
                          : why));

    request.timeLimitMs = functionTimeLimitMs(state.options);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const Resource called = *function;
    const QJsonObject functionCall { { QStringLiteral("name"), request.name },
                                     { QStringLiteral("arguments"), request.arguments } };
    const QString userId = request.userId;
    const QString url = call.request.path;
    state.runtime->run(
        request, state.runtime.get(),
        [&state, appId, called, functionCall, userId, url, started,
         respond](const RunResult &result) {
            QJsonObject entry
                = runLogEntry(state.store, appId, QStringLiteral("FUNCTION"), started, result);
            entry.insert(QStringLiteral("function_id"), called.id);
            entry.insert(QStringLiteral("function_name"), called.name);
            entry.insert(QStringLiteral("function_call"), functionCall);
            entry.insert(QStringLiteral("user_id"), userId);
            entry.insert(QStringLiteral("request_url"), url);
            entry.insert(QStringLiteral("request_method"), QStringLiteral("POST"));
            appendLog(state.store, appId, entry);
            if (!result.ok())
                return respond(Reply::error(400, result.errorCode, result.errorMessage));
            Reply reply;
            reply.status = 200;
            reply.contentType = "application/json";
            reply.body = jsonText(result.result.isUndefined() ? QJsonValue() : result.result);
            respond(reply);
        });
}

} // namespace

void addClientCallRoutes(ServerState &state)
{
    state.clientRouter.addAsync(
        Method::Post, QStringLiteral("/app/{clientAppId}/functions/call"), Access::Public,
        [&state](Call &call, Responder respond) { callFunction(state, call, respond); });
}

} // namespace stitchlocal
