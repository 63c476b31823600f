#pragma once

#include "docpanel.h"

#include <api/resourcedoc.h>

#include <QPointer>

class DocListModel;
class DocListPane;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

//! The push notifications of the current app, as two lists by state (drafts, sent); create and
//! edit a draft (label, message, topic), send it (after a confirmation), delete, set the type.
class PushPanel : public DocPanel
{
    Q_OBJECT
public:
    explicit PushPanel(Session *session, QWidget *parent = nullptr);
    ~PushPanel() override;

    DocListPane *drafts() const { return m_drafts; }
    DocListPane *sent() const { return m_sent; }
    QTabWidget *stateTabs() const { return m_tabs; }
    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *typeCombo() const { return m_type; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *setTypeButton() const { return m_setType; }
    ResourceDoc shownMessage() const { return m_shown; }
    void openItem(const QString &messageId) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    void newMessage();
    void saveMessage();
    void sendShown();
    void setShownType();
    void deleteSelected();

protected:
    void reloadForContext() override;
    void busyChanged() override;

private:
    DocListPane *currentPane() const;
    void updateActions();
    void load(const QString &messageId);
    void showDoc(const ResourceDoc &message, bool creating);
    QString problem() const;
    void reloadLists();

    DocListModel *m_draftModel;
    DocListModel *m_sentModel;
    QTabWidget *m_tabs;
    DocListPane *m_drafts;
    DocListPane *m_sent;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QLabel *m_editorTitle;
    QLineEdit *m_label;
    QPlainTextEdit *m_message;
    QLineEdit *m_topic;
    QComboBox *m_type;
    QPushButton *m_setType;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_send;
    ResourceDoc m_shown;
    bool m_creating = false;
    QString m_selectAfterReload;
    QPointer<ApiJob> m_loadJob;
};
