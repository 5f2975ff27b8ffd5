#include "changeorder.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace strata {
namespace {

using Kind = SchemaChange::Kind;

QString tableKey(const QString &schema, const QString &table)
{
    return schema + QChar(0x1f) + table;
}

QString referencedKey(const SchemaChange &change, const ForeignKey &key)
{
    return tableKey(key.refSchema.isEmpty() ? change.schema : key.refSchema, key.refTable);
}

bool isTableChange(const SchemaChange &change)
{
    return change.kind == Kind::AddTable || change.kind == Kind::DropTable ||
           change.kind == Kind::ModifyTable;
}

QString changeTable(const SchemaChange &change)
{
    return tableKey(change.schema,
                    change.kind == Kind::DropTable ? change.from.name : change.to.name);
}

/// Which tables each table must follow: the ones its new keys reference, and, for a dropped
/// table that a dropped table references, the referencing one (it goes first).
QMap<QString, QStringList> dependencies(const QList<SchemaChange> &changes)
{
    QSet<QString> dropped;
    for (const SchemaChange &change : changes) {
        if (change.kind == Kind::DropTable)
            dropped.insert(changeTable(change));
    }
    QMap<QString, QStringList> deps;
    for (const SchemaChange &change : changes) {
        const QString self = changeTable(change);
        switch (change.kind) {
        case Kind::AddTable:
            for (const ForeignKey &key : change.to.foreignKeys) {
                const QString ref = referencedKey(change, key);
                if (ref != self)
                    deps[self].append(ref);
            }
            break;
        case Kind::DropTable:
            for (const ForeignKey &key : change.from.foreignKeys) {
                const QString ref = referencedKey(change, key);
                if (dropped.contains(ref))
                    deps[ref].append(self);
            }
            break;
        case Kind::ModifyTable:
            for (const ForeignKeyChange &key : change.diff.foreignKeys) {
                if (key.kind == PartChangeKind::Drop) {
                    const QString ref = referencedKey(change, key.from);
                    if (dropped.contains(ref))
                        deps[ref].append(self);
                } else {
                    const QString ref = referencedKey(change, key.to);
                    if (ref != self)
                        deps[self].append(ref);
                }
            }
            break;
        default:
            break;
        }
    }
    return deps;
}

/// A depth-first topological order of the tables in `deps`, visited by name as Atlas's
/// byKeys does; nothing when the keys form a cycle.
std::optional<QHash<QString, int>> topologicalPositions(const QMap<QString, QStringList> &deps)
{
    QHash<QString, int> sorted;
    QSet<QString> inProgress;
    bool cycle = false;
    // Iterative would not read better; dependency chains are as deep as FK chains.
    std::function<void(const QString &)> visit = [&](const QString &name) {
        if (cycle || sorted.contains(name))
            return;
        if (inProgress.contains(name)) {
            cycle = true;
            return;
        }
        inProgress.insert(name);
        for (const QString &ref : deps.value(name))
            visit(ref);
        inProgress.remove(name);
        if (!cycle)
            sorted.insert(name, int(sorted.size()));
    };
    for (auto it = deps.constBegin(); it != deps.constEnd() && !cycle; ++it)
        visit(it.key());
    if (cycle)
        return std::nullopt;
    return sorted;
}

ForeignKeyChange added(const ForeignKey &key)
{
    return {PartChangeKind::Add, ForeignKey{}, key};
}

/// Atlas's detachReferences: tables are created without keys to other tables, the keys added
/// once all exist; keys of dropped tables are dropped before any table is.
QList<SchemaChange> detachReferences(const QList<SchemaChange> &changes)
{
    QList<SchemaChange> planned;
    QList<SchemaChange> deferred;
    for (const SchemaChange &change : changes) {
        switch (change.kind) {
        case Kind::AddTable: {
            const QString self = changeTable(change);
            SchemaChange create = change;
            create.to.foreignKeys.clear();
            SchemaChange keys;
            keys.kind = Kind::AddForeignKeys;
            keys.schema = change.schema;
            keys.to = change.to;
            for (const ForeignKey &key : change.to.foreignKeys) {
                if (referencedKey(change, key) == self)
                    create.to.foreignKeys.append(key);
                else
                    keys.diff.foreignKeys.append(added(key));
            }
            planned.append(keys.diff.foreignKeys.isEmpty() ? change : create);
            if (!keys.diff.foreignKeys.isEmpty())
                deferred.append(keys);
            break;
        }
        case Kind::DropTable: {
            const QString self = changeTable(change);
            SchemaChange dropKeys;
            dropKeys.kind = Kind::ModifyTable;
            dropKeys.schema = change.schema;
            dropKeys.from = change.from;
            dropKeys.to = change.from;
            SchemaChange drop = change;
            drop.from.foreignKeys.clear();
            for (const ForeignKey &key : change.from.foreignKeys) {
                if (referencedKey(change, key) != self) {
                    dropKeys.diff.foreignKeys.append({PartChangeKind::Drop, key, ForeignKey{}});
                    dropKeys.to.foreignKeys.removeIf(
                        [&](const ForeignKey &other) { return other.name == key.name; });
                } else {
                    drop.from.foreignKeys.append(key);
                }
            }
            if (!dropKeys.diff.foreignKeys.isEmpty()) {
                planned.append(dropKeys);
                deferred.append(drop);
            } else {
                deferred.append(change);
            }
            break;
        }
        case Kind::ModifyTable: {
            SchemaChange rest = change;
            rest.diff.foreignKeys.clear();
            SchemaChange keys;
            keys.kind = Kind::AddForeignKeys;
            keys.schema = change.schema;
            keys.from = change.from;
            keys.to = change.to;
            for (const ForeignKeyChange &key : change.diff.foreignKeys) {
                if (key.kind == PartChangeKind::Add)
                    keys.diff.foreignKeys.append(key);
                else
                    rest.diff.foreignKeys.append(key);
            }
            if (!rest.diff.isEmpty())
                planned.append(rest);
            if (!keys.diff.foreignKeys.isEmpty())
                deferred.append(keys);
            break;
        }
        default:
            planned.append(change);
        }
    }
    return planned + deferred;
}

} // namespace

QList<SchemaChange> orderByForeignKeys(QList<SchemaChange> changes)
{
    const auto positions = topologicalPositions(dependencies(changes));
    if (!positions)
        return detachReferences(changes);
    // Tables Atlas's sort never visited count as position 0, so they keep their relative order
    // ahead of the ones that follow their references. Only the slots of table changes move.
    QList<qsizetype> slots;
    QList<SchemaChange> tableChanges;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (isTableChange(changes.at(i))) {
            slots.append(i);
            tableChanges.append(changes.at(i));
        }
    }
    std::stable_sort(tableChanges.begin(), tableChanges.end(),
                     [&](const SchemaChange &a, const SchemaChange &b) {
                         return positions->value(changeTable(a)) < positions->value(changeTable(b));
                     });
    for (qsizetype i = 0; i < slots.size(); ++i)
        changes[slots.at(i)] = std::move(tableChanges[i]);
    return changes;
}

} // namespace strata
