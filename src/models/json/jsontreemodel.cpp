#include "jsontreemodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key;
    QJsonValue value;
    QString shownValue;
    QString typeName;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

struct Plain
{
    QString text;
    QString type;
};

// Canonical and relaxed Extended JSON v2 wrappers that stand for one scalar.
bool plainFromExtendedJson(const QJsonObject &object, Plain *plain)
{
    if (object.size() != 1)
        return false;
    const QString key = object.begin().key();
    const QJsonValue inner = object.begin().value();
    static const QList<QPair<QLatin1String, QLatin1String>> numbers = {
        { QLatin1String("$numberInt"), QLatin1String("int32") },
        { QLatin1String("$numberLong"), QLatin1String("int64") },
        { QLatin1String("$numberDouble"), QLatin1String("double") },
        { QLatin1String("$numberDecimal"), QLatin1String("decimal128") },
        { QLatin1String("$oid"), QLatin1String("ObjectId") },
        { QLatin1String("$symbol"), QLatin1String("symbol") },
    };
    for (const auto &[wrapper, type] : numbers) {
        if (key == wrapper && inner.isString()) {
            *plain = { inner.toString(), type };
            // Run results carry every JavaScript number as a double: 800 reads as "800", as the
            // user wrote it, whether the server wrote "800" or the canonical "800.0".
            if (key == QLatin1String("$numberDouble") && plain->text.endsWith(QLatin1String(".0"))
                && plain->text != QLatin1String("-0.0"))
                plain->text.chop(2);
            return true;
        }
    }
    if (key == QLatin1String("$date")) {
        qint64 msecs = 0;
        if (inner.isObject() && inner.toObject().value(QLatin1String("$numberLong")).isString()) {
            bool ok = false;
            msecs = inner.toObject().value(QLatin1String("$numberLong")).toString().toLongLong(&ok);
            if (!ok)
                return false;
        } else if (inner.isString()) {
            const QDateTime parsed = QDateTime::fromString(inner.toString(), Qt::ISODateWithMs);
            if (!parsed.isValid())
                return false;
            msecs = parsed.toMSecsSinceEpoch();
        } else if (inner.isDouble()) {
            msecs = qint64(inner.toDouble());
        } else {
            return false;
        }
        *plain = { QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs),
                   QStringLiteral("date") };
        return true;
    }
    return false;
}

QString rawText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Wrapping a scalar in an array is the one way QJsonDocument writes it with JSON escaping.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void fill(JsonTreeModel::Node *node);

std::unique_ptr<JsonTreeModel::Node> makeNode(JsonTreeModel::Node *parent, int row,
                                              const QString &key, const QJsonValue &value)
{
    auto node = std::make_unique<JsonTreeModel::Node>();
    node->parent = parent;
    node->row = row;
    node->key = key;
    node->value = value;
    fill(node.get());
    return node;
}

void fill(JsonTreeModel::Node *node)
{
    const QJsonValue &value = node->value;
    Plain plain;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (plainFromExtendedJson(object, &plain)) {
            node->shownValue = plain.text;
            node->typeName = plain.type;
            return;
        }
        node->typeName = QStringLiteral("object");
        node->shownValue = JsonTreeModel::tr("{%n field(s)}", nullptr, int(object.size()));
        int row = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++row)
            node->children.push_back(makeNode(node, row, it.key(), it.value()));
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        node->typeName = QStringLiteral("array");
        node->shownValue = JsonTreeModel::tr("[%n item(s)]", nullptr, int(array.size()));
        for (int row = 0; row < array.size(); ++row)
            node->children.push_back(makeNode(node, row, QString::number(row), array.at(row)));
        return;
    }
    case QJsonValue::String:
        node->typeName = QStringLiteral("string");
        node->shownValue = value.toString();
        return;
    case QJsonValue::Double:
        node->typeName = QStringLiteral("number");
        node->shownValue = rawText(value);
        return;
    case QJsonValue::Bool:
        node->typeName = QStringLiteral("bool");
        node->shownValue = rawText(value);
        return;
    case QJsonValue::Null:
        node->typeName = QStringLiteral("null");
        node->shownValue = QStringLiteral("null");
        return;
    case QJsonValue::Undefined:
        node->typeName = QStringLiteral("undefined");
        return;
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_value = value;
    m_root = std::make_unique<Node>();
    Plain unused;
    if (value.isArray()
        || (value.isObject() && !plainFromExtendedJson(value.toObject(), &unused))) {
        m_root->value = value;
        fill(m_root.get());
    } else if (!value.isUndefined()) {
        m_root->children.push_back(makeNode(m_root.get(), 0, QString(), value));
    }
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            return node->shownValue;
        case TypeColumn:
            return node->typeName;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return tr("%1 (%2)").arg(node->shownValue, node->typeName);
        return node->typeName;
    case RawTextRole:
        return rawText(node->value);
    case TypeNameRole:
        return node->typeName;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}
