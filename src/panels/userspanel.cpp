#include "userspanel.h"
#include "listfilterbinding.h"
#include "panelkit.h"

#include <api/usercalls.h>
#include <models/apikeylistmodel.h>
#include <models/json/jsontreemodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/userlistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTreeView *jsonView(JsonTreeModel *model, const QString &objectName, const QString &name,
                    QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->header()->setDefaultSectionSize(150);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
    return view;
}

QString when(qint64 seconds, const QString &none)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds).toString(
               QStringLiteral("yyyy-MM-dd HH:mm"))
                       : none;
}

} // namespace

UsersPanel::UsersPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_model(SharedModels::of(session)->users())
    , m_proxy(new ListFilterProxy(m_model, this))
    , m_pending(new PendingUserListModel(session->client(), this))
    , m_pendingProxy(new ListFilterProxy(m_pending, this))
    , m_identities(new JsonTreeModel(this))
    , m_devices(new JsonTreeModel(this))
    , m_data(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_proxy->setFilterKeyColumn(UserListModel::NameColumn);
    m_proxy->setFilterRole(UserListModel::FilterTextRole);
    m_title = panelkit::title(tr("Users"), this);
    m_hint = panelkit::hint(this);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("usersErrorBanner"));
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading users"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usersTabs"));
    m_tabs->addTab(buildUsersTab(), tr("&Users"));
    m_tabs->addTab(buildPendingTab(), tr("&Pending registrations"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &UsersPanel::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &UsersPanel::updateActions);
    for (ListModelBase *model : { static_cast<ListModelBase *>(m_model),
                                  static_cast<ListModelBase *>(m_pending) }) {
        connect(model, &ListModelBase::loadingChanged, this, &UsersPanel::updateActions);
        connect(model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
            m_banner->setRetryVisible(true);
            panelkit::showError(m_banner, error);
            m_loadErrorShown = true;
        });
        connect(model, &ListModelBase::reloaded, this, [this] {
            // A load that works again clears its own error, not the error of a write.
            if (std::exchange(m_loadErrorShown, false))
                m_banner->clear();
            if (!m_openAfterLoad.isEmpty())
                openItem(m_openAfterLoad);
            updateActions();
        });
        connect(model, &ListModelBase::pageAppended, this, [this] {
            if (!m_openAfterLoad.isEmpty())
                openItem(m_openAfterLoad);
            updateActions();
        });
    }
    // A reload after a write keeps the pending registrations that were selected.
    connect(m_pending, &ListModelBase::reloaded, this, [this] {
        const QStringList emails = std::exchange(m_reselectPending, QStringList());
        for (const QString &email : emails) {
            const QModelIndex index
                = m_pendingProxy->mapFromSource(m_pending->index(m_pending->rowOfId(email), 0));
            if (index.isValid())
                m_pendingTable->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        updateActions();
    });
    connect(m_proxy, &ListFilterProxy::countChanged, this, &UsersPanel::updateActions);
    connect(m_pendingProxy, &ListFilterProxy::countChanged, this, &UsersPanel::updateActions);

    declareCalls(bindAction(m_new, QKeySequence::New), { QStringLiteral("usercalls::create") });
    declareCalls(bindAction(m_enable), { QStringLiteral("usercalls::enable") });
    declareCalls(bindAction(m_disable), { QStringLiteral("usercalls::disable") });
    declareCalls(bindAction(m_logout), { QStringLiteral("usercalls::logout") });
    declareCalls(bindAction(m_delete), { QStringLiteral("usercalls::remove") });
    declareCalls(bindAction(m_loadAll), { QStringLiteral("usercalls::list") });
    declareCalls(bindAction(m_refresh), { QStringLiteral("usercalls::list") });
    bindAction(m_lookupButton);
    declareCalls(bindAction(m_resend), { QStringLiteral("registrationcalls::sendConfirm") });
    bindAction(m_confirm);
    declareCalls(bindAction(m_deletePending), { QStringLiteral("registrationcalls::remove") });
    bindAction(m_refreshPending);
    declareCallsOnSelect(
        { QStringLiteral("usercalls::get"), QStringLiteral("usercalls::devices") });
    for (QTableView *view : { m_table, m_pendingTable }) {
        auto *deleteKey = new QShortcut(QKeySequence::Delete, view);
        deleteKey->setContext(Qt::WidgetShortcut);
        connect(deleteKey, &QShortcut::activated, this, [this, view] {
            view == m_table ? deleteSelected() : deletePending();
        });
    }
    updateActions();
}

