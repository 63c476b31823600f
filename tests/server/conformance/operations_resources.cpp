// Rows for the configuration resources (the resources area): values, auth providers, services
// with their config, commands, rules and incoming webhooks, allowed request origins, triggers.
// Placeholders: groupId, appId (see operations_core.cpp). The trigger needs a function, made
// here through the functions area's route.
#include "operation.h"

namespace {
constexpr const char *kValueFields = "_id,name,private,value,last_modified";
constexpr const char *kProviderFields = "_id,name,type,disabled,config";
constexpr const char *kServiceFields = "_id,name,type,config,version";
constexpr const char *kHookFields = "_id,name,function_source,respond_result,options";
constexpr const char *kTriggerFields = "_id,name,type,function_id,function_name,disabled,config";
constexpr const char *kHook = R"({"name": "confHook", "function_source": "exports = () => 1;",
                                  "respond_result": true, "options": {"secret": "s",
                                  "secretAsQueryParam": true}})";
constexpr const char *kTrigger = R"({"name": "confTrigger", "type": "AUTHENTICATION",
                                     "function_id": "${triggerFunctionId}", "config":
                                     {"operation_type": "LOGIN", "providers": ["anon-user"]}})";
} // namespace

QList<Operation> resourceOperations()
{
    const auto path = appPath;
    return {
        { "POST", path("/values"), R"({"name": "confValue", "value": {"a": 1}})", 201,
          "name,private,value", "valueId=_id" },
        { "GET", path("/values"), nullptr, 200, "_id,name,private,last_modified" },
        { "GET", path("/values/${valueId}"), nullptr, 200, kValueFields },
        { "PUT", path("/values/${valueId}"), R"({"name": "confValue", "value": 2})", 200,
          kValueFields },
        { "DELETE", path("/values/${valueId}"), nullptr, 204, "" },

        // The create answer carries no config (WIRE.md); GET does.
        { "POST", path("/auth_providers"), R"({"type": "anon-user"})", 201,
          "_id,name,type,disabled", "providerId=_id" },
        { "GET", path("/auth_providers"), nullptr, 200, "_id,name,type,disabled" },
        { "GET", path("/auth_providers/${providerId}"), nullptr, 200, kProviderFields },
        { "PATCH", path("/auth_providers/${providerId}"), R"({"config": {}})", 204, "" },
        { "PUT", path("/auth_providers/${providerId}/disable"), nullptr, 204, "" },
        { "PUT", path("/auth_providers/${providerId}/enable"), nullptr, 204, "" },

        { "POST", path("/services"), R"({"name": "confHttp", "type": "http", "config": {}})", 201,
          "name,type,config", "serviceId=_id" },
        { "GET", path("/services"), nullptr, 200, "_id,name,type,version" },
        { "GET", path("/services/${serviceId}"), nullptr, 200, kServiceFields },
        { "PATCH", path("/services/${serviceId}"), R"({"name": "confWeb"})", 200, kServiceFields },
        { "GET", path("/services/${serviceId}/config"), nullptr, 200, "" },
        { "PATCH", path("/services/${serviceId}/config"), R"({"timeout": 5})", 200, "timeout" },
        // No service type has a command stitch-local can run: the reference's 200 cannot be had.
        { "POST", path("/services/${serviceId}/commands/${commandName}"), "{}", 404,
          "error,error_code" },

        { "POST", path("/services/${serviceId}/rules"), R"({"name": "confRule", "actions":
          ["get"], "when": {}})",
          201, "_id,name", "ruleId=_id" },
        { "GET", path("/services/${serviceId}/rules"), nullptr, 200, "name,actions,when" },
        { "GET", path("/services/${serviceId}/rules/${ruleId}"), nullptr, 200,
          "name,actions,when" },
        { "PUT", path("/services/${serviceId}/rules/${ruleId}"), R"({"name": "confRule",
          "actions": ["get", "post"], "when": {}})",
          200, "name,actions,when" },
        { "DELETE", path("/services/${serviceId}/rules/${ruleId}"), nullptr, 204, "" },

        { "POST", path("/services/${serviceId}/incoming_webhooks"), kHook, 201, kHookFields,
          "hookId=_id" },
        { "GET", path("/services/${serviceId}/incoming_webhooks"), nullptr, 200, kHookFields },
        { "GET", path("/services/${serviceId}/incoming_webhooks/${hookId}"), nullptr, 200,
          kHookFields },
        { "PUT", path("/services/${serviceId}/incoming_webhooks/${hookId}"), kHook, 200,
          kHookFields },
        { "DELETE", path("/services/${serviceId}/incoming_webhooks/${hookId}"), nullptr, 204, "" },
        { "DELETE", path("/services/${serviceId}"), nullptr, 204, "" },

        { "POST", path("/security/allowed_request_origins"), R"(["http://localhost:8080"])", 204,
          "" },
        { "GET", path("/security/allowed_request_origins"), nullptr, 200, "" },

        { "POST", path("/functions"),
          R"({"name": "confTriggered", "source": "exports = () => 1;"})", 201, "_id",
          "triggerFunctionId=_id" },
        { "POST", path("/triggers"), kTrigger, 201, kTriggerFields, "triggerId=_id" },
        { "GET", path("/triggers"), nullptr, 200, kTriggerFields },
        { "GET", path("/triggers/${triggerId}"), nullptr, 200, kTriggerFields },
        { "PUT", path("/triggers/${triggerId}"), kTrigger, 204, "" },
        { "PUT", path("/triggers/${triggerId}/resume"), nullptr, 204, "" },
        { "DELETE", path("/triggers/${triggerId}"), nullptr, 200, "" },
        { "DELETE", path("/auth_providers/${providerId}"), nullptr, 204, "" },
        { "DELETE", path("/functions/${triggerFunctionId}"), nullptr, 204, "" },
    };
}
