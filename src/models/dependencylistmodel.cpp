#include "dependencylistmodel.h"

namespace {

ListColumn<DependencyPackage> textColumn(const QString &title,
                                         QString (*field)(const DependencyPackage &))
{
    return { title, [field](const DependencyPackage &row, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole
                    || role == ListModelBase::SortRole)
                    return field(row);
                return {};
            } };
}

ListModel<DependencyPackage>::Spec packagesSpec()
{
    ListModel<DependencyPackage>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return dependencycalls::list(client, groupId, appId); };
    spec.idOf = [](const DependencyPackage &package) { return package.name; };
    spec.columns = {
        textColumn(DependencyListModel::tr("Package"),
                   [](const DependencyPackage &p) { return p.name; }),
        textColumn(DependencyListModel::tr("Version"),
                   [](const DependencyPackage &p) { return p.version; }),
    };
    return spec;
}

} // namespace

DependencyListModel::DependencyListModel(ApiClient *client, QObject *parent)
    : ListModel<DependencyPackage>(client, packagesSpec(), parent)
{
}

QStringList DependencyListModel::names() const
{
    QStringList result;
    for (const DependencyPackage &package : items())
        result.append(package.name);
    return result;
}
