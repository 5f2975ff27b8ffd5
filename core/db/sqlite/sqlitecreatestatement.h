#pragma once

#include "model/check.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// A REFERENCES clause as written, used to recover constraint names SQLite's pragmas omit.
struct SqliteForeignKeyClause
{
    QString constraintName;
    QStringList columns;
    QString refTable;
    /// Empty when the clause names no columns (it then references the parent's primary key).
    QStringList refColumns;
};

/// What SQLite keeps only in the CREATE TABLE text: constraint names, checks, generated-column
/// expressions, AUTOINCREMENT and table options.
struct SqliteCreateTable
{
    bool isVirtual = false;
    /// In declaration order (column and table constraints as they appear in the text).
    QList<SqliteForeignKeyClause> foreignKeys;
    QList<Check> checks;
    /// Generated-column expression with its parentheses, keyed by lower-case column name.
    QHash<QString, QString> generatedExpressions;
    /// The column declared PRIMARY KEY ... AUTOINCREMENT, if any.
    QString autoIncrementColumn;
    bool withoutRowid = false;
    bool strict = false;
};

/// Key parts and predicate of a CREATE INDEX statement.
struct SqliteCreateIndex
{
    /// Each indexed column or expression as written (COLLATE kept), without a trailing ASC/DESC.
    QStringList parts;
    /// The partial-index predicate after WHERE, trimmed; empty when there is none.
    QString where;
};

/// Scans a CREATE TABLE statement as stored in sqlite_master. Tolerates any text.
SqliteCreateTable parseSqliteCreateTable(const QString &sql);

/// Scans a CREATE INDEX statement as stored in sqlite_master. Tolerates any text.
SqliteCreateIndex parseSqliteCreateIndex(const QString &sql);

} // namespace strata
