#include "store.h"

#include "schema.h"
#include "secrets.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "stitchlocal.store")

namespace stitchlocal {

namespace {

// QtSql keeps connections in one process-wide table by name. A process may hold two copies of
// this code (a test linking the server beside the console's server module), each with its own
// counter; the store's address keeps their names apart.
QString nextConnectionName(const void *store)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("stitchlocal-store-%1-%2")
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(quintptr(store), 0, 16);
}

} // namespace

Store::Store()
    : m_connection(nextConnectionName(this))
{
}

Store::~Store()
{
    m_versionQuery.reset(); // before its connection goes
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Store::open(const QString &dataDir, QString *error, bool *created)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    const QString file = QDir(dataDir).filePath(QStringLiteral("stitch-local.sqlite"));
    *created = !QFileInfo::exists(file);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(file, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // cache_size: up to 32 MiB of pages kept by the connection (it grows only as used), so an
    // app of 10,000 documents is read again after a write from memory, not from the file.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32768" }) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = QStringLiteral("cannot set up %1: %2").arg(file, query.lastError().text());
            return false;
        }
    }
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    m_versionQuery = std::make_unique<QSqlQuery>(db);
    if (!m_handle || !m_versionQuery->prepare(QStringLiteral("PRAGMA data_version"))) {
        *error = QStringLiteral("cannot read the SQLite handle of %1").arg(file);
        return false;
    }
    return migrate(*this, error);
}

std::int64_t Store::readForeignVersion() const
{
    std::int64_t version = -1;
    if (m_versionQuery->exec() && m_versionQuery->next())
        version = m_versionQuery->value(0).toLongLong();
    m_versionQuery->finish(); // no read transaction may stay open: it would hide later commits
    return version;
}

void Store::pinForeignVersion()
{
    m_pinnedVersion = readForeignVersion();
    m_foreignPinned = true;
}

std::optional<ContentStamp> Store::contentStamp() const
{
    if (m_writeDepth > 0 || !m_handle)
        return std::nullopt;
    ContentStamp stamp;
    stamp.foreignVersion = m_foreignPinned ? m_pinnedVersion : readForeignVersion();
    stamp.ownChanges = sqlite3_total_changes64(m_handle) - m_logOnlyChanges;
    stamp.ownWrites = m_writesEnded;
    if (stamp.foreignVersion < 0)
        return std::nullopt;
    return stamp;
}

bool Store::write(const std::function<bool()> &work)
{
    // A write inside a write joins the outer transaction: callers compose (a config change that
    // also appends a log entry) without knowing whether a transaction is open.
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        const bool ok = work();
        --m_writeDepth;
        return ok;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    m_writeDepth = 1;
    const bool ok = work();
    m_writeDepth = 0;
    ++m_writesEnded; // committed or rolled back, what was read before may be stale
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        qCWarning(lcStore) << "cannot commit:" << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::writeLogsOnly(const std::function<bool()> &work)
{
    if (m_writeDepth > 0 || !m_handle)
        return write(work);
    const std::int64_t changesBefore = sqlite3_total_changes64(m_handle);
    const std::uint64_t writesBefore = m_writesEnded;
    const bool ok = write(work);
    m_logOnlyChanges += sqlite3_total_changes64(m_handle) - changesBefore;
    m_writesEnded = writesBefore;
    return ok;
}

bool Store::exec(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "cannot run" << sql << query.lastError().text();
        return false;
    }
    return true;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery query(database());
    if (exec(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key })
        && query.next())
        return query.value(0).toString();
    return QString();
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    return exec(query, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"),
                { key, value });
}

QJsonObject AppRecord::toJson() const
{
    return { { QStringLiteral("_id"), id },
             { QStringLiteral("client_app_id"), clientAppId },
             { QStringLiteral("name"), name },
             { QStringLiteral("location"), location },
             { QStringLiteral("deployment_model"), deploymentModel },
             { QStringLiteral("domain_id"), domainId },
             { QStringLiteral("group_id"), groupId } };
}

