#include "realmfilter.h"

#include "gocsv.h"
#include "gomatch.h"
#include "hcl/gostring.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class RealmFilterTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::RealmFilter)
};

/// sqlx.split: each pattern read as one CSV record separated by dots.
Expected<QList<QStringList>> splitPatterns(const QStringList &patterns)
{
    QList<QStringList> globs;
    for (const QString &pattern : patterns) {
        auto records = readGoCsv(pattern, '.');
        if (!records)
            return records.error();
        if (records->size() != 1) {
            return Error{RealmFilterTr::tr("unexpected pattern: %1").arg(goQuoted(pattern))};
        }
        if (records->constFirst().isEmpty())
            return Error{RealmFilterTr::tr("empty pattern: %1").arg(goQuoted(pattern))};
        if (records->constFirst().size() > 3) {
            return Error{RealmFilterTr::tr("too many parts in pattern: %1").arg(goQuoted(pattern))};
        }
        globs.append(records->constFirst());
    }
    return globs;
}

/// Removes the items whose key matches `glob`.
template<typename T, typename Key>
Status removeMatching(QList<T> &items, const QString &glob, Key key)
{
    QList<T> kept;
    for (const T &item : std::as_const(items)) {
        auto matched = goGlobMatch(glob, key(item));
        if (!matched)
            return matched.error();
        if (!*matched)
            kept.append(item);
    }
    items = std::move(kept);
    return Ok{};
}

bool usesAny(const QStringList &columns, const QStringList &removed)
{
    for (const QString &column : columns) {
        if (removed.contains(column))
            return true;
    }
    return false;
}

/// sqlx.excludeT: columns, and the indexes and foreign keys on them; indexes, foreign keys and
/// checks by name.
Status excludeFromTable(Table &table, const QString &glob)
{
    QStringList removed;
    for (const Column &column : std::as_const(table.columns)) {
        auto matched = goGlobMatch(glob, column.name);
        if (!matched)
            return matched.error();
        if (*matched)
            removed.append(column.name);
    }
    table.columns.removeIf([&](const Column &c) { return removed.contains(c.name); });
    table.indexes.removeIf([&](const Index &index) {
        for (const IndexPart &part : index.parts) {
            if (removed.contains(part.column))
                return true;
        }
        return false;
    });
    table.foreignKeys.removeIf(
        [&](const ForeignKey &key) { return usesAny(key.columns, removed); });
    if (Status s = removeMatching(table.indexes, glob, [](const Index &i) { return i.name; }); !s)
        return s;
    if (Status s =
            removeMatching(table.foreignKeys, glob, [](const ForeignKey &k) { return k.name; });
        !s)
        return s;
    return removeMatching(table.checks, glob, [](const Check &c) { return c.name; });
}

/// sqlx.excludeS: tables of a schema, or parts of them.
Status excludeFromSchema(Schema &schema, const QStringList &glob)
{
    QList<Table> kept;
    for (Table &table : schema.tables) {
        auto matched = goGlobMatch(glob.at(0), table.name);
        if (!matched)
            return matched.error();
        if (*matched && glob.size() == 1)
            continue;
        if (*matched) {
            if (Status status = excludeFromTable(table, glob.at(1)); !status)
                return status;
        }
        kept.append(std::move(table));
    }
    schema.tables = std::move(kept);
    return Ok{};
}

/// sqlx.ExcludeRealm.
Status excludeFromRealm(Realm &realm, const QStringList &patterns)
{
    auto globs = splitPatterns(patterns);
    if (!globs)
        return globs.error();
    QList<Schema> kept;
    for (Schema &schema : realm.schemas) {
        bool drop = false;
        for (const QStringList &glob : std::as_const(*globs)) {
            auto matched = goGlobMatch(glob.at(0), schema.name);
            if (!matched)
                return matched.error();
            if (!*matched)
                continue;
            if (glob.size() == 1) {
                drop = true;
                break;
            }
            if (Status status = excludeFromSchema(schema, glob.mid(1)); !status)
                return status;
        }
        if (!drop)
            kept.append(std::move(schema));
    }
    realm.schemas = std::move(kept);
    return Ok{};
}

} // namespace

Status applyRealmScope(Realm &realm, const RealmScope &scope)
{
    if (!scope.schemaBound && !scope.schemas.isEmpty()) {
        realm.schemas.removeIf(
            [&](const Schema &schema) { return !scope.schemas.contains(schema.name); });
    }
    if (scope.exclude.isEmpty())
        return Ok{};
    if (!scope.schemaBound)
        return excludeFromRealm(realm, scope.exclude);
    // sqlx.ExcludeSchema: the patterns start below the bound schema.
    for (Schema &schema : realm.schemas) {
        QStringList patterns;
        for (const QString &pattern : scope.exclude)
            patterns.append(schema.name + QLatin1Char('.') + pattern);
        Realm single;
        single.schemas.append(std::move(schema));
        if (Status status = excludeFromRealm(single, patterns); !status)
            return status;
        schema = single.schemas.isEmpty() ? Schema() : single.schemas.takeFirst();
    }
    return Ok{};
}

} // namespace strata::cli
