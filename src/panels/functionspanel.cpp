#include "functionspanel.h"

#include "dependenciespane.h"
#include "deploypanel.h"
#include "functioneditortab.h"
#include "listfilterbinding.h"
#include "runconsole.h"
#include "saveconflictdialog.h"
#include "ui_functionspanel.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <api/functioncalls.h>
#include <models/dependencylistmodel.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/userlistmodel.h>
#include <models/valuelistmodel.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/namedialog.h>

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>

namespace {

const char *const defaultSource
    = "exports = function(arg) {\n"
      "  // context.values.get(\"name\"), context.functions.execute(...)\n"
      "  return arg;\n"
      "};\n";

} // namespace

FunctionsPanel::FunctionsPanel(Session *session, const QString &autosaveDirectory, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_ui(std::make_unique<Ui::FunctionsPanel>())
    , m_session(session)
    , m_shared(SharedModels::of(session))
    , m_model(m_shared->functions())
    , m_proxy(new ListFilterProxy(m_model, this))
    , m_autosave(new AutosaveStore(autosaveDirectory, this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(1, new DraftBanner(session, this));
    setObjectName(QStringLiteral("functionsPanel"));
    QFont title = m_ui->functionsTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->functionsTitleLabel->setFont(title);
    m_ui->recoveryBox->hide();
    m_ui->recoveryBox->setBackgroundRole(QPalette::AlternateBase);
    m_ui->recoveryBox->setAutoFillBackground(true);

    m_proxy->setFilterKeyColumn(FunctionListModel::NameColumn);
    m_ui->functionList->setModel(m_proxy);
    m_ui->functionList->sortByColumn(FunctionListModel::NameColumn, Qt::AscendingOrder);
    m_ui->functionList->horizontalHeader()->setSectionResizeMode(FunctionListModel::NameColumn,
                                                                 QHeaderView::Stretch);
    m_ui->functionList->horizontalHeader()->setSectionResizeMode(FunctionListModel::PrivateColumn,
                                                                 QHeaderView::ResizeToContents);
    m_ui->functionList->horizontalHeader()->setStretchLastSection(false);
    m_ui->functionList->setMinimumWidth(160);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 210, 800 });
    m_ui->editorStack->setCurrentWidget(m_ui->placeholderLabel);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);

    new ListFilterBinding(
        m_ui->functionFilterEdit, m_ui->functionCountLabel, m_proxy,
        [](int n) { return tr("%Ln function(s)", nullptr, n); }, m_ui->functionList);
    connect(m_ui->refreshFunctionsButton, &QPushButton::clicked, this, &FunctionsPanel::refresh);
    connect(m_ui->newFunctionButton, &QPushButton::clicked, this, &FunctionsPanel::newFunction);
    connect(m_ui->renameFunctionButton, &QPushButton::clicked, this,
            &FunctionsPanel::renameSelected);
    connect(m_ui->duplicateFunctionButton, &QPushButton::clicked, this,
            &FunctionsPanel::duplicateSelected);
    connect(m_ui->deleteFunctionButton, &QPushButton::clicked, this,
            &FunctionsPanel::deleteSelected);
    connect(m_ui->recoveryButton, &QPushButton::clicked, this, &FunctionsPanel::reviewRecovered);
    connect(m_ui->functionsErrorBanner, &ErrorBanner::retryRequested, this,
            &FunctionsPanel::refresh);
    connect(m_ui->functionList, &QAbstractItemView::activated, this, &FunctionsPanel::openSelected);
    declareCalls(bindAction(m_ui->refreshFunctionsButton),
                 { QStringLiteral("functioncalls::list") });
    declareCalls(bindAction(m_ui->newFunctionButton), { QStringLiteral("functioncalls::create") });
    declareCalls(bindAction(m_ui->renameFunctionButton),
                 { QStringLiteral("appcalls::exportZip"), QStringLiteral("functioncalls::get"),
                   QStringLiteral("functioncalls::update") });
    declareCalls(bindAction(m_ui->duplicateFunctionButton),
                 { QStringLiteral("functioncalls::get"), QStringLiteral("functioncalls::create") });
    declareCalls(bindAction(m_ui->deleteFunctionButton),
                 { QStringLiteral("functioncalls::remove") });
    declareCallsOnSelect({ QStringLiteral("functioncalls::get") }); // opening it in a tab
    // The open tab's commands, for the palette (the tab's own Ctrl+S and Ctrl+Enter stay).
    auto tabAction = [this](const QString &text, const QString &name, auto run) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, run] {
            if (FunctionEditorTab *tab = currentTab())
                run(tab);
        });
        addAction(action);
        return action;
    };
    m_saveAction = tabAction(tr("Save Function"), QStringLiteral("saveFunctionAction"),
                             [](FunctionEditorTab *tab) { tab->save(); });
    declareCalls(m_saveAction,
                 { QStringLiteral("functioncalls::get"), QStringLiteral("functioncalls::update") });
    declareCalls(tabAction(tr("Run Saved Function"), QStringLiteral("runSavedAction"),
                           [](FunctionEditorTab *tab) { tab->runConsole()->runSaved(); }),
                 { QStringLiteral("functioncalls::execute") });
    declareCalls(tabAction(tr("Run Buffer"), QStringLiteral("runBufferAction"),
                           [](FunctionEditorTab *tab) { tab->runConsole()->runBuffer(); }),
                 { QStringLiteral("functioncalls::executeSource") });
    connect(m_ui->functionList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FunctionsPanel::updateActions);
    connect(m_ui->editorTabs, &QTabWidget::tabCloseRequested, this, &FunctionsPanel::closeTab);
    // The list follows the tab in front, so the row acted on is the function being looked at.
    connect(m_ui->editorTabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        const FunctionEditorTab *tab = currentTab();
        const int row
            = tab && tab->appId() == m_model->appId() ? m_model->rowOf(tab->functionId()) : -1;
        if (row < 0 || row >= m_model->rowCount())
            return;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_ui->functionList->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence::New, &FunctionsPanel::newFunction);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] {
        if (m_ui->editorTabs->count() > 0)
            closeTab(m_ui->editorTabs->currentIndex());
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_ui->functionList);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &FunctionsPanel::deleteSelected);

    connect(m_model, &ListModelBase::loadingChanged, this, &FunctionsPanel::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_ui->functionsErrorBanner->setRetryVisible(true);
        m_ui->functionsErrorBanner->showError(error);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        m_ui->functionsErrorBanner->clear();
        updateCompletion();
        if (!m_selectAfterReload.isEmpty()) {
            const int row = m_model->rowOf(m_selectAfterReload);
            m_selectAfterReload.clear();
            if (row >= 0) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_ui->functionList->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_ui->functionList->setCurrentIndex(index);
            }
        }
        updateActions();
    });
    connect(m_autosave, &AutosaveStore::recovered, this, &FunctionsPanel::onRecovered);
    connect(m_autosave, &AutosaveStore::writeFailed, this,
            [this](const QString &, const QString &message) {
                m_ui->functionsErrorBanner->setRetryVisible(false);
                m_ui->functionsErrorBanner->showMessage(
                    tr("Unsaved changes could not be backed up: %1").arg(message));
            });

    connect(m_shared->values(), &ListModelBase::reloaded, this, &FunctionsPanel::updateCompletion);
    setUpDependencies();
    setUpCases();
    UserListModel *users = m_shared->users();
    connect(users, &ListModelBase::reloaded, this, &FunctionsPanel::onUsersPage);
    connect(users, &ListModelBase::pageAppended, this, &FunctionsPanel::onUsersPage);
    reloadForApp(false);
    markFresh();
}

