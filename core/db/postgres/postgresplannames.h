#pragma once

#include "model/schema.h"

#include <QString>

namespace strata {

/// How one plan writes names, as Atlas's statement builder does: plain in a schema-bound plan,
/// "schema"."name" in a realm plan, and `--qualifier`'s schema in place of every table's own.
class PostgresPlanNames
{
public:
    PostgresPlanNames(bool qualify, const QString &qualifier);

    bool qualifies() const { return m_qualify; }
    /// The schema names are written with: the qualifier when one is given, else `schema`.
    QString schemaName(const QString &schema) const;
    /// A schema carrying only the name to write, for the dialect's (schema, qualify) calls.
    Schema schema(const QString &schema) const;
    /// `"t"` or `"s"."t"`.
    QString tableName(const QString &schema, const QString &table) const;
    /// A schema-level object (index, type, sequence): `"i"` or `"s"."i"`.
    QString objectName(const QString &schema, const QString &name) const;
    /// The column as the plan spells it: in a qualified plan an enum type is qualified with its
    /// schema (or the qualifier), as Atlas writes `"public"."status"`.
    Column column(const Column &column, const QString &schema) const;
    /// The table with its columns spelled by column().
    Table table(const Table &table, const QString &schema) const;

private:
    bool m_qualify = false;
    QString m_qualifier;
};

} // namespace strata
