// Rules of a service: GET/POST .../services/{serviceId}/rules,
// GET/PUT/DELETE .../services/{serviceId}/rules/{ruleId}.

#include "resourcekit.h"
#include "rulecheck.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stitchlocal::resources {

namespace {

const Kind kRule { QStringLiteral("rule"), QStringLiteral("rule"), QStringLiteral("RuleNotFound"),
                   QStringLiteral("RuleAlreadyExists") };

QString ruleId(const Call &call)
{
    return call.param(QStringLiteral("ruleId"));
}

// A rule is the reference's {name, actions, when} or a MongoDB service's namespace rule
// {database, collection, roles, schema, filters}; the fields we know are type-checked and the
// document is otherwise kept as sent.
Failure parseRule(const QByteArray &body, QJsonObject *doc)
{
    // A rule that does not parse is refused with where it stops parsing.
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (!body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError) {
        const QByteArray before = body.left(parseError.offset);
        return Reply::error(400, QStringLiteral("InvalidRule"),
                            QStringLiteral("the rule is not JSON: %1 at line %2, column %3")
                                .arg(parseError.errorString())
                                .arg(before.count('\n') + 1)
                                .arg(parseError.offset - before.lastIndexOf('\n')));
    }
    QJsonObject object;
    if (Failure failure = parseJsonObject(body, &object))
        return failure;
    object.remove(QStringLiteral("_id"));
    for (const QString &key :
         { QStringLiteral("actions"), QStringLiteral("roles"), QStringLiteral("filters") }) {
        QJsonArray array;
        if (Failure failure = optionalArray(object, key, &array))
            return failure;
    }
    for (const QString &key : { QStringLiteral("when"), QStringLiteral("schema") }) {
        QJsonObject inner;
        if (Failure failure = optionalObject(object, key, &inner))
            return failure;
    }
    QString database;
    QString collection;
    if (Failure failure = optionalString(object, QStringLiteral("database"), &database))
        return failure;
    if (Failure failure = optionalString(object, QStringLiteral("collection"), &collection))
        return failure;
    // A namespace rule is named after its namespace when the caller gives no name.
    if (!object.contains(QStringLiteral("name")) && !database.isEmpty() && !collection.isEmpty())
        object.insert(QStringLiteral("name"), database + u'.' + collection);
    // Its expressions, which the local MongoDB service evaluates for end users' calls.
    if (Failure failure = checkNamespaceRule(object))
        return failure;
    QString name;
    if (Failure failure = requireNonEmpty(object, QStringLiteral("name"), &name))
        return failure;
    if (name.size() > 255 || name.contains(u'/') || name.contains(QChar(0)))
        return invalid(QStringLiteral("a rule name has at most 255 characters and no '/'"));
    *doc = object;
    return std::nullopt;
}

Reply listRules(ServerState &state, Call &call)
{
    return listServiceChildren(state, call, kRule);
}

Reply createRule(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    QJsonObject doc;
    if (Failure failure = parseRule(call.request.body, &doc))
        return *failure;
    const QString id = secrets::newObjectId();
    doc.insert(QStringLiteral("_id"), id);
    const Resource rule { kRule.kind, id, service.id, doc.value(QStringLiteral("name")).toString(),
                          doc };
    if (Failure failure
        = writeFailure(state.config.insert(appIdOf(call), rule, call.adminId), kRule, rule.name))
        return *failure;
    return Reply::json(
        QJsonObject { { QStringLiteral("_id"), id }, { QStringLiteral("name"), rule.name } }, 201);
}

// The rule named by {ruleId} under the service named by {serviceId}.
Failure requireRule(ServerState &state, const Call &call, Resource *rule)
{
    return requireServiceChild(state, call, kRule, ruleId(call), rule);
}

Reply getRule(ServerState &state, Call &call)
{
    Resource rule;
    if (Failure failure = requireRule(state, call, &rule))
        return *failure;
    return Reply::json(rule.doc);
}

Reply updateRule(ServerState &state, Call &call)
{
    Resource rule;
    if (Failure failure = requireRule(state, call, &rule))
        return *failure;
    QJsonObject doc;
    if (Failure failure = parseRule(call.request.body, &doc))
        return *failure;
    doc.insert(QStringLiteral("_id"), rule.id);
    rule.name = doc.value(QStringLiteral("name")).toString();
    rule.doc = doc;
    if (Failure failure
        = writeFailure(state.config.update(appIdOf(call), rule, call.adminId), kRule, rule.name))
        return *failure;
    return Reply::json(doc);
}

Reply deleteRule(ServerState &state, Call &call)
{
    Resource rule;
    if (Failure failure = requireRule(state, call, &rule))
        return *failure;
    return removeDocument(state, call, kRule, rule.id);
}

} // namespace

void addRuleRoutes(ServerState &state)
{
    const QString rules = appPattern() + QStringLiteral("/services/{serviceId}/rules");
    const QString rule = rules + QStringLiteral("/{ruleId}");
    addRoute(state, Method::Get, rules, listRules);
    addRoute(state, Method::Post, rules, createRule);
    addRoute(state, Method::Get, rule, getRule);
    addRoute(state, Method::Put, rule, updateRule);
    addRoute(state, Method::Delete, rule, deleteRule);
}

} // namespace stitchlocal::resources
