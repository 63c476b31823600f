#include "securitypanel.h"
#include "panelkit.h"

#include <api/securitycalls.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QVBoxLayout>

SecurityPanel::SecurityPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_model(new QStringListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("securityPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_title = panelkit::title(tr("Security"), this);
    m_hint = panelkit::hint(this);
    auto *heading = new QLabel(tr("Allowed request origins"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("originFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter origins"));
    m_filter->setAccessibleName(tr("Filter origins"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("originCountLabel"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("originList"));
    m_list->setAccessibleName(tr("Allowed request origins"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_proxy->sort(0);
    m_newOrigin = new QLineEdit(this);
    m_newOrigin->setObjectName(QStringLiteral("newOriginEdit"));
    m_newOrigin->setPlaceholderText(QStringLiteral("https://example.com"));
    m_newOrigin->setAccessibleName(tr("Origin to add"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("originProblemLabel"));
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setWordWrap(true);
    m_add = panelkit::button(tr("&Add"), QStringLiteral("addOriginButton"),
                             tr("Add the origin to the list (Enter)"), this);
    m_remove = panelkit::button(tr("&Remove"), QStringLiteral("removeOriginButton"),
                                tr("Remove the selected origins from the list (Del)"), this);
    m_save = panelkit::button(tr("&Save"), QStringLiteral("saveOriginsButton"),
                              tr("Replace the app's allowed origins with this list (Ctrl+S)"),
                              this);
    m_revert = panelkit::button(tr("Re&vert"), QStringLiteral("revertOriginsButton"),
                                tr("Show the saved list again"), this);
    m_refresh = panelkit::button(tr("Refresh"), QStringLiteral("refreshOriginsButton"),
                                 tr("Load the origins again (F5)"), this);
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading origins"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("securityErrorBanner"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newOrigin, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_newOrigin);
    setTabOrder(m_newOrigin, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_refresh);
    setTabOrder(m_refresh, m_revert);
    setTabOrder(m_revert, m_save);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateActions();
    });
    connect(m_newOrigin, &QLineEdit::textChanged, this, &SecurityPanel::updateActions);
    connect(m_newOrigin, &QLineEdit::returnPressed, this, &SecurityPanel::addOrigin);
    connect(m_add, &QPushButton::clicked, this, &SecurityPanel::addOrigin);
    connect(m_remove, &QPushButton::clicked, this, &SecurityPanel::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &SecurityPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &SecurityPanel::revert);
    connect(m_refresh, &QPushButton::clicked, this, &SecurityPanel::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SecurityPanel::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SecurityPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SecurityPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SecurityPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SecurityPanel::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityPanel::updateActions);
    bindAction(m_add);
    bindAction(m_remove);
    declareCalls(bindAction(m_save, QKeySequence::Save),
                 { QStringLiteral("securitycalls::setAllowedOrigins") });
    bindAction(m_revert);
    declareCalls(bindAction(m_refresh), { QStringLiteral("securitycalls::allowedOrigins") });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SecurityPanel::removeSelected);
    updateActions();
}

SecurityPanel::~SecurityPanel()
{
    ApiJob::abandonFor(this, m_job);
}

QStringList SecurityPanel::editedOrigins() const
{
    QStringList origins;
    for (const QString &origin : m_model->stringList()) {
        const QString trimmed = origin.trimmed();
        if (!trimmed.isEmpty() && !origins.contains(trimmed))
            origins << trimmed;
    }
    return origins;
}

bool SecurityPanel::hasUnsavedChanges() const
{
    return !m_appId.isEmpty() && editedOrigins() != m_saved;
}

void SecurityPanel::refresh()
{
    markFresh();
    m_banner->clear();
    const App app = session()->currentApp();
    ApiJob::abandonFor(this, m_job);
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("Security"));
        m_appId.clear();
        m_saved.clear();
        setOrigins({});
        return;
    }
    m_title->setText(tr("Security of %1").arg(app.name));
    const bool sameApp = app.id == m_appId;
    m_groupId = panelkit::groupOf(session());
    m_appId = app.id;
    if (!sameApp)
        setOrigins({});
    const bool keepEdits = sameApp && hasUnsavedChanges();
    const QStringList before = m_model->stringList();
    auto *job = securitycalls::allowedOrigins(*session()->client(), m_groupId, m_appId);
    m_job = job;
    job->onFinished(this, [this, keepEdits, before](Job<QStringList> *done) {
        m_job.clear();
        if (!done->ok()) {
            if (done->error().kind != ApiError::Cancelled) {
                m_banner->setRetryVisible(true);
                panelkit::showError(m_banner, done->error());
            }
            updateActions();
            return;
        }
        m_saved = done->result();
        // F5 keeps what the user typed, before or while it loaded; a new app or a list left
        // alone shows the server's.
        if (!keepEdits && m_model->stringList() == before)
            setOrigins(m_saved);
        updateActions();
    });
    updateActions();
}

void SecurityPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SecurityPanel::setOrigins(const QStringList &origins)
{
    m_model->setStringList(origins);
    updateActions();
}

void SecurityPanel::addOrigin()
{
    const QString origin = m_newOrigin->text().trimmed();
    const QString problem = securitycalls::originProblem(origin);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    if (!m_model->stringList().contains(origin)) {
        const int row = m_model->rowCount();
        m_model->insertRows(row, 1);
        m_model->setData(m_model->index(row), origin);
    }
    m_newOrigin->clear();
    updateActions();
}

void SecurityPanel::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    updateActions();
}

void SecurityPanel::save()
{
    QStringList problems;
    for (const QString &origin : m_model->stringList()) {
        const QString why = securitycalls::originProblem(origin.trimmed());
        if (!origin.trimmed().isEmpty() && !why.isEmpty())
            problems << why;
    }
    if (!problems.isEmpty() || m_appId.isEmpty() || m_job)
        return updateActions();
    const QStringList origins = editedOrigins();
    auto *job = securitycalls::setAllowedOrigins(*session()->client(), m_groupId, m_appId,
                                                 origins);
    m_job = job;
    job->onFinished(this, [this, origins](ApiJob *done) {
        m_job.clear();
        if (!done->ok()) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, done->error());
            updateActions();
            return;
        }
        m_saved = origins;
        setOrigins(origins);
        session()->notifyAppDataChanged();
        emit statusMessage(tr("Saved %n allowed origin(s).", nullptr, int(origins.size())));
    });
    updateActions();
}

