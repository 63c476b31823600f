#include "servicespanel.h"

#include "dataview.h"
#include "doclistpane.h"
#include "servicechildtabs.h"

#include <api/callchain.h>
#include <api/servicecalls.h>
#include <models/doclistmodel.h>
#include <models/listfilterproxy.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString nameProblem(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (name.isEmpty())
        return ServicesPanel::tr("Enter a name.");
    if (!plain.match(name).hasMatch())
        return ServicesPanel::tr("A service name has 1 to 64 letters, digits, “_” or “-”.");
    return {};
}

QString pretty(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

//! The create dialog: name, type, the type's fields as a form, any other config as JSON.
class NewServiceDialog : public QDialog
{
public:
    explicit NewServiceDialog(QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("newServiceDialog"));
        setWindowTitle(ServicesPanel::tr("New Service"));
        setAccessibleName(windowTitle());
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("newServiceName"));
        m_name->setAccessibleName(ServicesPanel::tr("Service name"));
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("newServiceType"));
        m_type->setAccessibleName(ServicesPanel::tr("Service type"));
        m_type->addItems(servicecalls::knownTypes());
        m_fieldsBox = new QWidget(this);
        m_fieldsForm = new QFormLayout(m_fieldsBox);
        m_fieldsForm->setContentsMargins(0, 0, 0, 0);
        m_json = new JsonEditor(this);
        m_json->setObjectName(QStringLiteral("newServiceConfig"));
        m_json->setAccessibleName(ServicesPanel::tr("Other configuration as JSON"));
        m_json->setValue(QJsonObject());
        m_json->setMinimumHeight(120);
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("newServiceProblem"));
        m_problem->setWordWrap(true);
        m_problem->setForegroundRole(QPalette::BrightText);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_buttons->button(QDialogButtonBox::Ok)->setText(ServicesPanel::tr("Create"));
        auto *form = new QFormLayout;
        form->addRow(ServicesPanel::tr("&Name:"), m_name);
        form->addRow(ServicesPanel::tr("&Type:"), m_type);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_fieldsBox);
        auto *jsonLabel = new QLabel(ServicesPanel::tr("Other &configuration (JSON object):"), this);
        jsonLabel->setBuddy(m_json);
        layout->addWidget(jsonLabel);
        layout->addWidget(m_json, 1);
        layout->addWidget(m_problem);
        layout->addWidget(m_buttons);
        resize(520, 440);
        connect(m_type, &QComboBox::currentTextChanged, this, [this] { rebuildFields(); });
        connect(m_name, &QLineEdit::textChanged, this, [this] { validate(); });
        connect(m_json, &JsonEditor::validityChanged, this, [this] { validate(); });
        connect(m_json, &QsciScintilla::textChanged, this, [this] { validate(); });
        connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
            if (validate())
                accept();
        });
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        rebuildFields();
    }

    QString name() const { return m_name->text().trimmed(); }
    QString type() const { return m_type->currentText(); }
    QJsonObject config() const
    {
        QJsonObject config = DocPanel::objectIn(m_json).toObject();
        for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
            if (!it.value()->text().isEmpty())
                config.insert(it.key(), it.value()->text());
        }
        return config;
    }

    bool validate()
    {
        QString problem = nameProblem(name());
        if (problem.isEmpty() && !DocPanel::objectIn(m_json).isObject())
            problem = ServicesPanel::tr("The other configuration must be a JSON object.");
        if (problem.isEmpty()) {
            for (const servicecalls::ConfigField &field : servicecalls::fieldsOf(type())) {
                if (field.required && m_edits.value(field.key)->text().trimmed().isEmpty()) {
                    problem = ServicesPanel::tr("A %1 service needs %2.").arg(type(), field.key);
                    break;
                }
            }
        }
        m_problem->setText(problem);
        m_problem->setAccessibleName(problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
        return problem.isEmpty();
    }

private:
    void rebuildFields()
    {
        while (m_fieldsForm->rowCount() > 0)
            m_fieldsForm->removeRow(0);
        m_edits.clear();
        for (const servicecalls::ConfigField &field : servicecalls::fieldsOf(type())) {
            auto *edit = new QLineEdit(m_fieldsBox);
            edit->setObjectName(QStringLiteral("newServiceField_") + field.key);
            edit->setAccessibleName(field.key);
            if (field.secret)
                edit->setEchoMode(QLineEdit::Password);
            if (field.required)
                edit->setPlaceholderText(ServicesPanel::tr("required"));
            connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
            m_fieldsForm->addRow(field.key + QLatin1Char(':'), edit);
            m_edits.insert(field.key, edit);
        }
        m_fieldsBox->setVisible(!m_edits.isEmpty());
        // Made after the JSON editor, the fields would come after it in Tab order: they are
        // shown between the type and the editor, and Tab goes the same way.
        QWidget *previous = m_type;
        for (int row = 0; row < m_fieldsForm->rowCount(); ++row) {
            QWidget *edit = m_fieldsForm->itemAt(row, QFormLayout::FieldRole)->widget();
            QWidget::setTabOrder(previous, edit);
            previous = edit;
        }
        QWidget::setTabOrder(previous, m_json);
        validate();
    }

    QLineEdit *m_name;
    QComboBox *m_type;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsForm;
    QHash<QString, QLineEdit *> m_edits;
    JsonEditor *m_json;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace

ServicesPanel::ServicesPanel(Session *session, QWidget *parent)
    : DocPanel(session, tr("Services"), parent)
    , m_model(DocListModel::services(session->client(), this))
{
    setObjectName(QStringLiteral("servicesPanel"));
    m_list = new DocListPane(m_model, tr("Services"),
                             [](int n) { return tr("%n service(s)", nullptr, n); }, this);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->table()->setObjectName(QStringLiteral("serviceTable"));
    m_list->filter()->setObjectName(QStringLiteral("serviceFilterEdit"));
    m_new = m_list->addButton(tr("&New…"), QStringLiteral("newServiceButton"),
                              tr("Create a service (Ctrl+N)"));
    m_delete = m_list->addButton(tr("&Delete…"), QStringLiteral("deleteServiceButton"),
                                 tr("Delete the selected services (Del)"));
    m_refresh = m_list->addButton(tr("Refresh"), QStringLiteral("refreshServicesButton"),
                                  tr("Load the services again (F5)"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    auto *configTab = new QWidget(m_tabs);
    buildConfigTab(configTab);
    m_rules = new ServiceRulesTab(this, m_tabs);
    m_webhooks = new ServiceWebhooksTab(this, m_tabs);
    auto *commandTab = new QWidget(m_tabs);
    buildCommandTab(commandTab);
    m_tabs->addTab(configTab, tr("&Configuration"));
    m_tabs->addTab(m_rules, tr("&Rules"));
    m_tabs->addTab(m_webhooks, tr("Incoming &webhooks"));
    m_tabs->addTab(commandTab, tr("C&ommands"));
    m_data = new DataView(this, m_tabs);
    m_tabs->addTab(m_data, tr("D&ata"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 640 });
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &ServicesPanel::newService);
    connect(m_delete, &QPushButton::clicked, this, &ServicesPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ServicesPanel::refresh);
    connect(m_list, &DocListPane::deleteRequested, this, &ServicesPanel::deleteSelected);
    connect(m_list, &DocListPane::selectionChanged, this, &ServicesPanel::updateActions);
    connect(m_list, &DocListPane::currentChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && id != m_shown.id)
            loadService(id);
    });
    connect(banner(), &ErrorBanner::retryRequested, this, &ServicesPanel::refresh);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        banner()->setRetryVisible(true);
        banner()->showError(error);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        if (!m_selectAfterReload.isEmpty()) {
            const QString id = std::exchange(m_selectAfterReload, QString());
            openItem(id);
        } else if (!m_shown.id.isEmpty() && m_model->rowOfId(m_shown.id) < 0) {
            showService(ResourceDoc()); // deleted elsewhere
        } else if (!m_shown.id.isEmpty()) {
            m_list->selectId(m_shown.id);
        }
        updateActions();
    });
    connect(m_model, &ListModelBase::loadingChanged, this, &ServicesPanel::updateActions);

    declareCalls(bindAction(m_new, QKeySequence::New), { QStringLiteral("servicecalls::create") });
    declareCalls(bindAction(m_delete), { QStringLiteral("servicecalls::remove") });
    declareCalls(bindAction(m_refresh), { QStringLiteral("servicecalls::list") });
    declareCalls(
        bindAction(m_save, QKeySequence::Save),
        { QStringLiteral("servicecalls::update"), QStringLiteral("servicecalls::patchConfig") });
    bindAction(m_revert);
    declareCallsOnSelect(
        { QStringLiteral("servicecalls::get"), QStringLiteral("servicecalls::config"),
          QStringLiteral("rulecalls::list"), QStringLiteral("rulecalls::get"),
          QStringLiteral("webhookcalls::list"), QStringLiteral("webhookcalls::get") });
    declareCalls(bindAction(m_run), { QStringLiteral("servicecalls::runCommand") });
    showService(ResourceDoc());
}

