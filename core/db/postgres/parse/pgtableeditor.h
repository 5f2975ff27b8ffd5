#pragma once

#include "pgjsonreader.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

class PgSchemaBuilder;
struct Table;

/// Applies one CREATE TABLE or ALTER TABLE statement to a table the way the server does:
/// columns first, then, in the server's order, CHECK constraints, PRIMARY KEY/UNIQUE indexes
/// and foreign keys, each named as the server names it when the DDL does not. Methods return
/// an error sentence (the server's wording) or an empty string.
class PgTableEditor
{
public:
    /// `source` is the parsed text (see PgExpressionPrinter).
    PgTableEditor(PgSchemaBuilder &builder, const QByteArray &source, const QString &schema,
                  const QString &table, bool creating);

    QString addColumn(const pgjson::Object &columnDef, bool ifNotExists = false);
    /// `onColumn` names the column a column constraint is written on (the tree names none).
    QString addConstraint(const pgjson::Object &constraint, const QString &onColumn = {});
    QString dropColumn(const QString &name, bool missingOk);
    QString dropConstraint(const QString &name, bool missingOk);
    QString setNotNull(const QString &column, bool notNull);
    /// SET DEFAULT expr, or DROP DEFAULT when `expression` is undefined.
    QString setDefault(const QString &column, const pgjson::Value &expression);
    QString setType(const QString &column, const pgjson::Object &typeName);
    /// RENAME COLUMN: keys, indexes, references from other tables and expressions follow.
    QString renameColumn(const QString &from, const QString &to);
    /// RENAME CONSTRAINT; a primary key or unique constraint renames its index too.
    QString renameConstraint(const QString &from, const QString &to);

    /// Names and adds what the statement declared, in the server's order.
    QString finish();

    /// Expressions printed only approximately (see PgExpressionPrinter), for a warning.
    const QStringList &approximations() const { return m_approximations; }
    /// Types that are neither built in nor enums of the script, kept as written.
    const QStringList &unknownTypes() const { return m_unknownTypes; }

private:
    struct PendingIndex
    {
        QString name;
        bool primary = false;
        QStringList columns;
        QStringList include;
    };
    struct PendingCheck
    {
        QString name;
        pgjson::Value expression;
    };
    struct PendingKey
    {
        QString name;
        QStringList columns;
        QString refSchema;
        QString refTable;
        QStringList refColumns;
        QString onUpdate;
        QString onDelete;
    };
    struct PendingExpression
    {
        QString column;
        pgjson::Value expression;
        bool generated = false;
    };

    Table &table();
    void resolveType(const struct PgTypeName &type, struct Column &column, QString &baseType);
    QString addIndexConstraint(const PendingIndex &pending);
    QString addForeignKey(const PendingKey &pending);
    void printExpressions();

    PgSchemaBuilder &m_builder;
    const QByteArray &m_source;
    QString m_schema;
    QString m_table;
    bool m_creating = false;
    QList<PendingIndex> m_indexes;
    QList<PendingCheck> m_checks;
    QList<PendingKey> m_keys;
    QList<PendingExpression> m_expressions;
    QStringList m_approximations;
    QStringList m_unknownTypes;
};

} // namespace strata
