#include "tablediffer.h"

#include <QHash>
#include <QSet>

namespace strata {
namespace {

const ColumnRename *renameFrom(const QList<ColumnRename> &renames, const QString &from)
{
    for (const ColumnRename &rename : renames) {
        if (rename.from == from)
            return &rename;
    }
    return nullptr;
}

template<typename Part>
QHash<QString, qsizetype> byName(const QList<Part> &parts)
{
    QHash<QString, qsizetype> index;
    index.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i)
        index.insert(parts.at(i).name, i);
    return index;
}

QList<ColumnChange> columnChanges(const Table &from, const Table &to,
                                  const QList<ColumnRename> &renames)
{
    QHash<QString, qsizetype> target = byName(to.columns);
    QHash<QString, qsizetype> source = byName(from.columns);
    QSet<QString> renamedTargets;
    QList<ColumnChange> changes;
    // Drop or modify, in `from` order; a rename the user asked for takes the drop's place.
    for (const Column &column : from.columns) {
        if (const auto it = target.constFind(column.name); it != target.constEnd()) {
            const Column &desired = to.columns.at(*it);
            if (const ColumnAspects aspects = columnDifferences(column, desired))
                changes.append({PartChangeKind::Modify, column, desired, aspects});
            continue;
        }
        const ColumnRename *rename = renameFrom(renames, column.name);
        if (rename && target.contains(rename->to) && !source.contains(rename->to)) {
            const Column &desired = to.columns.at(target.value(rename->to));
            Column renamed = column;
            renamed.name = desired.name;
            changes.append(
                {PartChangeKind::Rename, column, desired, columnDifferences(renamed, desired)});
            renamedTargets.insert(desired.name);
            continue;
        }
        changes.append({PartChangeKind::Drop, column, Column{}, {}});
    }
    // Add, in `to` order.
    for (const Column &column : to.columns) {
        if (!source.contains(column.name) && !renamedTargets.contains(column.name))
            changes.append({PartChangeKind::Add, Column{}, column, {}});
    }
    return changes;
}

/// The primary key compares by its parts only: PostgreSQL names it after the table, MySQL
/// always calls it PRIMARY, and a rename alone is no change.
bool samePrimaryKey(const Index &from, const Index &to)
{
    return from.parts == to.parts && from.type == to.type && from.where == to.where &&
           from.include == to.include;
}

std::optional<IndexChange> primaryKeyChange(const Table &from, const Table &to)
{
    if (!from.primaryKey && to.primaryKey)
        return IndexChange{PartChangeKind::Add, Index{}, *to.primaryKey};
    if (from.primaryKey && !to.primaryKey)
        return IndexChange{PartChangeKind::Drop, *from.primaryKey, Index{}};
    if (from.primaryKey && !samePrimaryKey(*from.primaryKey, *to.primaryKey))
        return IndexChange{PartChangeKind::Modify, *from.primaryKey, *to.primaryKey};
    return std::nullopt;
}

QList<IndexChange> indexChanges(const Table &from, const Table &to)
{
    const QHash<QString, qsizetype> target = byName(to.indexes);
    const QHash<QString, qsizetype> source = byName(from.indexes);
    QList<IndexChange> changes;
    for (const Index &index : from.indexes) {
        const auto it = target.constFind(index.name);
        if (it == target.constEnd())
            changes.append({PartChangeKind::Drop, index, Index{}});
        else if (!(index == to.indexes.at(*it)))
            changes.append({PartChangeKind::Modify, index, to.indexes.at(*it)});
    }
    for (const Index &index : to.indexes) {
        if (!source.contains(index.name))
            changes.append({PartChangeKind::Add, Index{}, index});
    }
    return changes;
}

QList<ForeignKeyChange> foreignKeyChanges(const Table &from, const Table &to)
{
    const QHash<QString, qsizetype> target = byName(to.foreignKeys);
    const QHash<QString, qsizetype> source = byName(from.foreignKeys);
    QList<ForeignKeyChange> changes;
    for (const ForeignKey &key : from.foreignKeys) {
        const auto it = target.constFind(key.name);
        if (it == target.constEnd())
            changes.append({PartChangeKind::Drop, key, ForeignKey{}});
        else if (!(key == to.foreignKeys.at(*it)))
            changes.append({PartChangeKind::Modify, key, to.foreignKeys.at(*it)});
    }
    for (const ForeignKey &key : to.foreignKeys) {
        if (!source.contains(key.name))
            changes.append({PartChangeKind::Add, ForeignKey{}, key});
    }
    return changes;
}

/// Named checks match by name; unnamed ones (SQLite, MySQL's generated names aside) by their
/// expression, so an unnamed check that is still there is no change.
QString checkKey(const Check &check)
{
    return check.name.isEmpty() ? QLatin1String("expr:") + check.expression
                                : QLatin1String("name:") + check.name;
}

QList<CheckChange> checkChanges(const Table &from, const Table &to)
{
    QHash<QString, qsizetype> target;
    QHash<QString, qsizetype> source;
    for (qsizetype i = 0; i < to.checks.size(); ++i)
        target.insert(checkKey(to.checks.at(i)), i);
    for (qsizetype i = 0; i < from.checks.size(); ++i)
        source.insert(checkKey(from.checks.at(i)), i);
    QList<CheckChange> changes;
    for (const Check &check : from.checks) {
        const auto it = target.constFind(checkKey(check));
        if (it == target.constEnd())
            changes.append({PartChangeKind::Drop, check, Check{}});
        else if (!(check == to.checks.at(*it)))
            changes.append({PartChangeKind::Modify, check, to.checks.at(*it)});
    }
    for (const Check &check : to.checks) {
        if (!source.contains(checkKey(check)))
            changes.append({PartChangeKind::Add, Check{}, check});
    }
    return changes;
}

TableAspects attributeChanges(const Table &from, const Table &to)
{
    TableAspects aspects;
    if (from.comment != to.comment)
        aspects |= TableAspect::Comment;
    if (from.charset != to.charset)
        aspects |= TableAspect::Charset;
    if (from.collation != to.collation)
        aspects |= TableAspect::Collation;
    if (from.engine != to.engine)
        aspects |= TableAspect::Engine;
    if (from.withoutRowid != to.withoutRowid || from.strict != to.strict)
        aspects |= TableAspect::Options;
    return aspects;
}

} // namespace

