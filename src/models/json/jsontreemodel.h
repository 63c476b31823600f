#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

//! A Key/Value/Type tree over one JSON value that shows Extended JSON wrappers as plain values.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        //! The node's JSON text as received (Extended JSON kept), for copying.
        RawTextRole = Qt::UserRole + 1,
        //! The type name shown in the Type column ("int32", "object", ...).
        TypeNameRole,
    };

    // {"$numberInt": "800"} is one row "800" of type int32, not an object to expand; $numberLong,
    // $numberDouble, $numberDecimal, $date (shown as ISO text) and $oid likewise.
    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    //! Replaces the whole tree; objects and arrays at the top show their members as rows.
    void setJson(const QJsonValue &value);
    QJsonValue json() const { return m_value; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeFor(const QModelIndex &index) const;

    QJsonValue m_value;
    std::unique_ptr<Node> m_root;
};