FunctionsPanel::~FunctionsPanel()
{
    // Tabs first: each writes its pending autosave through the store, which must still exist.
    while (tabCount() > 0)
        delete tabAt(0);
}

void FunctionsPanel::reloadForContext()
{
    reloadForApp(false);
}

void FunctionsPanel::reloadForApp(bool force)
{
    m_ui->functionsErrorBanner->clear();
    const App app = m_session->currentApp();
    const QString groupId = app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
    if (app.isNull() || groupId.isEmpty()) {
        m_model->clear();
        m_dependencies->setApp(QString(), QString());
        m_recovered.clear();
        showRecovered();
        updateActions();
        return;
    }
    if (m_model->appId() != app.id) {
        m_recovered.clear();
        showRecovered();
    }
    // The lists are shared (completion, the palette): loaded once per app unless F5 says so.
    const auto load = [&](ListModelBase *model) {
        if (force)
            model->reload(groupId, app.id);
        else
            model->ensureLoaded(groupId, app.id);
    };
    load(m_model);
    load(m_shared->values());
    load(m_shared->users());
    if (force)
        m_dependencies->refresh();
    m_dependencies->setApp(groupId, app.id);
    m_autosave->findRecovered(groupId, app.id);
    updateActions();
}

void FunctionsPanel::refresh()
{
    markFresh();
    reloadForApp(true);
}

