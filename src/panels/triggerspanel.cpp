#include "triggerspanel.h"

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
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kWatchInterval = 60 * 1000;
constexpr int kFreshForMs = 10 * 1000; //!< a list this young needs no poll (focus, start-up)

const QStringList &knownProviderTypes()
{
    // The types an authentication trigger may name (the server's list).
    static const QStringList types { QStringLiteral("anon-user"),
                                     QStringLiteral("local-userpass"),
                                     QStringLiteral("api-key"),
                                     QStringLiteral("oauth2-google"),
                                     QStringLiteral("oauth2-facebook"),
                                     QStringLiteral("custom-token"),
                                     QStringLiteral("custom-function") };
    return types;
}

// The config keys each form shows; the rest are kept as they were.
QStringList formKeys(const QString &type)
{
    if (type == QLatin1String("DATABASE"))
        return { QStringLiteral("service_id"), QStringLiteral("database"),
                 QStringLiteral("collection"), QStringLiteral("operation_types"),
                 QStringLiteral("full_document"), QStringLiteral("match") };
    if (type == QLatin1String("AUTHENTICATION"))
        return { QStringLiteral("operation_type"), QStringLiteral("providers") };
    if (type == QLatin1String("SCHEDULED"))
        return { QStringLiteral("schedule"), QStringLiteral("skip_catchup_events") };
    return {};
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

// A red that reads on the palette's window colour (the palette's BrightText is white on the
// light theme, so it cannot say "wrong").
QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(0, 190, dark ? 165 : 95);
}

} // namespace

void TriggersPanel::addFieldRow(QFormLayout *form, const QString &text, QWidget *field,
                                QLayout *row)
{
    auto *label = new QLabel(text, field->parentWidget());
    // A box of checkboxes takes the mnemonic on its first box.
    QWidget *buddy = field;
    if (field == m_operationsBox && !m_operations.isEmpty())
        buddy = m_operations.first();
    label->setBuddy(buddy);
    m_fieldLabels.insert(field, label);
    if (row)
        form->addRow(label, row);
    else
        form->addRow(label, field);
}

void TriggersPanel::applyErrorPalette()
{
    const QColor red = errorColor(palette());
    const QList<QWidget *> marked { m_fieldError, m_brokenNote };
    for (QWidget *widget : marked) {
        QPalette p = widget->palette();
        p.setColor(QPalette::WindowText, red);
        widget->setPalette(p);
    }
    for (QLabel *label : qAsConst(m_fieldLabels)) {
        QPalette p = palette();
        if (label->property("invalid").toBool())
            p.setColor(QPalette::WindowText, red);
        label->setPalette(p);
        QFont font = label->font();
        font.setBold(label->property("invalid").toBool());
        label->setFont(font);
    }
}

void TriggersPanel::changeEvent(QEvent *event)
{
    Panel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette) {
        m_applyingPalette = true;
        applyErrorPalette();
        m_applyingPalette = false;
    }
}

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

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ListFilterProxy::setFilterText);
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

