#pragma once

#include "dialect/dialect.h"

namespace strata {

/// SQLite: backtick quoting, declared types kept as written (lower case), AUTOINCREMENT inlined
/// in its column, UNIQUE constraints instead of sqlite_autoindex_* indexes, WITHOUT ROWID and
/// STRICT table options.
class SqliteDialect final : public Dialect
{
public:
    /// The one instance; every driver, dev database and writer quotes through it.
    static const SqliteDialect &instance();

    QString name() const override;
    SplitRules statementSplitRules() const override;
    QString defaultSchemaName() const override;
    QString quoteIdentifier(const QString &identifier) const override;

    QString hclType(const Column &column) const override;
    QList<HclAttribute> hclColumnAttributes(const Column &column,
                                            const Table &table) const override;
    QList<HclAttribute> hclTableOptions(const Table &table) const override;

    /// Atlas's SQLite FormatType keeps the type name only: varchar(255) is "varchar".
    QString formatType(const Column &column) const override;
    QString columnDefinitionSql(const Column &column, const Table &table) const override;
    /// SQLite needs parentheses around any default that is not a literal or a bare keyword.
    QString defaultValueSql(const ColumnDefault &value) const override;
    bool inlinesPrimaryKey(const Table &table) const override;
    /// Orders PRIMARY KEY and UNIQUE clauses so that SQLite numbers their automatic indexes
    /// (sqlite_autoindex_<table>_<n>) as the model names them.
    QStringList keyClausesSql(const Table &table) const override;
    /// sqlite_autoindex_* indexes cannot be created by name; they come back from UNIQUE (...).
    QString inlineIndexSql(const Index &index, const Table &table) const override;
    QList<ForeignKey> foreignKeysInDeclarationOrder(const Table &table) const override;
    bool keepsForeignKeyName(const QString &name) const override;
    /// Columns compare by Atlas's sqlite FormatType: known type names lowered and without their
    /// size or precision, other declared types as written. SQLite keeps no size, so
    /// `varchar(255)` (Sequelize) and `varchar` (a file Atlas wrote) are one type, as Atlas's
    /// differ sees them.
    Table comparableTable(const Table &table, const Schema &schema) const override;
    /// SQLite foreign keys cannot name another schema.
    QString referencedTableSql(const ForeignKey &foreignKey, const Schema &schema) const override;
    QString tableOptionsSql(const Table &table, const Schema &schema) const override;
    /// SQLite qualifies the index name, not the table: CREATE INDEX `s`.`i` ON `t` (...).
    QString createIndexSql(const Index &index, const Table &table, const Schema &schema,
                           bool qualify) const override;
};

} // namespace strata
