#pragma once

#include "../reply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QUrlQuery;

namespace stitchlocal {

class Store;

//! The filters and cursor of one GET .../logs request, as the reference names them.
struct LogQuery
{
    QString coId;
    QString userId;
    QStringList types; //!< any of them
    bool errorsOnly = false;
    std::optional<qint64> startMs; //!< exclusive
    std::optional<qint64> endMs; //!< inclusive
    int limit = 100;
    qint64 skip = 0; //!< entries of the ordered result to pass over, counted from end_date
};

//! Reads the query string; 400 InvalidParameter for a bad date, number, flag or type.
//! Empty values count as absent.
Failure parseLogQuery(const QUrlQuery &query, LogQuery *parsed);

//! One page: entries newest first (ties by insertion, newest first) and the cursor of the next.
struct LogPage
{
    QList<QByteArray> docs; //!< each entry's stored JSON
    std::optional<qint64> nextEndMs; //!< set while more entries remain
    std::optional<qint64> nextSkip; //!< set when the next page starts inside this page's last tie

    //! {logs, nextEndDate, nextSkip}, spliced from the stored JSON without re-encoding it.
    QByteArray toJson() const;
};

//! Reads one page of an app's history. Cost is that of the page, whatever its depth: the
//! query walks an (app, [filter], started, seq) index backwards from end_date, and skip only
//! passes over the entries sharing end_date's millisecond.
bool readLogPage(const Store &store, const QString &appId, const LogQuery &query, LogPage *page);

//! Milliseconds since the epoch as the API writes dates: ISO 8601, UTC, with milliseconds.
QString isoFromMs(qint64 ms);

} // namespace stitchlocal
