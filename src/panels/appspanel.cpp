#include "appspanel.h"
#include "createappdialog.h"
#include "listfilterbinding.h"
#include "ui_appspanel.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <models/applistmodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <session/settingswrite.h>
#include <widgets/confirmdialog.h>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>

AppsPanel::AppsPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_ui(std::make_unique<Ui::AppsPanel>())
    , m_session(session)
    , m_model(SharedModels::of(session)->apps())
    , m_proxy(new ListFilterProxy(m_model, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("appsPanel"));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);

    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->sortByColumn(AppListModel::NameColumn, Qt::AscendingOrder);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->horizontalHeader()->setDefaultSectionSize(180);
    m_ui->exportBox->hide();

    new ListFilterBinding(
        m_ui->filterEdit, m_ui->appCountLabel, m_proxy,
        [](int n) { return tr("%Ln app(s)", nullptr, n); }, m_ui->tableView);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AppsPanel::refresh);
    connect(m_ui->createButton, &QPushButton::clicked, this, &AppsPanel::createApp);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AppsPanel::deleteSelectedApp);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AppsPanel::exportSelectedApp);
    connect(m_ui->exportCancelButton, &QPushButton::clicked, this, &AppsPanel::cancelExport);
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &AppsPanel::refresh);
    declareCalls(bindAction(m_ui->refreshButton), { QStringLiteral("appcalls::list") });
    declareCalls(bindAction(m_ui->createButton), { QStringLiteral("appcalls::create") });
    declareCalls(bindAction(m_ui->exportButton), { QStringLiteral("appcalls::exportZip") });
    declareCalls(bindAction(m_ui->deleteButton), { QStringLiteral("appcalls::remove") });
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppsPanel::onSelectionChanged);
    // Activating (double-click, Enter) an app opens it: its overview is the landing page.
    connect(m_ui->tableView, &QAbstractItemView::activated, this, [this] {
        onSelectionChanged();
        const App app = selectedApp();
        if (!app.isNull())
            emit navigateRequested(QStringLiteral("overview"), app.id);
    });

    connect(m_model, &AppListModel::loadingChanged, this, &AppsPanel::updateActions);
    connect(m_model, &AppListModel::errorOccurred, this, [this](const ApiError &error) {
        m_selectAfterReload.clear();
        m_ui->errorBanner->setRetryVisible(true);
        m_ui->errorBanner->showError(error);
    });
    connect(m_model, &AppListModel::modelAboutToBeReset, this, [this] {
        const App current = selectedApp();
        if (m_selectAfterReload.isEmpty())
            m_selectAfterReload = current.id;
    });
    connect(m_model, &AppListModel::reloaded, this, [this] {
        m_ui->errorBanner->clear();
        QString wanted
            = m_selectAfterReload.isEmpty() ? m_session->currentApp().id : m_selectAfterReload;
        if (wanted.isEmpty())
            wanted = appToOpenFirst();
        m_selectAfterReload.clear();
        const int row = m_model->rowOf(wanted);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_ui->tableView->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->tableView->setCurrentIndex(index);
        }
        updateActions();
    });

    connect(m_session, &Session::currentGroupChanged, this, [this] { updateActions(); });
    connect(m_session, &Session::currentAppChanged, this, [this](const App &app) {
        if (!app.isNull())
            writeSettingIfChanged(lastAppKey(), app.id);
    });
    updateActions();
}

QString AppsPanel::lastAppKey() const
{
    return QStringLiteral("apps/lastUsed/%1/%2")
            .arg(m_session->profile().id, m_session->currentGroupId());
}

QString AppsPanel::appToOpenFirst() const
{
    // The app last used with this profile and group, or the group's only app: the one the user
    // came for, without a click.
    const QString last = QSettings().value(lastAppKey()).toString();
    if (!last.isEmpty() && m_model->rowOf(last) >= 0)
        return last;
    if (m_model->rowCount() == 1)
        return m_model->appAt(0).id;
    return {};
}

