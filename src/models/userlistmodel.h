#pragma once

#include "listmodel.h"

#include <api/functiontypes.h>

#include <QCoreApplication>

//! The users of one app (name or email, id, identities, type, created, last login, disabled).
//! The server pages this list, so it grows a page at a time through fetchMore(); a filter over
//! it covers the loaded pages only (fetchAll() loads the rest).
class UserListModel : public ListModel<AppUser>
{
    Q_DECLARE_TR_FUNCTIONS(UserListModel)
public:
    enum Column {
        NameColumn,
        IdColumn,
        IdentitiesColumn,
        TypeColumn,
        CreatedColumn,
        LastLoginColumn,
        DisabledColumn
    };
    //! Name, email, id, identities and type in one string (on NameColumn), for a filter that
    //! stays fast over 100,000 rows.
    enum Role { FilterTextRole = FirstCustomRole };
    //! The reference's page size for GET .../users.
    static constexpr int PageSize = 50;

    explicit UserListModel(ApiClient *client, QObject *parent = nullptr);
    AppUser userAt(int row) const { return itemAt(row); }
    //! A user enabled or disabled by the console: the row changes in place, the pages stay.
    void setDisabled(const QString &userId, bool disabled);
    //! A user deleted by the console: its row goes, the pages stay.
    void removeUser(const QString &userId);
};
