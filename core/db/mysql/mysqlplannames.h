#pragma once

#include "model/schema.h"

#include <QString>

namespace strata {

class MysqlDialect;

/// How one plan names tables: unqualified for a schema-bound plan, `schema`.`table` when the
/// plan spans schemas or the user asked (`--qualifier` replaces every schema name).
class MysqlPlanNames
{
public:
    MysqlPlanNames(const MysqlDialect &dialect, bool qualify, const QString &qualifier);

    bool qualify() const { return m_qualify; }
    /// The schema tables of `schemaName` are written in: the qualifier's name when one is set.
    /// Only the name is filled in; the dialect needs no more to spell names and references.
    Schema schema(const QString &schemaName) const;
    /// `t`, or `s`.`t` when qualifying.
    QString table(const QString &schemaName, const QString &tableName) const;

private:
    const MysqlDialect &m_dialect;
    bool m_qualify;
    QString m_qualifier;
};

} // namespace strata
