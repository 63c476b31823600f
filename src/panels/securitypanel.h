#pragma once

#include "panel.h"

#include <QPointer>
#include <QStringList>

class ApiJob;
class BusyIndicator;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;

//! The current app's allowed request origins as an editable list: add (checked as typed),
//! edit in place (F2), remove; every origin is checked to be scheme://host[:port] before Save,
//! which replaces the server's whole list.
class SecurityPanel : public Panel
{
    Q_OBJECT
public:
    explicit SecurityPanel(Session *session, QWidget *parent = nullptr);
    ~SecurityPanel() override;

    QStringListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    //! The origins as the server last had them.
    QStringList savedOrigins() const { return m_saved; }
    QStringList editedOrigins() const;
    //! A load or a save is in flight.
    bool isBusy() const { return !m_job.isNull(); }
    bool hasUnsavedChanges() const override;
    void discardUnsaved() override { revert(); }

public slots:
    void refresh() override;
    void focusFilter() override;
    //! Adds the origin typed in the add field, when it is one.
    void addOrigin();
    void removeSelected();
    void save();
    void revert();

private:
    void setOrigins(const QStringList &origins);
    void updateActions();

    QStringListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_filter;
    QLabel *m_count;
    QListView *m_list;
    QLineEdit *m_newOrigin;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    ErrorBanner *m_banner;
    QStringList m_saved;
    QString m_groupId;
    QString m_appId;
    QPointer<ApiJob> m_job;
};
