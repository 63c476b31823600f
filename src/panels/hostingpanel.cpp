#include "hostingpanel.h"

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
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace {

constexpr qint64 PreviewLimit = 4 * 1024 * 1024;
constexpr int TextPreviewChars = 200000;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

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

QString lastSegment(const QString &path)
{
    QString trimmed = path;
    if (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
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

    bindAction(m_uploadFiles, QKeySequence(Qt::CTRL | Qt::Key_U));
    bindAction(m_uploadFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    bindAction(m_sync, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    bindAction(m_newFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    bindAction(m_rename, QKeySequence(Qt::Key_F2));
    bindAction(m_copy);
    bindAction(m_delete, QKeySequence::Delete);
    bindAction(m_attributes, QKeySequence(Qt::ALT | Qt::Key_Return));
    bindAction(m_invalidate);
    bindAction(m_open, QKeySequence(Qt::CTRL | Qt::Key_O));
    bindAction(m_copyUrl, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    bindAction(m_refresh);
    bindAction(m_startSync);
    bindAction(m_cancel);
    updateActions();
}

HostingPanel::~HostingPanel()
{
    ++m_scanGeneration;
    ApiJob::abandonFor(this, m_previewJob);
}

void HostingPanel::buildLayout()
{
    m_title = new QLabel(tr("Hosting"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("hostingFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter hosted files"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("hostingCountLabel"));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("hostingTree"));
    m_tree->setAccessibleName(tr("Hosted files"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);

    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_uploadFiles = button(tr("&Upload Files…"), "uploadFilesButton",
                           tr("Upload files into the selected folder (Ctrl+U)"));
    m_uploadFolder = button(tr("Upload &Folder…"), "uploadFolderButton",
                            tr("Upload a folder and everything in it (Ctrl+Shift+U)"));
    m_sync = button(tr("S&ync Folder…"), "syncFolderButton",
                    tr("Send only what changed in a local folder (Ctrl+Shift+Y)"));
    m_newFolder = button(tr("&New Folder…"), "newFolderButton",
                         tr("Create an empty folder (Ctrl+Shift+N)"));
    m_rename = button(tr("Re&name / Move…"), "renameAssetButton",
                      tr("Give the selected file or folder a new path (F2); or drag it"));
    m_copy = button(tr("&Copy…"), "copyAssetButton", tr("Copy the selected file or folder"));
    m_delete = button(tr("&Delete…"), "deleteAssetButton",
                      tr("Delete the selected files and folders (Del)"));
    m_attributes = button(tr("&Attributes…"), "attributesButton",
                          tr("Edit the selected file's HTTP attributes (Alt+Enter)"));
    m_invalidate = button(tr("&Invalidate Cache"), "invalidateCacheButton",
                          tr("Ask the CDN to drop its copies of every hosted file"));
    m_open = button(tr("&Open in Browser"), "openInBrowserButton",
                    tr("Open the selected file's URL (Ctrl+O)"));
    m_copyUrl = button(tr("Copy &URL"), "copyUrlButton",
                       tr("Copy the selected file's URL (Ctrl+Shift+C)"));
    m_refresh = button(tr("Refresh"), "refreshHostingButton", tr("List the files again (F5)"));
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading hosted files"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("hostingErrorBanner"));

    m_previewTitle = new QLabel(tr("No file selected"), this);
    m_previewTitle->setObjectName(QStringLiteral("hostingPreviewTitle"));
    m_previewTitle->setFont(titleFont);
    m_previewTitle->setWordWrap(true);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->setObjectName(QStringLiteral("hostingPreviewStack"));
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("hostingPreviewImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(200, 160);
    m_image->setAccessibleName(tr("Image preview"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("hostingPreviewText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text preview"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewHint = new QLabel(this);
    m_previewHint->setObjectName(QStringLiteral("hostingPreviewHint"));
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_previewHint->setWordWrap(true);
    m_previewHint->setForegroundRole(QPalette::PlaceholderText);
    m_previewStack->addWidget(m_previewHint);
    m_previewStack->addWidget(m_image);
    m_previewStack->addWidget(m_text);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("hostingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The sync plan: what a sync would do, before anything is sent.
    m_planBox = new QGroupBox(tr("Sync plan"), this);
    m_planBox->setObjectName(QStringLiteral("syncPlanBox"));
    m_planSummary = new QLabel(m_planBox);
    m_planSummary->setObjectName(QStringLiteral("syncPlanSummary"));
    m_planSummary->setWordWrap(true);
    m_planList = new QTreeWidget(m_planBox);
    m_planList->setObjectName(QStringLiteral("syncPlanList"));
    m_planList->setAccessibleName(tr("Sync plan"));
    m_planList->setHeaderLabels({ tr("Change"), tr("Path"), tr("Size") });
    m_planList->setRootIsDecorated(false);
    m_planList->setUniformRowHeights(true);
    m_planList->header()->resizeSection(0, 130);
    m_planList->header()->resizeSection(1, 380);
    m_deleteGone = new QCheckBox(tr("Also &delete files that are only on the server"), m_planBox);
    m_deleteGone->setObjectName(QStringLiteral("syncDeleteGoneCheck"));
    m_startSync = new QPushButton(tr("&Start Sync"), m_planBox);
    m_startSync->setObjectName(QStringLiteral("startSyncButton"));
    m_startSync->setToolTip(tr("Upload the new and changed files"));
    m_discardPlan = new QPushButton(tr("Discard"), m_planBox);
    m_discardPlan->setObjectName(QStringLiteral("discardPlanButton"));
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_deleteGone, 1);
    planButtons->addWidget(m_discardPlan);
    planButtons->addWidget(m_startSync);
    auto *planLayout = new QVBoxLayout(m_planBox);
    planLayout->addWidget(m_planSummary);
    planLayout->addWidget(m_planList, 1);
    planLayout->addLayout(planButtons);
    m_planBox->hide();

    // The batch: progress, cancel, then each file's outcome.
    m_transferBox = new QGroupBox(tr("Transfer"), this);
    m_transferBox->setObjectName(QStringLiteral("transferBox"));
    m_transferLabel = new QLabel(m_transferBox);
    m_transferLabel->setObjectName(QStringLiteral("transferLabel"));
    m_transferLabel->setWordWrap(true);
    m_progress = new QProgressBar(m_transferBox);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Transfer progress"));
    m_cancel = new QPushButton(tr("Cancel Transfer"), m_transferBox);
    m_cancel->setObjectName(QStringLiteral("cancelTransferButton"));
    m_cancel->setToolTip(tr("Stop the batch; the file in flight does not land"));
    m_stopOnError = new QCheckBox(tr("Stop at the first &failure"), m_transferBox);
    m_stopOnError->setObjectName(QStringLiteral("stopOnErrorCheck"));
    m_outcomes = new QTreeWidget(m_transferBox);
    m_outcomes->setObjectName(QStringLiteral("transferOutcomes"));
    m_outcomes->setAccessibleName(tr("Outcome of each file"));
    m_outcomes->setHeaderLabels({ tr("File"), tr("Outcome"), tr("Details") });
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->setUniformRowHeights(true);
    m_outcomes->header()->resizeSection(0, 380);
    m_outcomes->header()->resizeSection(1, 90);
    m_closeReport = new QPushButton(tr("Close Report"), m_transferBox);
    m_closeReport->setObjectName(QStringLiteral("closeReportButton"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_stopOnError, 1);
    reportRow->addWidget(m_closeReport);
    auto *transferLayout = new QVBoxLayout(m_transferBox);
    transferLayout->addWidget(m_transferLabel);
    transferLayout->addLayout(progressRow);
    transferLayout->addWidget(m_outcomes, 1);
    transferLayout->addLayout(reportRow);
    m_transferBox->hide();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_title);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_busy);
    auto *fileButtons = new QHBoxLayout;
    for (QWidget *w : { static_cast<QWidget *>(m_uploadFiles), static_cast<QWidget *>(m_uploadFolder),
                        static_cast<QWidget *>(m_sync), static_cast<QWidget *>(m_newFolder),
                        static_cast<QWidget *>(m_invalidate), static_cast<QWidget *>(m_refresh) })
        fileButtons->addWidget(w);
    fileButtons->addStretch(1);
    auto *itemButtons = new QHBoxLayout;
    for (QWidget *w : { static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_copy),
                        static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_attributes),
                        static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_copyUrl) })
        itemButtons->addWidget(w);
    itemButtons->addStretch(1);

    auto *previewSide = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewStack, 1);
    previewLayout->addWidget(m_details);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 560, 380 });
    splitter->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    vertical->addWidget(m_planBox);
    vertical->addWidget(m_transferBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 2);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addLayout(fileButtons);
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);
    layout->addLayout(itemButtons);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_rename);
    setTabOrder(m_rename, m_copy);
    setTabOrder(m_copy, m_delete);
    setTabOrder(m_delete, m_attributes);
    setTabOrder(m_attributes, m_open);
    setTabOrder(m_open, m_copyUrl);
    setTabOrder(m_copyUrl, m_uploadFiles);
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
    connect(m_transfer, &HostingTransfer::progressChanged, this, &HostingPanel::onTransferProgress);
    connect(m_transfer, &HostingTransfer::itemFinished, this, &HostingPanel::onTransferItem);
    connect(m_transfer, &HostingTransfer::finished, this, &HostingPanel::onTransferFinished);
    connect(m_transfer, &HostingTransfer::paused, this, [this](const ApiError &error) {
        m_transferLabel->setText(
            tr("Paused: the session ended (%1). Sign in again and the batch goes on from the "
               "file that did not land.")
                .arg(error.summary()));
        updateActions();
    });
    m_outcomes->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(items.size());
    for (const HostingTransfer::Item &item : items) {
        auto *row = new QTreeWidgetItem;
        rows.append(row);
        row->setText(0, item.action == HostingTransfer::Item::Delete
                            ? tr("delete %1").arg(item.remotePath)
                            : item.remotePath);
        row->setToolTip(0, item.local.localFile);
        row->setText(1, HostingTransfer::outcomeText(HostingTransfer::Outcome::Pending));
    }
    m_outcomes->addTopLevelItems(rows);
    m_transferBox->setTitle(title);
    m_transferBox->show();
    m_banner->clear();
    m_transfer->start(items);
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
    const int current = m_transfer->filesDone();
    if (m_transfer->state() == HostingTransfer::State::Running && current < files
        && current < m_outcomes->topLevelItemCount()
        && m_transfer->items().at(current).outcome == HostingTransfer::Outcome::Pending)
        m_outcomes->topLevelItem(current)->setText(1, tr("sending"));
    m_progress->setFormat(QStringLiteral("%p%"));
    m_transferLabel->setText(tr("%1 of %2 files, %3 of %4")
                                 .arg(m_transfer->filesDone())
                                 .arg(files)
                                 .arg(sizeText(m_transfer->bytesDone()), sizeText(total)));
}

void HostingPanel::onTransferItem(int index)
{
    if (!m_transfer || index >= m_outcomes->topLevelItemCount())
        return;
    const HostingTransfer::Item &item = m_transfer->items().at(index);
    QTreeWidgetItem *row = m_outcomes->topLevelItem(index);
    row->setText(1, HostingTransfer::outcomeText(item.outcome));
    row->setText(2, item.message);
    row->setToolTip(2, item.message);
    if (item.outcome == HostingTransfer::Outcome::Failed) {
        row->setForeground(1, palette().brush(QPalette::BrightText));
        m_outcomes->scrollToItem(row);
    }
}

void HostingPanel::onTransferFinished()
{
    if (!m_transfer)
        return;
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
    m_planList->clear();
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
    m_planList->setUpdatesEnabled(false);
    int unreadable = 0;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_plan.entries.size());
    for (const SyncEntry &entry : std::as_const(m_plan.entries)) {
        auto *row = new QTreeWidgetItem;
        QString kind;
        switch (entry.kind) {
        case SyncEntry::New:
            kind = tr("new");
            break;
        case SyncEntry::Changed:
            kind = tr("changed");
            break;
        case SyncEntry::Unchanged:
            kind = tr("unchanged");
            break;
        case SyncEntry::OnlyOnServer:
            kind = tr("only on server");
            break;
        }
        if (!entry.local.error.isEmpty()) {
            kind = tr("unreadable");
            ++unreadable;
            row->setToolTip(0, entry.local.error);
        }
        row->setText(0, kind);
        row->setText(1, entry.remotePath);
        row->setText(2, sizeText(entry.kind == SyncEntry::OnlyOnServer ? entry.remote.size
                                                                      : entry.local.size));
        rows.append(row);
    }
    m_planList->addTopLevelItems(rows);
    m_planList->setUpdatesEnabled(true);
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
        m_outcomes->clear();
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
    m_planList->clear();
    m_planBox->hide();
    updateActions();
}

// ---- edits ----------------------------------------------------------------------------------

void HostingPanel::track(CallChain *chain, const QString &done, const QString &selectAfter)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done, selectAfter](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            emit statusMessage(done);
            session()->notifyAppDataChanged();
            m_selectAfterReload = selectAfter;
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            m_banner->showError(error);
        }
        // What landed before a failure is on the server: the tree shows it either way (the
        // banner stays, unlike with F5).
        m_model->load(session()->client(), groupId(), appId());
        updateActions();
    });
}