ServicesPanel::~ServicesPanel()
{
    ApiJob::abandonFor(this, m_loadJob);
}

void ServicesPanel::buildConfigTab(QWidget *tab)
{
    m_serviceTitle = new QLabel(tab);
    m_serviceTitle->setObjectName(QStringLiteral("serviceTitle"));
    QFont bold = m_serviceTitle->font();
    bold.setBold(true);
    m_serviceTitle->setFont(bold);
    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("serviceNameEdit"));
    m_name->setAccessibleName(tr("Service name"));
    m_type = new QLabel(tab);
    m_type->setObjectName(QStringLiteral("serviceTypeLabel"));
    auto *fieldsBox = new QWidget(tab);
    m_form = new QFormLayout(fieldsBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_otherConfig = new JsonEditor(tab);
    m_otherConfig->setObjectName(QStringLiteral("serviceConfigEditor"));
    m_otherConfig->setAccessibleName(tr("Other configuration as JSON"));
    m_configProblem = new QLabel(tab);
    m_configProblem->setObjectName(QStringLiteral("serviceConfigProblem"));
    m_configProblem->setWordWrap(true);
    m_configProblem->setForegroundRole(QPalette::BrightText);
    m_save = new QPushButton(tr("&Save"), tab);
    m_save->setObjectName(QStringLiteral("saveServiceButton"));
    m_save->setToolTip(tr("Save the name and configuration (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), tab);
    m_revert->setObjectName(QStringLiteral("revertServiceButton"));
    m_revert->setToolTip(tr("Show the saved configuration again"));

    auto *head = new QFormLayout;
    head->addRow(tr("&Name:"), m_name);
    head->addRow(tr("Type:"), m_type);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_serviceTitle);
    layout->addLayout(head);
    layout->addWidget(fieldsBox);
    auto *jsonLabel = new QLabel(tr("Other &settings (JSON object; secrets are in the fields "
                                    "above, never shown):"),
                                 tab);
    jsonLabel->setWordWrap(true);
    jsonLabel->setBuddy(m_otherConfig);
    layout->addWidget(jsonLabel);
    layout->addWidget(m_otherConfig, 1);
    layout->addWidget(m_configProblem);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ServicesPanel::saveConfig);
    connect(m_revert, &QPushButton::clicked, this, [this] { showService(m_shown); });
    connect(m_name, &QLineEdit::textChanged, this, &ServicesPanel::updateActions);
    connect(m_otherConfig, &JsonEditor::validityChanged, this, &ServicesPanel::updateActions);
    connect(m_otherConfig, &QsciScintilla::textChanged, this, &ServicesPanel::updateActions);
}

