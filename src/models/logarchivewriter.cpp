// The archive's one writer: opens (checks, creates) the file under its lock and writes pages in
// transactions; runs on the archive's writer thread only.
#include "logarchivedb.h"

#include "logarchiverow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include <sqlite3.h>

using logarchivedb::exec;

namespace {

const char *const kSchema = R"(
PRAGMA auto_vacuum = INCREMENTAL;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -32000;
PRAGMA temp_store = MEMORY;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS extras(id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, json BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS extras_by_hash ON extras(hash);
CREATE TABLE IF NOT EXISTS entries(
  id NOT NULL UNIQUE, duration INTEGER, status INTEGER, flags INTEGER NOT NULL, extra_id INTEGER,
  type TEXT, function_name TEXT, user_id TEXT, request_id TEXT, error_code TEXT, error TEXT,
  message TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS entries_fts USING fts5(
  message, error, error_code, function_name, type, user_id, request_id,
  content = 'entries', columnsize = 0);
CREATE TRIGGER IF NOT EXISTS entries_indexed AFTER INSERT ON entries BEGIN
  INSERT INTO entries_fts(rowid, message, error, error_code, function_name, type, user_id,
                          request_id)
  VALUES (new.rowid, new.message, new.error, new.error_code, new.function_name, new.type,
          new.user_id, new.request_id);
END;
CREATE TRIGGER IF NOT EXISTS entries_unindexed AFTER DELETE ON entries BEGIN
  INSERT INTO entries_fts(entries_fts, rowid, message, error, error_code, function_name, type,
                          user_id, request_id)
  VALUES ('delete', old.rowid, old.message, old.error, old.error_code, old.function_name,
          old.type, old.user_id, old.request_id);
END;
CREATE TABLE IF NOT EXISTS ranges(from_ms INTEGER PRIMARY KEY, to_ms INTEGER NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', 1);
)";

QString tr(const char *text)
{
    return QCoreApplication::translate("LogArchive", text);
}

QString sqliteFailure(sqlite3 *db)
{
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_FULL)
        return tr("The disk is full (or the archive reached its size limit): the last batch of "
                  "entries was not written, and archiving stopped.");
    return tr("The archive could not be written: %1").arg(logarchivedb::errorOf(db));
}

} // namespace

ArchiveWriter::~ArchiveWriter()
{
    close();
}

ArchiveWriter::Outcome ArchiveWriter::open(const QString &path, QString *message)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // held as long as the window runs; a dead holder is stale
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        *message = tr("Another console window is writing to this archive: it is open here "
                      "read-only.");
        return Locked;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        *message = tr("The archive could not be opened: %1").arg(logarchivedb::errorOf(m_db));
        close();
        return Failed;
    }
    {
        SqlStatement check(m_db, QStringLiteral("PRAGMA quick_check"));
        const int rc = check.step();
        if (!check.isValid() || rc != SQLITE_ROW || check.text(0) != QLatin1String("ok")) {
            *message = tr("The archive file is damaged (%1).")
                           .arg(check.isValid() ? check.text(0) : check.error());
            close();
            return Corrupt;
        }
    }
    QString error;
    if (!exec(m_db, QString::fromUtf8(kSchema), &error)) {
        *message = tr("The archive could not be set up: %1").arg(error);
        const bool corrupt = sqlite3_errcode(m_db) == SQLITE_CORRUPT
            || sqlite3_errcode(m_db) == SQLITE_NOTADB;
        close();
        return corrupt ? Corrupt : Failed;
    }
    SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM entries"));
    m_total = count.step() == SQLITE_ROW ? count.int64(0) : 0;
    m_serviceOldestMs = logarchivedb::metaValue(m_db, "service_oldest_ms");
    // A transaction's rows are staged in a table of the connection's own, then inserted by one
    // statement: each statement on a table with an FTS5 index makes FTS5 write out what it
    // has gathered (a savepoint), so a statement a row doubled the cost of the index.
    if (!exec(m_db,
              QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS staged(k INTEGER NOT NULL, id NOT "
                             "NULL, duration, status, flags, extra_id, type, function_name, "
                             "user_id, request_id, error_code, error, message)"),
              &error)) {
        *message = tr("The archive could not be set up: %1").arg(error);
        close();
        return Failed;
    }
    m_stage = std::make_unique<SqlStatement>(
        m_db,
        QStringLiteral("INSERT INTO staged(k, id, duration, status, flags, extra_id, type, "
                       "function_name, user_id, request_id, error_code, error, message) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_sameId = std::make_unique<SqlStatement>(
        m_db,
        QStringLiteral("SELECT 1 FROM entries WHERE id = (SELECT id FROM staged WHERE rowid = ?)"));
    m_findExtra = std::make_unique<SqlStatement>(
        m_db, QStringLiteral("SELECT id, json FROM extras WHERE hash = ?"));
    m_insertExtra = std::make_unique<SqlStatement>(
        m_db, QStringLiteral("INSERT INTO extras(hash, json) VALUES (?, ?)"));
    return Opened;
}

