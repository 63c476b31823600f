#pragma once

#include "logstore.h"

#include <QPromise>

//! Writing loaded log entries to a file: JSON Lines (each entry as received) or CSV.
namespace logexport {
enum class Format { JsonLines, Csv };

//! Runs on a worker (QtConcurrent::run): writes the rows (every row when empty) of a snapshot
//! of the store to filePath through a QSaveFile, reporting progress in rows and stopping when
//! cancelled. The result is an error text, empty on success.
void write(QPromise<QString> &promise, const LogStore &store, const QList<int> &rows,
           const QString &filePath, Format format);

QByteArray csvHeader();
QByteArray csvLine(const LogStore &store, const LogRecord &record);
} // namespace logexport