ColumnAspects columnDifferences(const Column &from, const Column &to)
{
    ColumnAspects aspects;
    if (!(from.type == to.type))
        aspects |= ColumnAspect::Type;
    if (from.nullable != to.nullable)
        aspects |= ColumnAspect::Null;
    if (from.defaultValue != to.defaultValue)
        aspects |= ColumnAspect::Default;
    if (from.comment != to.comment)
        aspects |= ColumnAspect::Comment;
    if (from.charset != to.charset)
        aspects |= ColumnAspect::Charset;
    if (from.collation != to.collation)
        aspects |= ColumnAspect::Collation;
    if (from.generated != to.generated)
        aspects |= ColumnAspect::Generated;
    if (from.identity != to.identity)
        aspects |= ColumnAspect::Identity;
    if (from.autoIncrement != to.autoIncrement)
        aspects |= ColumnAspect::AutoIncrement;
    if (from.onUpdate != to.onUpdate)
        aspects |= ColumnAspect::OnUpdate;
    return aspects;
}

TableDiff diffTables(const Table &from, const Table &to, const QList<ColumnRename> &renames)
{
    TableDiff diff;
    diff.attributes = attributeChanges(from, to);
    diff.checks = checkChanges(from, to);
    diff.columns = columnChanges(from, to, renames);
    diff.primaryKey = primaryKeyChange(from, to);
    diff.indexes = indexChanges(from, to);
    diff.foreignKeys = foreignKeyChanges(from, to);
    return diff;
}

} // namespace strata
