#include "userlistmodel.h"

#include <api/usercalls.h>

namespace {

ListModel<AppUser>::Spec usersSpec()
{
    ListModel<AppUser>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &after) { return usercalls::list(client, groupId, appId, after); };
    spec.idOf = [](const AppUser &user) { return user.id; };
    spec.pageSize = UserListModel::PageSize;
    auto text = [](QString (*field)(const AppUser &)) {
        return [field](const AppUser &user, int role) -> QVariant {
            return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(field(user))
                                                                      : QVariant();
        };
    };
    const auto disabled = [](const AppUser &user, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return user.disabled ? UserListModel::tr("disabled") : QString();
        if (role == Qt::AccessibleTextRole)
            return user.disabled ? UserListModel::tr("disabled") : UserListModel::tr("enabled");
        if (role == ListModelBase::SortRole)
            return user.disabled;
        return {};
    };
    spec.columns = {
        { UserListModel::tr("Name"), text([](const AppUser &u) { return u.displayName(); }) },
        { UserListModel::tr("ID"), text([](const AppUser &u) { return u.id; }) },
        { UserListModel::tr("Type"), text([](const AppUser &u) { return u.type; }) },
        { UserListModel::tr("Disabled"), disabled },
    };
    return spec;
}

} // namespace

UserListModel::UserListModel(ApiClient *client, QObject *parent)
    : ListModel<AppUser>(client, usersSpec(), parent)
{
}
