#include "logexport.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

namespace logexport {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

QByteArray csvHeader()
{
    return QByteArrayLiteral(
        "started,type,status,name,user_id,co_id,duration_ms,error_code,error,messages\r\n");
}

QByteArray csvLine(const LogStore &store, const LogRecord &r)
{
    const QString started = r.startedMs
        ? QDateTime::fromMSecsSinceEpoch(r.startedMs, Qt::UTC).toString(Qt::ISODateWithMs)
        : QString();
    QByteArrayList fields { csvField(started),
                            csvField(store.text(r.type)),
                            r.status ? QByteArray::number(r.status) : QByteArray(),
                            csvField(store.text(r.name)),
                            csvField(store.text(r.userId)),
                            csvField(store.text(r.coId)),
                            r.durationMs >= 0 ? QByteArray::number(r.durationMs) : QByteArray(),
                            csvField(store.text(r.errorCode)),
                            csvField(store.text(r.error)),
                            csvField(store.text(r.messages)) };
    return fields.join(',') + "\r\n";
}

void write(QPromise<QString> &promise, const LogStore &store, const QList<int> &rows,
           const QString &filePath, Format format)
{
    const int total = rows.isEmpty() ? store.size() : int(rows.size());
    promise.setProgressRange(0, total);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        promise.addResult(file.errorString());
        return;
    }
    QByteArray chunk;
    if (format == Format::Csv)
        chunk = csvHeader();
    for (int i = 0; i < total; ++i) {
        const int row = rows.isEmpty() ? i : rows.at(i);
        if (row < 0 || row >= store.size())
            continue;
        const LogRecord &r = store.at(row);
        if (format == Format::Csv) {
            chunk += csvLine(store, r);
        } else {
            chunk += store.rawJson(r);
            chunk += '\n';
        }
        if (chunk.size() > (1 << 20) || i + 1 == total) {
            if (file.write(chunk) != chunk.size()) {
                promise.addResult(file.errorString());
                file.cancelWriting();
                return;
            }
            chunk.clear();
        }
        if (i % 1000 == 999 || i + 1 == total) {
            promise.setProgressValue(i + 1);
            if (promise.isCanceled()) {
                file.cancelWriting();
                promise.addResult(QStringLiteral("cancelled"));
                return;
            }
        }
    }
    if (!chunk.isEmpty() && file.write(chunk) != chunk.size()) {
        promise.addResult(file.errorString());
        file.cancelWriting();
        return;
    }
    if (!file.commit()) {
        promise.addResult(file.errorString());
        return;
    }
    promise.addResult(QString());
}

} // namespace logexport
