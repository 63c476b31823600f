// FunctionsPanel: the editor tabs (open, title, close with a question) and the recovery of
// buffers autosaved by an earlier session.
#include "functioneditortab.h"
#include "functionspanel.h"

#include <QJsonDocument>
#include "runconsole.h"
#include "saveconflictdialog.h"
#include "ui_functionspanel.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>
#include <models/functionlistmodel.h>
#include <session/session.h>
#include <widgets/editor/codeeditor.h>

#include <QMessageBox>
#include <QPushButton>

int FunctionsPanel::tabCount() const
{
    return m_ui->editorTabs->count();
}

FunctionEditorTab *FunctionsPanel::tabAt(int index) const
{
    return qobject_cast<FunctionEditorTab *>(m_ui->editorTabs->widget(index));
}

FunctionEditorTab *FunctionsPanel::currentTab() const
{
    return qobject_cast<FunctionEditorTab *>(m_ui->editorTabs->currentWidget());
}

FunctionEditorTab *FunctionsPanel::tabFor(const QString &functionId) const
{
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->functionId() == functionId)
            return tabAt(i);
    }
    return nullptr;
}

bool FunctionsPanel::hasUnsavedChanges() const
{
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->isDirty())
            return true;
    }
    return false;
}

void FunctionsPanel::openSelected()
{
    const StitchFunction function = selectedFunction();
    if (!function.isNull())
        openFunction(function.id);
}

void FunctionsPanel::openItem(const QString &id)
{
    if (id.startsWith(QLatin1String("case:"))) {
        const QJsonObject saved = QJsonDocument::fromJson(id.mid(5).toUtf8()).object();
        newCaseFrom(saved.value(QStringLiteral("name")).toString(),
                    saved.value(QStringLiteral("arguments")).toArray(),
                    saved.value(QStringLiteral("user_id")).toString());
        return;
    }
    if (!id.startsWith(QLatin1String("replay:"))) {
        openFunction(id);
        return;
    }
    const QJsonObject replayed = QJsonDocument::fromJson(id.mid(7).toUtf8()).object();
    replay(replayed.value(QStringLiteral("name")).toString(),
           replayed.value(QStringLiteral("arguments")).toArray(),
           replayed.value(QStringLiteral("user_id")).toString());
}

void FunctionsPanel::replay(const QString &name, const QJsonArray &arguments,
                            const QString &userId)
{
    for (const StitchFunction &function : m_model->items()) {
        if (function.name == name) {
            m_replays.insert(function.id, { arguments, userId });
            openFunction(function.id);
            return;
        }
    }
    if (m_model->isLoading() || m_model->rowCount() == 0) {
        // The list is on its way: replay when it has come (the latest request wins).
        const bool waiting = !m_replayByName.first.isEmpty();
        m_replayByName = { name, { arguments, userId } };
        if (!waiting) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_model, &ListModelBase::reloaded, this, [this, connection] {
                disconnect(*connection);
                const auto pending = std::exchange(m_replayByName, {});
                if (!m_model->items().isEmpty())
                    replay(pending.first, pending.second.first, pending.second.second);
            });
        }
        return;
    }
    m_ui->functionsErrorBanner->showMessage(
        tr("The log names the function “%1”, which the app no longer has.").arg(name));
}

void FunctionsPanel::openFunction(const QString &functionId)
{
    if (FunctionEditorTab *tab = tabFor(functionId)) {
        if (m_replays.contains(functionId)) {
            const auto [arguments, userId] = m_replays.take(functionId);
            tab->runConsole()->replay(arguments, userId);
        }
        m_ui->editorTabs->setCurrentWidget(tab);
        tab->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_opening.contains(functionId))
        return;
    m_opening.append(functionId);
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *job = functioncalls::get(*m_session->client(), groupId, appId, functionId);
    ++m_pendingCalls;
    updateActions();
    job->onFinished(this, [this, functionId, groupId, appId](Job<StitchFunction> *job) {
        --m_pendingCalls;
        m_opening.removeAll(functionId);
        updateActions();
        if (!job->ok()) {
            m_ui->functionsErrorBanner->setRetryVisible(false);
            m_ui->functionsErrorBanner->showError(job->error());
            if (job->error().httpStatus == 404)
                m_model->refresh(); // deleted by someone else meanwhile
            return;
        }
        addTab(job->result(), groupId, appId);
    });
}

void FunctionsPanel::addTab(const StitchFunction &function, const QString &groupId,
                            const QString &appId)
{
    if (FunctionEditorTab *open = tabFor(function.id)) {
        m_ui->editorTabs->setCurrentWidget(open);
        return;
    }
    auto *tab
        = new FunctionEditorTab(m_session, m_autosave, groupId, appId, function, m_ui->editorTabs);
    tab->runConsole()->setHistory(m_runHistory.value(AutosaveStore::keyFor(appId, function.id)));
    if (appId == m_model->appId()) {
        tab->setCompletionNames(m_model->names(), valueNames());
        tab->setPackageNames(packageNames());
        tab->runConsole()->setUsers(users());
    }
    if (m_replays.contains(function.id)) {
        const auto [arguments, userId] = m_replays.take(function.id);
        tab->runConsole()->replay(arguments, userId);
    }
    connect(tab, &FunctionEditorTab::dirtyChanged, this, [this, tab] {
        updateTabTitle(tab);
        updateActions();
    });
    connect(tab, &FunctionEditorTab::savingChanged, this, &FunctionsPanel::updateActions);
    connect(tab, &FunctionEditorTab::nameChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &FunctionEditorTab::saved, this, [this, tab](const StitchFunction &function) {
        updateTabTitle(tab);
        emit statusMessage(tr("Saved the function “%1”.").arg(function.name));
        if (tab->appId() == m_model->appId()) {
            m_selectAfterReload = function.id;
            m_model->refresh();
        }
    });
    const int index = m_ui->editorTabs->addTab(tab, function.name);
    updateTabTitle(tab);
    m_ui->editorTabs->setCurrentIndex(index);
    m_ui->editorStack->setCurrentWidget(m_ui->editorTabs);
    tab->editor()->setFocus(Qt::OtherFocusReason);
    emit functionOpened(tab);
}

