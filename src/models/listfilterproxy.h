#pragma once

#include <QSortFilterProxyModel>

class ListModelBase;

//! The filter and sort every list panel puts between its ListModel and its view: the text
//! matches any column, case-insensitively; columns sort by ListModelBase::SortRole. It says how
//! many rows match out of how many ("100 of 10,000"), and whether the filter covers every item
//! or only the pages loaded so far.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ListFilterProxy(ListModelBase *source, QObject *parent = nullptr);

    ListModelBase *list() const { return m_list; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    //! "12 of 340", "340 functions" style text for the label beside the filter; names the
    //! items with noun (e.g. tr("%n value(s)")) when nothing is filtered.
    QString countText(const QString &noun) const;
    //! True when a filter is set but the list is paged and not complete.
    bool filterIsPartial() const;

signals:
    //! The number of rows shown or of items held changed.
    void countChanged();

private:
    ListModelBase *m_list;
    QString m_text;
};
