#include "pushpanel.h"

#include "doclistpane.h"

#include <api/callchain.h>
#include <api/pushcalls.h>
#include <models/doclistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kDraft = QStringLiteral("draft");
const QString kSent = QStringLiteral("sent");
} // namespace

PushPanel::PushPanel(Session *session, QWidget *parent)
    : DocPanel(session, tr("Push Notifications"), parent)
    , m_draftModel(DocListModel::pushMessages(session->client(), kDraft, this))
    , m_sentModel(DocListModel::pushMessages(session->client(), kSent, this))
{
    setObjectName(QStringLiteral("pushPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pushStateTabs"));
    m_drafts = new DocListPane(m_draftModel, tr("Draft notifications"),
                               [](int n) { return tr("%n draft(s)", nullptr, n); }, m_tabs);
    m_drafts->table()->setObjectName(QStringLiteral("draftTable"));
    m_drafts->filter()->setObjectName(QStringLiteral("draftFilterEdit"));
    m_sent = new DocListPane(m_sentModel, tr("Sent notifications"),
                             [](int n) { return tr("%n sent", nullptr, n); }, m_tabs);
    m_sent->table()->setObjectName(QStringLiteral("sentTable"));
    m_sent->filter()->setObjectName(QStringLiteral("sentFilterEdit"));
    m_tabs->addTab(m_drafts, tr("&Drafts"));
    m_tabs->addTab(m_sent, tr("S&ent"));

    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newPushButton"));
    m_new->setToolTip(tr("Write a new draft notification (Ctrl+N)"));
    m_delete = new QPushButton(tr("De&lete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePushButton"));
    m_delete->setToolTip(tr("Delete the selected notifications (Del)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPushButton"));
    m_refresh->setToolTip(tr("Load the notifications again (F5)"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(m_refresh);
    listButtons->addStretch(1);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_tabs, 1);
    listLayout->addLayout(listButtons);

    auto *editor = new QWidget(this);
    m_editorTitle = new QLabel(editor);
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    m_label = new QLineEdit(editor);
    m_label->setObjectName(QStringLiteral("pushLabelEdit"));
    m_label->setAccessibleName(tr("Notification label"));
    m_message = new QPlainTextEdit(editor);
    m_message->setObjectName(QStringLiteral("pushMessageEdit"));
    m_message->setAccessibleName(tr("Notification message"));
    m_message->setTabChangesFocus(true);
    m_topic = new QLineEdit(editor);
    m_topic->setObjectName(QStringLiteral("pushTopicEdit"));
    m_topic->setAccessibleName(tr("Notification topic"));
    m_topic->setPlaceholderText(tr("e.g. news"));
    m_type = new QComboBox(editor);
    m_type->setObjectName(QStringLiteral("pushTypeCombo"));
    m_type->setAccessibleName(tr("Notification type"));
    m_type->setEditable(true);
    // The text field inside is what a screen reader lands on when typing a type of one's own.
    m_type->lineEdit()->setAccessibleName(m_type->accessibleName());
    m_type->addItems({ QStringLiteral("gcm"), QStringLiteral("apns"), QStringLiteral("fcm") });
    m_setType = new QPushButton(tr("Set &type"), editor);
    m_setType->setObjectName(QStringLiteral("setPushTypeButton"));
    m_setType->setToolTip(tr("Set the notification's type"));
    m_problem = new QLabel(editor);
    m_problem->setObjectName(QStringLiteral("pushProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_save = new QPushButton(tr("&Save draft"), editor);
    m_save->setObjectName(QStringLiteral("savePushButton"));
    m_save->setToolTip(tr("Create or save the draft (Ctrl+S)"));
    m_send = new QPushButton(tr("Se&nd…"), editor);
    m_send->setObjectName(QStringLiteral("sendPushButton"));
    m_send->setToolTip(tr("Send the draft to its topic's subscribers"));

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_setType);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("To&pic:"), m_topic);
    auto *typeLabel = new QLabel(tr("T&ype:"), editor);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, typeRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_send);
    auto *editLayout = new QVBoxLayout(editor);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editorTitle);
    editLayout->addLayout(form, 1);
    editLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 480, 460 });
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &PushPanel::newMessage);
    connect(m_delete, &QPushButton::clicked, this, &PushPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &PushPanel::refresh);
    connect(m_save, &QPushButton::clicked, this, &PushPanel::saveMessage);
    connect(m_send, &QPushButton::clicked, this, &PushPanel::sendShown);
    connect(m_setType, &QPushButton::clicked, this, &PushPanel::setShownType);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QString id = currentPane()->currentId();
        if (!id.isEmpty())
            load(id);
        else
            showDoc(ResourceDoc(), false);
    });
    for (DocListPane *pane : { m_drafts, m_sent }) {
        connect(pane, &DocListPane::deleteRequested, this, &PushPanel::deleteSelected);
        connect(pane, &DocListPane::selectionChanged, this, &PushPanel::updateActions);
        connect(pane, &DocListPane::currentChanged, this, [this, pane](const QString &id) {
            if (pane == currentPane() && !id.isEmpty() && (id != m_shown.id || m_creating))
                load(id);
        });
        DocListModel *model = pane->model();
        connect(model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
            banner()->setRetryVisible(true);
            banner()->showError(error);
        });
        connect(model, &ListModelBase::loadingChanged, this, &PushPanel::updateActions);
        connect(model, &ListModelBase::reloaded, this, [this, model] {
            if (!m_selectAfterReload.isEmpty() && model->rowOfId(m_selectAfterReload) >= 0)
                openItem(std::exchange(m_selectAfterReload, QString()));
            else if (!m_shown.id.isEmpty() && !m_creating && m_draftModel->hasLoaded()
                     && m_sentModel->hasLoaded() && m_draftModel->rowOfId(m_shown.id) < 0
                     && m_sentModel->rowOfId(m_shown.id) < 0)
                showDoc(ResourceDoc(), false);
            updateActions();
        });
    }
    connect(m_label, &QLineEdit::textChanged, this, &PushPanel::updateActions);
    connect(m_topic, &QLineEdit::textChanged, this, &PushPanel::updateActions);
    connect(m_message, &QPlainTextEdit::textChanged, this, &PushPanel::updateActions);
    connect(banner(), &ErrorBanner::retryRequested, this, &PushPanel::refresh);

    bindAction(m_new, QKeySequence::New);
    declareCallsOnSelect({ QStringLiteral("pushcalls::get") });
    declareCalls(bindAction(m_delete), { QStringLiteral("pushcalls::remove") });
    declareCalls(bindAction(m_refresh), { QStringLiteral("pushcalls::list") });
    declareCalls(bindAction(m_save, QKeySequence::Save),
                 { QStringLiteral("pushcalls::create"), QStringLiteral("pushcalls::update") });
    declareCalls(bindAction(m_send), { QStringLiteral("pushcalls::send") });
    declareCalls(bindAction(m_setType), { QStringLiteral("pushcalls::setType") });
    showDoc(ResourceDoc(), false);
}

