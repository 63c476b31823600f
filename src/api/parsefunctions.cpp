#include "parsefunctions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parse", text);
}

//! The context "parse" for lupdate, which does not see the free tr() outside namespace parse.
struct Parse
{
    Q_DECLARE_TR_FUNCTIONS(parse)
};

void fail(QString *why, const QString &text)
{
    if (why->isEmpty())
        *why = text;
}

QString stringField(const QJsonObject &object, const char *key, bool required, QString *why,
                    const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(why, Parse::tr("%1: the field \"%2\" is missing").arg(where, QLatin1String(key)));
    } else {
        fail(why, Parse::tr("%1: the field \"%2\" is not a string").arg(where, QLatin1String(key)));
    }
    return {};
}

QStringList lines(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
        return out;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array)
        out.append(line.isString() ? line.toString()
                                   : QString::fromUtf8(QJsonDocument(QJsonArray { line })
                                                           .toJson(QJsonDocument::Compact)
                                                           .chopped(1)
                                                           .mid(1)));
    return out;
}

} // namespace

namespace parse {

StitchFunction function(const QJsonObject &object, QString *why)
{
    const QString where = tr("function");
    StitchFunction function;
    function.id = stringField(object, "_id", true, why, where);
    function.name = stringField(object, "name", true, why, where);
    function.source = stringField(object, "source", false, why, where);
    // The reference's examples print "boolean" and "object" as strings; take only real values.
    function.isPrivate = object.value(QLatin1String("private")).toBool();
    function.canEvaluate = object.value(QLatin1String("can_evaluate")).toObject();
    return why->isEmpty() ? function : StitchFunction();
}

StitchFunction function(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        fail(why, tr("function: the answer is not an object"));
        return {};
    }
    return function(doc.object(), why);
}

QList<StitchFunction> functions(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        fail(why, tr("function list: the answer is not an array"));
        return {};
    }
    QList<StitchFunction> list;
    const QJsonArray array = doc.array();
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        list.append(function(value.toObject(), why));
        if (!why->isEmpty())
            return {};
    }
    return list;
}

FunctionRunResult runResult(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        fail(why, tr("function run: the answer is not an object"));
        return {};
    }
    const QJsonObject object = doc.object();
    FunctionRunResult run;
    run.result = object.value(QLatin1String("result"));
    if (run.result.isUndefined())
        run.result = QJsonValue::Null;
    run.logs = lines(object.value(QLatin1String("logs")));
    run.errorLogs = lines(object.value(QLatin1String("error_logs")));
    run.errorCode = object.value(QLatin1String("error_code")).toString();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject()) {
        run.errorMessage = error.toObject().value(QLatin1String("message")).toString();
        run.errorName = error.toObject().value(QLatin1String("name")).toString();
        if (run.errorMessage.isEmpty() && run.errorName.isEmpty())
            run.errorName = QStringLiteral("Error");
    } else if (error.isString()) {
        run.errorMessage = error.toString();
    }
    const QJsonValue time
        = object.value(QLatin1String("stats")).toObject().value(QLatin1String("execution_time"));
    run.executionTime = time.isDouble() ? QString::number(time.toDouble()) : time.toString();
    return run;
}

AppUser appUser(const QJsonObject &object, QString *why)
{
    const QString where = tr("user");
    AppUser user;
    user.id = stringField(object, "_id", true, why, where);
    user.type = object.value(QLatin1String("type")).toString();
    user.disabled = object.value(QLatin1String("disabled")).toBool();
    const QJsonObject data = object.value(QLatin1String("data")).toObject();
    user.email = data.value(QLatin1String("email")).toString();
    user.name = data.value(QLatin1String("name")).toString();
    const QJsonArray identities = object.value(QLatin1String("identities")).toArray();
    for (const QJsonValue &identity : identities)
        user.identities.append(identity.toObject().value(QLatin1String("provider_type")).toString());
    user.created = qint64(object.value(QLatin1String("creation_date")).toDouble());
    user.lastLogin = qint64(object.value(QLatin1String("last_authentication_date")).toDouble());
    user.raw = object;
    return why->isEmpty() ? user : AppUser();
}

QList<AppUser> appUsers(const QJsonDocument &doc, QString *why)
{
    if (!doc.isArray()) {
        fail(why, tr("user list: the answer is not an array"));
        return {};
    }
    QList<AppUser> list;
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array) {
        list.append(appUser(value.toObject(), why));
        if (!why->isEmpty())
            return {};
    }
    return list;
}

} // namespace parse
