#pragma once

// The archive's two connections, each used on its own thread only: ArchiveWriter (the one
// writer, holding the lock file) and ArchiveReader (searches, counts, statistics).

#include "logarchivetypes.h"

#include <QHash>
#include <QLockFile>
#include <QString>
#include <QVariant>

#include <limits>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;


//! One prepared statement; finalised with the object.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }
    void bind(int index, const QVariant &value); //!< 1-based; empty strings as NULL
    void bindAll(const QVariantList &values, int first = 1);
    //! The hot path's binds, without a QVariant each: text is UTF-8 that must outlive the step
    //! (bound without a copy); empty text and negative-means-absent numbers bind as NULL.
    void bindUtf8(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    //! Ready to step again with other binds (the binds are not cleared: all are bound anew).
    void rewind();
    //! SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isBlob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

namespace logarchivedb {
//! Runs sql (several statements allowed); false with *error set on failure.
bool exec(sqlite3 *db, const QString &sql, QString *error = nullptr);
QString errorOf(sqlite3 *db);
//! The WHERE terms (joined by AND, on entries as "e") and their values for a filter.
QString whereOf(const LogFilter &filter, QVariantList *binds);
QList<LogTimeRange> readRanges(sqlite3 *db);
qint64 metaValue(sqlite3 *db, const char *key);
} // namespace logarchivedb

class ArchiveWriter
{
public:
    enum Outcome { Opened, Locked, Corrupt, Failed };
    //! A page made ready to write (prepare() runs on the decoder thread, ahead of the writer).
    struct Batch
    {
        QList<LogArchiveEntry> entries;
        std::optional<LogTimeRange> coverage;
        qint64 oldestMs = std::numeric_limits<qint64>::max();
    };
    //! The page's entries as rows; a body is decoded first (nullopt when it is not a page).
    static std::optional<Batch> prepare(const LogPage &page, const QByteArray &body,
                                        const std::optional<LogTimeRange> &coverage);

    ~ArchiveWriter();
    Outcome open(const QString &path, QString *message);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    //! One transaction for all the batches; on failure it is rolled back and false returned.
    bool write(const QList<Batch> &batches, int *added, QString *error);
    qint64 total() const { return m_total; }
    bool prune(const LogArchiveLimit &limit, QString *error);
    void setMaxPageCount(int pages);

private:
    //! Into the staging table; insertStaged() moves the transaction's rows to entries.
    bool stageEntry(const LogArchiveEntry &entry, QString *error);
    bool insertStaged(int *added);
    qint64 extraId(const QByteArray &extra, QString *error);
    bool addRange(const LogTimeRange &range, QString *error);
    bool clipRanges(qint64 keepFromMs, QString *error);
    bool deleteOlderThan(qint64 key, QString *error);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqlStatement> m_stage;
    std::unique_ptr<SqlStatement> m_sameId;
    std::unique_ptr<SqlStatement> m_findExtra;
    std::unique_ptr<SqlStatement> m_insertExtra;
    QHash<QByteArray, qint64> m_extraCache;
    qint64 m_total = 0;
    qint64 m_staged = 0; //!< rows in the staging table, this transaction

    qint64 m_serviceOldestMs = 0;
};

class ArchiveReader
{
public:
    ~ArchiveReader();
    bool open(const QString &path, QString *error);
    void close();
    LogArchiveRows search(const LogArchiveQuery &query, qint64 beforeKey, int limit);
    qint64 count(const LogArchiveQuery &query, QString *error);
    LogArchiveHistogram histogram(const LogArchiveQuery &query, int buckets);
    LogArchiveStats stats(const QString &path);
    QByteArray collect(const LogArchiveQuery &query, int *count);

private:
    QByteArray extra(qint64 id);
    //! FROM/WHERE for a query; keyColumn is the column the paging and order use.
    QString fromWhere(const LogArchiveQuery &query, QVariantList *binds, QString *keyColumn) const;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqlStatement> m_extra;
    QHash<qint64, QByteArray> m_extraCache;
};
