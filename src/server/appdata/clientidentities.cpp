// The identities a login proves beyond email and API key (custom-token, custom-function), and
// linking an identity to the user of the current session (?link=true).

#include "clientlogin.h"

#include "server/functions/functionrun.h"
#include "server/jwt.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal::appdata {

Attempt refused(const QString &userId, const QString &code, const QString &message)
{
    Attempt attempt;
    attempt.userId = userId;
    attempt.status = 401;
    attempt.errorCode = code;
    attempt.error = message;
    return attempt;
}

Attempt accepted(const QJsonObject &user, const QJsonObject &identity)
{
    Attempt attempt;
    attempt.user = user;
    attempt.userId = user.value(QStringLiteral("_id")).toString();
    attempt.identity = identity;
    return attempt;
}

Attempt storeError(const QString &message)
{
    Attempt attempt = refused({}, QStringLiteral("InternalServerError"), message);
    attempt.status = 500;
    return attempt;
}

std::optional<QJsonObject> userWithIdentity(ServerState &state, const QString &appId,
                                            const QString &providerType, const QString &id)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT u.id FROM users u, json_each(u.doc,"
                                         " '$.identities') i WHERE u.app_id = ? AND"
                                         " json_extract(i.value, '$.provider_type') = ? AND"
                                         " json_extract(i.value, '$.id') = ? LIMIT 1"),
                          { appId, providerType, id })
        || !query.next())
        return std::nullopt;
    return state.store.appUser(appId, query.value(0).toString());
}

namespace {

//! The identity an external id names: its user when it has one, else a user still to be made.
Attempt externalIdentity(ServerState &state, const LoginContext &login, const QString &externalId,
                         const QJsonObject &profileData)
{
    const QJsonObject identity { { QStringLiteral("id"), externalId },
                                 { QStringLiteral("provider_type"), login.providerType } };
    Attempt attempt;
    if (const auto user = userWithIdentity(state, login.appId, login.providerType, externalId)) {
        attempt = accepted(*user, identity);
        // What the token says of the person now wins over what an earlier login said.
        if (!profileData.isEmpty()) {
            QJsonObject data = user->value(QStringLiteral("data")).toObject();
            for (auto it = profileData.constBegin(); it != profileData.constEnd(); ++it)
                data.insert(it.key(), it.value());
            attempt.user.insert(QStringLiteral("data"), data);
        }
    } else {
        attempt.identity = identity;
    }
    attempt.profileData = profileData;
    return attempt;
}

QList<QByteArray> signingKeys(const QJsonObject &config)
{
    QList<QByteArray> keys;
    const QString single = config.value(QStringLiteral("signingKey")).toString();
    if (!single.isEmpty())
        keys.append(single.toUtf8());
    const QJsonArray many = config.value(QStringLiteral("signingKeys")).toArray();
    for (const QJsonValue &key : many) {
        if (!key.toString().isEmpty())
            keys.append(key.toString().toUtf8());
    }
    return keys;
}

bool audienceNames(const QJsonValue &audience, const QString &clientAppId)
{
    if (audience.isArray())
        return audience.toArray().contains(clientAppId);
    return audience.toString() == clientAppId;
}

} // namespace

Attempt checkCustomToken(ServerState &state, const LoginContext &login)
{
    // The key may sit in config or, as later versions keep it, in secret_config.
    const QList<QByteArray> keys
        = signingKeys(login.provider.value(QStringLiteral("config")).toObject())
        + signingKeys(login.provider.value(QStringLiteral("secret_config")).toObject());
    if (keys.isEmpty())
        return refused({}, QStringLiteral("AuthError"),
                       QStringLiteral("the custom-token provider has no signing key"));
    const jwt::Verdict verdict
        = jwt::verifyHs256(login.body.value(QStringLiteral("token")).toString(), keys);
    if (!verdict.ok())
        return refused({}, QStringLiteral("AuthError"), verdict.error);
    const QJsonObject &claims = verdict.payload;
    if (!audienceNames(claims.value(QStringLiteral("aud")), login.clientAppId))
        return refused({}, QStringLiteral("AuthError"),
                       QStringLiteral("token audience must be %1").arg(login.clientAppId));
    const QJsonValue expires = claims.value(QStringLiteral("exp"));
    if (!expires.isDouble())
        return refused({}, QStringLiteral("AuthError"), QStringLiteral("token has no exp"));
    if (qint64(expires.toDouble()) <= state.options.nowMs() / 1000)
        return refused({}, QStringLiteral("AuthError"), QStringLiteral("token is expired"));
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    if (subject.isEmpty())
        return refused({}, QStringLiteral("AuthError"), QStringLiteral("token has no sub"));
    QJsonObject profile;
    const QJsonObject meta = claims.value(QStringLiteral("stitch_meta")).toObject();
    for (const QString &field :
         { QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("picture") }) {
        if (meta.value(field).isString())
            profile.insert(field, meta.value(field));
    }
    return externalIdentity(state, login, subject, profile);
}

