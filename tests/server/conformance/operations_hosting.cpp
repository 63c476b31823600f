// Rows for static hosting: a file uploaded as multipart/mixed (the bytes "hello" and their MD5),
// listed, read, given new attributes, copied, the copy deleted, and the cache invalidated.
#include "operation.h"

namespace {
constexpr const char *kAssetFields = "appId,path,hash,size,attrs,last_modified,url";
constexpr const char *kUpload = "--conformance-boundary\r\n"
                                "Content-Disposition: form-data; name=\"meta\"\r\n"
                                "Content-Type: application/json\r\n\r\n"
                                R"({"appId": "${appId}", "path": "/conformance.txt", )"
                                R"("hash": "5d41402abc4b2a76b9719d911017c592", "size": 5, )"
                                R"("attrs": [{"name": "Content-Type", "value": "text/plain"}]})"
                                "\r\n--conformance-boundary\r\n"
                                "Content-Disposition: form-data; name=\"file\"\r\n"
                                "Content-Type: application/octet-stream\r\n\r\n"
                                "hello\r\n"
                                "--conformance-boundary--\r\n";
} // namespace

QList<Operation> hostingOperations()
{
    const char *assets = "/groups/${groupId}/apps/${appId}/hosting/assets";
    return {
        { "PUT", "/groups/${groupId}/apps/${appId}/hosting/assets/asset", kUpload, 204, "", nullptr,
          nullptr, "multipart/mixed; boundary=conformance-boundary" },
        { "GET", "/groups/${groupId}/apps/${appId}/hosting/assets?recursive=true", nullptr, 200,
          kAssetFields },
        { "GET", "/groups/${groupId}/apps/${appId}/hosting/assets/asset?path=/conformance.txt",
          nullptr, 200, kAssetFields },
        { "PATCH", "/groups/${groupId}/apps/${appId}/hosting/assets/asset?path=/conformance.txt",
          R"({"attributes": [{"name": "Cache-Control", "value": "no-cache"}]})", 204, "" },
        { "POST", assets, R"({"copy_from": "/conformance.txt", "copy_to": "/copy.txt"})", 204, "" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/hosting/assets/asset?path=/copy.txt", nullptr,
          204, "" },
        { "PUT", "/groups/${groupId}/apps/${appId}/hosting/cache",
          R"({"invalidate": true, "path": "/*"})", 204, "" },
    };
}

//! A pending end user needs a local-userpass provider that does not confirm by itself, and a
//! registration through the client API (/api/client/v2.0, no admin token).
QList<Operation> registrationOperations()
{
    return {
        { "POST", "/groups/${groupId}/apps/${appId}/auth_providers",
          R"({"type": "local-userpass", "config": {"autoConfirm": false,)"
          R"( "emailConfirmationUrl": "http://localhost/confirm",)"
          R"( "resetPasswordUrl": "http://localhost/reset"}})",
          201, "_id,name,type", "userpassProviderId=_id" },
        { "POST", "//api/client/v2.0/app/${clientAppId}/auth/providers/local-userpass/register",
          R"({"email": "${pendingEmail}", "password": "a-long-password"})", 201, "", nullptr, "" },
        { "POST",
          "/groups/${groupId}/apps/${appId}/user_registrations/by_email/${pendingEmail}/"
          "send_confirm",
          nullptr, 200, "" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/user_registrations/by_email/${pendingEmail}",
          nullptr, 204, "" },
    };
}
