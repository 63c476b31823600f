// The Triggers panel: construction, context, the pickers' lists and the list's selection.
// (Widgets: _layout.cpp; the form: _form.cpp; commands: _actions.cpp; the watch: _watch.cpp.)
#include "triggerspanel.h"
#include "listfilterbinding.h"
#include "triggerspanel_p.h"

#include <api/callchain.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace triggerspanel;

TriggersPanel::TriggersPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
    , m_model(new TriggerListModel(session->client(), this))
    , m_proxy(new ListFilterProxy(m_model, this))
    , m_watchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("triggersPanel"));
    buildLayout();
    m_table->setModel(m_proxy);
    m_table->sortByColumn(TriggerListModel::NameColumn, Qt::AscendingOrder);
    m_table->setColumnWidth(TriggerListModel::NameColumn, 160);
    m_table->setColumnWidth(TriggerListModel::FunctionColumn, 180);

    m_filterBinding = new ListFilterBinding(m_filter, m_count, m_proxy,
                                            [](int n) { return tr("%n trigger(s)", nullptr, n); }, m_table);
    connect(m_filter, &QLineEdit::textChanged, this, &TriggersPanel::updateActions);
    connect(m_proxy, &ListFilterProxy::countChanged, this, &TriggersPanel::updateCount);
    connect(m_new, &QPushButton::clicked, this, [this] { newTrigger(); });
    connect(m_delete, &QPushButton::clicked, this, &TriggersPanel::deleteSelected);
    connect(m_toggle, &QPushButton::clicked, this, &TriggersPanel::toggleEnabled);
    connect(m_resume, &QPushButton::clicked, this, &TriggersPanel::resumeSelected);
    connect(m_history, &QPushButton::clicked, this, &TriggersPanel::showFiringHistory);
    connect(m_refresh, &QPushButton::clicked, this, &TriggersPanel::refresh);
    connect(m_save, &QPushButton::clicked, this, &TriggersPanel::saveShown);
    connect(m_revert, &QPushButton::clicked, this, &TriggersPanel::revertShown);
    connect(m_jump, &QToolButton::clicked, this, &TriggersPanel::jumpToFunction);
    connect(m_banner, &ErrorBanner::retryRequested, this, &TriggersPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TriggersPanel::onCurrentRowChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(qMax(0, index));
        updateActions();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &TriggersPanel::onTabChanged);
    // Any edit refreshes the title's "(changed)" and the buttons.
    for (QLineEdit *edit : { m_name, m_database, m_collection, m_schedule })
        connect(edit, &QLineEdit::textChanged, this, &TriggersPanel::updateActions);
    for (QComboBox *combo : { m_function, m_service, m_authOperation })
        connect(combo, &QComboBox::currentIndexChanged, this, &TriggersPanel::updateActions);
    for (QCheckBox *check : { m_enabled, m_fullDocument, m_skipCatchup })
        connect(check, &QCheckBox::toggled, this, &TriggersPanel::updateActions);
    for (QCheckBox *check : qAsConst(m_operations))
        connect(check, &QCheckBox::toggled, this, &TriggersPanel::updateActions);
    connect(m_match, &QsciScintilla::textChanged, this, &TriggersPanel::updateActions);
    connect(m_json, &QsciScintilla::textChanged, this, &TriggersPanel::updateActions);

    connect(m_model, &ListModelBase::loadingChanged, this, &TriggersPanel::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        m_banner->showError(error);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        m_banner->clear();
        seeTriggers(m_model->appId(), m_model->items());
        // A server that sends no last_modified (stitch-local) leaves that column empty: hide it.
        const bool dated = std::any_of(m_model->items().cbegin(), m_model->items().cend(),
                                       [](const StitchTrigger &t) { return t.lastModified > 0; });
        m_table->setColumnHidden(TriggerListModel::LastModifiedColumn, !dated);
        const QString select = m_selectAfterReload.isEmpty() ? m_shown.id : m_selectAfterReload;
        m_selectAfterReload.clear();
        if (!select.isEmpty())
            selectId(select);
        // A trigger asked for before the list had it (palette, notification) is shown now.
        const QString open = std::exchange(m_openAfterReload, QString());
        if (!open.isEmpty() && open == select && m_model->rowOf(open) >= 0 && !hasUnsavedChanges())
            showTrigger(m_model->triggerAt(m_model->rowOf(open)));
        // The list's copy is the newest: a trigger shown unchanged follows it.
        const int row = m_model->rowOf(m_shown.id);
        if (!m_shown.id.isEmpty() && row >= 0 && !hasUnsavedChanges())
            showTrigger(m_model->triggerAt(row));
        updateActions();
    });

    // The function picker and the broken marks follow the shared functions list.
    FunctionListModel *functions = SharedModels::of(session)->functions();
    const auto functionsChanged = [this, functions] {
        QSet<QString> ids;
        for (const StitchFunction &function : functions->items())
            ids.insert(function.id);
        m_model->setFunctionIds(ids, functions->hasLoaded() && !functions->isLoading());
        fillFunctionPicker();
        updateActions();
    };
    connect(functions, &QAbstractItemModel::modelReset, this, functionsChanged);
    connect(functions, &QAbstractItemModel::rowsInserted, this, functionsChanged);
    connect(functions, &QAbstractItemModel::rowsRemoved, this, functionsChanged);
    connect(functions, &QAbstractItemModel::dataChanged, this, functionsChanged);
    connect(functions, &ListModelBase::loadingChanged, this, functionsChanged);
    functionsChanged(); // a panel built after the list loaded

    bindAction(m_new, QKeySequence::New);
    declareCalls(
        bindAction(m_save, QKeySequence::Save),
        { QStringLiteral("triggercalls::create"), QStringLiteral("triggercalls::update") });
    bindAction(m_revert);
    declareCalls(bindAction(m_delete), { QStringLiteral("triggercalls::remove") });
    declareCalls(bindAction(m_toggle),
                 { QStringLiteral("triggercalls::get"), QStringLiteral("triggercalls::update") });
    declareCalls(bindAction(m_resume), { QStringLiteral("triggercalls::resume") });
    bindAction(m_history);
    bindAction(m_jump);
    declareCallsOnShow({ QStringLiteral("triggercalls::list") });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &TriggersPanel::deleteSelected);

    // The watch runs whether or not the panel is shown: one list call a minute, and one when
    // the window comes back to the front.
    m_watchTimer->setInterval(kWatchInterval);
    connect(m_watchTimer, &QTimer::timeout, this, &TriggersPanel::pollIfStale);
    m_watchTimer->start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    pollIfStale();
            });
    connect(session, &Session::contextChanged, this, &TriggersPanel::pollIfStale);
    QTimer::singleShot(0, this, &TriggersPanel::pollIfStale);

    showTrigger(StitchTrigger());
    applyErrorPalette();
}

