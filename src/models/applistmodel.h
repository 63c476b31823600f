#pragma once

#include <api/apijob.h>
#include <api/types.h>

#include <QAbstractTableModel>
#include <QPointer>

class ApiClient;

//! The apps of one group as a table: name, client app id, location, deployment model.
//! reload() abandons the call still in flight, so only the newest answer ever lands.
class AppListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column {
        NameColumn,
        ClientAppIdColumn,
        LocationColumn,
        DeploymentModelColumn,
        ColumnCount
    };
    enum Role { AppIdRole = Qt::UserRole + 1 };

    explicit AppListModel(ApiClient *client, QObject *parent = nullptr);
    ~AppListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString groupId() const { return m_groupId; }
    bool isLoading() const { return m_job != nullptr; }
    App appAt(int row) const;
    //! The row of the app with this _id, or -1.
    int rowOf(const QString &appId) const;

public slots:
    void reload(const QString &groupId);
    //! Reloads the group last asked for.
    void refresh();
    //! Empties the table (signed out, no group).
    void clear();

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    //! A reload finished and its rows are in.
    void reloaded();

private:
    void abandon();
    void onFinished(ApiJob *job);

    ApiClient *m_client;
    QString m_groupId;
    QList<App> m_apps;
    QPointer<ApiJob> m_job;
};