void ServicesPanel::buildCommandTab(QWidget *tab)
{
    m_commandName = new QLineEdit(tab);
    m_commandName->setObjectName(QStringLiteral("serviceCommandName"));
    m_commandName->setAccessibleName(tr("Command name"));
    m_commandName->setPlaceholderText(tr("e.g. listDatabases"));
    m_commandArgs = new JsonEditor(tab);
    m_commandArgs->setObjectName(QStringLiteral("serviceCommandArguments"));
    m_commandArgs->setAccessibleName(tr("Command arguments as JSON"));
    m_commandArgs->setValue(QJsonObject());
    m_run = new QPushButton(tr("R&un command"), tab);
    m_run->setObjectName(QStringLiteral("runServiceCommandButton"));
    m_run->setToolTip(tr("Run the command on the service with these arguments"));
    m_commandStatus = new StatusLabel(tr("Command answer"), tab);
    m_commandStatus->setObjectName(QStringLiteral("serviceCommandStatus"));
    m_commandStatus->setWordWrap(true);
    m_commandAnswer = new QPlainTextEdit(tab);
    m_commandAnswer->setObjectName(QStringLiteral("serviceCommandAnswer"));
    m_commandAnswer->setAccessibleName(tr("Command answer body"));
    m_commandAnswer->setReadOnly(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Co&mmand:"), m_commandName);
    auto *argsLabel = new QLabel(tr("&Arguments (JSON):"), tab);
    argsLabel->setBuddy(m_commandArgs);
    auto *row = new QHBoxLayout;
    row->addWidget(m_commandStatus, 1);
    row->addWidget(m_run);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(argsLabel);
    layout->addWidget(m_commandArgs, 1);
    layout->addLayout(row);
    layout->addWidget(m_commandAnswer, 1);
    connect(m_run, &QPushButton::clicked, this, &ServicesPanel::runCommand);
    connect(m_commandName, &QLineEdit::textChanged, this, &ServicesPanel::updateActions);
    connect(m_commandArgs, &JsonEditor::validityChanged, this, &ServicesPanel::updateActions);
    connect(m_commandArgs, &QsciScintilla::textChanged, this, &ServicesPanel::updateActions);
}

void ServicesPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        setTitleText(tr("Services"));
        m_model->clear();
        showService(ResourceDoc());
        return;
    }
    setTitleText(tr("Services of %1").arg(app.name));
    if (m_model->appId() != app.id)
        showService(ResourceDoc());
    refresh();
}

