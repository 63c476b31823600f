#include "valuespanel.h"
#include "listfilterbinding.h"

#include "deploypanel.h"
#include "secretspane.h"

#include <api/callchain.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/valuelistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ValuesPanel::ValuesPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_model(SharedModels::of(session)->values())
    , m_proxy(new ListFilterProxy(m_model, this))
{
    setObjectName(QStringLiteral("valuesPanel"));
    buildLayout();
    m_proxy->setFilterKeyColumn(ValueListModel::NameColumn);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ValueListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ValueListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(ValueListModel::NameColumn, 170);
    header->setSectionResizeMode(ValueListModel::PrivateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueListModel::PreviewColumn, QHeaderView::Stretch);

    m_filterBinding = new ListFilterBinding(m_filter, m_count, m_proxy,
                                            [](int n) { return tr("%n value(s)", nullptr, n); }, m_table);
    connect(m_proxy, &ListFilterProxy::countChanged, this, &ValuesPanel::updateCount);
    connect(m_new, &QPushButton::clicked, this, &ValuesPanel::newValue);
    connect(m_rename, &QPushButton::clicked, this, &ValuesPanel::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &ValuesPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ValuesPanel::refresh);
    connect(m_save, &QPushButton::clicked, this, &ValuesPanel::saveShown);
    connect(m_revert, &QPushButton::clicked, this, &ValuesPanel::revertShown);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ValuesPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ValuesPanel::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ValuesPanel::updateActions);
    connect(m_editor, &JsonEditor::validityChanged, this,
            [this](bool valid, const QString &message) {
                QPalette red = m_validity->palette();
                red.setColor(QPalette::WindowText, errorColor(palette()));
                m_validity->setPalette(red);
                m_validity->setText(valid ? QString() : message);
                updateActions();
            });
    connect(m_editor, &QsciScintilla::textChanged, this, &ValuesPanel::updateActions);
    connect(m_private, &QCheckBox::toggled, this, &ValuesPanel::updateActions);

    connect(m_model, &ListModelBase::loadingChanged, this, &ValuesPanel::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        m_banner->showError(error);
        m_listErrorShown = true;
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        // Only the list's own failure goes with a good reload; a save's error stays up.
        if (m_listErrorShown)
            m_banner->clear();
        m_listErrorShown = false;
        if (!m_selectAfterReload.isEmpty())
            selectAfterReload(m_selectAfterReload);
        updateActions();
    });

    declareCalls(bindAction(m_new, QKeySequence::New), { QStringLiteral("valuecalls::create") });
    declareCalls(bindAction(m_rename, QKeySequence(Qt::Key_F2)),
                 { QStringLiteral("valuecalls::get"), QStringLiteral("valuecalls::update") });
    declareCalls(bindAction(m_delete), { QStringLiteral("valuecalls::remove") });
    declareCalls(bindAction(m_save, QKeySequence::Save), { QStringLiteral("valuecalls::update") });
    bindAction(m_revert);
    declareCallsOnShow({ QStringLiteral("valuecalls::list") });
    declareCallsOnSelect({ QStringLiteral("valuecalls::get") });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ValuesPanel::deleteSelected);
    updateActions();
}

ValuesPanel::~ValuesPanel()
{
    ApiJob::abandonFor(this, m_loadJob);
}

