#pragma once

#include <api/resourcedoc.h>

#include <QPointer>
#include <QWidget>

class CodeEditor;
class DocListModel;
class DocListPane;
class JsonEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class ServicesPanel;
class StatusLabel;

//! The rules of the service the Services panel shows: list; create and edit {name, actions,
//! when as JSON}; delete (one confirmation for every selected rule).
class ServiceRulesTab : public QWidget
{
    Q_OBJECT
public:
    ServiceRulesTab(ServicesPanel *panel, QWidget *parent);
    ~ServiceRulesTab() override;

    DocListPane *list() const { return m_list; }
    DocListModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *actionsEdit() const { return m_actions; }
    JsonEditor *whenEditor() const { return m_when; }
    QPushButton *saveButton() const { return m_save; }
    ResourceDoc shownRule() const { return m_shown; }
    void setService(const ResourceDoc &service);

public slots:
    void newRule();
    void saveRule();
    void deleteSelected();

private:
    void updateActions();
    void load(const QString &ruleId);
    void showDoc(const ResourceDoc &rule, bool creating);
    QString problem() const;
    void reload();

    ServicesPanel *m_panel;
    DocListModel *m_model;
    DocListPane *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_title;
    QLineEdit *m_name;
    QLineEdit *m_actions;
    JsonEditor *m_when;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QString m_serviceId;
    ResourceDoc m_shown;
    bool m_creating = false;
    QString m_selectAfterReload;
    QPointer<ApiJob> m_loadJob;
};

//! The incoming webhooks of the service the Services panel shows: list; create and edit (name,
//! function source with completion, respond_result, HTTP method, secret options with the
//! secret masked and revealable); the URL to copy; "Send test request" and its answer.
class ServiceWebhooksTab : public QWidget
{
    Q_OBJECT
public:
    ServiceWebhooksTab(ServicesPanel *panel, QWidget *parent);
    ~ServiceWebhooksTab() override;

    DocListPane *list() const { return m_list; }
    DocListModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    CodeEditor *sourceEditor() const { return m_source; }
    QCheckBox *respondResult() const { return m_respond; }
    QComboBox *validation() const { return m_validation; }
    QLineEdit *secretEdit() const { return m_secret; }
    QToolButton *revealButton() const { return m_reveal; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    JsonEditor *testBody() const { return m_testBody; }
    StatusLabel *testStatus() const { return m_testStatus; }
    QPlainTextEdit *testAnswer() const { return m_testAnswer; }
    ResourceDoc shownWebhook() const { return m_shown; }
    void setService(const ResourceDoc &service);

public slots:
    void newWebhook();
    void saveWebhook();
    void deleteSelected();
    void sendTestRequest();
    void copyUrl();

private:
    void updateActions();
    void updateCompletion();
    void load(const QString &webhookId);
    void showDoc(const ResourceDoc &webhook, bool creating);
    QJsonObject body() const;
    QString problem() const;
    void reload();

    ServicesPanel *m_panel;
    DocListModel *m_model;
    DocListPane *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_title;
    QLineEdit *m_name;
    QComboBox *m_httpMethod;
    QCheckBox *m_respond;
    QComboBox *m_validation;
    QLineEdit *m_secret;
    QToolButton *m_reveal;
    QLineEdit *m_url;
    QPushButton *m_copy;
    CodeEditor *m_source;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    JsonEditor *m_testBody;
    QPushButton *m_test;
    StatusLabel *m_testStatus;
    QPlainTextEdit *m_testAnswer;
    ResourceDoc m_service;
    ResourceDoc m_shown;
    bool m_creating = false;
    QString m_selectAfterReload;
    QPointer<ApiJob> m_loadJob;
};
