// The archive's reading connection: searches, counts, the histogram and statistics; runs on the
// archive's reader thread only.
#include "logarchivedb.h"

#include "logarchiverow.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

const QString kColumns = QStringLiteral(
    "e.rowid, e.id, e.duration, e.status, e.flags, e.extra_id, e.type, e.function_name, "
    "e.user_id, e.request_id, e.error_code, e.error, e.message");

} // namespace

ArchiveReader::~ArchiveReader()
{
    close();
}

bool ArchiveReader::open(const QString &path, QString *error)
{
    close();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        *error = logarchivedb::errorOf(m_db);
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    m_extra = std::make_unique<SqlStatement>(m_db,
                                             QStringLiteral("SELECT json FROM extras WHERE id = ?"));
    if (!m_extra->isValid()) {
        *error = m_extra->error();
        close();
        return false;
    }
    return true;
}

void ArchiveReader::close()
{
    m_extra.reset();
    m_extraCache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QByteArray ArchiveReader::extra(qint64 id)
{
    const auto cached = m_extraCache.constFind(id);
    if (cached != m_extraCache.constEnd())
        return *cached;
    m_extra->bind(1, id);
    const QByteArray json = m_extra->step() == SQLITE_ROW ? m_extra->bytes(0) : QByteArray();
    m_extra->reset();
    if (m_extraCache.size() > 20000)
        m_extraCache.clear();
    m_extraCache.insert(id, json);
    return json;
}

QString ArchiveReader::fromWhere(const LogArchiveQuery &query, QVariantList *binds,
                                 QString *keyColumn) const
{
    QString sql;
    if (query.text.trimmed().isEmpty()) {
        sql = QStringLiteral("FROM entries e WHERE 1");
        *keyColumn = QStringLiteral("e.rowid");
    } else {
        // The full-text index leads: it hands out matches in key order, newest first, so a
        // page of a common word's matches costs no sort of all of them.
        sql = QStringLiteral("FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid "
                             "WHERE entries_fts MATCH ?");
        binds->append(query.text);
        *keyColumn = QStringLiteral("entries_fts.rowid");
    }
    const QString where = logarchivedb::whereOf(query.filter, binds);
    if (!where.isEmpty())
        sql += QStringLiteral(" AND ") + where;
    return sql;
}

LogArchiveRows ArchiveReader::search(const LogArchiveQuery &query, qint64 beforeKey, int limit)
{
    QElapsedTimer timer;
    timer.start();
    LogArchiveRows result;
    if (!m_db) {
        result.error = QStringLiteral("not open");
        return result;
    }
    QVariantList binds;
    QString key;
    const QString sql = QStringLiteral("SELECT %1 %2 AND %3 < ? ORDER BY %3 DESC LIMIT ?")
                            .arg(kColumns, fromWhere(query, &binds, &key), key);
    binds << beforeKey << limit + 1;
    SqlStatement q(m_db, sql);
    if (!q.isValid()) {
        result.error = q.error();
        return result;
    }
    q.bindAll(binds);
    const qint64 serviceOldest = logarchivedb::metaValue(m_db, "service_oldest_ms");
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (result.rows.size() == limit) {
            result.atEnd = false;
            break;
        }
        LogArchiveEntry e;
        e.key = q.int64(0);
        e.startedMs = logarchiverow::msOfKey(e.key);
        e.id = logarchiverow::unpackId(q.bytes(1), q.isBlob(1));
        e.durationMs = q.isNull(2) ? -1 : qint32(q.int64(2));
        e.status = int(q.int64(3));
        e.flags = int(q.int64(4));
        e.extra = extra(q.int64(5));
        e.type = q.text(6);
        e.functionName = q.text(7);
        e.userId = q.text(8);
        e.requestId = q.text(9);
        e.errorCode = q.text(10);
        e.error = q.text(11);
        e.message = q.text(12);
        e.archiveOnly = serviceOldest > 0 && e.startedMs < serviceOldest;
        result.rows.append(e);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        result.error = logarchivedb::errorOf(m_db);
        result.rows.clear();
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

qint64 ArchiveReader::count(const LogArchiveQuery &query, QString *error)
{
    if (!m_db)
        return 0;
    QVariantList binds;
    QString key;
    SqlStatement q(m_db, QStringLiteral("SELECT count(*) ") + fromWhere(query, &binds, &key));
    q.bindAll(binds);
    if (q.step() != SQLITE_ROW) {
        *error = q.isValid() ? logarchivedb::errorOf(m_db) : q.error();
        return 0;
    }
    return q.int64(0);
}

LogArchiveHistogram ArchiveReader::histogram(const LogArchiveQuery &query, int buckets)
{
    LogArchiveHistogram h;
    if (!m_db || buckets <= 0)
        return h;
    QVariantList binds;
    QString key;
    const QString fw = fromWhere(query, &binds, &key);
    SqlStatement span(m_db, QStringLiteral("SELECT min(%1), max(%1) %2").arg(key, fw));
    span.bindAll(binds);
    if (span.step() != SQLITE_ROW || span.isNull(0))
        return h;
    h.fromMs = logarchiverow::msOfKey(span.int64(0));
    h.toMs = logarchiverow::msOfKey(span.int64(1));
    const qint64 width = qMax<qint64>(1, h.toMs - h.fromMs + 1);
    h.entries.fill(0, buckets);
    h.errors.fill(0, buckets);
    SqlStatement q(m_db,
                   QStringLiteral("SELECT ((%1 >> %2) - ?) * ? / ? AS bucket, count(*), "
                                  "sum((e.flags & %3) != 0) %4 GROUP BY bucket")
                       .arg(key)
                       .arg(logarchiverow::kSlotBits)
                       .arg(int(LogRecord::Error))
                       .arg(fw));
    q.bindAll({ h.fromMs, buckets, width });
    q.bindAll(binds, 4);
    while (q.step() == SQLITE_ROW) {
        const int b = int(qBound<qint64>(0, q.int64(0), qint64(buckets) - 1));
        h.entries[b] += int(q.int64(1));
        h.errors[b] += int(q.int64(2));
    }
    return h;
}

LogArchiveStats ArchiveReader::stats(const QString &path)
{
    LogArchiveStats s;
    s.bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    if (!m_db)
        return s;
    SqlStatement q(m_db, QStringLiteral("SELECT count(*), min(rowid), max(rowid) FROM entries"));
    if (q.step() == SQLITE_ROW) {
        s.entries = q.int64(0);
        s.oldestMs = logarchiverow::msOfKey(q.int64(1));
        s.newestMs = logarchiverow::msOfKey(q.int64(2));
    }
    s.ranges = logarchivedb::readRanges(m_db);
    s.serviceOldestMs = logarchivedb::metaValue(m_db, "service_oldest_ms");
    return s;
}

QByteArray ArchiveReader::collect(const LogArchiveQuery &query, int *count)
{
    *count = 0;
    QByteArray body("{\"logs\":[");
    for (qint64 before = std::numeric_limits<qint64>::max();;) {
        const LogArchiveRows page = search(query, before, 5000);
        for (const LogArchiveEntry &e : page.rows) {
            if (*count > 0)
                body += ',';
            body += logarchiverow::entryBytes(e);
            ++*count;
        }
        if (page.atEnd || page.rows.isEmpty())
            break;
        before = page.rows.constLast().key;
    }
    body += "]}";
    return body;
}
