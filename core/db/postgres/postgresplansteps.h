#pragma once

// The steps of the PostgreSQL planner, one per family of SchemaChange kinds. Each appends the
// statements of one change, in Atlas's order and spelling (sql/postgres/migrate.go).

#include "diff/planner.h"
#include "postgresplannames.h"
#include "util/expected.h"

#include <QList>
#include <QString>

namespace strata {

class PostgresDialect;

/// The statements of one SchemaChange, tagged with its index.
class PlannedStatements
{
public:
    PlannedStatements(QList<PlannedStatement> &statements, int change)
        : m_statements(statements)
        , m_change(change)
    {}

    void add(const QString &comment, const QString &sql, bool destructive = false,
             bool reversible = true)
    {
        m_statements.append({comment, sql, m_change, destructive, reversible});
    }

private:
    QList<PlannedStatement> &m_statements;
    int m_change;
};

/// What every step works with.
struct PostgresPlanStep
{
    const SchemaChange &change;
    const PlanOptions &options;
    const PostgresPlanNames &names;
    const PostgresDialect &dialect;
    PlannedStatements &out;
};

/// AddSchema, DropSchema, ModifySchema.
Status planSchemaChange(const PostgresPlanStep &step);
/// AddEnum, DropEnum, ModifyEnum.
Status planEnumChange(const PostgresPlanStep &step);
/// AddTable, DropTable, RenameTable.
Status planTableChange(const PostgresPlanStep &step);
/// ModifyTable and AddForeignKeys: DROP INDEX, one ALTER TABLE, CREATE INDEX, then comments
/// and column renames.
Status planModifyTable(const PostgresPlanStep &step);

/// An error about `subject` (`table "t"`, `enum type "e"`) that says why PostgreSQL cannot
/// make the change and what to do instead.
Error planError(const QString &subject, const QString &reason);

} // namespace strata
