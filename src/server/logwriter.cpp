#include "logwriter.h"

#include "secrets.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace stitchlocal {

bool appendLog(Store &store, const QString &appId, QJsonObject entry)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!entry.contains(QStringLiteral("_id")))
        entry.insert(QStringLiteral("_id"), secrets::newObjectId());
    entry.insert(QStringLiteral("app_id"), appId);
    if (!entry.contains(QStringLiteral("started")))
        entry.insert(QStringLiteral("started"), now);
    if (!entry.contains(QStringLiteral("completed")))
        entry.insert(QStringLiteral("completed"), now);
    QDateTime started = QDateTime::fromString(entry.value(QStringLiteral("started")).toString(),
                                              Qt::ISODateWithMs);
    // The started column orders and pages the history: an entry whose date cannot be read is
    // filed at now rather than at the epoch, and says so in the date it answers with.
    if (!started.isValid()) {
        started = QDateTime::fromString(now, Qt::ISODateWithMs);
        entry.insert(QStringLiteral("started"), now);
    }
    return store.writeLogsOnly([&] {
        QSqlQuery query(store.database());
        return store.exec(
            query, QStringLiteral("INSERT INTO logs(app_id, started, doc) VALUES(?, ?, ?)"),
            { appId, started.toMSecsSinceEpoch(),
              QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)) });
    });
}

} // namespace stitchlocal
