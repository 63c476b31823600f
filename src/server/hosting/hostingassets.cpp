#include "hostingassets.h"

#include "server/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

QString attrsText(const QJsonArray &attrs)
{
    return QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact));
}

// Reads (path, hash, size, attrs, last_modified[, bytes]) from the current row.
HostedAsset assetFromRow(const QSqlQuery &query, bool withBytes)
{
    HostedAsset asset;
    asset.path = query.value(0).toString();
    asset.hash = query.value(1).toString();
    asset.size = query.value(2).toLongLong();
    asset.attrs = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    asset.lastModified = query.value(4).toLongLong();
    if (withBytes)
        asset.bytes = query.value(5).toByteArray();
    return asset;
}

} // namespace

QList<HostedAsset> HostingView::list() const
{
    QMap<QString, HostedAsset> byPath;
    QSqlQuery query(m_store.database());
    if (!m_store.exec(query,
                      QStringLiteral("SELECT path, hash, size, attrs, last_modified FROM"
                                     " hosting_assets WHERE app_id = ?"),
                      { m_appId }))
        return {};
    while (query.next()) {
        HostedAsset asset = assetFromRow(query, false);
        byPath.insert(asset.path, asset);
    }
    if (!m_draftId.isEmpty()
        && m_store.exec(query,
                        QStringLiteral("SELECT path, hash, size, attrs, last_modified, op FROM"
                                       " hosting_draft_changes WHERE draft_id = ?"),
                        { m_draftId })) {
        while (query.next()) {
            const HostedAsset asset = assetFromRow(query, false);
            if (query.value(5).toString() == QLatin1String("delete"))
                byPath.remove(asset.path);
            else
                byPath.insert(asset.path, asset);
        }
    }
    return byPath.values();
}

std::optional<HostedAsset> HostingView::find(const QString &path, bool withBytes) const
{
    QSqlQuery query(m_store.database());
    if (!m_draftId.isEmpty()
        && m_store.exec(
            query,
            QStringLiteral("SELECT path, hash, size, attrs, last_modified, bytes, op"
                           " FROM hosting_draft_changes WHERE draft_id = ? AND path = ?"),
            { m_draftId, path })
        && query.next()) {
        if (query.value(6).toString() == QLatin1String("delete"))
            return std::nullopt;
        return assetFromRow(query, withBytes);
    }
    if (m_store.exec(query,
                     QStringLiteral("SELECT path, hash, size, attrs, last_modified, bytes FROM"
                                    " hosting_assets WHERE app_id = ? AND path = ?"),
                     { m_appId, path })
        && query.next())
        return assetFromRow(query, withBytes);
    return std::nullopt;
}

bool HostingView::put(const HostedAsset &asset)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A null QByteArray binds as SQL NULL; a directory's bytes are an empty, non-null blob.
    const QByteArray bytes = asset.bytes.isNull() ? QByteArray("") : asset.bytes;
    return m_store.write([&] {
        QSqlQuery query(m_store.database());
        if (m_draftId.isEmpty())
            return m_store.exec(
                query,
                QStringLiteral("INSERT OR REPLACE INTO hosting_assets(app_id, path, hash, size,"
                               " attrs, bytes, last_modified) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                { m_appId, asset.path, asset.hash, asset.size, attrsText(asset.attrs), bytes,
                  now });
        return m_store.exec(
            query,
            QStringLiteral(
                "INSERT OR REPLACE INTO hosting_draft_changes(draft_id, path, op, hash,"
                " size, attrs, bytes, last_modified) VALUES(?, ?, 'put', ?, ?, ?, ?, ?)"),
            { m_draftId, asset.path, asset.hash, asset.size, attrsText(asset.attrs), bytes, now });
    });
}

bool HostingView::remove(const QString &path)
{
    return m_store.write([&] {
        QSqlQuery query(m_store.database());
        if (m_draftId.isEmpty())
            return m_store.exec(
                query, QStringLiteral("DELETE FROM hosting_assets WHERE app_id = ? AND path = ?"),
                { m_appId, path });
        // A delete is recorded even for a path only the draft added: the diff then ignores it.
        return m_store.exec(
            query,
            QStringLiteral("INSERT OR REPLACE INTO hosting_draft_changes(draft_id, path, op, hash,"
                           " size, attrs, bytes, last_modified) VALUES(?, ?, 'delete', '', 0,"
                           " '[]', x'', ?)"),
            { m_draftId, path, QDateTime::currentSecsSinceEpoch() });
    });
}

QString hostingPathProblem(const QString &path)
{
    if (!path.startsWith(u'/'))
        return QStringLiteral("a hosting path must start with '/'");
    if (path.toUtf8().size() > 1024)
        return QStringLiteral("a hosting path may not be longer than 1024 bytes");
    if (path.contains(QLatin1String("//")))
        return QStringLiteral("a hosting path may not contain '//'");
    if (path.contains(u'\\'))
        return QStringLiteral("a hosting path may not contain a backslash");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("a hosting path may not contain control characters");
    }
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment == QLatin1String("..") || segment == QLatin1String("."))
            return QStringLiteral("a hosting path may not contain '.' or '..' segments");
    }
    return QString();
}

QString normalizeAttributes(const QJsonValue &attrs, QJsonArray *normalized)
{
    static const QStringList allowed {
        QStringLiteral("Content-Type"),     QStringLiteral("Content-Disposition"),
        QStringLiteral("Content-Language"), QStringLiteral("Content-Encoding"),
        QStringLiteral("Cache-Control"),    QStringLiteral("Website-Redirect-Location")
    };
    *normalized = QJsonArray();
    if (!attrs.isArray())
        return QStringLiteral("attributes must be an array of {name, value}");
    QStringList seen;
    for (const QJsonValue &item : attrs.toArray()) {
        const QJsonObject attr = item.toObject();
        if (!item.isObject() || !attr.value(QStringLiteral("name")).isString()
            || !attr.value(QStringLiteral("value")).isString())
            return QStringLiteral("each attribute must be {\"name\": string, \"value\": string}");
        const QString name = attr.value(QStringLiteral("name")).toString();
        const auto known = std::find_if(allowed.cbegin(), allowed.cend(), [&](const QString &a) {
            return a.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (known == allowed.cend())
            return QStringLiteral("attribute %1 is not allowed; allowed: %2")
                .arg(name, allowed.join(QLatin1String(", ")));
        if (seen.contains(*known))
            return QStringLiteral("attribute %1 is given twice").arg(*known);
        const QString value = attr.value(QStringLiteral("value")).toString();
        // The value becomes an HTTP header when the file is served.
        if (value.contains(u'\r') || value.contains(u'\n'))
            return QStringLiteral("attribute %1 may not contain line breaks").arg(*known);
        seen.append(*known);
        normalized->append(
            QJsonObject { { QStringLiteral("name"), *known }, { QStringLiteral("value"), value } });
    }
    return QString();
}

QString md5Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QString attributeValue(const QJsonArray &attrs, const QString &name)
{
    for (const QJsonValue &item : attrs) {
        const QJsonObject attr = item.toObject();
        if (attr.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return attr.value(QStringLiteral("value")).toString();
    }
    return QString();
}

} // namespace stitchlocal
