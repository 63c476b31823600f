// local-userpass beyond login and register, under /app/{id}/auth/providers/local-userpass/:
// confirm, confirm/send, reset, reset/send and reset/call. A local server sends no mail: the
// {token, tokenId} pair a mail would carry is kept (as a digest) for confirm and reset, and the
// admin route send_confirm hands a confirmation pair out, as a test or a developer needs it.

#include "appdata.h"

#include "server/functions/functionrun.h"
#include "server/logwriter.h"
#include "server/runtime/functionruntime.h"
#include "server/secrets.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

// How long a confirmation or reset link stays good.
constexpr qint64 kEmailTokenLifetimeMs = 30LL * 60 * 1000;

//! Whether the email has a row in table: appdata_credentials (a confirmed user) or
//! appdata_pending (a registration waiting for its confirmation).
bool emailIn(ServerState &state, const char *table, const QString &appId, const QString &email)
{
    QSqlQuery query(state.store.database());
    return state.store.exec(query,
                            QStringLiteral("SELECT 1 FROM %1 WHERE app_id = ? AND email = ?")
                                .arg(QLatin1String(table)),
                            { appId, email })
        && query.next();
}

bool hasCredential(ServerState &state, const QString &appId, const QString &email)
{
    return emailIn(state, "appdata_credentials", appId, email);
}

bool isPending(ServerState &state, const QString &appId, const QString &email)
{
    return emailIn(state, "appdata_pending", appId, email);
}

Reply invalidToken()
{
    return Reply::error(400, QStringLiteral("InvalidParameter"),
                        QStringLiteral("invalid or expired token: ask for a new one"));
}

//! Takes the pair out of the store when it is valid: the email it was made for, or empty.
QString redeemToken(ServerState &state, const QString &appId, const QString &kind,
                    const QJsonObject &body)
{
    const QString tokenId = body.value(QStringLiteral("tokenId")).toString();
    const QByteArray hash = secrets::tokenHash(body.value(QStringLiteral("token")).toString());
    QString email;
    state.store.write([&] {
        QSqlQuery query(state.store.database());
        if (!state.store.exec(query,
                              QStringLiteral("SELECT email, token_hash FROM appdata_email_tokens"
                                             " WHERE app_id = ? AND token_id = ? AND kind = ?"
                                             " AND expires_ms > ?"),
                              { appId, tokenId, kind, state.options.nowMs() })
            || !query.next() || !secrets::sameSecret(query.value(1).toByteArray(), hash))
            return false;
        email = query.value(0).toString();
        return state.store.exec(query,
                                QStringLiteral("DELETE FROM appdata_email_tokens WHERE app_id = ?"
                                               " AND token_id = ?"),
                                { appId, tokenId });
    });
    return email;
}

bool setPassword(ServerState &state, const QString &appId, const QString &email,
                 const QString &password)
{
    const secrets::PasswordDigest digest = secrets::digestPassword(password);
    return state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query,
                                QStringLiteral("UPDATE appdata_credentials SET salt = ?,"
                                               " digest = ?, iterations = ? WHERE app_id = ?"
                                               " AND email = ?"),
                                { digest.salt, digest.digest, digest.iterations, appId, email })
            && query.numRowsAffected() == 1;
    });
}

//! One call of these routes: its app and the named strings of its body, in order.
struct UserpassCall
{
    QString appId;
    QJsonObject body;
    QStringList values;
};

//! The app behind {clientAppId} must have a usable local-userpass provider, and the body must be
//! an object with each named string; else the error to answer.
Failure readCall(ServerState &state, const Call &call, const QStringList &names, UserpassCall *out)
{
    out->appId = appForClientId(state.store, call.param(QStringLiteral("clientAppId")));
    if (out->appId.isEmpty())
        return notFound(QStringLiteral("AppNotFound"), QStringLiteral("application"));
    if (Failure failure = requireUsableProvider(state, out->appId, kUserpass))
        return failure;
    if (Failure failure = parseJsonObject(call.request.body, &out->body))
        return failure;
    for (const QString &name : names) {
        QString value;
        if (Failure failure = requireString(out->body, name, &value))
            return failure;
        out->values.append(value);
    }
    return std::nullopt;
}

