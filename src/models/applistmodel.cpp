#include "applistmodel.h"

#include <api/appcalls.h>

namespace {

ListModel<App>::Spec appsSpec()
{
    ListModel<App>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &, const QString &) {
        return appcalls::list(client, groupId);
    };
    spec.idOf = [](const App &app) { return app.id; };
    auto text = [](QString App::*field) {
        return [field](const App &app, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return app.*field;
            return {};
        };
    };
    spec.columns = { { AppListModel::tr("Name"), text(&App::name) },
                     { AppListModel::tr("Client app ID"), text(&App::clientAppId) },
                     { AppListModel::tr("Location"), text(&App::location) },
                     { AppListModel::tr("Deployment model"), text(&App::deploymentModel) } };
    return spec;
}

} // namespace

AppListModel::AppListModel(ApiClient *client, QObject *parent)
    : ListModel<App>(client, appsSpec(), parent)
{
}
