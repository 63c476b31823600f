// Rows for admin auth and apps. Placeholders known before the first row: groupId, appId (an app
// made by the fixture), otherGroupId, otherAppId (another admin's), refresh (the walk's refresh
// token), adminKey, adminSecret, provider, commandName, pendingEmail.
#include "operation.h"

QList<Operation> coreOperations()
{
    return {
        { "GET", "/auth/providers", nullptr, 200, "_id,name,type,disabled", nullptr, "" },
        { "POST", "/auth/providers/${provider}/login",
          R"({"username": "${adminKey}", "apiKey": "${adminSecret}"})", 200,
          "access_token,refresh_token,user_id,device_id", "spareRefresh=refresh_token", "" },
        { "GET", "/auth/profile", nullptr, 200, "user_id,domain_id,identities,data,type,roles" },
        { "POST", "/auth/session", nullptr, 201, "access_token", nullptr, "@refresh" },
        { "GET", "/groups/${groupId}/apps", nullptr, 200,
          "_id,client_app_id,name,location,deployment_model,domain_id,group_id" },
        { "POST", "/groups/${groupId}/apps", R"({"name": "doomed"})", 201,
          "_id,client_app_id,name,location,deployment_model,domain_id,group_id",
          "doomedAppId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}", nullptr, 200,
          "_id,client_app_id,name,location,deployment_model,domain_id,group_id",
          "clientAppId=client_app_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/export", nullptr, 200, "" },
    };
}

//! Rows that end things; they run after every area's rows.
QList<Operation> closingOperations()
{
    return {
        { "DELETE", "/groups/${groupId}/apps/${doomedAppId}", nullptr, 204, "" },
        { "DELETE", "/auth/session", nullptr, 204, "", nullptr, "@spareRefresh" },
    };
}