void FunctionsPanel::updateTabTitle(FunctionEditorTab *tab)
{
    const int index = m_ui->editorTabs->indexOf(tab);
    if (index < 0)
        return;
    // A bullet, as most editors show it: the buffer differs from the server.
    m_ui->editorTabs->setTabText(
        index, tab->isDirty() ? tab->functionName() + QStringLiteral(" ●") : tab->functionName());
    m_ui->editorTabs->setTabToolTip(
        index,
        tab->isDirty() ? tr("%1 — unsaved changes").arg(tab->functionName()) : tab->functionName());
}

void FunctionsPanel::closeTab(int index)
{
    FunctionEditorTab *tab = tabAt(index);
    if (!tab)
        return;
    if (!tab->isDirty()) {
        discardTab(index);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved on the server.").arg(tab->functionName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeTabQuestion"));
    box->setInformativeText(tr("Save them before closing the tab?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FunctionEditorTab> guarded(tab);
    connect(box, &QMessageBox::finished, this, [this, guarded](int result) {
        if (!guarded)
            return;
        if (result == QMessageBox::Discard) {
            discardTab(m_ui->editorTabs->indexOf(guarded));
        } else if (result == QMessageBox::Save) {
            connect(guarded, &FunctionEditorTab::saved, this, [this, guarded] {
                if (guarded && !guarded->isDirty())
                    discardTab(m_ui->editorTabs->indexOf(guarded));
            });
            guarded->save();
        }
    });
    box->open();
}

void FunctionsPanel::discardTab(int index)
{
    FunctionEditorTab *tab = tabAt(index);
    if (!tab)
        return;
    tab->discardAutosave();
    if (!tab->runConsole()->history().isEmpty())
        m_runHistory.insert(AutosaveStore::keyFor(tab->appId(), tab->functionId()),
                            tab->runConsole()->history());
    m_ui->editorTabs->removeTab(index);
    tab->deleteLater();
    if (m_ui->editorTabs->count() == 0)
        m_ui->editorStack->setCurrentWidget(m_ui->placeholderLabel);
}

void FunctionsPanel::discardAll()
{
    while (tabCount() > 0)
        discardTab(0);
}

void FunctionsPanel::onRecovered(const QString &groupId, const QString &appId,
                                 const QList<AutosaveStore::Record> &records)
{
    if (appId != m_model->appId() || groupId != m_model->groupId())
        return;
    m_recovered.clear();
    for (const AutosaveStore::Record &record : records) {
        // A buffer open in a tab right now is this session's, not a leftover.
        if (!tabFor(record.functionId))
            m_recovered.append(record);
    }
    showRecovered();
}

void FunctionsPanel::showRecovered()
{
    m_ui->recoveryBox->setVisible(!m_recovered.isEmpty());
    m_ui->recoveryLabel->setText(
        tr("%n function buffer(s) with unsaved changes were recovered from an earlier session.",
           nullptr, int(m_recovered.size())));
    emit recoveredChanged(int(m_recovered.size()));
}

void FunctionsPanel::reviewRecovered()
{
    if (m_recovered.isEmpty())
        return;
    const AutosaveStore::Record record = m_recovered.first();
    auto *job
        = functioncalls::get(*m_session->client(), record.groupId, record.appId, record.functionId);
    m_ui->recoveryButton->setEnabled(false);
    job->onFinished(this, [this, record](Job<StitchFunction> *job) {
        m_ui->recoveryButton->setEnabled(true);
        if (job->ok()) {
            reviewRecord(record, job->result(), false);
        } else if (job->error().httpStatus == 404) {
            StitchFunction gone;
            gone.id = record.functionId;
            gone.name = record.functionName;
            reviewRecord(record, gone, true);
        } else {
            m_ui->functionsErrorBanner->setRetryVisible(false);
            m_ui->functionsErrorBanner->showError(job->error());
        }
    });
}

void FunctionsPanel::reviewRecord(const AutosaveStore::Record &record, const StitchFunction &server,
                                  bool deleted)
{
    auto *dialog = new SaveConflictDialog(SaveConflictDialog::Mode::Recovery, record.functionName,
                                          record.source, deleted ? QString() : server.source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, record, server, deleted](int choice) {
        if (choice == SaveConflictDialog::Cancel)
            return;
        for (int i = 0; i < m_recovered.size(); ++i) {
            if (m_recovered.at(i).key() == record.key()) {
                m_recovered.removeAt(i);
                break;
            }
        }
        showRecovered();
        if (choice == SaveConflictDialog::TakeServer) {
            m_autosave->remove(record.key());
            return;
        }
        addTab(server, record.groupId, record.appId);
        if (FunctionEditorTab *tab = tabFor(server.id)) {
            if (deleted)
                tab->markDeletedOnServer();
            tab->setBufferSource(record.source);
        }
        if (!m_recovered.isEmpty())
            reviewRecovered();
    });
    dialog->open();
}