void HostingPanel::askPath(const QString &title, const QString &label, const QString &initial,
                           std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("hostingPathDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setMinimumWidth(420);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

void HostingPanel::createFolder(const QString &folderPath)
{
    QString path = folderPath;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (!checkPath(path))
        return;
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::createFolder(*client, group, app, path); });
    track(chain, tr("Created the folder “%1”.").arg(path), path);
}

void HostingPanel::askNewFolder()
{
    const QString base = currentFolder();
    askPath(tr("New Folder"), tr("Name of the new folder in %1:").arg(base), QString(),
            [this, base](const QString &name) { createFolder(base + name); });
}

void HostingPanel::moveAsset(const QString &from, const QString &to)
{
    if (!checkPath(from) || !checkPath(to) || from == to)
        return;
    if (from.endsWith(QLatin1Char('/')) && to.startsWith(from)) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(tr("Not sent: a folder cannot move into itself."));
        return;
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::move(*client, group, app, from, to); });
    track(chain, tr("Moved “%1” to “%2”.").arg(from, to), to);
}

void HostingPanel::copyAsset(const QString &from, const QString &to)
{
    if (!checkPath(from) || !checkPath(to) || from == to)
        return;
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::copy(*client, group, app, from, to); });
    track(chain, tr("Copied “%1” to “%2”.").arg(from, to), to);
}