UsersPanel::~UsersPanel()
{
    ApiJob::abandonFor(this, m_userJob);
    ApiJob::abandonFor(this, m_devicesJob);
}

QWidget *UsersPanel::buildUsersTab()
{
    auto *tab = new QWidget(this);
    m_filter = new QLineEdit(tab);
    m_filter->setObjectName(QStringLiteral("userFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, email, id, identity, type"));
    m_filter->setAccessibleName(tr("Filter users"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("userCountLabel"));
    m_loadAll = panelkit::button(tr("&Load all"), QStringLiteral("loadAllUsersButton"),
                                 tr("Load every page of users, so the filter covers them all"),
                                 tab);
    m_table = panelkit::table(QStringLiteral("userTable"), tr("Users"), tab);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order (creation) first
    m_new = panelkit::button(tr("&New…"), QStringLiteral("newUserButton"),
                             tr("Create an email/password user (Ctrl+N)"), tab);
    m_enable = panelkit::button(tr("&Enable"), QStringLiteral("enableUserButton"),
                                tr("Enable the selected users"), tab);
    m_disable = panelkit::button(tr("D&isable"), QStringLiteral("disableUserButton"),
                                 tr("Disable the selected users (they are logged out too)"), tab);
    m_logout = panelkit::button(tr("Log &out everywhere"), QStringLiteral("logoutUserButton"),
                                tr("Revoke every session of the selected users"), tab);
    m_delete = panelkit::button(tr("&Delete…"), QStringLiteral("deleteUserButton"),
                                tr("Delete the selected users (Del)"), tab);
    m_refresh = panelkit::button(tr("Refresh"), QStringLiteral("refreshUsersButton"),
                                 tr("Load the users again (F5)"), tab);

    m_detailTitle = panelkit::title(tr("No user selected"), tab);
    m_detailTitle->setObjectName(QStringLiteral("userDetailTitle"));
    m_detailSummary = new QLabel(tab);
    m_detailSummary->setObjectName(QStringLiteral("userDetailSummary"));
    m_detailSummary->setWordWrap(true);
    m_detailSummary->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    m_detailTabs = new QTabWidget(tab);
    m_detailTabs->setObjectName(QStringLiteral("userDetailTabs"));
    m_detailTabs->addTab(jsonView(m_identities, QStringLiteral("userIdentitiesView"),
                                  tr("Identities of the user"), tab),
                         tr("Identities"));
    m_detailTabs->addTab(
        jsonView(m_devices, QStringLiteral("userDevicesView"), tr("Devices of the user"), tab),
        tr("Devices"));
    m_detailTabs->addTab(
        jsonView(m_data, QStringLiteral("userDataView"), tr("Data of the user"), tab),
        tr("Data"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_loadAll);
    auto *buttons = new QHBoxLayout;
    for (QWidget *widget : { static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_enable),
                             static_cast<QWidget *>(m_disable), static_cast<QWidget *>(m_logout),
                             static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_refresh) })
        buttons->addWidget(widget);
    buttons->addStretch(1);
    auto *listSide = new QWidget(tab);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);
    auto *detailSide = new QWidget(tab);
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailSummary);
    detailLayout->addWidget(m_detailTabs, 1);
    auto *splitter = new QSplitter(tab);
    splitter->addWidget(listSide);
    splitter->addWidget(detailSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    setTabOrder(m_filter, m_loadAll);
    setTabOrder(m_loadAll, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_enable);
    setTabOrder(m_enable, m_disable);
    setTabOrder(m_disable, m_logout);
    setTabOrder(m_logout, m_delete);
    setTabOrder(m_delete, m_refresh);
    setTabOrder(m_refresh, m_detailTabs);

    // The users list is paged and the API has no filter parameter: the filter covers the loaded
    // pages, as the label says; the Load all button beside it follows every page.
    m_filterBinding = new ListFilterBinding(
        m_filter, m_count, m_proxy,
        [this](int loaded) {
            return m_model->isComplete() ? tr("%n user(s)", nullptr, loaded)
                                         : tr("%1 users loaded, more on the server").arg(loaded);
        },
        m_table);
    m_filterBinding->setLoadAllLink(false);
    connect(m_filter, &QLineEdit::textChanged, this, &UsersPanel::updateActions);
    connect(m_loadAll, &QPushButton::clicked, this, &UsersPanel::loadAll);
    connect(m_new, &QPushButton::clicked, this, &UsersPanel::newUser);
    connect(m_enable, &QPushButton::clicked, this, &UsersPanel::enableSelected);
    connect(m_disable, &QPushButton::clicked, this, &UsersPanel::disableSelected);
    connect(m_logout, &QPushButton::clicked, this, &UsersPanel::logoutSelected);
    connect(m_delete, &QPushButton::clicked, this, &UsersPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &UsersPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPanel::onCurrentUserChanged);
    return tab;
}

void UsersPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("Users"));
        m_pending->clear();
        showUser(AppUser());
        updateActions();
        return;
    }
    m_title->setText(tr("Users of %1").arg(app.name));
    if (m_model->appId() != app.id)
        showUser(AppUser());
    m_model->ensureLoaded(panelkit::groupOf(session()), app.id);
    m_pending->ensureLoaded(panelkit::groupOf(session()), app.id);
    updateActions();
}

void UsersPanel::refresh()
{
    markFresh();
    m_banner->clear();
    const App app = session()->currentApp();
    if (app.isNull())
        return;
    m_model->reload(panelkit::groupOf(session()), app.id);
    m_pending->reload(panelkit::groupOf(session()), app.id);
    if (!m_shown.id.isEmpty())
        m_openAfterLoad = m_shown.id;
}

void UsersPanel::focusFilter()
{
    QLineEdit *filter = m_tabs->currentIndex() == 0 ? m_filter : m_lookup;
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void UsersPanel::openItem(const QString &userId)
{
    const int row = m_model->rowOfId(userId);
    if (row < 0) {
        // Not in the loaded pages (yet): show it when a page brings it.
        m_openAfterLoad = m_model->isComplete() && !m_model->isLoading() ? QString() : userId;
        return;
    }
    m_openAfterLoad.clear();
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UsersPanel::loadAll()
{
    m_model->fetchAll();
    updateActions();
}

QStringList UsersPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ListModelBase::IdRole).toString();
    return ids;
}

QStringList UsersPanel::selectedEmails() const
{
    QStringList emails;
    const QModelIndexList rows = m_pendingTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        emails << index.data(ListModelBase::IdRole).toString();
    return emails;
}