void TriggersPanel::buildLayout()
{
    m_title = new QLabel(tr("Triggers"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("triggerHintLabel"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("triggersErrorBanner"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("triggerFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, type or function"));
    m_filter->setAccessibleName(tr("Filter triggers"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("triggerCountLabel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("triggerTable"));
    m_table->setAccessibleName(tr("Triggers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);

    const auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_new = button(tr("&New…"), QStringLiteral("newTriggerButton"), tr("Create a trigger (Ctrl+N)"));
    m_delete = button(tr("&Delete…"), QStringLiteral("deleteTriggerButton"),
                      tr("Delete the selected trigger (Del)"));
    m_toggle = button(tr("Disa&ble"), QStringLiteral("toggleTriggerButton"),
                      tr("Stop or start firing the selected trigger"));
    m_resume = button(tr("Res&ume"), QStringLiteral("resumeTriggerButton"),
                      tr("Let the selected suspended trigger fire again"));
    m_history = button(tr("Firing &History"), QStringLiteral("triggerHistoryButton"),
                       tr("Show the selected trigger's runs in Logs"));
    m_refresh = button(tr("Refresh"), QStringLiteral("refreshTriggersButton"),
                       tr("Load the triggers again (F5)"));
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading triggers"));

    m_editorTitle = new QLabel(this);
    m_editorTitle->setObjectName(QStringLiteral("triggerEditorTitle"));
    m_editorTitle->setFont(titleFont);
    m_brokenNote = new QLabel(this);
    m_brokenNote->setObjectName(QStringLiteral("triggerBrokenNote"));
    m_brokenNote->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("triggerTabs"));

    auto *form = new QWidget(m_tabs);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("triggerNameEdit"));
    m_name->setAccessibleName(tr("Trigger name"));
    m_type = new QComboBox(form);
    m_type->setObjectName(QStringLiteral("triggerTypeCombo"));
    m_type->setAccessibleName(tr("Trigger type"));
    for (const QString &type : triggercalls::types())
        m_type->addItem(TriggerListModel::typeTitle(type), type);
    m_function = new QComboBox(form);
    m_function->setObjectName(QStringLiteral("triggerFunctionCombo"));
    m_function->setAccessibleName(tr("Function the trigger runs"));
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_function->setMinimumContentsLength(16);
    m_jump = new QToolButton(form);
    m_jump->setObjectName(QStringLiteral("triggerJumpButton"));
    m_jump->setText(tr("&Open Function"));
    m_jump->setToolTip(tr("Open this function in the Functions panel"));
    m_enabled = new QCheckBox(tr("&Enabled: fire on events"), form);
    m_enabled->setObjectName(QStringLiteral("triggerEnabledCheck"));
    auto *functionRow = new QHBoxLayout;
    functionRow->setContentsMargins(0, 0, 0, 0);
    functionRow->addWidget(m_function, 1);
    functionRow->addWidget(m_jump);
    auto *common = new QFormLayout;
    addFieldRow(common, tr("&Name:"), m_name);
    addFieldRow(common, tr("&Type:"), m_type);
    addFieldRow(common, tr("&Function:"), m_function, functionRow);
    common->addRow(QString(), m_enabled);
    m_pages = new QStackedWidget(form);
    m_pages->setObjectName(QStringLiteral("triggerTypePages"));
    m_pages->addWidget(buildDatabasePage());
    m_pages->addWidget(buildAuthenticationPage());
    m_pages->addWidget(buildScheduledPage());
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(common);
    formLayout->addWidget(m_pages, 1);
    m_tabs->addTab(form, tr("F&orm"));

    m_json = new JsonEditor(m_tabs);
    m_json->setObjectName(QStringLiteral("triggerJsonEditor"));
    m_json->setAccessibleName(tr("Trigger as JSON"));
    m_tabs->addTab(m_json, tr("&JSON"));

    m_fieldError = new QLabel(this);
    m_fieldError->setObjectName(QStringLiteral("triggerFieldError"));
    m_fieldError->setWordWrap(true);

    m_fieldError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = button(tr("&Save"), QStringLiteral("saveTriggerButton"), tr("Save the trigger (Ctrl+S)"));
    m_revert = button(tr("Re&vert"), QStringLiteral("revertTriggerButton"),
                      tr("Show the saved trigger again"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_new, m_delete, m_toggle, m_resume,
                                                         m_history, m_refresh })
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);

    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_save);
    auto *editSide = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editSide);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editorTitle);
    editLayout->addWidget(m_brokenNote);
    editLayout->addWidget(m_tabs, 1);
    editLayout->addWidget(m_fieldError);
    editLayout->addLayout(editButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listSide);
    splitter->addWidget(editSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 440 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_table);
    QWidget *previous = m_table;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_new, m_delete, m_toggle, m_resume, m_history, m_refresh, m_tabs, m_name, m_type,
             m_function, m_jump, m_enabled, m_service, m_database, m_collection }) {
        setTabOrder(previous, w);
        previous = w;
    }
    for (QCheckBox *check : qAsConst(m_operations)) {
        setTabOrder(previous, check);
        previous = check;
    }
    for (QWidget *w : std::initializer_list<QWidget *> { m_fullDocument, m_match, m_revert, m_save }) {
        setTabOrder(previous, w);
        previous = w;
    }
}

QWidget *TriggersPanel::buildDatabasePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("databaseTriggerPage"));
    m_service = new QComboBox(page);
    m_service->setObjectName(QStringLiteral("triggerServiceCombo"));
    m_service->setAccessibleName(tr("MongoDB service"));
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("triggerDatabaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_collection = new QLineEdit(page);
    m_collection->setObjectName(QStringLiteral("triggerCollectionEdit"));
    m_collection->setAccessibleName(tr("Collection"));
    m_operationsBox = new QWidget(page);
    m_operationsBox->setObjectName(QStringLiteral("triggerOperationsBox"));
    m_operationsBox->setAccessibleName(tr("Operation types"));
    auto *ops = new QHBoxLayout(m_operationsBox);
    ops->setContentsMargins(0, 0, 0, 0);
    for (const QString &operation : triggercalls::databaseOperations()) {
        auto *check = new QCheckBox(operation, m_operationsBox);
        check->setObjectName(QStringLiteral("triggerOperation") + operation);
        check->setProperty("operation", operation);
        ops->addWidget(check);
        m_operations << check;
    }
    ops->addStretch(1);
    m_fullDocument = new QCheckBox(tr("Send the &full document on updates"), page);
    m_fullDocument->setObjectName(QStringLiteral("triggerFullDocumentCheck"));
    m_match = new JsonEditor(page);
    m_match->setObjectName(QStringLiteral("triggerMatchEditor"));
    m_match->setAccessibleName(tr("Match expression as JSON"));
    m_match->setMinimumHeight(70);
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    addFieldRow(layout, tr("Se&rvice:"), m_service);
    addFieldRow(layout, tr("&Database:"), m_database);
    addFieldRow(layout, tr("&Collection:"), m_collection);
    addFieldRow(layout, tr("O&perations:"), m_operationsBox);
    layout->addRow(QString(), m_fullDocument);
    addFieldRow(layout, tr("&Match:"), m_match);
    return page;
}

