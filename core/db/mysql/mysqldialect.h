#pragma once

#include "db/mysql/mysqlflavour.h"
#include "dialect/dialect.h"

namespace strata {

/// MySQL and MariaDB: backtick quoting, Atlas's MySQL type spelling (`int` + `unsigned = true`,
/// `bool`, `enum("a")`), charset/collate/engine attributes, indexes declared inside CREATE
/// TABLE, and table options after it. Column definitions follow Atlas's planner (which also
/// writes `schema inspect`'s SQL). The MariaDB flavour writes MariaDB's JSON (longtext plus a
/// json_valid check) as `json` and leaves NULL/NOT NULL off generated columns, as MariaDB
/// requires.
class MysqlDialect final : public Dialect
{
public:
    using Flavour = MysqlFlavour;

    explicit MysqlDialect(Flavour flavour);

    Flavour flavour() const { return m_flavour; }
    QString name() const override;
    SplitRules statementSplitRules() const override;
    Table comparableTable(const Table &table, const Schema &schema) const override;
    /// MySQL has no default schema: DDL lands in whatever database the connection uses.
    QString defaultSchemaName() const override;
    QString quoteIdentifier(const QString &identifier) const override;
    /// Also doubles backslashes, which MySQL reads as escapes in string literals.
    QString quoteString(const QString &value) const override;

    QString hclType(const Column &column) const override;
    QList<HclAttribute> hclColumnTypeAttributes(const Column &column) const override;
    QList<HclAttribute> hclColumnAttributes(const Column &column,
                                            const Table &table) const override;
    QList<HclAttribute> hclTableAttributes(const Table &table, const Schema &schema) const override;
    QList<HclAttribute> hclIndexAttributes(const Index &index) const override;
    QList<HclAttribute> hclSchemaAttributes(const Schema &schema) const override;

    QString columnTypeSql(const Column &column) const override;
    /// `name type [CHARSET x] [AS (expr) VIRTUAL|STORED] NULL|NOT NULL [DEFAULT v]
    /// [AUTO_INCREMENT] [ON UPDATE x] [COMMENT "c"] [COLLATE y]`: Atlas's order, in which the
    /// collation comes last because its inspector lists it after the other column attributes.
    QString columnDefinitionSql(const Column &column, const Table &table) const override;
    /// Without the json_valid checks of MariaDB `json` columns, which the columns declare.
    QList<Check> declaredChecks(const Table &table) const override;
    QStringList keyClausesSql(const Table &table) const override;
    /// Every MySQL index is declared inside CREATE TABLE: `UNIQUE INDEX x (a, b(64) DESC)`,
    /// `INDEX x USING HASH (a)`; ALTER TABLE ADD uses the same clause.
    QString inlineIndexSql(const Index &index, const Table &table) const override;
    /// `CHARSET x COLLATE y COMMENT "z" ENGINE e`.
    QString tableOptionsSql(const Table &table, const Schema &schema) const override;

    /// `(a, b(64) DESC)`, preceded by `USING HASH ` for hash keys, as Atlas writes key parts of
    /// primary keys and indexes.
    QString keyTypeAndPartsSql(const Index &index) const;

private:
    QString keyPartsSql(const QList<IndexPart> &parts) const;

    Flavour m_flavour;
};

} // namespace strata
