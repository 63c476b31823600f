#include "appseeder.h"

#include "localserver.h"
#include "secrets.h"
#include "serverstate.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

QString compact(const QJsonObject &doc)
{
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

//! "fn_00042" for 42 of at least 10,000; wider when count needs it, so names sort as numbers.
QString seededName(const char *prefix, int index, int count)
{
    const int width = qMax(5, int(QString::number(qMax(count - 1, 0)).size()));
    return QLatin1String(prefix) + QStringLiteral("%1").arg(index, width, 10, QLatin1Char('0'));
}

//! Inserts documents of one kind through one prepared statement; a name already taken is
//! skipped (INSERT OR IGNORE on the (app, kind, parent, name) uniqueness).
class ResourceInserter
{
public:
    ResourceInserter(Store &store, const QString &appId)
        : m_query(store.database())
        , m_appId(appId)
        , m_now(QDateTime::currentMSecsSinceEpoch())
    {
        m_ok = m_query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO resources(app_id, kind, id, parent_id, name,"
                           " doc, updated) VALUES(?, ?, ?, '', ?, ?, ?)"));
    }
    bool insert(const QString &kind, const QString &id, const QString &name,
                const QJsonObject &doc)
    {
        if (!m_ok)
            return false;
        m_query.bindValue(0, m_appId);
        m_query.bindValue(1, kind);
        m_query.bindValue(2, id);
        m_query.bindValue(3, name);
        m_query.bindValue(4, compact(doc));
        m_query.bindValue(5, m_now);
        m_ok = m_query.exec();
        return m_ok;
    }
    QString error() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    QString m_appId;
    qint64 m_now;
    bool m_ok = false;
};

} // namespace

bool seedApp(Store &store, const AppRecord &app, const SeedAppSpec &spec, QString *error)
{
    QString failure;
    const auto fail = [&failure](const QString &why) {
        failure = why;
        return false;
    };
    const bool ok = store.write([&] {
        ResourceInserter inserter(store, app.id);
        QStringList functionIds;
        QStringList functionNames;
        functionIds.reserve(spec.functions);
        functionNames.reserve(spec.functions);
        for (int i = 0; i < spec.functions; ++i) {
            const QString id = secrets::newObjectId();
            const QString name = seededName("fn_", i, spec.functions);
            const QJsonObject doc {
                { QStringLiteral("_id"), id },
                { QStringLiteral("name"), name },
                { QStringLiteral("private"), i % 7 == 0 },
                { QStringLiteral("can_evaluate"), QJsonObject() },
                { QStringLiteral("source"),
                  QStringLiteral("exports = function(x) {\n  return (x ?? 0) + %1;\n};\n").arg(i) },
            };
            if (!inserter.insert(QStringLiteral("function"), id, name, doc))
                return fail(inserter.error());
            functionIds.append(id);
            functionNames.append(name);
        }
        for (int i = 0; i < spec.values; ++i) {
            const QString id = secrets::newObjectId();
            const QString name = seededName("val_", i, spec.values);
            const QJsonObject doc { { QStringLiteral("_id"), id },
                                    { QStringLiteral("name"), name },
                                    { QStringLiteral("private"), false },
                                    { QStringLiteral("value"), i } };
            if (!inserter.insert(QStringLiteral("value"), id, name, doc))
                return fail(inserter.error());
        }
        static const char *const kOperations[] = { "LOGIN", "CREATE", "DELETE" };
        for (int i = 0; i < spec.triggers && !functionIds.isEmpty(); ++i) {
            const QString id = secrets::newObjectId();
            const QString name = seededName("trg_", i, spec.triggers);
            const int function = i % int(functionIds.size());
            // Disabled: a seeded app must not run a thousand functions at each end-user login.
            const QJsonObject doc {
                { QStringLiteral("_id"), id },
                { QStringLiteral("name"), name },
                { QStringLiteral("type"), QStringLiteral("AUTHENTICATION") },
                { QStringLiteral("function_id"), functionIds.at(function) },
                { QStringLiteral("function_name"), functionNames.at(function) },
                { QStringLiteral("disabled"), true },
                { QStringLiteral("last_modified"), QDateTime::currentSecsSinceEpoch() },
                { QStringLiteral("config"),
                  QJsonObject {
                      { QStringLiteral("operation_type"), QLatin1String(kOperations[i % 3]) },
                      { QStringLiteral("providers"),
                        QJsonArray { QStringLiteral("local-userpass") } } } },
            };
            if (!inserter.insert(QStringLiteral("trigger"), id, name, doc))
                return fail(inserter.error());
        }

        QSqlQuery apps(store.database());
        if (spec.apps > 0
            && !apps.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO apps(id, group_id, name, client_app_id, location,"
                " deployment_model, domain_id, allowed_origins, created)"
                " VALUES(?, ?, ?, ?, 'US-VA', 'GLOBAL', ?, '[]', ?)")))
            return fail(apps.lastError().text());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < spec.apps; ++i) {
            const QString name = seededName("app_", i, spec.apps);
            apps.bindValue(0, secrets::newObjectId());
            apps.bindValue(1, app.groupId);
            apps.bindValue(2, name);
            apps.bindValue(3, name + u'-' + secrets::randomLetters(5));
            apps.bindValue(4, secrets::newObjectId());
            apps.bindValue(5, now + i);
            if (!apps.exec())
                return fail(apps.lastError().text());
        }
        return true;
    });
    if (!ok && error)
        *error = QStringLiteral("cannot seed app %1: %2")
                     .arg(app.name, failure.isEmpty() ? QStringLiteral("cannot write") : failure);
    return ok;
}

bool seedAppFromOptions(ServerState &state, QString *error)
{
    const SeedAppSpec &spec = state.options.seedApp;
    if (spec.isEmpty())
        return true;
    if (state.admins.isEmpty()) {
        *error = QStringLiteral("--seed-app needs an admin");
        return false;
    }
    const QString groupId = state.admins.constFirst().groupId;
    const QList<AppRecord> apps = state.store.apps(groupId);
    for (const AppRecord &app : apps) {
        if (app.name == QLatin1String("demo-app"))
            return seedApp(state.store, app, spec, error);
    }
    *error = QStringLiteral("--seed-app seeds the demo app: start with --demo");
    return false;
}

} // namespace stitchlocal
