#pragma once

#include "model/schema.h"
#include "mysqlcolumnnormalizer.h"
#include "mysqlddlspec.h"
#include "mysqlparseoptions.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace strata {

/// Applies parsed DDL statements to a realm the way the server applies them to its catalog:
/// names the keys, checks and foreign keys the server names, adds the index InnoDB needs for a
/// foreign key, resolves charsets. Every method returns an empty string on success, else what
/// the server would refuse (without position; the parser adds it).
class MysqlSchemaBuilder
{
public:
    explicit MysqlSchemaBuilder(const MysqlParseOptions &options);
    ~MysqlSchemaBuilder();

    QString createSchema(const QString &name, bool ifNotExists,
                         const MysqlTableOptionsSpec &options);
    QString dropSchema(const QString &name, bool ifExists);
    QString useSchema(const QString &name);

    QString createTable(const QString &schema, const QString &name, bool ifNotExists,
                        bool orReplace, MysqlTableBodySpec body,
                        const MysqlTableOptionsSpec &options);
    QString createTableLike(const QString &schema, const QString &name, bool ifNotExists,
                            const QString &sourceSchema, const QString &source);
    QString dropTable(const QString &schema, const QString &name, bool ifExists);
    QString renameTable(const QString &schema, const QString &name, const QString &newSchema,
                        const QString &newName);

    /// ALTER TABLE actions, one call each, on the table `beginAlter` selected.
    QString beginAlter(const QString &schema, const QString &name);
    QString addColumn(const MysqlColumnSpec &column, const QString &after, bool first);
    QString modifyColumn(const QString &oldName, const MysqlColumnSpec &column,
                         const QString &after, bool first);
    QString dropColumn(const QString &name, bool ifExists);
    QString renameColumn(const QString &oldName, const QString &newName);
    QString setColumnDefault(const QString &name, const MysqlDefaultSpec &value);
    QString addKey(const MysqlKeySpec &key, bool ifNotExists);
    QString dropKey(const QString &name, bool ifExists);
    QString dropPrimaryKey();
    QString renameKey(const QString &oldName, const QString &newName);
    QString addForeignKey(const MysqlForeignKeySpec &key);
    QString dropForeignKey(const QString &name, bool ifExists);
    QString addCheck(const MysqlCheckSpec &check);
    QString dropCheck(const QString &name, bool ifExists);
    QString dropConstraint(const QString &name, bool ifExists);
    QString setTableOptions(const MysqlTableOptionsSpec &options);
    QString convertCharset(const QString &charset, const QString &collation);
    QString renameAlteredTable(const QString &newSchema, const QString &newName);
    QString endAlter();

    /// CREATE INDEX / DROP INDEX outside ALTER TABLE.
    QString createIndex(const QString &schema, const QString &table, const MysqlKeySpec &key);
    QString dropIndex(const QString &schema, const QString &table, const QString &name);

    /// The realm in inspection order (schemas, tables, indexes, keys and checks sorted by name
    /// as the catalog sorts them), with column charsets equal to the table's cleared.
    Realm finish();

    QString currentSchema() const;

private:
    struct TableState;
    struct SchemaState;

    SchemaState *schemaState(const QString &name, bool create);
    TableState *tableState(const QString &schema, const QString &name);
    QString applyKey(TableState &table, const MysqlKeySpec &key, bool generated);
    /// The keys a column definition declares inline: PRIMARY KEY when `primary`, UNIQUE.
    QString applyColumnKeys(TableState &table, const MysqlColumnSpec &column, bool primary);
    QString applyForeignKey(TableState &table, const MysqlForeignKeySpec &key);
    QString applyCheck(TableState &table, const MysqlCheckSpec &check, const QString &column);
    void dropRedundantGeneratedKeys(TableState &table);
    /// MariaDB adds CHECK (json_valid(`c`)) named after the column to every JSON column.
    QString addJsonCheck(TableState &table, const MysqlColumnSpec &column);
    QString uniqueKeyName(const TableState &table, const QString &base) const;

    MysqlParseOptions m_options;
    MysqlNormalizerCache m_cache;
    quint64 m_sequence = 0;
    QString m_current;
    std::vector<std::unique_ptr<SchemaState>> m_schemas;
    TableState *m_altered = nullptr;
    QString m_alteredSchema;
};

} // namespace strata
