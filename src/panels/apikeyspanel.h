#pragma once

#include "panel.h"

#include <functional>

class ApiKeyListModel;
class BusyIndicator;
class CallChain;
class ErrorBanner;
class ListFilterBinding;
class ListFilterProxy;
class QLabel;
class QLineEdit;
class QPushButton;
class QGroupBox;
class QTableView;
class StatusLabel;

//! The API keys of the current app: a filterable list (name, enabled); the selected key's
//! details, fetched by id (never its secret); create (the key is shown once, in a dialog with a
//! copy button, and kept nowhere), enable, disable, delete (one confirmation for every selected
//! key).
class ApiKeysPanel : public Panel
{
    Q_OBJECT
public:
    explicit ApiKeysPanel(Session *session, QWidget *parent = nullptr);

    ApiKeyListModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QGroupBox *detailBox() const { return m_detail; }
    //! What the detail shows: "Name: …", the id, the state, or why it shows nothing.
    StatusLabel *detailName() const { return m_detailName; }
    StatusLabel *detailId() const { return m_detailId; }
    StatusLabel *detailState() const { return m_detailState; }
    StatusLabel *detailStatus() const { return m_detailStatus; }
    void openItem(const QString &keyId) override;

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Asks for a name (checked as typed), then creates the key and shows it once.
    void newKey();
    void createKey(const QString &name);
    void enableSelected() { setSelectedEnabled(true); }
    void disableSelected() { setSelectedEnabled(false); }
    void deleteSelected();
    void deleteKeys(const QStringList &keyIds);

protected:
    void reloadForContext() override;

private:
    void setSelectedEnabled(bool enabled);
    void showKeyOnce(const QString &name, const QString &key);
    //! Fetches the one selected key (GET api_keys/{id}) into the detail; clears it otherwise.
    void loadDetail();
    void updateActions();
    QStringList selectedIds() const;
    void track(CallChain *chain, std::function<void()> done);

    ApiKeyListModel *m_model;
    ListFilterProxy *m_proxy;
    ListFilterBinding *m_filterBinding = nullptr;
    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    QGroupBox *m_detail;
    StatusLabel *m_detailName;
    StatusLabel *m_detailId;
    StatusLabel *m_detailState;
    StatusLabel *m_detailStatus;
    QString m_detailKeyId; // the key the detail shows or is loading
    QString m_detailGone; // why the detail went empty: its key was deleted elsewhere
    ErrorBanner *m_banner;
    int m_pendingCalls = 0;
    bool m_loadErrorShown = false;
    QString m_selectAfterReload;
};
