#pragma once

namespace strata::postgresqueries {

// The catalog queries of one inspection. Each takes $1, a text[] of schema names, and returns
// rows ordered so that rows of one table, index or key are adjacent.

/// nspname, comment. Every user schema of the database.
inline constexpr const char *kRealmSchemas =
    "SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace') "
    "FROM pg_catalog.pg_namespace n "
    "WHERE n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast') "
    "AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%' "
    "ORDER BY n.nspname";

/// nspname, comment. The schemas named in $1.
inline constexpr const char *kSchemas =
    "SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace') "
    "FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY($1::text[]) ORDER BY n.nspname";

/// nspname, relname, comment.
inline constexpr const char *kTables =
    "SELECT n.nspname, c.relname, ds.description "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid "
    "AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0 "
    "WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
    "ORDER BY n.nspname, c.relname";

/// nspname, relname, attname, format_type, typtype, typname, type schema, attnotnull,
/// default expression, attidentity, attgenerated, comment, collation, identity start,
/// identity increment, attnum. Collation and identity come from subqueries that run only for
/// the few columns that have them. pg_get_expr() opens and locks the table it is given; a DEFAULT
/// cannot refer to columns, so only generated columns pass their table. Unordered: sorting 20,000
/// wide rows costs the server more than sorting each table's columns by attnum costs the client.
inline constexpr const char *kColumns =
    "SELECT n.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
    "t.typtype, t.typname, tn.nspname, a.attnotnull, "
    "pg_catalog.pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END), "
    "a.attidentity, a.attgenerated, ds.description, "
    "CASE WHEN a.attcollation NOT IN (0, 100) THEN (SELECT co.collname FROM "
    "pg_catalog.pg_collation co WHERE co.oid = a.attcollation) END, "
    "CASE WHEN a.attidentity <> '' THEN (SELECT s.seqstart FROM pg_catalog.pg_depend dep "
    "JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid "
    "WHERE dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = a.attrelid "
    "AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_catalog.pg_class'::regclass "
    "AND dep.deptype = 'i' LIMIT 1) END, "
    "CASE WHEN a.attidentity <> '' THEN (SELECT s.seqincrement FROM pg_catalog.pg_depend dep "
    "JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid "
    "WHERE dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = a.attrelid "
    "AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_catalog.pg_class'::regclass "
    "AND dep.deptype = 'i' LIMIT 1) END, "
    "a.attnum "
    "FROM pg_catalog.pg_attribute a "
    "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace "
    "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid "
    "AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum "
    "WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
    "AND a.attnum > 0 AND NOT a.attisdropped";

/// nspname, table, index, access method, is primary, is unique, constraint type, predicate,
/// comment, part ordinal, key part count, column (NULL for expressions), expression of an
/// expression part, descending (bit 0 of indoption; INCLUDE columns have no option).
inline constexpr const char *kIndexes =
    "SELECT n.nspname, t.relname, i.relname, am.amname, x.indisprimary, x.indisunique, "
    "con.contype, pg_catalog.pg_get_expr(x.indpred, x.indrelid), "
    "ds.description, k.ord, x.indnkeyatts, a.attname, "
    "CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, false) "
    "END, COALESCE(k.option & 1 = 1, false) "
    "FROM pg_catalog.pg_index x "
    "JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
    "JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
    "JOIN pg_catalog.pg_am am ON am.oid = i.relam "
    "CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indoption::int2[]) "
    "WITH ORDINALITY AS k(attnum, option, ord) "
    "LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = i.oid "
    "AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0 "
    "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum "
    "AND k.attnum > 0 "
    "LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = x.indexrelid "
    "AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x') "
    "WHERE n.nspname = ANY($1::text[]) AND t.relkind IN ('r', 'p') AND NOT t.relispartition "
    "ORDER BY n.nspname, t.relname, i.relname, k.ord";

/// nspname, table, constraint, referenced schema, referenced table, ordinal, column,
/// referenced column, on update code, on delete code.
inline constexpr const char *kForeignKeys =
    "SELECT n.nspname, t.relname, con.conname, rn.nspname, rt.relname, k.ord, a.attname, "
    "ra.attname, con.confupdtype, con.confdeltype "
    "FROM pg_catalog.pg_constraint con "
    "JOIN pg_catalog.pg_class t ON t.oid = con.conrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
    "JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid "
    "JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace "
    "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, ord) "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
    "JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refnum "
    "WHERE con.contype = 'f' AND n.nspname = ANY($1::text[]) "
    "ORDER BY n.nspname, t.relname, con.conname, k.ord";

/// nspname, table, constraint, expression.
inline constexpr const char *kChecks =
    "SELECT n.nspname, t.relname, con.conname, pg_catalog.pg_get_expr(con.conbin, con.conrelid) "
    "FROM pg_catalog.pg_constraint con "
    "JOIN pg_catalog.pg_class t ON t.oid = con.conrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
    "WHERE con.contype = 'c' AND n.nspname = ANY($1::text[]) "
    "ORDER BY n.nspname, t.relname, con.conname";

/// nspname, type name, label.
inline constexpr const char *kEnums =
    "SELECT n.nspname, t.typname, e.enumlabel FROM pg_catalog.pg_type t "
    "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
    "JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
    "WHERE n.nspname = ANY($1::text[]) ORDER BY n.nspname, t.typname, e.enumsortorder";

} // namespace strata::postgresqueries
