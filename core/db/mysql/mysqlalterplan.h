#pragma once

#include "diff/schemachange.h"
#include "util/expected.h"

#include <QList>
#include <QStringList>

namespace strata {

class MysqlDialect;
class MysqlPlanNames;

/// The clauses of one ALTER TABLE and what running it means for the data in the table.
struct MysqlAlter
{
    QStringList clauses;
    bool destructive = false;
    bool reversible = true;

    bool isEmpty() const { return clauses.isEmpty(); }
};

/// The ALTER TABLE statements of a ModifyTable change, as Atlas's MySQL planner writes them: one
/// that drops the indexes and foreign keys being rebuilt (an ALTER cannot drop and re-add the
/// same one), then one with every other clause in Atlas's order: table attributes and checks,
/// columns, primary key, indexes, foreign keys. Empty statements are left out. A change MySQL
/// or MariaDB cannot make in place is an Error naming the table and the part.
Expected<QList<MysqlAlter>> mysqlAlterTable(const SchemaChange &change, const MysqlDialect &dialect,
                                            const MysqlPlanNames &names);

/// `ADD CONSTRAINT ... FOREIGN KEY ...` for each key of an AddForeignKeys change.
Expected<MysqlAlter> mysqlAddForeignKeys(const SchemaChange &change, const MysqlDialect &dialect,
                                         const MysqlPlanNames &names);

/// PostgreSQL's identity columns have no MySQL spelling; an Error naming the column, or Ok.
Status checkNoIdentity(const Column &column, const Table &table);

/// Atlas refuses a key that sets NULL in a NOT NULL column (the server would reject it later);
/// an Error naming the key and the column, or Ok.
Status checkSetNullColumns(const ForeignKey &foreignKey, const Table &table);

} // namespace strata
