// Rows for the routes of the same API version beyond the reference that the resources area
// answers: secrets (and a value reading one), deploy settings, custom user data, the hosting
// switch, users_count, the dependencies' list. Placeholders: groupId, appId (see
// operations_core.cpp).
#include "operation.h"

QList<Operation> appSettingsOperations()
{
    const auto path = appPath;
    return {
        { "POST", path("/secrets"), R"({"name": "confSecret", "value": "s3cr3t"})", 201, "_id,name",
          "secretId=_id" },
        { "GET", path("/secrets"), nullptr, 200, "_id,name" },
        { "PUT", path("/secrets/${secretId}"), R"({"name": "confSecret", "value": "new"})", 204,
          "" },
        { "POST", path("/values"),
          R"({"name": "confFromSecret", "from_secret": true, "value": "confSecret"})", 201,
          "_id,name,from_secret,value,last_modified", "secretValueId=_id" },
        { "DELETE", path("/values/${secretValueId}"), nullptr, 204, "" },
        { "DELETE", path("/secrets/${secretId}"), nullptr, 204, "" },

        { "GET", path("/deploy/config"), nullptr, 200, "ui_drafts_disabled,automatic_deployment" },
        { "PATCH", path("/deploy/config"), R"({"ui_drafts_disabled": true})", 204, "" },
        { "PUT", path("/deploy/config"), "{}", 204, "" },
        { "GET", path("/custom_user_data"), nullptr, 200,
          "enabled,mongo_service_id,database_name,collection_name,user_id_field" },
        { "PATCH", path("/custom_user_data"), R"({"enabled": false})", 204, "" },
        { "GET", path("/hosting/config"), nullptr, 200, "enabled,status,default_domain" },
        { "PATCH", path("/hosting/config"), R"({"enabled": true})", 204, "" },
        { "GET", path("/users_count"), nullptr, 200, "" },
        // POST .../dependencies takes a binary archive: tst_functiondependencies walks it.
        { "GET", path("/dependencies"), nullptr, 200,
          "location,user_id,last_modified,dependencies_list" },
    };
}
