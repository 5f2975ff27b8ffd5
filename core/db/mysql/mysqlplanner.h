#pragma once

#include "db/mysql/mysqldialect.h"
#include "diff/planner.h"

namespace strata {

/// Writes the SQL `atlas migrate diff` and `atlas schema diff` write for MySQL 8 or MariaDB
/// (sql/mysql/migrate.go): CREATE/DROP/ALTER DATABASE, CREATE TABLE through createTableSql(),
/// DROP TABLE, RENAME TABLE, and one ALTER TABLE per modified table (two when indexes or
/// foreign keys are rebuilt), each with Atlas's comment. MariaDB differs where its server does:
/// no DROP CHECK, `json` columns that carry their own check, no NULL on generated columns.
class MysqlPlanner final : public Planner
{
public:
    explicit MysqlPlanner(MysqlFlavour flavour);

    Expected<Plan> plan(const SchemaDiff &diff, const PlanOptions &options) const override;

private:
    MysqlDialect m_dialect;
};

} // namespace strata