void HostingPanel::onMoveRequested(const QStringList &paths, const QString &folder, bool copy)
{
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    int steps = 0;
    QString last;
    for (const QString &from : paths) {
        const bool isFolder = from.endsWith(QLatin1Char('/'));
        const QString to = folder + lastSegment(from) + (isFolder ? QStringLiteral("/") : QString());
        if (to == from || (isFolder && to.startsWith(from)))
            continue;
        if (!checkPath(from) || !checkPath(to)) {
            delete chain;
            return;
        }
        chain->then([=] {
            return copy ? hostingcalls::copy(*client, group, app, from, to)
                        : hostingcalls::move(*client, group, app, from, to);
        });
        ++steps;
        last = to;
    }
    if (steps == 0) {
        delete chain;
        return;
    }
    track(chain,
          copy ? tr("Copied %n item(s) to “%1”.", nullptr, steps).arg(folder)
               : tr("Moved %n item(s) to “%1”.", nullptr, steps).arg(folder),
          last);
}

void HostingPanel::askRename()
{
    const QString from = selectedPath();
    if (from.isEmpty())
        return;
    askPath(tr("Rename or Move"), tr("New path for %1:").arg(from), from,
            [this, from](const QString &to) {
                QString target = to;
                if (from.endsWith(QLatin1Char('/')) && !target.endsWith(QLatin1Char('/')))
                    target += QLatin1Char('/');
                moveAsset(from, target);
            });
}

