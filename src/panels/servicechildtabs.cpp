#include "servicechildtabs.h"

#include "doclistpane.h"
#include "servicespanel.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <api/rulecalls.h>
#include <api/webhookcalls.h>
#include <models/doclistmodel.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <models/valuelistmodel.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kDefaultSource = QStringLiteral(
    "// payload: {query, headers, body}; response: setStatusCode, setBody, addHeader.\n"
    "exports = function(payload, response) {\n"
    "  return { received: payload.body ? payload.body.text() : null };\n"
    "};\n");

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::BrightText);
    return label;
}

QFont boldFont(QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    return font;
}

QString pretty(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? QString::fromUtf8(body)
                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QStringList splitActions(const QString &text)
{
    QStringList actions;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            actions << part.trimmed();
    }
    return actions;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Rules

ServiceRulesTab::ServiceRulesTab(ServicesPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_model(DocListModel::rules(panel->session()->client(), this))
{
    setObjectName(QStringLiteral("serviceRulesTab"));
    m_list = new DocListPane(m_model, tr("Rules"),
                             [](int n) { return tr("%n rule(s)", nullptr, n); }, this);
    m_list->table()->setObjectName(QStringLiteral("ruleTable"));
    m_list->filter()->setObjectName(QStringLiteral("ruleFilterEdit"));
    m_new = m_list->addButton(tr("New &rule"), QStringLiteral("newRuleButton"),
                              tr("Create a rule for this service"));
    m_delete = m_list->addButton(tr("Delete rules…"), QStringLiteral("deleteRuleButton"),
                                 tr("Delete the selected rules (Del)"));

    auto *editor = new QWidget(this);
    m_title = new QLabel(editor);
    m_title->setFont(boldFont(m_title));
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_name->setAccessibleName(tr("Rule name"));
    m_actions = new QLineEdit(editor);
    m_actions->setObjectName(QStringLiteral("ruleActionsEdit"));
    m_actions->setAccessibleName(tr("Rule actions, separated by commas"));
    m_actions->setPlaceholderText(tr("e.g. get, post"));
    m_when = new JsonEditor(editor);
    m_when->setObjectName(QStringLiteral("ruleWhenEditor"));
    m_when->setAccessibleName(tr("Rule condition (when) as JSON"));
    m_problem = problemLabel(editor, QStringLiteral("ruleProblem"));
    m_save = new QPushButton(tr("Save rule"), editor);
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_revert = new QPushButton(tr("Revert rule"), editor);
    m_revert->setObjectName(QStringLiteral("revertRuleButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Ac&tions:"), m_actions);
    auto *whenLabel = new QLabel(tr("&When (JSON object):"), editor);
    whenLabel->setBuddy(m_when);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *editLayout = new QVBoxLayout(editor);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_title);
    editLayout->addLayout(form);
    editLayout->addWidget(whenLabel);
    editLayout->addWidget(m_when, 1);
    editLayout->addWidget(m_problem);
    editLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &ServiceRulesTab::newRule);
    connect(m_delete, &QPushButton::clicked, this, &ServiceRulesTab::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &ServiceRulesTab::saveRule);
    connect(m_revert, &QPushButton::clicked, this, [this] { showDoc(m_shown, m_creating); });
    connect(m_list, &DocListPane::deleteRequested, this, &ServiceRulesTab::deleteSelected);
    connect(m_list, &DocListPane::selectionChanged, this, &ServiceRulesTab::updateActions);
    connect(m_list, &DocListPane::currentChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && (id != m_shown.id || m_creating))
            load(id);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        if (!m_selectAfterReload.isEmpty())
            m_list->selectId(std::exchange(m_selectAfterReload, QString()));
        else if (!m_shown.id.isEmpty() && m_model->rowOfId(m_shown.id) < 0 && !m_creating)
            showDoc(ResourceDoc(), false);
        updateActions();
    });
    connect(m_model, &ListModelBase::errorOccurred, m_panel, [this](const ApiError &error) {
        m_panel->banner()->showError(error);
    });
    connect(m_name, &QLineEdit::textChanged, this, &ServiceRulesTab::updateActions);
    connect(m_actions, &QLineEdit::textChanged, this, &ServiceRulesTab::updateActions);
    connect(m_when, &JsonEditor::validityChanged, this, &ServiceRulesTab::updateActions);
    connect(m_when, &QsciScintilla::textChanged, this, &ServiceRulesTab::updateActions);
    m_panel->bindButton(m_new);
    Panel::declareCalls(m_panel->bindButton(m_delete), { QStringLiteral("rulecalls::remove") });
    Panel::declareCalls(
        m_panel->bindButton(m_save),
        { QStringLiteral("rulecalls::create"), QStringLiteral("rulecalls::update") });
    showDoc(ResourceDoc(), false);
}

