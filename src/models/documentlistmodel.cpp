#include "documentlistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

DocumentListModel::DocumentListModel(QObject *parent)
    : JsonTreeModel(parent)
{
}

void DocumentListModel::setPage(const QList<QJsonObject> &documents, qint64 total, qint64 skip)
{
    m_documents = documents;
    m_total = total;
    m_skip = skip;
    QJsonArray array;
    for (const QJsonObject &document : documents)
        array.append(document);
    setJson(array);
}

void DocumentListModel::clear()
{
    setPage({}, 0, 0);
}

QJsonObject DocumentListModel::document(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row) : QJsonObject();
}

int DocumentListModel::documentRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    QModelIndex top = index;
    while (top.parent().isValid())
        top = top.parent();
    return top.row();
}

QString DocumentListModel::idText(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isObject()) {
        const QJsonObject object = id.toObject();
        if (object.size() == 1) {
            const QJsonValue inner = object.begin().value();
            // {"$oid": "…"}, {"$numberInt": "7"}, …: the value the wrapper stands for.
            if (object.begin().key().startsWith(u'$') && inner.isString())
                return inner.toString();
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { id }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && !index.parent().isValid() && index.column() == KeyColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QJsonObject document = this->document(index.row());
        if (document.contains(QLatin1String("_id")))
            return idText(document.value(QLatin1String("_id")));
        return tr("(no _id)");
    }
    return JsonTreeModel::data(index, role);
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == KeyColumn)
        return tr("_id / Field");
    return JsonTreeModel::headerData(section, orientation, role);
}
