// The export half of AppsPanel: download with progress, then write the file off the UI thread.
#include "appspanel.h"
#include "ui_appspanel.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <models/applistmodel.h>
#include <session/session.h>

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Runs on a worker thread: an export can be megabytes, and a slow disk must not freeze the UI.
QString writeFile(const QString &filePath, const QByteArray &data)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}
} // namespace

void AppsPanel::exportSelectedApp()
{
    const App app = selectedApp();
    if (app.isNull() || isExporting())
        return;
    auto *dialog = new QFileDialog(this, tr("Export App"),
                                   QDir::home().filePath(app.name + QStringLiteral(".zip")),
                                   tr("Zip archives (*.zip)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AppsPanel::exportSelectedAppTo);
    dialog->open();
}

void AppsPanel::exportSelectedAppTo(const QString &filePath)
{
    const App app = selectedApp();
    if (app.isNull() || isExporting() || filePath.isEmpty())
        return;
    const QString groupId = app.groupId.isEmpty() ? m_model->groupId() : app.groupId;
    m_exportJob = appcalls::exportZip(*m_session->client(), groupId, app.id);
    m_ui->exportLabel->setText(tr("Exporting “%1”…").arg(app.name));
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportCancelButton->setEnabled(true);
    m_ui->exportBox->show();
    connect(m_exportJob, &ApiJob::downloadProgress, this, [this](qint64 received, qint64 total) {
        // QProgressBar counts in int; a percentage keeps large exports in range.
        if (total > 0) {
            m_ui->exportProgress->setRange(0, 100);
            m_ui->exportProgress->setValue(int(received * 100 / total));
        }
    });
    connect(m_exportJob, &ApiJob::finished, this,
            [this, filePath](ApiJob *job) { onExportDownloaded(job, filePath); });
    updateActions();
}

void AppsPanel::cancelExport()
{
    if (m_exportJob)
        m_exportJob->abandon();
}

void AppsPanel::onExportDownloaded(ApiJob *job, const QString &filePath)
{
    m_exportJob = nullptr;
    if (!job->ok()) {
        if (job->error().kind != ApiError::Cancelled) {
            m_ui->errorBanner->setRetryVisible(false);
            m_ui->errorBanner->showError(job->error());
        }
        endExport(false, filePath);
        return;
    }
    m_writing = true;
    m_ui->exportLabel->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(filePath)));
    m_ui->exportProgress->setRange(0, 100);
    m_ui->exportProgress->setValue(100);
    m_ui->exportCancelButton->setEnabled(false);
    QtConcurrent::run(writeFile, filePath, job->body())
        .then(this, [this, filePath](const QString &error) {
            m_writing = false;
            if (!error.isEmpty()) {
                m_ui->errorBanner->setRetryVisible(false);
                m_ui->errorBanner->showMessage(
                    tr("Could not save %1: %2").arg(QDir::toNativeSeparators(filePath), error));
            }
            endExport(error.isEmpty(), filePath);
        });
}

void AppsPanel::endExport(bool ok, const QString &filePath)
{
    m_ui->exportBox->hide();
    updateActions();
    if (ok)
        emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(filePath)));
    emit exportFinished(ok, filePath);
}
