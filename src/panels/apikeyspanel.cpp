#include "apikeyspanel.h"
#include "listfilterbinding.h"
#include "panelkit.h"

#include <api/apikeycalls.h>
#include <api/callchain.h>
#include <models/apikeylistmodel.h>
#include <models/listfilterproxy.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

ApiKeysPanel::ApiKeysPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_model(new ApiKeyListModel(session->client(), this))
    , m_proxy(new ListFilterProxy(m_model, this))
{
    setObjectName(QStringLiteral("apiKeysPanel"));
    m_title = panelkit::title(tr("API Keys"), this);
    m_hint = panelkit::hint(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("apiKeyFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter API keys"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("apiKeyCountLabel"));
    m_table = panelkit::table(QStringLiteral("apiKeyTable"), tr("API keys"), this);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ApiKeyListModel::NameColumn, Qt::AscendingOrder);
    m_new = panelkit::button(tr("&New…"), QStringLiteral("newApiKeyButton"),
                             tr("Create an API key (Ctrl+N)"), this);
    m_enable = panelkit::button(tr("&Enable"), QStringLiteral("enableApiKeyButton"),
                                tr("Enable the selected keys"), this);
    m_disable = panelkit::button(tr("D&isable"), QStringLiteral("disableApiKeyButton"),
                                 tr("Disable the selected keys: clients using them are refused"),
                                 this);
    m_delete = panelkit::button(tr("&Delete…"), QStringLiteral("deleteApiKeyButton"),
                                tr("Delete the selected keys (Del)"), this);
    m_refresh = panelkit::button(tr("Refresh"), QStringLiteral("refreshApiKeysButton"),
                                 tr("Load the keys again (F5)"), this);
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading API keys"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("apiKeysErrorBanner"));
    m_detail = new QGroupBox(tr("Selected key"), this);
    m_detail->setObjectName(QStringLiteral("apiKeyDetailBox"));
    m_detailName = new StatusLabel(tr("Name"), m_detail);
    m_detailName->setObjectName(QStringLiteral("apiKeyDetailName"));
    m_detailId = new StatusLabel(tr("ID"), m_detail);
    m_detailId->setObjectName(QStringLiteral("apiKeyDetailId"));
    m_detailState = new StatusLabel(tr("State"), m_detail);
    m_detailState->setObjectName(QStringLiteral("apiKeyDetailState"));
    m_detailStatus = new StatusLabel(tr("Key details"), m_detail);
    m_detailStatus->setObjectName(QStringLiteral("apiKeyDetailStatus"));
    m_detailStatus->setWordWrap(true);
    for (QLabel *label : { static_cast<QLabel *>(m_detailName), static_cast<QLabel *>(m_detailId),
                           static_cast<QLabel *>(m_detailState) })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailForm = new QFormLayout(m_detail);
    detailForm->addRow(tr("Name:"), m_detailName);
    detailForm->addRow(tr("ID:"), m_detailId);
    detailForm->addRow(tr("State:"), m_detailState);
    detailForm->addRow(m_detailStatus);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    for (QWidget *widget : { static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_enable),
                             static_cast<QWidget *>(m_disable), static_cast<QWidget *>(m_delete),
                             static_cast<QWidget *>(m_refresh) })
        buttons->addWidget(widget);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_enable);
    setTabOrder(m_enable, m_disable);
    setTabOrder(m_disable, m_delete);
    setTabOrder(m_delete, m_refresh);

    m_filterBinding = new ListFilterBinding(m_filter, m_count, m_proxy,
                                            [](int n) { return tr("%n key(s)", nullptr, n); }, m_table);
    connect(m_filter, &QLineEdit::textChanged, this, &ApiKeysPanel::updateActions);
    connect(m_proxy, &ListFilterProxy::countChanged, this, &ApiKeysPanel::updateActions);
    connect(m_new, &QPushButton::clicked, this, &ApiKeysPanel::newKey);
    connect(m_enable, &QPushButton::clicked, this, &ApiKeysPanel::enableSelected);
    connect(m_disable, &QPushButton::clicked, this, &ApiKeysPanel::disableSelected);
    connect(m_delete, &QPushButton::clicked, this, &ApiKeysPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ApiKeysPanel::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ApiKeysPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPanel::loadDetail);
    connect(m_model, &ListModelBase::loadingChanged, this, &ApiKeysPanel::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        panelkit::showError(m_banner, error);
        m_loadErrorShown = true;
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        // A load that works again clears its own error, not the error of a write.
        if (std::exchange(m_loadErrorShown, false))
            m_banner->clear();
        if (!m_selectAfterReload.isEmpty())
            openItem(std::exchange(m_selectAfterReload, QString()));
        updateActions();
        loadDetail(); // an enable or disable shows in the detail too
    });
    declareCalls(bindAction(m_new, QKeySequence::New), { QStringLiteral("apikeycalls::create") });
    declareCalls(bindAction(m_enable), { QStringLiteral("apikeycalls::enable") });
    declareCalls(bindAction(m_disable), { QStringLiteral("apikeycalls::disable") });
    declareCalls(bindAction(m_delete), { QStringLiteral("apikeycalls::remove") });
    declareCalls(bindAction(m_refresh), { QStringLiteral("apikeycalls::list") });
    declareCallsOnSelect({ QStringLiteral("apikeycalls::get") });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ApiKeysPanel::deleteSelected);
    updateActions();
    loadDetail();
}

void ApiKeysPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("API Keys"));
        m_model->clear();
        updateActions();
        return;
    }
    m_title->setText(tr("API Keys of %1").arg(app.name));
    m_model->ensureLoaded(panelkit::groupOf(session()), app.id);
    updateActions();
}

void ApiKeysPanel::refresh()
{
    markFresh();
    m_banner->clear();
    const App app = session()->currentApp();
    if (!app.isNull())
        m_model->reload(panelkit::groupOf(session()), app.id);
}

void ApiKeysPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ApiKeysPanel::openItem(const QString &keyId)
{
    const int row = m_model->rowOfId(keyId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QStringList ApiKeysPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ListModelBase::IdRole).toString();
    return ids;
}

void ApiKeysPanel::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const bool idle = m_pendingCalls == 0;
    const int selected = int(selectedIds().size());
    m_busy->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_new->setEnabled(haveApp && idle);
    m_enable->setEnabled(selected > 0 && idle);
    m_disable->setEnabled(selected > 0 && idle);
    m_delete->setEnabled(selected > 0 && idle);
    m_refresh->setEnabled(haveApp);
    if (m_filterBinding)
        m_filterBinding->updateCount();
    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its API keys."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        m_hint->setText(tr("This app has no API keys. New… creates one; its key is shown once."));
    else if (!m_filter->text().isEmpty() && m_proxy->rowCount() == 0)
        m_hint->setText(tr("No key matches “%1”.").arg(m_filter->text()));
    else
        m_hint->setText(tr("A key authenticates a server or script as an app user. Its secret "
                           "is shown only when it is created."));
}

void ApiKeysPanel::loadDetail()
{
    const QStringList ids = selectedIds();
    m_detailKeyId = ids.size() == 1 ? ids.first() : QString();
    m_detailName->setText(QString());
    m_detailId->setText(QString());
    m_detailState->setText(QString());
    if (m_detailKeyId.isEmpty()) {
        const QString gone = std::exchange(m_detailGone, QString());
        m_detailStatus->setText(!gone.isEmpty() ? gone
                                    : ids.isEmpty()
                                    ? tr("Select a key to see its details.")
                                    : tr("%n keys selected.", nullptr, int(ids.size())));
        return;
    }
    m_detailStatus->setText(tr("Loading…"));
    const QString keyId = m_detailKeyId;
    auto *job = apikeycalls::get(*session()->client(), m_model->groupId(), m_model->appId(), keyId);
    job->onFinished(this, [this, keyId](Job<ApiKey> *job) {
        if (keyId != m_detailKeyId)
            return; // another key was selected meanwhile
        if (job->error().httpStatus == 404) {
            // The row goes (the selection with it); the detail says why.
            m_detailGone = tr("This key no longer exists: it was deleted elsewhere.");
            m_model->removeItem(m_model->rowOfId(keyId));
            if (!m_detailGone.isEmpty())
                loadDetail();
            return;
        }
        if (!job->ok()) {
            m_detailStatus->setText(job->error().summary());
            return;
        }
        // The answer is read for its name and state only: a key's secret is shown once, when
        // it is created, and never again, whatever a server sends here.
        ApiKey key = job->result();
        key.key.fill(QLatin1Char('\0'));
        key.key.clear();
        m_model->updateItem(m_model->rowOfId(keyId), key); // the list shows the state fetched
        m_detailName->setText(key.name);
        m_detailId->setText(key.id);
        m_detailState->setText(key.disabled ? tr("Disabled: clients using it are refused")
                                            : tr("Enabled"));
        m_detailStatus->setText(tr("The key itself was shown once, when it was created; "
                                   "it cannot be shown again. Delete it and create another if "
                                   "it was lost."));
    });
}