Reply confirm(ServerState &state, Call &call)
{
    UserpassCall in;
    if (Failure failure
        = readCall(state, call, { QStringLiteral("token"), QStringLiteral("tokenId") }, &in))
        return *failure;
    const QString &appId = in.appId;
    const QString email = redeemToken(state, appId, QStringLiteral("confirm"), in.body);
    if (email.isEmpty())
        return invalidToken();
    if (!isPending(state, appId, email))
        return Reply::error(400, QStringLiteral("UserAlreadyConfirmed"),
                            QStringLiteral("user %1 is already confirmed").arg(email));
    return createUserpassUser(state, appId, email, QString(), call.request.path)
        ? Reply::noContent()
        : storeFailed();
}

//! confirm/send and reset/send: a new pair for the email, where a mail would go out.
Reply sendToken(ServerState &state, Call &call, const QString &kind)
{
    UserpassCall in;
    if (Failure failure = readCall(state, call, { QStringLiteral("email") }, &in))
        return *failure;
    const QString &appId = in.appId;
    const QString email = in.values.first();
    const bool confirming = kind == QLatin1String("confirm");
    if (confirming && hasCredential(state, appId, email))
        return Reply::error(400, QStringLiteral("UserAlreadyConfirmed"),
                            QStringLiteral("user %1 is already confirmed").arg(email));
    if (!(confirming ? isPending(state, appId, email) : hasCredential(state, appId, email)))
        return notFound(QStringLiteral("UserNotFound"), QStringLiteral("user"));
    return newEmailToken(state, appId, kind, email) ? Reply::noContent() : storeFailed();
}

Reply reset(ServerState &state, Call &call)
{
    UserpassCall in;
    if (Failure failure = readCall(
            state, call,
            { QStringLiteral("token"), QStringLiteral("tokenId"), QStringLiteral("password") },
            &in))
        return *failure;
    const QString &appId = in.appId;
    const QStringList &values = in.values;
    // The new password is checked before the token is spent on it.
    if (Failure failure = checkEmailPassword(QStringLiteral("x@x"), values.at(2)))
        return *failure;
    const QString email = redeemToken(state, appId, QStringLiteral("reset"), in.body);
    if (email.isEmpty())
        return invalidToken();
    return setPassword(state, appId, email, values.at(2)) ? Reply::noContent() : storeFailed();
}

