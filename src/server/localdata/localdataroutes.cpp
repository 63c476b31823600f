// The local data routes of a MongoDB service (a stitch-local extension, admin-only; the contract
// with the console's Data view is /work/briefs/data21-contract.md, its table is in the README):
//   GET  .../services/{serviceId}/local/databases
//   POST .../services/{serviceId}/local/find | insert | replace | delete
//   POST .../services/{serviceId}/local/import?database=D&collection=C[&skip_bad_lines=true]
// An admin bypasses the rules; writes here are ordinary writes and fire database triggers.

#include "localdata.h"

#include "server/resources/resourcekit.h"
#include "server/routes.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal {

namespace {

constexpr int kMaxFindLimit = 1000;

// The MongoDB service named by {serviceId}: 404 ServiceNotFound, or 400 InvalidServiceType.
Failure requireMongoService(ServerState &state, const Call &call, Resource *service)
{
    if (Failure failure = resources::requireService(state, call, service))
        return failure;
    if (!LocalData::isMongoService(*service))
        return Reply::error(400, QStringLiteral("InvalidServiceType"),
                            QStringLiteral("local data is kept only for services of type "
                                           "mongodb-atlas or mongodb, not %1")
                                .arg(service->doc.value(QStringLiteral("type")).toString()));
    return std::nullopt;
}

// A body with the namespace: {database, collection, ...}.
Failure parseBody(const Call &call, QJsonObject *body)
{
    if (Failure failure = parseJsonObject(call.request.body, body))
        return failure;
    QString text;
    if (Failure failure = requireString(*body, QStringLiteral("database"), &text))
        return failure;
    return requireString(*body, QStringLiteral("collection"), &text);
}

void run(ServerState &state, const Call &call, const Resource &service, const QString &op,
         const QJsonObject &args, const Responder &respond, int createdStatus = 200)
{
    DataRequest request;
    request.appId = call.param(QStringLiteral("appId"));
    request.serviceId = service.id;
    request.op = op;
    request.args = args;
    state.localData->execute(request, state.localData.get(),
                             [respond, createdStatus](const DataReply &reply) {
                                 Reply answer = reply.toReply();
                                 if (reply.ok())
                                     answer.status = createdStatus;
                                 respond(answer);
                             });
}

using RouteBody = void (*)(ServerState &, Call &, const Resource &, const Responder &);

void databases(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    run(state, call, service, QStringLiteral("databases"), {}, respond);
}

void find(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    QJsonObject body;
    if (Failure failure = parseBody(call, &body))
        return respond(*failure);
    for (const QString &key :
         { QStringLiteral("filter"), QStringLiteral("sort"), QStringLiteral("projection") }) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                        QStringLiteral("%1 must be an object").arg(key)));
    }
    for (const QString &key : { QStringLiteral("skip"), QStringLiteral("limit") }) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() < 0))
            return respond(
                Reply::error(400, QStringLiteral("InvalidParameter"),
                             QStringLiteral("%1 must be a number of at least 0").arg(key)));
    }
    if (body.value(QStringLiteral("limit")).toDouble() > kMaxFindLimit)
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("limit may be at most %1").arg(kMaxFindLimit)));
    run(state, call, service, QStringLiteral("browse"), body, respond);
}

void insert(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    QJsonObject body;
    if (Failure failure = parseBody(call, &body))
        return respond(*failure);
    if (!body.value(QStringLiteral("documents")).isArray()
        || body.value(QStringLiteral("documents")).toArray().isEmpty())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("documents must be a non-empty array")));
    run(state, call, service, QStringLiteral("insert"), body, respond, 201);
}

void replace(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    QJsonObject body;
    if (Failure failure = parseBody(call, &body))
        return respond(*failure);
    if (!body.contains(QStringLiteral("id")))
        return respond(Reply::error(400, QStringLiteral("MissingParameter"),
                                    QStringLiteral("missing parameter: id")));
    if (!body.value(QStringLiteral("document")).isObject())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("document must be an object")));
    run(state, call, service, QStringLiteral("replaceById"), body, respond);
}

void remove(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    QJsonObject body;
    if (Failure failure = parseBody(call, &body))
        return respond(*failure);
    if (!body.value(QStringLiteral("ids")).isArray())
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("ids must be an array")));
    run(state, call, service, QStringLiteral("deleteByIds"), body, respond);
}

void import(ServerState &state, Call &call, const Resource &service, const Responder &respond)
{
    const QUrlQuery &query = call.request.query;
    const QString database = query.queryItemValue(QStringLiteral("database"), QUrl::FullyDecoded);
    const QString collection
        = query.queryItemValue(QStringLiteral("collection"), QUrl::FullyDecoded);
    if (database.isEmpty() || collection.isEmpty())
        return respond(Reply::error(400, QStringLiteral("MissingParameter"),
                                    QStringLiteral("the query needs database and collection")));
    const QString skip = query.queryItemValue(QStringLiteral("skip_bad_lines"));
    if (!skip.isEmpty() && skip != QLatin1String("true") && skip != QLatin1String("false"))
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("skip_bad_lines must be true or false")));
    const QJsonObject args { { QStringLiteral("database"), database },
                             { QStringLiteral("collection"), collection },
                             { QStringLiteral("text"), QString::fromUtf8(call.request.body) },
                             { QStringLiteral("skipBadLines"), skip == QLatin1String("true") } };
    run(state, call, service, QStringLiteral("import"), args, respond);
}

void add(ServerState &state, Method method, const QString &route, RouteBody body)
{
    const QString pattern
        = resources::appPattern() + QStringLiteral("/services/{serviceId}/local/") + route;
    state.router.addAsync(method, pattern, Access::AccessToken,
                          [&state, body](Call &call, Responder respond) {
                              Resource service;
                              if (Failure failure = requireMongoService(state, call, &service))
                                  return respond(*failure);
                              body(state, call, service, respond);
                          });
}

} // namespace

void addLocalDataRoutes(ServerState &state)
{
    add(state, Method::Get, QStringLiteral("databases"), databases);
    add(state, Method::Post, QStringLiteral("find"), find);
    add(state, Method::Post, QStringLiteral("insert"), insert);
    add(state, Method::Post, QStringLiteral("replace"), replace);
    add(state, Method::Post, QStringLiteral("delete"), remove);
    add(state, Method::Post, QStringLiteral("import"), import);
}

} // namespace stitchlocal