void FunctionsPanel::focusFilter()
{
    m_ui->functionFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->functionFilterEdit->selectAll();
}

void FunctionsPanel::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const bool selected = !functionToActOn().isNull();
    const bool idle = m_pendingCalls == 0;
    m_ui->functionsBusyIndicator->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_ui->refreshFunctionsButton->setEnabled(haveApp);
    m_ui->newFunctionButton->setEnabled(haveApp);
    // The hint never points at a New that is greyed out.
    m_ui->placeholderLabel->setText(
            haveApp ? tr("Open a function from the list (Enter or double-click), or create one "
                         "with New.")
                    : tr("Pick an app in the Apps panel to see and edit its functions."));
    m_ui->renameFunctionButton->setEnabled(selected && idle);
    m_ui->duplicateFunctionButton->setEnabled(selected && idle);
    m_ui->deleteFunctionButton->setEnabled(selected && idle);
    const FunctionEditorTab *tab = currentTab();
    m_saveAction->setEnabled(tab && tab->isDirty() && !tab->isSaving());
}

StitchFunction FunctionsPanel::selectedFunction() const
{
    const QModelIndexList rows = m_ui->functionList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->functionAt(m_proxy->mapToSource(rows.first()).row());
}

StitchFunction FunctionsPanel::functionToActOn() const
{
    // The list's selection, or else the function in front: a filter can hide its row while
    // its tab is what the user is looking at.
    const StitchFunction selected = selectedFunction();
    if (!selected.isNull())
        return selected;
    const FunctionEditorTab *tab = currentTab();
    if (!tab || tab->appId() != m_model->appId())
        return {};
    const int row = m_model->rowOf(tab->functionId());
    return row >= 0 ? m_model->functionAt(row) : StitchFunction();
}

void FunctionsPanel::updateCompletion()
{
    const QStringList names = m_model->names();
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->appId() == m_model->appId()) {
            tabAt(i)->setCompletionNames(names, valueNames());
            tabAt(i)->setPackageNames(packageNames());
        }
    }
}

QStringList FunctionsPanel::packageNames() const
{
    return m_dependencies->model()->appId() == m_model->appId() ? m_dependencies->model()->names()
                                                                : QStringList();
}

QStringList FunctionsPanel::valueNames() const
{
    return m_shared->values()->appId() == m_model->appId() ? m_shared->values()->names()
                                                           : QStringList();
}

QList<AppUser> FunctionsPanel::users() const
{
    return m_shared->users()->appId() == m_model->appId() ? m_shared->users()->items()
                                                          : QList<AppUser>();
}

void FunctionsPanel::onUsersPage()
{
    UserListModel *users = m_shared->users();
    // The picker lists a sane number of users; past that it searches (a later issue).
    if (users->canFetchMore() && users->rowCount() < 1000) {
        users->fetchMore();
        return;
    }
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->appId() == users->appId())
            tabAt(i)->runConsole()->setUsers(users->items());
    }
    emit usersLoaded();
}