//! reset/call: runs the provider's resetFunctionName with ({token, tokenId, username,
//! password}, ...arguments). {status: "success"} sets the password now; "pending" leaves the
//! pair for a later reset; anything else refuses. Writes a FUNCTION log entry.
void callReset(ServerState &state, Call &call, const Responder &respond)
{
    UserpassCall in;
    if (Failure failure
        = readCall(state, call, { QStringLiteral("email"), QStringLiteral("password") }, &in))
        return respond(*failure);
    const QString appId = in.appId;
    const QString email = in.values.at(0);
    const QString password = in.values.at(1);
    if (Failure failure = checkEmailPassword(email, password))
        return respond(*failure);
    const auto provider = providerOfType(state, appId, kUserpass);
    const QJsonObject config
        = provider ? provider->value(QStringLiteral("config")).toObject() : QJsonObject();
    const QString functionName = config.value(QStringLiteral("resetFunctionName")).toString();
    const auto function = config.value(QStringLiteral("runResetFunction")).toBool()
        ? state.config.findByName(appId, kinds::function, kTopLevel, functionName, QString())
        : std::nullopt;
    if (!function)
        return respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                    QStringLiteral("the local-userpass provider runs no password"
                                                   " reset function")));
    if (!hasCredential(state, appId, email))
        return respond(notFound(QStringLiteral("UserNotFound"), QStringLiteral("user")));
    const auto pair = newEmailToken(state, appId, QStringLiteral("reset"), email);
    if (!pair)
        return respond(storeFailed());

    RunRequest request;
    request.name = function->name;
    request.source = function->doc.value(QStringLiteral("source")).toString();
    request.timeLimitMs = functionTimeLimitMs(state.options);
    request.runAsSystem = true;
    request.arguments = QJsonArray { QJsonObject {
        { QStringLiteral("token"), pair->value(QStringLiteral("token")) },
        { QStringLiteral("tokenId"), pair->value(QStringLiteral("token_id")) },
        { QStringLiteral("username"), email },
        { QStringLiteral("password"), password } } };
    for (const QJsonValue &argument : in.body.value(QStringLiteral("arguments")).toArray())
        request.arguments.append(argument);
    addAppContext(state.config, appId, QString(), &request);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const Resource resetFunction = *function;
    state.runtime->run(
        request, state.runtime.get(),
        [&state, appId, email, password, resetFunction, started, respond](const RunResult &result) {
            QJsonObject entry
                = runLogEntry(state.store, appId, QStringLiteral("FUNCTION"), started, result);
            entry.insert(QStringLiteral("function_id"), resetFunction.id);
            entry.insert(QStringLiteral("function_name"), resetFunction.name);
            appendLog(state.store, appId, entry);
            const QString status
                = result.result.toObject().value(QStringLiteral("status")).toString();
            if (!result.ok())
                return respond(Reply::error(400, result.errorCode, result.errorMessage));
            if (status == QLatin1String("success"))
                return respond(setPassword(state, appId, email, password) ? Reply::noContent()
                                                                          : storeFailed());
            if (status == QLatin1String("pending"))
                return respond(Reply::noContent());
            respond(Reply::error(400, QStringLiteral("InvalidParameter"),
                                 QStringLiteral("the password reset function refused the reset"
                                                " (status %1)")
                                     .arg(status.isEmpty() ? QStringLiteral("missing") : status)));
        });
}

} // namespace

std::optional<QJsonObject> newEmailToken(ServerState &state, const QString &appId,
                                         const QString &kind, const QString &email)
{
    const QString token = secrets::newToken();
    const QString tokenId = secrets::newObjectId();
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query,
                                QStringLiteral("DELETE FROM appdata_email_tokens WHERE"
                                               " expires_ms <= ?"),
                                { state.options.nowMs() })
            && state.store.exec(query,
                                QStringLiteral("INSERT INTO appdata_email_tokens(app_id,"
                                               " token_id, kind, email, token_hash, expires_ms)"
                                               " VALUES(?, ?, ?, ?, ?, ?)"),
                                { appId, tokenId, kind, email, secrets::tokenHash(token),
                                  state.options.nowMs() + kEmailTokenLifetimeMs });
    });
    if (!ok)
        return std::nullopt;
    return QJsonObject { { QStringLiteral("token"), token },
                         { QStringLiteral("token_id"), tokenId } };
}

void addClientUserpassRoutes(ServerState &state)
{
    Router &router = state.clientRouter;
    const QString base = QStringLiteral("/app/{clientAppId}/auth/providers/local-userpass/");
    router.add(Method::Post, base + QStringLiteral("confirm"), Access::Public,
               [&state](Call &call) { return confirm(state, call); });
    router.add(Method::Post, base + QStringLiteral("confirm/send"), Access::Public,
               [&state](Call &call) { return sendToken(state, call, QStringLiteral("confirm")); });
    router.add(Method::Post, base + QStringLiteral("reset"), Access::Public,
               [&state](Call &call) { return reset(state, call); });
    router.add(Method::Post, base + QStringLiteral("reset/send"), Access::Public,
               [&state](Call &call) { return sendToken(state, call, QStringLiteral("reset")); });
    router.addAsync(Method::Post, base + QStringLiteral("reset/call"), Access::Public,
                    [&state](Call &call, Responder respond) { callReset(state, call, respond); });
}

} // namespace stitchlocal::appdata
