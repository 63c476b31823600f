#include "authproviderspanel.h"

#include "doclistpane.h"

#include <api/authprovidercalls.h>
#include <api/callchain.h>
#include <models/doclistmodel.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Page { UserpassPage, NoSettingsPage, FunctionPage, JsonPage };

const QStringList kUserpassText { QStringLiteral("emailConfirmationUrl"),
                                  QStringLiteral("resetPasswordUrl"),
                                  QStringLiteral("confirmEmailSubject"),
                                  QStringLiteral("resetPasswordSubject") };

Page pageOf(const QString &type)
{
    if (type == QLatin1String("local-userpass"))
        return UserpassPage;
    if (type == QLatin1String("api-key") || type == QLatin1String("anon-user"))
        return NoSettingsPage;
    if (type == QLatin1String("custom-function"))
        return FunctionPage;
    return JsonPage;
}

bool isUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty();
}

} // namespace

AuthProvidersPanel::AuthProvidersPanel(Session *session, QWidget *parent)
    : DocPanel(session, tr("Auth Providers"), parent)
    , m_model(DocListModel::authProviders(session->client(), this))
{
    setObjectName(QStringLiteral("authProvidersPanel"));
    m_list = new DocListPane(m_model, tr("Auth providers"),
                             [](int n) { return tr("%n provider(s)", nullptr, n); }, this);
    m_list->table()->setObjectName(QStringLiteral("providerTable"));
    m_list->filter()->setObjectName(QStringLiteral("providerFilterEdit"));
    m_new = m_list->addButton(tr("&New…"), QStringLiteral("newProviderButton"),
                              tr("Create an auth provider (Ctrl+N)"));
    m_enable = m_list->addButton(tr("&Enable"), QStringLiteral("enableProviderButton"),
                                 tr("Enable the selected providers"));
    m_disable = m_list->addButton(tr("Disa&ble"), QStringLiteral("disableProviderButton"),
                                  tr("Disable the selected providers"));
    m_delete = m_list->addButton(tr("&Delete…"), QStringLiteral("deleteProviderButton"),
                                 tr("Delete the selected providers (Del)"));
    m_refresh = m_list->addButton(tr("Refresh"), QStringLiteral("refreshProvidersButton"),
                                  tr("Load the providers again (F5)"));

    auto *editor = new QWidget(this);
    m_editorTitle = new QLabel(editor);
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("providerNameEdit"));
    m_name->setAccessibleName(tr("Provider name"));
    m_type = new QComboBox(editor);
    m_type->setObjectName(QStringLiteral("providerTypeCombo"));
    m_type->setAccessibleName(tr("Provider type"));
    m_type->addItems(authprovidercalls::knownTypes());
    m_pages = new QStackedWidget(editor);

    auto *userpass = new QWidget(m_pages);
    auto *userpassForm = new QFormLayout(userpass);
    for (const QString &key : kUserpassText) {
        auto *edit = new QLineEdit(userpass);
        edit->setObjectName(QStringLiteral("userpass_") + key);
        edit->setAccessibleName(key);
        connect(edit, &QLineEdit::textChanged, this, &AuthProvidersPanel::updateActions);
        userpassForm->addRow(key + QLatin1Char(':'), edit);
        m_userpass.insert(key, edit);
    }
    m_userpass.value(QStringLiteral("emailConfirmationUrl"))
        ->setPlaceholderText(QStringLiteral("https://example.com/confirm"));
    m_userpass.value(QStringLiteral("resetPasswordUrl"))
        ->setPlaceholderText(QStringLiteral("https://example.com/reset"));
    m_autoConfirm = new QCheckBox(tr("&Confirm new users automatically (autoConfirm)"), userpass);
    m_autoConfirm->setObjectName(QStringLiteral("userpass_autoConfirm"));
    m_runConfirm = new QCheckBox(tr("Run a confirmation &function (runConfirmationFunction)"),
                                 userpass);
    m_runConfirm->setObjectName(QStringLiteral("userpass_runConfirmationFunction"));
    m_confirmFunction = new QComboBox(userpass);
    m_confirmFunction->setObjectName(QStringLiteral("userpass_confirmationFunctionName"));
    m_confirmFunction->setAccessibleName(tr("Confirmation function"));
    m_runReset = new QCheckBox(tr("Run a password &reset function (runResetFunction)"), userpass);
    m_runReset->setObjectName(QStringLiteral("userpass_runResetFunction"));
    m_resetFunction = new QComboBox(userpass);
    m_resetFunction->setObjectName(QStringLiteral("userpass_resetFunctionName"));
    m_resetFunction->setAccessibleName(tr("Password reset function"));
    userpassForm->addRow(QString(), m_autoConfirm);
    userpassForm->addRow(QString(), m_runConfirm);
    userpassForm->addRow(tr("confirmationFunctionName:"), m_confirmFunction);
    userpassForm->addRow(QString(), m_runReset);
    userpassForm->addRow(tr("resetFunctionName:"), m_resetFunction);
    m_pages->addWidget(userpass);

    auto *none = new QLabel(tr("This provider type takes no settings."), m_pages);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(none);

    auto *function = new QWidget(m_pages);
    auto *functionForm = new QFormLayout(function);
    m_authFunction = new QComboBox(function);
    m_authFunction->setObjectName(QStringLiteral("customFunctionCombo"));
    m_authFunction->setAccessibleName(tr("Authentication function"));
    functionForm->addRow(tr("Authentication &function:"), m_authFunction);
    m_pages->addWidget(function);

    m_json = new JsonEditor(m_pages);
    m_json->setObjectName(QStringLiteral("providerConfigEditor"));
    m_json->setAccessibleName(tr("Provider configuration as JSON"));
    m_pages->addWidget(m_json);

    m_problem = new QLabel(editor);
    m_problem->setObjectName(QStringLiteral("providerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_save = new QPushButton(tr("&Save"), editor);
    m_save->setObjectName(QStringLiteral("saveProviderButton"));
    m_save->setToolTip(tr("Create or save the provider (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), editor);
    m_revert->setObjectName(QStringLiteral("revertProviderButton"));

    auto *head = new QFormLayout;
    head->addRow(tr("Na&me:"), m_name);
    head->addRow(tr("&Type:"), m_type);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *editLayout = new QVBoxLayout(editor);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editorTitle);
    editLayout->addLayout(head);
    editLayout->addWidget(m_pages, 1);
    editLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 520 });
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &AuthProvidersPanel::newProvider);
    connect(m_enable, &QPushButton::clicked, this, [this] { setSelectedEnabled(true); });
    connect(m_disable, &QPushButton::clicked, this, [this] { setSelectedEnabled(false); });
    connect(m_delete, &QPushButton::clicked, this, &AuthProvidersPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &AuthProvidersPanel::refresh);
    connect(m_save, &QPushButton::clicked, this, &AuthProvidersPanel::saveProvider);
    connect(m_revert, &QPushButton::clicked, this, [this] { showDoc(m_shown, m_creating); });
    connect(m_list, &DocListPane::deleteRequested, this, &AuthProvidersPanel::deleteSelected);
    connect(m_list, &DocListPane::selectionChanged, this, &AuthProvidersPanel::updateActions);
    connect(m_list, &DocListPane::currentChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && (id != m_shown.id || m_creating))
            load(id);
    });
    connect(m_type, &QComboBox::currentTextChanged, this, &AuthProvidersPanel::showPage);
    for (QCheckBox *box : { m_autoConfirm, m_runConfirm, m_runReset })
        connect(box, &QCheckBox::toggled, this, &AuthProvidersPanel::updateActions);
    for (QComboBox *box : { m_confirmFunction, m_resetFunction, m_authFunction })
        connect(box, &QComboBox::currentIndexChanged, this, &AuthProvidersPanel::updateActions);
    connect(m_name, &QLineEdit::textChanged, this, &AuthProvidersPanel::updateActions);
    connect(m_json, &JsonEditor::validityChanged, this, &AuthProvidersPanel::updateActions);
    connect(m_json, &QsciScintilla::textChanged, this, &AuthProvidersPanel::updateActions);
    connect(banner(), &ErrorBanner::retryRequested, this, &AuthProvidersPanel::refresh);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        banner()->setRetryVisible(true);
        banner()->showError(error);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        if (!m_selectAfterReload.isEmpty())
            openItem(std::exchange(m_selectAfterReload, QString()));
        else if (!m_shown.id.isEmpty() && m_model->rowOfId(m_shown.id) < 0)
            showDoc(ResourceDoc(), false);
        else if (!m_shown.id.isEmpty())
            m_list->selectId(m_shown.id);
        updateActions();
    });
    connect(m_model, &ListModelBase::loadingChanged, this, &AuthProvidersPanel::updateActions);
    FunctionListModel *functions = SharedModels::of(session)->functions();
    connect(functions, &QAbstractItemModel::modelReset, this, &AuthProvidersPanel::fillFunctions);
    connect(functions, &QAbstractItemModel::rowsInserted, this, &AuthProvidersPanel::fillFunctions);

    bindAction(m_new, QKeySequence::New);
    declareCalls(bindAction(m_enable), { QStringLiteral("authprovidercalls::setEnabled(true)") });
    declareCalls(bindAction(m_disable), { QStringLiteral("authprovidercalls::setEnabled(false)") });
    declareCalls(bindAction(m_delete), { QStringLiteral("authprovidercalls::remove") });
    declareCalls(bindAction(m_refresh), { QStringLiteral("authprovidercalls::list") });
    declareCalls(bindAction(m_save, QKeySequence::Save),
                 { QStringLiteral("authprovidercalls::create"),
                   QStringLiteral("authprovidercalls::update") });
    bindAction(m_revert);
    declareCallsOnSelect({ QStringLiteral("authprovidercalls::get") });
    showDoc(ResourceDoc(), false);
}

