#include "appdata.h"

#include "server/jwt.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

// End-user sessions: a login opens one (refresh token, access tokens, the device it came from);
// refresh and logout use the refresh token as bearer, as the SDKs send it.

namespace stitchlocal::appdata {

namespace {

//! The device the SDK names in options.device (kept when it is already the user's), or a new one.
QString rememberDevice(ServerState &state, const QString &appId, const QString &userId,
                       const QJsonObject &body)
{
    const QJsonObject sent = body.value(QStringLiteral("options"))
                                 .toObject()
                                 .value(QStringLiteral("device"))
                                 .toObject();
    QString deviceId = sent.value(QStringLiteral("deviceId")).toString();
    QSqlQuery query(state.store.database());
    QJsonObject device;
    if (secrets::isObjectId(deviceId)
        && state.store.exec(query,
                            QStringLiteral("SELECT doc FROM appdata_devices WHERE app_id = ?"
                                           " AND id = ? AND user_id = ?"),
                            { appId, deviceId, userId })
        && query.next()) {
        device = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    } else {
        deviceId = secrets::newObjectId();
        device.insert(QStringLiteral("_id"), deviceId);
        device.insert(QStringLiteral("created"), nowSeconds());
    }
    static const QList<QPair<QString, QString>> fields {
        { QStringLiteral("appId"), QStringLiteral("app_id") },
        { QStringLiteral("appVersion"), QStringLiteral("app_version") },
        { QStringLiteral("platform"), QStringLiteral("platform") },
        { QStringLiteral("platformVersion"), QStringLiteral("platform_version") },
        { QStringLiteral("sdkVersion"), QStringLiteral("sdk_version") },
    };
    for (const auto &field : fields)
        device.insert(field.second, sent.value(field.first).toString());
    device.insert(QStringLiteral("last_authentication_date"), nowSeconds());
    state.store.exec(query,
                     QStringLiteral("INSERT OR REPLACE INTO appdata_devices(app_id, id, user_id,"
                                    " doc) VALUES(?, ?, ?, ?)"),
                     { appId, deviceId, userId,
                       QString::fromUtf8(QJsonDocument(device).toJson(QJsonDocument::Compact)) });
    return deviceId;
}

Reply logout(ServerState &state, Call &call)
{
    const auto session = sessionForRefreshToken(state, call.request);
    if (!session)
        return Reply::invalidSession();
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query,
                                QStringLiteral("DELETE FROM appdata_sessions WHERE"
                                               " refresh_hash = ?"),
                                { session->refreshHash });
    });
    if (!ok)
        return storeFailed();
    logAuthEvent(state, session->appId,
                 { session->provider,
                   QStringLiteral("logout"),
                   session->userId,
                   204,
                   {},
                   {},
                   call.request.path,
                   QStringLiteral("DELETE") });
    return Reply::noContent();
}

Reply refresh(ServerState &state, Call &call)
{
    const auto session = sessionForRefreshToken(state, call.request);
    if (!session)
        return Reply::invalidSession();
    const QString access = newAccessToken(state, *session);
    if (access.isEmpty())
        return storeFailed();
    return Reply::json(QJsonObject { { QStringLiteral("access_token"), access } }, 201);
}

} // namespace

QString newAccessToken(ServerState &state, const ClientSession &session)
{
    const qint64 now = state.options.nowMs();
    QJsonObject claims;
    if (state.customUserData) {
        if (const auto data = state.customUserData(session.appId, session.userId))
            claims.insert(QStringLiteral("user_data"), *data);
    }
    const QString access = jwt::serverToken(state.store, session.userId, QStringLiteral("access"),
                                            now, state.options.tokenTtlSeconds, claims);
    if (access.isEmpty())
        return QString();
    QSqlQuery query(state.store.database());
    const qint64 expires = now + qint64(state.options.tokenTtlSeconds) * 1000;
    const bool ok = state.store.write([&] {
        // Expired tokens are of no use to anyone; dropping them here keeps the table small.
        return state.store.exec(query,
                                QStringLiteral("DELETE FROM appdata_access_tokens"
                                               " WHERE expires_ms <= ?"),
                                { now })
            && state.store.exec(query,
                                QStringLiteral("INSERT INTO appdata_access_tokens(token_hash,"
                                               " refresh_hash, expires_ms) VALUES(?, ?, ?)"),
                                { secrets::tokenHash(access), session.refreshHash, expires });
    });
    return ok ? access : QString();
}

std::optional<ClientSession> sessionForRefreshToken(ServerState &state, const Request &request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray hash = secrets::tokenHash(token);
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT app_id, user_id, device_id, provider FROM"
                                         " appdata_sessions WHERE refresh_hash = ?"),
                          { hash })
        || !query.next())
        return std::nullopt;
    return ClientSession { hash, query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString() };
}

std::optional<ClientSession> sessionForAccessToken(ServerState &state, const Request &request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query(state.store.database());
    // Expiry is checked here, against the server's clock: a client's clock may be wrong.
    if (!state.store.exec(query,
                          QStringLiteral("SELECT s.refresh_hash, s.app_id, s.user_id,"
                                         " s.device_id, s.provider FROM appdata_access_tokens t"
                                         " JOIN appdata_sessions s ON s.refresh_hash ="
                                         " t.refresh_hash WHERE t.token_hash = ?"
                                         " AND t.expires_ms > ?"),
                          { secrets::tokenHash(token), state.options.nowMs() })
        || !query.next())
        return std::nullopt;
    return ClientSession { query.value(0).toByteArray(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString() };
}

std::optional<QJsonObject> openSession(ServerState &state, const QString &appId, QJsonObject *user,
                                       const QString &provider, const QJsonObject &body)
{
    const QString userId = user->value(QStringLiteral("_id")).toString();
    const QString refresh = jwt::serverToken(state.store, userId, QStringLiteral("refresh"),
                                             state.options.nowMs(), jwt::kRefreshLifetimeSeconds);
    if (refresh.isEmpty())
        return std::nullopt;
    QString access;
    QString deviceId;
    user->insert(QStringLiteral("last_authentication_date"), nowSeconds());
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        deviceId = rememberDevice(state, appId, userId, body);
        if (!putUser(state.store, appId, *user)
            || !state.store.exec(query,
                                 QStringLiteral("INSERT INTO appdata_sessions(refresh_hash,"
                                                " app_id, user_id, device_id, provider, created)"
                                                " VALUES(?, ?, ?, ?, ?, ?)"),
                                 { secrets::tokenHash(refresh), appId, userId, deviceId, provider,
                                   state.options.nowMs() }))
            return false;
        access = newAccessToken(
            state,
            ClientSession { secrets::tokenHash(refresh), appId, userId, deviceId, provider });
        return !access.isEmpty();
    });
    if (!ok)
        return std::nullopt;
    return QJsonObject { { QStringLiteral("access_token"), access },
                         { QStringLiteral("refresh_token"), refresh },
                         { QStringLiteral("user_id"), userId },
                         { QStringLiteral("device_id"), deviceId } };
}

void addClientSessionRoutes(ServerState &state)
{
    Router &router = state.clientRouter;
    // The SDKs refresh and log out at /auth/session; the app-scoped form is accepted too.
    for (const QString &session :
         { QStringLiteral("/auth/session"), QStringLiteral("/app/{clientAppId}/auth/session") }) {
        router.add(Method::Delete, session, Access::Public,
                   [&state](Call &call) { return logout(state, call); });
        router.add(Method::Post, session, Access::Public,
                   [&state](Call &call) { return refresh(state, call); });
    }
}

} // namespace stitchlocal::appdata
