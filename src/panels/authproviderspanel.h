#pragma once

#include "docpanel.h"

#include <api/resourcedoc.h>

#include <QHash>
#include <QPointer>

class DocListModel;
class DocListPane;
class JsonEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

//! The auth providers of the current app: a filterable list (name, type, enabled); create and
//! edit with a form for local-userpass, api-key, anon-user and custom-function (its function
//! picked from the app's functions) and JSON for other types; enable, disable, delete.
class AuthProvidersPanel : public DocPanel
{
    Q_OBJECT
public:
    explicit AuthProvidersPanel(Session *session, QWidget *parent = nullptr);
    ~AuthProvidersPanel() override;

    DocListPane *list() const { return m_list; }
    DocListModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    //! The userpass form's text field of a config key (emailConfirmationUrl, ...).
    QLineEdit *userpassField(const QString &key) const { return m_userpass.value(key); }
    QCheckBox *autoConfirm() const { return m_autoConfirm; }
    QComboBox *authFunction() const { return m_authFunction; }
    JsonEditor *configEditor() const { return m_json; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    ResourceDoc shownProvider() const { return m_shown; }
    bool isCreating() const { return m_creating; }
    void openItem(const QString &providerId) override;
    //! The config the form describes; *problem is set when it is not valid.
    QJsonObject formConfig(QString *problem) const;

public slots:
    void refresh() override;
    void focusFilter() override;
    void newProvider();
    void saveProvider();
    void setSelectedEnabled(bool enabled);
    void deleteSelected();

protected:
    void reloadForContext() override;
    void busyChanged() override;

private:
    void updateActions();
    void load(const QString &providerId);
    void showDoc(const ResourceDoc &provider, bool creating);
    void showPage();
    void fillFunctions();

    DocListModel *m_model;
    DocListPane *m_list;
    QPushButton *m_new;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QLabel *m_editorTitle;
    QLineEdit *m_name;
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QHash<QString, QLineEdit *> m_userpass;
    QCheckBox *m_autoConfirm;
    QCheckBox *m_runConfirm;
    QComboBox *m_confirmFunction;
    QCheckBox *m_runReset;
    QComboBox *m_resetFunction;
    QComboBox *m_authFunction;
    JsonEditor *m_json;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    ResourceDoc m_shown;
    bool m_creating = false;
    QString m_selectAfterReload;
    QPointer<ApiJob> m_loadJob;
};
