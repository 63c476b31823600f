#include "functionspanel.h"
#include "functioneditortab.h"
#include "runconsole.h"
#include "saveconflictdialog.h"
#include "ui_functionspanel.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>
#include <api/usercalls.h>
#include <api/valuecalls.h>
#include <models/functionlistmodel.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace {

const char *const defaultSource
    = "exports = function(arg) {\n"
      "  // context.values.get(\"name\"), context.functions.execute(...)\n"
      "  return arg;\n"
      "};\n";

} // namespace

FunctionsPanel::FunctionsPanel(Session *session, const QString &autosaveDirectory, QWidget *parent)
    : Panel(parent)
    , m_ui(std::make_unique<Ui::FunctionsPanel>())
    , m_session(session)
    , m_model(new FunctionListModel(session->client(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_autosave(new AutosaveStore(autosaveDirectory, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("functionsPanel"));
    QFont title = m_ui->functionsTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->functionsTitleLabel->setFont(title);
    m_ui->recoveryBox->hide();
    m_ui->recoveryBox->setBackgroundRole(QPalette::AlternateBase);
    m_ui->recoveryBox->setAutoFillBackground(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(FunctionListModel::NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
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

    connect(m_ui->functionFilterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
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
    connect(m_ui->functionList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FunctionsPanel::updateActions);
    connect(m_ui->editorTabs, &QTabWidget::tabCloseRequested, this, &FunctionsPanel::closeTab);
    // The list follows the tab in front, so the row acted on is the function being looked at.
    connect(m_ui->editorTabs, &QTabWidget::currentChanged, this, [this] {
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

    connect(m_model, &FunctionListModel::loadingChanged, this, &FunctionsPanel::updateActions);
    connect(m_model, &FunctionListModel::errorOccurred, this, [this](const ApiError &error) {
        m_ui->functionsErrorBanner->setRetryVisible(true);
        m_ui->functionsErrorBanner->showError(error);
    });
    connect(m_model, &FunctionListModel::reloaded, this, [this] {
        m_ui->functionsErrorBanner->clear();
        updateCompletion();
        if (!m_selectAfterReload.isEmpty()) {
            m_model->fetchAll();
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

    connect(m_session, &Session::currentAppChanged, this, &FunctionsPanel::queueReload);
    connect(m_session, &Session::currentGroupChanged, this, &FunctionsPanel::queueReload);
    connect(m_session, &Session::signedOut, m_model, &FunctionListModel::clear);
    connect(m_session, &Session::signedIn, this, [this] {
        if (m_ui->functionsErrorBanner->isVisible()
            || m_model->appId() != m_session->currentApp().id)
            reloadForApp();
    });

    reloadForApp();
}

FunctionsPanel::~FunctionsPanel()
{
    if (m_usersJob)
        m_usersJob->abandon();
    // Tabs first: each writes its pending autosave through the store, which must still exist.
    while (tabCount() > 0)
        delete tabAt(0);
}

void FunctionsPanel::queueReload()
{
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadQueued = false;
            reloadForApp();
        },
        Qt::QueuedConnection);
}

void FunctionsPanel::reloadForApp()
{
    m_ui->functionsErrorBanner->clear();
    const App app = m_session->currentApp();
    const QString groupId = app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
    if (app.isNull() || groupId.isEmpty()) {
        m_model->clear();
        m_recovered.clear();
        showRecovered();
        updateActions();
        return;
    }
    if (m_model->appId() != app.id) {
        m_recovered.clear();
        showRecovered();
    }
    m_model->reload(groupId, app.id);
    m_autosave->findRecovered(groupId, app.id);
    loadUsers();
    loadValueNames(groupId, app.id);
    updateActions();
}

void FunctionsPanel::loadValueNames(const QString &groupId, const QString &appId)
{
    if (m_valuesJob) {
        disconnect(m_valuesJob, nullptr, this, nullptr);
        m_valuesJob->abandon();
    }
    m_valuesJob = valuecalls::names(*m_session->client(), groupId, appId);
    connect(m_valuesJob, &ApiJob::finished, this, [this](ApiJob *job) {
        if (job != m_valuesJob)
            return;
        m_valuesJob = nullptr;
        // Completion is a convenience: without the names the editor still offers the context API.
        if (job->ok())
            setValueNames(static_cast<Job<QStringList> *>(job)->result());
    });
}

void FunctionsPanel::refresh()
{
    reloadForApp();
}

void FunctionsPanel::focusFilter()
{
    m_ui->functionFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->functionFilterEdit->selectAll();
}

void FunctionsPanel::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const bool selected = !selectedFunction().isNull();
    const bool idle = m_pendingCalls == 0;
    m_ui->functionsBusyIndicator->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_ui->refreshFunctionsButton->setEnabled(haveApp);
    m_ui->newFunctionButton->setEnabled(haveApp);
    m_ui->renameFunctionButton->setEnabled(selected && idle);
    m_ui->duplicateFunctionButton->setEnabled(selected && idle);
    m_ui->deleteFunctionButton->setEnabled(selected && idle);
}

StitchFunction FunctionsPanel::selectedFunction() const
{
    const QModelIndexList rows = m_ui->functionList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->functionAt(m_proxy->mapToSource(rows.first()).row());
}

void FunctionsPanel::updateCompletion()
{
    const QStringList names = m_model->names();
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->appId() == m_model->appId())
            tabAt(i)->setCompletionNames(names, m_valueNames);
    }
}

void FunctionsPanel::setValueNames(const QStringList &names)
{
    m_valueNames = names;
    updateCompletion();
}

void FunctionsPanel::loadUsers(const QString &after)
{
    if (m_usersJob && after.isEmpty()) {
        disconnect(m_usersJob, nullptr, this, nullptr);
        m_usersJob->abandon();
    }
    if (after.isEmpty())
        m_usersLoading.clear();
    const QString appId = m_model->appId();
    m_usersJob = usercalls::list(*m_session->client(), m_model->groupId(), appId, after);
    connect(m_usersJob, &ApiJob::finished, this, [this, appId](ApiJob *job) {
        if (job != m_usersJob)
            return;
        m_usersJob = nullptr;
        if (!job->ok())
            return; // The picker keeps System; a run as a user is not possible without the list.
        const QList<AppUser> page = static_cast<Job<QList<AppUser>> *>(job)->result();
        m_usersLoading.append(page);
        // Servers page the list (50 by the reference); follow it to a sane bound.
        if (page.size() >= 50 && m_usersLoading.size() < 1000) {
            loadUsers(page.last().id);
            return;
        }
        m_users = m_usersLoading;
        for (int i = 0; i < tabCount(); ++i) {
            if (tabAt(i)->appId() == appId)
                tabAt(i)->runConsole()->setUsers(m_users);
        }
        emit usersLoaded();
    });
}

void FunctionsPanel::track(ApiJob *job, std::function<void(ApiJob *)> done, bool refreshAfter)
{
    ++m_pendingCalls;
    updateActions();
    connect(job, &ApiJob::finished, this, [this, done, refreshAfter](ApiJob *job) {
        --m_pendingCalls;
        if (job->ok()) {
            done(job);
            if (refreshAfter)
                m_model->refresh();
        } else {
            m_ui->functionsErrorBanner->setRetryVisible(false);
            m_ui->functionsErrorBanner->showError(job->error());
            if (job->error().httpStatus == 404)
                m_model->refresh();
        }
        updateActions();
    });
}

void FunctionsPanel::askName(const QString &title, const QString &label, const QString &initial,
                             std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("functionNameDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setAccessibleName(title);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
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
    StitchFunction function;
    function.name = name;
    function.source = QString::fromUtf8(defaultSource);
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *job = functioncalls::create(*m_session->client(), groupId, appId, function);
    track(job, [this, groupId, appId](ApiJob *job) {
        const StitchFunction created = static_cast<Job<StitchFunction> *>(job)->result();
        m_selectAfterReload = created.id;
        addTab(created, groupId, appId);
    });
}

void FunctionsPanel::renameSelected()
{
    const StitchFunction function = selectedFunction();
    if (function.isNull())
        return;
    askName(tr("Rename Function"), tr("New &name for “%1”:").arg(function.name), function.name,
            [this, id = function.id](const QString &name) { renameFunction(id, name); });
}

void FunctionsPanel::renameFunction(const QString &functionId, const QString &newName)
{
    // A rename is a PUT of the whole function: read the server's copy first, so only the name
    // changes, whatever an open tab holds.
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *get = functioncalls::get(*m_session->client(), groupId, appId, functionId);
    track(
        get,
        [this, groupId, appId, newName](ApiJob *job) {
            StitchFunction function = static_cast<Job<StitchFunction> *>(job)->result();
            function.name = newName;
            track(functioncalls::update(*m_session->client(), groupId, appId, function),
                  [this, function](ApiJob *) {
                      m_selectAfterReload = function.id;
                      if (FunctionEditorTab *tab = tabFor(function.id))
                          tab->setServerName(function.name);
                  });
        },
        false);
}

void FunctionsPanel::duplicateSelected()
{
    const StitchFunction function = selectedFunction();
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
    auto *get = functioncalls::get(*m_session->client(), groupId, appId, functionId);
    track(
        get,
        [this, groupId, appId, newName](ApiJob *job) {
            StitchFunction copy = static_cast<Job<StitchFunction> *>(job)->result();
            copy.id.clear();
            copy.name = newName;
            track(functioncalls::create(*m_session->client(), groupId, appId, copy),
                  [this](ApiJob *job) {
                      m_selectAfterReload = static_cast<Job<StitchFunction> *>(job)->result().id;
                  });
        },
        false);
}

void FunctionsPanel::deleteSelected()
{
    const StitchFunction function = selectedFunction();
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
    auto *job = functioncalls::remove(*m_session->client(), m_model->groupId(), m_model->appId(),
                                      functionId);
    track(job, [this, functionId](ApiJob *) {
        if (FunctionEditorTab *tab = tabFor(functionId))
            discardTab(m_ui->editorTabs->indexOf(tab));
    });
}
