#include "configstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

// The deployed documents live in `resources`; a draft keeps only what it changes, one row per
// touched document in `draft_resources` (deleted = 1 for a removal), so that other admins keep
// reading `resources` untouched and a discard is one DELETE of the draft.

namespace stitchlocal {

namespace {

Resource resourceFrom(const QSqlQuery &query)
{
    return { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(),
             QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object() };
}

QString compact(const QJsonObject &doc)
{
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

// Top-level documents have a null parentId in memory and '' in the tables.
QString parentOf(const Resource &resource)
{
    return resource.parentId.isNull() ? QStringLiteral("") : resource.parentId;
}

bool byKindAndName(const Resource &a, const Resource &b)
{
    return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
}

} // namespace

QString ConfigStore::draftOf(const QString &appId, const QString &adminId) const
{
    if (adminId.isEmpty())
        return QString();
    return m_store.draftIdFor(appId, adminId);
}

QList<Resource> ConfigStore::view(const QString &appId, const QString &kind,
                                  const QString &draftId) const
{
    // Overlay by id: a draft row replaces or hides the deployed document with the same id.
    QList<Resource> deployed = m_store.resources(appId, kind);
    if (draftId.isEmpty())
        return deployed;
    QSqlQuery query(m_store.database());
    const QString columns = QStringLiteral(
        "SELECT kind, id, parent_id, name, doc, deleted FROM draft_resources WHERE draft_id = ?");
    const bool ok = kind.isEmpty()
        ? m_store.exec(query, columns, { draftId })
        : m_store.exec(query, columns + QStringLiteral(" AND kind = ?"), { draftId, kind });
    QHash<QPair<QString, QString>, std::optional<Resource>> changes;
    while (ok && query.next()) {
        const Resource resource = resourceFrom(query);
        changes.insert({ resource.kind, resource.id },
                       query.value(5).toBool() ? std::nullopt : std::optional(resource));
    }
    QList<Resource> result;
    for (const Resource &resource : std::as_const(deployed)) {
        if (!changes.contains({ resource.kind, resource.id }))
            result.append(resource);
    }
    for (const auto &change : std::as_const(changes)) {
        if (change)
            result.append(*change);
    }
    std::sort(result.begin(), result.end(), byKindAndName);
    return result;
}

QList<Resource> ConfigStore::all(const QString &appId, const QString &adminId) const
{
    return view(appId, QString(), draftOf(appId, adminId));
}

QList<Resource> ConfigStore::list(const QString &appId, const QString &kind, const QString &adminId,
                                  const QString &parentId) const
{
    QList<Resource> result = view(appId, kind, draftOf(appId, adminId));
    if (!parentId.isNull()) {
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](const Resource &r) { return r.parentId != parentId; }),
                     result.end());
    }
    return result;
}

std::optional<Resource> ConfigStore::get(const QString &appId, const QString &kind,
                                         const QString &id, const QString &adminId) const
{
    QSqlQuery query(m_store.database());
    const QString draftId = draftOf(appId, adminId);
    if (!draftId.isEmpty()
        && m_store.exec(query,
                        QStringLiteral("SELECT kind, id, parent_id, name, doc, deleted"
                                       " FROM draft_resources WHERE draft_id = ? AND kind = ?"
                                       " AND id = ?"),
                        { draftId, kind, id })
        && query.next()) {
        if (query.value(5).toBool())
            return std::nullopt;
        return resourceFrom(query);
    }
    if (m_store.exec(query,
                     QStringLiteral("SELECT kind, id, parent_id, name, doc FROM resources"
                                    " WHERE app_id = ? AND kind = ? AND id = ?"),
                     { appId, kind, id })
        && query.next())
        return resourceFrom(query);
    return std::nullopt;
}

std::optional<Resource> ConfigStore::findByName(const QString &appId, const QString &kind,
                                                const QString &parentId, const QString &name,
                                                const QString &adminId) const
{
    // Index lookups only (UNIQUE(app_id, kind, parent_id, name) and the draft's primary key):
    // listing and parsing every sibling made each write cost as much as the app is large.
    const QString parent = parentId.isNull() ? QStringLiteral("") : parentId;
    const QString draftId = draftOf(appId, adminId);
    QSqlQuery query(m_store.database());
    if (!draftId.isEmpty()
        && m_store.exec(query,
                        QStringLiteral("SELECT kind, id, parent_id, name, doc FROM draft_resources"
                                       " WHERE draft_id = ? AND kind = ? AND parent_id = ?"
                                       " AND name = ? AND deleted = 0"),
                        { draftId, kind, parent, name })
        && query.next())
        return resourceFrom(query);
    if (!m_store.exec(query,
                      QStringLiteral("SELECT kind, id, parent_id, name, doc FROM resources"
                                     " WHERE app_id = ? AND kind = ? AND parent_id = ?"
                                     " AND name = ?"),
                      { appId, kind, parent, name })
        || !query.next())
        return std::nullopt;
    const Resource deployed = resourceFrom(query);
    // The draft may have removed, renamed or moved that document.
    if (!draftId.isEmpty()
        && m_store.exec(query,
                        QStringLiteral("SELECT 1 FROM draft_resources WHERE draft_id = ?"
                                       " AND kind = ? AND id = ?"),
                        { draftId, kind, deployed.id })
        && query.next())
        return std::nullopt;
    return deployed;
}

