#include "schematreebuilder.h"

#include "counttexts.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace strata {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(strata::SchemaTreeModel)
};

const QString kSeparator = QStringLiteral(", ");

std::unique_ptr<SchemaTreeNode> makeNode(SchemaNodeKind kind, const QString &name,
                                         const QString &schema, const QString &table)
{
    auto node = std::make_unique<SchemaTreeNode>();
    node->kind = kind;
    node->name = name;
    node->objectName = name;
    node->schemaName = schema;
    node->tableName = table;
    return node;
}

QString parenthesized(const QStringList &names)
{
    return QLatin1Char('(') + names.join(kSeparator) + QLatin1Char(')');
}

QString referencedTable(const ForeignKey &fk, const QString &schema)
{
    if (fk.refSchema.isEmpty() || fk.refSchema == schema)
        return fk.refTable;
    return fk.refSchema + QLatin1Char('.') + fk.refTable;
}

QString indexPartsText(const Index &index)
{
    QStringList parts;
    for (const IndexPart &part : index.parts) {
        QString text = part.isExpression() ? part.expression : part.column;
        if (part.prefixLength > 0)
            text += QLatin1Char('(') + QString::number(part.prefixLength) + QLatin1Char(')');
        if (part.descending)
            text += QLatin1String(" DESC");
        parts.append(text);
    }
    return parenthesized(parts);
}

bool isUniqueColumn(const Table &table, const QString &column)
{
    for (const Index &index : table.indexes) {
        if (index.unique && index.parts.size() == 1 && index.parts.first().column == column)
            return true;
    }
    return false;
}

QStringList columnMarkers(const Table &table, const Column &column, const QString &schema)
{
    QStringList markers;
    if (table.isPrimaryKeyColumn(column.name))
        markers.append(Texts::tr("PK"));
    for (const ForeignKey &fk : table.foreignKeys) {
        const qsizetype at = fk.columns.indexOf(column.name);
        if (at < 0)
            continue;
        const QString refColumn = fk.refColumns.value(at);
        markers.append(Texts::tr("FK → %1(%2)").arg(referencedTable(fk, schema), refColumn));
    }
    if (!column.nullable)
        markers.append(Texts::tr("NOT NULL"));
    if (isUniqueColumn(table, column.name))
        markers.append(Texts::tr("UNIQUE"));
    if (column.autoIncrement)
        markers.append(Texts::tr("AUTOINCREMENT"));
    if (column.defaultValue)
        markers.append(Texts::tr("DEFAULT %1").arg(column.defaultValue->sql));
    if (column.generated) {
        markers.append(column.generated->stored ? Texts::tr("GENERATED %1 STORED")
                                                : Texts::tr("GENERATED %1 VIRTUAL"));
        markers.last() = markers.last().arg(column.generated->expression);
    }
    return markers;
}

QString withComment(QString text, const QString &comment)
{
    if (!comment.isEmpty())
        text += QLatin1Char('\n') + Texts::tr("Comment: %1").arg(comment);
    return text;
}

void addColumns(SchemaTreeNode *tableNode, const Table &table, const QString &schema)
{
    if (table.columns.isEmpty())
        return;
    auto group = makeNode(SchemaNodeKind::ColumnGroup,
                          Texts::tr("Columns (%1)").arg(table.columns.size()), schema, table.name);
    for (const Column &column : table.columns) {
        auto node = makeNode(SchemaNodeKind::Column, column.name, schema, table.name);
        node->type = column.type.raw.isEmpty() ? column.type.normalized : column.type.raw;
        node->detail = columnMarkers(table, column, schema).join(kSeparator);
        node->primaryKeyColumn = table.isPrimaryKeyColumn(column.name);
        node->foreignKeyColumn = table.isForeignKeyColumn(column.name);
        QString tip =
            table.name + QLatin1Char('.') + column.name + QLatin1String(": ") + node->type;
        if (!node->detail.isEmpty())
            tip += QLatin1Char('\n') + node->detail;
        node->toolTip = withComment(tip, column.comment);
        group->addChild(std::move(node));
    }
    tableNode->addChild(std::move(group));
}

std::unique_ptr<SchemaTreeNode> indexNode(SchemaNodeKind kind, const Index &index,
                                          const QString &schema, const QString &table)
{
    auto node = makeNode(kind, index.name, schema, table);
    if (kind == SchemaNodeKind::PrimaryKey) {
        node->type = Texts::tr("PRIMARY KEY");
        if (node->name.isEmpty())
            node->name = Texts::tr("Primary key");
    } else {
        node->type = index.unique ? Texts::tr("UNIQUE INDEX") : Texts::tr("INDEX");
        if (!index.type.isEmpty())
            node->type += QLatin1String(" (") + index.type + QLatin1Char(')');
    }
    node->detail = indexPartsText(index);
    if (!index.where.isEmpty())
        node->detail += QLatin1String(" WHERE ") + index.where;
    node->toolTip = withComment(node->type + QLatin1Char(' ') + node->detail, index.comment);
    return node;
}