void checkCustomFunction(ServerState &state, const LoginContext &login,
                         std::function<void(Attempt)> done)
{
    const QString functionName = login.provider.value(QStringLiteral("config"))
                                     .toObject()
                                     .value(QStringLiteral("authFunctionName"))
                                     .toString();
    const auto function = functionName.isEmpty()
        ? std::nullopt
        : state.config.findByName(login.appId, kinds::function, kTopLevel, functionName, QString());
    if (!function)
        return done(refused({}, QStringLiteral("AuthError"),
                            QStringLiteral("the custom-function provider's function %1 does not"
                                           " exist")
                                .arg(functionName)));
    RunRequest request;
    request.name = function->name;
    request.source = function->doc.value(QStringLiteral("source")).toString();
    request.timeLimitMs = functionTimeLimitMs(state.options);
    request.runAsSystem = true;
    // The payload is what the client sent, less the SDK's device options.
    QJsonObject payload = login.body;
    payload.remove(QStringLiteral("options"));
    request.arguments = QJsonArray { payload };
    addAppContext(state.config, login.appId, QString(), &request);
    state.runtime->run(request, state.runtime.get(),
                       [&state, login, done](const RunResult &result) {
                           if (!result.ok())
                               return done(refused({}, QStringLiteral("AuthError"),
                                                   QStringLiteral("authentication function"
                                                                  " failed: %1")
                                                       .arg(result.errorMessage)));
                           const QJsonValue value = result.result;
                           const QString id = value.isObject()
                               ? value.toObject().value(QStringLiteral("id")).toString()
                               : value.toString();
                           if (id.isEmpty())
                               return done(refused({}, QStringLiteral("AuthError"),
                                                   QStringLiteral("authentication function must"
                                                                  " return a string id")));
                           done(externalIdentity(state, login, id, {}));
                       });
}

namespace {

//! A local-userpass user made by a confirmation who has never logged in: linking its email to
//! another user takes the email over instead of refusing it, as the SDKs' flow needs
//! (register, confirm, then link to the anonymous user the app started with).
bool isUnusedEmailUser(const QJsonObject &user)
{
    return user.value(QStringLiteral("identities")).toArray().size() == 1
        && userProvider(user) == kUserpass
        && user.value(QStringLiteral("last_authentication_date")).toInteger() == 0;
}

QJsonObject withIdentity(QJsonObject user, const QJsonObject &identity, const QJsonObject &data)
{
    QJsonArray identities = user.value(QStringLiteral("identities")).toArray();
    identities.append(identity);
    user.insert(QStringLiteral("identities"), identities);
    QJsonObject merged = user.value(QStringLiteral("data")).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!merged.contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    user.insert(QStringLiteral("data"), merged);
    return user;
}

} // namespace

Reply linkIdentity(ServerState &state, const LoginContext &login, const Attempt &attempt)
{
    const ClientSession &session = *login.linkTo;
    AuthLog log { login.providerType, QStringLiteral("other"), session.userId,
                  attempt.status,     attempt.error,           attempt.errorCode,
                  login.path,         QStringLiteral("POST") };
    if (!attempt.errorCode.isEmpty()) {
        logAuthEvent(state, login.appId, log);
        return Reply::error(attempt.status, attempt.errorCode, attempt.error);
    }
    const auto current = state.store.appUser(login.appId, session.userId);
    if (!current)
        return Reply::invalidSession();
    bool ok = true;
    if (attempt.userId.isEmpty()) {
        ok = putUser(state.store, login.appId,
                     withIdentity(*current, attempt.identity, attempt.profileData));
    } else if (attempt.userId != session.userId) {
        if (!isUnusedEmailUser(attempt.user)) {
            log.status = 409;
            log.errorCode = QStringLiteral("AccountNameInUse");
            log.error = QStringLiteral("a user already exists with this identity: it belongs to"
                                       " another user and cannot be linked");
            logAuthEvent(state, login.appId, log);
            return Reply::error(409, log.errorCode, log.error);
        }
        const QJsonObject linked = withIdentity(
            *current, attempt.identity, attempt.user.value(QStringLiteral("data")).toObject());
        ok = state.store.write([&] {
            QSqlQuery query(state.store.database());
            return state.store.exec(query,
                                    QStringLiteral("UPDATE appdata_credentials SET user_id = ?"
                                                   " WHERE app_id = ? AND user_id = ?"),
                                    { session.userId, login.appId, attempt.userId })
                && state.store.exec(query,
                                    QStringLiteral("DELETE FROM users WHERE app_id = ? AND id = ?"),
                                    { login.appId, attempt.userId })
                && putUser(state.store, login.appId, linked);
        });
    }
    const QString access = ok ? newAccessToken(state, session) : QString();
    if (access.isEmpty())
        return storeFailed();
    logAuthEvent(state, login.appId, log);
    return Reply::json(QJsonObject { { QStringLiteral("access_token"), access },
                                     { QStringLiteral("user_id"), session.userId },
                                     { QStringLiteral("device_id"), session.deviceId } });
}

} // namespace stitchlocal::appdata
