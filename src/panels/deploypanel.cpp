#include "deploypanel.h"

#include <api/apiclient.h>
#include <api/draftcalls.h>
#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <models/draftstate.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/diffview.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Backoff between polls of a deployment in progress: 0.5 s doubling up to 8 s.
int pollDelay(int attempt)
{
    return qMin(8000, 500 << qMin(attempt, 4));
}

// The server gives up on no deployment; after this many failed polls in a row we stop and say so.
constexpr int MaxPollFailures = 6;

QString noteKey(const QString &deploymentId)
{
    return QStringLiteral("deploymentNotes/") + deploymentId;
}

} // namespace

// ---------------------------------------------------------------------------------------------

DraftBanner::DraftBanner(Session *session, QWidget *parent)
    : QFrame(parent)
    , m_state(SharedModels::of(session)->draft())
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("draftBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    connect(m_state, &DraftState::changed, this, &DraftBanner::update);
    update();
}

QString DraftBanner::text() const
{
    return m_label->text();
}

void DraftBanner::update()
{
    setVisible(m_state->hasDraft());
    m_label->setText(
        tr("A draft is open (%1): edits made here go into the draft and reach the app only when "
           "it is deployed from Deploy.")
            .arg(m_state->summary()));
    setAccessibleName(m_label->text());
}

// ---------------------------------------------------------------------------------------------

DeployPanel::DeployPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
    , m_files(new DraftFileModel(this))
    , m_fileProxy(new QSortFilterProxyModel(this))
    , m_history(new DeploymentListModel(session->client(), this))
    , m_historyProxy(new ListFilterProxy(m_history, this))
    , m_pollTimer(new QTimer(this))
{
    m_fileProxy->setSourceModel(m_files);
    m_fileProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_fileProxy->setFilterKeyColumn(DraftFileModel::FileColumn);
    m_fileProxy->setSortRole(DraftFileModel::SortRole);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeployPanel::poll);
    buildUi();
    connect(SharedModels::of(session)->draft(), &DraftState::changed, this, [this] {
        // Another panel's edit changed the draft: the review would be stale.
        DraftState *state = SharedModels::of(this->session())->draft();
        if (state->isLoaded() && isVisible() && m_diffLoaded
            && (state->draftId() != m_draftId
                || (state->changeCount() >= 0 && state->changeCount() != m_files->rowCount())))
            loadDraft();
    });
    connect(m_history, &ListModelBase::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_history, &ListModelBase::reloaded, this, &DeployPanel::showHistoryDetails);
    connect(m_historyProxy, &ListFilterProxy::countChanged, this, [this] {
        m_historyCount->setText(
            m_historyProxy->countText(tr("%n deployment(s)", nullptr, m_history->rowCount())));
    });
    updateState();
}

DeployPanel::~DeployPanel()
{
    ApiJob::abandonFor(this, m_job);
    ApiJob::abandonFor(this, m_pollJob);
}

QString DeployPanel::groupId() const
{
    const App app = session()->currentApp();
    return app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
}

QString DeployPanel::appId() const
{
    return session()->currentApp().id;
}

