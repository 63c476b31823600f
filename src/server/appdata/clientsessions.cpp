#include "appdata.h"

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

QString newAccessToken(ServerState &state, const QByteArray &refreshHash)
{
    const QString access = secrets::newToken();
    QSqlQuery query(state.store.database());
    const qint64 expires
        = state.options.nowMs() + qint64(state.options.tokenTtlSeconds) * 1000;
    const bool ok = state.store.write([&] {
        return state.store.exec(query,
                                QStringLiteral("INSERT INTO appdata_access_tokens(token_hash,"
                                               " refresh_hash, expires_ms) VALUES(?, ?, ?)"),
                                { secrets::tokenHash(access), refreshHash, expires });
    });
    return ok ? access : QString();
}

//! The end-user session a refresh token names: (app, user, provider), or nothing.
struct Session
{
    QByteArray refreshHash;
    QString appId;
    QString userId;
    QString provider;
};

std::optional<Session> sessionFor(ServerState &state, const Call &call)
{
    const QByteArray hash = secrets::tokenHash(call.request.bearerToken());
    QSqlQuery query(state.store.database());
    if (call.request.bearerToken().isEmpty()
        || !state.store.exec(query,
                             QStringLiteral("SELECT app_id, user_id, provider FROM"
                                            " appdata_sessions WHERE refresh_hash = ?"),
                             { hash })
        || !query.next())
        return std::nullopt;
    return Session { hash, query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString() };
}

Reply logout(ServerState &state, Call &call)
{
    const auto session = sessionFor(state, call);
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
    const auto session = sessionFor(state, call);
    if (!session)
        return Reply::invalidSession();
    const QString access = newAccessToken(state, session->refreshHash);
    if (access.isEmpty())
        return storeFailed();
    return Reply::json(QJsonObject { { QStringLiteral("access_token"), access } }, 201);
}

} // namespace

std::optional<QJsonObject> openSession(ServerState &state, const QString &appId, QJsonObject *user,
                                       const QString &provider, const QJsonObject &body)
{
    const QString userId = user->value(QStringLiteral("_id")).toString();
    const QString refresh = secrets::newToken();
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
        access = newAccessToken(state, secrets::tokenHash(refresh));
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
