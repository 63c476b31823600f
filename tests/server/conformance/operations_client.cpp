// Rows for the client API as the official SDKs call it (/api/client/v2.0): location, an
// anonymous session with its profile, refresh and logout, the user's own API keys (on the
// refresh token), a function call, and local-userpass confirmation with the admin's token pair.
// They run after the registration rows, whose local-userpass provider does not auto-confirm.
#include "operation.h"

QList<Operation> clientOperations()
{
    return {
        { "GET", "//api/client/v2.0/app/${clientAppId}/location", nullptr, 200,
          "deployment_model,location,hostname", nullptr, "" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/anon-user/login", "{}", 200,
          "access_token,refresh_token,user_id,device_id",
          "clientAccess=access_token,clientRefresh=refresh_token", "" },
        { "GET", "//api/client/v2.0/auth/profile", nullptr, 200, "user_id,type,data,identities",
          nullptr, "@clientAccess" },
        { "POST", "//api/client/v2.0/auth/session", nullptr, 201, "access_token",
          "clientAccess=access_token", "@clientRefresh" },
        { "POST", "//api/client/v2.0/auth/api_keys", R"({"name": "conformance"})", 201,
          "_id,key,name,disabled", "userKeyId=_id", "@clientRefresh" },
        { "GET", "//api/client/v2.0/auth/api_keys", nullptr, 200, "_id,name,disabled", nullptr,
          "@clientRefresh" },
        { "GET", "//api/client/v2.0/auth/api_keys/${userKeyId}", nullptr, 200, "_id,name,disabled",
          nullptr, "@clientRefresh" },
        { "PUT", "//api/client/v2.0/auth/api_keys/${userKeyId}/disable", nullptr, 204, "", nullptr,
          "@clientRefresh" },
        { "PUT", "//api/client/v2.0/auth/api_keys/${userKeyId}/enable", nullptr, 204, "", nullptr,
          "@clientRefresh" },
        { "DELETE", "//api/client/v2.0/auth/api_keys/${userKeyId}", nullptr, 204, "", nullptr,
          "@clientRefresh" },
        { "POST", "/groups/${groupId}/apps/${appId}/functions",
          R"({"name": "clientCall", "source": "exports = (a) => ({ twice: a * 2 });"})", 201,
          "_id,name", "clientFunctionId=_id" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/functions/call",
          R"({"name": "clientCall", "arguments": [21]})", 200, "twice", nullptr, "@clientAccess" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/functions/${clientFunctionId}", nullptr, 204,
          "" },
        { "DELETE", "//api/client/v2.0/auth/session", nullptr, 204, "", nullptr, "@clientRefresh" },

        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/local-userpass/register",
          R"({"email": "sdk-conformance@example.com", "password": "a-long-password"})", 201, "",
          nullptr, "" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/local-userpass/confirm/send",
          R"({"email": "sdk-conformance@example.com"})", 204, "", nullptr, "" },
        { "POST",
          "/groups/${groupId}/apps/${appId}/user_registrations/by_email/"
          "sdk-conformance@example.com/send_confirm",
          nullptr, 200, "token,token_id", "confirmToken=token,confirmTokenId=token_id" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/local-userpass/confirm",
          R"({"token": "${confirmToken}", "tokenId": "${confirmTokenId}"})", 204, "", nullptr, "" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/local-userpass/reset/send",
          R"({"email": "sdk-conformance@example.com"})", 204, "", nullptr, "" },
    };
}