void DeployPanel::buildUi()
{
    auto *title = new QLabel(tr("Deploy"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("deployErrorBanner"));
    connect(m_banner, &ErrorBanner::retryRequested, this, &DeployPanel::refresh);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deployTabs"));
    m_tabs->addTab(buildReview(), tr("&Review"));
    m_tabs->addTab(buildHistory(), tr("&History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

QWidget *DeployPanel::buildReview()
{
    auto *page = new QWidget(this);
    m_draftLabel = new StatusLabel(tr("Draft"), page);
    m_draftLabel->setObjectName(QStringLiteral("deployDraftLabel"));
    m_start = new QPushButton(tr("&Start Draft"), page);
    m_start->setObjectName(QStringLiteral("startDraftButton"));
    m_start->setToolTip(tr("Start a draft: later edits collect in it until you deploy them"));
    m_refresh = new QPushButton(tr("Refresh"), page);
    m_refresh->setObjectName(QStringLiteral("refreshDraftButton"));
    m_refresh->setToolTip(tr("Load the draft and the history again (F5)"));
    connect(m_start, &QPushButton::clicked, this, &DeployPanel::startDraft);
    connect(m_refresh, &QPushButton::clicked, this, &DeployPanel::refreshShownDraft);
    declareCalls(bindAction(m_start),
                 { QStringLiteral("draftcalls::create"), QStringLiteral("draftcalls::discard") });
    declareCalls(bindAction(m_refresh),
                 { QStringLiteral("draftcalls::get"), QStringLiteral("draftcalls::list"),
                   QStringLiteral("draftcalls::diff"), QStringLiteral("draftcalls::deployments") });
    auto *top = new QHBoxLayout;
    top->addWidget(m_draftLabel, 1);
    top->addWidget(m_start);
    top->addWidget(m_refresh);

    // The file list.
    auto *listSide = new QWidget(page);
    m_fileFilter = new QLineEdit(listSide);
    m_fileFilter->setObjectName(QStringLiteral("draftFileFilter"));
    m_fileFilter->setPlaceholderText(tr("Filter files"));
    m_fileFilter->setAccessibleName(tr("Filter files"));
    m_fileFilter->setClearButtonEnabled(true);
    m_fileCount = new QLabel(listSide);
    m_fileCount->setObjectName(QStringLiteral("draftFileCount"));
    m_fileList = new QTreeView(listSide);
    m_fileList->setObjectName(QStringLiteral("draftFileList"));
    m_fileList->setAccessibleName(tr("Changed files"));
    m_fileList->setRootIsDecorated(false);
    m_fileList->setUniformRowHeights(true);
    m_fileList->setSortingEnabled(false);
    m_fileList->setModel(m_fileProxy);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->header()->setSectionResizeMode(DraftFileModel::FileColumn, QHeaderView::Stretch);
    for (int column : { DraftFileModel::ChangeColumn, DraftFileModel::AddedColumn,
                        DraftFileModel::RemovedColumn })
        m_fileList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_previousFile = new QPushButton(tr("Previous File"), listSide);
    m_previousFile->setObjectName(QStringLiteral("previousFileButton"));
    m_previousFile->setToolTip(tr("Show the previous changed file (Alt+Up)"));
    m_nextFile = new QPushButton(tr("Next File"), listSide);
    m_nextFile->setObjectName(QStringLiteral("nextFileButton"));
    m_nextFile->setToolTip(tr("Show the next changed file (Alt+Down)"));
    connect(m_previousFile, &QPushButton::clicked, this, &DeployPanel::previousFile);
    connect(m_nextFile, &QPushButton::clicked, this, &DeployPanel::nextFile);
    bindAction(m_previousFile, QKeySequence(Qt::ALT | Qt::Key_Up));
    bindAction(m_nextFile, QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_fileFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_fileProxy->setFilterFixedString(text);
        updateCounts();
    });
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPanel::showFile);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_fileFilter, 1);
    filterRow->addWidget(m_fileCount);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_fileList, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_previousFile);
    fileButtons->addWidget(m_nextFile);
    listLayout->addLayout(fileButtons);

    // The diff.
    auto *diffSide = new QWidget(page);
    m_fileTitle = new QLabel(diffSide);
    m_fileTitle->setObjectName(QStringLiteral("draftFileTitle"));
    QFont bold = m_fileTitle->font();
    bold.setBold(true);
    m_fileTitle->setFont(bold);
    m_layout = new QComboBox(diffSide);
    m_layout->setObjectName(QStringLiteral("diffLayoutCombo"));
    m_layout->setAccessibleName(tr("Diff layout"));
    m_layout->addItem(tr("Unified"), int(DiffView::Layout::Unified));
    m_layout->addItem(tr("Side by side"), int(DiffView::Layout::SideBySide));
    m_previousChange = new QPushButton(tr("Previous Change"), diffSide);
    m_previousChange->setObjectName(QStringLiteral("previousChangeButton"));
    m_previousChange->setToolTip(tr("Go to the previous change (Shift+F7)"));
    m_nextChange = new QPushButton(tr("Next Change"), diffSide);
    m_nextChange->setObjectName(QStringLiteral("nextChangeButton"));
    m_nextChange->setToolTip(tr("Go to the next change (F7)"));
    m_diff = new DiffView(diffSide);
    m_diff->setObjectName(QStringLiteral("draftDiffView"));
    m_diff->setTitles(tr("Deployed"), tr("Draft"));
    m_diff->setLayout(DiffView::Layout::Unified);
    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this] { m_diff->setLayout(DiffView::Layout(m_layout->currentData().toInt())); });
    connect(m_previousChange, &QPushButton::clicked, m_diff, &DiffView::previousChange);
    connect(m_nextChange, &QPushButton::clicked, m_diff, &DiffView::nextChange);
    // F7 itself is the DiffView's shortcut; these are for the palette.
    bindAction(m_previousChange);
    bindAction(m_nextChange);
    auto *diffTop = new QHBoxLayout;
    diffTop->addWidget(m_fileTitle, 1);
    diffTop->addWidget(m_previousChange);
    diffTop->addWidget(m_nextChange);
    diffTop->addWidget(m_layout);
    auto *diffLayout = new QVBoxLayout(diffSide);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(diffTop);
    diffLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(listSide);
    splitter->addWidget(diffSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });
    splitter->setChildrenCollapsible(false);

    // Deploy and discard.
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("deployNoteEdit"));
    m_note->setPlaceholderText(tr("What this deployment changes and why (kept with its history)"));
    m_note->setAccessibleName(tr("Deployment note"));
    auto *noteLabel = new QLabel(tr("&Note:"), page);
    noteLabel->setBuddy(m_note);
    m_deploy = new QPushButton(tr("&Deploy…"), page);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setToolTip(tr("Deploy every change of the draft to the app"));
    m_discard = new QPushButton(tr("D&iscard Draft…"), page);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setToolTip(tr("Throw away every change of the draft"));
    connect(m_deploy, &QPushButton::clicked, this, &DeployPanel::deployDraft);
    connect(m_discard, &QPushButton::clicked, this, &DeployPanel::discardDraft);
    declareCalls(
        bindAction(m_deploy),
        { QStringLiteral("draftcalls::deploy"), QStringLiteral("draftcalls::deployment") });
    declareCalls(bindAction(m_discard), { QStringLiteral("draftcalls::discard") });
    m_deployStatus = new StatusLabel(tr("Deployment status"), page);
    m_deployStatus->setObjectName(QStringLiteral("deployStatusLabel"));
    m_deployStatus->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(noteLabel);
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_deploy);
    bottom->addWidget(m_discard);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_deployStatus);
    setTabOrder(m_fileFilter, m_fileList);
    setTabOrder(m_fileList, m_previousFile);
    setTabOrder(m_previousFile, m_nextFile);
    setTabOrder(m_nextFile, m_layout);
    setTabOrder(m_layout, m_note);
    setTabOrder(m_note, m_deploy);
    setTabOrder(m_deploy, m_discard);
    return page;
}

