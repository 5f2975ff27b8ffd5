#include "changedescription.h"

#include <QStringList>

namespace strata::test {
namespace {

QString partKind(PartChangeKind kind)
{
    switch (kind) {
    case PartChangeKind::Add:
        return QStringLiteral("add");
    case PartChangeKind::Drop:
        return QStringLiteral("drop");
    case PartChangeKind::Modify:
        return QStringLiteral("modify");
    case PartChangeKind::Rename:
        return QStringLiteral("rename");
    }
    return QString();
}

QString aspects(ColumnAspects set)
{
    QStringList names;
    const QList<std::pair<ColumnAspect, const char *>> all = {
        {ColumnAspect::Type, "type"},
        {ColumnAspect::Null, "null"},
        {ColumnAspect::Default, "default"},
        {ColumnAspect::Comment, "comment"},
        {ColumnAspect::Charset, "charset"},
        {ColumnAspect::Collation, "collation"},
        {ColumnAspect::Generated, "generated"},
        {ColumnAspect::Identity, "identity"},
        {ColumnAspect::AutoIncrement, "autoincrement"},
        {ColumnAspect::OnUpdate, "onupdate"}};
    for (const auto &[aspect, name] : all) {
        if (set.testFlag(aspect))
            names.append(QLatin1String(name));
    }
    return names.join(QLatin1Char('+'));
}

QString describeTableDiff(const TableDiff &diff)
{
    QStringList parts;
    if (diff.attributes)
        parts.append(QStringLiteral("attributes"));
    for (const CheckChange &check : diff.checks)
        parts.append(
            partKind(check.kind) + QStringLiteral(" check ") +
            (check.kind == PartChangeKind::Add ? check.to.expression : check.from.expression));
    for (const ColumnChange &column : diff.columns) {
        QString text = partKind(column.kind) + QStringLiteral(" column ");
        if (column.kind == PartChangeKind::Rename)
            text += column.from.name + QStringLiteral("->") + column.to.name;
        else
            text += column.kind == PartChangeKind::Add ? column.to.name : column.from.name;
        if (column.aspects)
            text += QLatin1Char('(') + aspects(column.aspects) + QLatin1Char(')');
        parts.append(text);
    }
    if (diff.primaryKey)
        parts.append(partKind(diff.primaryKey->kind) + QStringLiteral(" primary key"));
    for (const IndexChange &index : diff.indexes)
        parts.append(partKind(index.kind) + QStringLiteral(" index ") +
                     (index.kind == PartChangeKind::Add ? index.to.name : index.from.name));
    for (const ForeignKeyChange &key : diff.foreignKeys)
        parts.append(partKind(key.kind) + QStringLiteral(" fk ") +
                     (key.kind == PartChangeKind::Add ? key.to.refTable : key.from.refTable));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const SchemaChange &change : diff.changes) {
        switch (change.kind) {
        case SchemaChange::Kind::AddSchema:
            lines.append(QStringLiteral("add schema ") + change.schema);
            break;
        case SchemaChange::Kind::DropSchema:
            lines.append(QStringLiteral("drop schema ") + change.schema);
            break;
        case SchemaChange::Kind::ModifySchema:
            lines.append(QStringLiteral("modify schema ") + change.schema);
            break;
        case SchemaChange::Kind::AddEnum:
            lines.append(QStringLiteral("add enum ") + change.enumTo.name);
            break;
        case SchemaChange::Kind::DropEnum:
            lines.append(QStringLiteral("drop enum ") + change.enumFrom.name);
            break;
        case SchemaChange::Kind::ModifyEnum:
            lines.append(QStringLiteral("modify enum ") + change.enumTo.name);
            break;
        case SchemaChange::Kind::AddTable:
            lines.append(QStringLiteral("add table ") + change.to.name +
                         QStringLiteral(" with %1 fk").arg(change.to.foreignKeys.size()));
            break;
        case SchemaChange::Kind::DropTable:
            lines.append(QStringLiteral("drop table ") + change.from.name);
            break;
        case SchemaChange::Kind::ModifyTable:
            lines.append(QStringLiteral("modify table ") + change.to.name + QStringLiteral(": ") +
                         describeTableDiff(change.diff));
            break;
        case SchemaChange::Kind::RenameTable:
            lines.append(QStringLiteral("rename table ") + change.from.name + QStringLiteral("->") +
                         change.to.name);
            break;
        case SchemaChange::Kind::AddForeignKeys:
            lines.append(QStringLiteral("add fks to ") + change.to.name + QStringLiteral(": ") +
                         describeTableDiff(change.diff));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace strata::test
