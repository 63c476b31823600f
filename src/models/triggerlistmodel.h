#pragma once

#include "listmodel.h"

#include <api/triggercalls.h>

#include <QCoreApplication>
#include <QSet>

//! The triggers of one app: name, type, function, enabled, suspended, last modified. A
//! suspended trigger's row stands out (a warning icon and the palette's link-visited colour);
//! a trigger whose function no longer exists shows its function as missing once the app's
//! function ids are known (setFunctionIds).
class TriggerListModel : public ListModel<StitchTrigger>
{
    Q_DECLARE_TR_FUNCTIONS(TriggerListModel)
public:
    enum Column {
        NameColumn,
        TypeColumn,
        FunctionColumn,
        EnabledColumn,
        SuspendedColumn,
        LastModifiedColumn,
        ColumnCount
    };
    enum Role {
        TriggerIdRole = IdRole,
        SuspendedRole = FirstCustomRole, //!< bool
        EnabledRole, //!< bool
        BrokenRole, //!< bool: its function is gone
        TypeRole, //!< the API's type string
    };

    explicit TriggerListModel(ApiClient *client, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    StitchTrigger triggerAt(int row) const { return itemAt(row); }
    int rowOf(const QString &triggerId) const { return rowOfId(triggerId); }
    int suspendedCount() const;
    //! The app's function ids; a trigger naming none of them is broken. An empty set with
    //! known=false means "not known yet": nothing is marked.
    void setFunctionIds(const QSet<QString> &ids, bool known = true);
    bool isBroken(const StitchTrigger &trigger) const;
    //! "Database", "Authentication", "Scheduled" for the API's type.
    static QString typeTitle(const QString &type);

private:
    QSet<QString> m_functionIds;
    bool m_functionsKnown = false;
};