void ArchiveWriter::close()
{
    m_stage.reset();
    m_sameId.reset();
    m_findExtra.reset();
    m_insertExtra.reset();
    m_extraCache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_lock.reset();
}

void ArchiveWriter::setMaxPageCount(int pages)
{
    if (m_db)
        exec(m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

std::optional<ArchiveWriter::Batch>
ArchiveWriter::prepare(const LogPage &decoded, const QByteArray &body,
                       const std::optional<LogTimeRange> &coverage)
{
    Batch batch;
    batch.coverage = coverage;
    if (decoded.records.isEmpty() && !body.isEmpty()) {
        // A body is decoded once: each entry's row is made from the page's own decoding.
        QString why;
        parse::logPage(body, &why,
                       [&batch](const QJsonValue &value, const QByteArray &json,
                                const LogRecord &record, const QStringList &strings) {
                           batch.entries.append(
                               logarchiverow::fromEntry(json, value, record, strings));
                           if (!record.isMalformed())
                               batch.oldestMs = qMin(batch.oldestMs, record.startedMs);
                       });
        if (!why.isEmpty())
            return std::nullopt; // not a page: it proves nothing and holds nothing
        return batch;
    }
    const LogPage &page = decoded;
    const QByteArray raw = qUncompress(page.compressed);
    batch.entries.reserve(page.records.size());
    for (const LogRecord &record : std::as_const(page.records)) {
        batch.entries.append(logarchiverow::fromEntry(raw.mid(record.offset, record.length),
                                                      record, page.strings));
        if (!record.isMalformed())
            batch.oldestMs = qMin(batch.oldestMs, record.startedMs);
    }
    return batch;
}

bool ArchiveWriter::write(const QList<Batch> &batches, int *added, QString *error)
{
    *added = 0;
    m_staged = 0;
    if (!m_db) {
        *error = tr("The archive is not open for writing.");
        return false;
    }
    const qint64 totalBefore = m_total;
    const qint64 serviceOldestBefore = m_serviceOldestMs;
    const auto fail = [&] {
        *error = sqliteFailure(m_db);
        exec(m_db, QStringLiteral("ROLLBACK"));
        m_total = totalBefore;
        m_serviceOldestMs = serviceOldestBefore;
        m_extraCache.clear(); // it may name extras the rollback took back
        m_staged = 0; // the rollback took the staged rows back too
        *added = 0;
        return false;
    };
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE")))
        return fail();
    for (const Batch &batch : batches) {
        for (const LogArchiveEntry &entry : batch.entries) {
            if (!stageEntry(entry, error))
                return fail();
        }
        if (batch.coverage) {
            if (!addRange(*batch.coverage, error))
                return fail();
            // A fetch that reached the service's end tells what the service still keeps.
            if (batch.coverage->fromMs == 0)
                m_serviceOldestMs
                    = batch.entries.isEmpty() ? batch.coverage->toMs + 1 : batch.oldestMs;
        }
    }
    if (!insertStaged(added))
        return fail();
    if (m_serviceOldestMs != serviceOldestBefore) {
        SqlStatement q(m_db,
                       QStringLiteral("INSERT OR REPLACE INTO meta(key, value) "
                                      "VALUES ('service_oldest_ms', ?)"));
        q.bind(1, m_serviceOldestMs);
        if (q.step() != SQLITE_DONE)
            return fail();
    }
    if (!exec(m_db, QStringLiteral("COMMIT")))
        return fail();
    return true;
}

bool ArchiveWriter::stageEntry(const LogArchiveEntry &e, QString *error)
{
    const qint64 extra = extraId(e.extra, error);
    if (extra < 0)
        return false;
    const QVariant packed = logarchiverow::packId(e.id);
    const bool idIsBlob = packed.typeId() == QMetaType::QByteArray;
    const QByteArray id = idIsBlob ? packed.toByteArray() : e.id.toUtf8();
    // Bound without copies (the text lives until the row is staged); no QVariant per value:
    // this is the sync's hottest loop.
    const QByteArray texts[] = { e.type.toUtf8(),      e.functionName.toUtf8(),
                                 e.userId.toUtf8(),    e.requestId.toUtf8(),
                                 e.errorCode.toUtf8(), e.error.toUtf8(),
                                 e.message.toUtf8() };
    // Entries of one millisecond spread over its slots by their id (insertStaged moves one on
    // when its slot is taken).
    const qint64 key = logarchiverow::keyFloor(e.startedMs)
        + qint64(qHash(e.id) & ((1 << logarchiverow::kSlotBits) - 1));
    SqlStatement &stage = *m_stage;
    stage.bindInt(1, key);
    if (idIsBlob)
        stage.bindBlob(2, id);
    else
        stage.bindUtf8(2, id);
    if (e.durationMs >= 0)
        stage.bindInt(3, e.durationMs);
    else
        stage.bindNull(3);
    stage.bindInt(4, e.status);
    stage.bindInt(5, e.flags);
    stage.bindInt(6, extra);
    for (int column = 0; column < 7; ++column)
        stage.bindUtf8(7 + column, texts[column]);
    const int rc = stage.step();
    stage.rewind();
    m_staged += rc == SQLITE_DONE;
    return rc == SQLITE_DONE;
}

bool ArchiveWriter::insertStaged(int *added)
{
    static const QString columns = QStringLiteral(
        "id, duration, status, flags, extra_id, type, function_name, user_id, request_id, "
        "error_code, error, message");
    // One statement for all: an id already held (or twice in the batch) is skipped, and so,
    // for now, is a row whose slot another entry of that millisecond has.
    if (!exec(m_db, QStringLiteral("INSERT OR IGNORE INTO entries(rowid, %1) SELECT k, %1 FROM "
                                   "staged ORDER BY rowid")
                        .arg(columns)))
        return false;
    *added += sqlite3_changes(m_db);
    const qint64 staged = std::exchange(m_staged, 0);
    if (*added == staged) { // all of them went in: nothing held, nothing to move (a sync's case)
        m_total += *added;
        return exec(m_db, QStringLiteral("DELETE FROM staged"));
    }
    // Those rows move on to the next free slot of their millisecond, one at a time (rare).
    QList<std::pair<qint64, qint64>> moved; // staged rowid, key
    {
        SqlStatement left(m_db,
                          QStringLiteral("SELECT rowid, k FROM staged s WHERE NOT EXISTS "
                                         "(SELECT 1 FROM entries e WHERE e.id = s.id) "
                                         "ORDER BY rowid"));
        while (left.step() == SQLITE_ROW)
            moved.append({ left.int64(0), left.int64(1) });
    }
    if (moved.isEmpty()) {
        m_total += *added;
        return exec(m_db, QStringLiteral("DELETE FROM staged"));
    }
    SqlStatement insertOne(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO entries(rowid, %1) SELECT ?, %1 "
                                          "FROM staged WHERE rowid = ?")
                               .arg(columns));
    for (const auto &[stagedRow, firstKey] : std::as_const(moved)) {
        for (int attempt = 1; attempt < (1 << logarchiverow::kSlotBits); ++attempt) {
            insertOne.bindInt(1, firstKey + attempt);
            insertOne.bindInt(2, stagedRow);
            const int rc = insertOne.step();
            insertOne.rewind();
            if (rc != SQLITE_DONE)
                return false;
            if (sqlite3_changes(m_db) == 1) {
                ++*added;
                break;
            }
            m_sameId->bindInt(1, stagedRow);
            const bool duplicate = m_sameId->step() == SQLITE_ROW;
            m_sameId->reset();
            if (duplicate)
                break;
        }
        // 4,096 entries in one millisecond: the rest are not kept.
    }
    m_total += *added;
    return exec(m_db, QStringLiteral("DELETE FROM staged"));
}

qint64 ArchiveWriter::extraId(const QByteArray &extra, QString *)
{
    const auto cached = m_extraCache.constFind(extra);
    if (cached != m_extraCache.constEnd())
        return *cached;
    const qint64 hash = qint64(qHash(extra, 0x5eed) & 0x7fffffffffffffffULL);
    qint64 id = -1;
    m_findExtra->bind(1, hash);
    while (m_findExtra->step() == SQLITE_ROW) {
        if (m_findExtra->bytes(1) == extra) {
            id = m_findExtra->int64(0);
            break;
        }
    }
    m_findExtra->reset();
    if (id < 0) {
        m_insertExtra->bindAll({ hash, extra });
        const int rc = m_insertExtra->step();
        m_insertExtra->reset();
        if (rc != SQLITE_DONE)
            return -1;
        id = sqlite3_last_insert_rowid(m_db);
    }
    if (m_extraCache.size() > 50000)
        m_extraCache.clear();
    m_extraCache.insert(extra, id);
    return id;
}

bool ArchiveWriter::addRange(const LogTimeRange &range, QString *)
{
    const QList<LogTimeRange> merged = mergeLogRanges(logarchivedb::readRanges(m_db), range);
    if (!exec(m_db, QStringLiteral("DELETE FROM ranges")))
        return false;
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO ranges(from_ms, to_ms) VALUES (?, ?)"));
    for (const LogTimeRange &r : merged) {
        insert.bindAll({ r.fromMs, r.toMs });
        const int rc = insert.step();
        insert.reset();
        if (rc != SQLITE_DONE)
            return false;
    }
    return true;
}

bool ArchiveWriter::clipRanges(qint64 keepFromMs, QString *)
{
    SqlStatement drop(m_db, QStringLiteral("DELETE FROM ranges WHERE to_ms < ?"));
    drop.bind(1, keepFromMs);
    SqlStatement clip(m_db, QStringLiteral("UPDATE ranges SET from_ms = ? WHERE from_ms < ?"));
    clip.bindAll({ keepFromMs, keepFromMs });
    return drop.step() == SQLITE_DONE && clip.step() == SQLITE_DONE;
}

bool ArchiveWriter::deleteOlderThan(qint64 key, QString *error)
{
    SqlStatement del(m_db, QStringLiteral("DELETE FROM entries WHERE rowid < ?"));
    del.bind(1, key);
    if (del.step() != SQLITE_DONE) {
        *error = sqliteFailure(m_db);
        return false;
    }
    m_total -= sqlite3_changes(m_db);
    return clipRanges(logarchiverow::msOfKey(key), error);
}

bool ArchiveWriter::prune(const LogArchiveLimit &limit, QString *error)
{
    if (!m_db)
        return false;
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    if (limit.maxAgeDays > 0) {
        const qint64 cutoff
            = QDateTime::currentMSecsSinceEpoch() - qint64(limit.maxAgeDays) * 24 * 3600 * 1000;
        ok = deleteOlderThan(logarchiverow::keyFloor(cutoff), error);
    }
    const auto usedBytes = [this] {
        SqlStatement q(m_db,
                       QStringLiteral("SELECT (page_count - freelist_count) * page_size FROM "
                                      "pragma_page_count, pragma_freelist_count, "
                                      "pragma_page_size"));
        return q.step() == SQLITE_ROW ? q.int64(0) : 0;
    };
    // A tenth of what is held at a time, oldest first, until the rest fits.
    while (ok && limit.maxBytes > 0 && m_total > 0 && usedBytes() > limit.maxBytes) {
        SqlStatement at(m_db,
                        QStringLiteral("SELECT rowid FROM entries ORDER BY rowid LIMIT 1 OFFSET ?"));
        at.bind(1, qMax<qint64>(1, m_total / 10));
        const qint64 key = at.step() == SQLITE_ROW ? at.int64(0) : std::numeric_limits<qint64>::max();
        ok = deleteOlderThan(key, error);
    }
    ok = ok
        && exec(m_db,
                QStringLiteral("DELETE FROM extras WHERE id NOT IN "
                               "(SELECT extra_id FROM entries WHERE extra_id IS NOT NULL)"),
                error);
    m_extraCache.clear();
    if (!ok) {
        exec(m_db, QStringLiteral("ROLLBACK"));
        SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM entries"));
        m_total = count.step() == SQLITE_ROW ? count.int64(0) : 0;
        return false;
    }
    if (!exec(m_db, QStringLiteral("COMMIT"), error))
        return false;
    // Give the freed pages back to the disk.
    exec(m_db, QStringLiteral("PRAGMA incremental_vacuum; PRAGMA wal_checkpoint(TRUNCATE);"));
    return true;
}
