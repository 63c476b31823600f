#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantList>

class ListModelBase;

//! The filter and sort every list panel puts between its ListModel and its view: the text
//! matches any column (or the filter key column), case-insensitively; columns sort by
//! ListModelBase::SortRole. It says how many rows match out of how many ("100 of 10,000"), and
//! whether the filter covers every item or only the pages loaded so far.
//!
//! Quick at 10,000 rows: each row's filter text (its columns, case-folded, joined) and the sort
//! column's keys are read from the model once and kept, patched as rows come, change and go;
//! a key stroke is then one pass of substring tests, and a sort compares kept keys instead of
//! asking the model for two values per comparison.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString filterKeyOf(int row) const;
    QVariant sortKeyOf(int row, int column) const;
    void forgetKeys();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    ListModelBase *m_list;
    QString m_text;
    QString m_needle; //!< m_text case-folded
    // Kept per source row; empty until a filter or a sort first needs them.
    mutable QStringList m_filterKeys;
    mutable int m_filterKeysColumn = -2; //!< the filterKeyColumn() they were made for
    mutable int m_filterKeysRole = -1; //!< and the filterRole()
    mutable QVariantList m_sortKeys;
    mutable int m_sortKeysColumn = -1;
};
