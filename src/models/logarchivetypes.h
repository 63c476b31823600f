#pragma once

#include <api/logtypes.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

//! A span of time, both ends inclusive, in milliseconds since the epoch.
struct LogTimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const LogTimeRange &o) const { return fromMs == o.fromMs && toMs == o.toMs; }
};

//! What a search over the archive asks: FTS5 text (words, "phrases", prefix*, AND/OR/NOT;
//! empty for every entry) and the Logs panel's filters.
struct LogArchiveQuery
{
    QString text;
    LogFilter filter;
};

//! One archived entry as a view shows it; entry() rebuilds the JSON the service sent.
struct LogArchiveEntry
{
    qint64 key = 0; //!< the row's key: time-ordered, the paging cursor
    qint64 startedMs = 0;
    qint32 durationMs = -1;
    int status = 0;
    int flags = 0; //!< LogRecord flags and which fields live in columns (logarchiverow.h)
    bool archiveOnly = false; //!< older than the oldest entry the service still has
    QString id;
    QString type;
    QString functionName;
    QString userId;
    QString requestId;
    QString errorCode;
    QString error;
    QString message;
    QByteArray extra; //!< the fields not in columns
    bool hasError() const { return flags & LogRecord::Error; }
    bool isMalformed() const { return flags & LogRecord::Malformed; }
};

struct LogArchiveRows
{
    QList<LogArchiveEntry> rows; //!< newest first
    bool atEnd = true;
    qint64 elapsedMs = 0;
    QString error; //!< e.g. an FTS5 syntax error; rows is empty then
};

struct LogArchiveHistogram
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<int> entries;
    QList<int> errors;
};

struct LogArchiveStats
{
    qint64 entries = 0;
    qint64 bytes = 0; //!< the file and its write-ahead log
    qint64 oldestMs = 0;
    qint64 newestMs = 0;
    qint64 serviceOldestMs = 0; //!< 0 when no fetch has reached the service's end yet
    QList<LogTimeRange> ranges; //!< complete ranges, newest first
};

//! The most an archive may hold; the oldest entries go first. 0 means no limit.
struct LogArchiveLimit
{
    qint64 maxBytes = 0;
    int maxAgeDays = 0;
};

//! The range a page proves complete: from its end cursor (or the start filter) up to where it
//! was asked from (its cursor, the end filter, or the time it was asked). Only an unfiltered
//! page proves anything; nullopt otherwise.
std::optional<LogTimeRange> logPageCoverage(const LogFilter &filter, const LogCursor &requested,
                                            qint64 askedAtMs,
                                            const std::optional<QString> &nextEndDate);

//! What a sync fetches.
enum class LogSyncScope {
    Newer, //!< above the newest complete range, and between complete ranges
    ToTheEnd, //!< those, and below the oldest complete range (an interrupted Everything resumes)
    Everything, //!< all the service has, held or not: only that tells what it no longer keeps
};

//! The time ranges still to fetch, newest first (all of them up to now when nothing is held).
QList<LogTimeRange> logArchiveGaps(const QList<LogTimeRange> &ranges, qint64 nowMs,
                                   LogSyncScope scope);

//! ranges with one more, overlapping and adjacent ones merged, newest first.
QList<LogTimeRange> mergeLogRanges(QList<LogTimeRange> ranges, const LogTimeRange &added);

Q_DECLARE_METATYPE(LogTimeRange)
