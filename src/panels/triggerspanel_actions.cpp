// The Triggers panel's commands: new, save (create or PUT), revert, delete, enable/disable,
// resume, the jump to the function and the firing history.
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