QWidget *TriggersPanel::buildAuthenticationPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("authenticationTriggerPage"));
    m_authOperation = new QComboBox(page);
    m_authOperation->setObjectName(QStringLiteral("triggerAuthOperationCombo"));
    m_authOperation->setAccessibleName(tr("Authentication operation"));
    for (const QString &operation : triggercalls::authOperations())
        m_authOperation->addItem(operation, operation);
    m_providersBox = new QWidget(page);
    m_providersBox->setObjectName(QStringLiteral("triggerProvidersBox"));
    m_providersBox->setAccessibleName(tr("Provider types"));
    auto *providers = new QVBoxLayout(m_providersBox);
    providers->setContentsMargins(0, 0, 0, 0);
    m_noProviders = new QLabel(tr("This app has no authentication providers yet."), m_providersBox);
    m_noProviders->setForegroundRole(QPalette::PlaceholderText);
    providers->addWidget(m_noProviders);
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    addFieldRow(layout, tr("O&peration:"), m_authOperation);
    addFieldRow(layout, tr("Provider t&ypes:"), m_providersBox);
    return page;
}

QWidget *TriggersPanel::buildScheduledPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("scheduledTriggerPage"));
    m_schedule = new QLineEdit(page);
    m_schedule->setObjectName(QStringLiteral("triggerScheduleEdit"));
    m_schedule->setAccessibleName(tr("Schedule"));
    m_schedule->setPlaceholderText(tr("*/5 * * * *"));
    m_skipCatchup = new QCheckBox(tr("S&kip events missed while suspended or disabled"), page);
    m_skipCatchup->setObjectName(QStringLiteral("triggerSkipCatchupCheck"));
    auto *help = new QLabel(tr("Five cron fields: minute, hour, day of month, month, day of week. "
                               "“*/5 * * * *” runs every five minutes."),
                            page);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    addFieldRow(layout, tr("Sc&hedule:"), m_schedule);
    layout->addRow(QString(), help);
    layout->addRow(QString(), m_skipCatchup);
    return page;
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

void TriggersPanel::setWatchInterval(int msec)
{
    m_watchTimer->setInterval(msec);
}

QString TriggersPanel::errorText() const
{
    return m_fieldError->text();
}

// ---- the list ------------------------------------------------------------------------------