ServiceRulesTab::~ServiceRulesTab()
{
    ApiJob::abandonFor(this, m_loadJob);
}

void ServiceRulesTab::setService(const ResourceDoc &service)
{
    if (service.id != m_serviceId) {
        m_serviceId = service.id;
        m_model->setParentId(service.id);
        showDoc(ResourceDoc(), false);
    }
    reload();
}

void ServiceRulesTab::reload()
{
    if (!m_serviceId.isEmpty())
        m_model->reload(m_panel->groupId(), m_panel->appId());
}

QString ServiceRulesTab::problem() const
{
    if (!m_creating && m_shown.id.isEmpty())
        return {};
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a rule name.");
    if (name.size() > 255 || name.contains(QLatin1Char('/')))
        return tr("A rule name has at most 255 characters and no “/”.");
    if (!DocPanel::objectIn(m_when).isObject())
        return m_when->isValid() ? tr("“when” must be a JSON object.") : m_when->errorMessage();
    return {};
}

void ServiceRulesTab::updateActions()
{
    const bool editing = m_creating || !m_shown.id.isEmpty();
    const bool idle = !m_panel->isBusy();
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setAccessibleName(why);
    m_name->setEnabled(editing);
    m_actions->setEnabled(editing);
    m_when->setReadOnly(!editing);
    m_save->setEnabled(editing && idle && why.isEmpty());
    m_revert->setEnabled(editing);
    m_new->setEnabled(!m_serviceId.isEmpty() && idle);
    m_delete->setEnabled(!m_list->selectedIds().isEmpty() && idle);
    m_list->updateCount();
}

void ServiceRulesTab::load(const QString &ruleId)
{
    ApiJob::abandonFor(this, m_loadJob);
    auto *job = rulecalls::get(*m_panel->session()->client(), m_panel->groupId(),
                               m_panel->appId(), m_serviceId, ruleId);
    m_loadJob = job;
    job->onFinished(this, [this, ruleId](Job<ResourceDoc> *job) {
        m_loadJob = nullptr;
        if (!job->ok()) {
            m_panel->banner()->showError(job->error());
            if (job->error().httpStatus == 404)
                reload();
            return;
        }
        ResourceDoc rule = job->result();
        if (rule.id.isEmpty())
            rule.id = ruleId;
        showDoc(rule, false);
    });
}

void ServiceRulesTab::showDoc(const ResourceDoc &rule, bool creating)
{
    m_shown = rule;
    m_creating = creating;
    m_title->setText(creating ? tr("New rule")
                              : (rule.id.isEmpty() ? tr("No rule selected")
                                                   : tr("Rule %1").arg(rule.name)));
    m_name->setText(rule.name);
    QStringList actions;
    for (const QJsonValue &action : rule.doc.value(QStringLiteral("actions")).toArray())
        actions << action.toString();
    m_actions->setText(actions.join(QStringLiteral(", ")));
    m_when->setValue(rule.doc.value(QStringLiteral("when")).isObject()
                         ? rule.doc.value(QStringLiteral("when"))
                         : QJsonValue(QJsonObject()));
    updateActions();
}

void ServiceRulesTab::newRule()
{
    if (m_serviceId.isEmpty())
        return;
    // One still loading (just saved, or clicked before New) must not land on the new form.
    ApiJob::abandonFor(this, m_loadJob);
    m_selectAfterReload.clear();
    m_list->clearCurrent();
    showDoc(ResourceDoc(), true);
    m_name->setFocus();
}

