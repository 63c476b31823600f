#pragma once

#include "panel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class ApiJob;
class ErrorBanner;
class BusyIndicator;
class QFormLayout;
class QLabel;
class QPushButton;

//! The landing page of an app: its details (client app id, location, deployment model, product,
//! last deployment) and how many of each resource it holds, each with a button that opens the
//! panel of that resource.
class OverviewPanel : public Panel
{
    Q_OBJECT
public:
    explicit OverviewPanel(Session *session, QWidget *parent = nullptr);
    ~OverviewPanel() override;

    //! The count shown for the resource of this panel id ("functions", "users"...): a number,
    //! "50+", "…" while loading, "?" after an error.
    QString countText(const QString &panelId) const;
    //! The button that opens the resource's panel.
    QPushButton *linkFor(const QString &panelId) const;
    QString detailText(const QString &field) const;

public slots:
    void refresh() override;
    void focusFilter() override;

protected:
    void reloadForContext() override;

private:
    struct Resource
    {
        QString panelId;
        QString title;
        QStringList path; //!< the list under the app to count; empty: a shared model or none
        QLabel *count = nullptr;
        QPushButton *link = nullptr;
    };
    void showShared();
    void setCount(const QString &panelId, const QString &text);
    void setDetail(const QString &field, const QString &text);
    void abandonAll();

    QLabel *m_title;
    QLabel *m_hint;
    ErrorBanner *m_banner;
    BusyIndicator *m_busy;
    QPushButton *m_refresh;
    QFormLayout *m_details;
    QHash<QString, QLabel *> m_detailLabels;
    QList<Resource> m_resources;
    QList<QPointer<ApiJob>> m_jobs;
};
