#include "syncplanmodel.h"

#include <algorithm>

SyncPlanModel::SyncPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncPlanModel::setPlan(const SyncPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_unreadable = int(std::count_if(m_plan.entries.cbegin(), m_plan.entries.cend(),
                                     [](const SyncEntry &entry) {
                                         return !entry.local.error.isEmpty();
                                     }));
    endResetModel();
}

QString SyncPlanModel::kindText(SyncEntry::Kind kind)
{
    switch (kind) {
    case SyncEntry::New:
        return tr("new");
    case SyncEntry::Changed:
        return tr("changed");
    case SyncEntry::Unchanged:
        return tr("unchanged");
    case SyncEntry::OnlyOnServer:
        return tr("only on server");
    }
    return {};
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.entries.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncEntry &entry = m_plan.entries.at(index.row());
    const bool unreadable = !entry.local.error.isEmpty();
    const qint64 size
        = entry.kind == SyncEntry::OnlyOnServer ? entry.remote.size : entry.local.size;
    switch (role) {
    case KindRole:
        return int(entry.kind);
    case UnreadableRole:
        return unreadable;
    case Qt::ToolTipRole:
        return index.column() == ChangeColumn && unreadable ? QVariant(entry.local.error)
                                                            : QVariant();
    case SortRole:
        if (index.column() == SizeColumn)
            return size;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return unreadable ? tr("unreadable") : kindText(entry.kind);
        case PathColumn:
            return entry.remotePath;
        case SizeColumn:
            return hostingsync::sizeText(size);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    default:
        return {};
    }
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}
