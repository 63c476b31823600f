// Load all and export for LogsPanel: long jobs with progress and cancel, the UI never waits.
#include "logspanel.h"
#include "ui_logspanel.h"

#include "logexportdialog.h"

#include <models/logmodel.h>

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

void LogsPanel::onLoadAllChanged(bool running)
{
    m_ui->loadAllBox->setVisible(running);
    if (running) {
        m_ui->loadAllLabel->setText(tr("Loading all entries…"));
        // The total is unknown until the last page: a busy bar with the count beside it.
        m_ui->loadAllProgress->setRange(0, 0);
    }
    updateStatus();
}

void LogsPanel::onLoadAllProgress(int rows, qint64 oldestMs)
{
    const QLocale locale;
    m_ui->loadAllLabel->setText(
        tr("Loaded %1 entries, back to %2")
            .arg(locale.toString(rows),
                 locale.toString(QDateTime::fromMSecsSinceEpoch(oldestMs), QLocale::ShortFormat)));
}

void LogsPanel::exportEntries()
{
    if (isExporting() || m_model->rowCount() == 0)
        return;
    askLogExportFile(this, tr("Export Log Entries"), QStringLiteral("logs.jsonl"),
                     [this](const QString &path) { exportEntriesTo(path); });
}

void LogsPanel::exportEntriesTo(const QString &filePath)
{
    if (isExporting() || filePath.isEmpty())
        return;
    QList<int> rows;
    const QModelIndexList selected = m_ui->logTable->selectionModel()->selectedRows();
    if (selected.size() > 1) {
        for (const QModelIndex &index : selected)
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    }
    const auto format = filePath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? logexport::Format::Csv
        : logexport::Format::JsonLines;
    m_exportPath = filePath;
    m_exportCount = rows.isEmpty() ? m_model->rowCount() : int(rows.size());
    m_ui->logsExportLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(filePath)));
    m_ui->logsExportProgress->setRange(0, m_exportCount);
    m_ui->logsExportProgress->setValue(0);
    m_ui->logsExportBox->show();
    // The worker gets a snapshot: the store's members are shared until the model changes them.
    m_export.setFuture(
        QtConcurrent::run(&logexport::write, m_model->store(), rows, filePath, format));
    updateStatus();
}

void LogsPanel::cancelExport()
{
    if (m_export.isRunning())
        m_export.cancel();
}

void LogsPanel::onExportDone()
{
    m_ui->logsExportBox->hide();
    const QFuture<QString> future = m_export.future();
    const QString error = future.resultCount() > 0 ? future.result() : QStringLiteral("cancelled");
    const bool ok = error.isEmpty();
    if (ok) {
        // %Ln: the count in the user's digit grouping ("1,234").
        emit statusMessage(tr("Exported %Ln entries to %1", nullptr, m_exportCount)
                               .arg(QDir::toNativeSeparators(m_exportPath)));
    } else if (error != QLatin1String("cancelled")) {
        m_ui->logsErrorBanner->setRetryVisible(false);
        m_ui->logsErrorBanner->showMessage(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_exportPath), error));
    }
    updateStatus();
    emit exportFinished(ok, m_exportPath);
}
