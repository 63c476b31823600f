#include "sharedmodels.h"
#include "applistmodel.h"
#include "doclistmodel.h"
#include "draftstate.h"
#include "functionlistmodel.h"
#include "serverfeatures.h"
#include "triggerlistmodel.h"
#include "userlistmodel.h"
#include "valuelistmodel.h"

#include <session/session.h>

SharedModels *SharedModels::of(Session *session)
{
    if (auto *existing = session->findChild<SharedModels *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SharedModels(session);
}

SharedModels::SharedModels(Session *session)
    : QObject(session)
    , m_session(session)
    , m_apps(new AppListModel(session->client(), this))
    , m_functions(new FunctionListModel(session->client(), this))
    , m_values(new ValueListModel(session->client(), this))
    , m_users(new UserListModel(session->client(), this))
    , m_services(DocListModel::services(session->client(), this))
    , m_authProviders(DocListModel::authProviders(session->client(), this))
    , m_push(DocListModel::pushMessages(session->client(), QString(), this))
    , m_triggers(new TriggerListModel(session->client(), this))
    , m_draft(new DraftState(session, this))
    , m_serverFeatures(new ServerFeatures(session, this))
{
    connect(session, &Session::contextChanged, this, &SharedModels::onContextChanged);
    // The likely group's apps load beside the sign-in's profile call: one round trip less before
    // the list shows. A guess: if the profile lands elsewhere, ensureLoaded() below loads that
    // group, and the guess's failure (a group the user is not in) is reported nowhere.
    connect(session, &Session::groupExpected, this,
            [this](const QString &groupId) { m_apps->prefetch(groupId); });
    // A sign-in that fails after its login leaves no list of a group it never entered.
    connect(session, &Session::signInFailed, this, [this] {
        if (m_apps->groupId() != m_session->currentGroupId() || m_apps->isLoading())
            m_apps->clear();
    });
    // At once, not a turn later: nothing of the old session shows under the login dialog.
    connect(session, &Session::signedOut, this, &SharedModels::onContextChanged);
    // A panel wrote something: the palette's lists of the panels without a shared model follow.
    connect(session, &Session::appDataChanged, this, [this] {
        for (ListModelBase *model :
             { static_cast<ListModelBase *>(m_services),
               static_cast<ListModelBase *>(m_authProviders), static_cast<ListModelBase *>(m_push),
               static_cast<ListModelBase *>(m_triggers) }) {
            if (!model->appId().isEmpty())
                model->refresh();
        }
    });
    onContextChanged();
}

void SharedModels::onContextChanged()
{
    // A session that ended emits no contextChanged: its rows stay under the login dialog. Only
    // an explicit sign-out (or one still signing in elsewhere) lands here unsigned.
    if (!m_session->isSignedIn()) {
        if (m_session->state() == Session::State::SignedOut) {
            m_apps->clear();
            m_functions->clear();
            m_values->clear();
            m_users->clear();
            clearAppLists();
        }
        return;
    }
    ensureLoaded();
}

void SharedModels::ensureLoaded()
{
    if (!m_session->isSignedIn())
        return;
    const QString groupId = m_session->currentGroupId();
    if (groupId.isEmpty())
        m_apps->clear();
    else
        m_apps->ensureLoaded(groupId);
    const App app = m_session->currentApp();
    const QString appGroup = app.groupId.isEmpty() ? groupId : app.groupId;
    if (app.isNull() || appGroup.isEmpty()) {
        m_functions->clear();
        m_values->clear();
        m_users->clear();
        clearAppLists();
        return;
    }
    m_functions->ensureLoaded(appGroup, app.id);
    m_values->ensureLoaded(appGroup, app.id);
    m_users->ensureLoaded(appGroup, app.id);
    m_services->ensureLoaded(appGroup, app.id);
    m_authProviders->ensureLoaded(appGroup, app.id);
    m_push->ensureLoaded(appGroup, app.id);
    m_triggers->ensureLoaded(appGroup, app.id);
}

void SharedModels::clearAppLists()
{
    m_services->clear();
    m_authProviders->clear();
    m_push->clear();
    m_triggers->clear();
}
