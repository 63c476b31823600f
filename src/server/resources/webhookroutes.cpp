// Incoming webhooks of a service (configuration only; the functions area makes them callable):
// GET/POST .../services/{serviceId}/incoming_webhooks,
// GET/PUT/DELETE .../services/{serviceId}/incoming_webhooks/{incomingWebhookId}.

#include "resourcekit.h"

#include "server/secrets.h"
#include "server/serverstate.h"

#include <QJsonArray>

namespace stitchlocal::resources {

namespace {

const Kind kWebhook { QStringLiteral("incoming_webhook"), QStringLiteral("incoming webhook"),
                      QStringLiteral("IncomingWebhookNotFound"),
                      QStringLiteral("IncomingWebhookAlreadyExists") };

const QStringList kValidationMethods { QStringLiteral("NO_VALIDATION"),
                                       QStringLiteral("SECRET_AS_QUERY_PARAM"),
                                       QStringLiteral("VERIFY_PAYLOAD") };

// The method a webhook answers; "ANY" takes them all.
const QStringList kHttpMethods { QStringLiteral("ANY"),   QStringLiteral("GET"),
                                 QStringLiteral("POST"),  QStringLiteral("PUT"),
                                 QStringLiteral("PATCH"), QStringLiteral("DELETE") };

QString webhookId(const Call &call)
{
    return call.param(QStringLiteral("incomingWebhookId"));
}

Failure parseOptions(const QJsonObject &body, QJsonObject *options)
{
    if (Failure failure = optionalObject(body, QStringLiteral("options"), options))
        return failure;
    QString secret;
    bool secretAsQueryParam = false;
    QString method = QStringLiteral("NO_VALIDATION");
    if (Failure failure = optionalString(*options, QStringLiteral("secret"), &secret))
        return failure;
    if (Failure failure
        = optionalBool(*options, QStringLiteral("secretAsQueryParam"), &secretAsQueryParam))
        return failure;
    if (Failure failure = optionalString(*options, QStringLiteral("validationMethod"), &method))
        return failure;
    QString httpMethod = QStringLiteral("ANY");
    if (Failure failure = optionalString(*options, QStringLiteral("httpMethod"), &httpMethod))
        return failure;
    if (!kHttpMethods.contains(httpMethod))
        return invalid(QStringLiteral("options.httpMethod must be one of %1")
                           .arg(kHttpMethods.join(QStringLiteral(", "))));
    if (!kValidationMethods.contains(method))
        return invalid(QStringLiteral("options.validationMethod must be one of %1")
                           .arg(kValidationMethods.join(QStringLiteral(", "))));
    // Asking for a secret check without a secret would lock every caller out.
    if ((secretAsQueryParam || method != QLatin1String("NO_VALIDATION")) && secret.isEmpty())
        return missing(QStringLiteral("options.secret"));
    return std::nullopt;
}

// POST and PUT carry the whole webhook; absent fields take the defaults the real service gives.
// function_source is stored as sent: its syntax is the runtime's business, not checked here.
Failure parseWebhook(const QByteArray &body, QJsonObject *doc)
{
    QJsonObject object;
    if (Failure failure = parseJsonObject(body, &object))
        return failure;
    QString name;
    QString source;
    if (Failure failure = requireName(object, QStringLiteral("name"), &name))
        return failure;
    if (Failure failure = requireString(object, QStringLiteral("function_source"), &source))
        return failure;
    QJsonObject result { { QStringLiteral("name"), name },
                         { QStringLiteral("function_source"), source } };
    for (const QString &key :
         { QStringLiteral("respond_result"), QStringLiteral("run_as_authed_user"),
           QStringLiteral("fetch_custom_user_data"), QStringLiteral("create_user_on_auth") }) {
        bool flag = false;
        if (Failure failure = optionalBool(object, key, &flag))
            return failure;
        result.insert(key, flag);
    }
    for (const QString &key :
         { QStringLiteral("run_as_user_id"), QStringLiteral("run_as_user_id_script_source") }) {
        QString text;
        if (Failure failure = optionalString(object, key, &text))
            return failure;
        result.insert(key, text);
    }
    const int runAsChoices = int(result.value(QStringLiteral("run_as_authed_user")).toBool())
        + int(!result.value(QStringLiteral("run_as_user_id")).toString().isEmpty())
        + int(!result.value(QStringLiteral("run_as_user_id_script_source")).toString().isEmpty());
    if (runAsChoices > 1)
        return invalid(QStringLiteral("choose one of run_as_authed_user, run_as_user_id and "
                                      "run_as_user_id_script_source"));
    QJsonObject options;
    QJsonObject canEvaluate;
    if (Failure failure = parseOptions(object, &options))
        return failure;
    if (Failure failure = optionalObject(object, QStringLiteral("can_evaluate"), &canEvaluate))
        return failure;
    result.insert(QStringLiteral("options"), options);
    result.insert(QStringLiteral("can_evaluate"), canEvaluate);
    *doc = result;
    return std::nullopt;
}

Reply listWebhooks(ServerState &state, Call &call)
{
    return listServiceChildren(state, call, kWebhook);
}

Reply createWebhook(ServerState &state, Call &call)
{
    Resource service;
    if (Failure failure = requireService(state, call, &service))
        return *failure;
    QJsonObject doc;
    if (Failure failure = parseWebhook(call.request.body, &doc))
        return *failure;
    const QString id = secrets::newObjectId();
    doc.insert(QStringLiteral("_id"), id);
    const Resource webhook { kWebhook.kind, id, service.id,
                             doc.value(QStringLiteral("name")).toString(), doc };
    if (Failure failure = writeFailure(state.config.insert(appIdOf(call), webhook, call.adminId),
                                       kWebhook, webhook.name))
        return *failure;
    return Reply::json(doc, 201);
}

Failure requireWebhook(ServerState &state, const Call &call, Resource *webhook)
{
    return requireServiceChild(state, call, kWebhook, webhookId(call), webhook);
}

Reply getWebhook(ServerState &state, Call &call)
{
    Resource webhook;
    if (Failure failure = requireWebhook(state, call, &webhook))
        return *failure;
    return Reply::json(webhook.doc);
}

Reply updateWebhook(ServerState &state, Call &call)
{
    Resource webhook;
    if (Failure failure = requireWebhook(state, call, &webhook))
        return *failure;
    QJsonObject doc;
    if (Failure failure = parseWebhook(call.request.body, &doc))
        return *failure;
    doc.insert(QStringLiteral("_id"), webhook.id);
    webhook.name = doc.value(QStringLiteral("name")).toString();
    webhook.doc = doc;
    if (Failure failure = writeFailure(state.config.update(appIdOf(call), webhook, call.adminId),
                                       kWebhook, webhook.name))
        return *failure;
    return Reply::json(doc);
}

Reply deleteWebhook(ServerState &state, Call &call)
{
    Resource webhook;
    if (Failure failure = requireWebhook(state, call, &webhook))
        return *failure;
    return removeDocument(state, call, kWebhook, webhook.id);
}

} // namespace

void addWebhookRoutes(ServerState &state)
{
    const QString webhooks
        = appPattern() + QStringLiteral("/services/{serviceId}/incoming_webhooks");
    const QString webhook = webhooks + QStringLiteral("/{incomingWebhookId}");
    addRoute(state, Method::Get, webhooks, listWebhooks);
    addRoute(state, Method::Post, webhooks, createWebhook);
    addRoute(state, Method::Get, webhook, getWebhook);
    addRoute(state, Method::Put, webhook, updateWebhook);
    addRoute(state, Method::Delete, webhook, deleteWebhook);
}

} // namespace stitchlocal::resources