void ServiceRulesTab::saveRule()
{
    m_when->validateNow();
    const QString why = problem();
    if (!why.isEmpty()) {
        m_panel->refuse(why);
        return;
    }
    // A PUT carries the whole rule: fields this form does not show (a namespace rule's
    // database, roles, ...) are kept as the server had them.
    QJsonObject rule = m_creating ? QJsonObject() : m_shown.doc;
    rule.remove(QStringLiteral("_id"));
    const QJsonObject fields = rulecalls::ruleBody(m_name->text().trimmed(),
                                                   splitActions(m_actions->text()),
                                                   DocPanel::objectIn(m_when).toObject());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        rule.insert(it.key(), it.value());
    ApiClient *client = m_panel->session()->client();
    const QString g = m_panel->groupId();
    const QString a = m_panel->appId();
    const QString service = m_serviceId;
    const QString id = m_shown.id;
    const bool creating = m_creating;
    const QString name = fields.value(QStringLiteral("name")).toString();
    auto saved = std::make_shared<QString>(id);
    auto *chain = new CallChain(this);
    if (creating)
        chain->then([=] { return rulecalls::create(*client, g, a, service, rule); },
                    [=](const ResourceDoc &answer) { *saved = answer.id; });
    else
        chain->then([=] { return rulecalls::update(*client, g, a, service, id, rule); });
    m_panel->track(
        chain,
        [this, creating, name, saved] {
            m_creating = false;
            m_selectAfterReload = *saved;
            m_shown.id = *saved;
            m_panel->announce(creating ? tr("Created the rule “%1”.").arg(name)
                                       : tr("Saved the rule “%1”.").arg(name));
            load(*saved);
        },
        [this] { reload(); });
}

void ServiceRulesTab::deleteSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty() || m_panel->isBusy())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->docOf(id).name;
    m_panel->confirm(
        ids.size() == 1 ? tr("Delete Rule") : tr("Delete Rules"),
        ids.size() == 1 ? tr("Delete the rule “%1”?").arg(names.first())
                        : tr("Delete these %1 rules?\n\n%2")
                              .arg(ids.size())
                              .arg(ConfirmDialog::nameList(names)),
        tr("Delete"), ids.size() == 1 ? names.first() : tr("delete %1 rules").arg(ids.size()),
        [this, ids] {
            ApiClient *client = m_panel->session()->client();
            const QString g = m_panel->groupId();
            const QString a = m_panel->appId();
            const QString service = m_serviceId;
            auto *chain = new CallChain(this);
            for (const QString &id : ids)
                chain->then([=] { return rulecalls::remove(*client, g, a, service, id); });
            m_panel->track(
                chain,
                [this, ids] {
                    if (ids.contains(m_shown.id))
                        showDoc(ResourceDoc(), false);
                    m_panel->announce(tr("Deleted %n rule(s).", nullptr, int(ids.size())));
                },
                [this] { reload(); });
        });
}

// ---------------------------------------------------------------------------------------------
// Incoming webhooks

