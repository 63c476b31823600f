#include "appdata.h"

#include "server/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

// The reference pages users 50 at a time with ?after=<last _id>.
constexpr int kUserPage = 50;

QString appOf(const Call &call)
{
    return call.param(QStringLiteral("appId"));
}

Reply listUsers(ServerState &state, Call &call)
{
    QString after;
    if (call.request.query.hasQueryItem(QStringLiteral("after")))
        after = call.request.query.queryItemValue(QStringLiteral("after"));
    QSqlQuery query(state.store.database());
    // ObjectIds begin with their creation time, so _id order is creation order.
    if (!state.store.exec(
            query,
            QStringLiteral("SELECT doc FROM users WHERE app_id = ? AND id > coalesce(?, '')"
                           " ORDER BY id LIMIT ?"),
            { appOf(call), after, kUserPage }))
        return internalError(QStringLiteral("cannot read the users"));
    QJsonArray users;
    while (query.next())
        users.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return Reply::json(users);
}

Reply createUser(ServerState &state, Call &call)
{
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
    if (emailTaken(state.store, appOf(call), email))
        return Reply::error(409, QStringLiteral("AccountNameInUse"),
                            QStringLiteral("name already in use"));
    const auto user = createUserpassUser(state, appOf(call), email, password, call.request.path);
    if (!user)
        return storeFailed();
    return Reply::json(*user, 201);
}

Reply withUser(ServerState &state, Call &call,
               const std::function<Reply(const QJsonObject &user)> &work)
{
    const auto user = state.store.appUser(appOf(call), call.param(QStringLiteral("uid")));
    if (!user)
        return notFound(QStringLiteral("UserNotFound"), QStringLiteral("user"));
    return work(*user);
}

Reply deleteUser(ServerState &state, Call &call, const QJsonObject &user)
{
    const QString userId = user.value(QStringLiteral("_id")).toString();
    if (!removeUser(state.store, appOf(call), userId))
        return storeFailed();
    const QString provider = userProvider(user);
    logAuthEvent(state, appOf(call),
                 { provider,
                   QStringLiteral("other"),
                   userId,
                   204,
                   {},
                   {},
                   call.request.path,
                   QStringLiteral("DELETE") });
    fireAuthEvent(state, appOf(call), QStringLiteral("DELETE"), provider, user);
    return Reply::noContent();
}

Reply listDevices(ServerState &state, Call &call, const QJsonObject &user)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT doc FROM appdata_devices WHERE app_id = ? AND"
                                         " user_id = ? ORDER BY id"),
                          { appOf(call), user.value(QStringLiteral("_id")).toString() }))
        return internalError(QStringLiteral("cannot read the devices"));
    QJsonArray devices;
    while (query.next())
        devices.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return Reply::json(devices);
}

Reply setDisabled(ServerState &state, Call &call, QJsonObject user, bool disabled)
{
    user.insert(QStringLiteral("disabled"), disabled);
    const QString userId = user.value(QStringLiteral("_id")).toString();
    // A disabled user is logged out too: the sessions it holds stop working at once.
    const bool ok = state.store.write([&] {
        return putUser(state.store, appOf(call), user)
            && (!disabled || revokeSessions(state.store, appOf(call), userId));
    });
    return ok ? Reply::noContent() : storeFailed();
}

//! The pending registration for {email}, as the reference's pending_users list shows it.
std::optional<QJsonObject> pendingUser(ServerState &state, const QString &appId,
                                       const QString &email)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT id FROM appdata_pending WHERE app_id = ?"
                                         " AND email = ?"),
                          { appId, email })
        || !query.next())
        return std::nullopt;
    const auto app = state.store.app(appId);
    return QJsonObject {
        { QStringLiteral("_id"), query.value(0).toString() },
        { QStringLiteral("domain_id"), app ? app->domainId : QString() },
        { QStringLiteral("user_id"), QString() },
        { QStringLiteral("login_ids"),
          QJsonArray { QJsonObject { { QStringLiteral("id_type"), QStringLiteral("email") },
                                     { QStringLiteral("id"), email } } } },
    };
}

Reply listPending(ServerState &state, Call &call)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT email FROM appdata_pending WHERE app_id = ?"
                                         " ORDER BY id"),
                          { appOf(call) }))
        return internalError(QStringLiteral("cannot read the pending users"));
    QStringList emails;
    while (query.next())
        emails.append(query.value(0).toString());
    QJsonArray pending;
    for (const QString &email : std::as_const(emails)) {
        if (const auto user = pendingUser(state, appOf(call), email))
            pending.append(*user);
    }
    return Reply::json(pending);
}

//! 404 UserNotFound when {email} has no pending registration; with tellConfirmed, 400
//! UserAlreadyConfirmed when it belongs to a confirmed user instead (a confirmation has nothing
//! left to do, where a deletion simply finds no pending user).
Failure requirePending(ServerState &state, const Call &call, bool tellConfirmed = true)
{
    const QString email = call.param(QStringLiteral("email"));
    if (pendingUser(state, appOf(call), email))
        return std::nullopt;
    if (!tellConfirmed)
        return notFound(QStringLiteral("UserNotFound"), QStringLiteral("pending user"));
    QSqlQuery query(state.store.database());
    if (state.store.exec(query,
                         QStringLiteral("SELECT 1 FROM appdata_credentials WHERE app_id = ?"
                                        " AND email = ?"),
                         { appOf(call), email })
        && query.next())
        return Reply::error(400, QStringLiteral("UserAlreadyConfirmed"),
                            QStringLiteral("user %1 is already confirmed").arg(email));
    return notFound(QStringLiteral("UserNotFound"), QStringLiteral("pending user"));
}