void TriggersPanel::updateCount()
{
    m_count->setText(m_proxy->countText(tr("%n trigger(s)", nullptr, m_model->rowCount())));
    m_count->setAccessibleName(m_count->text());
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

// ---- the form ------------------------------------------------------------------------------

void TriggersPanel::showTrigger(const StitchTrigger &trigger)
{
    m_shown = trigger;
    m_editing = !trigger.isNull() || trigger.type.size() > 0;
    clearFieldError();
    fillForm(trigger);
    if (m_tabs->currentIndex() == 1)
        m_json->setJson(QJsonDocument(formTrigger().toJson()));
    updateActions();
}

void TriggersPanel::fillForm(const StitchTrigger &trigger)
{
    const QSignalBlocker blockName(m_name);
    m_name->setText(trigger.name);
    const int typeIndex = m_type->findData(trigger.type.isEmpty() ? QStringLiteral("DATABASE")
                                                                  : trigger.type);
    m_type->setCurrentIndex(qMax(0, typeIndex));
    m_pages->setCurrentIndex(qMax(0, typeIndex));
    m_enabled->setChecked(!trigger.disabled);
    const QJsonObject &config = trigger.config;
    m_extraConfig = config;
    for (const QString &key : formKeys(trigger.type))
        m_extraConfig.remove(key);

    // The pickers pick what the trigger names, not what the previous one had.
    {
        const QSignalBlocker blocker(m_function);
        m_function->clear();
    }
    {
        const QSignalBlocker blocker(m_service);
        m_service->clear();
    }
    const StitchTrigger shown = m_shown;
    m_shown.functionId = trigger.functionId;
    m_shown.config = trigger.config;
    fillFunctionPicker();
    fillServicePicker();
    m_shown = shown;
    m_database->setText(config.value(QLatin1String("database")).toString());
    m_collection->setText(config.value(QLatin1String("collection")).toString());
    const QStringList operations = stringsOf(config.value(QLatin1String("operation_types")));
    for (QCheckBox *check : qAsConst(m_operations))
        check->setChecked(operations.contains(check->property("operation").toString()));
    m_fullDocument->setChecked(config.value(QLatin1String("full_document")).toBool());
    const QJsonValue match = config.value(QLatin1String("match"));
    if (match.isObject() && !match.toObject().isEmpty())
        m_match->setJson(QJsonDocument(match.toObject()));
    else
        m_match->setText(QStringLiteral("{}"));
    m_match->validateNow();

    const int op = m_authOperation->findData(config.value(QLatin1String("operation_type")).toString());
    m_authOperation->setCurrentIndex(qMax(0, op));
    fillProviderChecks(stringsOf(config.value(QLatin1String("providers"))));

    m_schedule->setText(config.value(QLatin1String("schedule")).toString());
    m_skipCatchup->setChecked(config.value(QLatin1String("skip_catchup_events")).toBool());
}

void TriggersPanel::fillFunctionPicker()
{
    // Keeps the user's pick when the list changes; a function that is gone stays listed as
    // missing, so a broken trigger shows what it ran.
    const QString wanted = m_editing && m_function->count() > 0
        ? m_function->currentData().toString()
        : m_shown.functionId;
    const QString picked = wanted.isEmpty() ? m_shown.functionId : wanted;
    const QSignalBlocker blocker(m_function);
    m_function->clear();
    m_function->addItem(tr("(choose a function)"), QString());
    FunctionListModel *functions = SharedModels::of(session())->functions();
    QList<StitchFunction> sorted = functions->items();
    std::sort(sorted.begin(), sorted.end(), [](const StitchFunction &a, const StitchFunction &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const StitchFunction &function : qAsConst(sorted))
        m_function->addItem(function.name, function.id);
    if (!picked.isEmpty() && m_function->findData(picked) < 0) {
        const QString name = picked == m_shown.functionId && !m_shown.functionName.isEmpty()
            ? m_shown.functionName
            : picked;
        m_function->addItem(QIcon::fromTheme(QStringLiteral("dialog-error")),
                            tr("%1 (missing)").arg(name), picked);
    }
    m_function->setCurrentIndex(qMax(0, m_function->findData(picked)));
}

void TriggersPanel::fillServicePicker()
{
    const QString current = m_service->count() > 0 && m_editing
        ? m_service->currentData().toString()
        : QString();
    const QString wanted = m_shown.config.value(QLatin1String("service_id")).toString();
    const QString picked = current.isEmpty() ? wanted : current;
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    m_service->addItem(tr("(choose a MongoDB service)"), QString());
    for (const ServiceSummary &service : qAsConst(m_services)) {
        if (service.isMongoDb())
            m_service->addItem(service.name, service.id);
    }
    if (!picked.isEmpty() && m_service->findData(picked) < 0)
        m_service->addItem(QIcon::fromTheme(QStringLiteral("dialog-error")),
                           m_servicesKnown ? tr("%1 (missing)").arg(picked) : picked, picked);
    m_service->setCurrentIndex(qMax(0, m_service->findData(picked)));
}

void TriggersPanel::fillProviderChecks(const QStringList &checked)
{
    QStringList types;
    for (const AuthProviderSummary &provider : qAsConst(m_authProviders)) {
        if (!types.contains(provider.type))
            types << provider.type;
    }
    for (const QString &type : checked) {
        if (!types.contains(type))
            types << type; // named by the trigger though the app no longer has it
    }
    qDeleteAll(m_providers);
    m_providers.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_providersBox->layout());
    for (const QString &type : qAsConst(types)) {
        const bool inApp = std::any_of(m_authProviders.cbegin(), m_authProviders.cend(),
                                       [&](const AuthProviderSummary &p) { return p.type == type; });
        auto *check = new QCheckBox(inApp ? type : tr("%1 (not in this app)").arg(type),
                                    m_providersBox);
        check->setObjectName(QStringLiteral("triggerProvider-") + type);
        check->setProperty("providerType", type);
        check->setChecked(checked.contains(type));
        connect(check, &QCheckBox::toggled, this, &TriggersPanel::updateActions);
        layout->addWidget(check);
        m_providers << check;
    }
    m_noProviders->setVisible(types.isEmpty());
}

StitchTrigger TriggersPanel::formTrigger() const
{
    StitchTrigger trigger = m_shown;
    trigger.name = m_name->text().trimmed();
    trigger.type = m_type->currentData().toString();
    trigger.functionId = m_function->currentData().toString();
    const int functionRow = SharedModels::of(session())->functions()->rowOf(trigger.functionId);
    if (functionRow >= 0)
        trigger.functionName = SharedModels::of(session())->functions()->functionAt(functionRow).name;
    trigger.disabled = !m_enabled->isChecked();
    QJsonObject config = m_extraConfig;
    if (trigger.type == QLatin1String("DATABASE")) {
        config.insert(QStringLiteral("service_id"), m_service->currentData().toString());
        config.insert(QStringLiteral("database"), m_database->text().trimmed());
        config.insert(QStringLiteral("collection"), m_collection->text().trimmed());
        QJsonArray operations;
        for (const QCheckBox *check : m_operations) {
            if (check->isChecked())
                operations.append(check->property("operation").toString());
        }
        config.insert(QStringLiteral("operation_types"), operations);
        config.insert(QStringLiteral("full_document"), m_fullDocument->isChecked());
        const QJsonDocument match = QJsonDocument::fromJson(m_match->text().toUtf8());
        if (match.isObject())
            config.insert(QStringLiteral("match"), match.object());
        else
            config.remove(QStringLiteral("match"));
    } else if (trigger.type == QLatin1String("AUTHENTICATION")) {
        config.insert(QStringLiteral("operation_type"), m_authOperation->currentData().toString());
        QJsonArray providers;
        for (const QCheckBox *check : m_providers) {
            if (check->isChecked())
                providers.append(check->property("providerType").toString());
        }
        config.insert(QStringLiteral("providers"), providers);
    } else if (trigger.type == QLatin1String("SCHEDULED")) {
        config.insert(QStringLiteral("schedule"), m_schedule->text().simplified());
        if (m_skipCatchup->isChecked() || config.contains(QStringLiteral("skip_catchup_events")))
            config.insert(QStringLiteral("skip_catchup_events"), m_skipCatchup->isChecked());
    }
    trigger.config = config;
    return trigger;
}

StitchTrigger TriggersPanel::draft() const
{
    if (m_tabs->currentIndex() == 1 && m_json->json().isObject()) {
        QString why;
        StitchTrigger fromJson = triggercalls::parseTrigger(m_json->json().object(), &why);
        fromJson.id = m_shown.id;
        fromJson.suspended = m_shown.suspended;
        return fromJson;
    }
    return formTrigger();
}

bool TriggersPanel::hasUnsavedChanges() const
{
    if (!m_editing)
        return false;
    if (m_tabs->currentIndex() == 1 && !m_json->json().isObject())
        return true; // half-typed JSON
    const StitchTrigger now = draft();
    if (m_shown.id.isEmpty())
        return !now.name.isEmpty();
    // Compare with the server's copy as the form would write it (the form fills defaults).
    QJsonObject saved = m_shown.toJson();
    QJsonObject current = now.toJson();
    QJsonObject savedConfig = saved.value(QLatin1String("config")).toObject();
    const QJsonObject currentConfig = current.value(QLatin1String("config")).toObject();
    for (auto it = currentConfig.begin(); it != currentConfig.end(); ++it) {
        if (!savedConfig.contains(it.key())) {
            // A default the form added (false, [], {}) is no change.
            const QJsonValue v = it.value();
            const bool empty = (v.isBool() && !v.toBool()) || (v.isArray() && v.toArray().isEmpty())
                || (v.isObject() && v.toObject().isEmpty()) || (v.isString() && v.toString().isEmpty());
            if (empty)
                savedConfig.insert(it.key(), v);
        }
    }
    saved.insert(QStringLiteral("config"), savedConfig);
    return saved != current;
}

void TriggersPanel::onTabChanged(int index)
{
    if (index == 1) {
        m_json->setJson(QJsonDocument(formTrigger().toJson()));
        m_json->validateNow();
        return;
    }
    // Back to the form: it shows what the JSON says (keys it has no field for are kept).
    if (!m_json->validateNow() || !m_json->json().isObject()) {
        showFieldError(QStringLiteral("json"),
                       tr("The JSON is not a trigger object: %1").arg(m_json->errorMessage()));
        return;
    }
    QString why;
    StitchTrigger fromJson = triggercalls::parseTrigger(m_json->json().object(), &why);
    if (!why.isEmpty()) {
        showFieldError(QStringLiteral("json"), tr("The JSON is not a trigger: %1").arg(why));
        return;
    }
    fromJson.id = m_shown.id;
    fromJson.suspended = m_shown.suspended;
    fillForm(fromJson);
    clearFieldError();
    updateActions();
}

QString TriggersPanel::validate(const StitchTrigger &trigger, QString *field) const
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (trigger.name.isEmpty()) {
        *field = QStringLiteral("name");
        return tr("Name: enter a name.");
    }
    if (!plain.match(trigger.name).hasMatch()) {
        *field = QStringLiteral("name");
        return tr("Name: 1 to 64 letters, digits, “_” or “-”.");
    }
    for (const StitchTrigger &other : m_model->items()) {
        if (other.name == trigger.name && other.id != trigger.id) {
            *field = QStringLiteral("name");
            return tr("Name: another trigger is already named “%1”.").arg(trigger.name);
        }
    }
    if (!triggercalls::types().contains(trigger.type)) {
        *field = QStringLiteral("type");
        return tr("Type: choose Database, Authentication or Scheduled.");
    }
    if (trigger.functionId.isEmpty()) {
        *field = QStringLiteral("function_id");
        return tr("Function: choose the function the trigger runs.");
    }
    FunctionListModel *functions = SharedModels::of(session())->functions();
    if (functions->hasLoaded() && functions->rowOf(trigger.functionId) < 0) {
        *field = QStringLiteral("function_id");
        return tr("Function: “%1” no longer exists; choose another.")
            .arg(trigger.functionName.isEmpty() ? trigger.functionId : trigger.functionName);
    }
    const QJsonObject &config = trigger.config;
    if (trigger.type == QLatin1String("DATABASE")) {
        const QString service = config.value(QLatin1String("service_id")).toString();
        if (service.isEmpty()) {
            *field = QStringLiteral("config.service_id");
            return tr("Service: choose the MongoDB service to watch.");
        }
        if (m_servicesKnown
            && std::none_of(m_services.cbegin(), m_services.cend(),
                            [&](const ServiceSummary &s) { return s.id == service; })) {
            *field = QStringLiteral("config.service_id");
            return tr("Service: the service “%1” no longer exists; choose another.").arg(service);
        }
        if (config.value(QLatin1String("database")).toString().isEmpty()) {
            *field = QStringLiteral("config.database");
            return tr("Database: enter the database to watch.");
        }
        if (config.value(QLatin1String("collection")).toString().isEmpty()) {
            *field = QStringLiteral("config.collection");
            return tr("Collection: enter the collection to watch.");
        }
        if (config.value(QLatin1String("operation_types")).toArray().isEmpty()) {
            *field = QStringLiteral("config.operation_types");
            return tr("Operations: check at least one operation type.");
        }
        if (m_tabs->currentIndex() == 0 && !m_match->text().trimmed().isEmpty()) {
            const QJsonDocument match = QJsonDocument::fromJson(m_match->text().toUtf8());
            if (!match.isObject()) {
                *field = QStringLiteral("config.match");
                return tr("Match: enter a JSON object (%1).")
                    .arg(m_match->isValid() ? tr("not an object") : m_match->errorMessage());
            }
        }
    } else if (trigger.type == QLatin1String("AUTHENTICATION")) {
        if (!triggercalls::authOperations().contains(
                config.value(QLatin1String("operation_type")).toString())) {
            *field = QStringLiteral("config.operation_type");
            return tr("Operation: choose LOGIN, CREATE or DELETE.");
        }
        const QStringList providers = stringsOf(config.value(QLatin1String("providers")));
        if (providers.isEmpty()) {
            *field = QStringLiteral("config.providers");
            return tr("Providers: check at least one provider type.");
        }
        for (const QString &type : providers) {
            if (!knownProviderTypes().contains(type)) {
                *field = QStringLiteral("config.providers");
                return tr("Providers: “%1” is not a provider type.").arg(type);
            }
        }
    } else if (trigger.type == QLatin1String("SCHEDULED")) {
        static const QRegularExpression cronField(QStringLiteral("^[0-9A-Za-z*,/?-]+$"));
        const QStringList fields = config.value(QLatin1String("schedule"))
                                       .toString()
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = fields.size() == 5;
        for (const QString &part : fields)
            ok = ok && cronField.match(part).hasMatch();
        if (!ok) {
            *field = QStringLiteral("config.schedule");
            return fields.isEmpty()
                ? tr("Schedule: enter when to run, as five cron fields (e.g. “*/5 * * * *”).")
                : tr("Schedule: five cron fields of digits, names and * , - / ? are needed "
                     "(minute hour day month weekday).");
        }
    }
    field->clear();
    return {};
}

