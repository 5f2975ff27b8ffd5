#pragma once

#include "model/column.h"
#include "model/referenceaction.h"

#include <QString>

#include <optional>

namespace strata {

/// What the catalog says about a column's type.
struct PostgresTypeRow
{
    /// pg_catalog.format_type(atttypid, atttypmod): "character varying(255)", "integer[]".
    QString formatType;
    /// pg_type.typtype: 'b' base, 'e' enum, 'd' domain, 'c' composite...
    QString typtype;
    QString typeName;
    QString typeSchema;
};

/// The column type as Atlas spells it for SQL (`normalized`): "character varying(255)",
/// "timestamptz", "timestamp(4)", "numeric(10,2)", "integer[]"; enums carry their name.
/// The one table of PostgreSQL's numeric types, shared by the inspector and the DDL reader so
/// both read types alike: the rank of a format_type() name in the server's implicit-cast ladder
/// (smallint 1, integer 2, bigint 3, numeric 4, real 5, double precision 6); 0 for other types.
int postgresNumericRank(const QString &formatType);
/// smallint, integer or bigint.
bool isPostgresIntegerType(const QString &formatType);

ColumnType postgresColumnType(const PostgresTypeRow &row, const QString &tableSchema);

/// Applies a catalog default (pg_get_expr of pg_attrdef) to the column as Atlas does: a
/// nextval() of the column's own sequence on an integer column turns it into serial /
/// bigserial / smallserial without a default; literals, also behind a cast to the column's
/// type ('a'::text, '{}'::integer[]), become literals; anything else stays an expression.
void applyPostgresDefault(Column &column, const QString &expression);

/// The HCL type expression: `integer`, `character_varying(255)`, `enum.status`, or `sql("...")`
/// for types Atlas's PostgreSQL type registry does not know (arrays among them).
QString postgresHclType(const ColumnType &type);

/// A foreign key action from its pg_constraint code (confupdtype / confdeltype: 'a' no
/// action, 'r' restrict, 'c' cascade, 'n' set null, 'd' set default), as the catalog reports
/// it and as the parser records what the server would store.
ReferenceAction postgresReferenceAction(const QString &code);

} // namespace strata
