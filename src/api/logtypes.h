#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QJsonValue;

//! The filters of GET /groups/{groupId}/apps/{appId}/logs, as the reference and WIRE.md name
//! them. An empty member is not sent.
struct LogFilter
{
    bool errorsOnly = false;
    QStringList types; //!< any of them; sent comma-separated as "type"
    QString userId;
    QString coId; //!< the request id
    QDateTime start; //!< exclusive
    QDateTime end; //!< inclusive

    bool isEmpty() const
    {
        return !errorsOnly && types.isEmpty() && userId.isEmpty() && coId.isEmpty()
            && !start.isValid() && !end.isValid();
    }
    bool operator==(const LogFilter &o) const
    {
        return errorsOnly == o.errorsOnly && types == o.types && userId == o.userId
            && coId == o.coId && start == o.start && end == o.end;
    }
    bool operator!=(const LogFilter &o) const { return !(*this == o); }
};

//! Where the next page starts: the previous answer's nextEndDate and nextSkip, sent back as
//! end_date and skip. A null cursor asks for the first page.
struct LogCursor
{
    QString endDate; //!< exactly as the server wrote it
    qint64 skip = 0;
    bool isNull() const { return endDate.isEmpty(); }
    bool operator==(const LogCursor &other) const
    {
        return endDate == other.endDate && skip == other.skip;
    }
    bool operator!=(const LogCursor &other) const { return !(*this == other); }
};

//! The query string of one page request: filter, cursor, and for a tail the start_date.
QUrlQuery logQuery(const LogFilter &filter, const LogCursor &cursor = {}, int limit = 0);
//! Dates as the API writes them: ISO 8601, UTC, milliseconds.
QString logDate(const QDateTime &date);
QString logDateFromMs(qint64 ms);

//! One entry of a page in a few dozen bytes: times as numbers, strings as indexes into the
//! page's (later the store's) string table, the entry's JSON kept in the page's compressed
//! blob for the detail pane.
struct LogRecord
{
    enum Flag : quint8 {
        Error = 1, //!< has an error, error_code, or a status of 400 and above
        Malformed = 2, //!< not an object, or without a readable "started"
        AuthFailed = 4,
    };
    qint64 startedMs = 0;
    qint32 durationMs = -1; //!< -1 when "completed" is missing
    quint16 status = 0;
    quint8 flags = 0;
    enum MalformedWhy : quint8 { NotMalformed, NotAnObject, NoStartedDate };
    quint8 malformedWhy = NotMalformed;
    quint64 idHash = 0; //!< of _id (or of the raw text when there is none): duplicates
    // Indexes into a string table; 0 is the empty string.
    quint32 type = 0;
    quint32 name = 0; //!< function, webhook or trigger name
    quint32 userId = 0;
    quint32 coId = 0;
    quint32 errorCode = 0;
    quint32 error = 0;
    quint32 messages = 0; //!< joined with newlines
    // Where the raw JSON is: which blob, and the range in its uncompressed text.
    quint32 blob = 0;
    quint32 offset = 0;
    quint32 length = 0;

    bool hasError() const { return flags & Error; }
    bool isMalformed() const { return flags & Malformed; }
};

//! One decoded page: compact records, the strings they point to, the entries' JSON compressed
//! together, and the cursor of the next page.
struct LogPage
{
    QList<LogRecord> records; //!< newest first, as received; blob is 0 for all of them
    QStringList strings; //!< strings[0] is ""
    QByteArray compressed; //!< qCompress of the entries' JSON, one after another
    std::optional<QString> nextEndDate; //!< absent on the last page
    qint64 nextSkip = 0;
    int malformed = 0;
};

namespace parse {
//! Decodes one answer of GET .../logs ({logs, nextEndDate, nextSkip}). Entries that are not
//! objects or have no readable "started" are kept and flagged Malformed; only a body that is not
//! such an object at all sets *why. Pure and thread-safe: it runs on a worker.
LogPage logPage(const QByteArray &body, QString *why);
//! Decodes a page as logPage() does, but hands each entry to visit (its decoded value, its JSON
//! as logPage() would keep it, its record, and the page's strings so far) instead of keeping the
//! JSON compressed: a reader that needs each entry once (the archive) decodes the page once.
using LogEntryVisitor = std::function<void(const QJsonValue &value, const QByteArray &json,
                                           const LogRecord &record, const QStringList &strings)>;
LogPage logPage(const QByteArray &body, QString *why, const LogEntryVisitor &visit);

//! A page's cursor read ahead of decoding it, from a scan of the top-level keys that costs a
//! tenth of a parse: the next page can be asked for while this one decodes. certain is false
//! when the scan cannot be sure to read what logPage will (not an object, escapes, repeated
//! keys, an odd number); next is nullopt on the last page.
struct LogCursorScan
{
    bool certain = false;
    std::optional<LogCursor> next;
};
LogCursorScan logPageCursor(const QByteArray &body);
//! Milliseconds since the epoch of an ISO 8601 date; nullopt when it is not one.
std::optional<qint64> logMs(const QString &iso);
} // namespace parse
