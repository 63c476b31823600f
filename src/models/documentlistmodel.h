#pragma once

#include "json/jsontreemodel.h"

#include <QJsonObject>
#include <QList>

//! One page of a collection's documents as a JSON tree: a top-level row per document, keyed by
//! its _id (an ObjectId as its hex, anything else as its value), whose children are the
//! document's fields, Extended JSON wrappers shown as plain values (JsonTreeModel's). Holds
//! only the page it is given: paging is the view's, the server's skip and limit.
class DocumentListModel : public JsonTreeModel
{
    Q_OBJECT
public:
    explicit DocumentListModel(QObject *parent = nullptr);

    //! Replaces the page: documents skip + 1 ... of total documents matching the filter.
    void setPage(const QList<QJsonObject> &documents, qint64 total, qint64 skip);
    void clear();

    qint64 total() const { return m_total; }
    qint64 skip() const { return m_skip; }
    int documentCount() const { return int(m_documents.size()); }
    //! The document of a top-level row (canonical Extended JSON, as the server sent it).
    QJsonObject document(int row) const;
    //! The row of the top-level document an index is in (-1 for none).
    int documentRow(const QModelIndex &index) const;
    //! Text for an _id: an ObjectId's hex, a string as is, anything else as compact JSON.
    static QString idText(const QJsonValue &id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_documents;
    qint64 m_total = 0;
    qint64 m_skip = 0;
};
