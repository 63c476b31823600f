#pragma once

#include "readcache.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3;

namespace stitchlocal {

//! One app configuration document (function, value, trigger, service, rule, webhook, auth
//! provider...): JSON keyed by (app, kind, id), named uniquely within (app, kind, parent).
struct Resource
{
    QString kind;
    QString id;
    QString parentId; //!< the service of a rule or webhook; empty otherwise
    QString name;
    QJsonObject doc;
};

//! An application as the apps table holds it.
struct AppRecord
{
    QString id;
    QString groupId;
    QString name;
    QString clientAppId;
    QString location;
    QString deploymentModel;
    QString domainId;
    QStringList allowedOrigins;

    QJsonObject toJson() const;
};

//! The SQLite store in the data folder: WAL, foreign keys, one transaction per write. One
//! connection per Store, used only on the thread that opened it.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    //! Opens dataDir/stitch-local.sqlite, creating folder, file and schema as needed.
    //! *created tells whether the store was new.
    bool open(const QString &dataDir, QString *error, bool *created);
    QSqlDatabase database() const;

    //! Runs work in one transaction; commits when it returns true, rolls back otherwise. Nested
    //! calls join the outer transaction (an inner failure fails the whole write).
    bool write(const std::function<bool()> &work);
    //! write() for work that only appends to the logs table, which no read cache holds: every
    //! function run logs, and must not make the next run read its app's configuration again.
    //! Inside another write it simply joins it (that write moves the stamp anyway).
    bool writeLogsOnly(const std::function<bool()> &work);
    //! Prepares, binds in order, executes; logs and returns false on failure.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    std::optional<AppRecord> app(const QString &appId) const;
    QList<AppRecord> apps(const QString &groupId) const;
    //! Adds the app with the disabled api-key auth provider every new app starts with.
    bool insertApp(const AppRecord &app);

    bool putResource(const QString &appId, const Resource &resource);
    QList<Resource> resources(const QString &appId, const QString &kind = QString()) const;

    //! An end user of the app as GET .../users/{uid} answers it.
    std::optional<QJsonObject> appUser(const QString &appId, const QString &userId) const;
    //! The draft the admin holds on the app, or an empty string.
    QString draftIdFor(const QString &appId, const QString &adminId) const;

    //! Records a deployment ({_id, app_id, draft_id, user_id, deployed_at, origin, commit, status,
    //! status_error_message, diff_url}) and returns its id (empty on failure). Joins an open write.
    //! origin empty: "DRAFT" for a draft's, "UI" otherwise.
    QString recordDeployment(const QString &appId, const QString &adminId, const QString &draftId,
                             const QString &status = QStringLiteral("successful"),
                             const QString &statusError = QString(),
                             const QString &origin = QString());
    //! Sets a recorded deployment's status and status_error_message; false when there is no
    //! such deployment. Joins an open write.
    bool setDeploymentStatus(const QString &deploymentId, const QString &status,
                             const QString &statusError = QString());

    //! Where the content stands, for read caches; nullopt inside a write, whose reads may yet
    //! be rolled back. Looks for other connections' commits each time, unless pinned.
    std::optional<ContentStamp> contentStamp() const;
    //! While one request is served: look for other connections' commits once, now, instead of
    //! at every cached read (this server's own changes are always seen at once).
    void pinForeignVersion();
    void unpinForeignVersion() { m_foreignPinned = false; }

private:
    std::int64_t readForeignVersion() const;
    std::optional<QList<Resource>> readResources(const QString &appId, const QString &kind) const;

    QString m_connection;
    int m_writeDepth = 0;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QSqlQuery> m_versionQuery;
    std::uint64_t m_writesEnded = 0;
    std::int64_t m_logOnlyChanges = 0; //!< rows writeLogsOnly added, left out of the stamp
    bool m_foreignPinned = false;
    std::int64_t m_pinnedVersion = -1;
    // Reads that every authenticated request makes.
    ReadCache<QString, std::optional<AppRecord>> m_appCache;
    ReadCache<QPair<QString, QString>, QString> m_draftCache;
    ReadCache<QPair<QString, QString>, QList<Resource>> m_resourceCache;
};

} // namespace stitchlocal
