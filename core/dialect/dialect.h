#pragma once

#include "dialect/splitrules.h"
#include "hcl/hclvalue.h"
#include "model/schema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// One statement of the SQL writer's output: the Atlas comment line and the SQL.
struct SqlStatement
{
    QString comment;
    QString sql;
};

/// What differs between databases: quoting, type spelling, HCL attributes, DDL. One subclass per
/// database. The HCL and SQL writers are generic and ask the dialect for every spelling, so a new
/// database only adds its own spelling here. Defaults follow standard SQL and Atlas's common
/// (specutil) behaviour.
class Dialect
{
public:
    virtual ~Dialect() = default;

    /// "sqlite", later "mysql", "mariadb", "postgres".
    virtual QString name() const = 0;
    /// The schema that schema-less DDL lands in ("main" for SQLite).
    virtual QString defaultSchemaName() const = 0;
    /// An identifier quoted so that any name survives (SQLite: `a``b`).
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
    /// A string literal: 'a''b'.
    virtual QString quoteString(const QString &value) const;
    /// How this database's migration files split into statements.
    virtual SplitRules statementSplitRules() const = 0;
    /// The table as the differ compares it: spellings that mean the same to this database made
    /// equal (a column collation that is the table's default, a table charset inherited from the
    /// schema), so a schema diffed against its own inspection is empty. By default as is.
    virtual Table comparableTable(const Table &table, const Schema &schema) const;

    // Atlas HCL (`atlas schema inspect`)

    /// The expression after `type =`: `integer`, `varchar(255)`, or `sql("...")` for types
    /// Atlas does not know.
    virtual QString hclType(const Column &column) const = 0;
    /// Column attributes Atlas derives from the type, printed after `default` (MySQL `unsigned`).
    virtual QList<HclAttribute> hclColumnTypeAttributes(const Column &column) const;
    /// Column attributes printed after `comment` (charset, collate, on_update, auto_increment).
    virtual QList<HclAttribute> hclColumnAttributes(const Column &column, const Table &table) const;
    /// Table attributes printed after `schema` and `comment` (MySQL charset, collate, engine).
    virtual QList<HclAttribute> hclTableAttributes(const Table &table, const Schema &schema) const;
    /// Table attributes printed last, after the check blocks (SQLite without_rowid, strict).
    virtual QList<HclAttribute> hclTableOptions(const Table &table) const;
    /// Index attributes printed after columns and comment: `where` by default; MySQL/PG add
    /// the access method (PostgreSQL prints it before `where`).
    virtual QList<HclAttribute> hclIndexAttributes(const Index &index) const;
    /// Schema attributes printed after `comment` (MySQL charset, collate).
    virtual QList<HclAttribute> hclSchemaAttributes(const Schema &schema) const;
    /// The label of the primary_key block; empty where the database does not keep PK names.
    virtual QString hclPrimaryKeyName(const Table &table) const;

    // SQL DDL (`atlas schema inspect --format '{{ sql . }}'`)

    /// The column type as DDL spells it; defaults to the normalized type.
    virtual QString columnTypeSql(const Column &column) const;
    /// The type as Atlas's driver FormatType spells it, which its Mermaid ERD prints; defaults
    /// to columnTypeSql().
    virtual QString formatType(const Column &column) const;
    /// One column of CREATE TABLE: name, type, nullability, default, generated expression...
    virtual QString columnDefinitionSql(const Column &column, const Table &table) const = 0;
    /// The value after DEFAULT, valid in DDL; defaults to the model's SQL text as is.
    virtual QString defaultValueSql(const ColumnDefault &value) const;
    /// Whether the primary key is written inside a column definition rather than as a table
    /// clause (SQLite `PRIMARY KEY AUTOINCREMENT`).
    virtual bool inlinesPrimaryKey(const Table &table) const;
    /// The PRIMARY KEY clause and the clauses of indexes created inside CREATE TABLE, in the
    /// order they must appear.
    virtual QStringList keyClausesSql(const Table &table) const;
    /// The clause of an index created inside CREATE TABLE (MySQL `INDEX`, SQLite `UNIQUE`);
    /// empty when the index gets its own CREATE INDEX statement.
    virtual QString inlineIndexSql(const Index &index, const Table &table) const;
    /// The table's foreign keys in the order CREATE TABLE declares them. SQLite reports keys in
    /// reverse declaration order, so its dialect reverses them back: loading the written SQL then
    /// gives the same key ids, names and order again.
    virtual QList<ForeignKey> foreignKeysInDeclarationOrder(const Table &table) const;
    /// The checks CREATE TABLE writes as table clauses; MariaDB leaves out the json_valid checks
    /// its `json` columns declare themselves.
    virtual QList<Check> declaredChecks(const Table &table) const;
    /// Whether a foreign key's name is written as `CONSTRAINT name` (SQLite drops the numeric ids
    /// that stand in for unnamed keys).
    virtual bool keepsForeignKeyName(const QString &name) const;
    /// The table after REFERENCES, schema-qualified when it lives in another schema.
    virtual QString referencedTableSql(const ForeignKey &foreignKey, const Schema &schema) const;
    /// Text after CREATE TABLE's closing parenthesis (`WITHOUT ROWID`, `CHARSET x`); may be empty.
    virtual QString tableOptionsSql(const Table &table, const Schema &schema) const;
    /// A table name for DDL; `qualify` adds the schema when a realm spans several schemas.
    virtual QString tableNameSql(const Schema &schema, const Table &table, bool qualify) const;
    /// A whole CREATE INDEX statement, without the semicolon.
    virtual QString createIndexSql(const Index &index, const Table &table, const Schema &schema,
                                   bool qualify) const;
    /// Statements that set comments after CREATE TABLE (PostgreSQL COMMENT ON); none where
    /// comments are part of CREATE TABLE.
    virtual QList<SqlStatement> commentStatementsSql(const Table &table, const Schema &schema,
                                                     bool qualify) const;
    /// `CREATE TYPE "status" AS ENUM ('a', 'b')` for a PostgreSQL enum type.
    virtual QString createEnumSql(const EnumType &type, const Schema &schema, bool qualify) const;

    // Building blocks shared by dialects and the SQL writer.

    /// `PRIMARY KEY (a, b)`.
    QString primaryKeySql(const Index &primaryKey) const;
    /// `CONSTRAINT x FOREIGN KEY (a) REFERENCES t (b) ON UPDATE ... ON DELETE ...`.
    QString foreignKeySql(const ForeignKey &foreignKey, const Schema &schema) const;
    /// `CONSTRAINT x CHECK (expr)`, or `CHECK (expr)` when unnamed.
    QString checkSql(const Check &check) const;
    /// `(a, b DESC, lower(c))`.
    QString indexPartsSql(const QList<IndexPart> &parts) const;
    /// `(a, b)`.
    QString identifierListSql(const QStringList &identifiers) const;
};

} // namespace strata
