#include "routes.h"

#include "serverstate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stitchlocal {

namespace {

const QString kLocal = QStringLiteral("local");
const QString kCloud = QStringLiteral("mongodb-cloud");

QJsonObject provider(const QString &type)
{
    return { { QStringLiteral("_id"), type },
             { QStringLiteral("name"), type },
             { QStringLiteral("type"), type },
             { QStringLiteral("disabled"), false } };
}

Reply login(ServerState &state, Call &call)
{
    QString providerName = call.param(QStringLiteral("provider"));
    if (providerName == QLatin1String("local-userpass"))
        providerName = kLocal;
    if (providerName != kLocal && providerName != kCloud)
        return Reply::error(404, QStringLiteral("AuthProviderNotFound"),
                            QStringLiteral("unknown authentication provider"));

    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QString username;
    QString secret;
    if (Failure failure = requireString(body, QStringLiteral("username"), &username))
        return *failure;
    // The local provider takes a password, and an apiKey in its place, as older clients send.
    const bool takesPassword = providerName == kLocal && body.contains(QStringLiteral("password"));
    const QString secretKey = takesPassword ? QStringLiteral("password") : QStringLiteral("apiKey");
    if (Failure failure = requireString(body, secretKey, &secret))
        return *failure;

    const auto session = state.auth->login(providerName, username, secret);
    if (!session)
        return Reply::error(401, QStringLiteral("InvalidPassword"),
                            QStringLiteral("invalid username/password"));
    return Reply::json(QJsonObject { { QStringLiteral("access_token"), session->accessToken },
                                     { QStringLiteral("refresh_token"), session->refreshToken },
                                     { QStringLiteral("user_id"), session->userId },
                                     { QStringLiteral("device_id"), session->deviceId } });
}

Reply profile(ServerState &state, Call &call)
{
    const auto admin = state.auth->admin(call.adminId);
    if (!admin)
        return Reply::invalidSession();
    const QString email = admin->name.contains(u'@') ? admin->name : QString();
    const QJsonObject identity { { QStringLiteral("id"), admin->name },
                                 { QStringLiteral("provider_type"), admin->provider },
                                 { QStringLiteral("_id"), admin->id },
                                 { QStringLiteral("name"), admin->name },
                                 { QStringLiteral("type"), admin->provider },
                                 { QStringLiteral("disabled"), false } };
    const QJsonObject role { { QStringLiteral("role_name"), QStringLiteral("GROUP_OWNER") },
                             { QStringLiteral("group_id"), admin->groupId } };
    return Reply::json(QJsonObject {
        { QStringLiteral("user_id"), admin->id },
        { QStringLiteral("domain_id"), state.store.meta(QStringLiteral("domain_id")) },
        { QStringLiteral("identities"), QJsonArray { identity } },
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("email"), email },
                        { QStringLiteral("name"), admin->name } } },
        { QStringLiteral("type"), QStringLiteral("normal") },
        { QStringLiteral("roles"), QJsonArray { role } } });
}

} // namespace

void addAuthRoutes(ServerState &state)
{
    Router &router = state.router;
    router.add(Method::Get, QStringLiteral("/auth/providers"), Access::Public, [](Call &) {
        return Reply::json(QJsonArray { provider(kCloud), provider(kLocal) });
    });
    router.add(Method::Post, QStringLiteral("/auth/providers/{provider}/login"), Access::Public,
               [&state](Call &call) { return login(state, call); });
    router.add(Method::Get, QStringLiteral("/auth/profile"), Access::AccessToken,
               [&state](Call &call) { return profile(state, call); });
    router.add(
        Method::Post, QStringLiteral("/auth/session"), Access::RefreshToken, [&state](Call &call) {
            const auto token = state.auth->newAccessToken(call.refreshHash, call.adminId);
            if (!token)
                return Reply::error(500, QStringLiteral("InternalServerError"),
                                    QStringLiteral("cannot store the session"));
            return Reply::json(QJsonObject { { QStringLiteral("access_token"), *token } }, 201);
        });
    router.add(Method::Delete, QStringLiteral("/auth/session"), Access::RefreshToken,
               [&state](Call &call) {
                   if (!state.auth->endSession(call.refreshHash))
                       return Reply::error(500, QStringLiteral("InternalServerError"),
                                           QStringLiteral("cannot end the session"));
                   return Reply::noContent();
               });
}

Failure guardCall(ServerState &state, Access access, Call &call)
{
    const QString token = call.request.bearerToken();
    switch (access) {
    case Access::Public:
        return std::nullopt;
    case Access::RefreshToken:
        call.refreshHash = state.auth->sessionForRefreshToken(token, &call.adminId);
        if (call.refreshHash.isEmpty())
            return Reply::invalidSession();
        break;
    case Access::AccessToken:
        call.adminId = state.auth->adminForAccessToken(token);
        if (call.adminId.isEmpty())
            return Reply::invalidSession();
        break;
    }

    const QString groupId = call.param(QStringLiteral("groupId"));
    if (call.params.contains(QStringLiteral("groupId"))) {
        const auto admin = state.auth->admin(call.adminId);
        if (!admin || admin->groupId != groupId)
            return Reply::error(404, QStringLiteral("GroupNotFound"),
                                QStringLiteral("group not found"));
    }
    if (call.params.contains(QStringLiteral("appId"))) {
        const auto app = state.store.app(call.param(QStringLiteral("appId")));
        if (!app || app->groupId != groupId)
            return Reply::error(404, QStringLiteral("AppNotFound"),
                                QStringLiteral("application not found"));
    }
    return std::nullopt;
}

} // namespace stitchlocal
