#pragma once

#include <api/logtypes.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

//! Loaded log entries in little memory: compact records (newest first), one table of distinct
//! strings, and each page's JSON compressed in one blob. A value type with implicitly shared
//! members, so a copy is a cheap snapshot a worker can read (export) while the model grows.
class LogStore
{
public:
    int size() const { return int(m_records.size()); }
    const LogRecord &at(int row) const { return m_records.at(row); }
    const QList<LogRecord> &records() const { return m_records; }
    const QString &text(quint32 id) const { return m_strings.at(id); }
    const QStringList &strings() const { return m_strings; }

    //! The page's records that are not loaded yet (same _id), with string indexes and blob
    //! made the store's; duplicates within the page are dropped too. Call append or prepend next.
    QList<LogRecord> adopt(const LogPage &page);
    void append(const QList<LogRecord> &records) { m_records.append(records); }
    void prepend(const QList<LogRecord> &records);
    void clear();

    //! The entry's JSON as received (decompresses its page; the last page is kept).
    QByteArray rawJson(int row) const;
    QByteArray rawJson(const LogRecord &record) const;

    //! Rows whose messages, error, error code, name, type, user id or request id contain text
    //! (case-insensitive), as one flag per row.
    QList<bool> search(const QString &text) const;
    //! Bytes held, roughly: records, strings, blobs and the duplicate check.
    qint64 bytesUsed() const;

private:
    QList<LogRecord> m_records;
    QStringList m_strings { QString() };
    QHash<QString, quint32> m_index;
    QList<QByteArray> m_blobs;
    QSet<quint64> m_seen;
    mutable int m_cachedBlob = -1;
    mutable QByteArray m_cachedRaw;
};
