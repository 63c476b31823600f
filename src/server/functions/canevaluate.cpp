#include "canevaluate.h"

#include <QStringList>

namespace stitchlocal {

namespace {

//! The value a %%path names, or Undefined (also for %%paths this evaluator does not know).
QJsonValue expand(const QString &text, const EvaluationScope &scope)
{
    if (text == QLatin1String("%%true"))
        return true;
    if (text == QLatin1String("%%false"))
        return false;
    QStringList path = text.mid(2).split(u'.');
    const QString root = path.takeFirst();
    QJsonValue value;
    if (root == QLatin1String("user"))
        value = scope.user;
    else if (root == QLatin1String("args"))
        value = scope.arguments;
    else if (root == QLatin1String("values"))
        value = scope.values;
    else
        return QJsonValue::Undefined;
    for (const QString &step : std::as_const(path)) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (value.isArray() && isIndex)
            value = value.toArray().at(index);
        else if (value.isObject())
            value = value.toObject().value(step);
        else
            return QJsonValue::Undefined;
    }
    return value;
}

QJsonValue resolve(const QJsonValue &value, const EvaluationScope &scope)
{
    if (value.isString() && value.toString().startsWith(QLatin1String("%%")))
        return expand(value.toString(), scope);
    return value;
}

bool evaluate(const QJsonObject &expression, const EvaluationScope &scope, QString *error);

//! One field: the left side (a %%path or a literal) against an operator object or a value.
bool holds(const QJsonValue &left, const QJsonValue &right, const EvaluationScope &scope,
           QString *error)
{
    const QJsonObject operators = right.toObject();
    const bool isOperator
        = right.isObject() && !operators.isEmpty() && operators.constBegin().key().startsWith(u'%');
    if (!isOperator)
        return left == resolve(right, scope);
    for (auto it = operators.constBegin(); it != operators.constEnd(); ++it) {
        const QJsonValue operand = resolve(it.value(), scope);
        bool ok = false;
        if (it.key() == QLatin1String("%eq"))
            ok = left == operand;
        else if (it.key() == QLatin1String("%ne"))
            ok = left != operand;
        else if (it.key() == QLatin1String("%in"))
            ok = operand.toArray().contains(left);
        else if (it.key() == QLatin1String("%nin"))
            ok = !operand.toArray().contains(left);
        else if (it.key() == QLatin1String("%exists"))
            ok = (!left.isUndefined() && !left.isNull()) == operand.toBool();
        else {
            *error = QStringLiteral("can_evaluate uses %1, which stitch-local does not evaluate")
                         .arg(it.key());
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool evaluateList(const QJsonValue &list, bool any, const EvaluationScope &scope, QString *error)
{
    const QJsonArray parts = list.toArray();
    for (const QJsonValue &part : parts) {
        if (evaluate(part.toObject(), scope, error) == any)
            return any;
        if (!error->isEmpty())
            return false;
    }
    return !any;
}

bool evaluate(const QJsonObject &expression, const EvaluationScope &scope, QString *error)
{
    for (auto it = expression.constBegin(); it != expression.constEnd(); ++it) {
        bool ok = false;
        if (it.key() == QLatin1String("%and") || it.key() == QLatin1String("%or"))
            ok = evaluateList(it.value(), it.key() == QLatin1String("%or"), scope, error);
        else if (it.key().startsWith(QLatin1String("%%")))
            ok = holds(expand(it.key(), scope), it.value(), scope, error);
        else if (it.key().startsWith(u'%')) {
            *error = QStringLiteral("can_evaluate uses %1, which stitch-local does not evaluate")
                         .arg(it.key());
            return false;
        } else
            ok = holds(QJsonValue(it.key()), it.value(), scope, error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool canEvaluate(const QJsonObject &expression, const EvaluationScope &scope, QString *error)
{
    error->clear();
    return evaluate(expression, scope, error);
}

} // namespace stitchlocal
