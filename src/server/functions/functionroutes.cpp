// Functions: GET/POST .../functions, GET/PUT/DELETE .../functions/{functionId}, through the
// ConfigStore (kind "function"). A source is parsed by the runtime before it is stored, so the
// writes answer asynchronously.

#include "functionrun.h"

#include "server/resources/resourcekit.h"
#include "server/routes.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal {

namespace {

Reply notFound()
{
    return Reply::error(404, QStringLiteral("FunctionNotFound"),
                        QStringLiteral("function not found"));
}

Reply duplicateName(const QString &name)
{
    return Reply::error(409, QStringLiteral("FunctionDuplicateName"),
                        QStringLiteral("a function named '%1' already exists").arg(name));
}

Reply storeFailed()
{
    return Reply::error(500, QStringLiteral("InternalServerError"),
                        QStringLiteral("cannot store the function"));
}

//! The body of POST and PUT: name and source required, private and can_evaluate optional.
Failure readFunction(const QByteArray &body, QJsonObject *doc)
{
    QJsonObject object;
    if (Failure failure = parseJsonObject(body, &object))
        return failure;
    QString name;
    QString source;
    // Named like every other resource: names become file names in exports and keys in the worker.
    if (Failure failure = resources::requireName(object, QStringLiteral("name"), &name))
        return failure;
    if (Failure failure = requireString(object, QStringLiteral("source"), &source))
        return failure;
    if (Failure failure = checkSourceSize(source))
        return failure;
    const QJsonValue isPrivate = object.value(QStringLiteral("private"));
    if (!isPrivate.isUndefined() && !isPrivate.isNull() && !isPrivate.isBool())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("parameter private must be a boolean"));
    const QJsonValue canEvaluate = object.value(QStringLiteral("can_evaluate"));
    if (!canEvaluate.isUndefined() && !canEvaluate.isNull() && !canEvaluate.isObject())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("parameter can_evaluate must be an object"));
    *doc = QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("source"), source },
        { QStringLiteral("private"), isPrivate.toBool(false) },
        { QStringLiteral("can_evaluate"), canEvaluate.toObject() },
    };
    return std::nullopt;
}

Reply syntaxError(const SyntaxCheck &check)
{
    if (check.errorCode != QLatin1String("FunctionSyntaxError"))
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot check the source: %1").arg(check.message));
    return Reply::error(400, QStringLiteral("FunctionSyntaxError"),
                        QStringLiteral("SyntaxError: %1 (line %2, column %3)")
                            .arg(check.message)
                            .arg(check.line)
                            .arg(check.column));
}

QJsonObject summary(const Resource &function)
{
    return { { QStringLiteral("_id"), function.id },
             { QStringLiteral("name"), function.name },
             { QStringLiteral("private"),
               function.doc.value(QStringLiteral("private")).toBool() } };
}

void saveFunction(ServerState &state, Call &call, Responder respond, const QString &functionId)
{
    QJsonObject doc;
    if (Failure failure = readFunction(call.request.body, &doc))
        return respond(std::move(*failure));
    const QString appId = call.param(QStringLiteral("appId"));
    const QString adminId = call.adminId;
    const QString name = doc.value(QStringLiteral("name")).toString();
    const bool creating = functionId.isEmpty();
    // Cheap refusals first; the store checks both again once the source has parsed.
    if (!creating && !state.config.get(appId, kinds::function, functionId, adminId))
        return respond(notFound());
    const auto sameName = state.config.findByName(appId, kinds::function, kTopLevel, name, adminId);
    if (sameName && sameName->id != functionId)
        return respond(duplicateName(name));

    const QString source = doc.value(QStringLiteral("source")).toString();
    state.runtime->checkSyntax(
        source, state.runtime.get(),
        [&state, appId, adminId, functionId, creating, name, doc,
         respond](const SyntaxCheck &check) mutable {
            if (!check.ok())
                return respond(syntaxError(check));
            const QString id = creating ? secrets::newObjectId() : functionId;
            doc.insert(QStringLiteral("_id"), id);
            const Resource function { kinds::function, id, kTopLevel, name, doc };
            const ConfigStore::Status status = creating
                ? state.config.insert(appId, function, adminId)
                : state.config.update(appId, function, adminId);
            switch (status) {
            case ConfigStore::Status::Ok:
                return respond(Reply::json(doc, creating ? 201 : 200));
            case ConfigStore::Status::NotFound:
                return respond(notFound());
            case ConfigStore::Status::Duplicate:
                return respond(duplicateName(name));
            case ConfigStore::Status::Failed:
                break;
            }
            respond(storeFailed());
        });
}

} // namespace

void addFunctionCrudRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString functions = QStringLiteral("/groups/{groupId}/apps/{appId}/functions");
    const QString function = functions + QStringLiteral("/{functionId}");
    router.add(Method::Get, functions, Access::AccessToken, [&state](Call &call) {
        QJsonArray list;
        const QList<Resource> all = state.config.list(call.param(QStringLiteral("appId")),
                                                      kinds::function, call.adminId, kTopLevel);
        for (const Resource &resource : all)
            list.append(summary(resource));
        return Reply::json(list);
    });
    router.addAsync(Method::Post, functions, Access::AccessToken,
                    [&state](Call &call, Responder respond) {
                        saveFunction(state, call, std::move(respond), QString());
                    });
    router.add(Method::Get, function, Access::AccessToken, [&state](Call &call) {
        const auto resource
            = state.config.get(call.param(QStringLiteral("appId")), kinds::function,
                               call.param(QStringLiteral("functionId")), call.adminId);
        return resource ? Reply::json(resource->doc) : notFound();
    });
    router.addAsync(
        Method::Put, function, Access::AccessToken, [&state](Call &call, Responder respond) {
            saveFunction(state, call, std::move(respond), call.param(QStringLiteral("functionId")));
        });
    router.add(Method::Delete, function, Access::AccessToken, [&state](Call &call) {
        switch (state.config.remove(call.param(QStringLiteral("appId")), kinds::function,
                                    call.param(QStringLiteral("functionId")), call.adminId)) {
        case ConfigStore::Status::Ok:
            return Reply::noContent();
        case ConfigStore::Status::NotFound:
            return notFound();
        default:
            return storeFailed();
        }
    });
}

} // namespace stitchlocal