Reply pendingStatement(ServerState &state, Call &call, const QString &sql, Reply done,
                       bool tellConfirmed = true)
{
    if (Failure failure = requirePending(state, call, tellConfirmed))
        return *failure;
    const bool ok = state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(query, sql, { appOf(call), call.param(QStringLiteral("email")) });
    });
    return ok ? done : storeFailed();
}

Reply sendConfirm(ServerState &state, Call &call)
{
    // A local server sends no mail: it records that a confirmation went out, and when, and
    // answers the {token, token_id} pair the mail would carry, which the client confirm accepts.
    if (Failure failure = requirePending(state, call))
        return *failure;
    const auto pair = newEmailToken(state, appOf(call), QStringLiteral("confirm"),
                                    call.param(QStringLiteral("email")));
    if (!pair)
        return storeFailed();
    return pendingStatement(
        state, call,
        QStringLiteral("UPDATE appdata_pending SET confirm_sent = confirm_sent + 1,"
                       " confirm_sent_at = %1 WHERE app_id = ? AND email = ?")
            .arg(nowSeconds()),
        Reply::json(*pair));
}

Reply confirm(ServerState &state, Call &call)
{
    if (Failure failure = requirePending(state, call))
        return *failure;
    const auto user = createUserpassUser(state, appOf(call), call.param(QStringLiteral("email")),
                                         QString(), call.request.path);
    return user ? Reply::noContent() : storeFailed();
}

} // namespace

//! The checks the real local-userpass provider makes before it creates anything.
Failure checkEmailPassword(const QString &email, const QString &password)
{
    // No control characters (they would reach log entries and exports) and RFC 5321's 254 at most.
    static const QRegularExpression plausibleEmail(
        QStringLiteral("^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+$"));
    if (email.size() > 254 || !plausibleEmail.match(email).hasMatch())
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("%1 is not a valid email address").arg(email));
    if (password.size() < 6 || password.size() > 128)
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("password must be between 6 and 128 characters"));
    return std::nullopt;
}

void addUserRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString app = QStringLiteral("/groups/{groupId}/apps/{appId}");
    const QString users = app + QStringLiteral("/users");
    const QString user = users + QStringLiteral("/{uid}");
    const auto onUser = [&state](Reply (*work)(ServerState &, Call &, const QJsonObject &)) {
        return [&state, work](Call &call) {
            return withUser(state, call,
                            [&](const QJsonObject &found) { return work(state, call, found); });
        };
    };
    router.add(Method::Get, users, Access::AccessToken,
               [&state](Call &call) { return listUsers(state, call); });
    router.add(Method::Post, users, Access::AccessToken,
               [&state](Call &call) { return createUser(state, call); });
    router.add(
        Method::Get, user, Access::AccessToken,
        onUser([](ServerState &, Call &, const QJsonObject &found) { return Reply::json(found); }));
    router.add(Method::Delete, user, Access::AccessToken, onUser(deleteUser));
    router.add(Method::Get, user + QStringLiteral("/devices"), Access::AccessToken,
               onUser(listDevices));
    router.add(Method::Put, user + QStringLiteral("/logout"), Access::AccessToken,
               onUser([](ServerState &s, Call &call, const QJsonObject &found) {
                   return revokeSessions(s.store, appOf(call),
                                         found.value(QStringLiteral("_id")).toString())
                       ? Reply::noContent()
                       : storeFailed();
               }));
    router.add(Method::Put, user + QStringLiteral("/enable"), Access::AccessToken,
               onUser([](ServerState &s, Call &call, const QJsonObject &found) {
                   return setDisabled(s, call, found, false);
               }));
    router.add(Method::Put, user + QStringLiteral("/disable"), Access::AccessToken,
               onUser([](ServerState &s, Call &call, const QJsonObject &found) {
                   return setDisabled(s, call, found, true);
               }));

    const QString registrations = app + QStringLiteral("/user_registrations");
    const QString byEmail = registrations + QStringLiteral("/by_email/{email}");
    router.add(Method::Get, registrations + QStringLiteral("/pending_users"), Access::AccessToken,
               [&state](Call &call) { return listPending(state, call); });
    router.add(Method::Delete, byEmail, Access::AccessToken, [&state](Call &call) {
        return pendingStatement(
            state, call,
            QStringLiteral("DELETE FROM appdata_pending WHERE app_id = ? AND email = ?"),
            Reply::noContent(), false);
    });
    router.add(Method::Post, byEmail + QStringLiteral("/send_confirm"), Access::AccessToken,
               [&state](Call &call) { return sendConfirm(state, call); });
    router.add(Method::Post, byEmail + QStringLiteral("/confirm"), Access::AccessToken,
               [&state](Call &call) { return confirm(state, call); });
}

} // namespace stitchlocal::appdata
