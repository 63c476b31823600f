#include "rulecheck.h"

#include <QJsonArray>
#include <QSet>

namespace stitchlocal::resources {

namespace {

// MongoDB's query operators, and the Extended JSON keys a value may be written with.
const QSet<QString> &knownOperators()
{
    static const QSet<QString> operators {
        QStringLiteral("$eq"),
        QStringLiteral("$ne"),
        QStringLiteral("$gt"),
        QStringLiteral("$gte"),
        QStringLiteral("$lt"),
        QStringLiteral("$lte"),
        QStringLiteral("$in"),
        QStringLiteral("$nin"),
        QStringLiteral("$and"),
        QStringLiteral("$or"),
        QStringLiteral("$nor"),
        QStringLiteral("$not"),
        QStringLiteral("$exists"),
        QStringLiteral("$type"),
        QStringLiteral("$expr"),
        QStringLiteral("$jsonSchema"),
        QStringLiteral("$mod"),
        QStringLiteral("$regex"),
        QStringLiteral("$options"),
        QStringLiteral("$where"),
        QStringLiteral("$all"),
        QStringLiteral("$elemMatch"),
        QStringLiteral("$size"),
        QStringLiteral("$bitsAllClear"),
        QStringLiteral("$bitsAllSet"),
        QStringLiteral("$bitsAnyClear"),
        QStringLiteral("$bitsAnySet"),
        QStringLiteral("$comment"),
        QStringLiteral("$geoIntersects"),
        QStringLiteral("$geoWithin"),
        QStringLiteral("$near"),
        QStringLiteral("$nearSphere"),
        QStringLiteral("$geometry"),
        QStringLiteral("$box"),
        QStringLiteral("$center"),
        QStringLiteral("$centerSphere"),
        QStringLiteral("$polygon"),
        QStringLiteral("$maxDistance"),
        QStringLiteral("$minDistance"),
        // Extended JSON
        QStringLiteral("$oid"),
        QStringLiteral("$date"),
        QStringLiteral("$numberInt"),
        QStringLiteral("$numberLong"),
        QStringLiteral("$numberDouble"),
        QStringLiteral("$numberDecimal"),
        QStringLiteral("$binary"),
        QStringLiteral("$regularExpression"),
        QStringLiteral("$timestamp"),
        QStringLiteral("$minKey"),
        QStringLiteral("$maxKey"),
        QStringLiteral("$undefined"),
        QStringLiteral("$numberLong"),
    };
    return operators;
}

// Operators whose argument is not a query (aggregation expressions, a schema, code).
bool opaque(const QString &key)
{
    return key == QLatin1String("$expr") || key == QLatin1String("$jsonSchema")
        || key == QLatin1String("$where") || key == QLatin1String("$regex")
        || key.startsWith(QLatin1String("$number")) || key == QLatin1String("$date")
        || key == QLatin1String("$binary") || key == QLatin1String("$regularExpression")
        || key == QLatin1String("$timestamp") || key == QLatin1String("$oid");
}

Reply refusal(const QString &position, const QString &problem)
{
    return Reply::error(400, QStringLiteral("InvalidRule"),
                        QStringLiteral("%1: %2").arg(position, problem));
}

Failure checkExpansion(const QString &text, const QString &position)
{
    if (!text.startsWith(QLatin1String("%%")))
        return std::nullopt;
    const QString head = text.mid(2).section(u'.', 0, 0);
    static const QSet<QString> known { QStringLiteral("user"), QStringLiteral("root"),
                                       QStringLiteral("prevRoot"), QStringLiteral("true"),
                                       QStringLiteral("false") };
    if (!known.contains(head))
        return refusal(position,
                       QStringLiteral("unknown expansion %1 (stitch-local knows %%user, "
                                      "%%root, %%prevRoot, %%true and %%false)")
                           .arg(text));
    if ((head == QLatin1String("true") || head == QLatin1String("false")) && text.contains(u'.'))
        return refusal(position, QStringLiteral("unknown expansion %1").arg(text));
    return std::nullopt;
}

Failure checkValue(const QJsonValue &value, const QString &position);

Failure checkExpression(const QJsonObject &expression, const QString &position)
{
    for (auto it = expression.constBegin(); it != expression.constEnd(); ++it) {
        const QString key = it.key();
        const QString at = position.isEmpty() ? key : position + u'.' + key;
        if (key.startsWith(QLatin1String("%%"))) {
            if (Failure failure = checkExpansion(key, at))
                return failure;
        } else if (key.startsWith(u'%')) {
            if (key != QLatin1String("%and") && key != QLatin1String("%or")
                && key != QLatin1String("%nor"))
                return refusal(at,
                               QStringLiteral("unknown operator %1 (stitch-local knows %and, "
                                              "%or and %nor)")
                                   .arg(key));
            if (!it.value().isArray())
                return refusal(at, QStringLiteral("%1 takes an array of expressions").arg(key));
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items.at(i).isObject())
                    return refusal(QStringLiteral("%1[%2]").arg(at).arg(i),
                                   QStringLiteral("must be an expression (an object)"));
                if (Failure failure = checkExpression(items.at(i).toObject(),
                                                      QStringLiteral("%1[%2]").arg(at).arg(i)))
                    return failure;
            }
            continue;
        } else if (key.startsWith(u'$')) {
            if (!knownOperators().contains(key))
                return refusal(at, QStringLiteral("unknown operator %1").arg(key));
            if (opaque(key))
                continue;
        }
        if (Failure failure = checkValue(it.value(), at))
            return failure;
    }
    return std::nullopt;
}

