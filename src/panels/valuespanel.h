#pragma once

#include "panel.h"

#include <api/valuecalls.h>

#include <QPointer>

#include <functional>

class CallChain;
class ErrorBanner;
class BusyIndicator;
class JsonEditor;
class ListFilterBinding;
class ListFilterProxy;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class SecretsPane;
class QTableView;
class ValueListModel;

//! The values of the current app: a filterable list (name, private, value preview) beside an
//! editor for the selected value, its JSON checked as it is typed; create, rename, delete (one
//! confirmation for every selected value); a Secrets tab beside it (SecretsPane). The list is the
//! shared ValueListModel, so the Functions editor's completion of value names sees every change
//! made here.
class ValuesPanel : public Panel
{
    Q_OBJECT
public:
    explicit ValuesPanel(Session *session, QWidget *parent = nullptr);
    ~ValuesPanel() override;

    ValueListModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    JsonEditor *editor() const { return m_editor; }
    SecretsPane *secretsPane() const { return m_secrets; }
    QTabWidget *tabs() const { return m_tabs; }
    //! The value shown in the editor (empty id when none).
    StitchValue shownValue() const { return m_shown; }
    bool isEditorDirty() const;
    bool hasUnsavedChanges() const override { return isEditorDirty(); }
    void discardUnsaved() override;
    void openItem(const QString &valueId) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Asks for a name, then creates the value (null) and opens it.
    void newValue();
    void createValue(const QString &name, bool isPrivate, const QJsonValue &value);
    void renameSelected();
    void renameValue(const QString &valueId, const QString &newName);
    //! Asks once for every selected value, then deletes them.
    void deleteSelected();
    void deleteValues(const QStringList &valueIds);
    //! PUTs the editor's value and privacy.
    void saveShown();
    void revertShown();

protected:
    void reloadForContext() override;

private:
    void buildLayout();
    //! Puts valuesSide and the Secrets tab in tabs (valuespanel_secrets.cpp).
    QWidget *addSecretsTab(QWidget *valuesSide);
    void updateActions();
    void updateCount();
    QStringList selectedIds() const;
    void onCurrentRowChanged();
    void loadIntoEditor(const QString &valueId);
    void showInEditor(const StitchValue &value);
    void track(CallChain *chain, std::function<void()> done);
    void askName(const QString &title, const QString &label, const QString &initial,
                 std::function<void(const QString &)> done);
    //! Selects and opens the value of this name once the list has it.
    void selectAfterReload(QString name);

    ValueListModel *m_model;
    ListFilterProxy *m_proxy;
    ListFilterBinding *m_filterBinding = nullptr;
    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    ErrorBanner *m_banner;
    QLabel *m_editorTitle;
    QCheckBox *m_private;
    JsonEditor *m_editor;
    QLabel *m_validity;
    QPushButton *m_save;
    QPushButton *m_revert;
    SecretsPane *m_secrets = nullptr;
    QTabWidget *m_tabs = nullptr;
    StitchValue m_shown; //!< as the server last had it
    QPointer<ApiJob> m_loadJob;
    int m_pendingCalls = 0;
    bool m_listErrorShown = false;
    QString m_selectAfterReload; //!< a name
};
