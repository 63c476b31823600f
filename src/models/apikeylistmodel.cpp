#include "apikeylistmodel.h"

namespace {

template<typename T> ListColumn<T> textColumn(const QString &title, QString (*field)(const T &))
{
    return { title, [field](const T &row, int role) -> QVariant {
                return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(field(row))
                                                                          : QVariant();
            } };
}

ListModel<ApiKey>::Spec keysSpec()
{
    ListModel<ApiKey>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return apikeycalls::list(client, groupId, appId); };
    spec.idOf = [](const ApiKey &key) { return key.id; };
    spec.columns = {
        textColumn<ApiKey>(ApiKeyListModel::tr("Name"), [](const ApiKey &k) { return k.name; }),
        { ApiKeyListModel::tr("Enabled"),
          [](const ApiKey &key, int role) -> QVariant {
              if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                  return key.disabled ? ApiKeyListModel::tr("disabled")
                                      : ApiKeyListModel::tr("enabled");
              if (role == ListModelBase::SortRole)
                  return !key.disabled;
              return {};
          } },
        textColumn<ApiKey>(ApiKeyListModel::tr("ID"), [](const ApiKey &k) { return k.id; }),
    };
    return spec;
}

ListModel<PendingUser>::Spec pendingSpec()
{
    ListModel<PendingUser>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return registrationcalls::listPending(client, groupId, appId); };
    spec.idOf = [](const PendingUser &user) { return user.email; };
    spec.columns = {
        textColumn<PendingUser>(PendingUserListModel::tr("Email"),
                                [](const PendingUser &u) { return u.email; }),
        textColumn<PendingUser>(PendingUserListModel::tr("ID"),
                                [](const PendingUser &u) { return u.id; }),
    };
    return spec;
}

} // namespace

ApiKeyListModel::ApiKeyListModel(ApiClient *client, QObject *parent)
    : ListModel<ApiKey>(client, keysSpec(), parent)
{
}

PendingUserListModel::PendingUserListModel(ApiClient *client, QObject *parent)
    : ListModel<PendingUser>(client, pendingSpec(), parent)
{
}
