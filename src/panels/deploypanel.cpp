#include "deploypanel.h"
#include "listfilterbinding.h"

#include <api/apiclient.h>
#include <api/draftcalls.h>
#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <models/draftstate.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/reviewview.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>


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
    , m_history(new DeploymentListModel(session->client(), this))
    , m_historyProxy(new ListFilterProxy(m_history, this))
    , m_pollTimer(new QTimer(this))
    , m_caseResults(new CaseResultsModel(this))
    , m_caseRunner(new CaseRunner(session->client(), m_caseResults, this))
{
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

    // The file list and the diff.
    m_review = new ReviewView(page);
    m_review->setHostingMessage(
        tr("Hosting file %1: %2. The draft's diff lists hosting files without their content."));
    m_review->diffView()->setTitles(tr("Deployed"), tr("Draft"));
    m_files = m_review->fileModel();
    m_fileProxy = m_review->proxy();
    m_fileFilter = m_review->fileFilter();
    m_fileList = m_review->fileList();
    m_diff = m_review->diffView();
    m_previousFile = m_review->previousFileButton();
    m_nextFile = m_review->nextFileButton();
    bindAction(m_previousFile, QKeySequence(Qt::ALT | Qt::Key_Up));
    bindAction(m_nextFile, QKeySequence(Qt::ALT | Qt::Key_Down));
    // F7 itself is the DiffView's shortcut; these are for the palette.
    bindAction(m_review->previousChangeButton());
    bindAction(m_review->nextChangeButton());

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
    layout->addWidget(m_review, 1);
    layout->addWidget(buildCasesGate(page));
    layout->addLayout(bottom);
    layout->addWidget(m_deployStatus);
    setTabOrder(m_review->layoutCombo(), m_note);
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
    new ListFilterBinding(
        m_historyFilter, m_historyCount, m_historyProxy,
        [](int n) { return tr("%n deployment(s)", nullptr, n); }, m_historyList);
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
        m_review->showMessage(QString());
        m_history->clear();
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
    m_review->showMessage(tr("No draft. Edits go straight to the app; start a draft to collect "
                           "them and review them here before they go live."));
    updateState();
}

void DeployPanel::showDiff(const Draft &draft, const DraftDiff &diff)
{
    if (m_draftId != draft.id)
        m_fileList->setCurrentIndex(QModelIndex());
    m_draftId = draft.id;
    m_diffLoaded = true;
    m_review->setDiff(diff, tr("The draft has no changes yet."));
    updateState();
}

void DeployPanel::nextFile()
{
    m_review->nextFile();
}

void DeployPanel::previousFile()
{
    m_review->previousFile();
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
}