void ApiKeysPanel::newKey()
{
    if (m_model->appId().isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newApiKeyDialog"));
    dialog->setWindowTitle(tr("New API Key"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("apiKeyNameEdit"));
    name->setAccessibleName(tr("Name of the new key"));
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("apiKeyNameProblem"));
    problem->setForegroundRole(QPalette::BrightText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(problem);
    form->addRow(buttons);
    dialog->setMinimumWidth(380);
    const auto check = [=] {
        const QString why = apikeycalls::nameProblem(name->text());
        // Say nothing about an empty field until the user typed something.
        problem->setText(name->text().isEmpty() ? QString() : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, name] { createKey(name->text().trimmed()); });
    dialog->open();
}

void ApiKeysPanel::createKey(const QString &name)
{
    const QString problem = apikeycalls::nameProblem(name);
    if (!problem.isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(problem);
        return;
    }
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto created = std::make_shared<ApiKey>();
    auto *chain = (new CallChain(this))
                      ->then([=] { return apikeycalls::create(*client, groupId, appId, name); },
                             [=](const ApiKey &answer) { *created = answer; });
    track(chain, [this, created, name] {
        m_selectAfterReload = created->id;
        showKeyOnce(name, created->key);
        created->key.fill(QLatin1Char('\0'));
        created->key.clear();
        emit statusMessage(tr("Created the API key “%1”.").arg(name));
    });
}

void ApiKeysPanel::showKeyOnce(const QString &name, const QString &key)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("apiKeyShownOnceDialog"));
    dialog->setWindowTitle(tr("API Key “%1”").arg(name));
    auto *note = new QLabel(tr("Copy this key now. It is shown only this once: neither the server "
                               "nor the console can show it again."),
                            dialog);
    note->setWordWrap(true);
    auto *field = new QLineEdit(key, dialog);
    field->setObjectName(QStringLiteral("apiKeySecretEdit"));
    field->setReadOnly(true);
    field->setAccessibleName(tr("The new API key"));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(key) + 24);
    auto *copy = new QPushButton(tr("&Copy"), dialog);
    copy->setObjectName(QStringLiteral("copyApiKeyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, dialog, [field, copy] {
        QGuiApplication::clipboard()->setText(field->text());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // The key lives only in this dialog's field; it goes with it.
    connect(dialog, &QDialog::finished, field, [field] { field->clear(); });
    dialog->open();
    field->selectAll();
    field->setFocus();
}

void ApiKeysPanel::setSelectedEnabled(bool enabled)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    for (const QString &id : ids)
        chain->then([=]() -> ApiJob * {
            return enabled ? apikeycalls::enable(*client, groupId, appId, id)
                           : apikeycalls::disable(*client, groupId, appId, id);
        });
    track(chain, [this, ids, enabled] {
        emit statusMessage(enabled ? tr("Enabled %n API key(s).", nullptr, int(ids.size()))
                                   : tr("Disabled %n API key(s).", nullptr, int(ids.size())));
    });
}

void ApiKeysPanel::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->itemAt(m_model->rowOfId(id)).name;
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const QString question = ids.size() == 1
        ? tr("Delete the API key “%1”? Clients using it can no longer log in. This cannot be "
             "undone.")
              .arg(names.first())
        : tr("Delete these %1 API keys? Clients using them can no longer log in. This cannot be "
             "undone.\n\n%2")
              .arg(ids.size())
              .arg(ConfirmDialog::nameList(names));
    ConfirmDialog::askToDelete(
        this,
        { ids.size() == 1 ? tr("Delete API Key") : tr("Delete API Keys"), question,
          production ? (ids.size() == 1 ? names.first() : tr("delete %1 keys").arg(ids.size()))
                     : QString(),
          QStringLiteral("deleteApiKeysDialog") },
        [this, ids] { deleteKeys(ids); });
}

void ApiKeysPanel::deleteKeys(const QStringList &keyIds)
{
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    for (const QString &id : keyIds)
        chain->then([=] { return apikeycalls::remove(*client, groupId, appId, id); });
    track(chain, [this, keyIds] {
        emit statusMessage(tr("Deleted %n API key(s).", nullptr, int(keyIds.size())));
    });
}

void ApiKeysPanel::track(CallChain *chain, std::function<void()> done)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            done();
            session()->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, error);
        }
        // What landed before a failure is on the server: the list shows it either way.
        m_model->refresh();
        updateActions();
    });
}
