#include "hostingpanel.h"
#include "hostingpanel_p.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <models/assettreemodel.h>
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

namespace {

constexpr qint64 PreviewLimit = 4 * 1024 * 1024;
constexpr int TextPreviewChars = 200000;

bool isTextType(const QString &type, const QString &path)
{
    if (type.startsWith(QLatin1String("text/")) || type.contains(QLatin1String("json"))
        || type.contains(QLatin1String("javascript")) || type.contains(QLatin1String("xml")))
        return true;
    static const QStringList textExtensions { QStringLiteral("txt"),  QStringLiteral("md"),
                                              QStringLiteral("html"), QStringLiteral("htm"),
                                              QStringLiteral("css"),  QStringLiteral("js"),
                                              QStringLiteral("json"), QStringLiteral("svg"),
                                              QStringLiteral("xml"),  QStringLiteral("csv") };
    return textExtensions.contains(QFileInfo(path).suffix().toLower());
}

bool isImageType(const QString &type, const QString &path)
{
    if (type.startsWith(QLatin1String("image/")) && type != QLatin1String("image/svg+xml"))
        return true;
    static const QStringList imageExtensions { QStringLiteral("png"), QStringLiteral("jpg"),
                                               QStringLiteral("jpeg"), QStringLiteral("gif"),
                                               QStringLiteral("bmp"), QStringLiteral("webp"),
                                               QStringLiteral("ico") };
    return imageExtensions.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

HostingPanel::HostingPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
    , m_model(new AssetTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("hostingPanel"));
    buildLayout();
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(AssetTreeModel::NameColumn);
    m_tree->setModel(m_proxy);
    m_tree->header()->resizeSection(AssetTreeModel::NameColumn, 260);
    m_tree->header()->resizeSection(AssetTreeModel::SizeColumn, 150);
    m_tree->header()->resizeSection(AssetTreeModel::HashColumn, 110);
    m_tree->header()->resizeSection(AssetTreeModel::ModifiedColumn, 140);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        updateCount();
    });
    connect(m_model, &AssetTreeModel::loadingChanged, m_busy, &BusyIndicator::setRunning);
    connect(m_model, &AssetTreeModel::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        m_banner->showError(error);
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &HostingPanel::refresh);
    connect(m_model, &AssetTreeModel::reloaded, this, [this] {
        updateCount();
        if (!m_selectAfterReload.isEmpty())
            selectPath(std::exchange(m_selectAfterReload, QString()));
        onCurrentChanged();
        updateActions();
    });
    connect(m_model, &AssetTreeModel::moveRequested, this, &HostingPanel::onMoveRequested);
    connect(m_model, &AssetTreeModel::filesDropped, this,
            [this](const QList<QUrl> &urls, const QString &folder) {
                QStringList paths;
                for (const QUrl &url : urls)
                    paths << url.toLocalFile();
                uploadLocal(paths, folder);
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HostingPanel::onCurrentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostingPanel::updateActions);

    connect(m_uploadFiles, &QPushButton::clicked, this, &HostingPanel::askUploadFiles);
    connect(m_uploadFolder, &QPushButton::clicked, this, &HostingPanel::askUploadFolder);
    connect(m_sync, &QPushButton::clicked, this, &HostingPanel::askSync);
    connect(m_newFolder, &QPushButton::clicked, this, &HostingPanel::askNewFolder);
    connect(m_rename, &QPushButton::clicked, this, &HostingPanel::askRename);
    connect(m_copy, &QPushButton::clicked, this, &HostingPanel::askCopy);
    connect(m_delete, &QPushButton::clicked, this, &HostingPanel::deleteSelected);
    connect(m_attributes, &QPushButton::clicked, this, &HostingPanel::askAttributes);
    connect(m_invalidate, &QPushButton::clicked, this, &HostingPanel::invalidateCache);
    connect(m_open, &QPushButton::clicked, this, &HostingPanel::openInBrowser);
    connect(m_copyUrl, &QPushButton::clicked, this, &HostingPanel::copyUrl);
    connect(m_refresh, &QPushButton::clicked, this, &HostingPanel::refresh);
    connect(m_startSync, &QPushButton::clicked, this, &HostingPanel::startSync);
    connect(m_discardPlan, &QPushButton::clicked, this, &HostingPanel::discardPlan);
    connect(m_cancel, &QPushButton::clicked, this, &HostingPanel::cancelTransfer);
    connect(m_closeReport, &QPushButton::clicked, this, [this] { m_transferBox->hide(); });
    // A batch paused by an expired session goes on once the user has signed in again.
    connect(session, &Session::signedIn, this, [this] {
        if (m_transfer && m_transfer->state() == HostingTransfer::State::Paused)
            m_transfer->resume();
    });

    declareCalls(bindAction(m_uploadFiles, QKeySequence(Qt::CTRL | Qt::Key_U)),
                 { QStringLiteral("hostingcalls::upload") });
    declareCalls(bindAction(m_uploadFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)),
                 { QStringLiteral("hostingcalls::upload") });
    bindAction(m_sync, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    bindAction(m_newFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    declareCalls(bindAction(m_rename, QKeySequence(Qt::Key_F2)),
                 { QStringLiteral("hostingcalls::move") });
    bindAction(m_copy);
    declareCalls(bindAction(m_delete, QKeySequence::Delete),
                 { QStringLiteral("hostingcalls::remove") });
    declareCalls(
        bindAction(m_attributes, QKeySequence(Qt::ALT | Qt::Key_Return)),
        { QStringLiteral("hostingcalls::get"), QStringLiteral("hostingcalls::setAttributes") });
    declareCalls(bindAction(m_invalidate), { QStringLiteral("hostingcalls::invalidateCache") });
    bindAction(m_open, QKeySequence(Qt::CTRL | Qt::Key_O));
    bindAction(m_copyUrl, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    declareCalls(bindAction(m_refresh), { QStringLiteral("hostingcalls::listRaw") });
    declareCalls(bindAction(m_startSync),
                 { QStringLiteral("hostingcalls::listRaw"), QStringLiteral("hostingcalls::upload"),
                   QStringLiteral("hostingcalls::remove") });
    bindAction(m_cancel);
    updateActions();
}

HostingPanel::~HostingPanel()
{
    ++m_scanGeneration;
    ApiJob::abandonFor(this, m_previewJob);
}

QString HostingPanel::groupId() const
{
    const App app = session()->currentApp();
    return app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
}

QString HostingPanel::appId() const
{
    return session()->currentApp().id;
}

void HostingPanel::reloadForContext()
{
    if (session()->currentApp().isNull() || !session()->isSignedIn()) {
        m_model->clear();
        discardPlan();
        updateCount();
        updateActions();
        return;
    }
    refresh();
}

void HostingPanel::refresh()
{
    markFresh();
    if (session()->currentApp().isNull() || !session()->isSignedIn())
        return;
    m_banner->clear();
    m_model->load(session()->client(), groupId(), appId());
}

void HostingPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool HostingPanel::hasUnsavedChanges() const
{
    return m_transfer && m_transfer->state() != HostingTransfer::State::Finished
        && m_transfer->state() != HostingTransfer::State::Idle;
}

void HostingPanel::openItem(const QString &path)
{
    if (m_model->isLoading() || m_model->assets().isEmpty())
        m_selectAfterReload = path;
    selectPath(path);
}

void HostingPanel::selectPath(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
}

QString HostingPanel::selectedPath() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_tree->selectionModel()->isRowSelected(current.row(), current.parent()))
        return QString();
    return current.data(AssetTreeModel::PathRole).toString();
}

