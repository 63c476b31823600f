#include "functioncalls.h"

#include "apiclient.h"
#include "parsefunctions.h"

#include <QJsonObject>

namespace functioncalls {

namespace {

QStringList appPath(const QString &groupId, const QString &appId)
{
    return { QStringLiteral("groups"), groupId, QStringLiteral("apps"), appId };
}

QStringList functionsPath(const QString &groupId, const QString &appId)
{
    return appPath(groupId, appId) << QStringLiteral("functions");
}

QUrlQuery runAsQuery(const RunAs &runAs)
{
    QUrlQuery query;
    if (runAs.isSystem())
        query.addQueryItem(QStringLiteral("run_as_system"), QStringLiteral("true"));
    else
        query.addQueryItem(QStringLiteral("user_id"), runAs.userId);
    return query;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Job<FunctionRunResult> *runJob(ApiClient &client, const QString &groupId, const QString &appId,
                               const QString &verb, const RunAs &runAs)
{
    return new Job<FunctionRunResult>(
        QStringLiteral("POST"),
        client.urlFor(appPath(groupId, appId) << QStringLiteral("debug") << verb,
                      runAsQuery(runAs)),
        &parse::runResult);
}

} // namespace

Job<QList<StitchFunction>> *list(ApiClient &client, const QString &groupId, const QString &appId)
{
    return client.send(new Job<QList<StitchFunction>>(
        QStringLiteral("GET"), client.urlFor(functionsPath(groupId, appId)), &parse::functions));
}

Job<StitchFunction> *get(ApiClient &client, const QString &groupId, const QString &appId,
                         const QString &functionId)
{
    return client.send(new Job<StitchFunction>(
        QStringLiteral("GET"), client.urlFor(functionsPath(groupId, appId) << functionId),
        [](const QJsonDocument &doc, QString *why) { return parse::function(doc, why); }));
}

Job<StitchFunction> *create(ApiClient &client, const QString &groupId, const QString &appId,
                            const StitchFunction &function)
{
    auto *job = new Job<StitchFunction>(
        QStringLiteral("POST"), client.urlFor(functionsPath(groupId, appId)),
        [](const QJsonDocument &doc, QString *why) { return parse::function(doc, why); });
    return client.send(job, compact(function.toJson()));
}

ApiJob *update(ApiClient &client, const QString &groupId, const QString &appId,
               const StitchFunction &function)
{
    return client.send(new RawJob(QStringLiteral("PUT"),
                                  client.urlFor(functionsPath(groupId, appId) << function.id)),
                       compact(function.toJson()));
}

ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &functionId)
{
    return client.send(new RawJob(QStringLiteral("DELETE"),
                                  client.urlFor(functionsPath(groupId, appId) << functionId)));
}

Job<FunctionRunResult> *execute(ApiClient &client, const QString &groupId, const QString &appId,
                                const QString &name, const QJsonArray &arguments,
                                const RunAs &runAs)
{
    const QJsonObject body { { QStringLiteral("name"), name },
                             { QStringLiteral("arguments"), arguments } };
    return client.send(runJob(client, groupId, appId, QStringLiteral("execute_function"), runAs),
                       compact(body));
}

Job<FunctionRunResult> *executeSource(ApiClient &client, const QString &groupId,
                                      const QString &appId, const QString &source,
                                      const QString &evalSource, const RunAs &runAs,
                                      const QString &draftOf)
{
    QJsonObject body { { QStringLiteral("source"), source } };
    if (!evalSource.isEmpty())
        body.insert(QStringLiteral("eval_source"), evalSource);
    if (!draftOf.isEmpty())
        body.insert(QStringLiteral("name"), draftOf);
    return client.send(
        runJob(client, groupId, appId, QStringLiteral("execute_function_source"), runAs),
        compact(body));
}

QString evalSourceFor(const QJsonArray &arguments)
{
    // A JSON array is a JavaScript array literal; spreading it keeps every argument's value.
    const QByteArray list = QJsonDocument(arguments).toJson(QJsonDocument::Compact);
    return QStringLiteral("exports(...%1)").arg(QString::fromUtf8(list));
}

} // namespace functioncalls
