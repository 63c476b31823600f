#pragma once

#include "docpanel.h"

#include <api/resourcedoc.h>

#include <QHash>
#include <QPointer>

class DocListModel;
class DocListPane;
class JsonEditor;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class DataView;
class ServiceRulesTab;
class ServiceWebhooksTab;
class StatusLabel;

//! The services of the current app: a filterable list (name, type, version); for the selected
//! service, tabs for its configuration (known fields as a form, secrets masked and never sent
//! back unless replaced, the rest as JSON), its rules, its incoming webhooks, and a command
//! runner. Create (type-specific form), rename, delete (one confirmation for every selected).
class ServicesPanel : public DocPanel
{
    Q_OBJECT
public:
    explicit ServicesPanel(Session *session, QWidget *parent = nullptr);
    ~ServicesPanel() override;

    DocListPane *list() const { return m_list; }
    DocListModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    ServiceRulesTab *rulesTab() const { return m_rules; }
    ServiceWebhooksTab *webhooksTab() const { return m_webhooks; }
    DataView *dataView() const { return m_data; }
    //! The service shown in the tabs, as last read from the server.
    ResourceDoc shownService() const { return m_shown; }
    QLineEdit *nameEdit() const { return m_name; }
    //! The form's edit of a config key, or null.
    QLineEdit *configField(const QString &key) const { return m_fields.value(key); }
    JsonEditor *otherConfigEditor() const { return m_otherConfig; }
    QLineEdit *commandName() const { return m_commandName; }
    JsonEditor *commandArguments() const { return m_commandArgs; }
    QPlainTextEdit *commandAnswer() const { return m_commandAnswer; }
    StatusLabel *commandStatus() const { return m_commandStatus; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *runCommandButton() const { return m_run; }
    void openItem(const QString &serviceId) override;
    //! The configuration tab differs from the server's copy (rules and webhooks are not tracked).
    bool hasUnsavedChanges() const override;
    void discardUnsaved() override;

    //! The config PATCH body for the form as it is: changed keys only, secrets only when
    //! typed, null for removed keys. *problem is set when the form is not valid.
    QJsonObject configPatch(QString *problem) const;

public slots:
    void refresh() override;
    void focusFilter() override;
    void newService();
    void createService(const QString &name, const QString &type, const QJsonObject &config);
    void deleteSelected();
    void deleteServices(const QStringList &ids);
    void saveConfig();
    void runCommand();

protected:
    void reloadForContext() override;
    void busyChanged() override;

private:
    void buildConfigTab(QWidget *tab);
    void buildCommandTab(QWidget *tab);
    void updateActions();
    void loadService(const QString &serviceId);
    void showService(const ResourceDoc &service);

    DocListModel *m_model;
    DocListPane *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    QLabel *m_serviceTitle;
    QLineEdit *m_name;
    QLabel *m_type;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_fields;
    QStringList m_secretKeys;
    JsonEditor *m_otherConfig;
    QLabel *m_configProblem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLineEdit *m_commandName;
    JsonEditor *m_commandArgs;
    QPushButton *m_run;
    StatusLabel *m_commandStatus;
    QPlainTextEdit *m_commandAnswer;
    ServiceRulesTab *m_rules;
    ServiceWebhooksTab *m_webhooks;
    DataView *m_data; //!< stitch-local's documents of a MongoDB service
    ResourceDoc m_shown;
    QPointer<ApiJob> m_loadJob;
    QString m_selectAfterReload;
};
