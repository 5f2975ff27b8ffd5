#pragma once

// Schema models built in code for the writer tests; each has golden files in tests/data/hcl/.

#include "db/sqlite/sqlitecolumn.h"
#include "model/schema.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace writermodels {

using namespace strata;

inline QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline Column column(const char *name, const char *type, bool nullable = false)
{
    Column c;
    c.name = str(name);
    // Normalized exactly as SQLite inspection does, so the goldens hold for inspected schemas.
    c.type = sqliteColumnType(str(type));
    c.nullable = nullable;
    return c;
}

inline Column withDefault(Column c, ColumnDefault::Kind kind, const char *sql)
{
    c.defaultValue = ColumnDefault{kind, str(sql)};
    return c;
}

inline Column literal(Column c, const char *sql)
{
    return withDefault(std::move(c), ColumnDefault::Kind::Literal, sql);
}

inline Column expression(Column c, const char *sql)
{
    return withDefault(std::move(c), ColumnDefault::Kind::Expression, sql);
}

inline Column autoIncrement(Column c)
{
    c.autoIncrement = true;
    return c;
}

inline Column generated(Column c, const char *expression, bool stored)
{
    c.generated = GeneratedExpression{str(expression), stored};
    return c;
}

inline IndexPart part(const char *columnName, bool descending = false)
{
    IndexPart p;
    p.column = str(columnName);
    p.descending = descending;
    return p;
}

inline IndexPart expressionPart(const char *expression, bool descending = false)
{
    IndexPart p;
    p.expression = str(expression);
    p.descending = descending;
    return p;
}

inline Index index(const char *name, QList<IndexPart> parts, bool unique = false,
                   const char *where = "")
{
    Index i;
    i.name = str(name);
    i.parts = std::move(parts);
    i.unique = unique;
    i.where = str(where);
    return i;
}

inline Index primaryKey(const QList<IndexPart> &parts)
{
    return index("", parts);
}

inline ForeignKey foreignKey(const char *name, const QStringList &columns, const char *refTable,
                             const QStringList &refColumns, ReferenceAction onUpdate,
                             ReferenceAction onDelete)
{
    ForeignKey fk;
    fk.name = str(name);
    fk.columns = columns;
    fk.refTable = str(refTable);
    fk.refColumns = refColumns;
    fk.onUpdate = onUpdate;
    fk.onDelete = onDelete;
    return fk;
}

inline Check check(const char *name, const char *expression)
{
    return Check{str(name), str(expression), true};
}

inline Table table(const char *name, QList<Column> columns)
{
    Table t;
    t.name = str(name);
    t.columns = std::move(columns);
    return t;
}

inline Table withPrimaryKey(Table t, const QList<IndexPart> &parts)
{
    t.primaryKey = primaryKey(parts);
    return t;
}

inline Realm realm(QList<Table> tables, const char *schemaName = "main")
{
    Schema schema;
    schema.name = str(schemaName);
    schema.tables = std::move(tables);
    Realm r;
    r.schemas.append(schema);
    return r;
}

/// The Atlas oracle (internal/integration/testdata/sqlite/cli-inspect.txt): four int columns.
inline Realm oracleUsers()
{
    return realm({table("users", {column("id", "int"), column("a", "int"), column("b", "int"),
                                  column("ab", "int")})});
}

/// AUTOINCREMENT, a composite key, and automatic (sqlite_autoindex_*) indexes whose numbers
/// say whether SQLite met UNIQUE before or after the key.
inline Realm keys()
{
    Table accounts = withPrimaryKey(
        table("accounts", {autoIncrement(column("id", "integer")), column("name", "text", true)}),
        {part("id")});
    Table codes = withPrimaryKey(table("codes", {column("a", "text", true), column("b", "int")}),
                                 {part("b")});
    codes.indexes = {index("sqlite_autoindex_codes_1", {part("a")}, true),
                     index("sqlite_autoindex_codes_2", {part("b")}, true)};
    // As inspection reports them, without the key's own index: SQLite numbered UNIQUE (a)
    // before the key in labels, after it in tags.
    Table labels = withPrimaryKey(table("labels", {column("a", "text", true), column("b", "int")}),
                                  {part("b")});
    labels.indexes = {index("sqlite_autoindex_labels_1", {part("a")}, true)};
    Table tags = withPrimaryKey(table("tags", {column("code", "text"), column("label", "text")}),
                                {part("code")});
    tags.indexes = {index("sqlite_autoindex_tags_2", {part("label")}, true)};
    Table memberships = withPrimaryKey(
        table("memberships", {column("user_id", "integer"), column("group_id", "integer"),
                              literal(column("role", "text"), "'member'")}),
        {part("user_id"), part("group_id")});
    return realm({accounts, codes, labels, memberships, tags});
}

