#pragma once

#include <QObject>

class AppListModel;
class DocListModel;
class DraftState;
class FunctionListModel;
class ServerFeatures;
class Session;
class TriggerListModel;
class UserListModel;
class ValueListModel;

//! The lists several panels, the editor's completion and the command palette all show, one copy
//! each per Session: the group's apps and the current app's functions, values, users, services,
//! auth providers, push messages and triggers. They follow the session's context by themselves;
//! panels share them and never keep copies.
class SharedModels : public QObject
{
    Q_OBJECT
public:
    //! The session's shared models, made on first use as a child of the session.
    static SharedModels *of(Session *session);

    AppListModel *apps() const { return m_apps; }
    FunctionListModel *functions() const { return m_functions; }
    ValueListModel *values() const { return m_values; }
    UserListModel *users() const { return m_users; }
    //! The current app's services, auth providers, push messages (drafts and sent) and
    //! triggers, for the command palette's items.
    DocListModel *services() const { return m_services; }
    DocListModel *authProviders() const { return m_authProviders; }
    DocListModel *pushMessages() const { return m_push; }
    TriggerListModel *triggers() const { return m_triggers; }
    //! The current app's draft (it follows the session by itself).
    DraftState *draft() const { return m_draft; }
    //! What the server offers beyond the Admin API, asked once per sign-in.
    ServerFeatures *serverFeatures() const { return m_serverFeatures; }

    //! Loads what the current context needs that is not loaded yet (the panels call it when
    //! shown; the session's contextChanged calls it too).
    void ensureLoaded();

private:
    explicit SharedModels(Session *session);
    void onContextChanged();
    void clearAppLists();

    Session *m_session;
    AppListModel *m_apps;
    FunctionListModel *m_functions;
    ValueListModel *m_values;
    UserListModel *m_users;
    DocListModel *m_services;
    DocListModel *m_authProviders;
    DocListModel *m_push;
    TriggerListModel *m_triggers;
    DraftState *m_draft;
    ServerFeatures *m_serverFeatures;
};