AuthProvidersPanel::~AuthProvidersPanel()
{
    ApiJob::abandonFor(this, m_loadJob);
}

void AuthProvidersPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        setTitleText(tr("Auth Providers"));
        m_model->clear();
        showDoc(ResourceDoc(), false);
        return;
    }
    setTitleText(tr("Auth Providers of %1").arg(app.name));
    if (m_model->appId() != app.id)
        showDoc(ResourceDoc(), false);
    SharedModels::of(session())->ensureLoaded();
    refresh();
}

void AuthProvidersPanel::refresh()
{
    markFresh();
    banner()->clear();
    if (appId().isEmpty())
        return;
    m_model->reload(groupId(), appId());
}

void AuthProvidersPanel::focusFilter()
{
    m_list->focusFilter();
}

void AuthProvidersPanel::openItem(const QString &providerId)
{
    if (m_list->selectId(providerId)) {
        if (providerId != m_shown.id || m_creating)
            load(providerId);
        return;
    }
    // Not in the list yet (made since it loaded, or it is loading): shown by its id, and the
    // list loads again.
    if (appId().isEmpty() || providerId.isEmpty())
        return;
    m_model->reload(groupId(), appId());
    load(providerId);
}

void AuthProvidersPanel::busyChanged()
{
    updateActions();
}

