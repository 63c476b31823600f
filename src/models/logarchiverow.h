#pragma once

// How an entry is laid out in the archive: the searched fields in columns, the rest as compact
// JSON ("extra") that is shared between entries that differ only in their columns. Flags say
// which of the entry's keys went into columns, so entryJson() gives back what was sent.

#include "logarchivetypes.h"

#include <QJsonValue>

namespace logarchiverow {

enum ColumnFlag : int {
    // The low byte holds LogRecord's flags (Error, Malformed, AuthFailed).
    IdInColumn = 1 << 8,
    StartedInColumn = 1 << 9,
    CompletedInColumn = 1 << 10,
    StatusInColumn = 1 << 11,
    TypeInColumn = 1 << 12,
    UserInColumn = 1 << 13,
    RequestInColumn = 1 << 14,
    ErrorInColumn = 1 << 15,
    ErrorCodeInColumn = 1 << 16,
    MessagesInColumn = 1 << 17,
    FunctionNameInColumn = 1 << 18,
    NotAnObject = 1 << 19,
};

//! The row for entry raw (as sent) and its decoded record; strings are the page's table.
LogArchiveEntry fromEntry(const QByteArray &raw, const LogRecord &record,
                          const QStringList &strings);
//! The same, from the entry's value as the page's decoding gave it (not decoded again).
LogArchiveEntry fromEntry(const QByteArray &raw, const QJsonValue &decoded,
                          const LogRecord &record, const QStringList &strings);
//! The entry as the service sent it (secrets redacted).
QJsonValue entryJson(const LogArchiveEntry &row);
QByteArray entryBytes(const LogArchiveEntry &row);

//! "secret=" values in URLs (webhook secrets) replaced, so the archive holds none.
QString redactSecrets(const QString &text);
QByteArray redactSecrets(const QByteArray &json);

//! Keys in time order: the start time and a slot for entries of the same millisecond.
constexpr int kSlotBits = 12;
inline qint64 keyFloor(qint64 ms) { return qMax<qint64>(0, ms) << kSlotBits; }
inline qint64 msOfKey(qint64 key) { return key >> kSlotBits; }

//! 24 lowercase hex digits (an ObjectId) stored as its 12 bytes; other ids as text.
QVariant packId(const QString &id);
QString unpackId(const QByteArray &bytes, bool isBlob);

} // namespace logarchiverow
