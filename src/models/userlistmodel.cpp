#include "userlistmodel.h"

#include <api/usercalls.h>

#include <QDateTime>
#include <QLocale>

namespace {

QVariant dateCell(qint64 seconds, int role, const QString &none)
{
    if (role == ListModelBase::SortRole)
        return seconds;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (seconds <= 0)
        return none;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds);
    return role == Qt::ToolTipRole ? QLocale().toString(when, QLocale::LongFormat)
                                   : when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

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
        { UserListModel::tr("Name"),
          [](const AppUser &user, int role) -> QVariant {
              if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                  return user.displayName();
              // What the Users filter matches, in one string: no date formatting per row.
              if (role == UserListModel::FilterTextRole)
                  return QStringList { user.displayName(), user.id,
                                       user.identities.join(QLatin1Char(' ')), user.type }
                      .join(QLatin1Char(' '));
              return {};
          } },
        { UserListModel::tr("ID"), text([](const AppUser &u) { return u.id; }) },
        { UserListModel::tr("Identities"),
          text([](const AppUser &u) { return u.identities.join(QStringLiteral(", ")); }) },
        { UserListModel::tr("Type"), text([](const AppUser &u) { return u.type; }) },
        { UserListModel::tr("Created"),
          [](const AppUser &u, int role) { return dateCell(u.created, role, QString()); } },
        { UserListModel::tr("Last login"),
          [](const AppUser &u, int role) {
              return dateCell(u.lastLogin, role, UserListModel::tr("never"));
          } },
        { UserListModel::tr("Disabled"), disabled },
    };
    return spec;
}

} // namespace

UserListModel::UserListModel(ApiClient *client, QObject *parent)
    : ListModel<AppUser>(client, usersSpec(), parent)
{
}

void UserListModel::setDisabled(const QString &userId, bool disabled)
{
    const int row = rowOfId(userId);
    if (row < 0)
        return;
    AppUser user = itemAt(row);
    user.disabled = disabled;
    user.raw.insert(QStringLiteral("disabled"), disabled);
    updateItem(row, user);
}

void UserListModel::removeUser(const QString &userId)
{
    removeItem(rowOfId(userId));
}
