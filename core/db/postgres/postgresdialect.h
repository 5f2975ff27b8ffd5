#pragma once

#include "dialect/dialect.h"

namespace strata {

/// PostgreSQL: double-quote quoting, Atlas's PostgreSQL type spelling (`character_varying(255)`,
/// `timestamptz`, `serial`, `enum.status`), identity and collation column attributes, index
/// access methods, INCLUDE and partial indexes, UNIQUE constraints, COMMENT ON statements.
class PostgresDialect final : public Dialect
{
public:
    /// The one instance; every driver, dev database and writer quotes through it.
    static const PostgresDialect &instance();

    QString name() const override;
    SplitRules statementSplitRules() const override;
    QString defaultSchemaName() const override;
    QString quoteIdentifier(const QString &identifier) const override;

    QString hclType(const Column &column) const override;
    QList<HclAttribute> hclColumnAttributes(const Column &column,
                                            const Table &table) const override;
    /// `type` (GIN, BRIN, GIST, HASH, SPGIST; not the default BTREE), `where`, `include`.
    QList<HclAttribute> hclIndexAttributes(const Index &index) const override;

    /// Enum columns use their (quoted) type name.
    QString columnTypeSql(const Column &column) const override;
    QString columnDefinitionSql(const Column &column, const Table &table) const override;
    /// Indexes that back a UNIQUE constraint are written as `CONSTRAINT x UNIQUE (...)`.
    QString inlineIndexSql(const Index &index, const Table &table) const override;
    QString createIndexSql(const Index &index, const Table &table, const Schema &schema,
                           bool qualify) const override;
    QList<SqlStatement> commentStatementsSql(const Table &table, const Schema &schema,
                                             bool qualify) const override;
};

/// The one implementation of PostgreSQL identifier quoting ("a""b"), for the dialect and for
/// the driver's and dev database's own statements.
QString postgresQuotedIdentifier(const QString &identifier);

} // namespace strata