ServiceWebhooksTab::ServiceWebhooksTab(ServicesPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_model(DocListModel::webhooks(panel->session()->client(), this))
{
    setObjectName(QStringLiteral("serviceWebhooksTab"));
    m_list = new DocListPane(m_model, tr("Incoming webhooks"),
                             [](int n) { return tr("%n webhook(s)", nullptr, n); }, this);
    m_list->table()->setObjectName(QStringLiteral("webhookTable"));
    m_list->filter()->setObjectName(QStringLiteral("webhookFilterEdit"));
    m_new = m_list->addButton(tr("New &webhook"), QStringLiteral("newWebhookButton"),
                              tr("Create an incoming webhook for this service"));
    m_delete = m_list->addButton(tr("Delete webhooks…"), QStringLiteral("deleteWebhookButton"),
                                 tr("Delete the selected webhooks (Del)"));

    auto *editor = new QWidget(this);
    m_title = new QLabel(editor);
    m_title->setFont(boldFont(m_title));
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("webhookNameEdit"));
    m_name->setAccessibleName(tr("Webhook name"));
    m_httpMethod = new QComboBox(editor);
    m_httpMethod->setObjectName(QStringLiteral("webhookHttpMethod"));
    m_httpMethod->setAccessibleName(tr("HTTP method the webhook answers"));
    m_httpMethod->addItems({ QStringLiteral("ANY"), QStringLiteral("GET"), QStringLiteral("POST"),
                             QStringLiteral("PUT"), QStringLiteral("PATCH"),
                             QStringLiteral("DELETE") });
    m_respond = new QCheckBox(tr("Respond with the function's &result"), editor);
    m_respond->setObjectName(QStringLiteral("webhookRespondResult"));
    m_validation = new QComboBox(editor);
    m_validation->setObjectName(QStringLiteral("webhookValidation"));
    m_validation->setAccessibleName(tr("Request validation"));
    m_validation->addItem(tr("No validation"), QStringLiteral("NO_VALIDATION"));
    m_validation->addItem(tr("Secret as query parameter"), QStringLiteral("SECRET_AS_QUERY_PARAM"));
    m_validation->addItem(tr("Verify payload signature"), QStringLiteral("VERIFY_PAYLOAD"));
    m_secret = new QLineEdit(editor);
    m_secret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_secret->setAccessibleName(tr("Webhook secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton(editor);
    m_reveal->setObjectName(QStringLiteral("webhookRevealSecret"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the secret"));
    m_url = new QLineEdit(editor);
    m_url->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_url->setAccessibleName(tr("Webhook URL"));
    m_url->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy URL"), editor);
    m_copy->setObjectName(QStringLiteral("copyWebhookUrlButton"));
    m_source = new CodeEditor(editor);
    m_source->setObjectName(QStringLiteral("webhookSourceEditor"));
    m_source->setAccessibleName(tr("Webhook function source"));
    m_problem = problemLabel(editor, QStringLiteral("webhookProblem"));
    m_save = new QPushButton(tr("Save webhook"), editor);
    m_save->setObjectName(QStringLiteral("saveWebhookButton"));
    m_revert = new QPushButton(tr("Revert webhook"), editor);
    m_revert->setObjectName(QStringLiteral("revertWebhookButton"));
    m_testBody = new JsonEditor(editor);
    m_testBody->setObjectName(QStringLiteral("webhookTestBody"));
    m_testBody->setAccessibleName(tr("Test request body as JSON"));
    m_testBody->setAcceptAnyValue(true);
    m_testBody->setValue(QJsonObject { { QStringLiteral("hello"), QStringLiteral("world") } });
    m_testBody->setMaximumHeight(90);
    m_test = new QPushButton(tr("Send &test request"), editor);
    m_test->setObjectName(QStringLiteral("sendWebhookTestButton"));
    m_test->setToolTip(tr("Call the saved webhook at its URL with this body"));
    m_testStatus = new StatusLabel(tr("Test request answer"), editor);
    m_testStatus->setObjectName(QStringLiteral("webhookTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testAnswer = new QPlainTextEdit(editor);
    m_testAnswer->setObjectName(QStringLiteral("webhookTestAnswer"));
    m_testAnswer->setAccessibleName(tr("Test request answer body"));
    m_testAnswer->setReadOnly(true);
    m_testAnswer->setMaximumHeight(110);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("HTTP met&hod:"), m_httpMethod);
    form->addRow(QString(), m_respond);
    form->addRow(tr("&Validation:"), m_validation);
    auto *secretLabel = new QLabel(tr("S&ecret:"), editor);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    form->addRow(tr("URL:"), urlRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testStatus, 1);
    testRow->addWidget(m_test);
    auto *editLayout = new QVBoxLayout(editor);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_title);
    editLayout->addLayout(form);
    editLayout->addWidget(m_source, 1);
    editLayout->addLayout(buttons);
    auto *bodyLabel = new QLabel(tr("Test &body (JSON):"), editor);
    bodyLabel->setBuddy(m_testBody);
    editLayout->addWidget(bodyLabel);
    editLayout->addWidget(m_testBody);
    editLayout->addLayout(testRow);
    editLayout->addWidget(m_testAnswer);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 480 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &ServiceWebhooksTab::newWebhook);
    connect(m_delete, &QPushButton::clicked, this, &ServiceWebhooksTab::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &ServiceWebhooksTab::saveWebhook);
    connect(m_revert, &QPushButton::clicked, this, [this] { showDoc(m_shown, m_creating); });
    connect(m_test, &QPushButton::clicked, this, &ServiceWebhooksTab::sendTestRequest);
    connect(m_copy, &QPushButton::clicked, this, &ServiceWebhooksTab::copyUrl);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    connect(m_list, &DocListPane::deleteRequested, this, &ServiceWebhooksTab::deleteSelected);
    connect(m_list, &DocListPane::selectionChanged, this, &ServiceWebhooksTab::updateActions);
    connect(m_list, &DocListPane::currentChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && (id != m_shown.id || m_creating))
            load(id);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        if (!m_selectAfterReload.isEmpty())
            m_list->selectId(std::exchange(m_selectAfterReload, QString()));
        else if (!m_shown.id.isEmpty() && m_model->rowOfId(m_shown.id) < 0 && !m_creating)
            showDoc(ResourceDoc(), false);
        updateActions();
    });
    connect(m_model, &ListModelBase::errorOccurred, m_panel, [this](const ApiError &error) {
        m_panel->banner()->showError(error);
    });
    for (QLineEdit *edit : { m_name, m_secret })
        connect(edit, &QLineEdit::textChanged, this, &ServiceWebhooksTab::updateActions);
    connect(m_validation, &QComboBox::currentIndexChanged, this, &ServiceWebhooksTab::updateActions);
    connect(m_testBody, &JsonEditor::validityChanged, this, &ServiceWebhooksTab::updateActions);
    SharedModels *shared = SharedModels::of(m_panel->session());
    for (ListModelBase *names : { static_cast<ListModelBase *>(shared->functions()),
                                  static_cast<ListModelBase *>(shared->values()) }) {
        connect(names, &QAbstractItemModel::modelReset, this,
                &ServiceWebhooksTab::updateCompletion);
        connect(names, &QAbstractItemModel::rowsInserted, this,
                &ServiceWebhooksTab::updateCompletion);
    }
    m_panel->bindButton(m_new);
    Panel::declareCalls(m_panel->bindButton(m_delete), { QStringLiteral("webhookcalls::remove") });
    Panel::declareCalls(
        m_panel->bindButton(m_save),
        { QStringLiteral("webhookcalls::create"), QStringLiteral("webhookcalls::update") });
    m_panel->bindButton(m_test);
    m_panel->bindButton(m_copy);
    updateCompletion();
    showDoc(ResourceDoc(), false);
}

ServiceWebhooksTab::~ServiceWebhooksTab()
{
    ApiJob::abandonFor(this, m_loadJob);
}

void ServiceWebhooksTab::updateCompletion()
{
    SharedModels *shared = SharedModels::of(m_panel->session());
    m_source->setCompletionNames(shared->functions()->names(), shared->values()->names());
}

void ServiceWebhooksTab::setService(const ResourceDoc &service)
{
    const bool other = service.id != m_service.id;
    m_service = service;
    if (other) {
        m_model->setParentId(service.id);
        showDoc(ResourceDoc(), false);
    }
    SharedModels::of(m_panel->session())->ensureLoaded();
    reload();
}

void ServiceWebhooksTab::reload()
{
    if (!m_service.id.isEmpty())
        m_model->reload(m_panel->groupId(), m_panel->appId());
}

QString ServiceWebhooksTab::problem() const
{
    if (!m_creating && m_shown.id.isEmpty())
        return {};
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a webhook name.");
    if (!plain.match(name).hasMatch())
        return tr("A webhook name has 1 to 64 letters, digits, “_” or “-”.");
    if (m_validation->currentData().toString() != QLatin1String("NO_VALIDATION")
        && m_secret->text().isEmpty())
        return tr("This validation needs a secret.");
    return {};
}

void ServiceWebhooksTab::updateActions()
{
    const bool editing = m_creating || !m_shown.id.isEmpty();
    const bool idle = !m_panel->isBusy();
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setAccessibleName(why);
    for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_httpMethod),
                        static_cast<QWidget *>(m_respond), static_cast<QWidget *>(m_validation),
                        static_cast<QWidget *>(m_secret) })
        w->setEnabled(editing);
    m_source->setReadOnly(!editing);
    m_save->setEnabled(editing && idle && why.isEmpty());
    m_revert->setEnabled(editing);
    m_new->setEnabled(!m_service.id.isEmpty() && idle);
    m_delete->setEnabled(!m_list->selectedIds().isEmpty() && idle);
    m_copy->setEnabled(!m_url->text().isEmpty());
    m_test->setEnabled(!m_creating && !m_shown.id.isEmpty() && m_testBody->isValid());
    m_list->updateCount();
}

