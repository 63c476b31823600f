#include "appdata.h"

#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

//! What a credential check found: the user, or the error to answer and to log.
struct Attempt
{
    QJsonObject user;
    QString userId;
    int status = 200;
    QString errorCode;
    QString error;
};

Attempt refused(const QString &userId, const QString &code, const QString &message)
{
    return { QJsonObject(), userId, 401, code, message };
}

Attempt accepted(const QJsonObject &user, const QString &userId)
{
    return { user, userId, 200, QString(), QString() };
}

Attempt storeError(const QString &message)
{
    return { QJsonObject(), QString(), 500, QStringLiteral("InternalServerError"), message };
}

QString appForClientId(Store &store, const QString &clientAppId)
{
    QSqlQuery query(store.database());
    if (store.exec(query, QStringLiteral("SELECT id FROM apps WHERE client_app_id = ?"),
                   { clientAppId })
        && query.next())
        return query.value(0).toString();
    return QString();
}

Attempt checkUserpass(ServerState &state, const QString &appId, const QJsonObject &body)
{
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT user_id, salt, digest, iterations FROM"
                                         " appdata_credentials WHERE app_id = ? AND email = ?"),
                          { appId, username }))
        return storeError(QStringLiteral("cannot read the credentials"));
    if (!query.next()) {
        // An unknown name costs one verify too, so timing tells nobody which emails exist.
        secrets::verifyPassword(password, secrets::decoyDigest(secrets::SecretKind::HumanChosen));
        QSqlQuery pending(state.store.database());
        const bool isPending = state.store.exec(pending,
                                                QStringLiteral("SELECT 1 FROM appdata_pending"
                                                               " WHERE app_id = ? AND email = ?"),
                                                { appId, username })
            && pending.next();
        // The real service's answer to a registration that still waits for its confirmation.
        return isPending
            ? refused({}, QStringLiteral("AuthError"), QStringLiteral("confirmation required"))
            : refused({}, QStringLiteral("InvalidPassword"),
                      QStringLiteral("invalid username/password"));
    }
    const QString userId = query.value(0).toString();
    const secrets::PasswordDigest stored { query.value(1).toByteArray(),
                                           query.value(2).toByteArray(), query.value(3).toInt() };
    if (!secrets::verifyPassword(password, stored))
        return refused(userId, QStringLiteral("InvalidPassword"),
                       QStringLiteral("invalid username/password"));
    const auto user = state.store.appUser(appId, userId);
    if (!user)
        return refused(userId, QStringLiteral("InvalidPassword"),
                       QStringLiteral("invalid username/password"));
    return accepted(*user, userId);
}

Attempt checkApiKey(ServerState &state, const QString &appId, const QJsonObject &body,
                    const QString &requestUrl)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(
            query,
            QStringLiteral("SELECT id, name, disabled, user_id FROM"
                           " appdata_api_keys WHERE app_id = ? AND key_hash = ?"),
            { appId, secrets::tokenHash(body.value(QStringLiteral("key")).toString()) })
        || !query.next())
        return refused({}, QStringLiteral("InvalidPassword"), QStringLiteral("invalid API key"));
    const QString keyId = query.value(0).toString();
    const QString keyName = query.value(1).toString();
    QString userId = query.value(3).toString();
    if (query.value(2).toBool())
        return refused(userId, QStringLiteral("UserDisabled"),
                       QStringLiteral("API key is disabled"));
    if (const auto user = userId.isEmpty() ? std::nullopt : state.store.appUser(appId, userId))
        return accepted(*user, userId);

    // A key's first login creates its server user, as the real service does.
    userId = secrets::newObjectId();
    const QJsonObject user = newUser(userId, keyId, kApiKey, QStringLiteral("server"),
                                     QJsonObject { { QStringLiteral("name"), keyName } });
    const bool ok = state.store.write([&] {
        QSqlQuery update(state.store.database());
        return putUser(state.store, appId, user)
            && state.store.exec(update,
                                QStringLiteral("UPDATE appdata_api_keys SET user_id = ?"
                                               " WHERE app_id = ? AND id = ?"),
                                { userId, appId, keyId });
    });
    if (!ok)
        return storeError(QStringLiteral("cannot store the user"));
    logAuthEvent(state, appId,
                 { kApiKey,
                   QStringLiteral("other"),
                   userId,
                   201,
                   {},
                   {},
                   requestUrl,
                   QStringLiteral("POST") });
    fireAuthEvent(state, appId, QStringLiteral("CREATE"), kApiKey, user);
    return accepted(user, userId);
}

Attempt newAnonUser(ServerState &state, const QString &appId, const QString &requestUrl)
{
    const QString userId = secrets::newObjectId();
    const QJsonObject user
        = newUser(userId, secrets::newObjectId(), kAnon, QStringLiteral("normal"), QJsonObject());
    if (!putUser(state.store, appId, user))
        return storeError(QStringLiteral("cannot store the user"));
    logAuthEvent(state, appId,
                 { kAnon,
                   QStringLiteral("other"),
                   userId,
                   201,
                   {},
                   {},
                   requestUrl,
                   QStringLiteral("POST") });
    fireAuthEvent(state, appId, QStringLiteral("CREATE"), kAnon, user);
    return accepted(user, userId);
}

