#include "listfilterproxy.h"
#include "listmodelbase.h"

#include <QLocale>

ListFilterProxy::ListFilterProxy(ListModelBase *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_list(source)
{
    // Before setSourceModel: the kept keys must follow a change before the proxy's own handler
    // filters and sorts the changed rows with them.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ListFilterProxy::forgetKeys);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &ListFilterProxy::forgetKeys);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, &ListFilterProxy::forgetKeys);
    connect(source, &QAbstractItemModel::rowsInserted, this, &ListFilterProxy::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ListFilterProxy::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &ListFilterProxy::onDataChanged);
    setSourceModel(source);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ListModelBase::SortRole);
    // People paste ids as often as they type names: match every column.
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ListFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ListFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ListFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ListFilterProxy::countChanged);
    connect(source, &ListModelBase::loadingChanged, this, &ListFilterProxy::countChanged);
}

void ListFilterProxy::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_needle = text.toCaseFolded();
    invalidateFilter();
    emit countChanged();
}

QString ListFilterProxy::countText(const QString &noun) const
{
    const QLocale locale;
    const int total = m_list->rowCount();
    QString text = m_text.isEmpty() ? noun
        : rowCount() == 0 && total > 0
        ? tr("No matches among %1").arg(locale.toString(total))
        : tr("%1 of %2").arg(locale.toString(rowCount()), locale.toString(total));
    if (filterIsPartial())
        text += tr(" (loaded pages only)");
    return text;
}

bool ListFilterProxy::filterIsPartial() const
{
    return !m_text.isEmpty() && m_list->isPaged() && !m_list->isComplete();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    const int rows = m_list->rowCount();
    if (m_filterKeysColumn != filterKeyColumn() || m_filterKeysRole != filterRole()
        || m_filterKeys.size() != rows) {
        m_filterKeysColumn = filterKeyColumn();
        m_filterKeysRole = filterRole();
        m_filterKeys.clear();
        m_filterKeys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_filterKeys.append(filterKeyOf(row));
    }
    return sourceRow < m_filterKeys.size() && m_filterKeys.at(sourceRow).contains(m_needle);
}

bool ListFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    const int rows = m_list->rowCount();
    if (m_sortKeysColumn != column || m_sortKeys.size() != rows) {
        m_sortKeysColumn = column;
        m_sortKeys.clear();
        m_sortKeys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_sortKeys.append(sortKeyOf(row, column));
    }
    const QVariant &a = m_sortKeys.at(left.row());
    const QVariant &b = m_sortKeys.at(right.row());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        // Both case-folded already; read in place, no copy per comparison.
        return *static_cast<const QString *>(a.constData())
            < *static_cast<const QString *>(b.constData());
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

QString ListFilterProxy::filterKeyOf(int row) const
{
    const int column = filterKeyColumn();
    const int role = filterRole();
    if (column >= 0)
        return m_list->index(row, column).data(role).toString().toCaseFolded();
    QString key;
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c > 0)
            key += u'\n'; // a typed filter never holds one: no match across two columns
        key += m_list->index(row, c).data(role).toString();
    }
    return key.toCaseFolded();
}

QVariant ListFilterProxy::sortKeyOf(int row, int column) const
{
    const QVariant value = m_list->index(row, column).data(sortRole());
    if (value.userType() == QMetaType::QString && sortCaseSensitivity() == Qt::CaseInsensitive)
        return value.toString().toCaseFolded();
    return value;
}

void ListFilterProxy::forgetKeys()
{
    m_filterKeys.clear();
    m_filterKeysColumn = -2;
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
}

void ListFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Patched only while they were whole; otherwise the next filter or sort makes them anew.
    if (m_filterKeysColumn != -2 && m_filterKeys.size() == m_list->rowCount() - (last - first + 1)) {
        for (int row = first; row <= last; ++row)
            m_filterKeys.insert(row, filterKeyOf(row));
    } else {
        m_filterKeys.clear();
    }
    if (m_sortKeysColumn >= 0 && m_sortKeys.size() == m_list->rowCount() - (last - first + 1)) {
        for (int row = first; row <= last; ++row)
            m_sortKeys.insert(row, sortKeyOf(row, m_sortKeysColumn));
    } else {
        m_sortKeys.clear();
    }
}

void ListFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int removed = last - first + 1;
    if (m_filterKeys.size() == m_list->rowCount() + removed)
        m_filterKeys.remove(first, removed);
    else
        m_filterKeys.clear();
    if (m_sortKeys.size() == m_list->rowCount() + removed)
        m_sortKeys.remove(first, removed);
    else
        m_sortKeys.clear();
}

void ListFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < m_filterKeys.size())
            m_filterKeys[row] = filterKeyOf(row);
        if (row < m_sortKeys.size())
            m_sortKeys[row] = sortKeyOf(row, m_sortKeysColumn);
    }
}
