#include "schemafilterproxymodel.h"

#include "schematreemodel.h"

namespace strata {

SchemaFilterProxyModel::SchemaFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(SchemaTreeModel::NameColumn);
}

bool SchemaFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterRegularExpression().pattern().isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (SchemaNodeKind(index.data(SchemaTreeModel::KindRole).toInt())) {
    case SchemaNodeKind::Schema:
    case SchemaNodeKind::ColumnGroup:
    case SchemaNodeKind::IndexGroup:
    case SchemaNodeKind::ForeignKeyGroup:
    case SchemaNodeKind::CheckGroup:
        return false;
    default:
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
}

} // namespace strata
