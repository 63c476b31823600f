#include "operationtable.h"

#include "apiclient.h"
#include "apikeycalls.h"
#include "appcalls.h"
#include "authcalls.h"
#include "authprovidercalls.h"
#include "dependencycalls.h"
#include "draftcalls.h"
#include "functioncalls.h"
#include "hostingcalls.h"
#include "logcalls.h"
#include "overviewcalls.h"
#include "pushcalls.h"
#include "registrationcalls.h"
#include "rulecalls.h"
#include "secretcalls.h"
#include "securitycalls.h"
#include "servicecalls.h"
#include "triggercalls.h"
#include "usercalls.h"
#include "valuecalls.h"
#include "webhookcalls.h"

#include <QJsonValue>

namespace operationtable {

namespace {

// Placeholder arguments: any non-empty segment will do, the table test reads the URL only.
const QString G = QStringLiteral("g0");
const QString A = QStringLiteral("a0");
const QString X = QStringLiteral("x0");
const QString Y = QStringLiteral("y0");
const QString ASSET = QStringLiteral("/index.html");
const QString ASSET2 = QStringLiteral("/copy.html");

StitchFunction function()
{
    StitchFunction f;
    f.id = X;
    f.name = Y;
    return f;
}

StitchValue value()
{
    StitchValue v;
    v.id = X;
    v.name = Y;
    return v;
}

StitchTrigger trigger()
{
    StitchTrigger t;
    t.id = X;
    t.name = Y;
    return t;
}

HostingUpload upload()
{
    HostingUpload u;
    u.path = ASSET;
    return u;
}

using Invoke = std::function<ApiJob *(ApiClient &)>;

Operation op(const char *method, const char *path, const char *call, Invoke invoke)
{
    return { QString::fromLatin1(method), QString::fromLatin1(path), QString::fromLatin1(call),
             false, std::move(invoke) };
}

Operation extra(const char *method, const char *path, const char *call, Invoke invoke)
{
    Operation operation = op(method, path, call, std::move(invoke));
    operation.extra = true;
    return operation;
}

} // namespace

const QList<Operation> &operations()
{
    // One row per operation: the method and path as tests/reference/operations.md (a copy of
    // the reference's list) writes them, then the call the console makes for it (a few are made
    // by more than one call: hosting copy beside move, folder creation beside upload; the row
    // names the main one).
    static const QList<Operation> table {
        op("GET", "/auth/providers", "authcalls::providers",
           [](ApiClient &c) -> ApiJob * { return authcalls::providers(c); }),
        op("POST", "/auth/providers/{provider}/login", "authcalls::login",
           [](ApiClient &c) -> ApiJob * { return authcalls::login(c, X, Y, Y); }),
        op("GET", "/auth/profile", "authcalls::profile",
           [](ApiClient &c) -> ApiJob * { return authcalls::profile(c); }),
        op("DELETE", "/auth/session", "authcalls::logout",
           [](ApiClient &c) -> ApiJob * { return authcalls::logout(c); }),
        op("POST", "/auth/session", "authcalls::refresh",
           [](ApiClient &c) -> ApiJob * { return authcalls::refresh(c); }),
        op("GET", "/groups/{groupId}/apps/{appId}/api_keys", "apikeycalls::list",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/api_keys", "apikeycalls::create",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::create(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/api_keys/{apiKeyId}", "apikeycalls::get",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/api_keys/{apiKeyId}", "apikeycalls::remove",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::remove(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/api_keys/{apiKeyId}/enable",
           "apikeycalls::enable",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::enable(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/api_keys/{apiKeyId}/disable",
           "apikeycalls::disable",
           [](ApiClient &c) -> ApiJob * { return apikeycalls::disable(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps", "appcalls::list",
           [](ApiClient &c) -> ApiJob * { return appcalls::list(c, G); }),
        op("POST", "/groups/{groupId}/apps", "appcalls::create",
           [](ApiClient &c) -> ApiJob * { return appcalls::create(c, G, NewApp { X }); }),
        op("GET", "/groups/{groupId}/apps/{appId}", "overviewcalls::appDefinition",
           [](ApiClient &c) -> ApiJob * { return overviewcalls::appDefinition(c, G, A); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}", "appcalls::remove",
           [](ApiClient &c) -> ApiJob * { return appcalls::remove(c, G, A); }),
        op("GET", "/groups/{groupId}/apps/{appId}/export", "appcalls::exportZip",
           [](ApiClient &c) -> ApiJob * { return appcalls::exportZip(c, G, A); }),
        op("GET", "/groups/{groupId}/apps/{appId}/auth_providers", "authprovidercalls::list",
           [](ApiClient &c) -> ApiJob * { return authprovidercalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/auth_providers", "authprovidercalls::create",
           [](ApiClient &c) -> ApiJob * { return authprovidercalls::create(c, G, A, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/auth_providers/{providerId}",
           "authprovidercalls::get",
           [](ApiClient &c) -> ApiJob * { return authprovidercalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/auth_providers/{providerId}",
           "authprovidercalls::remove",
           [](ApiClient &c) -> ApiJob * { return authprovidercalls::remove(c, G, A, X); }),
        op("PATCH", "/groups/{groupId}/apps/{appId}/auth_providers/{providerId}",
           "authprovidercalls::update",
           [](ApiClient &c) -> ApiJob * { return authprovidercalls::update(c, G, A, X, {}); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/auth_providers/{providerId}/disable",
           "authprovidercalls::setEnabled(false)",
           [](ApiClient &c) -> ApiJob * {
               return authprovidercalls::setEnabled(c, G, A, X, false);
           }),
        op("PUT", "/groups/{groupId}/apps/{appId}/auth_providers/{providerId}/enable",
           "authprovidercalls::setEnabled(true)",
           [](ApiClient &c) -> ApiJob * {
               return authprovidercalls::setEnabled(c, G, A, X, true);
           }),
        op("POST",
           "/groups/{groupId}/apps/{appId}/user_registrations/by_email/{email}/send_confirm",
           "registrationcalls::sendConfirm",
           [](ApiClient &c) -> ApiJob * { return registrationcalls::sendConfirm(c, G, A, X); }),
        op("POST", "/groups/{groupId}/apps/{appId}/debug/execute_function",
           "functioncalls::execute",
           [](ApiClient &c) -> ApiJob * {
               return functioncalls::execute(c, G, A, X, {}, RunAs());
           }),
        op("POST", "/groups/{groupId}/apps/{appId}/debug/execute_function_source",
           "functioncalls::executeSource",
           [](ApiClient &c) -> ApiJob * {
               return functioncalls::executeSource(c, G, A, X, Y, RunAs());
           }),
        op("GET", "/groups/{groupId}/apps/{appId}/functions", "functioncalls::list",
           [](ApiClient &c) -> ApiJob * { return functioncalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/functions", "functioncalls::create",
           [](ApiClient &c) -> ApiJob * { return functioncalls::create(c, G, A, function()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/functions/{functionId}", "functioncalls::get",
           [](ApiClient &c) -> ApiJob * { return functioncalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/functions/{functionId}",
           "functioncalls::remove",
           [](ApiClient &c) -> ApiJob * { return functioncalls::remove(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/functions/{functionId}", "functioncalls::update",
           [](ApiClient &c) -> ApiJob * { return functioncalls::update(c, G, A, function()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/logs", "logcalls::page",
           [](ApiClient &c) -> ApiJob * { return logcalls::page(c, G, A, LogFilter()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/push/notifications", "pushcalls::list",
           [](ApiClient &c) -> ApiJob * { return pushcalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/push/notifications", "pushcalls::create",
           [](ApiClient &c) -> ApiJob * { return pushcalls::create(c, G, A, X, Y, Y); }),
        op("GET", "/groups/{groupId}/apps/{appId}/push/notifications/{messageId}", "pushcalls::get",
           [](ApiClient &c) -> ApiJob * { return pushcalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/push/notifications/{messageId}",
           "pushcalls::remove",
           [](ApiClient &c) -> ApiJob * { return pushcalls::remove(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/push/notifications/{messageId}",
           "pushcalls::update",
           [](ApiClient &c) -> ApiJob * { return pushcalls::update(c, G, A, X, Y, Y, Y); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/push/notifications/{messageId}/type",
           "pushcalls::setType",
           [](ApiClient &c) -> ApiJob * { return pushcalls::setType(c, G, A, X, Y); }),
        op("POST", "/groups/{groupId}/apps/{appId}/push/notifications/{messageId}/send",
           "pushcalls::send", [](ApiClient &c) -> ApiJob * { return pushcalls::send(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/services/{serviceId}/rules", "rulecalls::list",
           [](ApiClient &c) -> ApiJob * { return rulecalls::list(c, G, A, X); }),
        op("POST", "/groups/{groupId}/apps/{appId}/services/{serviceId}/rules", "rulecalls::create",
           [](ApiClient &c) -> ApiJob * { return rulecalls::create(c, G, A, X, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/services/{serviceId}/rules/{ruleId}",
           "rulecalls::get",
           [](ApiClient &c) -> ApiJob * { return rulecalls::get(c, G, A, X, Y); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/services/{serviceId}/rules/{ruleId}",
           "rulecalls::remove",
           [](ApiClient &c) -> ApiJob * { return rulecalls::remove(c, G, A, X, Y); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/services/{serviceId}/rules/{ruleId}",
           "rulecalls::update",
           [](ApiClient &c) -> ApiJob * { return rulecalls::update(c, G, A, X, Y, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/security/allowed_request_origins",
           "securitycalls::allowedOrigins",
           [](ApiClient &c) -> ApiJob * { return securitycalls::allowedOrigins(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/security/allowed_request_origins",
           "securitycalls::setAllowedOrigins",
           [](ApiClient &c) -> ApiJob * { return securitycalls::setAllowedOrigins(c, G, A, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/services", "servicecalls::list",
           [](ApiClient &c) -> ApiJob * { return servicecalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/services", "servicecalls::create",
           [](ApiClient &c) -> ApiJob * { return servicecalls::create(c, G, A, X, Y, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/services/{serviceId}", "servicecalls::get",
           [](ApiClient &c) -> ApiJob * { return servicecalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/services/{serviceId}", "servicecalls::remove",
           [](ApiClient &c) -> ApiJob * { return servicecalls::remove(c, G, A, X); }),
        op("PATCH", "/groups/{groupId}/apps/{appId}/services/{serviceId}", "servicecalls::update",
           [](ApiClient &c) -> ApiJob * { return servicecalls::update(c, G, A, X, {}); }),
        op("POST", "/groups/{groupId}/apps/{appId}/services/{serviceId}/commands/{commandName}",
           "servicecalls::runCommand",
           [](ApiClient &c) -> ApiJob * {
               return servicecalls::runCommand(c, G, A, X, Y, QJsonValue());
           }),
        op("GET", "/groups/{groupId}/apps/{appId}/services/{serviceId}/config",
           "servicecalls::config",
           [](ApiClient &c) -> ApiJob * { return servicecalls::config(c, G, A, X); }),
        op("PATCH", "/groups/{groupId}/apps/{appId}/services/{serviceId}/config",
           "servicecalls::patchConfig",
           [](ApiClient &c) -> ApiJob * { return servicecalls::patchConfig(c, G, A, X, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/services/{serviceId}/incoming_webhooks",
           "webhookcalls::list",
           [](ApiClient &c) -> ApiJob * { return webhookcalls::list(c, G, A, X); }),
        op("POST", "/groups/{groupId}/apps/{appId}/services/{serviceId}/incoming_webhooks",
           "webhookcalls::create",
           [](ApiClient &c) -> ApiJob * { return webhookcalls::create(c, G, A, X, {}); }),
        op("GET",
           "/groups/{groupId}/apps/{appId}/services/{serviceId}/incoming_webhooks/"
           "{incomingWebhookId}",
           "webhookcalls::get",
           [](ApiClient &c) -> ApiJob * { return webhookcalls::get(c, G, A, X, Y); }),
        op("DELETE",
           "/groups/{groupId}/apps/{appId}/services/{serviceId}/incoming_webhooks/"
           "{incomingWebhookId}",
           "webhookcalls::remove",
           [](ApiClient &c) -> ApiJob * { return webhookcalls::remove(c, G, A, X, Y); }),
        op("PUT",
           "/groups/{groupId}/apps/{appId}/services/{serviceId}/incoming_webhooks/"
           "{incomingWebhookId}",
           "webhookcalls::update",
           [](ApiClient &c) -> ApiJob * { return webhookcalls::update(c, G, A, X, Y, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/users", "usercalls::list",
           [](ApiClient &c) -> ApiJob * { return usercalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/users", "usercalls::create",
           [](ApiClient &c) -> ApiJob * { return usercalls::create(c, G, A, X, Y); }),
        op("GET", "/groups/{groupId}/apps/{appId}/users/{uid}", "usercalls::get",
           [](ApiClient &c) -> ApiJob * { return usercalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/users/{uid}", "usercalls::remove",
           [](ApiClient &c) -> ApiJob * { return usercalls::remove(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/users/{uid}/devices", "usercalls::devices",
           [](ApiClient &c) -> ApiJob * { return usercalls::devices(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/users/{uid}/logout", "usercalls::logout",
           [](ApiClient &c) -> ApiJob * { return usercalls::logout(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/users/{uid}/enable", "usercalls::enable",
           [](ApiClient &c) -> ApiJob * { return usercalls::enable(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/users/{uid}/disable", "usercalls::disable",
           [](ApiClient &c) -> ApiJob * { return usercalls::disable(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/user_registrations/by_email/{email}",
           "registrationcalls::remove",
           [](ApiClient &c) -> ApiJob * { return registrationcalls::remove(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/values", "valuecalls::list",
           [](ApiClient &c) -> ApiJob * { return valuecalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/values", "valuecalls::create",
           [](ApiClient &c) -> ApiJob * { return valuecalls::create(c, G, A, value()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/values/{valueId}", "valuecalls::get",
           [](ApiClient &c) -> ApiJob * { return valuecalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/values/{valueId}", "valuecalls::remove",
           [](ApiClient &c) -> ApiJob * { return valuecalls::remove(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/values/{valueId}", "valuecalls::update",
           [](ApiClient &c) -> ApiJob * { return valuecalls::update(c, G, A, value()); }),
        op("POST", "/groups/{groupId}/apps/{appId}/triggers", "triggercalls::create",
           [](ApiClient &c) -> ApiJob * { return triggercalls::create(c, G, A, trigger()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/triggers", "triggercalls::list",
           [](ApiClient &c) -> ApiJob * { return triggercalls::list(c, G, A); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/triggers/{triggerId}", "triggercalls::update",
           [](ApiClient &c) -> ApiJob * { return triggercalls::update(c, G, A, trigger()); }),
        op("GET", "/groups/{groupId}/apps/{appId}/triggers/{triggerId}", "triggercalls::get",
           [](ApiClient &c) -> ApiJob * { return triggercalls::get(c, G, A, X); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/triggers/{triggerId}", "triggercalls::remove",
           [](ApiClient &c) -> ApiJob * { return triggercalls::remove(c, G, A, X); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/triggers/{triggerId}/resume",
           "triggercalls::resume",
           [](ApiClient &c) -> ApiJob * { return triggercalls::resume(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/hosting/assets", "hostingcalls::listRaw",
           [](ApiClient &c) -> ApiJob * { return hostingcalls::listRaw(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/hosting/assets", "hostingcalls::move",
           [](ApiClient &c) -> ApiJob * { return hostingcalls::move(c, G, A, ASSET, ASSET2); }),
        op("GET", "/groups/{groupId}/apps/{appId}/hosting/assets/asset", "hostingcalls::get",
           [](ApiClient &c) -> ApiJob * { return hostingcalls::get(c, G, A, ASSET); }),
        op("PUT", "/groups/{groupId}/apps/{appId}/hosting/assets/asset", "hostingcalls::upload",
           [](ApiClient &c) -> ApiJob * { return hostingcalls::upload(c, G, A, upload()); }),
        op("PATCH", "/groups/{groupId}/apps/{appId}/hosting/assets/asset",
           "hostingcalls::setAttributes",
           [](ApiClient &c)
               -> ApiJob * { return hostingcalls::setAttributes(c, G, A, ASSET, {}); }),
        op("GET", "/groups/{groupId}/apps/{appId}/deployments", "draftcalls::deployments",
           [](ApiClient &c) -> ApiJob * { return draftcalls::deployments(c, G, A); }),
        op("GET", "/groups/{groupId}/apps/{appId}/drafts", "draftcalls::list",
           [](ApiClient &c) -> ApiJob * { return draftcalls::list(c, G, A); }),
        op("POST", "/groups/{groupId}/apps/{appId}/drafts", "draftcalls::create",
           [](ApiClient &c) -> ApiJob * { return draftcalls::create(c, G, A); }),
        op("DELETE", "/groups/{groupId}/apps/{appId}/drafts/{draftId}", "draftcalls::discard",
           [](ApiClient &c) -> ApiJob * { return draftcalls::discard(c, G, A, X); }),
        op("POST", "/groups/{groupId}/apps/{appId}/drafts/{draftId}/deployment",
           "draftcalls::deploy",
           [](ApiClient &c) -> ApiJob * { return draftcalls::deploy(c, G, A, X); }),
        op("GET", "/groups/{groupId}/apps/{appId}/drafts/{draftId}/diff", "draftcalls::diff",
           [](ApiClient &c) -> ApiJob * { return draftcalls::diff(c, G, A, X); }),
        extra("DELETE", "/groups/{groupId}/apps/{appId}/hosting/assets/asset",
              "hostingcalls::remove",
              [](ApiClient &c) -> ApiJob * { return hostingcalls::remove(c, G, A, ASSET); }),
        extra("PUT", "/groups/{groupId}/apps/{appId}/hosting/cache",
              "hostingcalls::invalidateCache",
              [](ApiClient &c) -> ApiJob * { return hostingcalls::invalidateCache(c, G, A); }),
        extra("GET", "/groups/{groupId}/apps/{appId}/drafts/{draftId}", "draftcalls::get",
              [](ApiClient &c) -> ApiJob * { return draftcalls::get(c, G, A, X); }),
        extra("GET", "/groups/{groupId}/apps/{appId}/deployments/{deploymentId}",
              "draftcalls::deployment",
              [](ApiClient &c) -> ApiJob * { return draftcalls::deployment(c, G, A, X); }),
        // Beyond the reference, same API version: secrets (the Values panel's Secrets tab).
        extra("GET", "/groups/{groupId}/apps/{appId}/secrets", "secretcalls::list",
              [](ApiClient &c) -> ApiJob * { return secretcalls::list(c, G, A); }),
        extra("POST", "/groups/{groupId}/apps/{appId}/secrets", "secretcalls::create",
              [](ApiClient &c) -> ApiJob * { return secretcalls::create(c, G, A, X, Y); }),
        extra("PUT", "/groups/{groupId}/apps/{appId}/secrets/{secretId}", "secretcalls::update",
              [](ApiClient &c) -> ApiJob * { return secretcalls::update(c, G, A, X, Y, Y); }),
        extra("DELETE", "/groups/{groupId}/apps/{appId}/secrets/{secretId}", "secretcalls::remove",
              [](ApiClient &c) -> ApiJob * { return secretcalls::remove(c, G, A, X); }),
        // Dependencies (the Functions panel's Dependencies…).
        extra("GET", "/groups/{groupId}/apps/{appId}/dependencies", "dependencycalls::list",
              [](ApiClient &c) -> ApiJob * { return dependencycalls::list(c, G, A); }),
        extra("POST", "/groups/{groupId}/apps/{appId}/dependencies", "dependencycalls::upload",
              [](ApiClient &c) -> ApiJob * {
                  return dependencycalls::upload(c, G, A, QStringLiteral("/nonexistent/deps.zip"));
              }),
    };
    return table;
}

const Operation *byCall(const QString &call)
{
    for (const Operation &operation : operations()) {
        if (operation.call == call)
            return &operation;
    }
    return nullptr;
}

bool pathMatches(const QString &pattern, const QString &urlPath)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = urlPath.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    for (int i = 0; i < want.size(); ++i) {
        const bool placeholder
            = want[i].startsWith(QLatin1Char('{')) && want[i].endsWith(QLatin1Char('}'));
        if (placeholder ? have[i].isEmpty() : want[i] != have[i])
            return false;
    }
    return true;
}

} // namespace operationtable
