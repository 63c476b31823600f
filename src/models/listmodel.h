#pragma once

#include "listmodelbase.h"

#include <api/apijob.h>

#include <QList>

#include <functional>
#include <utility>

//! One column of a list model, described as data: its title and how a row shows in it for each
//! role (DisplayRole at least; ToolTipRole, SortRole, ... when the column wants them).
template<typename T> struct ListColumn
{
    QString title;
    std::function<QVariant(const T &row, int role)> value;
};

//! A list model over one Admin API list call, described by a Spec: the call, how to read an
//! item's id, and the columns. Everything else (reload, abandon, loading, errors, paging) is
//! ListModelBase's.
template<typename T> class ListModel : public ListModelBase
{
public:
    struct Spec
    {
        //! Starts the list call; after is empty for the first page.
        std::function<Job<QList<T>> *(ApiClient &, const QString &groupId, const QString &appId,
                                      const QString &after)>
            load;
        std::function<QString(const T &)> idOf;
        QList<ListColumn<T>> columns;
        int pageSize = 0; //!< 0: the server returns the whole list
    };

    ListModel(ApiClient *client, Spec spec, QObject *parent = nullptr)
        : ListModelBase(client, spec.pageSize, parent)
        , m_spec(std::move(spec))
    {
    }

    const QList<T> &items() const { return m_items; }
    //! The item at row, or a default T when out of range.
    T itemAt(int row) const { return row >= 0 && row < m_items.size() ? m_items.at(row) : T(); }
    //! Replaces one row with what a write made of it (no reload: a paged list keeps its pages).
    void updateItem(int row, const T &item)
    {
        if (row < 0 || row >= m_items.size())
            return;
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columns() - 1));
    }
    //! Drops one row the server no longer has (no reload: a paged list keeps its pages).
    void removeItem(int row)
    {
        if (row < 0 || row >= m_items.size())
            return;
        beginRemoveRows(QModelIndex(), row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }

protected:
    ApiJob *startLoad(const QString &groupId, const QString &appId, const QString &after) override
    {
        Job<QList<T>> *job = m_spec.load(*client(), groupId, appId, after);
        // Connected before the base's own handler, so the page is here when takeAnswer() runs
        // for this same finish; a finish the base ignores (abandoned) is never taken.
        job->onFinished(this, [this](Job<QList<T>> *done) { m_page = done->result(); });
        return job;
    }
    int takeAnswer(ApiJob *, bool first) override
    {
        const QList<T> page = std::exchange(m_page, {});
        if (first) {
            beginResetModel();
            m_items = page;
            endResetModel();
        } else if (!page.isEmpty()) {
            const int at = int(m_items.size());
            beginInsertRows(QModelIndex(), at, at + int(page.size()) - 1);
            m_items.append(page);
            endInsertRows();
        }
        return int(page.size());
    }
    void clearRows() override { m_items.clear(); }
    int itemCount() const override { return int(m_items.size()); }
    QString idAt(int row) const override { return m_spec.idOf(m_items.at(row)); }
    int columns() const override { return int(m_spec.columns.size()); }
    QString columnTitle(int column) const override { return m_spec.columns.at(column).title; }
    QVariant cell(int row, int column, int role) const override
    {
        return m_spec.columns.at(column).value(m_items.at(row), role);
    }

private:
    Spec m_spec;
    QList<T> m_items;
    QList<T> m_page; //!< the answer being taken; empty between answers
};
