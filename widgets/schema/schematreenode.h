#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace strata {

/// What a row of the schema tree stands for; the model reports it through KindRole.
enum class SchemaNodeKind
{
    Root,
    Schema,
    Table,
    ColumnGroup,
    IndexGroup,
    ForeignKeyGroup,
    CheckGroup,
    Column,
    PrimaryKey,
    Index,
    ForeignKey,
    Check
};

/// One row of the schema tree with its texts already formatted; built once per realm.
struct SchemaTreeNode
{
    SchemaNodeKind kind = SchemaNodeKind::Root;
    SchemaTreeNode *parent = nullptr;
    int row = 0;

    QString name;
    QString type;
    QString detail;
    QString toolTip;

    /// The schema and table this row belongs to (empty above that level), for navigation.
    QString schemaName;
    QString tableName;
    /// The model object's own name (column, index, ...), unlike `name` which may be decorated.
    QString objectName;
    bool primaryKeyColumn = false;
    bool foreignKeyColumn = false;

    std::vector<std::unique_ptr<SchemaTreeNode>> children;

    SchemaTreeNode *addChild(std::unique_ptr<SchemaTreeNode> child);
};

} // namespace strata
