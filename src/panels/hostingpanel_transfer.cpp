// The Hosting panel's uploads (dialog, drop) and folder sync: plans and batches.
#include "hostingpanel.h"
#include "hostingpanel_p.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <models/assettreemodel.h>
#include <models/syncplanmodel.h>
#include <models/transferreportmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

using hostingpanel::sizeText;

// ---- uploads -----------------------------------------------------------------------------

void HostingPanel::uploadLocal(const QStringList &localPaths, const QString &folder)
{
    if (localPaths.isEmpty() || appId().isEmpty())
        return;
    const QString base = folder.isEmpty() ? QStringLiteral("/") : folder;
    // Listing folders can take a while: off the UI thread.
    const quint64 generation = ++m_scanGeneration;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<QList<LocalAsset>>(this);
    connect(watcher, &QFutureWatcher<QList<LocalAsset>>::finished, this,
            [this, watcher, generation, base] {
                watcher->deleteLater();
                m_busy->setRunning(m_model->isLoading());
                if (generation != m_scanGeneration)
                    return;
                QList<HostingTransfer::Item> items;
                for (const LocalAsset &local : watcher->result()) {
                    HostingTransfer::Item item;
                    item.remotePath = hostingsync::remotePathFor(base, local.relativePath);
                    item.local = local;
                    const QString type = hostingcalls::contentTypeFor(local.localFile);
                    if (!type.isEmpty())
                        item.attrs.append({ QStringLiteral("Content-Type"), type });
                    items.append(item);
                }
                if (items.isEmpty()) {
                    m_banner->setRetryVisible(false);
                    m_banner->showMessage(tr("There were no files to upload."));
                    return;
                }
                runBatch(items, tr("Uploading"));
            });
    watcher->setFuture(QtConcurrent::run([localPaths] {
        QList<LocalAsset> all;
        for (const QString &path : localPaths) {
            const QFileInfo info(path);
            if (info.isDir()) {
                const QString name = info.fileName();
                QList<LocalAsset> inside = hostingsync::scanFolder(info.absoluteFilePath());
                for (LocalAsset &local : inside)
                    local.relativePath = name + QLatin1Char('/') + local.relativePath;
                all += inside;
            } else {
                // A file that is not there is reported in the batch ("gone from disk").
                all.append(hostingsync::describeFile(path));
            }
        }
        return all;
    }));
}

