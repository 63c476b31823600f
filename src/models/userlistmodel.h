#pragma once

#include "listmodel.h"

#include <api/functiontypes.h>

#include <QCoreApplication>

//! The users of one app (id, name or email, type, disabled). The server pages this list, so it
//! grows a page at a time through fetchMore(); a filter over it covers the loaded pages only.
class UserListModel : public ListModel<AppUser>
{
    Q_DECLARE_TR_FUNCTIONS(UserListModel)
public:
    enum Column { NameColumn, IdColumn, TypeColumn, DisabledColumn };
    //! The reference's page size for GET .../users.
    static constexpr int PageSize = 50;

    explicit UserListModel(ApiClient *client, QObject *parent = nullptr);
    AppUser userAt(int row) const { return itemAt(row); }
};