namespace {

const QString kAppColumns = QStringLiteral(
    "SELECT id, group_id, name, client_app_id, location, deployment_model, domain_id,"
    " allowed_origins FROM apps");

AppRecord readApp(const QSqlQuery &query)
{
    AppRecord app { query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString(),
                    query.value(4).toString(), query.value(5).toString(),
                    query.value(6).toString(), QStringList() };
    const QJsonArray origins = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
    for (const QJsonValue &origin : origins)
        app.allowedOrigins.append(origin.toString());
    return app;
}

} // namespace

std::optional<AppRecord> Store::app(const QString &appId) const
{
    const std::optional<ContentStamp> stamp = contentStamp();
    if (stamp) {
        if (const auto *cached = m_appCache.find(appId, *stamp))
            return *cached;
    }
    QSqlQuery query(database());
    std::optional<AppRecord> found;
    if (!exec(query, kAppColumns + QStringLiteral(" WHERE id = ?"), { appId }))
        return std::nullopt; // a failure is not an answer to keep
    if (query.next())
        found = readApp(query);
    if (stamp)
        m_appCache.insert(appId, found, *stamp);
    return found;
}

QList<AppRecord> Store::apps(const QString &groupId) const
{
    QSqlQuery query(database());
    QList<AppRecord> result;
    if (!exec(query, kAppColumns + QStringLiteral(" WHERE group_id = ? ORDER BY created, name"),
              { groupId }))
        return result;
    while (query.next())
        result.append(readApp(query));
    return result;
}

bool Store::insertApp(const AppRecord &app)
{
    QSqlQuery query(database());
    if (!exec(query,
              QStringLiteral("INSERT INTO apps(id, group_id, name, client_app_id, location,"
                             " deployment_model, domain_id, allowed_origins, created)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              { app.id, app.groupId, app.name, app.clientAppId, app.location, app.deploymentModel,
                app.domainId,
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(app.allowedOrigins))
                                      .toJson(QJsonDocument::Compact)),
                QDateTime::currentMSecsSinceEpoch() }))
        return false;
    // Every app starts with the api-key provider, switched off, as on the real service: the
    // official admin client finds it first in GET auth_providers and enables it for API keys.
    const QString providerId = secrets::newObjectId();
    const QString apiKey = QStringLiteral("api-key");
    const QJsonObject provider { { QStringLiteral("_id"), providerId },
                                 { QStringLiteral("name"), apiKey },
                                 { QStringLiteral("type"), apiKey },
                                 { QStringLiteral("disabled"), true },
                                 { QStringLiteral("config"), QJsonObject() } };
    return putResource(
        app.id,
        { QStringLiteral("auth_provider"), providerId, QStringLiteral(""), apiKey, provider });
}

bool Store::putResource(const QString &appId, const Resource &resource)
{
    QSqlQuery query(database());
    return exec(query,
                QStringLiteral("INSERT OR REPLACE INTO resources(app_id, kind, id, parent_id, name,"
                               " doc, updated) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                { appId, resource.kind, resource.id, resource.parentId, resource.name,
                  QString::fromUtf8(QJsonDocument(resource.doc).toJson(QJsonDocument::Compact)),
                  QDateTime::currentMSecsSinceEpoch() });
}

