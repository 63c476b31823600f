#include "demoapp.h"

#include "appdata/appdata.h"
#include "secrets.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

struct DemoFunction
{
    const char *name;
    bool isPrivate;
    const char *source;
};

const DemoFunction kFunctions[] = {
    { "sum", false, "exports = function(a, b) {\n  return a + b;\n};\n" },
    { "greet", false,
      "exports = function(name) {\n"
      "  const greeting = context.values.get(\"greeting\");\n"
      "  return `${greeting}, ${name ?? \"stranger\"}!`;\n"
      "};\n" },
    { "summarizeOrders", false,
      "exports = async function(orders) {\n"
      "  const limit = context.values.get(\"maxItems\");\n"
      "  const total = (orders ?? []).slice(0, limit)\n"
      "    .reduce((sum, order) => sum + (order?.amount ?? 0), 0);\n"
      "  const sum = await context.functions.execute(\"sum\", total, 0);\n"
      "  return { ...{ count: Math.min(orders?.length ?? 0, limit) }, total: sum };\n"
      "};\n" },
    { "onUserLogin", true,
      "exports = function(authEvent) {\n"
      "  const { user, time } = authEvent;\n"
      "  console.log(`user ${user.id} logged in at ${time}`);\n"
      "  return true;\n"
      "};\n" },
};

// Two end users of the local-userpass provider, so Run as, the Users panel and an email/password
// sign-in have someone to show. Their password, "stitch-demo", is the demo's and --help prints
// it; its PBKDF2-SHA256 digest (60,000 rounds, as secrets::digestPassword makes) is worked out
// beforehand: two digests at every --demo start made it some 150 ms slower.
const char *const kUserEmails[] = { "ada@example.com", "linus@example.com" };
secrets::PasswordDigest demoPasswordDigest()
{
    return { QByteArrayLiteral("stitch-demo-salt"),
             QByteArray::fromHex(
                 "a8d846fb9e46658da2c15edca90d8229b3288c8b862100a5c698910158670447"),
             60000 };
}

const char kIndexHtml[] = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                          "  <meta charset=\"utf-8\">\n  <title>demo-app</title>\n"
                          "  <link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n"
                          "  <h1>Hello from demo-app</h1>\n"
                          "  <p>Served by stitch-local.</p>\n</body>\n</html>\n";
const char kStyleCss[] = "body {\n  font-family: sans-serif;\n  margin: 2em auto;\n"
                         "  max-width: 40em;\n}\n\nh1 {\n  color: #13aa52;\n}\n";

QJsonObject logEntry(const QString &appId, const QString &groupId, const QString &domainId,
                     qint64 startedMs, const QString &type)
{
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    return { { QStringLiteral("_id"), secrets::newObjectId() },
             { QStringLiteral("co_id"), secrets::newObjectId() },
             { QStringLiteral("type"), type },
             { QStringLiteral("domain_id"), domainId },
             { QStringLiteral("app_id"), appId },
             { QStringLiteral("group_id"), groupId },
             { QStringLiteral("remote_ip_address"), QStringLiteral("127.0.0.1") },
             { QStringLiteral("started"), started.toString(Qt::ISODateWithMs) },
             { QStringLiteral("completed"), started.addMSecs(12).toString(Qt::ISODateWithMs) },
             { QStringLiteral("status"), 200 },
             { QStringLiteral("messages"), QJsonArray() } };
}

} // namespace