QWidget *DeployPanel::buildHistory()
{
    auto *page = new QWidget(this);
    m_historyFilter = new QLineEdit(page);
    m_historyFilter->setObjectName(QStringLiteral("historyFilter"));
    m_historyFilter->setPlaceholderText(tr("Filter deployments"));
    m_historyFilter->setAccessibleName(tr("Filter deployments"));
    m_historyFilter->setClearButtonEnabled(true);
    m_historyCount = new QLabel(page);
    m_historyCount->setObjectName(QStringLiteral("historyCount"));
    m_historyList = new QTreeView(page);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("Deployments"));
    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    m_historyList->setModel(m_historyProxy);
    m_historyList->setSortingEnabled(true);
    m_historyList->sortByColumn(DeploymentListModel::TimeColumn, Qt::DescendingOrder);
    for (int column : { DeploymentListModel::TimeColumn, DeploymentListModel::WhoColumn,
                        DeploymentListModel::OriginColumn, DeploymentListModel::StatusColumn })
        m_historyList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_historyDetails = new QPlainTextEdit(page);
    m_historyDetails->setObjectName(QStringLiteral("historyDetails"));
    m_historyDetails->setAccessibleName(tr("Deployment details"));
    m_historyDetails->setReadOnly(true);
    connect(m_historyFilter, &QLineEdit::textChanged, m_historyProxy,
            &ListFilterProxy::setFilterText);
    connect(m_historyList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPanel::showHistoryDetails);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_historyFilter, 1);
    filterRow->addWidget(m_historyCount);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_historyList);
    splitter->addWidget(m_historyDetails);
    splitter->setSizes({ 400, 160 });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    return page;
}

void DeployPanel::reloadForContext()
{
    refresh();
}

