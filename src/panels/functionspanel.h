#pragma once

#include "autosavestore.h"
#include "panel.h"

#include <api/apijob.h>
#include <api/functiontypes.h>

#include "runconsole.h"

#include <QJsonArray>
#include <QPointer>

#include <functional>
#include <memory>

class CallChain;
class CasesPane;
class DependenciesPane;
class QDialog;
class FunctionEditorTab;
class FunctionListModel;
class ListFilterProxy;
class SharedModels;
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
    ListFilterProxy *proxy() const { return m_proxy; }
    AutosaveStore *autosaveStore() const { return m_autosave; }
    int tabCount() const;
    FunctionEditorTab *tabAt(int index) const;
    FunctionEditorTab *currentTab() const;
    FunctionEditorTab *tabFor(const QString &functionId) const;
    bool hasUnsavedChanges() const override;
    QAction *saveAction() const override { return m_saveAction; }
    void discardUnsaved() override { discardAll(); }
    //! The palette's item: opens the function in a tab. "replay:{name, arguments, user_id}"
    //! (a log entry's Run again) opens the function named with the run console filled in;
    //! "case:{name, arguments, user_id}" (a log entry's Save as case) opens the case form.
    void openItem(const QString &functionId) override;
    //! Opens the function named in a tab, its run console holding the arguments and the user.
    void replay(const QString &name, const QJsonArray &arguments, const QString &userId);
    QList<AutosaveStore::Record> recoveredBuffers() const { return m_recovered; }
    //! The run-as picker's users: the shared users model's loaded pages.
    QList<AppUser> users() const;
    //! Value names offered by completion inside context.values.get("…"), from the shared values
    //! model (the Values panel's).
    QStringList valueNames() const;
    //! The app's uploaded packages (Dependencies…), offered by completion inside require('…').
    DependenciesPane *dependencies() const { return m_dependencies; }
    QStringList packageNames() const;
    QDialog *dependenciesDialog() const { return m_dependenciesDialog; }
    //! The run cases (Cases…), in a dialog of their own.
    CasesPane *casesPane() const { return m_casesPane; }
    QDialog *casesDialog() const { return m_casesDialog; }
    //! Shows the Cases dialog with the cases of this function (empty: all).
    void openCases(const QString &function);
    //! Opens the case form prefilled (a log entry's Save as case), in the Cases dialog.
    void newCaseFrom(const QString &function, const QJsonArray &arguments, const QString &userId);

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
    //! The run-as picker has every user it will list.
    void usersLoaded();

protected:
    void reloadForContext() override;

private:
    void reloadForApp(bool force);
    void onUsersPage();
    void updateActions();
    StitchFunction selectedFunction() const;
    //! What Rename, Duplicate and Delete act on: the selected row, else the tab in front.
    StitchFunction functionToActOn() const;
    void addTab(const StitchFunction &function, const QString &groupId, const QString &appId);
    void updateTabTitle(FunctionEditorTab *tab);
    void updateCompletion();
    //! The Dependencies… button and its dialog (functionspanel_dependencies.cpp).
    void setUpDependencies();
    //! The Cases… button and its dialog (functionspanel_cases.cpp).
    void setUpCases();
    void showRecovered();
    void onRecovered(const QString &groupId, const QString &appId,
                     const QList<AutosaveStore::Record> &records);
    void reviewRecord(const AutosaveStore::Record &record, const StitchFunction &server,
                      bool deleted);
    //! Runs calls that change the list; on success calls done and reloads the list; a failure
    //! shows in the banner.
    void track(CallChain *chain, std::function<void()> done);
    //! Rename's first step: reads the app's export and, when other functions call the old name,
    //! asks whether to update them too (functionspanel_rename.cpp).
    void findCallersThenRename(const StitchFunction &function, const QString &newName);
    //! savedCallers: the functions whose saved source calls the old name; open tabs are read here.
    void onCallersFound(const StitchFunction &function, const QString &newName,
                        const QList<StitchFunction> &savedCallers);
    void askAboutCallers(const StitchFunction &function, const QString &newName,
                         const QList<StitchFunction> &callers);
    //! When the calls could not be looked for (why), asks before renaming anyway.
    void askToRenameUnchecked(const StitchFunction &function, const QString &newName,
                              const QString &why);
    //! Renames, and rewrites each caller's calls: saved on the server, or in an open tab's buffer.
    void renameWithCallers(const QString &functionId, const QString &newName,
                           const QList<StitchFunction> &callers);
    //! Asks for a function name with a non-blocking dialog.
    void askName(const QString &title, const QString &label, const QString &initial,
                 std::function<void(const QString &)> done);

    std::unique_ptr<Ui::FunctionsPanel> m_ui;
    Session *m_session;
    SharedModels *m_shared;
    FunctionListModel *m_model;
    ListFilterProxy *m_proxy;
    AutosaveStore *m_autosave;
    QAction *m_saveAction = nullptr;
    DependenciesPane *m_dependencies = nullptr;
    QDialog *m_dependenciesDialog = nullptr;
    CasesPane *m_casesPane = nullptr;
    QDialog *m_casesDialog = nullptr;
    //! The runs of closed tabs, per app and function id, so a reopened tab still has them.
    QHash<QString, QList<RunConsole::Run>> m_runHistory;
    QList<AutosaveStore::Record> m_recovered;
    int m_pendingCalls = 0;
    QString m_selectAfterReload;
    QStringList m_opening; // function ids being loaded into a tab
    QHash<QString, QPair<QJsonArray, QString>> m_replays; // function id → arguments, user id
    QPair<QString, QPair<QJsonArray, QString>> m_replayByName; // until the list has loaded
};
