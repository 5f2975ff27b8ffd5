#pragma once

#include "diff/planner.h"
#include "model/schema.h"

#include <QString>

namespace strata {

class Dialect;

/// The statements of one SQLite plan as its steps append them, with the names every step spells
/// alike (Atlas's sql/sqlite/migrate.go state). Only CREATE TABLE and RENAME TO use the schema
/// qualifier; every other statement names its table bare, as Atlas's SQLite planner does.
class SqlitePlanBuilder
{
public:
    SqlitePlanBuilder(const Dialect &dialect, const PlanOptions &options);

    const Dialect &dialect() const { return m_dialect; }
    /// Statements appended from now on come from SchemaDiff::changes[index].
    void setChange(int index) { m_change = index; }

    /// Appends `sql` under the Atlas comment `comment`; the caller marks it destructive or
    /// irreversible through the returned statement.
    PlannedStatement &append(const QString &comment, const QString &sql);

    /// `t`, or `s`.`t` when the plan is qualified (Atlas's Builder.Table).
    QString qualifiedTableName(const QString &schema, const QString &table) const;
    /// `t` (Atlas's Builder.Ident).
    QString identifier(const QString &name) const;

    /// CREATE TABLE, then a CREATE INDEX for each index CREATE TABLE does not declare itself.
    void createTable(const Table &table, const QString &schema);
    void createIndex(const Index &index, const Table &table);
    void dropIndex(const Index &index, const Table &table);

    /// Some step drops or copies a table: the plan runs with foreign-key enforcement off, so
    /// rows that reference the table survive its temporary absence.
    void disableForeignKeys() { m_foreignKeysOff = true; }

    /// The plan, wrapped in the foreign-key pragmas when a step asked for them.
    Plan finish() const;

private:
    bool qualifies() const;
    /// The schema name a qualified table carries: `--qualifier`, else the table's own schema.
    QString qualifierFor(const QString &schema) const;

    const Dialect &m_dialect;
    PlanOptions m_options;
    QList<PlannedStatement> m_statements;
    int m_change = -1;
    bool m_foreignKeysOff = false;
};

} // namespace strata
