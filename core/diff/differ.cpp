#include "differ.h"

#include "dialect/dialect.h"
#include "tablediffer.h"

#include <QHash>
#include <QSet>

namespace strata {
namespace {

QList<ColumnRename> columnRenamesOf(const DiffOptions &options, const QString &schema,
                                    const QString &table)
{
    QList<ColumnRename> renames;
    for (const ColumnRename &rename : options.columnRenames) {
        if (rename.table == table && (rename.schema.isEmpty() || rename.schema == schema))
            renames.append(rename);
    }
    return renames;
}

const TableRename *tableRenameFrom(const DiffOptions &options, const QString &schema,
                                   const QString &table)
{
    for (const TableRename &rename : options.tableRenames) {
        if (rename.from == table && (rename.schema.isEmpty() || rename.schema == schema))
            return &rename;
    }
    return nullptr;
}

bool sameSchemaAttributes(const Schema &from, const Schema &to)
{
    return from.charset == to.charset && from.collation == to.collation &&
           from.comment == to.comment;
}

/// The changes inside one schema that exists on both sides: Atlas's schemaDiff.
void diffSchema(const Schema &from, const Schema &to, const QString &name, const Dialect &dialect,
                const DiffOptions &options, QList<SchemaChange> &changes)
{
    if (!sameSchemaAttributes(from, to)) {
        SchemaChange change;
        change.kind = SchemaChange::Kind::ModifySchema;
        change.schema = name;
        change.schemaFrom = from;
        change.schemaTo = to;
        changes.append(change);
    }

    // Enum types the tables will use exist before them; dropped ones go after the tables.
    QHash<QString, qsizetype> fromEnums;
    for (qsizetype i = 0; i < from.enums.size(); ++i)
        fromEnums.insert(from.enums.at(i).name, i);
    QSet<QString> toEnums;
    for (const EnumType &type : to.enums) {
        toEnums.insert(type.name);
        const auto it = fromEnums.constFind(type.name);
        if (it == fromEnums.constEnd()) {
            SchemaChange change;
            change.kind = SchemaChange::Kind::AddEnum;
            change.schema = name;
            change.enumTo = type;
            changes.append(change);
        } else if (from.enums.at(*it).values != type.values) {
            SchemaChange change;
            change.kind = SchemaChange::Kind::ModifyEnum;
            change.schema = name;
            change.enumFrom = from.enums.at(*it);
            change.enumTo = type;
            changes.append(change);
        }
    }

    QHash<QString, qsizetype> toTables;
    toTables.reserve(to.tables.size());
    for (qsizetype i = 0; i < to.tables.size(); ++i)
        toTables.insert(to.tables.at(i).name, i);
    QSet<QString> fromNames;
    fromNames.reserve(from.tables.size());
    for (const Table &table : from.tables)
        fromNames.insert(table.name);

    // Drop or modify tables in `from` order.
    QSet<QString> renamedTo;
    for (const Table &table : from.tables) {
        auto it = toTables.constFind(table.name);
        Table source = table;
        if (it == toTables.constEnd()) {
            const TableRename *rename = tableRenameFrom(options, name, table.name);
            if (!rename || !toTables.contains(rename->to) || fromNames.contains(rename->to)) {
                SchemaChange change;
                change.kind = SchemaChange::Kind::DropTable;
                change.schema = name;
                change.from = table;
                changes.append(change);
                continue;
            }
            it = toTables.constFind(rename->to);
            SchemaChange change;
            change.kind = SchemaChange::Kind::RenameTable;
            change.schema = name;
            change.from = table;
            change.to = to.tables.at(*it);
            changes.append(change);
            renamedTo.insert(rename->to);
            source.name = rename->to;
        }
        const Table &target = to.tables.at(*it);
        // Most tables of a big schema are unchanged: equal as they are means equal in
        // comparable form too, and costs no copies.
        if (source == target)
            continue;
        TableDiff diff =
            diffTables(dialect.comparableTable(source, from), dialect.comparableTable(target, to),
                       columnRenamesOf(options, name, table.name));
        if (diff.isEmpty())
            continue;
        SchemaChange change;
        change.kind = SchemaChange::Kind::ModifyTable;
        change.schema = name;
        change.from = source;
        change.to = target;
        change.diff = std::move(diff);
        changes.append(change);
    }

    // Add tables in `to` order.
    for (const Table &table : to.tables) {
        if (fromNames.contains(table.name) || renamedTo.contains(table.name))
            continue;
        SchemaChange change;
        change.kind = SchemaChange::Kind::AddTable;
        change.schema = name;
        change.to = table;
        changes.append(change);
    }

    for (const EnumType &type : from.enums) {
        if (toEnums.contains(type.name))
            continue;
        SchemaChange change;
        change.kind = SchemaChange::Kind::DropEnum;
        change.schema = name;
        change.enumFrom = type;
        changes.append(change);
    }
}

void addSchema(const Schema &schema, QList<SchemaChange> &changes)
{
    SchemaChange add;
    add.kind = SchemaChange::Kind::AddSchema;
    add.schema = schema.name;
    add.schemaTo = schema;
    add.schemaTo.tables.clear();
    changes.append(add);
    for (const EnumType &type : schema.enums) {
        SchemaChange change;
        change.kind = SchemaChange::Kind::AddEnum;
        change.schema = schema.name;
        change.enumTo = type;
        changes.append(change);
    }
    for (const Table &table : schema.tables) {
        SchemaChange change;
        change.kind = SchemaChange::Kind::AddTable;
        change.schema = schema.name;
        change.to = table;
        changes.append(change);
    }
}

const Schema *findSchema(const Realm &realm, const QString &name)
{
    for (const Schema &schema : realm.schemas) {
        if (schema.name == name)
            return &schema;
    }
    return nullptr;
}

} // namespace

Expected<SchemaDiff> diffRealms(const Realm &from, const Realm &to, const Dialect &dialect,
                                const DiffOptions &options)
{
    SchemaDiff result;
    result.from = from;
    result.to = to;
    QList<SchemaChange> changes;

    // Two schema-bound sides compare their one schema whatever it is called (`--url` bound
    // to "app", `--dev-url` scratch schema "strata_dev_1"), as Atlas's SchemaDiff does.
    if (from.schemas.size() == 1 && to.schemas.size() == 1 &&
        from.schemas.constFirst().name != to.schemas.constFirst().name) {
        diffSchema(from.schemas.constFirst(), to.schemas.constFirst(), to.schemas.constFirst().name,
                   dialect, options, changes);
        result.changes = std::move(changes);
        return result;
    }

    for (const Schema &schema : from.schemas) {
        const Schema *target = findSchema(to, schema.name);
        if (!target) {
            SchemaChange drop;
            drop.kind = SchemaChange::Kind::DropSchema;
            drop.schema = schema.name;
            drop.schemaFrom = schema;
            changes.append(drop);
            continue;
        }
        diffSchema(schema, *target, schema.name, dialect, options, changes);
    }
    for (const Schema &schema : to.schemas) {
        if (!findSchema(from, schema.name))
            addSchema(schema, changes);
    }
    result.changes = std::move(changes);
    return result;
}

QList<ColumnRename> renameCandidates(const SchemaDiff &diff)
{
    QList<ColumnRename> candidates;
    for (const SchemaChange &change : diff.changes) {
        if (change.kind != SchemaChange::Kind::ModifyTable)
            continue;
        QList<const ColumnChange *> dropped;
        QList<const ColumnChange *> added;
        for (const ColumnChange &column : change.diff.columns) {
            if (column.kind == PartChangeKind::Drop)
                dropped.append(&column);
            else if (column.kind == PartChangeKind::Add)
                added.append(&column);
        }
        QSet<QString> taken;
        for (const ColumnChange *drop : std::as_const(dropped)) {
            for (const ColumnChange *add : std::as_const(added)) {
                if (taken.contains(add->to.name) || !(drop->from.type == add->to.type))
                    continue;
                candidates.append({change.schema, change.to.name, drop->from.name, add->to.name});
                taken.insert(add->to.name);
                break;
            }
        }
    }
    return candidates;
}

} // namespace strata
