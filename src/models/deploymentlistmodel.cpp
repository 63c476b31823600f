#include "deploymentlistmodel.h"

#include <api/draftcalls.h>

#include <QDateTime>

namespace {

ListModel<Deployment>::Spec deploymentsSpec(const std::shared_ptr<QString> &self)
{
    using M = DeploymentListModel;
    ListModel<Deployment>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return draftcalls::deployments(client, groupId, appId); };
    spec.idOf = [](const Deployment &d) { return d.id; };
    const auto time = [](const Deployment &d, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return M::timeText(d.deployedAt);
        if (role == Qt::ToolTipRole)
            return QDateTime::fromSecsSinceEpoch(d.deployedAt).toString(Qt::ISODate);
        if (role == ListModelBase::SortRole)
            return d.deployedAt;
        return {};
    };
    const auto who = [self](const Deployment &d, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == ListModelBase::SortRole)
            return !self->isEmpty() && d.userId == *self ? M::tr("you") : d.userId;
        if (role == Qt::ToolTipRole)
            return d.userId;
        return {};
    };
    const auto origin = [](const Deployment &d, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == ListModelBase::SortRole)
            return d.origin;
        return {};
    };
    const auto status = [](const Deployment &d, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == ListModelBase::SortRole)
            return d.status;
        return {};
    };
    const auto error = [](const Deployment &d, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ListModelBase::SortRole)
            return d.statusErrorMessage;
        return {};
    };
    spec.columns = { { M::tr("Time"), time },
                     { M::tr("Who"), who },
                     { M::tr("Origin"), origin },
                     { M::tr("Status"), status },
                     { M::tr("Error"), error } };
    return spec;
}

} // namespace

DeploymentListModel::DeploymentListModel(ApiClient *client, QObject *parent)
    : DeploymentListModel(client, std::make_shared<QString>(), parent)
{
}

DeploymentListModel::DeploymentListModel(ApiClient *client, std::shared_ptr<QString> self,
                                         QObject *parent)
    : ListModel<Deployment>(client, deploymentsSpec(self), parent)
    , m_self(std::move(self))
{
}

void DeploymentListModel::setSelfUserId(const QString &userId)
{
    if (*m_self == userId)
        return;
    *m_self = userId;
    if (rowCount() > 0)
        emit dataChanged(index(0, WhoColumn), index(rowCount() - 1, WhoColumn));
}

QString DeploymentListModel::timeText(qint64 deployedAt)
{
    if (deployedAt <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(deployedAt)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
