// Rows for the appdata area: users, end-user API keys, push notifications. Pending-registration
// rows need a local-userpass provider that does not auto-confirm, made through the auth provider
// routes; they join the walk with those routes.
#include "operation.h"

namespace {
const char *const kUserFields
    = "_id,identities,type,creation_date,last_authentication_date,disabled,data";
const char *const kMessageFields = "_id,appID,label,message,topic,created,state";
} // namespace

QList<Operation> appdataOperations()
{
    return {
        { "POST", "/groups/${groupId}/apps/${appId}/users",
          R"({"email": "conformance@example.com", "password": "secret1"})", 201, kUserFields,
          "userId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/users", nullptr, 200, kUserFields },
        { "GET", "/groups/${groupId}/apps/${appId}/users/${userId}", nullptr, 200, kUserFields },
        { "GET", "/groups/${groupId}/apps/${appId}/users/${userId}/devices", nullptr, 200, "" },
        { "PUT", "/groups/${groupId}/apps/${appId}/users/${userId}/logout", nullptr, 204, "" },
        { "PUT", "/groups/${groupId}/apps/${appId}/users/${userId}/disable", nullptr, 204, "" },
        { "PUT", "/groups/${groupId}/apps/${appId}/users/${userId}/enable", nullptr, 204, "" },

        { "POST", "/groups/${groupId}/apps/${appId}/api_keys", R"({"name": "conformance"})", 201,
          "_id,key,name,disabled", "apiKeyId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/api_keys", nullptr, 200, "_id,name,disabled" },
        { "GET", "/groups/${groupId}/apps/${appId}/api_keys/${apiKeyId}", nullptr, 200,
          "_id,name,disabled" },
        { "PUT", "/groups/${groupId}/apps/${appId}/api_keys/${apiKeyId}/disable", nullptr, 204,
          "" },
        { "PUT", "/groups/${groupId}/apps/${appId}/api_keys/${apiKeyId}/enable", nullptr, 204, "" },

        { "POST", "/groups/${groupId}/apps/${appId}/push/notifications",
          R"({"label": "l", "message": "m", "topic": "t", "state": "draft"})", 201, kMessageFields,
          "messageId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/push/notifications", nullptr, 200,
          kMessageFields },
        { "GET", "/groups/${groupId}/apps/${appId}/push/notifications/${messageId}", nullptr, 200,
          kMessageFields },
        { "PUT", "/groups/${groupId}/apps/${appId}/push/notifications/${messageId}",
          R"({"label": "l2"})", 200, kMessageFields },
        { "PUT", "/groups/${groupId}/apps/${appId}/push/notifications/${messageId}/type",
          R"({"type": "gcm"})", 200, "" },
        { "POST", "/groups/${groupId}/apps/${appId}/push/notifications/${messageId}/send", nullptr,
          200, "state,sent" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/push/notifications/${messageId}", nullptr,
          204, "" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/api_keys/${apiKeyId}", nullptr, 204, "" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/users/${userId}", nullptr, 204, "" },
    };
}
