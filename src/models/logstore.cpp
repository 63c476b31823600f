#include "logstore.h"

QList<LogRecord> LogStore::adopt(const LogPage &page)
{
    // Map the page's strings to the store's once, not once per record.
    QList<quint32> map(page.strings.size(), 0);
    for (qsizetype i = 1; i < page.strings.size(); ++i) {
        const QString &text = page.strings.at(i);
        auto it = m_index.constFind(text);
        if (it == m_index.constEnd()) {
            it = m_index.insert(text, quint32(m_strings.size()));
            m_strings.append(text);
        }
        map[i] = *it;
    }
    const quint32 blob = quint32(m_blobs.size());
    QList<LogRecord> fresh;
    fresh.reserve(page.records.size());
    for (LogRecord r : page.records) {
        if (m_seen.contains(r.idHash))
            continue;
        m_seen.insert(r.idHash);
        for (quint32 *field :
             { &r.type, &r.name, &r.userId, &r.coId, &r.errorCode, &r.error, &r.messages })
            *field = map.value(*field);
        r.blob = blob;
        fresh.append(r);
    }
    // A deep copy of exactly the compressed size: qCompress leaves a buffer sized for the
    // worst case, and the worker's heap would stay pinned by every page kept.
    if (!fresh.isEmpty())
        m_blobs.append(QByteArray(page.compressed.constData(), page.compressed.size()));
    return fresh;
}

void LogStore::prepend(const QList<LogRecord> &records)
{
    m_records = records + m_records;
}

void LogStore::clear()
{
    *this = LogStore();
}

QByteArray LogStore::rawJson(int row) const
{
    return row >= 0 && row < size() ? rawJson(m_records.at(row)) : QByteArray();
}

QByteArray LogStore::rawJson(const LogRecord &record) const
{
    if (int(record.blob) >= m_blobs.size())
        return {};
    if (m_cachedBlob != int(record.blob)) {
        m_cachedRaw = qUncompress(m_blobs.at(record.blob));
        m_cachedBlob = int(record.blob);
    }
    return m_cachedRaw.mid(record.offset, record.length);
}

QList<bool> LogStore::search(const QString &text) const
{
    QList<bool> rows(m_records.size(), false);
    if (text.isEmpty())
        return rows;
    // Few distinct strings serve many entries: test each string once, then only look up.
    QList<bool> hit(m_strings.size(), false);
    for (qsizetype i = 1; i < m_strings.size(); ++i)
        hit[i] = m_strings.at(i).contains(text, Qt::CaseInsensitive);
    for (qsizetype row = 0; row < m_records.size(); ++row) {
        const LogRecord &r = m_records.at(row);
        rows[row] = hit.at(r.messages) || hit.at(r.error) || hit.at(r.name) || hit.at(r.errorCode)
            || hit.at(r.type) || hit.at(r.userId) || hit.at(r.coId);
    }
    return rows;
}

qint64 LogStore::bytesUsed() const
{
    qint64 bytes = m_records.capacity() * qint64(sizeof(LogRecord));
    for (const QString &s : m_strings)
        bytes += 48 + s.size() * 2;
    for (const QByteArray &b : m_blobs)
        bytes += 32 + b.size();
    bytes += m_seen.size() * 16;
    return bytes;
}
