#include "appdata.h"

#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

QString appOf(const Call &call)
{
    return call.param(QStringLiteral("appId"));
}

QJsonObject keyJson(const QSqlQuery &query)
{
    return { { QStringLiteral("_id"), query.value(0).toString() },
             { QStringLiteral("name"), query.value(1).toString() },
             { QStringLiteral("disabled"), query.value(2).toBool() } };
}

const QString kKeyColumns
    = QStringLiteral("SELECT id, name, disabled, user_id FROM appdata_api_keys");

Reply listKeys(ServerState &state, Call &call)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          kKeyColumns + QStringLiteral(" WHERE app_id = ? ORDER BY created, id"),
                          { appOf(call) }))
        return internalError(QStringLiteral("cannot read the API keys"));
    QJsonArray keys;
    while (query.next())
        keys.append(keyJson(query));
    return Reply::json(keys);
}

Reply createKey(ServerState &state, Call &call)
{
    return createApiKey(
        state, call.request.body,
        [&](const QString &id, const QByteArray &keyHash, const QString &name, bool *duplicate) {
            QSqlQuery query(state.store.database());
            if (!state.store.exec(query,
                                  QStringLiteral("SELECT 1 FROM appdata_api_keys"
                                                 " WHERE app_id = ? AND name = ?"),
                                  { appOf(call), name }))
                return false;
            *duplicate = query.next();
            return !*duplicate
                && state.store.exec(
                    query,
                    QStringLiteral("INSERT INTO appdata_api_keys(app_id, id,"
                                   " name, key_hash, created)"
                                   " VALUES(?, ?, ?, ?, ?)"),
                    { appOf(call), id, name, keyHash, QDateTime::currentMSecsSinceEpoch() });
        });
}

//! Runs work on the key {apiKeyId}, or answers 404 APIKeyNotFound.
Reply withKey(ServerState &state, Call &call,
              const std::function<Reply(const QJsonObject &key, const QString &userId)> &work)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query, kKeyColumns + QStringLiteral(" WHERE app_id = ? AND id = ?"),
                          { appOf(call), call.param(QStringLiteral("apiKeyId")) }))
        return internalError(QStringLiteral("cannot read the API key"));
    if (!query.next())
        return notFound(QStringLiteral("APIKeyNotFound"), QStringLiteral("API key"));
    return work(keyJson(query), query.value(3).toString());
}

Reply deleteKey(ServerState &state, Call &call, const QString &userId)
{
    // The key's server user goes with it, as a user deletion (its log entry and DELETE event).
    const auto user = userId.isEmpty() ? std::nullopt : state.store.appUser(appOf(call), userId);
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query,
                                QStringLiteral("DELETE FROM appdata_api_keys WHERE app_id = ?"
                                               " AND id = ?"),
                                { appOf(call), call.param(QStringLiteral("apiKeyId")) })
            && (!user || removeUser(state.store, appOf(call), userId));
    });
    if (!ok)
        return storeFailed();
    if (user) {
        logAuthEvent(state, appOf(call),
                     { kApiKey,
                       QStringLiteral("other"),
                       userId,
                       204,
                       {},
                       {},
                       call.request.path,
                       QStringLiteral("DELETE") });
        fireAuthEvent(state, appOf(call), QStringLiteral("DELETE"), kApiKey, *user);
    }
    return Reply::noContent();
}

Reply setDisabled(ServerState &state, Call &call, const QString &userId, bool disabled)
{
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        // Disabling a key also ends the sessions opened with it.
        return state.store.exec(
                   query,
                   QStringLiteral("UPDATE appdata_api_keys SET disabled = ?"
                                  " WHERE app_id = ? AND id = ?"),
                   { disabled ? 1 : 0, appOf(call), call.param(QStringLiteral("apiKeyId")) })
            && (!disabled || userId.isEmpty() || revokeSessions(state.store, appOf(call), userId));
    });
    return ok ? Reply::noContent() : storeFailed();
}

} // namespace

Reply createApiKey(ServerState &state, const QByteArray &requestBody, const KeyInsert &insert)
{
    QJsonObject body;
    QString name;
    if (Failure failure = parseJsonObject(requestBody, &body))
        return *failure;
    if (Failure failure = requireString(body, QStringLiteral("name"), &name))
        return *failure;
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("an API key name must have 1 to 100 characters"));
    const QString id = secrets::newObjectId();
    const QString key = secrets::newToken();
    bool duplicate = false;
    // Only the key's digest is kept: the key itself is shown once, in this answer.
    const bool ok
        = state.store.write([&] { return insert(id, secrets::tokenHash(key), name, &duplicate); });
    if (duplicate)
        return Reply::error(409, QStringLiteral("APIKeyAlreadyExists"),
                            QStringLiteral("an API key named %1 already exists").arg(name));
    if (!ok)
        return storeFailed();
    return Reply::json(QJsonObject { { QStringLiteral("_id"), id },
                                     { QStringLiteral("key"), key },
                                     { QStringLiteral("name"), name },
                                     { QStringLiteral("disabled"), false } },
                       201);
}

void addApiKeyRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString keys = QStringLiteral("/groups/{groupId}/apps/{appId}/api_keys");
    const QString key = keys + QStringLiteral("/{apiKeyId}");
    router.add(Method::Get, keys, Access::AccessToken,
               [&state](Call &call) { return listKeys(state, call); });
    router.add(Method::Post, keys, Access::AccessToken,
               [&state](Call &call) { return createKey(state, call); });
    router.add(Method::Get, key, Access::AccessToken, [&state](Call &call) {
        return withKey(state, call, [](const QJsonObject &found, const QString &) {
            return Reply::json(found);
        });
    });
    router.add(Method::Delete, key, Access::AccessToken, [&state](Call &call) {
        return withKey(state, call, [&](const QJsonObject &, const QString &userId) {
            return deleteKey(state, call, userId);
        });
    });
    for (const bool disabled : { false, true }) {
        const QString verb = disabled ? QStringLiteral("/disable") : QStringLiteral("/enable");
        router.add(Method::Put, key + verb, Access::AccessToken, [&state, disabled](Call &call) {
            return withKey(state, call, [&](const QJsonObject &, const QString &userId) {
                return setDisabled(state, call, userId, disabled);
            });
        });
    }
}

} // namespace stitchlocal::appdata
