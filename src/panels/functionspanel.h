#pragma once

#include "autosavestore.h"
#include "panel.h"

#include <api/apijob.h>
#include <api/functiontypes.h>

#include "runconsole.h"

#include <QPointer>

#include <functional>
#include <memory>

class FunctionEditorTab;
class FunctionListModel;
class QSortFilterProxyModel;
class Session;

namespace Ui {
class FunctionsPanel;
}

//! The functions of the current app: a filterable list with create, rename, duplicate and
//! delete; each opened function in an editor tab with its settings and a run console; buffers
//! autosaved and offered back after a crash.
class FunctionsPanel : public Panel
{
    Q_OBJECT
public:
    //! An empty autosaveDirectory means the user's data folder.
    explicit FunctionsPanel(Session *session, const QString &autosaveDirectory = QString(),
                            QWidget *parent = nullptr);
    ~FunctionsPanel() override;

    FunctionListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    AutosaveStore *autosaveStore() const { return m_autosave; }
    int tabCount() const;
    FunctionEditorTab *tabAt(int index) const;
    FunctionEditorTab *currentTab() const;
    FunctionEditorTab *tabFor(const QString &functionId) const;
    bool hasUnsavedChanges() const;
    QList<AutosaveStore::Record> recoveredBuffers() const { return m_recovered; }
    QList<AppUser> users() const { return m_users; }
    //! Value names offered by completion inside context.values.get("…"); the console has no
    //! Values API calls yet, so whoever loads them hands them in here.
    void setValueNames(const QStringList &names);

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Opens the function in a tab (loading it first), or shows its tab when already open.
    void openFunction(const QString &functionId);
    void openSelected();
    //! Asks for a name, then creates.
    void newFunction();
    void createFunction(const QString &name);
    void renameSelected();
    void renameFunction(const QString &functionId, const QString &newName);
    void duplicateSelected();
    void duplicateFunction(const QString &functionId, const QString &newName);
    void deleteSelected();
    void deleteFunction(const QString &functionId);
    //! Closes a tab, asking first when its buffer is unsaved.
    void closeTab(int index);
    //! Closes a tab without asking; its autosaved copy goes too.
    void discardTab(int index);
    //! Forgets every unsaved buffer (the window closes and the user said so).
    void discardAll();
    //! Opens the comparison for the next recovered buffer.
    void reviewRecovered();

signals:
    void functionOpened(FunctionEditorTab *tab);
    //! The list of recovered buffers for the current app changed.
    void recoveredChanged(int count);
    void usersLoaded();

private:
    void reloadForApp();
    //! Coalesces the app and group signals of one change into one reload.
    void queueReload();
    void updateActions();
    StitchFunction selectedFunction() const;
    void addTab(const StitchFunction &function, const QString &groupId, const QString &appId);
    void updateTabTitle(FunctionEditorTab *tab);
    void updateCompletion();
    void loadUsers(const QString &after = QString());
    void loadValueNames(const QString &groupId, const QString &appId);
    void showRecovered();
    void onRecovered(const QString &groupId, const QString &appId,
                     const QList<AutosaveStore::Record> &records);
    void reviewRecord(const AutosaveStore::Record &record, const StitchFunction &server,
                      bool deleted);
    //! Runs a call that changes the list; on success refreshes and calls done.
    //! refreshAfter: reload the list on success (not after a read that only prepares a write).
    void track(ApiJob *job, std::function<void(ApiJob *)> done, bool refreshAfter = true);
    //! Asks for a function name with a non-blocking dialog.
    void askName(const QString &title, const QString &label, const QString &initial,
                 std::function<void(const QString &)> done);

    std::unique_ptr<Ui::FunctionsPanel> m_ui;
    Session *m_session;
    FunctionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    AutosaveStore *m_autosave;
    QList<AppUser> m_users;
    QStringList m_valueNames;
    //! The runs of closed tabs, per app and function id, so a reopened tab still has them.
    QHash<QString, QList<RunConsole::Run>> m_runHistory;
    QList<AppUser> m_usersLoading;
    QPointer<ApiJob> m_usersJob;
    QPointer<ApiJob> m_valuesJob;
    QList<AutosaveStore::Record> m_recovered;
    int m_pendingCalls = 0;
    QString m_selectAfterReload;
    QStringList m_opening; // function ids being loaded into a tab
    bool m_reloadQueued = false;
};
