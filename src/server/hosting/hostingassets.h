#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace stitchlocal {

class Store;

//! One hosted file or directory (a path ending in '/', no bytes) as an admin sees it.
struct HostedAsset
{
    QString path;
    QString hash; //!< MD5, lowercase hex
    qint64 size = 0;
    QJsonArray attrs; //!< [{name, value}]
    QByteArray bytes; //!< filled only when asked for
    qint64 lastModified = 0; //!< Unix seconds
};

//! Where hosted files live for one admin: the deployed table, or that table overlaid by the
//! changes of the draft the admin holds (draftId non-empty). Writes made in a draft land in
//! hosting_draft_changes and reach the served files only when the draft is applied.
class HostingView
{
public:
    HostingView(Store &store, const QString &appId, const QString &draftId)
        : m_store(store)
        , m_appId(appId)
        , m_draftId(draftId)
    {
    }

    //! Every asset, sorted by path; bytes left empty.
    QList<HostedAsset> list() const;
    std::optional<HostedAsset> find(const QString &path, bool withBytes) const;
    //! Adds or replaces one asset. Joins the caller's write.
    bool put(const HostedAsset &asset);
    //! Removes one asset. Joins the caller's write.
    bool remove(const QString &path);

private:
    Store &m_store;
    QString m_appId;
    QString m_draftId;
};

//! Empty when path may name a hosted asset; otherwise why not (`..` or `.` segments, `//`, control
//! characters, backslashes, no leading '/', over 1024 bytes).
QString hostingPathProblem(const QString &path);
//! Checks an attrs array ([{name, value}] with the names hosting allows) and returns it with the
//! names spelled canonically; empty message when it is valid.
QString normalizeAttributes(const QJsonValue &attrs, QJsonArray *normalized);
//! MD5 of bytes in lowercase hex, the hash hosting uses.
QString md5Hex(const QByteArray &bytes);
//! The value of attribute `name` (case-insensitive), or a null string.
QString attributeValue(const QJsonArray &attrs, const QString &name);

} // namespace stitchlocal
