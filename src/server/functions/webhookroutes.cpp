// Incoming webhooks, callable over HTTP at
//
//   {ANY METHOD}
//   http://HOST:PORT/api/client/v2.0/app/{clientAppId}/service/{serviceName}/incoming_webhook/{webhookName}
//
// e.g. curl -X POST
// 'http://localhost:7080/api/client/v2.0/app/myapp-abcde/service/github/incoming_webhook/onPush?secret=s3cret'
// -d '{"a":1}'
//
// The webhook is the deployed "incoming_webhook" document named webhookName under the service
// named serviceName. Its options.secret is checked as the query parameter "secret"
// (secretAsQueryParam: true, or validationMethod "SECRET_AS_QUERY_PARAM") or as the header
// X-Hook-Signature: sha256=<hex HMAC-SHA256 of the body> (validationMethod "VERIFY_PAYLOAD", or a
// secret without secretAsQueryParam); validationMethod "NO_VALIDATION" or no secret checks
// nothing. A wrong secret is 401. options.httpMethod other than "ANY" admits only that method
// (405 otherwise). The function_source runs as run_as_user_id, or as the system user, with
// (payload, response): payload {query, headers, body} where body.text() is the raw body. If the
// function called response.setStatusCode/setBody/addHeader, that is the answer; otherwise, with
// respond_result, the function's result as relaxed Extended JSON; otherwise 200 with no body.
// A failed run answers 400 {error, error_code}. Every call of a known webhook, refused ones
// included, writes a "WEBHOOK" log entry.

#include "functionrun.h"

#include "server/appdata/appdata.h"
#include "server/logwriter.h"
#include "server/routes.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"
#include "server/serverstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

QString methodText(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Other:
        break;
    }
    return QString();
}

//! Whether the request carries the webhook's secret the way its options ask for.
bool secretAccepted(const QJsonObject &options, const Request &request)
{
    const QString secret = options.value(QStringLiteral("secret")).toString();
    const QString method = options.value(QStringLiteral("validationMethod")).toString();
    if (method == QLatin1String("NO_VALIDATION") || (secret.isEmpty() && method.isEmpty()))
        return true;
    const bool asQuery = method == QLatin1String("SECRET_AS_QUERY_PARAM")
        || (method.isEmpty() && options.value(QStringLiteral("secretAsQueryParam")).toBool());
    if (asQuery)
        return secrets::sameSecret(
            request.query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded).toUtf8(),
            secret.toUtf8());
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(request.body, secret.toUtf8(),
                                           QCryptographicHash::Sha256)
              .toHex();
    return secrets::sameSecret(request.header("X-Hook-Signature").trimmed().toLower(), expected);
}

//! The URL as the log shows it: a secret in the query is replaced, never written down.
QString loggedUrl(const Request &request)
{
    QString url = request.path;
    if (request.query.isEmpty())
        return url;
    QUrlQuery query = request.query;
    if (query.hasQueryItem(QStringLiteral("secret"))) {
        query.removeAllQueryItems(QStringLiteral("secret"));
        query.addQueryItem(QStringLiteral("secret"), QStringLiteral("REDACTED"));
    }
    return url + u'?' + query.toString(QUrl::FullyEncoded);
}

//! payload's query ({name: value}) and headers ({name: [values]}), and context.request.
QJsonObject webhookInput(const Request &request, const QString &url)
{
    QJsonObject query;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.insert(item.first, item.second);
    QJsonObject headers;
    for (const auto &header : request.headers) {
        const QString name = QString::fromLatin1(header.first);
        QJsonArray values = headers.value(name).toArray();
        values.append(QString::fromUtf8(header.second));
        headers.insert(name, values);
    }
    return { { QStringLiteral("query"), query },
             { QStringLiteral("headers"), headers },
             { QStringLiteral("body"), QString::fromUtf8(request.body) },
             { QStringLiteral("url"), url } };
}

Reply replyFor(const QJsonObject &hook, const RunResult &result)
{
    if (!result.ok())
        return Reply::error(400, result.errorCode, result.errorMessage);
    if (!result.response.isEmpty()) {
        Reply reply;
        reply.status = result.response.value(QStringLiteral("status")).toInt(200);
        const QJsonObject headers = result.response.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QJsonArray values = it.value().toArray();
            for (const QJsonValue &value : values) {
                if (it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                    reply.contentType = value.toString().toUtf8();
                else
                    reply.headers.append({ it.key().toUtf8(), value.toString().toUtf8() });
            }
        }
        reply.body = result.response.value(QStringLiteral("body")).toString().toUtf8();
        if (reply.contentType.isEmpty() && !reply.body.isEmpty())
            reply.contentType = "text/plain; charset=utf-8";
        return reply;
    }
    Reply reply;
    reply.status = 200;
    if (hook.value(QStringLiteral("respond_result")).toBool()) {
        reply.contentType = "application/json";
        reply.body
            = jsonText(relaxedEjson(result.result.isUndefined() ? QJsonValue() : result.result));
    }
    return reply;
}