void UsersPanel::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const bool idle = m_pendingCalls == 0;
    const int selected = int(selectedIds().size());
    const int pendingSelected = int(selectedEmails().size());
    m_busy->setRunning(m_model->isLoading() || m_pending->isLoading() || m_pendingCalls > 0
                       || m_userJob || m_devicesJob);
    m_new->setEnabled(haveApp && idle);
    m_enable->setEnabled(selected > 0 && idle);
    m_disable->setEnabled(selected > 0 && idle);
    m_logout->setEnabled(selected > 0 && idle);
    m_delete->setEnabled(selected > 0 && idle);
    m_refresh->setEnabled(haveApp);
    m_refreshPending->setEnabled(haveApp);
    m_loadAll->setVisible(haveApp && m_model->hasLoaded() && !m_model->isComplete());
    m_loadAll->setEnabled(!m_model->isLoading());
    m_lookupButton->setEnabled(haveApp && !m_lookup->text().trimmed().isEmpty());
    m_resend->setEnabled(pendingSelected == 1 && idle);
    m_confirm->setEnabled(pendingSelected > 0 && idle);
    m_deletePending->setEnabled(pendingSelected > 0 && idle);

    const int loaded = m_model->rowCount();
    if (m_filterBinding)
        m_filterBinding->updateCount();
    m_tabs->setTabText(1, m_pending->rowCount() > 0
                              ? tr("&Pending registrations (%1)").arg(m_pending->rowCount())
                              : tr("&Pending registrations"));
    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its users."));
    else if (m_tabs->currentIndex() == 1)
        m_hint->setText(m_pending->hasLoaded() && m_pending->rowCount() == 0
                            ? tr("No registration waits for a confirmation.")
                            : tr("Email/password registrations waiting for their email to be "
                                 "confirmed."));
    else if (m_model->hasLoaded() && loaded == 0)
        m_hint->setText(tr("This app has no users yet. New… creates an email/password user."));
    else if (!m_filter->text().isEmpty() && m_proxy->rowCount() == 0)
        m_hint->setText(m_proxy->filterIsPartial()
                            ? tr("No loaded user matches “%1”. Load all to search every user.")
                                  .arg(m_filter->text())
                            : tr("No user matches “%1”.").arg(m_filter->text()));
    else if (m_proxy->filterIsPartial())
        m_hint->setText(tr("The filter covers the %n loaded user(s) only. Load all to search "
                           "every user.",
                           nullptr, loaded));
    else
        m_hint->setText(tr("Select users to enable, disable, log out or delete them together."));
}

void UsersPanel::onCurrentUserChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.data(ListModelBase::IdRole).toString();
    if (id.isEmpty() || id == m_shown.id)
        return;
    showUser(m_model->userAt(m_model->rowOfId(id)));
    ApiJob::abandonFor(this, m_userJob);
    ApiJob::abandonFor(this, m_devicesJob);
    ApiClient *client = session()->client();
    auto *userJob = usercalls::get(*client, m_model->groupId(), m_model->appId(), id);
    m_userJob = userJob;
    userJob->onFinished(this, [this, id](Job<AppUser> *job) {
        m_userJob.clear();
        if (job->ok() && m_shown.id == id)
            showUser(job->result());
        else if (!job->ok() && job->error().kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, job->error());
        }
        updateActions();
    });
    auto *devicesJob = usercalls::devices(*client, m_model->groupId(), m_model->appId(), id);
    m_devicesJob = devicesJob;
    devicesJob->onFinished(this, [this, id](Job<QJsonArray> *job) {
        m_devicesJob.clear();
        if (job->ok() && m_shown.id == id)
            m_devices->setJson(job->result());
        m_detailTabs->setTabText(1, tr("Devices (%1)").arg(m_devices->rowCount()));
        updateActions();
    });
    updateActions();
}

void UsersPanel::showUser(const AppUser &user)
{
    const bool sameUser = user.id == m_shown.id;
    m_shown = user;
    if (user.id.isEmpty()) {
        m_detailTitle->setText(tr("No user selected"));
        m_detailSummary->setText(tr("Select a user to see its identities, devices and data."));
        m_identities->setJson(QJsonArray());
        m_devices->setJson(QJsonArray());
        m_data->setJson(QJsonObject());
        return;
    }
    m_detailTitle->setText(user.displayName());
    m_detailSummary->setText(
        tr("ID %1 · %2 · created %3 · last login %4%5")
            .arg(user.id, user.type.isEmpty() ? tr("normal") : user.type,
                 when(user.created, tr("unknown")), when(user.lastLogin, tr("never")),
                 user.disabled ? tr(" · disabled") : QString()));
    m_identities->setJson(user.raw.value(QLatin1String("identities")).toArray());
    m_data->setJson(user.raw.value(QLatin1String("data")).toObject());
    m_detailTabs->setTabText(0, tr("Identities (%1)").arg(m_identities->rowCount()));
    if (!sameUser) {
        m_devices->setJson(QJsonArray());
        m_detailTabs->setTabText(1, tr("Devices"));
    }
}
