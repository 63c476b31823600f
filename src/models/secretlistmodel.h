#pragma once

#include "listmodel.h"

#include <api/secretcalls.h>

#include <QCoreApplication>

//! The secrets of one app, by name. The list call carries no values, and nothing here holds one:
//! a secret's value is write-only.
class SecretListModel : public ListModel<Secret>
{
    Q_DECLARE_TR_FUNCTIONS(SecretListModel)
public:
    enum Column { NameColumn };
    explicit SecretListModel(ApiClient *client, QObject *parent = nullptr);

    QStringList names() const;
};
