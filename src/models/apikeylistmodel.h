#pragma once

#include "listmodel.h"

#include <api/apikeycalls.h>
#include <api/registrationcalls.h>

#include <QCoreApplication>

//! The API keys of one app: name and whether each is enabled. The list never holds a key's
//! secret (the server shows it once, in the answer of the create call).
class ApiKeyListModel : public ListModel<ApiKey>
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyListModel)
public:
    enum Column { NameColumn, EnabledColumn, IdColumn };
    explicit ApiKeyListModel(ApiClient *client, QObject *parent = nullptr);
};

//! The pending registrations of one app (local-userpass users whose email is not confirmed).
class PendingUserListModel : public ListModel<PendingUser>
{
    Q_DECLARE_TR_FUNCTIONS(PendingUserListModel)
public:
    enum Column { EmailColumn, IdColumn };
    explicit PendingUserListModel(ApiClient *client, QObject *parent = nullptr);
};