/// Unique, partial, expression and descending indexes.
inline Realm indexes()
{
    Table people =
        withPrimaryKey(table("people", {column("id", "integer"), column("first_name", "text"),
                                        column("last_name", "text"), column("email", "text", true),
                                        column("active", "boolean", true)}),
                       {part("id")});
    people.indexes = {
        index("people_active_email", {part("email")}, false, "active = 1"),
        index("people_email", {part("email")}, true),
        index("people_full_name", {expressionPart("lower(first_name)"), part("last_name")}),
        index("people_last_desc", {part("last_name", true), part("first_name")}),
        index("people_lower_email", {expressionPart("lower(email)", true)}, true,
              "email IS NOT NULL"),
    };
    return realm({people});
}

/// Every reference action, a self reference, a composite key, a numeric SQLite id as name, a
/// cycle, and a model order that is not the creation order.
inline Realm foreignKeys()
{
    using RA = ReferenceAction;
    const QStringList id{QStringLiteral("id")};
    Table aCycle = withPrimaryKey(
        table("a_cycle", {column("id", "integer"), column("b_id", "integer", true)}), {part("id")});
    aCycle.foreignKeys = {
        foreignKey("a_b", {QStringLiteral("b_id")}, "b_cycle", id, RA::NoAction, RA::NoAction)};
    Table bCycle = withPrimaryKey(
        table("b_cycle", {column("id", "integer"), column("a_id", "integer", true)}), {part("id")});
    bCycle.foreignKeys = {
        foreignKey("b_a", {QStringLiteral("a_id")}, "a_cycle", id, RA::NoAction, RA::NoAction)};
    Table comments =
        withPrimaryKey(table("comments", {column("id", "integer"), column("post_id", "integer"),
                                          column("author_id", "integer", true),
                                          column("parent_id", "integer", true)}),
                       {part("id")});
    comments.foreignKeys = {
        foreignKey("comments_author", {QStringLiteral("author_id")}, "users", id, RA::NoAction,
                   RA::SetNull),
        foreignKey("comments_parent", {QStringLiteral("parent_id")}, "comments", id, RA::Cascade,
                   RA::Cascade),
        foreignKey("0", {QStringLiteral("post_id")}, "posts", id, RA::Restrict, RA::SetDefault),
    };
    Table orderLines = withPrimaryKey(
        table("order_lines", {column("order_id", "integer"), column("line_no", "integer")}),
        {part("order_id"), part("line_no")});
    Table posts = withPrimaryKey(
        table("posts", {column("id", "integer"), column("author_id", "integer")}), {part("id")});
    posts.foreignKeys = {foreignKey("posts_author", {QStringLiteral("author_id")}, "users", id,
                                    RA::NoAction, RA::Restrict)};
    Table shipments =
        table("shipments", {column("order_id", "integer"), column("line_no", "integer")});
    const QStringList line{QStringLiteral("order_id"), QStringLiteral("line_no")};
    shipments.foreignKeys = {
        foreignKey("shipments_line", line, "order_lines", line, RA::Cascade, RA::Cascade)};
    Table users = withPrimaryKey(table("users", {column("id", "integer")}), {part("id")});
    return realm({aCycle, bCycle, comments, orderLines, posts, shipments, users});
}

/// Named and unnamed checks, with and without parentheses, one spanning two lines.
inline Realm checks()
{
    Table products =
        withPrimaryKey(table("products", {column("id", "integer"), column("name", "text"),
                                          column("price", "real"), column("qty", "integer")}),
                       {part("id")});
    products.checks = {
        check("price_positive", "(price > 0)"),
        check("", "(qty >= 0)"),
        check("qty_max", "qty < 1000"),
        check("name_set", "(name <> ''\n  AND name IS NOT NULL)"),
    };
    return realm({products});
}