bool ConfigStore::putDraft(const QString &draftId, const Resource &resource, bool deleted)
{
    QSqlQuery query(m_store.database());
    return m_store.exec(
        query,
        QStringLiteral("INSERT OR REPLACE INTO draft_resources(draft_id, kind, id,"
                       " parent_id, name, doc, deleted) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        { draftId, resource.kind, resource.id, parentOf(resource), resource.name,
          compact(resource.doc), deleted ? 1 : 0 });
}

bool ConfigStore::commitDirect(const QString &appId, const QString &adminId)
{
    // A change made without a draft is a deployment of its own. Writes of the server itself
    // (adminId empty: a trigger the runtime suspends, ...) are not an admin's deployment.
    return adminId.isEmpty() || !m_store.recordDeployment(appId, adminId, QString()).isEmpty();
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
        const QString draftId = draftOf(appId, adminId);
        const bool ok = draftId.isEmpty()
            ? m_store.putResource(appId, resource) && commitDirect(appId, adminId)
            : putDraft(draftId, resource, false);
        if (ok)
            status = Status::Ok;
        return ok;
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
        const QString draftId = draftOf(appId, adminId);
        const bool ok = draftId.isEmpty()
            ? m_store.putResource(appId, resource) && commitDirect(appId, adminId)
            : putDraft(draftId, resource, false);
        if (ok)
            status = Status::Ok;
        return ok;
    });
    return status;
}

ConfigStore::Status ConfigStore::remove(const QString &appId, const QString &kind,
                                        const QString &id, const QString &adminId)
{
    Status status = Status::Failed;
    m_store.write([&] {
        const auto resource = get(appId, kind, id, adminId);
        if (!resource) {
            status = Status::NotFound;
            return false;
        }
        const QString draftId = draftOf(appId, adminId);
        if (draftId.isEmpty()) {
            // Two statements, each an index lookup (an OR of both made SQLite read every
            // document of the app).
            QSqlQuery query(m_store.database());
            if (!m_store.exec(query,
                              QStringLiteral("DELETE FROM resources WHERE app_id = ? AND"
                                             " kind = ? AND id = ?"),
                              { appId, kind, id })
                || !m_store.exec(query,
                                 QStringLiteral("DELETE FROM resources WHERE app_id = ? AND"
                                                " parent_id = ?"),
                                 { appId, id })
                || !commitDirect(appId, adminId))
                return false;
        } else {
            // The children the admin sees go with their service, in the draft only: those
            // deployed under it and those the draft put under it, each found by index.
            if (!putDraft(draftId, *resource, true))
                return false;
            QSqlQuery children(m_store.database());
            if (!m_store.exec(children,
                              QStringLiteral("SELECT kind, id, parent_id, name, doc FROM resources"
                                             " WHERE app_id = ? AND parent_id = ?"
                                             " UNION SELECT kind, id, parent_id, name, doc"
                                             " FROM draft_resources WHERE draft_id = ?"
                                             " AND parent_id = ? AND deleted = 0"),
                              { appId, id, draftId, id }))
                return false;
            QList<Resource> found;
            while (children.next())
                found.append(resourceFrom(children));
            for (const Resource &child : std::as_const(found)) {
                if (!putDraft(draftId, child, true))
                    return false;
            }
        }
        status = Status::Ok;
        return true;
    });
    return status;
}

bool ConfigStore::applyDraft(const QString &appId, const QString &draftId, QString *error)
{
    QSqlQuery changes(m_store.database());
    if (!m_store.exec(changes,
                      QStringLiteral("SELECT kind, id, parent_id, name, doc, deleted"
                                     " FROM draft_resources WHERE draft_id = ?"),
                      { draftId })) {
        *error = QStringLiteral("cannot read the draft");
        return false;
    }
    QList<Resource> upserts;
    QSqlQuery query(m_store.database());
    // Every touched document leaves first, so that renames and swaps within the draft do not
    // trip the (kind, parent, name) uniqueness halfway through.
    while (changes.next()) {
        const Resource resource = resourceFrom(changes);
        const bool deleted = changes.value(5).toBool();
        // Index lookups each: the document, and a removed one's children.
        if (!m_store.exec(query,
                          QStringLiteral("DELETE FROM resources WHERE app_id = ? AND"
                                         " kind = ? AND id = ?"),
                          { appId, resource.kind, resource.id })
            || (deleted
                && !m_store.exec(query,
                                 QStringLiteral("DELETE FROM resources WHERE app_id = ? AND"
                                                " parent_id = ?"),
                                 { appId, resource.id }))) {
            *error = QStringLiteral("cannot remove %1 %2").arg(resource.kind, resource.name);
            return false;
        }
        if (!deleted)
            upserts.append(resource);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Resource &resource : std::as_const(upserts)) {
        // A plain INSERT: a name another admin deployed meanwhile fails the deployment instead
        // of silently replacing that admin's document.
        if (!m_store.exec(query,
                          QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name,"
                                         " doc, updated) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                          { appId, resource.kind, resource.id, parentOf(resource), resource.name,
                            compact(resource.doc), now })) {
            *error = QStringLiteral("cannot deploy %1 \"%2\": the name is already taken")
                         .arg(resource.kind, resource.name);
            return false;
        }
    }
    return true;
}

} // namespace stitchlocal