Reply login(ServerState &state, Call &call)
{
    const QString appId = appForClientId(state.store, call.param(QStringLiteral("clientAppId")));
    if (appId.isEmpty())
        return notFound(QStringLiteral("AppNotFound"), QStringLiteral("application"));
    const QString provider = call.param(QStringLiteral("provider"));
    if (provider != kUserpass && provider != kApiKey && provider != kAnon)
        return notFound(QStringLiteral("AuthProviderNotFound"),
                        QStringLiteral("authentication provider"));
    if (Failure failure = requireUsableProvider(state, appId, provider))
        return *failure;
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QString ignored;
    if (provider == kUserpass) {
        for (const QString &key : { QStringLiteral("username"), QStringLiteral("password") }) {
            if (Failure failure = requireString(body, key, &ignored))
                return *failure;
        }
    } else if (provider == kApiKey) {
        if (Failure failure = requireString(body, QStringLiteral("key"), &ignored))
            return *failure;
    }

    Attempt attempt = provider == kUserpass ? checkUserpass(state, appId, body)
        : provider == kApiKey               ? checkApiKey(state, appId, body, call.request.path)
                                            : newAnonUser(state, appId, call.request.path);
    if (attempt.errorCode.isEmpty() && attempt.user.value(QStringLiteral("disabled")).toBool())
        attempt = refused(attempt.userId, QStringLiteral("UserDisabled"),
                          QStringLiteral("user disabled"));
    AuthLog log {
        provider,      QStringLiteral("login"), attempt.userId,    attempt.status,
        attempt.error, attempt.errorCode,       call.request.path, QStringLiteral("POST")
    };
    if (!attempt.errorCode.isEmpty()) {
        logAuthEvent(state, appId, log);
        return Reply::error(attempt.status, attempt.errorCode, attempt.error);
    }
    const auto session = openSession(state, appId, &attempt.user, provider, body);
    if (!session)
        return storeFailed();
    // The login is in the logs before any authentication trigger it fires writes its own entry.
    logAuthEvent(state, appId, log);
    fireAuthEvent(state, appId, QStringLiteral("LOGIN"), provider, attempt.user);
    return Reply::json(*session);
}

Reply registerUser(ServerState &state, Call &call)
{
    const QString appId = appForClientId(state.store, call.param(QStringLiteral("clientAppId")));
    if (appId.isEmpty())
        return notFound(QStringLiteral("AppNotFound"), QStringLiteral("application"));
    if (Failure failure = requireUsableProvider(state, appId, kUserpass))
        return *failure;
    QJsonObject body;
    QString email;
    QString password;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    if (Failure failure = requireString(body, QStringLiteral("email"), &email))
        return *failure;
    if (Failure failure = requireString(body, QStringLiteral("password"), &password))
        return *failure;
    if (Failure failure = checkEmailPassword(email, password))
        return *failure;
    if (emailTaken(state.store, appId, email))
        return Reply::error(409, QStringLiteral("AccountNameInUse"),
                            QStringLiteral("name already in use"));

    // No local-userpass provider configured counts as one that confirms at once.
    const auto provider = providerOfType(state, appId, kUserpass);
    const QJsonObject config
        = provider ? provider->value(QStringLiteral("config")).toObject() : QJsonObject();
    const bool autoConfirm = !provider || config.value(QStringLiteral("autoConfirm")).toBool()
        || config.value(QStringLiteral("auto_confirm")).toBool();
    if (autoConfirm) {
        if (!createUserpassUser(state, appId, email, password, call.request.path))
            return storeFailed();
        return Reply::json(QJsonObject(), 201);
    }
    const secrets::PasswordDigest digest = secrets::digestPassword(password);
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query,
                                QStringLiteral("INSERT INTO appdata_pending(app_id, email, id,"
                                               " salt, digest, iterations, created)"
                                               " VALUES(?, ?, ?, ?, ?, ?, ?)"),
                                { appId, email, secrets::newObjectId(), digest.salt, digest.digest,
                                  digest.iterations, nowSeconds() });
    });
    if (!ok)
        return storeFailed();
    logAuthEvent(state, appId,
                 { kUserpass,
                   QStringLiteral("other"),
                   QString(),
                   201,
                   {},
                   {},
                   call.request.path,
                   QStringLiteral("POST") });
    return Reply::json(QJsonObject(), 201);
}

} // namespace

void addClientAuthRoutes(ServerState &state)
{
    Router &router = state.clientRouter;
    const QString providers = QStringLiteral("/app/{clientAppId}/auth/providers/{provider}");
    router.add(Method::Post, providers + QStringLiteral("/login"), Access::Public,
               [&state](Call &call) { return login(state, call); });
    router.add(Method::Post,
               QStringLiteral("/app/{clientAppId}/auth/providers/local-userpass/register"),
               Access::Public, [&state](Call &call) { return registerUser(state, call); });
}

} // namespace stitchlocal::appdata
