#include "secretspane.h"
#include "panelkit.h"

#include <api/callchain.h>
#include <api/secretcalls.h>
#include <api/valuecalls.h>
#include <models/secretlistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>
#include <widgets/namedialog.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

QString nameProblem(const QString &name)
{
    return NameDialog::resourceNameProblem(name, SecretsPane::tr("Enter a name."));
}

QDialogButtonBox *okCancel(const QString &okText, QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

SecretsPane::SecretsPane(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SecretListModel(session->client(), this))
{
    setObjectName(QStringLiteral("secretsPane"));
    m_hint = panelkit::hint(this);
    m_hint->setObjectName(QStringLiteral("secretsHint"));
    m_table = panelkit::table(QStringLiteral("secretTable"), tr("Secrets"), this);
    m_table->setModel(m_model);
    m_new = panelkit::button(tr("New &Secret…"), QStringLiteral("newSecretButton"),
                             tr("Create a secret: a name and a value no one can read back"), this);
    m_rename = panelkit::button(tr("Rename Secret…"), QStringLiteral("renameSecretButton"),
                                tr("Rename the selected secret"), this);
    m_newValue = panelkit::button(tr("New Secret &Value…"), QStringLiteral("newSecretValueButton"),
                                  tr("Replace the value of the selected secret"), this);
    m_delete = panelkit::button(tr("Delete Secret…"), QStringLiteral("deleteSecretButton"),
                                tr("Delete the selected secrets (Del)"), this);
    m_use = panelkit::button(tr("&Use in a Value…"), QStringLiteral("useSecretButton"),
                             tr("Create a value that functions read the secret through"), this);
    m_refresh = panelkit::button(tr("Refresh Secrets"), QStringLiteral("refreshSecretsButton"),
                                 tr("Load the secrets again"), this);
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading secrets"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("secretsErrorBanner"));

    auto *buttons = new QHBoxLayout;
    for (QWidget *widget : { static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_rename),
                             static_cast<QWidget *>(m_newValue), static_cast<QWidget *>(m_delete),
                             static_cast<QWidget *>(m_use), static_cast<QWidget *>(m_refresh) })
        buttons->addWidget(widget);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_rename);
    setTabOrder(m_rename, m_newValue);
    setTabOrder(m_newValue, m_delete);
    setTabOrder(m_delete, m_use);
    setTabOrder(m_use, m_refresh);

    connect(m_new, &QPushButton::clicked, this, &SecretsPane::newSecret);
    connect(m_rename, &QPushButton::clicked, this, &SecretsPane::renameSelected);
    connect(m_newValue, &QPushButton::clicked, this, &SecretsPane::newValueForSelected);
    connect(m_delete, &QPushButton::clicked, this, &SecretsPane::deleteSelected);
    connect(m_use, &QPushButton::clicked, this, &SecretsPane::useSelectedInValue);
    connect(m_refresh, &QPushButton::clicked, this, &SecretsPane::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SecretsPane::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecretsPane::updateActions);
    connect(m_model, &ListModelBase::loadingChanged, this, &SecretsPane::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        panelkit::showError(m_banner, error);
        m_loadErrorShown = true;
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        if (std::exchange(m_loadErrorShown, false))
            m_banner->clear();
        updateActions();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SecretsPane::deleteSelected);
    updateActions();
}

void SecretsPane::setApp(const QString &groupId, const QString &appId)
{
    if (appId.isEmpty())
        m_model->clear();
    else
        m_model->ensureLoaded(groupId, appId);
    updateActions();
}

void SecretsPane::refresh()
{
    m_banner->clear();
    if (!m_model->appId().isEmpty())
        m_model->reload(m_model->groupId(), m_model->appId());
}

QStringList SecretsPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ListModelBase::IdRole).toString();
    return ids;
}

QString SecretsPane::nameOf(const QString &id) const
{
    return m_model->itemAt(m_model->rowOfId(id)).name;
}