void AppsPanel::reloadForContext()
{
    // The shared model follows the session itself; after a failure (the session ended, the
    // server was away) it loads again here.
    m_ui->errorBanner->clear();
    if (m_session->isSignedIn() && !m_session->currentGroupId().isEmpty())
        m_model->ensureLoaded(m_session->currentGroupId());
    updateActions();
}

AppsPanel::~AppsPanel()
{
    if (m_exportJob)
        m_exportJob->abandon();
}

void AppsPanel::refresh()
{
    if (m_session->currentGroupId().isEmpty())
        return;
    m_ui->errorBanner->clear();
    markFresh();
    m_model->reload(m_session->currentGroupId());
}

void AppsPanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

App AppsPanel::selectedApp() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return App();
    return m_model->appAt(m_proxy->mapToSource(rows.first()).row());
}

void AppsPanel::updateActions()
{
    const bool haveGroup = !m_session->currentGroupId().isEmpty();
    const bool haveApp = !selectedApp().isNull();
    m_ui->busyIndicator->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_ui->refreshButton->setEnabled(haveGroup);
    m_ui->createButton->setEnabled(haveGroup);
    m_ui->deleteButton->setEnabled(haveApp && m_pendingCalls == 0);
    m_ui->exportButton->setEnabled(haveApp && !isExporting());
}

void AppsPanel::onSelectionChanged()
{
    const App app = selectedApp();
    // A reset empties the selection for a moment; that is no reason to forget the current app.
    if (!app.isNull() && app.id != m_session->currentApp().id)
        m_session->setCurrentApp(app);
    updateActions();
}

void AppsPanel::createApp()
{
    if (m_session->currentGroupId().isEmpty())
        return;
    auto *dialog = new CreateAppDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { onCreateAccepted(dialog->newApp()); });
    dialog->open();
}

void AppsPanel::onCreateAccepted(const NewApp &newApp)
{
    auto *job = appcalls::create(*m_session->client(), m_session->currentGroupId(), newApp);
    ++m_pendingCalls;
    updateActions();
    job->onFinished(this, [this](Job<App> *job) {
        --m_pendingCalls;
        if (job->ok()) {
            m_selectAfterReload = job->result().id;
            emit statusMessage(tr("Created the app “%1”.").arg(job->result().name));
            refresh();
        } else {
            m_ui->errorBanner->setRetryVisible(false);
            m_ui->errorBanner->showError(job->error());
        }
        updateActions();
    });
}

void AppsPanel::deleteSelectedApp()
{
    const App app = selectedApp();
    if (app.isNull())
        return;
    const bool production = m_session->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(
        tr("Delete App"),
        tr("Delete the app “%1”? Its functions, values, services, hosting files and logs go "
           "with it. This cannot be undone.")
            .arg(app.name),
        tr("Delete"), production ? app.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, app] { removeApp(app); });
    dialog->open();
}

void AppsPanel::removeApp(const App &app)
{
    const QString groupId = app.groupId.isEmpty() ? m_model->groupId() : app.groupId;
    ApiJob *job = appcalls::remove(*m_session->client(), groupId, app.id);
    ++m_pendingCalls;
    updateActions();
    connect(job, &ApiJob::finished, this, [this, app](ApiJob *job) {
        --m_pendingCalls;
        if (job->ok()) {
            if (m_session->currentApp().id == app.id)
                m_session->setCurrentApp(App());
            emit statusMessage(tr("Deleted the app “%1”.").arg(app.name));
            refresh();
        } else {
            m_ui->errorBanner->setRetryVisible(false);
            m_ui->errorBanner->showError(job->error());
        }
        updateActions();
    });
}

void AppsPanel::openItem(const QString &appId)
{
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->tableView->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->tableView->setCurrentIndex(index);
    }
    m_session->setCurrentApp(m_model->appAt(row));
}