QWidget *TriggersPanel::widgetForField(const QString &field) const
{
    if (m_tabs->currentIndex() == 1 || field == QLatin1String("json"))
        return m_json;
    static const QHash<QString, int> index {
        { QStringLiteral("name"), 0 },
        { QStringLiteral("type"), 1 },
        { QStringLiteral("function_id"), 2 },
        { QStringLiteral("disabled"), 3 },
        { QStringLiteral("config.service_id"), 4 },
        { QStringLiteral("config.database"), 5 },
        { QStringLiteral("config.collection"), 6 },
        { QStringLiteral("config.operation_types"), 7 },
        { QStringLiteral("config.full_document"), 8 },
        { QStringLiteral("config.match"), 9 },
        { QStringLiteral("config.operation_type"), 10 },
        { QStringLiteral("config.providers"), 11 },
        { QStringLiteral("config.schedule"), 12 },
        { QStringLiteral("config.skip_catchup_events"), 13 },
    };
    QWidget *const widgets[] = { m_name,       m_type,           m_function,     m_enabled,
                                 m_service,    m_database,       m_collection,   m_operationsBox,
                                 m_fullDocument, m_match,        m_authOperation, m_providersBox,
                                 m_schedule,   m_skipCatchup };
    const int at = index.value(field, -1);
    return at < 0 ? nullptr : widgets[at];
}