void SecretsPane::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    const bool idle = m_pendingCalls == 0;
    const int selected = int(selectedIds().size());
    m_busy->setRunning(m_model->isLoading() || m_pendingCalls > 0);
    m_new->setEnabled(haveApp && idle);
    m_rename->setEnabled(selected == 1 && idle);
    m_newValue->setEnabled(selected == 1 && idle);
    m_delete->setEnabled(selected > 0 && idle);
    m_use->setEnabled(haveApp && idle && m_model->rowCount() > 0);
    m_refresh->setEnabled(haveApp);
    if (!haveApp)
        m_hint->setText(tr("Choose an app in Apps to see its secrets."));
    else if (m_model->hasLoaded() && m_model->rowCount() == 0)
        m_hint->setText(tr("This app has no secrets. New Secret… creates one."));
    else
        m_hint->setText(tr("A secret keeps a credential out of sight: its value can be set but "
                           "never read back. Functions read it through a value that uses it."));
}

void SecretsPane::askSecret(const QString &title, const QString &forName, bool askName,
                            std::function<void(const QString &, const QString &)> done)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("secretDialog"));
    dialog->setWindowTitle(title);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("secretNameEdit"));
    name->setAccessibleName(tr("Name of the secret"));
    name->setText(forName);
    name->setVisible(askName);
    // Write-only: typed hidden, never filled from anywhere, dropped with the dialog.
    auto *value = new QLineEdit(dialog);
    value->setObjectName(QStringLiteral("secretValueEdit"));
    value->setAccessibleName(tr("Value of the secret"));
    value->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("secretNameProblem"));
    auto *buttons = okCancel(askName ? tr("Create") : tr("Set Value"), dialog);
    auto *form = new QFormLayout(dialog);
    if (askName)
        form->addRow(tr("&Name:"), name);
    else
        form->addRow(new QLabel(tr("New value of “%1”:").arg(forName), dialog));
    form->addRow(tr("&Value:"), value);
    form->addRow(problem);
    form->addRow(buttons);
    dialog->setMinimumWidth(420);
    const auto check = [=] {
        const QString why = askName ? nameProblem(name->text()) : QString();
        problem->setText(name->text().isEmpty() ? QString() : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, check);
    check();
    connect(dialog, &QDialog::accepted, this, [name, value, done] {
        const QString typed = value->text();
        value->clear();
        done(name->text().trimmed(), typed);
    });
    connect(dialog, &QDialog::rejected, value, &QLineEdit::clear);
    dialog->open();
}

void SecretsPane::newSecret()
{
    if (m_model->appId().isEmpty())
        return;
    askSecret(tr("New Secret"), QString(), true,
              [this](const QString &name, const QString &value) { createSecret(name, value); });
}

void SecretsPane::createSecret(const QString &name, const QString &value)
{
    ApiClient *client = m_session->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return secretcalls::create(*client, groupId, appId, name, value); });
    track(chain, [this, name] { emit statusMessage(tr("Created the secret “%1”.").arg(name)); });
}

void SecretsPane::renameSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString id = ids.first();
    const QString old = nameOf(id);
    auto *dialog = new NameDialog(tr("Rename Secret"), tr("New &name for “%1”:").arg(old), old,
                                  nameProblem, this);
    dialog->setObjectName(QStringLiteral("secretRenameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NameDialog::nameChosen, this, [this, id](const QString &name) {
        ApiClient *client = m_session->client();
        const QString groupId = m_model->groupId();
        const QString appId = m_model->appId();
        auto *chain = new CallChain(this);
        chain->then([=] { return secretcalls::update(*client, groupId, appId, id, name, {}); });
        track(chain,
              [this, name] { emit statusMessage(tr("Renamed the secret to “%1”.").arg(name)); });
    });
    dialog->open();
}

