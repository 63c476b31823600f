// An end user's own API keys (/auth/api_keys), as the SDKs' user API key client manages them.
// Every route takes the user's REFRESH token as bearer, as the real service wants it; a key made
// here logs in as its owner through the api-key provider. Only digests of the keys are kept.

#include "appdata.h"

#include "server/jwt.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

//! The session of the refresh token, or nullopt with *refusal set. An access token gets a
//! message that says which token the route wants: it is the mistake everyone makes once.
std::optional<ClientSession> ownerOf(ServerState &state, const Request &request, Reply *refusal)
{
    if (auto session = sessionForRefreshToken(state, request))
        return session;
    const jwt::Verdict verdict
        = jwt::verifyHs256(request.bearerToken(), { jwt::serverKey(state.store) });
    const bool isAccess = verdict.ok()
        && verdict.payload.value(QStringLiteral("typ")).toString() == QLatin1String("access");
    *refusal = isAccess ? Reply::error(401, QStringLiteral("InvalidSession"),
                                       QStringLiteral("user API keys need the refresh token as"
                                                      " bearer, not an access token"))
                        : Reply::invalidSession();
    return std::nullopt;
}

QJsonObject keyJson(const QSqlQuery &query)
{
    return { { QStringLiteral("_id"), query.value(0).toString() },
             { QStringLiteral("name"), query.value(1).toString() },
             { QStringLiteral("disabled"), query.value(2).toBool() } };
}

const QString kColumns = QStringLiteral("SELECT id, name, disabled FROM appdata_user_api_keys"
                                        " WHERE app_id = ? AND user_id = ?");

Reply listKeys(ServerState &state, const ClientSession &owner)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, kColumns + QStringLiteral(" ORDER BY created, id"),
                          { owner.appId, owner.userId }))
        return internalError(QStringLiteral("cannot read the API keys"));
    QJsonArray keys;
    while (query.next())
        keys.append(keyJson(query));
    return Reply::json(keys);
}

Reply createKey(ServerState &state, const ClientSession &owner, const Request &request)
{
    return createApiKey(
        state, request.body,
        [&](const QString &id, const QByteArray &keyHash, const QString &name, bool *duplicate) {
            QSqlQuery query(state.store.database());
            if (!state.store.exec(query, kColumns + QStringLiteral(" AND name = ?"),
                                  { owner.appId, owner.userId, name }))
                return false;
            *duplicate = query.next();
            return !*duplicate
                && state.store.exec(query,
                                    QStringLiteral("INSERT INTO appdata_user_api_keys(app_id, id,"
                                                   " user_id, name, key_hash, created)"
                                                   " VALUES(?, ?, ?, ?, ?, ?)"),
                                    { owner.appId, id, owner.userId, name, keyHash,
                                      QDateTime::currentMSecsSinceEpoch() });
        });
}

//! Runs statement (bound to app, user, key id) on one of the owner's keys; 404 when it has none
//! of that id.
Reply onKey(ServerState &state, const ClientSession &owner, const QString &keyId,
            const QString &statement)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, kColumns + QStringLiteral(" AND id = ?"),
                          { owner.appId, owner.userId, keyId }))
        return internalError(QStringLiteral("cannot read the API key"));
    if (!query.next())
        return notFound(QStringLiteral("APIKeyNotFound"), QStringLiteral("API key"));
    if (statement.isEmpty())
        return Reply::json(keyJson(query));
    const bool ok = state.store.write([&] {
        QSqlQuery change(state.store.database());
        return state.store.exec(change, statement, { owner.appId, owner.userId, keyId });
    });
    return ok ? Reply::noContent() : storeFailed();
}

} // namespace

void addUserApiKeyRoutes(ServerState &state)
{
    Router &router = state.clientRouter;
    const QString keys = QStringLiteral("/auth/api_keys");
    const QString key = keys + QStringLiteral("/{keyId}");
    // Each route checks the refresh token first, then does its work for that token's user.
    using Work = std::function<Reply(const ClientSession &, Call &)>;
    const auto asOwner = [&state](Work work) {
        return [&state, work](Call &call) {
            Reply refusal;
            const auto owner = ownerOf(state, call.request, &refusal);
            return owner ? work(*owner, call) : refusal;
        };
    };
    router.add(
        Method::Get, keys, Access::Public,
        asOwner([&state](const ClientSession &owner, Call &) { return listKeys(state, owner); }));
    router.add(Method::Post, keys, Access::Public,
               asOwner([&state](const ClientSession &owner, Call &call) {
                   return createKey(state, owner, call.request);
               }));
    const QString where = QStringLiteral(" WHERE app_id = ? AND user_id = ? AND id = ?");
    const QList<QPair<Method, QPair<QString, QString>>> onOneKey {
        { Method::Get, { QString(), QString() } },
        { Method::Delete,
          { QString(), QStringLiteral("DELETE FROM appdata_user_api_keys") + where } },
        { Method::Put,
          { QStringLiteral("/enable"),
            QStringLiteral("UPDATE appdata_user_api_keys SET disabled = 0") + where } },
        { Method::Put,
          { QStringLiteral("/disable"),
            QStringLiteral("UPDATE appdata_user_api_keys SET disabled = 1") + where } },
    };
    for (const auto &route : onOneKey) {
        const QString statement = route.second.second;
        router.add(route.first, key + route.second.first, Access::Public,
                   asOwner([&state, statement](const ClientSession &owner, Call &call) {
                       return onKey(state, owner, call.param(QStringLiteral("keyId")), statement);
                   }));
    }
}

} // namespace stitchlocal::appdata
