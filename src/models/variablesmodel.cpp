#include "variablesmodel.h"

#include <api/debuggerclient.h>

VariablesModel::VariablesModel(DebuggerClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{
    m_root.fetched = true;
}

VariablesModel::~VariablesModel() = default;

QString VariablesModel::scopeTitle(const DebugScope &scope)
{
    if (scope.type == QLatin1String("local"))
        return tr("Local");
    if (scope.type == QLatin1String("closure"))
        return scope.name.isEmpty() ? tr("Closure") : tr("Closure (%1)").arg(scope.name);
    if (scope.type == QLatin1String("block"))
        return tr("Block");
    if (scope.type == QLatin1String("catch"))
        return tr("Catch");
    return scope.type;
}

void VariablesModel::setFrame(const CallFrame &frame)
{
    beginResetModel();
    ++m_generation;
    m_root.children.clear();
    for (const DebugScope &scope : frame.scopes) {
        // The global scope is the runtime's: hundreds of built-ins, nothing of the user's.
        if (scope.type == QLatin1String("global") || scope.type == QLatin1String("script")
            || scope.type == QLatin1String("module"))
            continue;
        auto node = std::make_unique<Node>();
        node->name = scopeTitle(scope);
        node->value.type = QStringLiteral("object");
        node->value.objectId = scope.objectId;
        node->isScope = true;
        node->parent = &m_root;
        m_root.children.push_back(std::move(node));
    }
    endResetModel();
}

void VariablesModel::setClient(DebuggerClient *client)
{
    clear();
    m_client = client;
}

void VariablesModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_root.children.clear();
    endResetModel();
}

VariablesModel::Node *VariablesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex VariablesModel::indexOf(Node *node) const
{
    if (!node || node == &m_root || !node->parent)
        return {};
    const auto &siblings = node->parent->children;
    for (size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == node)
            return createIndex(int(row), 0, node);
    }
    return {};
}

QModelIndex VariablesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *owner = nodeOf(parent);
    return createIndex(row, column, owner->children.at(size_t(row)).get());
}

QModelIndex VariablesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int VariablesModel::columnCount(const QModelIndex &) const
{
    return 2;
}

bool VariablesModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->fetched ? !node->children.empty() : node->value.isExpandable();
}

bool VariablesModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->value.isExpandable() && !node->fetched && !node->fetching && m_client;
}

void VariablesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    node->fetching = true;
    if (m_loading++ == 0)
        emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_client->properties(node->value.objectId)
        ->onFinished(this, [this, node, generation](DebugCall<QList<PropertyInfo>> *call) {
            if (--m_loading == 0)
                emit loadingChanged(false);
            if (generation != m_generation)
                return; // node is gone with the frame it belonged to
            node->fetching = false;
            node->fetched = true;
            const QModelIndex at = indexOf(node);
            QList<PropertyInfo> properties = call->ok() ? call->result() : QList<PropertyInfo>();
            if (!call->ok()) {
                PropertyInfo failed;
                failed.name = tr("(not available)");
                failed.value.type = QStringLiteral("string");
                failed.value.value = call->error();
                properties.append(failed);
            }
            if (properties.isEmpty()) {
                // No children after all: the expander goes away.
                emit dataChanged(at, at.siblingAtColumn(1));
                return;
            }
            beginInsertRows(at, 0, int(properties.size()) - 1);
            for (const PropertyInfo &property : std::as_const(properties)) {
                auto child = std::make_unique<Node>();
                child->name = property.name;
                child->value = property.value;
                child->parent = node;
                node->children.push_back(std::move(child));
            }
            endInsertRows();
        });
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == 0)
            return node->name;
        return node->isScope ? QString() : node->value.display();
    }
    if (role == Qt::AccessibleTextRole)
        return node->isScope ? node->name : node->name + QStringLiteral(": ") + node->value.display();
    return {};
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Value");
}