void TriggersPanel::showFieldError(const QString &field, const QString &message)
{
    clearFieldError();
    m_errorField = field;
    m_fieldError->setText(message);
    m_fieldError->setAccessibleName(message);
    if (QWidget *widget = widgetForField(field)) {
        widget->setAccessibleDescription(message);
        widget->setToolTip(message);
        widget->setProperty("invalid", true);
        if (QLabel *label = m_fieldLabels.value(widget)) {
            label->setProperty("invalid", true);
            applyErrorPalette();
        }
        QWidget *focus = widget;
        if (widget == m_operationsBox && !m_operations.isEmpty())
            focus = m_operations.first();
        else if (widget == m_providersBox && !m_providers.isEmpty())
            focus = m_providers.first();
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void TriggersPanel::clearFieldError()
{
    if (QWidget *widget = widgetForField(m_errorField)) {
        widget->setAccessibleDescription(QString());
        widget->setToolTip(QString());
        widget->setProperty("invalid", false);
        if (QLabel *label = m_fieldLabels.value(widget)) {
            label->setProperty("invalid", false);
            applyErrorPalette();
        }
    }
    m_errorField.clear();
    m_fieldError->clear();
}

// ---- commands ------------------------------------------------------------------------------

void TriggersPanel::newTrigger(const QString &type)
{
    if (session()->currentApp().isNull())
        return;
    askDiscard([this, type] {
        {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->clearSelection();
        }
        StitchTrigger fresh;
        fresh.type = type;
        if (type == QLatin1String("DATABASE"))
            fresh.config.insert(QStringLiteral("operation_types"),
                                QJsonArray { QStringLiteral("INSERT") });
        else if (type == QLatin1String("AUTHENTICATION"))
            fresh.config.insert(QStringLiteral("operation_type"), QStringLiteral("LOGIN"));
        showTrigger(fresh);
        m_tabs->setCurrentIndex(0);
        m_name->setFocus(Qt::OtherFocusReason);
    });
}

void TriggersPanel::saveShown()
{
    if (!m_editing)
        return;
    if (m_tabs->currentIndex() == 1) {
        if (!m_json->validateNow() || !m_json->json().isObject()) {
            showFieldError(QStringLiteral("json"),
                           tr("JSON: %1").arg(m_json->isValid() ? tr("enter a trigger object")
                                                                : m_json->errorMessage()));
            return;
        }
    }
    const StitchTrigger trigger = draft();
    QString field;
    const QString problem = validate(trigger, &field);
    if (!problem.isEmpty()) {
        showFieldError(field, problem);
        return;
    }
    clearFieldError();
    if (!session()->isSignedIn() || session()->currentApp().isNull()) {
        // The session ended mid-edit: the form keeps everything until the user is back.
        m_banner->setRetryVisible(false);
        m_banner->showMessage(tr("You are signed out. Sign in again, then Save: your edits stay "
                                 "here."));
        return;
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString appId = session()->currentApp().id;
    auto saved = std::make_shared<StitchTrigger>(trigger);
    auto *chain = new CallChain(this);
    const bool creating = trigger.id.isEmpty();
    if (creating)
        chain->then([=] { return triggercalls::create(*client, group, appId, *saved); },
                    [=](const StitchTrigger &answer) { saved->id = answer.id; });
    else
        chain->then([=] { return triggercalls::update(*client, group, appId, *saved); });
    track(
        chain,
        [this, saved, creating] {
            m_shown = *saved;
            m_selectAfterReload = saved->id;
            emit statusMessage(creating ? tr("Created the trigger “%1”.").arg(saved->name)
                                        : tr("Saved the trigger “%1”.").arg(saved->name));
        },
        [this, creating](const ApiError &error) {
            // The form keeps what was typed; the error goes to the field it names.
            if (!creating && error.httpStatus == 404) {
                m_banner->showMessage(tr("This trigger was deleted elsewhere. Your edits are "
                                         "still here: Save creates it again."));
                m_shown.id.clear();
                return true;
            }
            if (error.kind != ApiError::Api)
                return false;
            const QString field = triggercalls::fieldOfError(error.errorCode, error.message);
            if (field.isEmpty())
                return false;
            QString text = error.message;
            if (error.errorCode == QLatin1String("TriggerAlreadyExists"))
                text = tr("Name: another trigger is already named “%1”.").arg(m_name->text());
            else if (error.errorCode == QLatin1String("ServiceNotFound"))
                text = tr("Service: the server has no such service; choose another. (%1)")
                           .arg(error.message);
            else
                text = tr("The server refused it: %1").arg(error.message);
            showFieldError(field, text);
            return true;
        });
}

void TriggersPanel::revertShown()
{
    showTrigger(m_shown);
}

void TriggersPanel::discardUnsaved()
{
    revertShown();
}

void TriggersPanel::deleteSelected()
{
    const StitchTrigger trigger = selectedTrigger();
    if (trigger.id.isEmpty())
        return;
    const bool production = session()->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(
        tr("Delete Trigger"),
        tr("Delete the trigger “%1”? Its function stays; it no longer runs on these events. "
           "This cannot be undone.")
            .arg(trigger.name),
        tr("Delete"), production ? trigger.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteTriggerDialog"));
    connect(dialog, &QDialog::accepted, this, [this, trigger] {
        ApiClient *client = session()->client();
        const QString group = groupId();
        const QString appId = session()->currentApp().id;
        const QString id = trigger.id;
        auto *chain = (new CallChain(this))->then([=] {
            return triggercalls::remove(*client, group, appId, id);
        });
        track(chain, [this, trigger] {
            if (m_shown.id == trigger.id)
                showTrigger(StitchTrigger());
            emit statusMessage(tr("Deleted the trigger “%1”.").arg(trigger.name));
        });
    });
    dialog->open();
}

void TriggersPanel::toggleEnabled()
{
    const StitchTrigger selected = selectedTrigger();
    if (selected.id.isEmpty())
        return;
    // A PUT of the whole trigger: read the server's copy so only "disabled" changes.
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString appId = session()->currentApp().id;
    const QString id = selected.id;
    auto trigger = std::make_shared<StitchTrigger>();
    auto *chain = (new CallChain(this))
                      ->then([=] { return triggercalls::get(*client, group, appId, id); },
                             [=](const StitchTrigger &server) {
                                 *trigger = server;
                                 trigger->id = id;
                                 trigger->disabled = !server.disabled;
                             })
                      ->then([=] { return triggercalls::update(*client, group, appId, *trigger); });
    track(chain, [this, trigger] {
        if (m_shown.id == trigger->id) {
            // The form's other edits stay; its checkbox follows the server.
            m_shown.disabled = trigger->disabled;
            const QSignalBlocker blocker(m_enabled);
            m_enabled->setChecked(!trigger->disabled);
        }
        m_selectAfterReload = trigger->id;
        emit statusMessage(trigger->disabled ? tr("Disabled the trigger “%1”.").arg(trigger->name)
                                             : tr("Enabled the trigger “%1”.").arg(trigger->name));
    });
}

void TriggersPanel::resumeSelected()
{
    const StitchTrigger selected = selectedTrigger();
    if (selected.id.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString appId = session()->currentApp().id;
    const QString id = selected.id;
    auto *chain = (new CallChain(this))->then([=] {
        return triggercalls::resume(*client, group, appId, id);
    });
    track(chain, [this, selected] {
        m_suspended.remove(selected.id);
        if (m_shown.id == selected.id)
            m_shown.suspended = false;
        m_selectAfterReload = selected.id;
        updateBadge();
        emit statusMessage(tr("Resumed the trigger “%1”.").arg(selected.name));
    });
}

void TriggersPanel::jumpToFunction()
{
    const QString functionId = m_function->currentData().toString();
    if (!functionId.isEmpty())
        emit navigateRequested(QStringLiteral("functions"), functionId);
}

void TriggersPanel::showFiringHistory()
{
    const StitchTrigger selected = selectedTrigger();
    if (!selected.name.isEmpty())
        emit navigateRequested(QStringLiteral("logs"), QStringLiteral("trigger:") + selected.name);
}

void TriggersPanel::track(CallChain *chain, std::function<void()> done,
                          std::function<bool(const ApiError &)> failed)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done, failed](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            done();
            session()->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled && !(failed && failed(error))) {
            m_banner->setRetryVisible(false);
            m_banner->showError(error);
        }
        // What landed before a failure is on the server: the list shows it either way.
        if (session()->isSignedIn() && !session()->currentApp().isNull())
            m_model->reload(groupId(), session()->currentApp().id);
        updateActions();
    });
}

// ---- the watch -----------------------------------------------------------------------------

void TriggersPanel::pollIfStale()
{
    // The list's own load tells the watch as much as a poll: none while it runs or just ran.
    const QString appId = session()->currentApp().id;
    if (!appId.isEmpty() && m_model->appId() == appId && m_model->isLoading())
        return;
    if (!appId.isEmpty() && appId == m_watchedApp && m_lastSeen.isValid()
        && m_lastSeen.elapsed() < kFreshForMs)
        return;
    pollNow();
}

void TriggersPanel::pollNow()
{
    const App app = session()->currentApp();
    if (!session()->isSignedIn() || app.isNull()) {
        m_suspended.clear();
        m_watchedApp.clear();
        m_watchBaseline = false;
        updateBadge();
        return;
    }
    if (m_watchJob)
        return; // one poll at a time
    auto *job = triggercalls::list(*session()->client(), groupId(), app.id);
    m_watchJob = job;
    job->onFinished(this, [this, appId = app.id](Job<QList<StitchTrigger>> *job) {
        m_watchJob = nullptr;
        if (!job->ok() || session()->currentApp().id != appId)
            return; // quiet: the next poll tries again
        const QList<StitchTrigger> &triggers = job->result();
        // The list shows what the watch saw when it differs (a trigger suspended meanwhile).
        bool differs = m_model->appId() == appId && m_model->hasLoaded() && !m_model->isLoading()
            && m_model->items().size() != triggers.size();
        for (const StitchTrigger &trigger : triggers) {
            const int row = m_model->rowOf(trigger.id);
            if (m_model->appId() == appId && m_model->hasLoaded()
                && (row < 0 || m_model->triggerAt(row).suspended != trigger.suspended
                    || m_model->triggerAt(row).disabled != trigger.disabled))
                differs = true;
        }
        seeTriggers(appId, triggers);
        if (differs && !m_model->isLoading())
            m_model->reload(groupId(), appId);
    });
}

void TriggersPanel::seeTriggers(const QString &appId, const QList<StitchTrigger> &triggers)
{
    if (appId.isEmpty())
        return;
    const bool sameApp = appId == m_watchedApp && m_watchBaseline;
    QHash<QString, QString> now;
    for (const StitchTrigger &trigger : triggers) {
        if (trigger.suspended)
            now.insert(trigger.id, trigger.name);
    }
    if (sameApp) {
        for (const StitchTrigger &trigger : triggers) {
            if (trigger.suspended && !m_suspended.contains(trigger.id))
                notifySuspended(trigger);
        }
    }
    m_watchedApp = appId;
    m_watchBaseline = true;
    m_lastSeen.start();
    m_suspended = now;
    updateBadge();
}

void TriggersPanel::openNotifiedTrigger()
{
    if (m_notifiedId.isEmpty())
        return;
    if (QWidget *top = window()) {
        top->show();
        top->raise();
        top->activateWindow();
    }
    // The window shows this panel and calls openItem.
    emit navigateRequested(QStringLiteral("triggers"), m_notifiedId);
}

void TriggersPanel::notifySuspended(const StitchTrigger &trigger)
{
    m_notifiedId = trigger.id;
    emit triggerSuspended(trigger.id, trigger.name);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QIcon::fromTheme(QStringLiteral("dialog-warning"));
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Stitch Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &TriggersPanel::openNotifiedTrigger);
    }
    m_tray->show();
    m_tray->showMessage(tr("Trigger suspended"),
                        tr("The trigger “%1” of %2 was suspended after its function failed "
                           "repeatedly. Click to open it.")
                            .arg(trigger.name, session()->currentApp().name),
                        QSystemTrayIcon::Warning);
}
