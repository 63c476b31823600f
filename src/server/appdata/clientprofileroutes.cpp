// What the SDKs ask before and after a login: where the app lives (location) and who the
// logged-in user is (auth/profile).

#include "appdata.h"

#include <QJsonArray>

namespace stitchlocal::appdata {

std::optional<ClientCaller> callerOf(ServerState &state, const Request &request, Reply *refusal)
{
    const auto session = sessionForAccessToken(state, request);
    const auto user = session ? state.store.appUser(session->appId, session->userId) : std::nullopt;
    if (!user) {
        *refusal = Reply::invalidSession();
        return std::nullopt;
    }
    if (user->value(QStringLiteral("disabled")).toBool()) {
        *refusal
            = Reply::error(401, QStringLiteral("UserDisabled"), QStringLiteral("user disabled"));
        return std::nullopt;
    }
    return ClientCaller { *session, *user };
}

namespace {

//! scheme://host:port as the client reached us, so the SDK's later calls come back the same way
//! (port 0, a proxy in front); a proxy's X-Forwarded-* headers win over what we saw.
QString hostnameOf(const ServerState &state, const Request &request)
{
    QString scheme = QString::fromLatin1(request.header("X-Forwarded-Proto")).trimmed();
    QString host = QString::fromLatin1(request.header("X-Forwarded-Host")).trimmed();
    if (scheme.isEmpty())
        scheme = QStringLiteral("http");
    if (host.isEmpty())
        host = QString::fromLatin1(request.header("Host")).trimmed();
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1:%1").arg(state.port);
    return scheme + QStringLiteral("://") + host;
}

Reply location(ServerState &state, Call &call)
{
    if (appForClientId(state.store, call.param(QStringLiteral("clientAppId"))).isEmpty())
        return notFound(QStringLiteral("AppNotFound"), QStringLiteral("application"));
    return Reply::json(
        QJsonObject { { QStringLiteral("deployment_model"), QStringLiteral("GLOBAL") },
                      { QStringLiteral("location"), QStringLiteral("US-VA") },
                      { QStringLiteral("hostname"), hostnameOf(state, call.request) } });
}

Reply profile(ServerState &state, Call &call)
{
    Reply refusal;
    const auto caller = callerOf(state, call.request, &refusal);
    if (!caller)
        return refusal;
    const QJsonObject &user = caller->user;
    const auto app = state.store.app(caller->session.appId);
    return Reply::json(
        QJsonObject { { QStringLiteral("user_id"), caller->session.userId },
                      { QStringLiteral("domain_id"), app ? app->domainId : QString() },
                      { QStringLiteral("identities"), user.value(QStringLiteral("identities")) },
                      { QStringLiteral("data"), user.value(QStringLiteral("data")).toObject() },
                      { QStringLiteral("type"), user.value(QStringLiteral("type")).toString() } });
}

} // namespace

void addClientProfileRoutes(ServerState &state)
{
    Router &router = state.clientRouter;
    router.add(Method::Get, QStringLiteral("/app/{clientAppId}/location"), Access::Public,
               [&state](Call &call) { return location(state, call); });
    for (const QString &path :
         { QStringLiteral("/auth/profile"), QStringLiteral("/app/{clientAppId}/auth/profile") })
        router.add(Method::Get, path, Access::Public,
                   [&state](Call &call) { return profile(state, call); });
}

} // namespace stitchlocal::appdata
