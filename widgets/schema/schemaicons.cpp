#include "schemaicons.h"

#include "schematreenode.h"

#include <QHash>

namespace strata {
namespace {

QIcon cached(const QString &path)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

QString iconPath(const SchemaTreeNode &node)
{
    switch (node.kind) {
    case SchemaNodeKind::Schema:
        return QStringLiteral(":/icons/schema.svg");
    case SchemaNodeKind::Table:
        return QStringLiteral(":/icons/table.svg");
    case SchemaNodeKind::ColumnGroup:
    case SchemaNodeKind::IndexGroup:
    case SchemaNodeKind::ForeignKeyGroup:
    case SchemaNodeKind::CheckGroup:
        return QStringLiteral(":/icons/folder.svg");
    case SchemaNodeKind::Column:
        if (node.primaryKeyColumn)
            return QStringLiteral(":/icons/key.svg");
        if (node.foreignKeyColumn)
            return QStringLiteral(":/icons/link.svg");
        return QStringLiteral(":/icons/column.svg");
    case SchemaNodeKind::PrimaryKey:
        return QStringLiteral(":/icons/key.svg");
    case SchemaNodeKind::Index:
        return QStringLiteral(":/icons/index.svg");
    case SchemaNodeKind::ForeignKey:
        return QStringLiteral(":/icons/link.svg");
    case SchemaNodeKind::Check:
        return QStringLiteral(":/icons/check.svg");
    case SchemaNodeKind::Root:
        break;
    }
    return {};
}

} // namespace

QIcon schemaNodeIcon(const SchemaTreeNode &node)
{
    const QString path = iconPath(node);
    return path.isEmpty() ? QIcon() : cached(path);
}

} // namespace strata