void ServiceWebhooksTab::load(const QString &webhookId)
{
    ApiJob::abandonFor(this, m_loadJob);
    auto *job = webhookcalls::get(*m_panel->session()->client(), m_panel->groupId(),
                                  m_panel->appId(), m_service.id, webhookId);
    m_loadJob = job;
    job->onFinished(this, [this, webhookId](Job<ResourceDoc> *job) {
        m_loadJob = nullptr;
        if (!job->ok()) {
            m_panel->banner()->showError(job->error());
            if (job->error().httpStatus == 404)
                reload();
            return;
        }
        ResourceDoc webhook = job->result();
        if (webhook.id.isEmpty())
            webhook.id = webhookId;
        showDoc(webhook, false);
    });
}

void ServiceWebhooksTab::showDoc(const ResourceDoc &webhook, bool creating)
{
    m_shown = webhook;
    m_creating = creating;
    m_title->setText(creating ? tr("New incoming webhook")
                              : (webhook.id.isEmpty() ? tr("No webhook selected")
                                                      : tr("Webhook %1").arg(webhook.name)));
    const QJsonObject options = webhook.doc.value(QStringLiteral("options")).toObject();
    m_name->setText(webhook.name);
    const int method = m_httpMethod->findText(options.value(QStringLiteral("httpMethod")).toString());
    m_httpMethod->setCurrentIndex(method < 0 ? 0 : method);
    m_respond->setChecked(webhook.doc.value(QStringLiteral("respond_result")).toBool());
    QString validation = options.value(QStringLiteral("validationMethod")).toString();
    if (validation.isEmpty())
        validation = options.value(QStringLiteral("secretAsQueryParam")).toBool()
            ? QStringLiteral("SECRET_AS_QUERY_PARAM")
            : QStringLiteral("NO_VALIDATION");
    m_validation->setCurrentIndex(qMax(0, m_validation->findData(validation)));
    m_secret->setText(options.value(QStringLiteral("secret")).toString());
    m_reveal->setChecked(false);
    m_source->setText(creating ? kDefaultSource
                               : webhook.doc.value(QStringLiteral("function_source")).toString());
    const App app = m_panel->session()->currentApp();
    m_url->setText(webhook.id.isEmpty()
                       ? QString()
                       : webhookcalls::webhookUrl(m_panel->session()->client()->baseUrl(),
                                                  app.clientAppId, m_service.name, webhook.name)
                             .toString());
    m_testStatus->setText(QString());
    m_testAnswer->clear();
    updateActions();
}