TriggersPanel::~TriggersPanel()
{
    ApiJob::abandonFor(this, m_watchJob);
    ApiJob::abandonFor(this, m_servicesJob);
    ApiJob::abandonFor(this, m_providersJob);
}

QString TriggersPanel::groupId() const
{
    const App app = session()->currentApp();
    return app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
}

void TriggersPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("Triggers"));
        // A form with edits stays (a session that ended mid-edit): only a clean one goes.
        if (!hasUnsavedChanges())
            showTrigger(StitchTrigger());
        updateActions();
        return;
    }
    m_title->setText(tr("Triggers of %1").arg(app.name));
    if (m_model->appId() != app.id && !m_model->appId().isEmpty())
        showTrigger(StitchTrigger());
    refresh();
}

void TriggersPanel::refresh()
{
    markFresh();
    m_banner->clear();
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn())
        return;
    SharedModels::of(session())->ensureLoaded();
    m_model->reload(groupId(), app.id);
    loadPickers();
}

void TriggersPanel::loadPickers()
{
    const App app = session()->currentApp();
    ApiJob::abandonFor(this, m_servicesJob);
    ApiJob::abandonFor(this, m_providersJob);
    auto *services = triggercalls::services(*session()->client(), groupId(), app.id);
    m_servicesJob = services;
    services->onFinished(this, [this](Job<QList<ServiceSummary>> *job) {
        m_servicesJob = nullptr;
        if (job->ok()) {
            m_services = job->result();
            m_servicesKnown = true;
            fillServicePicker();
        }
        updateActions();
    });
    auto *providers = triggercalls::authProviders(*session()->client(), groupId(), app.id);
    m_providersJob = providers;
    providers->onFinished(this, [this](Job<QList<AuthProviderSummary>> *job) {
        m_providersJob = nullptr;
        if (job->ok()) {
            m_authProviders = job->result();
            QStringList checked;
            for (const QCheckBox *check : qAsConst(m_providers)) {
                if (check->isChecked())
                    checked << check->property("providerType").toString();
            }
            if (m_providers.isEmpty())
                checked = stringsOf(m_shown.config.value(QLatin1String("providers")));
            fillProviderChecks(checked);
        }
        updateActions();
    });
}

void TriggersPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString TriggersPanel::errorText() const
{
    return m_fieldError->text();
}

void TriggersPanel::updateCount()
{
    if (m_filterBinding)
        m_filterBinding->updateCount();
}

QString TriggersPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ListModelBase::IdRole).toString();
}

StitchTrigger TriggersPanel::selectedTrigger() const
{
    return m_model->triggerAt(m_model->rowOf(selectedId()));
}

void TriggersPanel::updateActions()
{
    const bool haveApp = !session()->currentApp().isNull() && session()->isSignedIn();
    const bool idle = m_pendingCalls == 0;
    const StitchTrigger selected = selectedTrigger();
    const bool haveSelected = !selected.id.isEmpty();
    m_busy->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_new->setEnabled(haveApp && idle);
    m_refresh->setEnabled(haveApp);
    m_delete->setEnabled(haveSelected && idle);
    m_toggle->setEnabled(haveSelected && idle);
    m_toggle->setText(selected.disabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_resume->setEnabled(haveSelected && selected.suspended && idle);
    m_history->setEnabled(haveSelected);

    m_tabs->setEnabled(m_editing);
    const bool dirty = hasUnsavedChanges();
    const bool broken = m_editing && !m_shown.id.isEmpty() && m_model->isBroken(m_shown);
    m_save->setEnabled(m_editing && idle && (dirty || broken || m_shown.id.isEmpty()));
    m_revert->setEnabled(m_editing && dirty && !m_shown.id.isEmpty());
    const QString functionId = m_function->currentData().toString();
    m_jump->setEnabled(m_editing && !functionId.isEmpty()
                       && SharedModels::of(session())->functions()->rowOf(functionId) >= 0);
    if (!m_editing)
        m_editorTitle->setText(tr("No trigger selected"));
    else if (m_shown.id.isEmpty())
        m_editorTitle->setText(tr("New trigger"));
    else
        m_editorTitle->setText((dirty ? tr("%1 (changed)") : tr("%1")).arg(m_shown.name));
    m_brokenNote->setVisible(broken || (m_editing && m_shown.suspended));
    if (broken)
        m_brokenNote->setText(tr("The function “%1” this trigger runs no longer exists: pick "
                                 "another and save.")
                                  .arg(m_shown.functionName));
    else if (m_editing && m_shown.suspended)
        m_brokenNote->setText(tr("Suspended: its function failed repeatedly. Fix the function, "
                                 "then Resume."));

    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its triggers."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        m_hint->setText(tr("This app has no triggers yet. New… creates one."));
    else if (!m_filter->text().isEmpty() && m_proxy->rowCount() == 0 && m_model->rowCount() > 0)
        m_hint->setText(tr("No trigger matches “%1”.").arg(m_filter->text()));
    else
        m_hint->setText(tr("Triggers run a function on a database change, an authentication "
                           "event or a schedule."));
    updateCount();
}

void TriggersPanel::updateBadge()
{
    setBadge(m_suspended.isEmpty() ? QString()
                                   : tr("%n suspended", nullptr, int(m_suspended.size())));
}

void TriggersPanel::selectId(const QString &triggerId)
{
    const int row = m_model->rowOf(triggerId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hid it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TriggersPanel::onCurrentRowChanged()
{
    const QString id = m_table->currentIndex().data(ListModelBase::IdRole).toString();
    updateActions();
    if (id.isEmpty() || (id == m_shown.id && m_editing))
        return;
    const QString shownId = m_shown.id;
    askDiscard([this, id] { openItem(id); });
    // Until the user answers, the list shows the trigger being edited.
    if (hasUnsavedChanges() && !shownId.isEmpty())
        selectId(shownId);
}

void TriggersPanel::openItem(const QString &triggerId)
{
    const int row = m_model->rowOf(triggerId);
    if (row < 0) {
        // Not loaded yet (a notification clicked before the panel was shown).
        m_selectAfterReload = triggerId;
        m_openAfterReload = triggerId;
        return;
    }
    selectId(triggerId);
    showTrigger(m_model->triggerAt(row));
    updateActions();
}

void TriggersPanel::askDiscard(std::function<void()> proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    // Nothing typed is dropped without asking.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved Trigger"),
        tr("The trigger “%1” has changes that are not saved.")
            .arg(m_shown.id.isEmpty() ? tr("new trigger") : m_shown.name),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedTriggerQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [proceed](int choice) {
        if (choice == QMessageBox::Discard)
            proceed();
    });
    box->open();
}
