// SQLite helpers and the schema shared by the archive's writer and reader.
#include "logarchivedb.h"

#include "logarchiverow.h"

#include <sqlite3.h>

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = logarchivedb::errorOf(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        if (utf8.isEmpty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_stmt, index);
        break;
    default:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    }
}

void SqlStatement::bindAll(const QVariantList &values, int first)
{
    for (int i = 0; i < values.size(); ++i)
        bind(first + i, values.at(i));
}

void SqlStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void SqlStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::rewind()
{
    sqlite3_reset(m_stmt);
}

int SqlStatement::step()
{
    return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

bool SqlStatement::isBlob(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_BLOB;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

namespace logarchivedb {

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

QString whereOf(const LogFilter &f, QVariantList *binds)
{
    QStringList terms;
    if (f.errorsOnly)
        terms << QStringLiteral("(e.flags & %1) != 0").arg(int(LogRecord::Error));
    if (!f.types.isEmpty()) {
        QStringList marks;
        for (const QString &type : f.types) {
            marks << QStringLiteral("?");
            binds->append(type);
        }
        terms << QStringLiteral("e.type IN (%1)").arg(marks.join(u','));
    }
    if (!f.userId.isEmpty()) {
        terms << QStringLiteral("e.user_id = ?");
        binds->append(f.userId);
    }
    if (!f.coId.isEmpty()) {
        terms << QStringLiteral("e.request_id = ?");
        binds->append(f.coId);
    }
    // The service's start is exclusive and its end inclusive; keys begin at a millisecond.
    if (f.start.isValid()) {
        terms << QStringLiteral("e.rowid >= ?");
        binds->append(logarchiverow::keyFloor(f.start.toMSecsSinceEpoch() + 1));
    }
    if (f.end.isValid()) {
        terms << QStringLiteral("e.rowid < ?");
        binds->append(logarchiverow::keyFloor(f.end.toMSecsSinceEpoch() + 1));
    }
    return terms.join(QLatin1String(" AND "));
}

QList<LogTimeRange> readRanges(sqlite3 *db)
{
    QList<LogTimeRange> ranges;
    SqlStatement q(db, QStringLiteral("SELECT from_ms, to_ms FROM ranges ORDER BY to_ms DESC"));
    while (q.step() == SQLITE_ROW)
        ranges.append({ q.int64(0), q.int64(1) });
    return ranges;
}

qint64 metaValue(sqlite3 *db, const char *key)
{
    SqlStatement q(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(1, QString::fromLatin1(key));
    return q.step() == SQLITE_ROW ? q.int64(0) : 0;
}

} // namespace logarchivedb

std::optional<LogTimeRange> logPageCoverage(const LogFilter &filter, const LogCursor &requested,
                                            qint64 askedAtMs,
                                            const std::optional<QString> &nextEndDate)
{
    if (filter.errorsOnly || !filter.types.isEmpty() || !filter.userId.isEmpty()
        || !filter.coId.isEmpty())
        return std::nullopt;
    qint64 top = askedAtMs;
    if (!requested.isNull()) {
        const std::optional<qint64> cursor = parse::logMs(requested.endDate);
        if (!cursor)
            return std::nullopt;
        top = *cursor;
    } else if (filter.end.isValid()) {
        top = filter.end.toMSecsSinceEpoch();
    }
    // Entries at the next cursor's millisecond may be split between this page and the next.
    qint64 bottom = filter.start.isValid() ? filter.start.toMSecsSinceEpoch() + 1 : 0;
    if (nextEndDate) {
        const std::optional<qint64> next = parse::logMs(*nextEndDate);
        if (!next)
            return std::nullopt;
        bottom = *next + 1;
    }
    if (bottom > top)
        return std::nullopt;
    return LogTimeRange { bottom, top };
}

QList<LogTimeRange> mergeLogRanges(QList<LogTimeRange> ranges, const LogTimeRange &added)
{
    ranges.append(added);
    std::sort(ranges.begin(), ranges.end(),
              [](const LogTimeRange &a, const LogTimeRange &b) { return a.fromMs < b.fromMs; });
    QList<LogTimeRange> merged;
    for (const LogTimeRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.fromMs <= merged.last().toMs + 1)
            merged.last().toMs = qMax(merged.last().toMs, r.toMs);
        else
            merged.append(r);
    }
    std::reverse(merged.begin(), merged.end());
    return merged;
}

QList<LogTimeRange> logArchiveGaps(const QList<LogTimeRange> &ranges, qint64 nowMs,
                                   LogSyncScope scope)
{
    // Everything the service still has is asked for whole: pages already held cost a duplicate
    // check each, and only a fetch to the end tells which entries the service no longer keeps.
    if (scope == LogSyncScope::Everything || ranges.isEmpty())
        return { { 0, nowMs } };
    QList<LogTimeRange> gaps;
    qint64 top = nowMs;
    for (const LogTimeRange &r : ranges) {
        if (r.toMs < top)
            gaps.append({ r.toMs + 1, top });
        top = qMin(top, r.fromMs - 1);
        if (top < 0)
            return gaps;
    }
    if (scope == LogSyncScope::ToTheEnd)
        gaps.append({ 0, top });
    return gaps;
}
