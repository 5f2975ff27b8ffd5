#include "schematreemodel.h"

#include "model/schema.h"
#include "schemaicons.h"
#include "schematreebuilder.h"

namespace strata {

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<SchemaTreeNode>())
{}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setRealm(const Realm &realm)
{
    beginResetModel();
    m_root = buildSchemaTree(realm);
    m_tableCount = realm.tableCount();
    endResetModel();
}

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<SchemaTreeNode>();
    m_tableCount = 0;
    endResetModel();
}

QModelIndex SchemaTreeModel::tableIndex(const QString &schema, const QString &table) const
{
    for (const auto &schemaNode : m_root->children) {
        if (schemaNode->name != schema)
            continue;
        for (const auto &tableNode : schemaNode->children) {
            if (tableNode->name == table)
                return createIndex(tableNode->row, NameColumn, tableNode.get());
        }
    }
    return {};
}

const SchemaTreeNode *SchemaTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<const SchemaTreeNode *>(index.internalPointer());
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const SchemaTreeNode *parentNode = nodeAt(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const SchemaTreeNode *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, NameColumn, parentNode);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::displayText(const SchemaTreeNode &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.name;
    case TypeColumn:
        return node.type;
    case DetailColumn:
        return node.detail;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SchemaTreeNode &node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node, index.column());
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(schemaNodeIcon(node)) : QVariant();
    case KindRole:
        return int(node.kind);
    case SchemaNameRole:
        return node.schemaName;
    case TableNameRole:
        return node.tableName;
    case ObjectNameRole:
        return node.objectName;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace strata