void ValuesPanel::buildLayout()
{
    m_title = new QLabel(tr("Values"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("valueFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter values"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("valueCountLabel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("valueTable"));
    m_table->setAccessibleName(tr("Values"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // One line per value: a preview is a glance, the editor shows it whole.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // row height: ListFilterBinding
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newValueButton"));
    m_new->setToolTip(tr("Create a value (Ctrl+N)"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameValueButton"));
    m_rename->setToolTip(tr("Rename the selected value (F2)"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteValueButton"));
    m_delete->setToolTip(tr("Delete the selected values (Del)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshValuesButton"));
    m_refresh->setToolTip(tr("Load the values again (F5)"));
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading values"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("valuesErrorBanner"));

    m_editorTitle = new QLabel(tr("No value selected"), this);
    m_editorTitle->setObjectName(QStringLiteral("valueEditorTitle"));
    m_editorTitle->setFont(titleFont);
    m_private = new QCheckBox(tr("&Private: only functions can read it"), this);
    m_private->setObjectName(QStringLiteral("valuePrivateCheck"));
    m_editor = new JsonEditor(this);
    m_editor->setObjectName(QStringLiteral("valueEditor"));
    m_editor->setAccessibleName(tr("Value as JSON"));
    m_editor->setAcceptAnyValue(true);
    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("valueValidityLabel"));
    m_validity->setWordWrap(true);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveValueButton"));
    m_save->setToolTip(tr("Save the value (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertValueButton"));
    m_revert->setToolTip(tr("Show the saved value again"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    for (QWidget *widget : { static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_rename),
                             static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_refresh) })
        buttons->addWidget(widget);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);

    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_private, 1);
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_save);
    auto *editSide = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editSide);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editorTitle);
    editLayout->addWidget(m_editor, 1);
    editLayout->addWidget(m_validity);
    editLayout->addLayout(editButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(editSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 520 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(new DraftBanner(session(), this));
    layout->addWidget(addSecretsTab(splitter), 1);
    // Tab order follows the eye: filter, list, buttons, then the editor and its buttons.
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_rename);
    setTabOrder(m_rename, m_delete);
    setTabOrder(m_delete, m_refresh);
    setTabOrder(m_refresh, m_editor);
    setTabOrder(m_editor, m_private);
    setTabOrder(m_private, m_revert);
    setTabOrder(m_revert, m_save);
}

void ValuesPanel::reloadForContext()
{
    const App app = session()->currentApp();
    const QString groupId = app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("Values"));
        m_secrets->setApp(QString(), QString());
        showInEditor(StitchValue());
        updateActions();
        return;
    }
    m_title->setText(tr("Values of %1").arg(app.name));
    if (m_shown.isNull() == false && m_model->appId() != app.id)
        showInEditor(StitchValue());
    m_model->ensureLoaded(groupId, app.id);
    m_secrets->setApp(groupId, app.id);
    updateActions();
}

void ValuesPanel::refresh()
{
    markFresh();
    m_banner->clear();
    const App app = session()->currentApp();
    if (app.isNull())
        return;
    m_model->reload(app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId, app.id);
    m_secrets->refresh();
}

void ValuesPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ValuesPanel::isEditorDirty() const
{
    if (m_shown.isNull() || m_shown.value.isUndefined())
        return false;
    return m_private->isChecked() != m_shown.isPrivate || !m_editor->isValid()
        || m_editor->value() != m_shown.value;
}

void ValuesPanel::updateCount()
{
    if (m_filterBinding)
        m_filterBinding->updateCount();
}

void ValuesPanel::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const int selected = int(selectedIds().size());
    const bool idle = m_pendingCalls == 0;
    m_busy->setRunning(m_model->isLoading() || m_pendingCalls > 0 || m_loadJob);
    m_new->setEnabled(haveApp && idle);
    m_refresh->setEnabled(haveApp);
    m_rename->setEnabled(selected == 1 && idle);
    m_delete->setEnabled(selected > 0 && idle);
    const bool editing = !m_shown.isNull() && !m_shown.value.isUndefined();
    m_editor->setReadOnly(!editing);
    m_private->setEnabled(editing);
    const bool dirty = isEditorDirty();
    m_save->setEnabled(editing && dirty && m_editor->isValid() && idle);
    m_revert->setEnabled(editing && dirty);
    m_editorTitle->setText(m_shown.isNull() ? tr("No value selected")
                               : m_shown.fromSecret
                               ? tr("%1: the name of the secret it reads").arg(m_shown.name)
                               : (dirty ? tr("%1 (changed)") : tr("%1")).arg(m_shown.name));
    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its values."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        m_hint->setText(tr("This app has no values yet. New… creates one."));
    else if (!m_filter->text().isEmpty() && m_proxy->rowCount() == 0 && m_model->rowCount() > 0)
        m_hint->setText(tr("No value matches “%1”.").arg(m_filter->text()));
    else
        m_hint->setText(tr("Values are constants your functions read with "
                           "context.values.get(\"name\")."));
    updateCount();
}

QStringList ValuesPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ListModelBase::IdRole).toString();
    return ids;
}