void SecretsPane::newValueForSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString id = ids.first();
    const QString name = nameOf(id);
    askSecret(tr("New Secret Value"), name, false,
              [this, id, name](const QString &, const QString &value) {
                  ApiClient *client = m_session->client();
                  const QString groupId = m_model->groupId();
                  const QString appId = m_model->appId();
                  auto *chain = new CallChain(this);
                  // A null name keeps the name; the value may be empty, never null.
                  const QString sent = value.isNull() ? QStringLiteral("") : value;
                  chain->then([=] {
                      return secretcalls::update(*client, groupId, appId, id, QString(), sent);
                  });
                  track(chain, [this, name] {
                      emit statusMessage(tr("Set a new value for the secret “%1”.").arg(name));
                  });
              });
}

void SecretsPane::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << nameOf(id);
    const bool production = m_session->profile().tag == Profile::Tag::Production;
    const QString question = ids.size() == 1
        ? tr("Delete the secret “%1”? Values that use it will read nothing. This cannot be "
             "undone.")
              .arg(names.first())
        : tr("Delete these %1 secrets? Values that use them will read nothing. This cannot be "
             "undone.\n\n%2")
              .arg(ids.size())
              .arg(ConfirmDialog::nameList(names));
    ConfirmDialog::askToDelete(
        this,
        { ids.size() == 1 ? tr("Delete Secret") : tr("Delete Secrets"), question,
          production ? (ids.size() == 1 ? names.first() : tr("delete %1 secrets").arg(ids.size()))
                     : QString(),
          QStringLiteral("deleteSecretsDialog") },
        [this, ids] { deleteSecrets(ids); });
}

void SecretsPane::deleteSecrets(const QStringList &ids)
{
    ApiClient *client = m_session->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    for (const QString &id : ids)
        chain->then([=] { return secretcalls::remove(*client, groupId, appId, id); });
    track(chain, [this, ids] {
        emit statusMessage(tr("Deleted %n secret(s).", nullptr, int(ids.size())));
    });
}

void SecretsPane::useSelectedInValue()
{
    if (m_model->rowCount() == 0)
        return;
    const QStringList ids = selectedIds();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("valueFromSecretDialog"));
    dialog->setWindowTitle(tr("New Value from a Secret"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("valueFromSecretNameEdit"));
    name->setAccessibleName(tr("Name of the new value"));
    auto *secret = new QComboBox(dialog);
    secret->setObjectName(QStringLiteral("valueFromSecretCombo"));
    secret->setAccessibleName(tr("Secret the value reads"));
    QStringList names = m_model->names();
    names.sort(Qt::CaseInsensitive);
    secret->addItems(names);
    if (!ids.isEmpty())
        secret->setCurrentText(nameOf(ids.first()));
    auto *problem = new QLabel(dialog);
    auto *buttons = okCancel(tr("Create Value"), dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Value &name:"), name);
    form->addRow(tr("&Secret:"), secret);
    form->addRow(problem);
    form->addRow(buttons);
    dialog->setMinimumWidth(420);
    const auto check = [=] {
        const QString why = nameProblem(name->text());
        problem->setText(name->text().isEmpty() ? QString() : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, check);
    check();
    connect(dialog, &QDialog::accepted, this, [this, name, secret] {
        createValueFromSecret(name->text().trimmed(), secret->currentText());
    });
    dialog->open();
}

void SecretsPane::createValueFromSecret(const QString &valueName, const QString &secretName)
{
    StitchValue value;
    value.name = valueName;
    value.fromSecret = true;
    value.value = secretName;
    ApiClient *client = m_session->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return valuecalls::create(*client, groupId, appId, value); });
    track(chain, [this, valueName, secretName] {
        emit valueCreated(valueName);
        emit statusMessage(
            tr("Created the value “%1”, which reads the secret “%2”.").arg(valueName, secretName));
    });
}

void SecretsPane::track(CallChain *chain, std::function<void()> done)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            done();
            m_session->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, error);
        }
        m_model->refresh();
        updateActions();
    });
}