PushPanel::~PushPanel()
{
    ApiJob::abandonFor(this, m_loadJob);
}

DocListPane *PushPanel::currentPane() const
{
    return m_tabs->currentIndex() == 1 ? m_sent : m_drafts;
}

void PushPanel::reloadForContext()
{
    const App app = session()->currentApp();
    if (app.isNull() || !session()->isSignedIn()) {
        setTitleText(tr("Push Notifications"));
        m_draftModel->clear();
        m_sentModel->clear();
        showDoc(ResourceDoc(), false);
        return;
    }
    setTitleText(tr("Push Notifications of %1").arg(app.name));
    if (m_draftModel->appId() != app.id)
        showDoc(ResourceDoc(), false);
    refresh();
}

void PushPanel::refresh()
{
    markFresh();
    banner()->clear();
    reloadLists();
}

void PushPanel::reloadLists()
{
    if (appId().isEmpty())
        return;
    m_draftModel->reload(groupId(), appId());
    m_sentModel->reload(groupId(), appId());
}

void PushPanel::focusFilter()
{
    currentPane()->focusFilter();
}

void PushPanel::openItem(const QString &messageId)
{
    DocListPane *pane = m_draftModel->rowOfId(messageId) >= 0
        ? m_drafts
        : (m_sentModel->rowOfId(messageId) >= 0 ? m_sent : nullptr);
    if (!pane) {
        // Not in a list yet (made since they loaded, or loading): shown by its id, and the
        // lists load again.
        if (messageId.isEmpty())
            return;
        reloadLists();
        load(messageId);
        return;
    }
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentWidget(pane);
    }
    pane->selectId(messageId);
    if (messageId != m_shown.id || m_creating)
        load(messageId);
}