void DeployPanel::refresh()
{
    markFresh();
    m_history->setSelfUserId(session()->adminProfile().userId);
    if (appId().isEmpty() || !session()->isSignedIn()) {
        ApiJob::abandonFor(this, m_job);
        m_draftId.clear();
        m_diffLoaded = false;
        m_files->clear();
        m_history->clear();
        m_diff->showMessage(QString());
        updateState();
        return;
    }
    m_banner->clear();
    m_banner->setRetryVisible(true);
    loadDraft();
    m_history->reload(groupId(), appId());
    // A deployment that was being followed when the server went away: look at it again.
    if (!m_following.isNull() && !m_pollTimer->isActive() && !m_pollJob) {
        m_pollFailures = 0;
        poll();
    }
}

void DeployPanel::refreshShownDraft()
{
    // The draft shown may have gone elsewhere (deployed, discarded): asked for by its id, a 404
    // says so plainly rather than quietly showing "no draft".
    if (m_draftId.isEmpty() || appId().isEmpty()) {
        refresh();
        return;
    }
    auto *job = draftcalls::get(*session()->client(), groupId(), appId(), m_draftId);
    track(job);
    job->onFinished(this, [this](Job<Draft> *job) {
        if (job->error().httpStatus == 404) {
            markFresh();
            draftGone();
        } else if (job->error().kind != ApiError::Cancelled) {
            refresh();
        }
    });
}

void DeployPanel::focusFilter()
{
    QLineEdit *filter = m_tabs->currentIndex() == 0 ? m_fileFilter : m_historyFilter;
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void DeployPanel::track(ApiJob *job)
{
    ApiJob::abandonFor(this, m_job);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_job == job)
            m_job = nullptr;
        updateState();
    });
    updateState();
}

void DeployPanel::loadDraft()
{
    const QString group = groupId();
    const QString app = appId();
    ApiClient *client = session()->client();
    auto *job = draftcalls::list(*client, group, app);
    track(job);
    job->onFinished(this, [=](Job<QList<Draft>> *job) {
        if (!job->ok()) {
            if (job->error().kind != ApiError::Cancelled)
                m_banner->showError(job->error()); // what shows stays: nothing is lost
            return;
        }
        if (job->result().isEmpty()) {
            showNoDraft();
            return;
        }
        const Draft draft = job->result().first();
        auto *diffJob = draftcalls::diff(*client, group, app, draft.id);
        track(diffJob);
        diffJob->onFinished(this, [this, draft](Job<DraftDiff> *diffJob) {
            if (diffJob->ok()) {
                showDiff(draft, diffJob->result());
            } else if (diffJob->error().httpStatus == 404) {
                draftGone();
            } else if (diffJob->error().kind != ApiError::Cancelled) {
                m_draftId = draft.id;
                m_banner->showError(diffJob->error());
            }
        });
    });
}

void DeployPanel::showNoDraft()
{
    m_draftId.clear();
    m_diffLoaded = true;
    m_files->clear();
    m_fileTitle->clear();
    m_diff->showMessage(tr("No draft. Edits go straight to the app; start a draft to collect "
                           "them and review them here before they go live."));
    updateState();
}

void DeployPanel::showDiff(const Draft &draft, const DraftDiff &diff)
{
    const QString shownPath = m_draftId == draft.id
        ? m_fileList->currentIndex().data(DraftFileModel::PathRole).toString()
        : QString();
    m_draftId = draft.id;
    m_diffLoaded = true;
    m_files->setDiff(diff);
    if (m_files->rowCount() == 0) {
        m_fileTitle->clear();
        m_diff->showMessage(tr("The draft has no changes yet."));
    } else {
        const int row = qMax(0, m_files->rowOf(shownPath));
        const QModelIndex index = m_fileProxy->mapFromSource(m_files->index(row, 0));
        m_fileList->setCurrentIndex(index.isValid() ? index : m_fileProxy->index(0, 0));
        showFile();
    }
    updateState();
}

void DeployPanel::showFile()
{
    const QModelIndex current = m_fileList->currentIndex();
    if (!current.isValid())
        return;
    const DraftFileModel::File file = m_files->fileAt(m_fileProxy->mapToSource(current).row());
    m_fileTitle->setText(tr("%1 (%2)").arg(file.path, DraftFileModel::changeName(file.change)));
    if (file.hosting) {
        m_diff->showMessage(
            tr("Hosting file %1: %2. The draft's diff lists hosting files without their content.")
                .arg(DraftFileModel::changeName(file.change), file.path));
        return;
    }
    m_diff->setPatch(file.patch, DiffView::syntaxFor(file.path));
}

