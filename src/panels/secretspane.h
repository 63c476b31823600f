#pragma once

#include <QWidget>

#include <functional>

class BusyIndicator;
class CallChain;
class ErrorBanner;
class QLabel;
class QPushButton;
class QTableView;
class SecretListModel;
class Session;

//! The Values panel's Secrets tab: the app's secrets by name; create (name and value), rename,
//! set a new value, delete (one confirmation for every selected secret), and make a value that
//! reads a secret (from_secret). A value is typed into a password field, sent, and cleared: it is
//! never displayed and never read back (the server answers none).
class SecretsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SecretsPane(Session *session, QWidget *parent = nullptr);

    SecretListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    //! The buttons, for the panel to bind as actions (palette, keyboard help, call table).
    QPushButton *newButton() const { return m_new; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *newValueButton() const { return m_newValue; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *refreshButton() const { return m_refresh; }

    //! Shows the secrets of this app (empty appId: none).
    void setApp(const QString &groupId, const QString &appId);

public slots:
    void refresh();
    //! Asks for a name and a value, then creates the secret.
    void newSecret();
    void createSecret(const QString &name, const QString &value);
    void renameSelected();
    //! Asks for a new value of the selected secret, then sends it.
    void newValueForSelected();
    void deleteSelected();
    void deleteSecrets(const QStringList &ids);
    //! Asks for a value name and a secret (the selected one first), then creates the value.
    void useSelectedInValue();
    void createValueFromSecret(const QString &valueName, const QString &secretName);

signals:
    //! A value reading a secret was created: the Values tab shows it.
    void valueCreated(const QString &name);
    void statusMessage(const QString &text);

private:
    void updateActions();
    QStringList selectedIds() const;
    QString nameOf(const QString &id) const;
    void track(CallChain *chain, std::function<void()> done);
    //! A dialog asking for a secret's name (when askName) and value; done gets both.
    void askSecret(const QString &title, const QString &forName, bool askName,
                   std::function<void(const QString &, const QString &)> done);

    Session *m_session;
    SecretListModel *m_model;
    QLabel *m_hint;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_newValue;
    QPushButton *m_delete;
    QPushButton *m_use;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    ErrorBanner *m_banner;
    int m_pendingCalls = 0;
    bool m_loadErrorShown = false;
};