void PushPanel::busyChanged()
{
    updateActions();
}

QString PushPanel::problem() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Enter a label.");
    if (m_message->toPlainText().trimmed().isEmpty())
        return tr("Enter the message.");
    if (m_topic->text().trimmed().isEmpty())
        return tr("Enter the topic the message goes to.");
    return {};
}

void PushPanel::updateActions()
{
    const bool haveApp = !appId().isEmpty();
    const bool idle = !isBusy();
    const bool isDraft = m_creating || m_shown.text(QStringLiteral("state")) == kDraft;
    const bool shown = !m_shown.id.isEmpty();
    const QString why = isDraft ? problem() : QString();
    m_problem->setText(why);
    m_problem->setAccessibleName(why);
    for (QWidget *w : { static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_topic) })
        w->setEnabled(isDraft);
    m_message->setReadOnly(!isDraft);
    m_new->setEnabled(haveApp && idle);
    m_refresh->setEnabled(haveApp);
    m_delete->setEnabled(idle && !currentPane()->selectedIds().isEmpty());
    m_save->setEnabled(isDraft && idle && why.isEmpty());
    m_send->setEnabled(isDraft && shown && !m_creating && idle && why.isEmpty());
    m_type->setEnabled(shown && !m_creating);
    m_setType->setEnabled(shown && !m_creating && idle && !m_type->currentText().trimmed().isEmpty());
    for (DocListPane *pane : { m_drafts, m_sent }) {
        pane->busy()->setRunning(pane->model()->isLoading() || isBusy() || m_loadJob);
        pane->updateCount();
    }
    if (!haveApp)
        setHint(tr("Choose an app in Apps to see its push notifications."));
    else if (m_draftModel->hasLoaded() && m_sentModel->hasLoaded() && m_draftModel->rowCount() == 0
             && m_sentModel->rowCount() == 0)
        setHint(tr("This app has no push notifications yet. New… writes a draft."));
    else
        setHint(tr("Drafts can be edited and sent; sent notifications are kept as they went out."));
}

void PushPanel::load(const QString &messageId)
{
    ApiJob::abandonFor(this, m_loadJob);
    auto *job = pushcalls::get(*session()->client(), groupId(), appId(), messageId);
    m_loadJob = job;
    job->onFinished(this, [this, messageId](Job<ResourceDoc> *job) {
        m_loadJob = nullptr;
        if (!job->ok()) {
            banner()->setRetryVisible(false);
            banner()->showError(job->error());
            if (job->error().httpStatus == 404)
                reloadLists();
            updateActions();
            return;
        }
        ResourceDoc message = job->result();
        if (message.id.isEmpty())
            message.id = messageId;
        showDoc(message, false);
    });
    updateActions();
}

void PushPanel::showDoc(const ResourceDoc &message, bool creating)
{
    m_shown = message;
    m_creating = creating;
    const QString state = message.text(QStringLiteral("state"));
    m_editorTitle->setText(creating ? tr("New draft")
                                    : (message.id.isEmpty()
                                           ? tr("No notification selected")
                                           : (state == kSent ? tr("%1 (sent %2)")
                                                                   .arg(message.name,
                                                                        message.text(QStringLiteral("sent")))
                                                             : tr("%1 (draft)").arg(message.name))));
    m_label->setText(message.name);
    {
        const QSignalBlocker block(m_message);
        m_message->setPlainText(message.text(QStringLiteral("message")));
    }
    m_topic->setText(message.text(QStringLiteral("topic")));
    const QString type = message.text(QStringLiteral("type"));
    m_type->setCurrentText(type.isEmpty() ? QStringLiteral("gcm") : type);
    updateActions();
}

