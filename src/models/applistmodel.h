#pragma once

#include "listmodel.h"

#include <api/types.h>

#include <QCoreApplication>

//! The apps of one group as a table: name, client app id, location, deployment model.
class AppListModel : public ListModel<App>
{
    Q_DECLARE_TR_FUNCTIONS(AppListModel)
public:
    enum Column { NameColumn, ClientAppIdColumn, LocationColumn, DeploymentModelColumn };
    enum Role { AppIdRole = IdRole };

    explicit AppListModel(ApiClient *client, QObject *parent = nullptr);

    App appAt(int row) const { return itemAt(row); }
    //! The row of the app with this _id, or -1.
    int rowOf(const QString &appId) const { return rowOfId(appId); }
};