void HostingPanel::askCopy()
{
    const QString from = selectedPath();
    if (from.isEmpty())
        return;
    const bool folder = from.endsWith(QLatin1Char('/'));
    QString suggestion = folder ? from.chopped(1) + tr("-copy") + QLatin1Char('/') : from;
    if (!folder) {
        const QFileInfo info(from);
        const QString dir = from.left(from.lastIndexOf(QLatin1Char('/')) + 1);
        suggestion = dir + info.completeBaseName() + tr("-copy")
            + (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
    }
    askPath(tr("Copy"), tr("Copy %1 to:").arg(from), suggestion, [this, from](const QString &to) {
        QString target = to;
        if (from.endsWith(QLatin1Char('/')) && !target.endsWith(QLatin1Char('/')))
            target += QLatin1Char('/');
        copyAsset(from, target);
    });
}

void HostingPanel::deleteSelected()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QStringList paths;
    int files = 0;
    for (const QModelIndex &row : rows) {
        const AssetNode *node = m_model->nodeAt(m_proxy->mapToSource(row));
        if (!node)
            continue;
        paths << node->path;
        files += node->folder ? node->fileCount : 1;
    }
    // A folder and something inside it: deleting the folder is enough.
    QStringList kept;
    for (const QString &path : paths) {
        const bool inside = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &other) {
            return other != path && other.endsWith(QLatin1Char('/')) && path.startsWith(other);
        });
        if (!inside)
            kept << path;
    }
    if (kept.isEmpty())
        return;
    const bool anyFolder = std::any_of(kept.cbegin(), kept.cend(), [](const QString &p) {
        return p.endsWith(QLatin1Char('/'));
    });
    QString question;
    if (kept.size() == 1 && !anyFolder)
        question = tr("Delete “%1” from hosting? This cannot be undone.").arg(kept.first());
    else if (kept.size() == 1)
        question = tr("Delete the folder “%1” and the %n file(s) in it? This cannot be undone.",
                      nullptr, files)
                       .arg(kept.first());
    else
        question = tr("Delete these %1 items (%n file(s) in all)? This cannot be undone.\n\n%2",
                      nullptr, files)
                       .arg(kept.size())
                       .arg(kept.mid(0, 12).join(QStringLiteral(", "))
                            + (kept.size() > 12 ? QStringLiteral(", …") : QString()));
    const bool production = session()->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(tr("Delete from Hosting"), question, tr("Delete"),
                                     production ? (kept.size() == 1 ? kept.first()
                                                                    : tr("delete %n file(s)",
                                                                         nullptr, files))
                                                : QString(),
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteAssetsDialog"));
    connect(dialog, &QDialog::accepted, this, [this, kept] { deletePaths(kept); });
    dialog->open();
}

