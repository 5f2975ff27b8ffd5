#pragma once

#include "diff/schemachange.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QList>
#include <QString>

namespace strata {

/// How a plan is written.
struct PlanOptions
{
    /// Qualify every table name with its schema (`--qualifier` names the schema to use;
    /// a realm of several schemas always qualifies). Empty with `qualify` false: unqualified.
    bool qualify = false;
    /// Replaces the schema name when qualifying (`--qualifier s`); empty: the table's schema.
    QString qualifier;
    /// CREATE TABLE layout: empty = one line; "  " = one column per line (`{{ sql . "  " }}`).
    QString indent;
    /// PostgreSQL: `CREATE INDEX CONCURRENTLY` (`diff { concurrent_index { create = true } }`).
    bool concurrentIndexCreate = false;
    /// PostgreSQL: `DROP INDEX CONCURRENTLY`.
    bool concurrentIndexDrop = false;
};

/// One statement of a plan, with what lint and the Diff page need to know about it.
struct PlannedStatement
{
    /// Atlas's comment, first letter upper-cased: `Create "t" table`, `Modify "t" table`.
    QString comment;
    /// The SQL without the terminating semicolon.
    QString sql;
    /// Index of the change in Plan::changes the statement comes from; -1 for statements that
    /// belong to no single change (SQLite's foreign-key pragmas).
    int change = -1;
    /// Running it loses data (drops a table, a column, narrows a type...).
    bool destructive = false;
    /// Whether the statement can be undone by another (a drop cannot bring data back).
    bool reversible = true;
};

/// The statements that turn the `from` realm into the `to` realm.
struct Plan
{
    QList<PlannedStatement> statements;
    /// The changes in the order the planner rendered them: the differ's, or, for the planners
    /// that sort by foreign keys first (orderByForeignKeys), the sorted and detached list.
    QList<SchemaChange> changes;

    bool isEmpty() const { return statements.isEmpty(); }
    /// The migration file text Atlas writes: per statement `-- Comment\nSQL;\n`.
    QString text() const
    {
        QString out;
        for (const PlannedStatement &statement : statements)
            out += QLatin1String("-- ") + statement.comment + QLatin1Char('\n') + statement.sql +
                   QLatin1String(";\n");
        return out;
    }
};

/// Turns changes into SQL for one database. Each database folder has one; the generic layers
/// reach it through Database::planner(). A change the database cannot make is an Error that
/// says which and why.
class Planner
{
public:
    virtual ~Planner() = default;
    virtual Expected<Plan> plan(const SchemaDiff &diff, const PlanOptions &options) const = 0;
};

} // namespace strata