QJsonObject ServiceWebhooksTab::body() const
{
    QJsonObject webhook = m_creating ? QJsonObject() : m_shown.doc;
    webhook.remove(QStringLiteral("_id"));
    QJsonObject options = webhook.value(QStringLiteral("options")).toObject();
    const QString validation = m_validation->currentData().toString();
    options.insert(QStringLiteral("httpMethod"), m_httpMethod->currentText());
    options.insert(QStringLiteral("validationMethod"), validation);
    options.insert(QStringLiteral("secretAsQueryParam"),
                   validation == QLatin1String("SECRET_AS_QUERY_PARAM"));
    if (m_secret->text().isEmpty())
        options.remove(QStringLiteral("secret"));
    else
        options.insert(QStringLiteral("secret"), m_secret->text());
    webhook.insert(QStringLiteral("name"), m_name->text().trimmed());
    webhook.insert(QStringLiteral("function_source"), m_source->text());
    webhook.insert(QStringLiteral("respond_result"), m_respond->isChecked());
    webhook.insert(QStringLiteral("options"), options);
    return webhook;
}

void ServiceWebhooksTab::newWebhook()
{
    if (m_service.id.isEmpty())
        return;
    // One still loading (just saved, or clicked before New) must not land on the new form.
    ApiJob::abandonFor(this, m_loadJob);
    m_selectAfterReload.clear();
    m_list->clearCurrent();
    showDoc(ResourceDoc(), true);
    m_respond->setChecked(true);
    m_name->setFocus();
}