void ServicesPanel::refresh()
{
    markFresh();
    banner()->clear();
    if (appId().isEmpty())
        return;
    m_model->reload(groupId(), appId());
    if (!m_shown.id.isEmpty())
        loadService(m_shown.id);
}

void ServicesPanel::focusFilter()
{
    m_list->focusFilter();
}

void ServicesPanel::openItem(const QString &serviceId)
{
    if (m_list->selectId(serviceId)) {
        if (serviceId != m_shown.id)
            loadService(serviceId);
        return;
    }
    // Not in the list yet (made since it loaded, or it is loading): shown by its id, and the
    // list loads again.
    if (appId().isEmpty() || serviceId.isEmpty())
        return;
    m_model->reload(groupId(), appId());
    loadService(serviceId);
}

bool ServicesPanel::hasUnsavedChanges() const
{
    return !m_shown.id.isEmpty() && m_revert->isEnabled();
}

void ServicesPanel::discardUnsaved()
{
    showService(m_shown);
}

void ServicesPanel::busyChanged()
{
    updateActions();
}

void ServicesPanel::updateActions()
{
    const bool haveApp = !appId().isEmpty();
    const bool idle = !isBusy();
    const bool shown = !m_shown.id.isEmpty();
    m_list->busy()->setRunning(m_model->isLoading() || isBusy() || m_loadJob);
    m_new->setEnabled(haveApp && idle);
    m_refresh->setEnabled(haveApp);
    m_delete->setEnabled(!m_list->selectedIds().isEmpty() && idle);
    QString problem;
    const QJsonObject patch = shown ? configPatch(&problem) : QJsonObject();
    const bool renamed = shown && m_name->text().trimmed() != m_shown.name;
    m_configProblem->setText(problem);
    m_configProblem->setAccessibleName(problem);
    m_save->setEnabled(shown && idle && problem.isEmpty() && (renamed || !patch.isEmpty()));
    m_revert->setEnabled(shown && (renamed || !patch.isEmpty() || !problem.isEmpty()));
    QJsonParseError argsError;
    QJsonDocument::fromJson(m_commandArgs->text().toUtf8(), &argsError);
    m_run->setEnabled(shown && idle && !m_commandName->text().trimmed().isEmpty()
                      && argsError.error == QJsonParseError::NoError);
    m_tabs->setEnabled(shown);
    if (!haveApp)
        setHint(tr("Choose an app in Apps to see its services."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        setHint(tr("This app has no services yet. New… creates one."));
    else if (!shown)
        setHint(tr("Select a service to edit its configuration, rules and incoming webhooks."));
    else
        setHint(tr("Secret settings are never shown; type a new value to replace one."));
    m_list->updateCount();
}

void ServicesPanel::loadService(const QString &serviceId)
{
    // The service (GET .../services/{id}), then its configuration as the config route gives it
    // (GET .../services/{id}/config), read one after the other.
    ApiJob::abandonFor(this, m_loadJob);
    auto *job = servicecalls::get(*session()->client(), groupId(), appId(), serviceId);
    m_loadJob = job;
    const auto failed = [this](const ApiError &error) {
        banner()->setRetryVisible(false);
        banner()->showError(error);
        if (error.httpStatus == 404) {
            showService(ResourceDoc());
            m_model->reload(groupId(), appId());
        }
        updateActions();
    };
    job->onFinished(this, [this, serviceId, failed](Job<ResourceDoc> *job) {
        m_loadJob = nullptr;
        if (!job->ok())
            return failed(job->error());
        ResourceDoc service = job->result();
        if (service.id.isEmpty())
            service.id = serviceId;
        auto *config = servicecalls::config(*session()->client(), groupId(), appId(), serviceId);
        m_loadJob = config;
        config->onFinished(this, [this, service, failed](Job<ResourceDoc> *config) mutable {
            m_loadJob = nullptr;
            if (!config->ok())
                return failed(config->error());
            service.doc.insert(QStringLiteral("config"), config->result().doc);
            showService(service);
        });
    });
    updateActions();
}

void ServicesPanel::showService(const ResourceDoc &service)
{
    m_shown = service;
    const QString type = service.text(QStringLiteral("type"));
    const QJsonObject config = service.doc.value(QStringLiteral("config")).toObject();
    m_serviceTitle->setText(service.id.isEmpty()
                                ? tr("No service selected")
                                : tr("%1 (%2, version %3)")
                                      .arg(service.name, type,
                                           QString::number(service.doc.value(QStringLiteral("version")).toInt())));
    {
        const QSignalBlocker block(m_name);
        m_name->setText(service.name);
    }
    m_type->setText(type);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_secretKeys.clear();
    QJsonObject other = config;
    QList<servicecalls::ConfigField> fields = servicecalls::fieldsOf(type);
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        bool listed = false;
        for (const auto &field : fields)
            listed = listed || field.key == it.key();
        if (!listed && servicecalls::isSecretKey(it.key()))
            fields.append({ it.key(), true, false });
    }
    for (const servicecalls::ConfigField &field : fields) {
        const QJsonValue value = config.value(field.key);
        if (!field.secret && !value.isUndefined() && !value.isString())
            continue; // not text: edited in the JSON below
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("serviceField_") + field.key);
        edit->setAccessibleName(field.key);
        if (field.secret) {
            m_secretKeys << field.key;
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(config.contains(field.key)
                                         ? tr("•••••• set; type to replace")
                                         : tr("not set"));
            edit->setToolTip(tr("A secret: never shown or sent back; typing replaces it."));
        } else {
            edit->setText(value.toString());
            if (field.required)
                edit->setPlaceholderText(tr("required"));
        }
        connect(edit, &QLineEdit::textChanged, this, &ServicesPanel::updateActions);
        m_form->addRow(field.key + QLatin1Char(':'), edit);
        m_fields.insert(field.key, edit);
        other.remove(field.key);
    }
    m_otherConfig->setValue(other);
    m_rules->setService(service);
    m_webhooks->setService(service);
    m_data->setService(service);
    m_commandAnswer->clear();
    m_commandStatus->setText(QString());
    updateActions();
}

