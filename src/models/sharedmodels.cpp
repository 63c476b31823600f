#include "sharedmodels.h"
#include "applistmodel.h"
#include "draftstate.h"
#include "functionlistmodel.h"
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
    , m_draft(new DraftState(session, this))
{
    connect(session, &Session::contextChanged, this, &SharedModels::onContextChanged);
    // At once, not a turn later: nothing of the old session shows under the login dialog.
    connect(session, &Session::signedOut, this, &SharedModels::onContextChanged);
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
        return;
    }
    m_functions->ensureLoaded(appGroup, app.id);
    m_values->ensureLoaded(appGroup, app.id);
    m_users->ensureLoaded(appGroup, app.id);
}
