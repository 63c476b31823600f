// The Triggers panel's watch: polls the app's triggers (every minute, on focus) and tells the
// window when one becomes suspended.
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

void TriggersPanel::setWatchInterval(int msec)
{
    m_watchTimer->setInterval(msec);
}

void TriggersPanel::pollIfStale()
{
    // The list's own load tells the watch as much as a poll: none while it runs or just ran.
    const QString appId = session()->currentApp().id;
    if (!appId.isEmpty() && m_model->appId() == appId && m_model->isLoading())
        return;
    if (!appId.isEmpty() && appId == m_watchedApp && m_lastSeen.isValid()
        && m_lastSeen.elapsed() < kFreshForMs)
        return;
    pollNow();
}

void TriggersPanel::pollNow()
{
    const App app = session()->currentApp();
    if (!session()->isSignedIn() || app.isNull()) {
        m_suspended.clear();
        m_watchedApp.clear();
        m_watchBaseline = false;
        updateBadge();
        return;
    }
    if (m_watchJob)
        return; // one poll at a time
    auto *job = triggercalls::list(*session()->client(), groupId(), app.id);
    m_watchJob = job;
    job->onFinished(this, [this, appId = app.id](Job<QList<StitchTrigger>> *job) {
        m_watchJob = nullptr;
        if (!job->ok() || session()->currentApp().id != appId)
            return; // quiet: the next poll tries again
        const QList<StitchTrigger> &triggers = job->result();
        // The list shows what the watch saw when it differs (a trigger suspended meanwhile).
        bool differs = m_model->appId() == appId && m_model->hasLoaded() && !m_model->isLoading()
            && m_model->items().size() != triggers.size();
        for (const StitchTrigger &trigger : triggers) {
            const int row = m_model->rowOf(trigger.id);
            if (m_model->appId() == appId && m_model->hasLoaded()
                && (row < 0 || m_model->triggerAt(row).suspended != trigger.suspended
                    || m_model->triggerAt(row).disabled != trigger.disabled))
                differs = true;
        }
        seeTriggers(appId, triggers);
        if (differs && !m_model->isLoading())
            m_model->reload(groupId(), appId);
    });
}

void TriggersPanel::seeTriggers(const QString &appId, const QList<StitchTrigger> &triggers)
{
    if (appId.isEmpty())
        return;
    const bool sameApp = appId == m_watchedApp && m_watchBaseline;
    QHash<QString, QString> now;
    for (const StitchTrigger &trigger : triggers) {
        if (trigger.suspended)
            now.insert(trigger.id, trigger.name);
    }
    if (sameApp) {
        for (const StitchTrigger &trigger : triggers) {
            if (trigger.suspended && !m_suspended.contains(trigger.id))
                notifySuspended(trigger);
        }
    }
    m_watchedApp = appId;
    m_watchBaseline = true;
    m_lastSeen.start();
    m_suspended = now;
    updateBadge();
}

void TriggersPanel::notifySuspended(const StitchTrigger &trigger)
{
    const QString text = tr("The trigger “%1” of %2 was suspended after its function failed "
                            "repeatedly. Open it in Triggers to resume it.")
                             .arg(trigger.name, session()->currentApp().name);
    emit triggerSuspended(trigger.id, trigger.name, text);
    // The window shows it: a tray message (whose click opens the trigger) or the status bar.
    emit desktopNotification(tr("Trigger suspended"), text, trigger.id);
}
