// Values: GET/POST .../values, GET/PUT/DELETE .../values/{valueId}. Each carries last_modified
// (Unix seconds); one with from_secret reads the secret its value names in function runs.

#include "resourcekit.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal::resources {

namespace {

const Kind kValue { QStringLiteral("value"), QStringLiteral("value"),
                    QStringLiteral("ValueNotFound"), QStringLiteral("ValueAlreadyExists") };

// POST and PUT both carry the whole new state: {name, private, value, from_secret}. A value
// from a secret names it: {from_secret: true, value: "<secret name>"}, and that secret must exist.
Failure parseValue(ServerState &state, const Call &call, QJsonObject *doc)
{
    QJsonObject object;
    if (Failure failure = parseJsonObject(call.request.body, &object))
        return failure;
    QString name;
    if (Failure failure = requireName(object, QStringLiteral("name"), &name))
        return failure;
    bool isPrivate = false;
    if (Failure failure = optionalBool(object, QStringLiteral("private"), &isPrivate))
        return failure;
    bool fromSecret = false;
    if (Failure failure = optionalBool(object, QStringLiteral("from_secret"), &fromSecret))
        return failure;
    // A value may be any JSON, null included; leaving it out means null.
    *doc = { { QStringLiteral("name"), name },
             { QStringLiteral("private"), isPrivate },
             { QStringLiteral("value"),
               object.contains(QStringLiteral("value")) ? object.value(QStringLiteral("value"))
                                                        : QJsonValue() } };
    if (fromSecret) {
        QString secret;
        if (Failure failure = requireNonEmpty(object, QStringLiteral("value"), &secret))
            return failure;
        if (Failure failure = requireSecret(state, appIdOf(call), secret, QStringLiteral("value")))
            return failure;
        doc->insert(QStringLiteral("from_secret"), true);
    }
    doc->insert(QStringLiteral("last_modified"), state.options.nowMs() / 1000);
    return std::nullopt;
}

QString valueId(const Call &call)
{
    return call.param(QStringLiteral("valueId"));
}

Reply listValues(ServerState &state, Call &call)
{
    QJsonArray values;
    const QList<Resource> found
        = state.config.list(appIdOf(call), kValue.kind, call.adminId, QStringLiteral(""));
    for (const Resource &value : found) {
        values.append(QJsonObject {
            { QStringLiteral("_id"), value.id },
            { QStringLiteral("name"), value.name },
            { QStringLiteral("private"), value.doc.value(QStringLiteral("private")).toBool() },
            { QStringLiteral("from_secret"),
              value.doc.value(QStringLiteral("from_secret")).toBool() },
            { QStringLiteral("last_modified"),
              value.doc.value(QStringLiteral("last_modified")) } });
    }
    return Reply::json(values);
}

Reply createValue(ServerState &state, Call &call)
{
    QJsonObject doc;
    if (Failure failure = parseValue(state, call, &doc))
        return *failure;
    const QString id = secrets::newObjectId();
    doc.insert(QStringLiteral("_id"), id);
    const Resource value { kValue.kind, id, QStringLiteral(""),
                           doc.value(QStringLiteral("name")).toString(), doc };
    if (Failure failure
        = writeFailure(state.config.insert(appIdOf(call), value, call.adminId), kValue, value.name))
        return *failure;
    return Reply::json(doc, 201);
}

Reply getValue(ServerState &state, Call &call)
{
    const auto value = find(state, call, kValue, valueId(call));
    return value ? Reply::json(value->doc) : notFound(kValue);
}

Reply updateValue(ServerState &state, Call &call)
{
    QJsonObject doc;
    if (Failure failure = parseValue(state, call, &doc))
        return *failure;
    doc.insert(QStringLiteral("_id"), valueId(call));
    const Resource value { kValue.kind, valueId(call), QStringLiteral(""),
                           doc.value(QStringLiteral("name")).toString(), doc };
    if (Failure failure
        = writeFailure(state.config.update(appIdOf(call), value, call.adminId), kValue, value.name))
        return *failure;
    return Reply::json(doc);
}

Reply deleteValue(ServerState &state, Call &call)
{
    return removeDocument(state, call, kValue, valueId(call));
}

} // namespace

void addValueRoutes(ServerState &state)
{
    const QString values = appPattern() + QStringLiteral("/values");
    const QString value = values + QStringLiteral("/{valueId}");
    addRoute(state, Method::Get, values, listValues);
    addRoute(state, Method::Post, values, createValue);
    addRoute(state, Method::Get, value, getValue);
    addRoute(state, Method::Put, value, updateValue);
    addRoute(state, Method::Delete, value, deleteValue);
}

} // namespace stitchlocal::resources