bool createDemoApp(Store &store, const QString &groupId)
{
    AppRecord app;
    app.id = secrets::newObjectId();
    app.groupId = groupId;
    app.name = QStringLiteral("demo-app");
    app.clientAppId = app.name + u'-' + secrets::randomLetters(5);
    app.location = QStringLiteral("US-VA");
    app.deploymentModel = QStringLiteral("GLOBAL");
    app.domainId = secrets::newObjectId();
    app.allowedOrigins = QStringList { QStringLiteral("http://localhost:8080") };

    return store.write([&] {
        if (!store.insertApp(app))
            return false;
        QHash<QString, QString> functionIds;
        for (const DemoFunction &function : kFunctions) {
            const QString id = secrets::newObjectId();
            const QString name = QString::fromLatin1(function.name);
            functionIds.insert(name, id);
            const QJsonObject doc { { QStringLiteral("_id"), id },
                                    { QStringLiteral("name"), name },
                                    { QStringLiteral("private"), function.isPrivate },
                                    { QStringLiteral("can_evaluate"), QJsonObject() },
                                    { QStringLiteral("source"),
                                      QString::fromUtf8(function.source) } };
            if (!store.putResource(app.id,
                                   { QStringLiteral("function"), id, QString(), name, doc }))
                return false;
        }

        const QList<QPair<QString, QJsonValue>> values {
            { QStringLiteral("greeting"), QStringLiteral("Hello") },
            { QStringLiteral("maxItems"), 25 },
            { QStringLiteral("appConfig"),
              QJsonObject {
                  { QStringLiteral("theme"), QStringLiteral("light") },
                  { QStringLiteral("features"),
                    QJsonArray { QStringLiteral("hosting"), QStringLiteral("logs") } } } },
        };
        for (const auto &value : values) {
            const QString id = secrets::newObjectId();
            const QJsonObject doc { { QStringLiteral("_id"), id },
                                    { QStringLiteral("name"), value.first },
                                    { QStringLiteral("private"), false },
                                    { QStringLiteral("value"), value.second } };
            if (!store.putResource(app.id,
                                   { QStringLiteral("value"), id, QString(), value.first, doc }))
                return false;
        }

        const QString triggerId = secrets::newObjectId();
        const QString triggerName = QStringLiteral("logUserLogins");
        const QJsonObject trigger {
            { QStringLiteral("_id"), triggerId },
            { QStringLiteral("name"), triggerName },
            { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") },
            { QStringLiteral("function_id"), functionIds.value(QStringLiteral("onUserLogin")) },
            { QStringLiteral("function_name"), QStringLiteral("onUserLogin") },
            { QStringLiteral("disabled"), false },
            { QStringLiteral("last_modified"), QDateTime::currentSecsSinceEpoch() },
            { QStringLiteral("config"),
              QJsonObject { { QStringLiteral("operation_type"), QStringLiteral("LOGIN") },
                            { QStringLiteral("providers"),
                              QJsonArray { QStringLiteral("local-userpass") } } } },
        };
        if (!store.putResource(
                app.id, { QStringLiteral("trigger"), triggerId, QString(), triggerName, trigger }))
            return false;

        // Stored as POST .../users stores a user: the same document, a salted credential. No
        // AUTH log entries: the demo's short history below stays as it is.
        for (const char *email : kUserEmails) {
            const QString userId = secrets::newObjectId();
            const QJsonObject user = appdata::newUser(
                userId, secrets::newObjectId(), appdata::kUserpass, QStringLiteral("normal"),
                QJsonObject { { QStringLiteral("email"), QString::fromLatin1(email) } });
            if (!appdata::putCredential(store, app.id, QString::fromLatin1(email), userId,
                                        demoPasswordDigest())
                || !appdata::putUser(store, app.id, user))
                return false;
        }

        QSqlQuery query(store.database());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<QPair<QString, QByteArray>> assets {
            { QStringLiteral("/index.html"), QByteArray(kIndexHtml) },
            { QStringLiteral("/style.css"), QByteArray(kStyleCss) },
        };
        for (const auto &asset : assets) {
            const QString type = asset.first.endsWith(QLatin1String(".html"))
                ? QStringLiteral("text/html")
                : QStringLiteral("text/css");
            const QJsonArray attrs { QJsonObject {
                { QStringLiteral("name"), QStringLiteral("Content-Type") },
                { QStringLiteral("value"), type } } };
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(asset.second, QCryptographicHash::Md5).toHex());
            if (!store.exec(
                    query,
                    QStringLiteral("INSERT INTO hosting_assets(app_id, path, hash, size,"
                                   " attrs, bytes, last_modified) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                    { app.id, asset.first, hash, asset.second.size(),
                      QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact)),
                      asset.second, now / 1000 }))
                return false;
        }

        // A short history, oldest first: a login, the trigger it fired, two runs, one failing.
        QList<QJsonObject> logs;
        QJsonObject auth
            = logEntry(app.id, groupId, app.domainId, now - 60000, QStringLiteral("AUTH"));
        auth.insert(QStringLiteral("user_id"), secrets::newObjectId());
        auth.insert(
            QStringLiteral("auth_event"),
            QJsonObject { { QStringLiteral("failed"), false },
                          { QStringLiteral("type"), QStringLiteral("login") },
                          { QStringLiteral("provider"), QStringLiteral("local-userpass") } });
        logs.append(auth);
        QJsonObject fired
            = logEntry(app.id, groupId, app.domainId, now - 59000, QStringLiteral("AUTH_TRIGGER"));
        fired.insert(QStringLiteral("event_subscription_id"), triggerId);
        fired.insert(QStringLiteral("event_subscription_name"), triggerName);
        fired.insert(QStringLiteral("function_id"),
                     functionIds.value(QStringLiteral("onUserLogin")));
        fired.insert(QStringLiteral("function_name"), QStringLiteral("onUserLogin"));
        fired.insert(QStringLiteral("messages"), QJsonArray { QStringLiteral("user logged in") });
        logs.append(fired);
        QJsonObject run
            = logEntry(app.id, groupId, app.domainId, now - 30000, QStringLiteral("FUNCTION"));
        run.insert(QStringLiteral("function_id"), functionIds.value(QStringLiteral("sum")));
        run.insert(QStringLiteral("function_name"), QStringLiteral("sum"));
        run.insert(QStringLiteral("function_call"),
                   QJsonObject { { QStringLiteral("name"), QStringLiteral("sum") },
                                 { QStringLiteral("arguments"), QJsonArray { 1, 5 } } });
        logs.append(run);
        QJsonObject failed
            = logEntry(app.id, groupId, app.domainId, now - 10000, QStringLiteral("FUNCTION"));
        failed.insert(QStringLiteral("function_id"), functionIds.value(QStringLiteral("greet")));
        failed.insert(QStringLiteral("function_name"), QStringLiteral("greet"));
        failed.insert(QStringLiteral("status"), 400);
        failed.insert(QStringLiteral("error"), QStringLiteral("TypeError: 'get' of undefined"));
        failed.insert(QStringLiteral("error_code"), QStringLiteral("FunctionExecutionError"));
        logs.append(failed);
        for (const QJsonObject &log : std::as_const(logs)) {
            const qint64 started
                = QDateTime::fromString(log.value(QStringLiteral("started")).toString(),
                                        Qt::ISODateWithMs)
                      .toMSecsSinceEpoch();
            if (!store.exec(
                    query, QStringLiteral("INSERT INTO logs(app_id, started, doc) VALUES(?, ?, ?)"),
                    { app.id, started,
                      QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Compact)) }))
                return false;
        }
        return true;
    });
}

} // namespace stitchlocal
