#pragma once

#include "hostingsync.h"

#include <QAbstractTableModel>

//! The plan of a folder sync, one row per file: what happens to it (new, changed, unchanged,
//! only on the server, or unreadable with why as its tooltip), its remote path, its size. Set
//! whole with setPlan() (one reset), read straight from the plan as rows are painted.
class SyncPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, PathColumn, SizeColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, //!< SyncEntry::Kind as int
        UnreadableRole, //!< bool: the local file could not be read (it is skipped)
        SortRole, //!< the size in bytes for SizeColumn, the text otherwise
    };

    explicit SyncPlanModel(QObject *parent = nullptr);

    void setPlan(const SyncPlan &plan);
    void clear() { setPlan(SyncPlan()); }
    const SyncPlan &plan() const { return m_plan; }
    //! Entries whose local file could not be read.
    int unreadableCount() const { return m_unreadable; }
    static QString kindText(SyncEntry::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SyncPlan m_plan;
    int m_unreadable = 0;
};