void HostingPanel::askUploadFiles()
{
    auto *dialog = new QFileDialog(this, tr("Upload Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("uploadFilesDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    const QString folder = currentFolder();
    connect(dialog, &QFileDialog::filesSelected, this,
            [this, folder](const QStringList &files) { uploadLocal(files, folder); });
    dialog->open();
}

void HostingPanel::askUploadFolder()
{
    auto *dialog = new QFileDialog(this, tr("Upload Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("uploadFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString folder = currentFolder();
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, folder](const QString &dir) { uploadLocal({ dir }, folder); });
    dialog->open();
}

void HostingPanel::runBatch(const QList<HostingTransfer::Item> &items, const QString &title)
{
    if (m_transfer)
        m_transfer->deleteLater();
    m_transfer = new HostingTransfer(session()->client(), groupId(), appId(), this);
    m_transfer->setStopOnError(m_stopOnError->isChecked());
    // Progress shows at most every ProgressIntervalMs: a thousand small files would otherwise
    // repaint the bar and the label for each file and each chunk.
    connect(m_transfer, &HostingTransfer::progressChanged, this, [this] {
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
    });
    connect(m_transfer, &HostingTransfer::itemFinished, this, &HostingPanel::onTransferItem);
    connect(m_transfer, &HostingTransfer::finished, this, &HostingPanel::onTransferFinished);
    connect(m_transfer, &HostingTransfer::paused, this, [this](const ApiError &error) {
        m_progressTimer->stop();
        onTransferProgress();
        m_transferLabel->setText(
            tr("Paused: the session ended (%1). Sign in again and the batch goes on from the "
               "file that did not land.")
                .arg(error.summary()));
        updateActions();
    });
    m_transferBox->setTitle(title);
    m_transferBox->show();
    m_banner->clear();
    m_transfer->start(items);
    onTransferProgress();
    m_report->setErrorColor(errorColor(palette())); // the palette may have changed since
    m_report->setTransfer(m_transfer);
    emit transferStarted(m_transfer);
    updateActions();
}

void HostingPanel::onTransferProgress()
{
    if (!m_transfer)
        return;
    const qint64 total = m_transfer->bytesTotal();
    const int files = m_transfer->filesTotal();
    const double fraction = total > 0 ? double(m_transfer->bytesDone()) / double(total)
                                      : (files > 0 ? double(m_transfer->filesDone()) / files : 1.0);
    m_progress->setValue(int(fraction * 1000));
    if (m_transfer->state() == HostingTransfer::State::Paused)
        return;
    m_progress->setFormat(QStringLiteral("%p%"));
    m_transferLabel->setText(tr("%1 of %2 files, %3 of %4")
                                 .arg(m_transfer->filesDone())
                                 .arg(files)
                                 .arg(sizeText(m_transfer->bytesDone()), sizeText(total)));
}

void HostingPanel::onTransferItem(int index)
{
    // The report's model shows the outcome; a failure is scrolled into view.
    if (m_transfer && index < m_transfer->items().size()
        && m_transfer->items().at(index).outcome == HostingTransfer::Outcome::Failed)
        m_outcomes->scrollTo(m_report->index(index, 0));
}

void HostingPanel::onTransferFinished()
{
    if (!m_transfer)
        return;
    m_progressTimer->stop();
    onTransferProgress(); // the bar at its end; the label is the summary below
    const int uploaded = m_transfer->count(HostingTransfer::Outcome::Uploaded);
    const int deleted = m_transfer->count(HostingTransfer::Outcome::Deleted);
    const int failed = m_transfer->count(HostingTransfer::Outcome::Failed);
    const int skipped = m_transfer->count(HostingTransfer::Outcome::Skipped);
    const int cancelled = m_transfer->count(HostingTransfer::Outcome::Cancelled);
    QStringList parts;
    parts << tr("%n uploaded", nullptr, uploaded);
    if (deleted)
        parts << tr("%n deleted", nullptr, deleted);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (skipped)
        parts << tr("%n skipped", nullptr, skipped);
    if (cancelled)
        parts << tr("%n not sent", nullptr, cancelled);
    m_transferLabel->setText(tr("Done: %1.").arg(parts.join(QStringLiteral(", "))));
    emit statusMessage(tr("Hosting: %1.").arg(parts.join(QStringLiteral(", "))));
    updateActions();
    if (uploaded + deleted > 0)
        session()->notifyAppDataChanged();
    refresh();
    emit transferFinished();
}

void HostingPanel::cancelTransfer()
{
    if (m_transfer)
        m_transfer->cancel();
}

void HostingPanel::setStopOnError(bool stop)
{
    m_stopOnError->setChecked(stop);
}

void HostingPanel::setDeleteGone(bool remove)
{
    m_deleteGone->setChecked(remove);
}

// ---- sync ---------------------------------------------------------------------------------

void HostingPanel::askSync()
{
    auto *dialog = new QFileDialog(this, tr("Sync Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("syncFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString folder = currentFolder();
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, folder](const QString &dir) { planSync(dir, folder); });
    dialog->open();
}

void HostingPanel::planSync(const QString &localFolder, const QString &remoteFolder)
{
    if (appId().isEmpty() || !checkPath(remoteFolder))
        return;
    m_planReady = false;
    m_planning = true;
    m_planFolder = remoteFolder;
    m_planBox->setTitle(tr("Sync plan: %1 → %2").arg(QDir::toNativeSeparators(localFolder),
                                                      remoteFolder));
    m_planSummary->setText(tr("Reading and hashing the local files…"));
    m_planModel->clear();
    m_planBox->show();
    m_busy->setRunning(true);
    updateActions();
    const quint64 generation = ++m_scanGeneration;
    // The server's list and the local hashes are fetched side by side; parsing the list and
    // comparing happen off the UI thread too, once both are in.
    auto remote = std::make_shared<std::optional<QByteArray>>();
    auto local = std::make_shared<std::optional<QList<LocalAsset>>>();
    auto tryPlan = [this, remote, local, generation, remoteFolder] {
        if (generation != m_scanGeneration || !remote->has_value() || !local->has_value())
            return;
        auto *planner = new QFutureWatcher<SyncPlan>(this);
        connect(planner, &QFutureWatcher<SyncPlan>::finished, this,
                [this, planner, generation] {
                    planner->deleteLater();
                    if (generation == m_scanGeneration)
                        showPlan(planner->result());
                });
        planner->setFuture(QtConcurrent::run(
            [json = **remote, files = **local, remoteFolder] {
                QString why;
                const QList<HostingAsset> assets
                    = hostingcalls::parseAssets(QJsonDocument::fromJson(json), &why);
                return hostingsync::plan(files, assets, remoteFolder);
            }));
    };
    auto *list = hostingcalls::listRaw(*session()->client(), groupId(), appId());
    list->onFinished(this, [this, remote, tryPlan, generation](ApiJob *job) {
        if (generation != m_scanGeneration)
            return;
        if (!job->ok()) {
            ++m_scanGeneration;
            m_planning = false;
            m_busy->setRunning(m_model->isLoading());
            m_planSummary->setText(tr("Cannot list the server's files."));
            m_banner->showError(job->error());
            updateActions();
            return;
        }
        *remote = job->body();
        tryPlan();
    });
    auto *watcher = new QFutureWatcher<QList<LocalAsset>>(this);
    connect(watcher, &QFutureWatcher<QList<LocalAsset>>::finished, this,
            [watcher, local, tryPlan] {
                watcher->deleteLater();
                *local = watcher->result();
                tryPlan();
            });
    watcher->setFuture(QtConcurrent::run([localFolder] {
        QList<LocalAsset> files = hostingsync::scanFolder(localFolder);
        hostingsync::hashAll(files);
        return files;
    }));
}

void HostingPanel::showPlan(const SyncPlan &plan)
{
    m_busy->setRunning(m_model->isLoading());
    m_planning = false;
    m_plan = plan;
    m_planModel->setPlan(m_plan);
    const int unreadable = m_planModel->unreadableCount();
    QString summary = tr("%1 new, %2 changed, %3 unchanged, %4 only on the server. %5 to send.")
                          .arg(m_plan.count(SyncEntry::New))
                          .arg(m_plan.count(SyncEntry::Changed))
                          .arg(m_plan.count(SyncEntry::Unchanged))
                          .arg(m_plan.count(SyncEntry::OnlyOnServer))
                          .arg(sizeText(m_plan.bytesToSend()));
    if (unreadable)
        summary += QLatin1Char(' ')
            + tr("%n file(s) could not be read and will be skipped.", nullptr, unreadable);
    m_planSummary->setText(summary);
    m_planReady = true;
    updateActions();
    emit planReady();
}

void HostingPanel::startSync()
{
    if (!m_planReady)
        return;
    QList<HostingTransfer::Item> items;
    for (const SyncEntry &entry : std::as_const(m_plan.entries)) {
        HostingTransfer::Item item;
        item.remotePath = entry.remotePath;
        if (entry.kind == SyncEntry::New || entry.kind == SyncEntry::Changed) {
            if (!entry.local.error.isEmpty())
                continue;
            item.local = entry.local;
            if (entry.kind == SyncEntry::Changed) {
                item.attrs = entry.remote.attrs; // a new version keeps the attributes set
            } else {
                const QString type = hostingcalls::contentTypeFor(entry.local.localFile);
                if (!type.isEmpty())
                    item.attrs.append({ QStringLiteral("Content-Type"), type });
            }
            items.append(item);
        } else if (entry.kind == SyncEntry::OnlyOnServer && m_deleteGone->isChecked()) {
            item.action = HostingTransfer::Item::Delete;
            items.append(item);
        }
    }
    m_planReady = false;
    m_planBox->hide();
    if (items.isEmpty()) {
        m_transferBox->setTitle(tr("Sync"));
        m_report->setTransfer(nullptr);
        m_transferLabel->setText(tr("Everything is up to date: nothing was sent."));
        m_progress->setValue(1000);
        m_transferBox->show();
        emit statusMessage(tr("Hosting is up to date with the folder."));
        updateActions();
        emit transferFinished();
        return;
    }
    runBatch(items, tr("Sync"));
}

void HostingPanel::discardPlan()
{
    ++m_scanGeneration;
    m_planning = false;
    m_planReady = false;
    m_plan = SyncPlan();
    m_planModel->clear();
    m_planBox->hide();
    updateActions();
}