QString HostingPanel::currentFolder() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return QStringLiteral("/");
    return m_model->folderFor(m_proxy->mapToSource(current));
}

void HostingPanel::updateCount()
{
    const int files = m_model->fileCount();
    qint64 bytes = 0;
    for (const HostingAsset &asset : m_model->assets())
        bytes += asset.size;
    m_count->setText(tr("%n file(s), %1", nullptr, files).arg(sizeText(bytes)));
}

void HostingPanel::updateActions()
{
    const bool haveApp = !session()->currentApp().isNull() && session()->isSignedIn();
    const bool busy = m_transfer && (m_transfer->state() == HostingTransfer::State::Running
                                     || m_transfer->state() == HostingTransfer::State::Paused);
    const QString path = selectedPath();
    const bool selected = !path.isEmpty();
    const bool file = selected && !path.endsWith(QLatin1Char('/'));
    const bool idle = haveApp && !busy && m_pendingCalls == 0;
    m_uploadFiles->setEnabled(idle);
    m_uploadFolder->setEnabled(idle);
    m_sync->setEnabled(idle && !m_planning);
    m_newFolder->setEnabled(idle);
    m_invalidate->setEnabled(idle);
    m_refresh->setEnabled(haveApp);
    m_rename->setEnabled(idle && selected);
    m_copy->setEnabled(idle && selected);
    m_delete->setEnabled(idle && !m_tree->selectionModel()->selectedRows().isEmpty());
    m_attributes->setEnabled(idle && file);
    m_open->setEnabled(file);
    m_copyUrl->setEnabled(file);
    m_startSync->setEnabled(idle && m_planReady);
    m_cancel->setEnabled(busy);
    m_stopOnError->setEnabled(!busy);
}