void ServiceWebhooksTab::saveWebhook()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_panel->refuse(why);
        return;
    }
    const QJsonObject webhook = body();
    ApiClient *client = m_panel->session()->client();
    const QString g = m_panel->groupId();
    const QString a = m_panel->appId();
    const QString service = m_service.id;
    const QString id = m_shown.id;
    const bool creating = m_creating;
    const QString name = webhook.value(QStringLiteral("name")).toString();
    auto saved = std::make_shared<QString>(id);
    auto *chain = new CallChain(this);
    if (creating)
        chain->then([=] { return webhookcalls::create(*client, g, a, service, webhook); },
                    [=](const ResourceDoc &answer) { *saved = answer.id; });
    else
        chain->then([=] { return webhookcalls::update(*client, g, a, service, id, webhook); });
    m_panel->track(
        chain,
        [this, creating, name, saved] {
            m_creating = false;
            m_selectAfterReload = *saved;
            m_shown.id = *saved;
            m_panel->announce(creating ? tr("Created the webhook “%1”.").arg(name)
                                       : tr("Saved the webhook “%1”.").arg(name));
            load(*saved);
        },
        [this] { reload(); });
}

void ServiceWebhooksTab::deleteSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty() || m_panel->isBusy())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->docOf(id).name;
    m_panel->confirm(
        ids.size() == 1 ? tr("Delete Webhook") : tr("Delete Webhooks"),
        ids.size() == 1 ? tr("Delete the incoming webhook “%1”? Callers of its URL will get 404.")
                              .arg(names.first())
                        : tr("Delete these %1 incoming webhooks?\n\n%2")
                              .arg(ids.size())
                              .arg(ConfirmDialog::nameList(names)),
        tr("Delete"), ids.size() == 1 ? names.first() : tr("delete %1 webhooks").arg(ids.size()),
        [this, ids] {
            ApiClient *client = m_panel->session()->client();
            const QString g = m_panel->groupId();
            const QString a = m_panel->appId();
            const QString service = m_service.id;
            auto *chain = new CallChain(this);
            for (const QString &id : ids)
                chain->then([=] { return webhookcalls::remove(*client, g, a, service, id); });
            m_panel->track(
                chain,
                [this, ids] {
                    if (ids.contains(m_shown.id))
                        showDoc(ResourceDoc(), false);
                    m_panel->announce(tr("Deleted %n webhook(s).", nullptr, int(ids.size())));
                },
                [this] { reload(); });
        });
}

void ServiceWebhooksTab::copyUrl()
{
    if (m_url->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_url->text());
    m_panel->announce(tr("Copied the webhook URL."));
}

void ServiceWebhooksTab::sendTestRequest()
{
    if (m_shown.id.isEmpty() || m_url->text().isEmpty())
        return;
    if (!m_testBody->validateNow()) {
        m_testStatus->setText(tr("The test body is not valid JSON: %1").arg(m_testBody->errorMessage()));
        return;
    }
    // The saved webhook is what answers: the call goes to its URL with the saved options.
    const QJsonObject options = m_shown.doc.value(QStringLiteral("options")).toObject();
    QString method = options.value(QStringLiteral("httpMethod")).toString();
    if (method.isEmpty() || method == QLatin1String("ANY"))
        method = QStringLiteral("POST");
    const QString validation = options.value(QStringLiteral("validationMethod")).toString();
    const bool asQuery = validation == QLatin1String("SECRET_AS_QUERY_PARAM")
        || (validation.isEmpty() && options.value(QStringLiteral("secretAsQueryParam")).toBool());
    const QJsonValue value = m_testBody->value();
    const QByteArray bytes = value.isObject()
        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : (value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QByteArray());
    m_testStatus->setText(tr("Calling %1 %2…").arg(method, m_url->text()));
    m_testAnswer->clear();
    auto *job = webhookcalls::invoke(*m_panel->session()->client(), QUrl(m_url->text()), method,
                                     bytes, options.value(QStringLiteral("secret")).toString(),
                                     asQuery);
    job->onFinished(this, [this, method](ApiJob *job) {
        m_testAnswer->setPlainText(pretty(job->body()));
        if (job->ok())
            m_testStatus->setText(tr("HTTP %1: the webhook answered.").arg(job->httpStatus()));
        else if (job->error().httpStatus > 0)
            m_testStatus->setText(tr("HTTP %1 %2: %3")
                                      .arg(job->error().httpStatus)
                                      .arg(job->error().errorCode, job->error().message));
        else
            m_testStatus->setText(job->error().summary());
    });
}