void HostingPanel::deletePaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!checkPath(path))
            return;
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    for (const QString &path : paths)
        chain->then([=] { return hostingcalls::remove(*client, group, app, path); });
    track(chain, tr("Deleted %n item(s) from hosting.", nullptr, int(paths.size())));
}

void HostingPanel::setAttributes(const QString &path, const AssetAttributes &attrs)
{
    if (!checkPath(path))
        return;
    const QStringList allowed = hostingcalls::allowedAttributes();
    for (const auto &attr : attrs) {
        if (!allowed.contains(attr.first)) {
            m_banner->setRetryVisible(false);
            m_banner->showMessage(tr("Not sent: “%1” is not an attribute hosting accepts.")
                                      .arg(attr.first));
            return;
        }
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::setAttributes(*client, group, app, path, attrs); });
    track(chain, tr("Saved the attributes of “%1”.").arg(path), path);
}

void HostingPanel::askAttributes()
{
    const QString path = selectedPath();
    const AssetNode *node = m_model->nodeAt(m_model->indexForPath(path));
    if (!node || node->folder)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("attributesDialog"));
    dialog->setWindowTitle(tr("Attributes of %1").arg(path));
    auto *form = new QFormLayout;
    QList<QPair<QString, QComboBox *>> fields;
    for (const QString &name : hostingcalls::allowedAttributes()) {
        auto *combo = new QComboBox(dialog);
        combo->setObjectName(QStringLiteral("attribute-") + name);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(hostingcalls::usualValues(name));
        combo->setCurrentText(node->asset.attribute(name));
        combo->lineEdit()->setPlaceholderText(tr("not set"));
        combo->setAccessibleName(name);
        combo->setMinimumWidth(280);
        form->addRow(name + QLatin1Char(':'), combo);
        fields.append({ name, combo });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    auto *hint = new QLabel(tr("Empty fields are not sent. The server answers with these "
                               "headers when the file is fetched."),
                            dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, path, fields] {
        AssetAttributes attrs;
        for (const auto &[name, combo] : fields) {
            const QString value = combo->currentText().trimmed();
            if (!value.isEmpty())
                attrs.append({ name, value });
        }
        setAttributes(path, attrs);
    });
    dialog->open();
}

void HostingPanel::invalidateCache()
{
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::invalidateCache(*client, group, app); });
    track(chain, tr("Asked for the hosting cache to be invalidated."));
}

void HostingPanel::openInBrowser()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString url = current.data(AssetTreeModel::UrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void HostingPanel::copyUrl()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString url = current.data(AssetTreeModel::UrlRole).toString();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    emit statusMessage(tr("Copied %1").arg(url));
}