/// Literal defaults (numbers, strings needing escapes, booleans, NULL, blobs) and expressions.
inline Realm defaults()
{
    return realm(
        {table("settings", {
                               literal(column("n_int", "integer"), "0"),
                               literal(column("n_neg", "integer"), "-5"),
                               literal(column("n_dec", "real"), "1.50"),
                               literal(column("n_plus", "real", true), "+2.0"),
                               literal(column("n_long", "numeric", true), "12345678901234567.25"),
                               literal(column("s_quote", "text"), "'it''s'"),
                               literal(column("s_escape", "text"), "'a\\b \"c\" ${x} %{y} $z'"),
                               literal(column("s_newline", "text", true), "'line1\nline2'"),
                               literal(column("s_empty", "text", true), "''"),
                               literal(column("s_double", "text", true), "\"q\""),
                               expression(column("ts", "datetime"), "CURRENT_TIMESTAMP"),
                               expression(column("expr", "text", true), "lower('X')"),
                               expression(column("expr_paren", "text", true), "(upper('y'))"),
                               literal(column("flag_t", "boolean"), "true"),
                               literal(column("flag_f", "boolean"), "FALSE"),
                               literal(column("nothing", "text", true), "NULL"),
                               literal(column("blob_x", "blob", true), "x'00ff'"),
                           })});
}

/// Names that are not HCL identifiers or need quoting in SQL.
inline Realm identifiers()
{
    Table mine = withPrimaryKey(
        table("my table", {column("first name", "text"), column("a`b", "int", true),
                           column("a\"b", "int", true), column("${x}", "text", true)}),
        {part("first name")});
    mine.indexes = {index("my index", {part("a`b")})};
    mine.foreignKeys = {foreignKey("fk \"q\"", {str("a\"b")}, "other table", {str("id col")},
                                   ReferenceAction::NoAction, ReferenceAction::Cascade)};
    Table other =
        withPrimaryKey(table("other table", {column("id col", "integer")}), {part("id col")});
    Table quoted = table("q\"t", {column("x", "int", true)});
    return realm({mine, other, quoted});
}

/// SQLite's WITHOUT ROWID and STRICT, alone and together.
inline Realm tableOptions()
{
    auto keyed = [](const char *name, bool withoutRowid, bool strict) {
        Table t = withPrimaryKey(table(name, {column("id", "integer")}), {part("id")});
        t.withoutRowid = withoutRowid;
        t.strict = strict;
        return t;
    };
    return realm({keyed("t1", true, true), keyed("t2", false, true), keyed("t3", true, false)});
}

/// STORED and VIRTUAL generated columns.
inline Realm generatedColumns()
{
    return realm(
        {table("boxes", {column("w", "int"), column("h", "int"),
                         generated(column("area", "int", true), "(w * h)", true),
                         generated(column("perimeter", "int", true), "2 * (w + h)", false)})});
}

/// A table without columns (Atlas prints the block with only its schema).
inline Realm emptyTable()
{
    return realm({table("nothing", {})});
}

/// A realm of one schema without tables.
inline Realm emptySchema()
{
    return realm({});
}

/// Two schemas with a table of the same name: Atlas qualifies those tables' labels and refs.
inline Realm twoSchemas()
{
    Realm r = realm({withPrimaryKey(table("users", {column("id", "integer")}), {part("id")})});
    Table logs = table("logs", {column("user_id", "integer")});
    logs.foreignKeys = {foreignKey("logs_user", {QStringLiteral("user_id")}, "users",
                                   {QStringLiteral("id")}, ReferenceAction::NoAction,
                                   ReferenceAction::Cascade)};
    Realm aux = realm(
        {logs, withPrimaryKey(table("users", {column("id", "integer")}), {part("id")})}, "aux");
    r.schemas.append(aux.schemas);
    return r;
}

/// The seed guide's Sequelize models as SQLite reports them after running
/// ../shared/reference/sequelize-output/sqlite.sql: INTEGER PRIMARY KEY AUTOINCREMENT columns
/// are nullable (no NOT NULL), the unnamed foreign key carries SQLite's id "0", and tables come
/// name-sorted as inspection lists them.
inline Realm seedSqlite()
{
    Table tasks = withPrimaryKey(
        table("Tasks", {autoIncrement(column("id", "INTEGER", true)),
                        literal(column("complete", "TINYINT(1)", true), "0"),
                        column("createdAt", "DATETIME"), column("updatedAt", "DATETIME"),
                        column("userID", "INTEGER")}),
        {part("id")});
    tasks.foreignKeys = {foreignKey("0", {QStringLiteral("userID")}, "Users",
                                    {QStringLiteral("id")}, ReferenceAction::Cascade,
                                    ReferenceAction::Cascade)};
    Table users = withPrimaryKey(
        table("Users", {autoIncrement(column("id", "INTEGER", true)),
                        column("name", "VARCHAR(255)"), column("email", "VARCHAR(255)"),
                        column("createdAt", "DATETIME"), column("updatedAt", "DATETIME")}),
        {part("id")});
    return realm({tasks, users});
}

} // namespace writermodels

Q_DECLARE_METATYPE(strata::Realm)
