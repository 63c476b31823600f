#include "secretlistmodel.h"

namespace {

ListModel<Secret>::Spec secretsSpec()
{
    ListModel<Secret>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return secretcalls::list(client, groupId, appId); };
    spec.idOf = [](const Secret &secret) { return secret.id; };
    spec.columns = {
        { SecretListModel::tr("Name"),
          [](const Secret &secret, int role) -> QVariant {
              if (role == Qt::DisplayRole || role == Qt::ToolTipRole
                  || role == ListModelBase::SortRole)
                  return secret.name;
              return {};
          } },
    };
    return spec;
}

} // namespace

SecretListModel::SecretListModel(ApiClient *client, QObject *parent)
    : ListModel<Secret>(client, secretsSpec(), parent)
{
}

QStringList SecretListModel::names() const
{
    QStringList result;
    for (const Secret &secret : items())
        result.append(secret.name);
    return result;
}