//! The "WEBHOOK" entry of one call of a known webhook, run or refused.
void logCall(ServerState &state, const QString &appId, const Resource &webhook, const QString &url,
             const QString &method, const QString &userId, const QDateTime &started,
             const RunResult &result, int status)
{
    QJsonObject entry = runLogEntry(state.store, appId, QStringLiteral("WEBHOOK"), started, result);
    entry.insert(QStringLiteral("incoming_webhook_id"), webhook.id);
    entry.insert(QStringLiteral("incoming_webhook_name"), webhook.name);
    entry.insert(QStringLiteral("request_url"), url);
    entry.insert(QStringLiteral("request_method"), method);
    entry.insert(QStringLiteral("status"), status);
    entry.insert(QStringLiteral("user_id"), userId);
    appendLog(state.store, appId, entry);
}

void callWebhook(ServerState &state, Call &call, Responder respond)
{
    const QString appId
        = appdata::appForClientId(state.store, call.param(QStringLiteral("clientAppId")));
    if (appId.isEmpty())
        return respond(Reply::error(404, QStringLiteral("AppNotFound"),
                                    QStringLiteral("application not found")));
    // Webhooks serve what is deployed (adminId empty), never a draft.
    const auto service = state.config.findByName(
        appId, kinds::service, kTopLevel, call.param(QStringLiteral("serviceName")), QString());
    if (!service)
        return respond(Reply::error(404, QStringLiteral("ServiceNotFound"),
                                    QStringLiteral("service not found")));
    const auto hook = state.config.findByName(appId, kinds::incomingWebhook, service->id,
                                              call.param(QStringLiteral("webhookName")), QString());
    if (!hook)
        return respond(Reply::error(404, QStringLiteral("IncomingWebhookNotFound"),
                                    QStringLiteral("incoming webhook not found")));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QJsonObject options = hook->doc.value(QStringLiteral("options")).toObject();
    const QString method = methodText(call.request.method);
    QString url = call.request.path;
    if (!call.request.query.isEmpty())
        url += u'?' + call.request.query.toString(QUrl::FullyEncoded);
    const QString logUrl = loggedUrl(call.request);
    // A refused call of a known webhook is logged too: it is how a sender's mistake shows.
    const auto refuse = [&](int status, const QString &code, const QString &message) {
        logCall(state, appId, *hook, logUrl, method, QString(), started,
                RunResult::failure(code, message, 0), status);
        respond(Reply::error(status, code, message));
    };
    const QString allowed = options.value(QStringLiteral("httpMethod")).toString().toUpper();
    if (!allowed.isEmpty() && allowed != QLatin1String("ANY") && allowed != method)
        return refuse(405, QStringLiteral("MethodNotAllowed"),
                      QStringLiteral("this webhook takes %1 only").arg(allowed));
    if (!secretAccepted(options, call.request))
        return refuse(401, QStringLiteral("InvalidSecret"),
                      QStringLiteral("invalid webhook secret"));

    RunRequest request;
    request.name = hook->name;
    request.source = hook->doc.value(QStringLiteral("function_source")).toString();
    request.timeLimitMs = functionTimeLimitMs(state.options);
    const QString runAs = hook->doc.value(QStringLiteral("run_as_user_id")).toString();
    const auto user = runAs.isEmpty() ? std::nullopt : state.store.appUser(appId, runAs);
    request.runAsSystem = !user;
    if (user) {
        request.userId = runAs;
        request.userData = user->value(QStringLiteral("data")).toObject();
    }
    request.webhook = webhookInput(call.request, url);
    request.request
        = { { QStringLiteral("httpMethod"), method },
            { QStringLiteral("rawQueryString"), call.request.query.toString(QUrl::FullyEncoded) },
            { QStringLiteral("webhookUrl"), url } };
    addAppContext(state.config, appId, QString(), &request);

    const Resource webhook = *hook;
    const QString userId = request.userId;
    state.runtime->run(request, state.runtime.get(),
                       [&state, appId, webhook, logUrl, method, userId, started,
                        respond](const RunResult &result) {
                           const Reply reply = replyFor(webhook.doc, result);
                           logCall(state, appId, webhook, logUrl, method, userId, started, result,
                                   reply.status);
                           respond(reply);
                       });
}

} // namespace

void addWebhookRoutes(ServerState &state)
{
    const QString path
        = QStringLiteral("/app/{clientAppId}/service/{serviceName}/incoming_webhook/{webhookName}");
    for (Method method :
         { Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Head })
        state.clientRouter.addAsync(method, path, Access::Public,
                                    [&state](Call &call, Responder respond) {
                                        callWebhook(state, call, std::move(respond));
                                    });
}

} // namespace stitchlocal