std::optional<QJsonObject> Store::appUser(const QString &appId, const QString &userId) const
{
    QSqlQuery query(database());
    if (exec(query, QStringLiteral("SELECT doc FROM users WHERE app_id = ? AND id = ?"),
             { appId, userId })
        && query.next())
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

QString Store::draftIdFor(const QString &appId, const QString &adminId) const
{
    if (adminId.isEmpty())
        return {};
    const std::optional<ContentStamp> stamp = contentStamp();
    if (stamp) {
        if (const QString *cached = m_draftCache.find({ appId, adminId }, *stamp))
            return *cached;
    }
    QSqlQuery query(database());
    if (!exec(query, QStringLiteral("SELECT id FROM drafts WHERE app_id = ? AND admin_id = ?"),
              { appId, adminId }))
        return {};
    const QString draftId = query.next() ? query.value(0).toString() : QString();
    if (stamp)
        m_draftCache.insert({ appId, adminId }, draftId, *stamp);
    return draftId;
}

QString Store::recordDeployment(const QString &appId, const QString &adminId,
                                const QString &draftId, const QString &status,
                                const QString &statusError, const QString &origin)
{
    const QString id = secrets::newObjectId();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject doc { { QStringLiteral("_id"), id },
                      { QStringLiteral("app_id"), appId },
                      { QStringLiteral("draft_id"), draftId },
                      { QStringLiteral("user_id"), adminId },
                      { QStringLiteral("deployed_at"), now },
                      { QStringLiteral("origin"),
                        !origin.isEmpty()       ? origin
                            : draftId.isEmpty() ? QStringLiteral("UI")
                                                : QStringLiteral("DRAFT") },
                      { QStringLiteral("commit"), QString() },
                      { QStringLiteral("status"), status },
                      { QStringLiteral("status_error_message"), statusError },
                      { QStringLiteral("diff_url"), QString() } };
    const bool ok = write([&] {
        QSqlQuery query(database());
        return exec(query,
                    QStringLiteral("INSERT INTO deployments(id, app_id, doc, deployed_at)"
                                   " VALUES(?, ?, ?, ?)"),
                    { id, appId,
                      QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)), now });
    });
    return ok ? id : QString();
}

bool Store::setDeploymentStatus(const QString &deploymentId, const QString &status,
                                const QString &statusError)
{
    bool found = false;
    const bool ok = write([&] {
        QSqlQuery query(database());
        if (!exec(query, QStringLiteral("SELECT doc FROM deployments WHERE id = ?"),
                  { deploymentId }))
            return false;
        if (!query.next())
            return true;
        found = true;
        QJsonObject doc = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        doc.insert(QStringLiteral("status"), status);
        doc.insert(QStringLiteral("status_error_message"), statusError);
        QSqlQuery update(database());
        return exec(update, QStringLiteral("UPDATE deployments SET doc = ? WHERE id = ?"),
                    { QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)),
                      deploymentId });
    });
    return ok && found;
}

QList<Resource> Store::resources(const QString &appId, const QString &kind) const
{
    const std::optional<ContentStamp> stamp = contentStamp();
    if (stamp) {
        if (const QList<Resource> *cached = m_resourceCache.find({ appId, kind }, *stamp))
            return *cached;
    }
    const std::optional<QList<Resource>> result = readResources(appId, kind);
    if (stamp && result)
        m_resourceCache.insert({ appId, kind }, *result, *stamp);
    return result.value_or(QList<Resource>());
}

std::optional<QList<Resource>> Store::readResources(const QString &appId, const QString &kind) const
{
    QSqlQuery query(database());
    // Read once, front to back: no cached copy of every row's values (10,000 documents).
    query.setForwardOnly(true);
    QList<Resource> result;
    const bool ok = kind.isEmpty()
        ? exec(query,
               QStringLiteral("SELECT kind, id, parent_id, name, CAST(doc AS BLOB) FROM resources"
                              " WHERE app_id = ? ORDER BY kind, name"),
               { appId })
        : exec(query,
               QStringLiteral("SELECT kind, id, parent_id, name, CAST(doc AS BLOB) FROM resources"
                              " WHERE app_id = ? AND kind = ? ORDER BY name"),
               { appId, kind });
    if (!ok)
        return std::nullopt;
    while (query.next()) {
        result.append({ query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        // The document's UTF-8 bytes as stored (CAST AS BLOB): no round trip
                        // through UTF-16 before parsing.
                        QJsonDocument::fromJson(query.value(4).toByteArray()).object() });
    }
    return result;
}

} // namespace stitchlocal
