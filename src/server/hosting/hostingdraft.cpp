#include "hostingdraft.h"

#include "server/store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace stitchlocal {

QJsonObject hostingDraftDiff(Store &store, const QString &draftId)
{
    QJsonArray added;
    QJsonArray deleted;
    QJsonArray modified;
    QSqlQuery query(store.database());
    // The draft's app is the one its row names: changes are compared with that app's files.
    if (store.exec(query,
                   QStringLiteral("SELECT c.path, c.op, c.hash, c.attrs, a.hash, a.attrs FROM"
                                  " hosting_draft_changes c JOIN drafts d ON d.id = c.draft_id"
                                  " LEFT JOIN hosting_assets a ON a.app_id = d.app_id"
                                  " AND a.path = c.path WHERE c.draft_id = ? ORDER BY c.path"),
                   { draftId })) {
        while (query.next()) {
            const QString path = query.value(0).toString();
            const bool deployed = !query.value(4).isNull();
            if (query.value(1).toString() == QLatin1String("delete")) {
                if (deployed)
                    deleted.append(path);
            } else if (!deployed) {
                added.append(path);
            } else if (query.value(2) != query.value(4) || query.value(3) != query.value(5)) {
                modified.append(path);
            }
        }
    }
    return { { QStringLiteral("added"), added },
             { QStringLiteral("deleted"), deleted },
             { QStringLiteral("modified"), modified } };
}

bool applyHostingDraft(Store &store, const QString &appId, const QString &draftId)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        return store.exec(query,
                          QStringLiteral("DELETE FROM hosting_assets WHERE app_id = ? AND path IN"
                                         " (SELECT path FROM hosting_draft_changes WHERE"
                                         " draft_id = ? AND op = 'delete')"),
                          { appId, draftId })
            && store.exec(
                query,
                QStringLiteral("INSERT OR REPLACE INTO hosting_assets(app_id, path, hash,"
                               " size, attrs, bytes, last_modified) SELECT ?, path, hash,"
                               " size, attrs, bytes, last_modified FROM"
                               " hosting_draft_changes WHERE draft_id = ? AND op = 'put'"),
                { appId, draftId })
            && store.exec(query,
                          QStringLiteral("DELETE FROM hosting_draft_changes WHERE draft_id = ?"),
                          { draftId });
    });
}

bool discardHostingDraft(Store &store, const QString &draftId)
{
    return store.write([&] {
        QSqlQuery query(store.database());
        return store.exec(query,
                          QStringLiteral("DELETE FROM hosting_draft_changes WHERE draft_id = ?"),
                          { draftId });
    });
}

} // namespace stitchlocal