void SecurityPanel::revert()
{
    setOrigins(m_saved);
}

void SecurityPanel::updateActions()
{
    const bool haveApp = !m_appId.isEmpty();
    const bool idle = !m_job;
    QString listProblem;
    for (const QString &origin : m_model->stringList()) {
        const QString why = securitycalls::originProblem(origin.trimmed());
        if (!origin.trimmed().isEmpty() && !why.isEmpty()) {
            listProblem = why;
            break;
        }
    }
    const QString typed = m_newOrigin->text().trimmed();
    const QString typedProblem = typed.isEmpty() ? QString() : securitycalls::originProblem(typed);
    m_problem->setText(!typedProblem.isEmpty() ? typedProblem : listProblem);
    m_problem->setAccessibleName(m_problem->text());
    const bool dirty = hasUnsavedChanges();
    m_busy->setRunning(!idle);
    m_newOrigin->setEnabled(haveApp);
    m_add->setEnabled(haveApp && !typed.isEmpty() && typedProblem.isEmpty());
    m_remove->setEnabled(m_list->selectionModel()->hasSelection());
    m_save->setEnabled(haveApp && idle && dirty && listProblem.isEmpty());
    m_revert->setEnabled(dirty);
    m_refresh->setEnabled(haveApp);
    const int total = m_model->rowCount();
    m_count->setText(m_filter->text().isEmpty()
                         ? tr("%n origin(s)", nullptr, total)
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(total));
    m_count->setAccessibleName(m_count->text());
    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its allowed request origins."));
    else if (total == 0 && idle)
        m_hint->setText(tr("The app lists no allowed origins. Add one, such as "
                           "https://example.com, and Save."));
    else
        m_hint->setText(dirty ? tr("Changed: Save replaces the app's whole list.")
                              : tr("Browsers may call the app only from pages of these origins."));
}