void FunctionsPanel::track(CallChain *chain, std::function<void()> done)
{
    ++m_pendingCalls;
    updateActions();
    chain->run([this, done](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            done();
            m_model->refresh();
            m_session->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled) {
            m_ui->functionsErrorBanner->setRetryVisible(false);
            m_ui->functionsErrorBanner->showError(error);
            if (error.httpStatus == 404)
                m_model->refresh();
        }
        updateActions();
    });
}

void FunctionsPanel::askName(const QString &title, const QString &label, const QString &initial,
                             std::function<void(const QString &)> done)
{
    // Function names follow the same rule as other resource names: checked as typed, so the
    // server's 400 is never the first a user hears of it.
    auto *dialog = new NameDialog(
            title, label, initial,
            [](const QString &name) {
                return NameDialog::resourceNameProblem(name, tr("Enter a name for the function."));
            },
            this);
    dialog->setObjectName(QStringLiteral("functionNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NameDialog::nameChosen, this, std::move(done));
    dialog->open();
}

void FunctionsPanel::newFunction()
{
    if (m_model->appId().isEmpty())
        return;
    askName(tr("New Function"), tr("Function &name:"), QString(),
            [this](const QString &name) { createFunction(name); });
}

void FunctionsPanel::createFunction(const QString &name)
{
    auto created = std::make_shared<StitchFunction>();
    created->name = name;
    created->source = QString::fromUtf8(defaultSource);
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    ApiClient *client = m_session->client();
    auto *chain = (new CallChain(this))->then(
        [=] { return functioncalls::create(*client, groupId, appId, *created); },
        [=](const StitchFunction &answer) { *created = answer; });
    track(chain, [this, created, groupId, appId] {
        m_selectAfterReload = created->id;
        addTab(*created, groupId, appId);
        emit statusMessage(tr("Created the function “%1”.").arg(created->name));
    });
}

void FunctionsPanel::duplicateSelected()
{
    const StitchFunction function = functionToActOn();
    if (function.isNull())
        return;
    askName(tr("Duplicate Function"), tr("&Name of the copy of “%1”:").arg(function.name),
            tr("%1_copy").arg(function.name),
            [this, id = function.id](const QString &name) { duplicateFunction(id, name); });
}

void FunctionsPanel::duplicateFunction(const QString &functionId, const QString &newName)
{
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    ApiClient *client = m_session->client();
    auto copy = std::make_shared<StitchFunction>();
    auto *chain = (new CallChain(this))
                      ->then([=] { return functioncalls::get(*client, groupId, appId, functionId); },
                             [=](const StitchFunction &original) {
                                 *copy = original;
                                 copy->id.clear();
                                 copy->name = newName;
                             })
                      ->then([=] { return functioncalls::create(*client, groupId, appId, *copy); },
                             [=](const StitchFunction &created) { *copy = created; });
    track(chain, [this, copy] {
        m_selectAfterReload = copy->id;
        emit statusMessage(tr("Duplicated as “%1”.").arg(copy->name));
    });
}

void FunctionsPanel::deleteSelected()
{
    const StitchFunction function = functionToActOn();
    if (function.isNull())
        return;
    const bool production = m_session->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(
        tr("Delete Function"),
        tr("Delete the function “%1”? Triggers, webhooks and other functions that call it will "
           "fail. This cannot be undone.")
            .arg(function.name),
        tr("Delete"), production ? function.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = function.id] { deleteFunction(id); });
    dialog->open();
}

void FunctionsPanel::deleteFunction(const QString &functionId)
{
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    const QString name = m_model->functionAt(m_model->rowOf(functionId)).name;
    ApiClient *client = m_session->client();
    auto *chain = (new CallChain(this))->then(
        [=] { return functioncalls::remove(*client, groupId, appId, functionId); });
    track(chain, [this, functionId, name] {
        if (FunctionEditorTab *tab = tabFor(functionId))
            discardTab(m_ui->editorTabs->indexOf(tab));
        emit statusMessage(tr("Deleted the function “%1”.").arg(name));
    });
}
