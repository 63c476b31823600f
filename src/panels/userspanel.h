#pragma once

#include "panel.h"

#include <api/functiontypes.h>

#include <QPointer>

#include <functional>

class ApiJob;
class BusyIndicator;
class CallChain;
class ErrorBanner;
class JsonTreeModel;
class ListFilterBinding;
class ListFilterProxy;
class PendingUserListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class UserListModel;

//! The users of the current app: a paged, filterable list (name, id, identities, type, created,
//! last login, disabled) beside the selected user's identities, devices and data; create an
//! email/password user; enable, disable, log out everywhere and delete every selected user.
//! A second tab holds the pending registrations: look one up by email, resend its
//! confirmation, confirm it, delete it.
class UsersPanel : public Panel
{
    Q_OBJECT
public:
    explicit UsersPanel(Session *session, QWidget *parent = nullptr);
    ~UsersPanel() override;

    UserListModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    PendingUserListModel *pendingModel() const { return m_pending; }
    ListFilterProxy *pendingProxy() const { return m_pendingProxy; }
    QTableView *pendingTable() const { return m_pendingTable; }
    QTabWidget *tabs() const { return m_tabs; }
    JsonTreeModel *identitiesModel() const { return m_identities; }
    JsonTreeModel *devicesModel() const { return m_devices; }
    JsonTreeModel *dataModel() const { return m_data; }
    //! The user shown in the detail pane (as GET .../users/{uid} answered).
    AppUser shownUser() const { return m_shown; }
    void openItem(const QString &userId) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Asks for an email and a password (checked as typed), then creates the user.
    void newUser();
    void createUser(const QString &email, const QString &password);
    void enableSelected() { setSelectedDisabled(false); }
    void disableSelected() { setSelectedDisabled(true); }
    void logoutSelected();
    void deleteSelected();
    void deleteUsers(const QStringList &userIds);
    void loadAll();
    //! Selects the pending registration of the email typed in the look-up field, or says none.
    void lookUpPending();
    void resendConfirmation();
    void confirmPending();
    void deletePending();

protected:
    void reloadForContext() override;

private:
    QWidget *buildUsersTab();
    QWidget *buildPendingTab();
    void setSelectedDisabled(bool disabled);
    void updateActions();
    QStringList selectedIds() const;
    QStringList selectedEmails() const;
    void onCurrentUserChanged();
    void showUser(const AppUser &user);
    void track(CallChain *chain, std::function<void()> done, bool reloadUsers,
               std::function<void(bool failed)> landedSteps = {});

    UserListModel *m_model;
    ListFilterProxy *m_proxy;
    ListFilterBinding *m_filterBinding = nullptr;
    PendingUserListModel *m_pending;
    ListFilterProxy *m_pendingProxy;
    JsonTreeModel *m_identities;
    JsonTreeModel *m_devices;
    JsonTreeModel *m_data;
    QLabel *m_title;
    QLabel *m_hint;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_loadAll;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detailSummary;
    QTabWidget *m_detailTabs;
    QPushButton *m_new;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_logout;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    QLineEdit *m_lookup;
    QPushButton *m_lookupButton;
    QLabel *m_lookupResult;
    QTableView *m_pendingTable;
    QPushButton *m_resend;
    QPushButton *m_confirm;
    QPushButton *m_deletePending;
    QPushButton *m_refreshPending;
    AppUser m_shown;
    QPointer<ApiJob> m_userJob;
    QPointer<ApiJob> m_devicesJob;
    int m_pendingCalls = 0;
    bool m_loadErrorShown = false;
    QString m_openAfterLoad;
    QStringList m_reselectPending;
};
