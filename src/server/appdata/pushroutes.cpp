#include "appdata.h"

#include "server/logwriter.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace stitchlocal::appdata {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kSent = QStringLiteral("sent");

QString appOf(const Call &call)
{
    return call.param(QStringLiteral("appId"));
}

QString messageOf(const Call &call)
{
    return call.param(QStringLiteral("messageId"));
}

bool putMessage(ServerState &state, const QString &appId, const QJsonObject &message)
{
    return state.store.write([&] {
        QSqlQuery query(state.store.database());
        return state.store.exec(
            query,
            QStringLiteral("INSERT INTO appdata_push(app_id, id, state, created, doc)"
                           " VALUES(?, ?, ?, ?, ?) ON CONFLICT(app_id, id) DO UPDATE SET"
                           " state = excluded.state, doc = excluded.doc"),
            { appId, message.value(QStringLiteral("_id")).toString(),
              message.value(QStringLiteral("state")).toString(),
              QDateTime::currentMSecsSinceEpoch(),
              QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)) });
    });
}

//! Marks the message sent now and writes the PUSH log entry a real send leaves behind.
bool markSent(ServerState &state, const QString &appId, QJsonObject *message)
{
    message->insert(QStringLiteral("state"), kSent);
    message->insert(QStringLiteral("sent"), isoNow());
    return appendLog(
        state.store, appId,
        QJsonObject {
            { QStringLiteral("co_id"), secrets::newObjectId() },
            { QStringLiteral("type"), QStringLiteral("PUSH") },
            { QStringLiteral("status"), 200 },
            { QStringLiteral("messages"),
              QJsonArray { QStringLiteral("push notification %1 sent to topic %2")
                               .arg(message->value(QStringLiteral("_id")).toString(),
                                    message->value(QStringLiteral("topic")).toString()) } } });
}

//! Copies the string fields the body gives; 400 when one is not a string or, with required,
//! missing.
Failure readFields(const QJsonObject &body, bool required, QJsonObject *message)
{
    // Bounds as the push services have them: a message fits an APNs payload (4 KiB).
    const QList<QPair<QString, int>> fields { { QStringLiteral("label"), 256 },
                                              { QStringLiteral("message"), 4096 },
                                              { QStringLiteral("topic"), 256 } };
    for (const auto &[key, limit] : fields) {
        QString value;
        if (Failure failure
            = required ? requireString(body, key, &value) : optionalString(body, key, &value))
            return failure;
        if (value.size() > limit)
            return Reply::error(
                400, QStringLiteral("InvalidParameter"),
                QStringLiteral("%1 may be at most %2 characters").arg(key).arg(limit));
        if (body.contains(key))
            message->insert(key, value);
    }
    return std::nullopt;
}

Failure readState(const QJsonObject &body, QString *state)
{
    if (Failure failure = optionalString(body, QStringLiteral("state"), state))
        return failure;
    if (*state != kDraft && *state != kSent)
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("state must be \"draft\" or \"sent\""));
    return std::nullopt;
}

Reply listMessages(ServerState &state, Call &call)
{
    QString wanted;
    if (call.request.query.hasQueryItem(QStringLiteral("state"))) {
        wanted = call.request.query.queryItemValue(QStringLiteral("state"));
        if (wanted != kDraft && wanted != kSent)
            return Reply::error(400, QStringLiteral("InvalidParameter"),
                                QStringLiteral("state must be \"draft\" or \"sent\""));
    }
    QSqlQuery query(state.store.database());
    const bool ok = wanted.isEmpty()
        ? state.store.exec(query,
                           QStringLiteral("SELECT doc FROM appdata_push WHERE app_id = ?"
                                          " ORDER BY created, id"),
                           { appOf(call) })
        : state.store.exec(query,
                           QStringLiteral("SELECT doc FROM appdata_push WHERE app_id = ?"
                                          " AND state = ? ORDER BY created, id"),
                           { appOf(call), wanted });
    if (!ok)
        return internalError(QStringLiteral("cannot read the push notifications"));
    QJsonArray messages;
    while (query.next())
        messages.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return Reply::json(messages);
}