void AuthProvidersPanel::fillFunctions()
{
    const QStringList names = SharedModels::of(session())->functions()->names();
    for (QComboBox *box : { m_confirmFunction, m_resetFunction, m_authFunction }) {
        const QString current = box->currentText();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(QString());
        box->addItems(names);
        if (!current.isEmpty() && box->findText(current) < 0)
            box->addItem(current);
        box->setCurrentIndex(qMax(0, box->findText(current)));
    }
    updateActions();
}

void AuthProvidersPanel::updateActions()
{
    const bool haveApp = !appId().isEmpty();
    const bool idle = !isBusy();
    const bool editing = m_creating || !m_shown.id.isEmpty();
    const QStringList selected = m_list->selectedIds();
    bool anyEnabled = false;
    bool anyDisabled = false;
    for (const QString &id : selected) {
        const bool disabled = m_model->docOf(id).doc.value(QStringLiteral("disabled")).toBool();
        anyEnabled = anyEnabled || !disabled;
        anyDisabled = anyDisabled || disabled;
    }
    m_list->busy()->setRunning(m_model->isLoading() || isBusy() || m_loadJob);
    m_new->setEnabled(haveApp && idle);
    m_refresh->setEnabled(haveApp);
    m_enable->setEnabled(idle && anyDisabled);
    m_disable->setEnabled(idle && anyEnabled);
    m_delete->setEnabled(idle && !selected.isEmpty());
    QString problem;
    if (editing)
        formConfig(&problem);
    m_problem->setText(problem);
    m_problem->setAccessibleName(problem);
    m_name->setEnabled(editing);
    m_type->setEnabled(m_creating);
    m_pages->setEnabled(editing);
    m_save->setEnabled(editing && idle && problem.isEmpty());
    m_revert->setEnabled(editing);
    m_confirmFunction->setEnabled(m_runConfirm->isChecked());
    m_resetFunction->setEnabled(m_runReset->isChecked());
    if (!haveApp)
        setHint(tr("Choose an app in Apps to see its auth providers."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        setHint(tr("This app has no auth providers yet. New… creates one."));
    else
        setHint(tr("Users sign in to the app through its enabled providers."));
    m_list->updateCount();
}

void AuthProvidersPanel::load(const QString &providerId)
{
    ApiJob::abandonFor(this, m_loadJob);
    auto *job = authprovidercalls::get(*session()->client(), groupId(), appId(), providerId);
    m_loadJob = job;
    job->onFinished(this, [this, providerId](Job<ResourceDoc> *job) {
        m_loadJob = nullptr;
        if (!job->ok()) {
            banner()->setRetryVisible(false);
            banner()->showError(job->error());
            if (job->error().httpStatus == 404)
                refresh();
            updateActions();
            return;
        }
        ResourceDoc provider = job->result();
        if (provider.id.isEmpty())
            provider.id = providerId;
        showDoc(provider, false);
    });
    updateActions();
}

void AuthProvidersPanel::showDoc(const ResourceDoc &provider, bool creating)
{
    m_shown = provider;
    m_creating = creating;
    const QString type = creating ? m_type->currentText() : provider.text(QStringLiteral("type"));
    m_editorTitle->setText(
        creating ? tr("New auth provider")
                 : (provider.id.isEmpty()
                        ? tr("No provider selected")
                        : tr("%1 (%2)").arg(provider.name,
                                            provider.doc.value(QStringLiteral("disabled")).toBool()
                                                ? tr("disabled")
                                                : tr("enabled"))));
    {
        const QSignalBlocker block(m_type);
        if (!creating && !type.isEmpty()) {
            if (m_type->findText(type) < 0)
                m_type->addItem(type);
            m_type->setCurrentText(type);
        }
    }
    m_name->setText(creating ? type : provider.name);
    const QJsonObject config = provider.doc.value(QStringLiteral("config")).toObject();
    for (auto it = m_userpass.constBegin(); it != m_userpass.constEnd(); ++it)
        it.value()->setText(config.value(it.key()).toString());
    m_autoConfirm->setChecked(config.value(QStringLiteral("autoConfirm")).toBool());
    m_runConfirm->setChecked(config.value(QStringLiteral("runConfirmationFunction")).toBool());
    m_runReset->setChecked(config.value(QStringLiteral("runResetFunction")).toBool());
    fillFunctions();
    const auto pick = [](QComboBox *box, const QString &name) {
        if (!name.isEmpty() && box->findText(name) < 0)
            box->addItem(name);
        box->setCurrentIndex(qMax(0, box->findText(name)));
    };
    pick(m_confirmFunction, config.value(QStringLiteral("confirmationFunctionName")).toString());
    pick(m_resetFunction, config.value(QStringLiteral("resetFunctionName")).toString());
    pick(m_authFunction, config.value(QStringLiteral("authFunctionName")).toString());
    m_json->setValue(config);
    showPage();
}

void AuthProvidersPanel::showPage()
{
    m_pages->setCurrentIndex(pageOf(m_type->currentText()));
    if (m_creating && m_name->text().isEmpty())
        m_name->setText(m_type->currentText());
    updateActions();
}

QJsonObject AuthProvidersPanel::formConfig(QString *problem) const
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString name = m_name->text().trimmed();
    if (!plain.match(name).hasMatch())
        *problem = tr("A provider name has 1 to 64 letters, digits, “_” or “-”.");
    QJsonObject config = m_shown.doc.value(QStringLiteral("config")).toObject();
    const QString type = m_type->currentText();
    const auto need = [problem](bool missing, const QString &message) {
        if (missing && problem->isEmpty())
            *problem = message;
    };
    switch (pageOf(type)) {
    case UserpassPage: {
        for (auto it = m_userpass.constBegin(); it != m_userpass.constEnd(); ++it) {
            const QString text = it.value()->text().trimmed();
            if (text.isEmpty())
                config.remove(it.key());
            else
                config.insert(it.key(), text);
        }
        config.insert(QStringLiteral("autoConfirm"), m_autoConfirm->isChecked());
        config.insert(QStringLiteral("runConfirmationFunction"), m_runConfirm->isChecked());
        config.insert(QStringLiteral("runResetFunction"), m_runReset->isChecked());
        const QString confirmFn = m_confirmFunction->currentText();
        const QString resetFn = m_resetFunction->currentText();
        if (confirmFn.isEmpty())
            config.remove(QStringLiteral("confirmationFunctionName"));
        else
            config.insert(QStringLiteral("confirmationFunctionName"), confirmFn);
        if (resetFn.isEmpty())
            config.remove(QStringLiteral("resetFunctionName"));
        else
            config.insert(QStringLiteral("resetFunctionName"), resetFn);
        const QString confirmUrl = config.value(QStringLiteral("emailConfirmationUrl")).toString();
        const QString resetUrl = config.value(QStringLiteral("resetPasswordUrl")).toString();
        if (!m_autoConfirm->isChecked()) {
            if (m_runConfirm->isChecked())
                need(confirmFn.isEmpty(), tr("Choose the confirmation function."));
            else
                need(!isUrl(confirmUrl),
                     tr("emailConfirmationUrl must be an absolute URL (or confirm "
                        "automatically, or by a function)."));
        }
        if (m_runReset->isChecked())
            need(resetFn.isEmpty(), tr("Choose the password reset function."));
        else
            need(!isUrl(resetUrl), tr("resetPasswordUrl must be an absolute URL."));
        break;
    }
    case NoSettingsPage:
        break;
    case FunctionPage:
        need(m_authFunction->currentText().isEmpty(), tr("Choose the authentication function."));
        config.insert(QStringLiteral("authFunctionName"), m_authFunction->currentText());
        break;
    case JsonPage:
        if (!objectIn(m_json).isObject()) {
            need(true, m_json->isValid() ? tr("The configuration must be a JSON object.")
                                         : m_json->errorMessage());
            return config;
        }
        config = objectIn(m_json).toObject();
        break;
    }
    return config;
}

void AuthProvidersPanel::newProvider()
{
    if (appId().isEmpty())
        return;
    // A provider still loading (the one just saved, or one clicked before New) must not land
    // on top of the new form when its answer comes.
    ApiJob::abandonFor(this, m_loadJob);
    m_selectAfterReload.clear();
    m_list->clearCurrent();
    m_name->clear();
    showDoc(ResourceDoc(), true);
    m_type->setFocus();
}

void AuthProvidersPanel::saveProvider()
{
    m_json->validateNow();
    QString problem;
    const QJsonObject config = formConfig(&problem);
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    const QString name = m_name->text().trimmed();
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    const QString id = m_shown.id;
    const bool creating = m_creating;
    auto saved = std::make_shared<QString>(id);
    auto *chain = new CallChain(this);
    if (creating) {
        const QJsonObject body { { QStringLiteral("name"), name },
                                 { QStringLiteral("type"), m_type->currentText() },
                                 { QStringLiteral("disabled"), false },
                                 { QStringLiteral("config"), config } };
        chain->then([=] { return authprovidercalls::create(*client, g, a, body); },
                    [=](const ResourceDoc &answer) { *saved = answer.id; });
    } else {
        const QJsonObject changes { { QStringLiteral("name"), name },
                                    { QStringLiteral("config"), config } };
        chain->then([=] { return authprovidercalls::update(*client, g, a, id, changes); });
    }
    track(
        chain,
        [this, creating, name, saved] {
            m_creating = false;
            m_selectAfterReload = *saved;
            m_shown.id = *saved;
            announce(creating ? tr("Created the auth provider “%1”.").arg(name)
                              : tr("Saved the auth provider “%1”.").arg(name));
            load(*saved);
        },
        [this] { m_model->reload(groupId(), appId()); });
}

void AuthProvidersPanel::setSelectedEnabled(bool enabled)
{
    QStringList ids;
    for (const QString &id : m_list->selectedIds()) {
        if (m_model->docOf(id).doc.value(QStringLiteral("disabled")).toBool() == enabled)
            ids << id;
    }
    if (ids.isEmpty() || isBusy())
        return;
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    auto *chain = new CallChain(this);
    for (const QString &id : ids)
        chain->then([=] { return authprovidercalls::setEnabled(*client, g, a, id, enabled); });
    track(
        chain,
        [this, ids, enabled] {
            announce(enabled ? tr("Enabled %n provider(s).", nullptr, int(ids.size()))
                             : tr("Disabled %n provider(s).", nullptr, int(ids.size())));
            if (ids.contains(m_shown.id))
                load(m_shown.id);
        },
        [this] { m_model->reload(groupId(), appId()); });
}

void AuthProvidersPanel::deleteSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty() || isBusy())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->docOf(id).name;
    confirm(ids.size() == 1 ? tr("Delete Auth Provider") : tr("Delete Auth Providers"),
            ids.size() == 1
                ? tr("Delete the auth provider “%1”? Its users can no longer sign in with it.")
                      .arg(names.first())
                : tr("Delete these %1 auth providers? Their users can no longer sign in with "
                     "them.\n\n%2")
                      .arg(ids.size())
                      .arg(ConfirmDialog::nameList(names)),
            tr("Delete"),
            ids.size() == 1 ? names.first() : tr("delete %1 providers").arg(ids.size()),
            [this, ids] {
                ApiClient *client = session()->client();
                const QString g = groupId();
                const QString a = appId();
                auto *chain = new CallChain(this);
                for (const QString &id : ids)
                    chain->then([=] { return authprovidercalls::remove(*client, g, a, id); });
                track(
                    chain,
                    [this, ids] {
                        if (ids.contains(m_shown.id))
                            showDoc(ResourceDoc(), false);
                        announce(tr("Deleted %n auth provider(s).", nullptr, int(ids.size())));
                    },
                    [this] { m_model->reload(groupId(), appId()); });
            });
}