void DeployPanel::moveFile(int step)
{
    const int rows = m_fileProxy->rowCount();
    if (rows == 0)
        return;
    const int row = m_fileList->currentIndex().row();
    const int next = row < 0 ? 0 : qBound(0, row + step, rows - 1);
    m_fileList->setCurrentIndex(m_fileProxy->index(next, 0));
}

void DeployPanel::nextFile()
{
    moveFile(1);
}

void DeployPanel::previousFile()
{
    moveFile(-1);
}

void DeployPanel::updateCounts()
{
    const int all = m_files->rowCount();
    const int shown = m_fileProxy->rowCount();
    m_fileCount->setText(shown == all ? tr("%n file(s)", nullptr, all)
                                      : tr("%1 of %2").arg(shown).arg(all));
}

void DeployPanel::updateState()
{
    const bool busy = !m_job.isNull() || !m_pollJob.isNull();
    const bool hasApp = !appId().isEmpty();
    const bool hasDraft = !m_draftId.isEmpty();
    const bool following = !m_following.isNull();
    if (!hasApp)
        m_draftLabel->setText(tr("No app selected."));
    else if (!m_diffLoaded)
        m_draftLabel->setText(tr("Loading the draft…"));
    else if (!hasDraft)
        m_draftLabel->setText(tr("No draft: edits go straight to the app."));
    else if (m_files->rowCount() == 0)
        m_draftLabel->setText(tr("The draft is empty: nothing to deploy."));
    else
        m_draftLabel->setText(tr("Draft: %n change(s)", nullptr, m_files->rowCount())
                              + tr(" — %1 configuration file(s), +%2 −%3 lines, %4 hosting file(s)")
                                    .arg(m_files->rowCount() - m_files->hostingCount())
                                    .arg(m_files->totalAdded())
                                    .arg(m_files->totalRemoved())
                                    .arg(m_files->hostingCount()));
    m_start->setEnabled(hasApp && !busy && m_diffLoaded && !hasDraft && !following);
    m_refresh->setEnabled(hasApp);
    m_deploy->setEnabled(hasApp && hasDraft && !busy && !following && m_files->rowCount() > 0);
    m_discard->setEnabled(hasApp && hasDraft && !busy && !following);
    m_previousFile->setEnabled(m_fileProxy->rowCount() > 1);
    m_nextFile->setEnabled(m_fileProxy->rowCount() > 1);
    updateCounts();
}

// ---------------------------------------------------------------------------------------------
// Start

void DeployPanel::startDraft()
{
    const QString group = groupId();
    const QString app = appId();
    if (app.isEmpty())
        return;
    auto *job = draftcalls::create(*session()->client(), group, app);
    track(job);
    job->onFinished(this, [this](Job<Draft> *job) {
        if (!job->ok()) {
            onStartFailed(job->error());
            return;
        }
        emit statusMessage(tr("Started a draft."));
        session()->notifyAppDataChanged();
        loadDraft();
    });
}

