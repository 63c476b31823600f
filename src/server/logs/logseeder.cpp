#include "logseeder.h"

#include "../serverstate.h"
#include "../store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>

#include <vector>

namespace stitchlocal {

namespace {

const char *const kTypes[]
    = { "FUNCTION", "FUNCTION",     "FUNCTION",   "WEBHOOK", "AUTH",
        "AUTH",     "AUTH_TRIGGER", "DB_TRIGGER", "API_KEY", "SERVICE_FUNCTION" };
const char *const kFunctions[] = { "sum", "greet", "onUserLogin", "sendReport", "cleanup" };

// ObjectIds from the seeded generator: 100,000 calls to the system's random source would
// dominate the seeding time.
QString objectId(QRandomGenerator &random, qint64 ms)
{
    QByteArray id(12, Qt::Uninitialized);
    qToBigEndian(quint32(ms / 1000), id.data());
    qToBigEndian(random.generate64(), id.data() + 4);
    return QString::fromLatin1(id.toHex());
}

// Timestamps of count entries, oldest first: gaps of up to two seconds between runs, most
// runs one entry long, some a few, and every 40th run 250 long (longer than any page).
std::vector<qint64> timestamps(QRandomGenerator &random, int count)
{
    std::vector<qint64> stamps;
    stamps.reserve(size_t(count));
    qint64 t = QDateTime::currentMSecsSinceEpoch() - 1000;
    for (int run = 0; int(stamps.size()) < count; ++run) {
        int length = 1;
        if (run % 40 == 7)
            length = 250;
        else if (random.bounded(10) < 3)
            length = 2 + random.bounded(7);
        for (int i = 0; i < length && int(stamps.size()) < count; ++i)
            stamps.push_back(t);
        t -= 1 + random.bounded(2000);
    }
    return { stamps.rbegin(), stamps.rend() };
}

QJsonObject entry(QRandomGenerator &random, const AppRecord &app, qint64 ms,
                  const QStringList &users, const QStringList &coIds)
{
    const QString type = QString::fromLatin1(kTypes[random.bounded(int(std::size(kTypes)))]);
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QJsonObject e { { QStringLiteral("_id"), objectId(random, ms) },
                    { QStringLiteral("co_id"), coIds.at(random.bounded(int(coIds.size()))) },
                    { QStringLiteral("type"), type },
                    { QStringLiteral("domain_id"), app.domainId },
                    { QStringLiteral("app_id"), app.id },
                    { QStringLiteral("group_id"), app.groupId },
                    { QStringLiteral("remote_ip_address"), QStringLiteral("127.0.0.1") },
                    { QStringLiteral("started"), started.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("completed"),
                      started.addMSecs(1 + random.bounded(40)).toString(Qt::ISODateWithMs) },
                    { QStringLiteral("status"), 200 },
                    { QStringLiteral("messages"), QJsonArray() } };
    // One entry in six runs as the system, without a user.
    if (random.bounded(6) != 0)
        e.insert(QStringLiteral("user_id"), users.at(random.bounded(int(users.size()))));
    const QString function
        = QString::fromLatin1(kFunctions[random.bounded(int(std::size(kFunctions)))]);
    if (type == QLatin1String("AUTH")) {
        e.insert(QStringLiteral("auth_event"),
                 QJsonObject { { QStringLiteral("failed"), false },
                               { QStringLiteral("type"), QStringLiteral("login") },
                               { QStringLiteral("provider"), QStringLiteral("local-userpass") } });
    } else if (type == QLatin1String("WEBHOOK")) {
        e.insert(QStringLiteral("incoming_webhook_name"), QStringLiteral("hook"));
        e.insert(QStringLiteral("request_method"), QStringLiteral("POST"));
        e.insert(QStringLiteral("request_url"),
                 QStringLiteral("/api/client/v2.0/app/%1/service/http/incoming_webhook/hook")
                     .arg(app.clientAppId));
    } else {
        e.insert(QStringLiteral("function_name"), function);
        e.insert(QStringLiteral("function_call"),
                 QJsonObject { { QStringLiteral("name"), function },
                               { QStringLiteral("arguments"), QJsonArray { 1, 5 } } });
        e.insert(QStringLiteral("messages"), QJsonArray { QStringLiteral("ran %1").arg(function) });
    }
    if (random.bounded(10) == 0) {
        e.insert(QStringLiteral("status"), 400);
        e.insert(QStringLiteral("error"), QStringLiteral("TypeError: 'get' of undefined"));
        e.insert(QStringLiteral("error_code"), QStringLiteral("FunctionExecutionError"));
        if (type == QLatin1String("AUTH"))
            e.insert(
                QStringLiteral("auth_event"),
                QJsonObject { { QStringLiteral("failed"), true },
                              { QStringLiteral("type"), QStringLiteral("login") },
                              { QStringLiteral("provider"), QStringLiteral("local-userpass") } });
    }
    return e;
}

} // namespace

bool seedLogs(Store &store, const AppRecord &app, int count)
{
    QRandomGenerator random(quint32(qHash(app.id)));
    QStringList users;
    QStringList coIds;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 5; ++i)
        users.append(objectId(random, now));
    for (int i = 0; i < 8; ++i)
        coIds.append(objectId(random, now));
    const std::vector<qint64> stamps = timestamps(random, count);
    return store.write([&] {
        // One prepared statement for every row: preparing 100,000 times would cost more than
        // the inserts.
        QSqlQuery query(store.database());
        if (!query.prepare(
                QStringLiteral("INSERT INTO logs(app_id, started, doc) VALUES(?, ?, ?)")))
            return false;
        for (const qint64 ms : stamps) {
            query.bindValue(0, app.id);
            query.bindValue(1, ms);
            query.bindValue(2,
                            QString::fromUtf8(QJsonDocument(entry(random, app, ms, users, coIds))
                                                  .toJson(QJsonDocument::Compact)));
            if (!query.exec())
                return false;
        }
        return true;
    });
}

bool seedLogsFromOptions(ServerState &state, QString *error)
{
    if (state.options.seedLogs <= 0)
        return true;
    QStringList appIds;
    {
        QSqlQuery query(state.store.database());
        if (!state.store.exec(query, QStringLiteral("SELECT id FROM apps ORDER BY created"))) {
            *error = QStringLiteral("cannot read the apps to seed their logs");
            return false;
        }
        while (query.next())
            appIds.append(query.value(0).toString());
    }
    for (const QString &appId : std::as_const(appIds)) {
        const auto app = state.store.app(appId);
        if (!app || !seedLogs(state.store, *app, state.options.seedLogs)) {
            *error = QStringLiteral("cannot seed the logs of app %1").arg(appId);
            return false;
        }
    }
    return true;
}

} // namespace stitchlocal
