#pragma once

#include "listmodel.h"

#include <api/functiontypes.h>

#include <QCoreApplication>

//! The functions of one app as a table (name, private), held whole so a filter or a sort sees
//! every function, however many the app has.
class FunctionListModel : public ListModel<StitchFunction>
{
    Q_DECLARE_TR_FUNCTIONS(FunctionListModel)
public:
    enum Column { NameColumn, PrivateColumn, ColumnCount };
    enum Role { FunctionIdRole = IdRole, PrivateRole = FirstCustomRole };

    explicit FunctionListModel(ApiClient *client, QObject *parent = nullptr);

    StitchFunction functionAt(int row) const { return itemAt(row); }
    //! The row of the function with this _id, or -1.
    int rowOf(const QString &functionId) const { return rowOfId(functionId); }
    //! Every function name, in the server's order, for completion and the command palette.
    QStringList names() const;
};
