// The Hosting panel's widgets and where they sit.
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
#include <QTreeView>
#include <QUrl>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>


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
    m_planModel = new SyncPlanModel(this);
    m_planList = new QTreeView(m_planBox);
    m_planList->setObjectName(QStringLiteral("syncPlanList"));
    m_planList->setAccessibleName(tr("Sync plan"));
    m_planList->setModel(m_planModel);
    m_planList->setRootIsDecorated(false);
    m_planList->setUniformRowHeights(true);
    // The path takes the room; the size keeps beside its header, wide enough for "1023 bytes".
    m_planList->header()->setStretchLastSection(false);
    m_planList->header()->resizeSection(SyncPlanModel::ChangeColumn, 130);
    m_planList->header()->setSectionResizeMode(SyncPlanModel::PathColumn, QHeaderView::Stretch);
    m_planList->header()->setSectionResizeMode(SyncPlanModel::SizeColumn, QHeaderView::Fixed);
    m_planList->header()->resizeSection(
        SyncPlanModel::SizeColumn,
        m_planList->fontMetrics().horizontalAdvance(hostingsync::sizeText(1023) + QStringLiteral("MMM")));
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
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(ProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &HostingPanel::onTransferProgress);
    m_progress = new QProgressBar(m_transferBox);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Transfer progress"));
    m_cancel = new QPushButton(tr("Cancel Transfer"), m_transferBox);
    m_cancel->setObjectName(QStringLiteral("cancelTransferButton"));
    m_cancel->setToolTip(tr("Stop the batch; the file in flight does not land"));
    m_stopOnError = new QCheckBox(tr("Stop at the first &failure"), m_transferBox);
    m_stopOnError->setObjectName(QStringLiteral("stopOnErrorCheck"));
    // A model over the batch's own list: a report of thousands of files is one reset.
    m_report = new TransferReportModel(this);
    m_report->setErrorColor(errorColor(palette()));
    m_outcomes = new QTreeView(m_transferBox);
    m_outcomes->setObjectName(QStringLiteral("transferOutcomes"));
    m_outcomes->setAccessibleName(tr("Outcome of each file"));
    m_outcomes->setModel(m_report);
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

