#include "clientlogin.h"

#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

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
    return accepted(*user, identityOfType(*user, kUserpass));
}

//! A key an end user made for themselves logs in as that user.
Attempt checkUserApiKey(ServerState &state, const QString &appId, const QByteArray &keyHash)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT id, disabled, user_id FROM appdata_user_api_keys"
                                         " WHERE app_id = ? AND key_hash = ?"),
                          { appId, keyHash })
        || !query.next())
        return refused({}, QStringLiteral("InvalidPassword"), QStringLiteral("invalid API key"));
    const QString keyId = query.value(0).toString();
    const QString userId = query.value(2).toString();
    if (query.value(1).toBool())
        return refused(userId, QStringLiteral("UserDisabled"),
                       QStringLiteral("API key is disabled"));
    const auto user = state.store.appUser(appId, userId);
    if (!user)
        return refused({}, QStringLiteral("InvalidPassword"), QStringLiteral("invalid API key"));
    return accepted(
        *user, { { QStringLiteral("id"), keyId }, { QStringLiteral("provider_type"), kApiKey } });
}

//! Admin-made keys (server users) first, then the end users' own.
Attempt checkApiKey(ServerState &state, const QString &appId, const QJsonObject &body,
                    const QString &requestUrl)
{
    const QByteArray keyHash = secrets::tokenHash(body.value(QStringLiteral("key")).toString());
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT id, name, disabled, user_id FROM"
                                         " appdata_api_keys WHERE app_id = ? AND key_hash = ?"),
                          { appId, keyHash }))
        return storeError(QStringLiteral("cannot read the API keys"));
    if (!query.next())
        return checkUserApiKey(state, appId, keyHash);
    const QString keyId = query.value(0).toString();
    const QString keyName = query.value(1).toString();
    QString userId = query.value(3).toString();
    const QJsonObject identity { { QStringLiteral("id"), keyId },
                                 { QStringLiteral("provider_type"), kApiKey } };
    if (query.value(2).toBool())
        return refused(userId, QStringLiteral("UserDisabled"),
                       QStringLiteral("API key is disabled"));
    if (const auto user = userId.isEmpty() ? std::nullopt : state.store.appUser(appId, userId))
        return accepted(*user, identity);

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
    logUserCreated(state, appId, kApiKey, user, requestUrl);
    return accepted(user, identity);
}

//! A first custom-token or custom-function login (or an anonymous one): the user is made here.
Attempt createUserFor(ServerState &state, const LoginContext &login, Attempt attempt)
{
    const QString userId = secrets::newObjectId();
    QJsonObject user = newUser(userId, attempt.identity.value(QStringLiteral("id")).toString(),
                               login.providerType, QStringLiteral("normal"), attempt.profileData);
    if (!putUser(state.store, login.appId, user))
        return storeError(QStringLiteral("cannot store the user"));
    logUserCreated(state, login.appId, login.providerType, user, login.path);
    return accepted(user, attempt.identity);
}

Attempt checkCredentials(ServerState &state, const LoginContext &login)
{
    if (login.providerType == kUserpass)
        return checkUserpass(state, login.appId, login.body);
    if (login.providerType == kApiKey)
        return checkApiKey(state, login.appId, login.body, login.path);
    if (login.providerType == kCustomToken)
        return checkCustomToken(state, login);
    // Anonymous: every login is a new identity.
    return accepted({},
                    { { QStringLiteral("id"), secrets::newObjectId() },
                      { QStringLiteral("provider_type"), kAnon } });
}

void finishLogin(ServerState &state, const LoginContext &login, Attempt attempt,
                 const Responder &respond)
{
    if (attempt.errorCode.isEmpty() && attempt.userId.isEmpty() && attempt.user.isEmpty()
        && !login.linkTo)
        attempt = createUserFor(state, login, attempt);
    if (login.linkTo)
        return respond(linkIdentity(state, login, attempt));
    if (attempt.errorCode.isEmpty() && attempt.user.value(QStringLiteral("disabled")).toBool())
        attempt = refused(attempt.userId, QStringLiteral("UserDisabled"),
                          QStringLiteral("user disabled"));
    AuthLog log { login.providerType, QStringLiteral("login"), attempt.userId,
                  attempt.status,     attempt.error,           attempt.errorCode,
                  login.path,         QStringLiteral("POST") };
    if (!attempt.errorCode.isEmpty()) {
        logAuthEvent(state, login.appId, log);
        return respond(Reply::error(attempt.status, attempt.errorCode, attempt.error));
    }
    const auto session
        = openSession(state, login.appId, &attempt.user, login.providerType, login.body);
    if (!session)
        return respond(storeFailed());
    // The login is in the logs before any authentication trigger it fires writes its own entry.
    logAuthEvent(state, login.appId, log);
    fireAuthEvent(state, login.appId, QStringLiteral("LOGIN"), login.providerType, attempt.user);
    respond(Reply::json(*session));
}

//! The fields each provider's login body must have.
Failure checkLoginBody(const QString &providerType, const QJsonObject &body)
{
    QStringList required;
    if (providerType == kUserpass)
        required = { QStringLiteral("username"), QStringLiteral("password") };
    else if (providerType == kApiKey)
        required = { QStringLiteral("key") };
    else if (providerType == kCustomToken)
        required = { QStringLiteral("token") };
    QString ignored;
    for (const QString &key : std::as_const(required)) {
        if (Failure failure = requireString(body, key, &ignored))
            return failure;
    }
    return std::nullopt;
}

void login(ServerState &state, Call &call, const Responder &respond)
{
    LoginContext login;
    login.clientAppId = call.param(QStringLiteral("clientAppId"));
    login.appId = appForClientId(state.store, login.clientAppId);
    if (login.appId.isEmpty())
        return respond(notFound(QStringLiteral("AppNotFound"), QStringLiteral("application")));
    const auto provider = providerNamed(state, login.appId, call.param(QStringLiteral("provider")));
    if (!provider)
        return respond(notFound(QStringLiteral("AuthProviderNotFound"),
                                QStringLiteral("authentication provider")));
    login.provider = *provider;
    login.providerType = provider->value(QStringLiteral("type")).toString();
    if (provider->value(QStringLiteral("disabled")).toBool())
        return respond(Reply::error(
            404, QStringLiteral("AuthProviderNotFound"),
            QStringLiteral("authentication via '%1' is unsupported").arg(login.providerType)));
    if (Failure failure = parseJsonObject(call.request.body, &login.body))
        return respond(*failure);
    if (Failure failure = checkLoginBody(login.providerType, login.body))
        return respond(*failure);
    login.path = call.request.path;
    if (call.request.query.queryItemValue(QStringLiteral("link")) == QLatin1String("true")) {
        login.linkTo = sessionForAccessToken(state, call.request);
        if (!login.linkTo || login.linkTo->appId != login.appId)
            return respond(Reply::invalidSession());
        if (login.providerType == kAnon)
            return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                        QStringLiteral("an anonymous identity cannot be linked")));
    }
    if (login.providerType == kCustomFunction)
        return checkCustomFunction(state, login, [&state, login, respond](Attempt attempt) {
            finishLogin(state, login, std::move(attempt), respond);
        });
    finishLogin(state, login, checkCredentials(state, login), respond);
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
    router.addAsync(Method::Post, providers + QStringLiteral("/login"), Access::Public,
                    [&state](Call &call, Responder respond) { login(state, call, respond); });
    router.add(Method::Post,
               QStringLiteral("/app/{clientAppId}/auth/providers/local-userpass/register"),
               Access::Public, [&state](Call &call) { return registerUser(state, call); });
}

} // namespace stitchlocal::appdata
