#include "configstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

// The deployed state only, for now: drafts come with the drafts and deployments work, behind
// this same interface.

namespace stitchlocal {

namespace {

Resource resourceFrom(const QSqlQuery &query)
{
    return { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(),
             QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object() };
}

const QString kColumns = QStringLiteral("SELECT kind, id, parent_id, name, doc FROM resources ");

} // namespace

QList<Resource> ConfigStore::list(const QString &appId, const QString &kind, const QString &,
                                  const QString &parentId) const
{
    QSqlQuery query(m_store.database());
    QList<Resource> result;
    const bool ok = parentId.isNull()
        ? m_store.exec(query,
                       kColumns + QStringLiteral("WHERE app_id = ? AND kind = ? ORDER BY name"),
                       { appId, kind })
        : m_store.exec(query,
                       kColumns
                           + QStringLiteral("WHERE app_id = ? AND kind = ? AND parent_id = ?"
                                            " ORDER BY name"),
                       { appId, kind, parentId });
    while (ok && query.next())
        result.append(resourceFrom(query));
    return result;
}

std::optional<Resource> ConfigStore::get(const QString &appId, const QString &kind,
                                         const QString &id, const QString &) const
{
    QSqlQuery query(m_store.database());
    if (m_store.exec(query, kColumns + QStringLiteral("WHERE app_id = ? AND kind = ? AND id = ?"),
                     { appId, kind, id })
        && query.next())
        return resourceFrom(query);
    return std::nullopt;
}

std::optional<Resource> ConfigStore::findByName(const QString &appId, const QString &kind,
                                                const QString &parentId, const QString &name,
                                                const QString &) const
{
    QSqlQuery query(m_store.database());
    if (m_store.exec(query,
                     kColumns
                         + QStringLiteral("WHERE app_id = ? AND kind = ? AND parent_id = ?"
                                          " AND name = ?"),
                     { appId, kind, parentId, name })
        && query.next())
        return resourceFrom(query);
    return std::nullopt;
}

ConfigStore::Status ConfigStore::insert(const QString &appId, const Resource &resource,
                                        const QString &adminId)
{
    Status status = Status::Failed;
    m_store.write([&] {
        if (findByName(appId, resource.kind, resource.parentId, resource.name, adminId)) {
            status = Status::Duplicate;
            return false;
        }
        if (!m_store.putResource(appId, resource))
            return false;
        status = Status::Ok;
        return true;
    });
    return status;
}

ConfigStore::Status ConfigStore::update(const QString &appId, const Resource &resource,
                                        const QString &adminId)
{
    Status status = Status::Failed;
    m_store.write([&] {
        if (!get(appId, resource.kind, resource.id, adminId)) {
            status = Status::NotFound;
            return false;
        }
        const auto sameName
            = findByName(appId, resource.kind, resource.parentId, resource.name, adminId);
        if (sameName && sameName->id != resource.id) {
            status = Status::Duplicate;
            return false;
        }
        if (!m_store.putResource(appId, resource))
            return false;
        status = Status::Ok;
        return true;
    });
    return status;
}

ConfigStore::Status ConfigStore::remove(const QString &appId, const QString &kind,
                                        const QString &id, const QString &adminId)
{
    Status status = Status::Failed;
    m_store.write([&] {
        if (!get(appId, kind, id, adminId)) {
            status = Status::NotFound;
            return false;
        }
        QSqlQuery query(m_store.database());
        if (!m_store.exec(query,
                          QStringLiteral("DELETE FROM resources WHERE app_id = ? AND"
                                         " ((kind = ? AND id = ?) OR parent_id = ?)"),
                          { appId, kind, id, id }))
            return false;
        status = Status::Ok;
        return true;
    });
    return status;
}

} // namespace stitchlocal