void HostingPanel::onCurrentChanged()
{
    updateActions();
    ApiJob::abandonFor(this, m_previewJob);
    const QModelIndex current = m_tree->currentIndex();
    const AssetNode *node = current.isValid() ? m_model->nodeAt(m_proxy->mapToSource(current))
                                              : nullptr;
    if (!node) {
        m_previewTitle->setText(tr("No file selected"));
        m_details->clear();
        showPreviewText(m_model->fileCount() == 0 && !m_model->isLoading()
                            ? tr("Nothing is hosted yet. Upload files or sync a folder, or drop "
                                 "files here from your desktop.")
                            : tr("Select a file to preview it."));
        return;
    }
    m_previewTitle->setText(node->path);
    if (node->folder) {
        m_details->setText(tr("Folder with %n file(s), %1 in all.", nullptr, node->fileCount)
                               .arg(sizeText(node->totalSize)));
        showPreviewText(tr("A folder: select a file to preview it."));
        return;
    }
    const HostingAsset &asset = node->asset;
    QStringList lines;
    lines << tr("Size: %1 (%2 bytes)").arg(sizeText(asset.size)).arg(asset.size);
    lines << tr("MD5: %1").arg(asset.hash);
    if (asset.lastModified > 0)
        lines << tr("Last modified: %1")
                     .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(asset.lastModified),
                                             QLocale::LongFormat));
    for (const auto &attr : asset.attrs)
        lines << QStringLiteral("%1: %2").arg(attr.first, attr.second);
    lines << tr("URL: %1").arg(asset.url);
    m_details->setText(lines.join(QLatin1Char('\n')));
    const QString type = asset.attribute(QStringLiteral("Content-Type"));
    const bool image = isImageType(type, asset.path);
    const bool text = !image && isTextType(type, asset.path);
    if (!image && !text) {
        showPreviewText(tr("No preview for this kind of file. Open it in the browser to see it."));
        return;
    }
    if (asset.size > PreviewLimit) {
        showPreviewText(tr("Too large to preview (%1).").arg(sizeText(asset.size)));
        return;
    }
    if (asset.url.isEmpty()) {
        showPreviewText(tr("The server gave no URL for this file."));
        return;
    }
    showPreviewText(tr("Loading preview…"));
    auto *job = hostingcalls::fetchServed(*session()->client(), asset.url);
    m_previewJob = job;
    job->onFinished(this, [this, image](ApiJob *job) {
        m_previewJob = nullptr;
        if (!job->ok()) {
            showPreviewText(tr("Cannot load the preview: %1").arg(job->error().summary()));
            return;
        }
        const QByteArray bytes = job->body();
        if (!image) {
            QString text = QString::fromUtf8(bytes.left(TextPreviewChars * 4));
            if (text.size() > TextPreviewChars)
                text = text.left(TextPreviewChars) + QStringLiteral("\n…");
            m_text->setPlainText(text);
            m_previewStack->setCurrentWidget(m_text);
            emit previewShown();
            return;
        }
        // Decoding can take a while for a big picture: off the UI thread.
        const QString shownPath = m_previewTitle->text();
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, shownPath] {
            watcher->deleteLater();
            if (m_previewTitle->text() != shownPath)
                return;
            const QImage decoded = watcher->result();
            if (decoded.isNull()) {
                showPreviewText(tr("The image cannot be decoded."));
                return;
            }
            const QSize room = m_previewStack->size().boundedTo(QSize(1600, 1600));
            QImage shown = decoded;
            if (decoded.width() > room.width() || decoded.height() > room.height())
                shown = decoded.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            m_image->setPixmap(QPixmap::fromImage(shown));
            m_image->setToolTip(tr("%1 × %2 pixels").arg(decoded.width()).arg(decoded.height()));
            m_previewStack->setCurrentWidget(m_image);
            emit previewShown();
        });
        watcher->setFuture(QtConcurrent::run([bytes] { return QImage::fromData(bytes); }));
    });
}

void HostingPanel::showPreviewText(const QString &text)
{
    m_previewHint->setText(text);
    m_previewStack->setCurrentWidget(m_previewHint);
    if (text != tr("Loading preview…"))
        emit previewShown();
}

bool HostingPanel::checkPath(const QString &path)
{
    const QString problem = hostingcalls::pathProblem(path);
    if (problem.isEmpty())
        return true;
    m_banner->setRetryVisible(false);
    m_banner->showMessage(tr("Not sent: %1").arg(problem));
    return false;
}

