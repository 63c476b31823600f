#pragma once

#include "listmodel.h"

#include <api/drafttypes.h>

#include <QCoreApplication>

#include <memory>

//! The app's deployments, newest first (GET deployments): time, who, origin, status, error.
class DeploymentListModel : public ListModel<Deployment>
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentListModel)
public:
    enum Column { TimeColumn, WhoColumn, OriginColumn, StatusColumn, ErrorColumn };
    explicit DeploymentListModel(ApiClient *client, QObject *parent = nullptr);
    //! The signed-in admin's user id: their deployments read "you".
    void setSelfUserId(const QString &userId);
    Deployment deploymentAt(int row) const { return itemAt(row); }
    int rowOf(const QString &id) const { return rowOfId(id); }
    static QString timeText(qint64 deployedAt);

private:
    DeploymentListModel(ApiClient *client, std::shared_ptr<QString> self, QObject *parent);
    std::shared_ptr<QString> m_self;
};