void DeployPanel::onStartFailed(const ApiError &error)
{
    if (error.httpStatus != 409 || error.errorCode != QLatin1String("DraftAlreadyExists")) {
        if (error.kind != ApiError::Cancelled)
            m_banner->showError(error);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("A Draft Exists"),
                                tr("You already have a draft of this app. Continue it, or discard "
                                   "its changes and start a new one?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("draftExistsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("&Continue the Draft"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("continueDraftButton"));
    QPushButton *restart
        = box->addButton(tr("&Discard It and Start Again"), QMessageBox::DestructiveRole);
    restart->setObjectName(QStringLiteral("restartDraftButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, keep, restart] {
        if (box->clickedButton() == keep) {
            loadDraft();
        } else if (box->clickedButton() == restart) {
            // The existing draft's id: ask, for it may not be the one shown.
            auto *job = draftcalls::list(*session()->client(), groupId(), appId());
            track(job);
            job->onFinished(this, [this](Job<QList<Draft>> *job) {
                if (!job->ok()) {
                    m_banner->showError(job->error());
                    return;
                }
                if (job->result().isEmpty())
                    startDraft();
                else
                    discardThenStart(job->result().first().id);
            });
        }
    });
    box->open();
}

void DeployPanel::discardThenStart(const QString &draftId)
{
    auto *job = draftcalls::discard(*session()->client(), groupId(), appId(), draftId);
    track(job);
    job->onFinished(this, [this](ApiJob *job) {
        if (!job->ok() && job->httpStatus() != 404) {
            m_banner->showError(job->error());
            return;
        }
        emit statusMessage(tr("Discarded the old draft."));
        startDraft();
    });
}

// ---------------------------------------------------------------------------------------------
// Deploy

void DeployPanel::deployDraft()
{
    if (m_draftId.isEmpty())
        return;
    if (m_files->rowCount() == 0) {
        m_deployStatus->setText(tr("The draft has no changes: there is nothing to deploy."));
        return;
    }
    const App app = session()->currentApp();
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const int hosting = m_files->hostingCount();
    QString question
        = tr("Deploy the draft to “%1”? It changes %n file(s):", nullptr, m_files->rowCount())
              .arg(app.name)
        + QLatin1Char('\n')
        + tr("• %n configuration file(s)", nullptr, m_files->rowCount() - hosting)
        + tr(", %1 line(s) added and %2 removed")
              .arg(m_files->totalAdded())
              .arg(m_files->totalRemoved())
        + QLatin1Char('\n') + tr("• %n hosting file(s)", nullptr, hosting);
    if (!m_note->text().trimmed().isEmpty())
        question += QLatin1String("\n\n") + tr("Note: %1").arg(m_note->text().trimmed());
    question += QLatin1String("\n\n") + tr("The changes go live for every user of the app.");
    auto *dialog = new ConfirmDialog(tr("Deploy Draft"), question, tr("Deploy"),
                                     production ? app.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deployConfirmDialog"));
    connect(dialog, &QDialog::accepted, this, &DeployPanel::sendDeployment);
    dialog->open();
}

void DeployPanel::sendDeployment()
{
    const QString draftId = m_draftId;
    m_followNote = m_note->text().trimmed();
    m_deployStatus->setText(tr("Deploying…"));
    auto *job = draftcalls::deploy(*session()->client(), groupId(), appId(), draftId);
    track(job);
    job->onFinished(this, [this](Job<Deployment> *job) {
        if (!job->ok()) {
            if (job->error().httpStatus == 404) {
                draftGone();
                return;
            }
            m_deployStatus->setText(
                tr("The deployment was not made: %1").arg(job->error().summary()));
            if (job->error().kind != ApiError::Cancelled)
                m_banner->showError(job->error());
            return;
        }
        if (!m_followNote.isEmpty())
            QSettings().setValue(noteKey(job->result().id), m_followNote);
        follow(job->result());
    });
}

void DeployPanel::follow(const Deployment &deployment)
{
    if (deployment.isInProgress()) {
        m_following = deployment;
        m_deployStatus->setText(tr("Deployment %1 is %2…").arg(deployment.id, deployment.status));
        m_pollTimer->start(pollDelay(m_pollAttempt++));
        updateState();
        return;
    }
    finished(deployment);
}

void DeployPanel::poll()
{
    if (m_following.isNull())
        return;
    auto *job = draftcalls::deployment(*session()->client(), groupId(), appId(), m_following.id);
    ApiJob::abandonFor(this, m_pollJob);
    m_pollJob = job;
    job->onFinished(this, [this](Job<Deployment> *job) {
        m_pollJob = nullptr;
        if (job->ok()) {
            m_pollFailures = 0;
            follow(job->result());
            return;
        }
        if (job->error().kind == ApiError::Cancelled)
            return;
        ++m_pollFailures;
        if (m_pollFailures >= MaxPollFailures) {
            m_deployStatus->setText(
                tr("Lost track of deployment %1: %2. It may still finish on the server; Refresh "
                   "(F5) asks again.")
                    .arg(m_following.id, job->error().summary()));
            m_banner->showError(job->error());
            updateState();
            return;
        }
        m_deployStatus->setText(tr("Cannot reach the server to follow deployment %1 (%2); "
                                   "trying again…")
                                    .arg(m_following.id, job->error().summary()));
        m_pollTimer->start(pollDelay(m_pollAttempt++));
    });
}

void DeployPanel::finished(const Deployment &deployment)
{
    m_following = Deployment();
    m_pollAttempt = 0;
    m_pollFailures = 0;
    if (deployment.status == QLatin1String("failed")) {
        const QString why = deployment.statusErrorMessage.isEmpty()
            ? tr("the server gave no reason")
            : deployment.statusErrorMessage;
        m_deployStatus->setText(
            tr("Deployment failed: %1. The draft is kept: fix it and deploy again.").arg(why));
        m_banner->showMessage(tr("Deployment failed: %1").arg(why));
        m_history->reload(groupId(), appId());
        loadDraft();
        return;
    }
    m_deployStatus->setText(
        tr("Deployed (%1) at %2.")
            .arg(deployment.id, DeploymentListModel::timeText(deployment.deployedAt)));
    m_note->clear();
    emit statusMessage(tr("Deployed the draft to “%1”.").arg(session()->currentApp().name));
    // Every panel shows what is live now; this one reloads the draft (gone) and the history.
    session()->notifyAppDataChanged();
    refresh();
}

// ---------------------------------------------------------------------------------------------
// Discard

void DeployPanel::discardDraft()
{
    if (m_draftId.isEmpty())
        return;
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const QString appName = session()->currentApp().name;
    auto *dialog = new ConfirmDialog(
        tr("Discard Draft"),
        tr("Discard the draft of “%1” and its %n change(s)? This cannot be undone.", nullptr,
           m_files->rowCount())
            .arg(appName),
        tr("Discard"), production ? appName : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("discardDraftDialog"));
    const QString draftId = m_draftId;
    connect(dialog, &QDialog::accepted, this, [this, draftId] {
        auto *job = draftcalls::discard(*session()->client(), groupId(), appId(), draftId);
        track(job);
        job->onFinished(this, [this](ApiJob *job) {
            if (!job->ok()) {
                if (job->httpStatus() == 404)
                    draftGone();
                else if (job->error().kind != ApiError::Cancelled)
                    m_banner->showError(job->error());
                return;
            }
            m_deployStatus->setText(tr("Discarded the draft."));
            emit statusMessage(
                tr("Discarded the draft of “%1”.").arg(session()->currentApp().name));
            session()->notifyAppDataChanged();
            refresh();
        });
    });
    dialog->open();
}

void DeployPanel::draftGone()
{
    m_banner->showMessage(tr("The draft no longer exists: it was deployed or discarded "
                             "elsewhere. Your note is kept."));
    m_banner->setRetryVisible(false);
    m_draftId.clear();
    // The indicator and banners follow; this panel reloads without clearing the message.
    SharedModels::of(session())->draft()->reload();
    loadDraft();
    m_history->reload(groupId(), appId());
}

// ---------------------------------------------------------------------------------------------
// History

void DeployPanel::showHistoryDetails()
{
    const QModelIndex current = m_historyList->currentIndex();
    if (!current.isValid()) {
        m_historyDetails->setPlainText(m_history->rowCount() == 0
                                           ? tr("No deployments yet.")
                                           : tr("Select a deployment to see its details."));
        return;
    }
    const Deployment d = m_history->deploymentAt(m_historyProxy->mapToSource(current).row());
    QStringList lines;
    lines << tr("Deployment: %1").arg(d.id)
          << tr("Time: %1").arg(QDateTime::fromSecsSinceEpoch(d.deployedAt).toString(Qt::ISODate))
          << tr("Who: %1").arg(d.userId) << tr("Origin: %1").arg(d.origin)
          << tr("Status: %1").arg(d.status);
    if (!d.statusErrorMessage.isEmpty())
        lines << tr("Error: %1").arg(d.statusErrorMessage);
    if (!d.draftId.isEmpty())
        lines << tr("Draft: %1").arg(d.draftId);
    if (!d.commit.isEmpty())
        lines << tr("Commit: %1").arg(d.commit);
    if (!d.diffUrl.isEmpty())
        lines << tr("Diff: %1").arg(d.diffUrl);
    const QString note = QSettings().value(noteKey(d.id)).toString();
    if (!note.isEmpty())
        lines << tr("Note: %1").arg(note);
    m_historyDetails->setPlainText(lines.join(QLatin1Char('\n')));
}

void DeployPanel::openItem(const QString &id)
{
    const int fileRow = m_files->rowOf(id);
    if (fileRow >= 0) {
        m_tabs->setCurrentIndex(0);
        m_fileFilter->clear();
        m_fileList->setCurrentIndex(m_fileProxy->mapFromSource(m_files->index(fileRow, 0)));
        return;
    }
    const int row = m_history->rowOf(id);
    if (row >= 0) {
        m_tabs->setCurrentIndex(1);
        m_historyFilter->clear();
        m_historyList->setCurrentIndex(m_historyProxy->mapFromSource(m_history->index(row, 0)));
    }
}

bool DeployPanel::hasUnsavedChanges() const
{
    return !m_note->text().trimmed().isEmpty() && !m_draftId.isEmpty();
}