Reply createMessage(ServerState &state, Call &call)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject message { { QStringLiteral("_id"), secrets::newObjectId() },
                          { QStringLiteral("appID"), appOf(call) },
                          { QStringLiteral("created"), isoNow() },
                          { QStringLiteral("state"), kDraft } };
    QString wanted = kDraft;
    if (Failure failure = readFields(body, true, &message))
        return *failure;
    if (Failure failure = readState(body, &wanted))
        return *failure;
    // Created as a draft; created "sent", it goes out at once, as send would do it.
    const bool ok = state.store.write([&] {
        return (wanted != kSent || markSent(state, appOf(call), &message))
            && putMessage(state, appOf(call), message);
    });
    if (!ok)
        return storeFailed();
    return Reply::json(message, 201);
}

Reply withMessage(ServerState &state, Call &call,
                  const std::function<Reply(QJsonObject &message)> &work)
{
    QSqlQuery query(state.store.database());
    if (!state.store.exec(query,
                          QStringLiteral("SELECT doc FROM appdata_push WHERE app_id = ?"
                                         " AND id = ?"),
                          { appOf(call), messageOf(call) }))
        return internalError(QStringLiteral("cannot read the push notification"));
    if (!query.next())
        return notFound(QStringLiteral("MessageNotFound"), QStringLiteral("push notification"));
    QJsonObject message = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return work(message);
}

Reply updateMessage(ServerState &state, Call &call, QJsonObject &message)
{
    QJsonObject body;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    QJsonObject changed = message;
    if (Failure failure = readFields(body, false, &changed))
        return *failure;
    if (message.value(QStringLiteral("state")).toString() == kSent && changed != message)
        return Reply::error(400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("a sent push notification cannot be changed"));
    return putMessage(state, appOf(call), changed) ? Reply::json(changed) : storeFailed();
}

Reply setType(ServerState &state, Call &call, QJsonObject &message)
{
    QJsonObject body;
    QString type;
    if (Failure failure = parseJsonObject(call.request.body, &body))
        return *failure;
    if (Failure failure = requireString(body, QStringLiteral("type"), &type))
        return *failure;
    message.insert(QStringLiteral("type"), type);
    return putMessage(state, appOf(call), message) ? Reply::json(message) : storeFailed();
}

} // namespace

void addPushRoutes(ServerState &state)
{
    Router &router = state.router;
    const QString messages = QStringLiteral("/groups/{groupId}/apps/{appId}/push/notifications");
    const QString message = messages + QStringLiteral("/{messageId}");
    router.add(Method::Get, messages, Access::AccessToken,
               [&state](Call &call) { return listMessages(state, call); });
    router.add(Method::Post, messages, Access::AccessToken,
               [&state](Call &call) { return createMessage(state, call); });
    router.add(Method::Get, message, Access::AccessToken, [&state](Call &call) {
        return withMessage(state, call, [](QJsonObject &found) { return Reply::json(found); });
    });
    router.add(Method::Put, message, Access::AccessToken, [&state](Call &call) {
        return withMessage(state, call,
                           [&](QJsonObject &found) { return updateMessage(state, call, found); });
    });
    router.add(Method::Delete, message, Access::AccessToken, [&state](Call &call) {
        return withMessage(state, call, [&](QJsonObject &) {
            const bool ok = state.store.write([&] {
                QSqlQuery query(state.store.database());
                return state.store.exec(query,
                                        QStringLiteral("DELETE FROM appdata_push WHERE"
                                                       " app_id = ? AND id = ?"),
                                        { appOf(call), messageOf(call) });
            });
            return ok ? Reply::noContent() : storeFailed();
        });
    });
    router.add(
        Method::Put, message + QStringLiteral("/type"), Access::AccessToken, [&state](Call &call) {
            return withMessage(state, call,
                               [&](QJsonObject &found) { return setType(state, call, found); });
        });
    router.add(Method::Post, message + QStringLiteral("/send"), Access::AccessToken,
               [&state](Call &call) {
                   return withMessage(state, call, [&](QJsonObject &found) {
                       // The message and its PUSH log entry are written together.
                       const bool ok = state.store.write([&] {
                           return markSent(state, appOf(call), &found)
                               && putMessage(state, appOf(call), found);
                       });
                       return ok ? Reply::json(found) : storeFailed();
                   });
               });
}

} // namespace stitchlocal::appdata