QJsonObject ServicesPanel::configPatch(QString *problem) const
{
    QJsonObject patch;
    const QJsonObject config = m_shown.doc.value(QStringLiteral("config")).toObject();
    const QString type = m_shown.text(QStringLiteral("type"));
    const QString name = m_name->text().trimmed();
    if (name != m_shown.name)
        *problem = nameProblem(name);
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString text = it.value()->text();
        if (m_secretKeys.contains(it.key())) {
            if (!text.isEmpty())
                patch.insert(it.key(), text);
            continue;
        }
        if (text == config.value(it.key()).toString())
            continue;
        patch.insert(it.key(), text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        for (const auto &field : servicecalls::fieldsOf(type)) {
            if (field.key == it.key() && field.required && text.trimmed().isEmpty()
                && problem->isEmpty())
                *problem = tr("A %1 service needs %2.").arg(type, field.key);
        }
    }
    const QJsonValue otherValue = objectIn(m_otherConfig);
    if (!otherValue.isObject()) {
        if (problem->isEmpty())
            *problem = !m_otherConfig->isValid() ? m_otherConfig->errorMessage()
                                                 : tr("The other settings must be a JSON object.");
        return patch;
    }
    const QJsonObject other = otherValue.toObject();
    for (auto it = other.constBegin(); it != other.constEnd(); ++it) {
        if (m_fields.contains(it.key())) {
            if (problem->isEmpty())
                *problem = tr("“%1” is set in the form above, not in the JSON.").arg(it.key());
            continue;
        }
        if (config.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    }
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        if (!m_fields.contains(it.key()) && !other.contains(it.key()))
            patch.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    return patch;
}

void ServicesPanel::saveConfig()
{
    if (m_shown.id.isEmpty())
        return;
    m_otherConfig->validateNow();
    QString problem;
    const QJsonObject patch = configPatch(&problem);
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    const QString name = m_name->text().trimmed();
    const bool renamed = name != m_shown.name;
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    const QString id = m_shown.id;
    auto *chain = new CallChain(this);
    if (renamed)
        chain->then([=] {
            return servicecalls::update(*client, g, a, id, { { QStringLiteral("name"), name } });
        });
    if (!patch.isEmpty())
        chain->then([=] { return servicecalls::patchConfig(*client, g, a, id, patch); });
    track(
        chain, [this, name] { announce(tr("Saved the service “%1”.").arg(name)); },
        [this, id] {
            m_model->reload(groupId(), appId());
            loadService(id);
        });
}

void ServicesPanel::newService()
{
    if (appId().isEmpty())
        return;
    auto *dialog = new NewServiceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        createService(dialog->name(), dialog->type(), dialog->config());
    });
    dialog->open();
}

