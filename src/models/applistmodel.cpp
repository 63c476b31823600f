#include "applistmodel.h"

#include <api/apiclient.h>
#include <api/appcalls.h>

AppListModel::AppListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AppListModel::~AppListModel()
{
    abandon();
}

int AppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const App &app = m_apps.at(index.row());
    if (role == AppIdRole)
        return app.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return app.name;
    case ClientAppIdColumn:
        return app.clientAppId;
    case LocationColumn:
        return app.location;
    case DeploymentModelColumn:
        return app.deploymentModel;
    }
    return {};
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClientAppIdColumn:
        return tr("Client app ID");
    case LocationColumn:
        return tr("Location");
    case DeploymentModelColumn:
        return tr("Deployment model");
    }
    return {};
}

App AppListModel::appAt(int row) const
{
    return row >= 0 && row < m_apps.size() ? m_apps.at(row) : App();
}

int AppListModel::rowOf(const QString &appId) const
{
    for (int row = 0; row < m_apps.size(); ++row) {
        if (m_apps.at(row).id == appId)
            return row;
    }
    return -1;
}

void AppListModel::reload(const QString &groupId)
{
    const bool wasLoading = isLoading();
    abandon();
    if (groupId != m_groupId && !m_apps.isEmpty()) {
        // Rows of another group must not linger while the new group loads.
        beginResetModel();
        m_apps.clear();
        endResetModel();
    }
    m_groupId = groupId;
    if (groupId.isEmpty()) {
        if (wasLoading)
            emit loadingChanged(false);
        return;
    }
    m_job = appcalls::list(*m_client, groupId);
    connect(m_job, &ApiJob::finished, this, &AppListModel::onFinished);
    if (!wasLoading)
        emit loadingChanged(true);
}

void AppListModel::refresh()
{
    reload(m_groupId);
}

void AppListModel::clear()
{
    const bool wasLoading = isLoading();
    abandon();
    m_groupId.clear();
    if (!m_apps.isEmpty()) {
        beginResetModel();
        m_apps.clear();
        endResetModel();
    }
    if (wasLoading)
        emit loadingChanged(false);
}

void AppListModel::abandon()
{
    ApiJob::abandonFor(this, m_job);
}

void AppListModel::onFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->ok()) {
        beginResetModel();
        m_apps = static_cast<Job<QList<App>> *>(job)->result();
        endResetModel();
        emit loadingChanged(false);
        emit reloaded();
        return;
    }
    emit loadingChanged(false);
    emit errorOccurred(job->error());
}