void PushPanel::newMessage()
{
    if (appId().isEmpty())
        return;
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentWidget(m_drafts);
    }
    // A message still loading (the one just saved, or one clicked before New) must not land on
    // top of the new form when its answer comes.
    ApiJob::abandonFor(this, m_loadJob);
    m_selectAfterReload.clear();
    m_drafts->clearCurrent();
    showDoc(ResourceDoc(), true);
    m_label->setFocus();
}

void PushPanel::saveMessage()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        refuse(why);
        return;
    }
    const QString label = m_label->text().trimmed();
    const QString text = m_message->toPlainText();
    const QString topic = m_topic->text().trimmed();
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    const QString id = m_shown.id;
    const bool creating = m_creating;
    auto saved = std::make_shared<QString>(id);
    auto *chain = new CallChain(this);
    if (creating)
        chain->then([=] { return pushcalls::create(*client, g, a, label, text, topic); },
                    [=](const ResourceDoc &answer) { *saved = answer.id; });
    else
        chain->then([=] { return pushcalls::update(*client, g, a, id, label, text, topic); });
    track(
        chain,
        [this, creating, label, saved] {
            m_creating = false;
            m_selectAfterReload = *saved;
            m_shown.id = *saved;
            announce(creating ? tr("Created the draft “%1”.").arg(label)
                              : tr("Saved the draft “%1”.").arg(label));
            load(*saved);
        },
        [this] { reloadLists(); });
}

void PushPanel::sendShown()
{
    if (m_shown.id.isEmpty() || m_creating)
        return;
    const ResourceDoc message = m_shown;
    confirm(tr("Send Notification"),
            tr("Send “%1” to every subscriber of the topic “%2” now? A sent notification "
               "cannot be recalled.")
                .arg(message.name, message.text(QStringLiteral("topic"))),
            tr("Send"), message.name, [this, message] {
                ApiClient *client = session()->client();
                const QString g = groupId();
                const QString a = appId();
                auto *chain = (new CallChain(this))->then([=] {
                    return pushcalls::send(*client, g, a, message.id);
                });
                track(
                    chain,
                    [this, message] {
                        m_selectAfterReload = message.id;
                        announce(tr("Sent “%1”.").arg(message.name));
                        load(message.id);
                    },
                    [this] { reloadLists(); });
            });
}

void PushPanel::setShownType()
{
    const QString type = m_type->currentText().trimmed();
    if (m_shown.id.isEmpty() || type.isEmpty())
        return;
    ApiClient *client = session()->client();
    const QString g = groupId();
    const QString a = appId();
    const QString id = m_shown.id;
    const QString label = m_shown.name;
    auto *chain = (new CallChain(this))->then([=] { return pushcalls::setType(*client, g, a, id, type); });
    track(
        chain,
        [this, id, label, type] {
            announce(tr("Set the type of “%1” to %2.").arg(label, type));
            load(id);
        },
        [this] { reloadLists(); });
}

void PushPanel::deleteSelected()
{
    DocListPane *pane = currentPane();
    const QStringList ids = pane->selectedIds();
    if (ids.isEmpty() || isBusy())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << pane->model()->docOf(id).name;
    confirm(ids.size() == 1 ? tr("Delete Notification") : tr("Delete Notifications"),
            ids.size() == 1 ? tr("Delete the notification “%1”?").arg(names.first())
                            : tr("Delete these %1 notifications?\n\n%2")
                                  .arg(ids.size())
                                  .arg(ConfirmDialog::nameList(names)),
            tr("Delete"),
            ids.size() == 1 ? names.first() : tr("delete %1 notifications").arg(ids.size()),
            [this, ids] {
                ApiClient *client = session()->client();
                const QString g = groupId();
                const QString a = appId();
                auto *chain = new CallChain(this);
                for (const QString &id : ids)
                    chain->then([=] { return pushcalls::remove(*client, g, a, id); });
                track(
                    chain,
                    [this, ids] {
                        if (ids.contains(m_shown.id))
                            showDoc(ResourceDoc(), false);
                        announce(tr("Deleted %n notification(s).", nullptr, int(ids.size())));
                    },
                    [this] { reloadLists(); });
            });
}