void ValuesPanel::onCurrentRowChanged()
{
    const QString id = m_table->currentIndex().data(ListModelBase::IdRole).toString();
    if (id.isEmpty() || id == m_shown.id)
        return;
    if (!isEditorDirty()) {
        loadIntoEditor(id);
        return;
    }
    // Nothing typed is dropped without asking.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Value"),
                                tr("The value “%1” has changes that are not saved.").arg(m_shown.name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("unsavedValueQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int choice) {
        if (choice == QMessageBox::Save) {
            saveShown();
            loadIntoEditor(id);
        } else if (choice == QMessageBox::Discard) {
            loadIntoEditor(id);
        } else {
            openItem(m_shown.id); // back to the value being edited
        }
    });
    box->open();
}

void ValuesPanel::openItem(const QString &valueId)
{
    const int row = m_model->rowOf(valueId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hid it
        return openItem(valueId);
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Opening it again reads the server's copy again, unless that would drop typed changes.
    if (valueId != m_shown.id || !isEditorDirty())
        loadIntoEditor(valueId);
    updateActions();
}

void ValuesPanel::loadIntoEditor(const QString &valueId)
{
    ApiJob::abandonFor(this, m_loadJob);
    m_banner->clear();
    StitchValue pending = m_model->valueAt(m_model->rowOf(valueId));
    pending.value = QJsonValue(QJsonValue::Undefined); // not read yet
    showInEditor(pending);
    auto *job = valuecalls::get(*session()->client(), m_model->groupId(), m_model->appId(), valueId);
    m_loadJob = job;
    job->onFinished(this, [this, valueId](Job<StitchValue> *job) {
        m_loadJob = nullptr;
        if (!job->ok()) {
            m_banner->setRetryVisible(false);
            m_banner->showError(job->error());
            if (job->error().httpStatus == 404) {
                showInEditor(StitchValue());
                m_model->refresh(); // deleted elsewhere meanwhile; the banner stays
            }
            updateActions();
            return;
        }
        StitchValue value = job->result();
        if (value.id.isEmpty())
            value.id = valueId;
        if (value.value.isUndefined())
            value.value = QJsonValue();
        m_model->setKnownValue(value.id, value.value);
        showInEditor(value);
    });
    updateActions();
}

void ValuesPanel::showInEditor(const StitchValue &value)
{
    m_shown = value;
    const QSignalBlocker blockPrivate(m_private);
    m_private->setChecked(value.isPrivate);
    if (value.isNull() || value.value.isUndefined()) {
        const QSignalBlocker blockEditor(m_editor);
        m_editor->clear();
        m_validity->clear();
    } else {
        m_editor->setValue(value.value);
    }
    updateActions();
}

void ValuesPanel::revertShown()
{
    showInEditor(m_shown);
}

void ValuesPanel::discardUnsaved()
{
    revertShown();
}

void ValuesPanel::saveShown()
{
    if (m_shown.isNull() || m_shown.value.isUndefined() || !m_editor->validateNow()) {
        if (!m_editor->isValid())
            m_validity->setText(m_editor->errorMessage());
        return;
    }
    auto changed = std::make_shared<StitchValue>(m_shown);
    changed->value = m_editor->value();
    changed->isPrivate = m_private->isChecked();
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = (new CallChain(this))->then(
        [=] { return valuecalls::update(*client, groupId, appId, *changed); });
    track(chain, [this, changed] {
        m_model->setKnownValue(changed->id, changed->value);
        if (m_shown.id == changed->id)
            showInEditor(*changed);
        emit statusMessage(tr("Saved the value “%1”.").arg(changed->name));
    });
}

void ValuesPanel::selectAfterReload(QString name) // a copy: the member is cleared here
{
    m_selectAfterReload.clear();
    for (const StitchValue &value : m_model->items()) {
        if (value.name == name)
            return openItem(value.id);
    }
}
