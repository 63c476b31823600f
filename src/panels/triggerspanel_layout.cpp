// The Triggers panel's widgets: the list side, the form with a page per type, the JSON view;
// field labels marked in red when their field is wrong.
#include "triggerspanel.h"
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
    const QColor red = Panel::errorColor(palette());
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