void addIndexes(SchemaTreeNode *tableNode, const Table &table, const QString &schema)
{
    const int count = int(table.indexes.size()) + (table.primaryKey ? 1 : 0);
    if (count == 0)
        return;
    auto group = makeNode(SchemaNodeKind::IndexGroup, Texts::tr("Indexes (%1)").arg(count), schema,
                          table.name);
    if (table.primaryKey)
        group->addChild(
            indexNode(SchemaNodeKind::PrimaryKey, *table.primaryKey, schema, table.name));
    for (const Index &index : table.indexes)
        group->addChild(indexNode(SchemaNodeKind::Index, index, schema, table.name));
    tableNode->addChild(std::move(group));
}

void addForeignKeys(SchemaTreeNode *tableNode, const Table &table, const QString &schema)
{
    if (table.foreignKeys.isEmpty())
        return;
    auto group =
        makeNode(SchemaNodeKind::ForeignKeyGroup,
                 Texts::tr("Foreign keys (%1)").arg(table.foreignKeys.size()), schema, table.name);
    for (const ForeignKey &fk : table.foreignKeys) {
        auto node = makeNode(SchemaNodeKind::ForeignKey, fk.name, schema, table.name);
        if (node->name.isEmpty())
            node->name = fk.columns.join(kSeparator);
        node->type = Texts::tr("FOREIGN KEY");
        node->detail = parenthesized(fk.columns) + QStringLiteral(" → ") +
                       referencedTable(fk, schema) + parenthesized(fk.refColumns);
        if (fk.onUpdate != ReferenceAction::NoAction)
            node->detail += QLatin1String(" ON UPDATE ") + referenceActionSql(fk.onUpdate);
        if (fk.onDelete != ReferenceAction::NoAction)
            node->detail += QLatin1String(" ON DELETE ") + referenceActionSql(fk.onDelete);
        node->toolTip = node->detail;
        group->addChild(std::move(node));
    }
    tableNode->addChild(std::move(group));
}

void addChecks(SchemaTreeNode *tableNode, const Table &table, const QString &schema)
{
    if (table.checks.isEmpty())
        return;
    auto group = makeNode(SchemaNodeKind::CheckGroup,
                          Texts::tr("Checks (%1)").arg(table.checks.size()), schema, table.name);
    for (const Check &check : table.checks) {
        auto node = makeNode(SchemaNodeKind::Check, check.name, schema, table.name);
        if (node->name.isEmpty())
            node->name = Texts::tr("(unnamed)");
        node->type = Texts::tr("CHECK");
        node->detail = check.expression;
        if (!check.enforced)
            node->detail += QLatin1Char(' ') + Texts::tr("(not enforced)");
        node->toolTip = node->detail;
        group->addChild(std::move(node));
    }
    tableNode->addChild(std::move(group));
}

QString tableFlags(const Table &table)
{
    QStringList flags;
    if (table.withoutRowid)
        flags.append(QStringLiteral("WITHOUT ROWID"));
    if (table.strict)
        flags.append(QStringLiteral("STRICT"));
    if (!table.engine.isEmpty())
        flags.append(QStringLiteral("ENGINE=") + table.engine);
    if (!table.comment.isEmpty())
        flags.append(table.comment);
    return flags.join(kSeparator);
}

} // namespace

std::unique_ptr<SchemaTreeNode> buildSchemaTree(const Realm &realm)
{
    auto root = std::make_unique<SchemaTreeNode>();
    for (const Schema &schema : realm.schemas) {
        auto schemaNode = makeNode(SchemaNodeKind::Schema, schema.name, schema.name, QString());
        schemaNode->type = Texts::tr("schema");
        schemaNode->detail = tableCountText(int(schema.tables.size()));
        schemaNode->toolTip = withComment(Texts::tr("Schema %1").arg(schema.name), schema.comment);
        for (const Table &table : schema.tables) {
            auto node = makeNode(SchemaNodeKind::Table, table.name, schema.name, table.name);
            node->type = Texts::tr("table");
            node->detail = tableFlags(table);
            node->toolTip =
                withComment(Texts::tr("Table %1.%2").arg(schema.name, table.name), table.comment);
            addColumns(node.get(), table, schema.name);
            addIndexes(node.get(), table, schema.name);
            addForeignKeys(node.get(), table, schema.name);
            addChecks(node.get(), table, schema.name);
            schemaNode->addChild(std::move(node));
        }
        root->addChild(std::move(schemaNode));
    }
    return root;
}

} // namespace strata
