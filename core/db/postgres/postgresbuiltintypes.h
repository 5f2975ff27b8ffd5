#pragma once

#include <QString>

namespace strata {

/// One built-in PostgreSQL type, as the catalog, the grammar and Atlas each name it.
struct PostgresBuiltinType
{
    /// pg_type.typname, what the grammar maps every spelling to: "int4", "varchar".
    QString catalogName;
    /// format_type() without modifiers: "integer", "character varying".
    QString formatName;
    /// The rank in the server's implicit-cast ladder of numeric types (smallint 1, integer 2,
    /// bigint 3, numeric 4, real 5, double precision 6); 0 for other types.
    int numericRank = 0;
    /// Whether format_type() drops modifiers written after the name (int4(5) is int4).
    bool ignoresModifiers = false;
};

/// The one table of PostgreSQL's built-in types, shared by the DDL reader (which computes what
/// format_type() would print), the inspector (which reads format_type() from the server) and
/// the HCL writer, so all three name a type alike and the differ compares like with like.
///
/// The built-in type an unqualified type name written in DDL denotes ("int", "integer" and
/// "int4" are int4; "decimal" is numeric); nullptr for names that are no built-in type.
const PostgresBuiltinType *postgresBuiltinType(const QString &writtenName);

/// The built-in type whose format_type() spelling is `formatName` ("double precision");
/// nullptr for other types.
const PostgresBuiltinType *postgresBuiltinTypeByFormat(const QString &formatName);

/// Whether Atlas's PostgreSQL type registry spells `hclName` as a type of its own in HCL
/// ("character_varying", "int4", "serial", "tstzmultirange"); other types are written sql("...").
bool isAtlasPostgresHclType(const QString &hclName);

} // namespace strata