Failure checkValue(const QJsonValue &value, const QString &position)
{
    if (value.isString())
        return checkExpansion(value.toString(), position);
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (Failure failure
                = checkValue(items.at(i), QStringLiteral("%1[%2]").arg(position).arg(i)))
                return failure;
        }
        return std::nullopt;
    }
    if (value.isObject())
        return checkExpression(value.toObject(), position);
    return std::nullopt;
}

// A permission: a boolean or an expression.
Failure checkPermission(const QJsonValue &value, const QString &position)
{
    if (value.isUndefined() || value.isBool())
        return std::nullopt;
    if (!value.isObject())
        return refusal(position, QStringLiteral("must be a boolean or an expression (an object)"));
    return checkExpression(value.toObject(), position);
}

Failure checkRole(const QJsonObject &role, const QString &at)
{
    if (Failure failure = checkPermission(role.value(QStringLiteral("apply_when")),
                                          at + QStringLiteral(".apply_when")))
        return failure;
    for (const QString &key :
         { QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("insert"),
           QStringLiteral("delete"), QStringLiteral("search") }) {
        if (Failure failure = checkPermission(role.value(key), at + u'.' + key))
            return failure;
    }
    const QJsonValue fields = role.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject())
        return refusal(at + QStringLiteral(".fields"), QStringLiteral("must be an object"));
    const QJsonObject fieldRules = fields.toObject();
    for (auto field = fieldRules.constBegin(); field != fieldRules.constEnd(); ++field) {
        const QString fieldAt = at + QStringLiteral(".fields.") + field.key();
        if (!field.value().isObject())
            return refusal(fieldAt, QStringLiteral("must be an object of read and write"));
        for (const QString &key : { QStringLiteral("read"), QStringLiteral("write") }) {
            if (Failure failure
                = checkPermission(field.value().toObject().value(key), fieldAt + u'.' + key))
                return failure;
        }
    }
    const QJsonObject additional = role.value(QStringLiteral("additional_fields")).toObject();
    for (const QString &key : { QStringLiteral("read"), QStringLiteral("write") }) {
        if (Failure failure = checkPermission(additional.value(key),
                                              at + QStringLiteral(".additional_fields.") + key))
            return failure;
    }
    return std::nullopt;
}

} // namespace

Failure checkNamespaceRule(const QJsonObject &rule)
{
    const QJsonArray roles = rule.value(QStringLiteral("roles")).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString at = QStringLiteral("roles[%1]").arg(i);
        if (!roles.at(i).isObject())
            return refusal(at, QStringLiteral("must be an object"));
        if (Failure failure = checkRole(roles.at(i).toObject(), at))
            return failure;
    }
    const QJsonArray filters = rule.value(QStringLiteral("filters")).toArray();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString at = QStringLiteral("filters[%1]").arg(i);
        if (!filters.at(i).isObject())
            return refusal(at, QStringLiteral("must be an object"));
        const QJsonObject filter = filters.at(i).toObject();
        if (Failure failure = checkPermission(filter.value(QStringLiteral("apply_when")),
                                              at + QStringLiteral(".apply_when")))
            return failure;
        for (const QString &key : { QStringLiteral("query"), QStringLiteral("projection") }) {
            const QJsonValue value = filter.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isObject())
                return refusal(at + u'.' + key, QStringLiteral("must be an object"));
            if (Failure failure = checkExpression(value.toObject(), at + u'.' + key))
                return failure;
        }
    }
    return std::nullopt;
}

} // namespace stitchlocal::resources