void ServicesPanel::createService(const QString &name, const QString &type,
                                  const QJsonObject &config)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    auto created = std::make_shared<QString>();
    auto *chain = (new CallChain(this))
                      ->then([=] { return servicecalls::create(*client, g, a, name, type, config); },
                             [=](const ResourceDoc &answer) { *created = answer.id; });
    track(
        chain,
        [this, name, created] {
            m_selectAfterReload = *created;
            announce(tr("Created the service “%1”.").arg(name));
        },
        [this] { m_model->reload(groupId(), appId()); });
}

void ServicesPanel::deleteSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty() || isBusy())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->docOf(id).name;
    const QString question = ids.size() == 1
        ? tr("Delete the service “%1” with its rules and incoming webhooks? This cannot be "
             "undone.")
              .arg(names.first())
        : tr("Delete these %1 services with their rules and incoming webhooks? This cannot be "
             "undone.\n\n%2")
              .arg(ids.size())
              .arg(ConfirmDialog::nameList(names));
    confirm(ids.size() == 1 ? tr("Delete Service") : tr("Delete Services"), question,
            tr("Delete"),
            ids.size() == 1 ? names.first() : tr("delete %1 services").arg(ids.size()),
            [this, ids] { deleteServices(ids); });
}

void ServicesPanel::deleteServices(const QStringList &ids)
{
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    auto *chain = new CallChain(this);
    for (const QString &id : ids)
        chain->then([=] { return servicecalls::remove(*client, g, a, id); });
    track(
        chain,
        [this, ids] {
            if (ids.contains(m_shown.id))
                showService(ResourceDoc());
            announce(tr("Deleted %n service(s).", nullptr, int(ids.size())));
        },
        [this] { m_model->reload(groupId(), appId()); });
}

void ServicesPanel::runCommand()
{
    const QString command = m_commandName->text().trimmed();
    if (m_shown.id.isEmpty() || command.isEmpty())
        return;
    if (!m_commandArgs->validateNow()) {
        m_commandStatus->setText(tr("The arguments are not valid JSON: %1")
                                     .arg(m_commandArgs->errorMessage()));
        return;
    }
    m_commandStatus->setText(tr("Running %1…").arg(command));
    m_commandAnswer->clear();
    auto *job = servicecalls::runCommand(*session()->client(), groupId(), appId(), m_shown.id,
                                         command, m_commandArgs->value());
    const QString service = m_shown.name;
    job->onFinished(this, [this, command, service](ApiJob *job) {
        m_commandAnswer->setPlainText(pretty(job->body()));
        if (job->ok()) {
            m_commandStatus->setText(tr("%1 answered (HTTP %2).").arg(command).arg(job->httpStatus()));
        } else if (job->error().errorCode == QLatin1String("ServiceCommandNotFound")) {
            m_commandStatus->setText(
                tr("The service “%1” has no command “%2” on this server "
                   "(ServiceCommandNotFound). stitch-local runs no service commands.")
                    .arg(service, command));
        } else {
            m_commandStatus->setText(job->error().summary());
        }
        updateActions();
    });
}
