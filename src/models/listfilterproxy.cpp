#include "listfilterproxy.h"
#include "listmodelbase.h"

#include <QLocale>

ListFilterProxy::ListFilterProxy(ListModelBase *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_list(source)
{
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
    connect(source, &ListModelBase::loadingChanged, this, &ListFilterProxy::countChanged);
}

void ListFilterProxy::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    setFilterFixedString(text);
    emit countChanged();
}

QString ListFilterProxy::countText(const QString &noun) const
{
    const QLocale locale;
    const int total = m_list->rowCount();
    QString text = m_text.isEmpty()
        ? noun
        : tr("%1 of %2").arg(locale.toString(rowCount()), locale.toString(total));
    if (filterIsPartial())
        text += tr(" (loaded pages only)");
    return text;
}

bool ListFilterProxy::filterIsPartial() const
{
    return !m_text.isEmpty() && m_list->isPaged() && !m_list->isComplete();
}
