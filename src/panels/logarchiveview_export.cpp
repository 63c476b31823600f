// Export of an archive search: every match, rebuilt as the service sent it, written by the same
// code as the Logs panel's export (JSON Lines or CSV), on a worker.
#include "logarchiveview.h"

#include "logexportdialog.h"

#include <models/logarchivemodel.h>
#include <models/logexport.h>

#include <QDir>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

void LogArchiveView::exportResult()
{
    if (isExporting() || m_model->rowCount() == 0)
        return;
    askLogExportFile(this, tr("Export Archived Log Entries"),
                     QStringLiteral("archived-logs.jsonl"),
                     [this](const QString &path) { exportResultTo(path); });
}

void LogArchiveView::exportResultTo(const QString &filePath)
{
    if (isExporting() || filePath.isEmpty())
        return;
    const auto format = filePath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? logexport::Format::Csv
        : logexport::Format::JsonLines;
    m_exportPath = filePath;
    m_exportButton->setEnabled(false);
    // The matches are gathered on the archive's reader, then decoded and written on a worker.
    m_archive->collect(m_model->query(), this,
                       [this, filePath, format](const QByteArray &body, int count) {
                           m_exportCount = count;
                           m_export.setFuture(QtConcurrent::run(
                               [body, filePath, format](QPromise<QString> &promise) {
                                   QString why;
                                   const LogPage page = parse::logPage(body, &why);
                                   LogStore store;
                                   store.append(store.adopt(page));
                                   logexport::write(promise, store, {}, filePath, format);
                               }));
                       });
}
