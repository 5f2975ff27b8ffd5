#pragma once

#include "check.h"
#include "column.h"
#include "foreignkey.h"
#include "index.h"

#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// Where a table was defined in the ORM's source (from `-- atlas:pos` directives).
struct SourcePosition
{
    QString file;
    int firstLine = 0;
    int lastLine = 0;

    bool isValid() const { return !file.isEmpty(); }
    bool operator==(const SourcePosition &) const = default;
};

struct Table
{
    QString name;
    QList<Column> columns;
    std::optional<Index> primaryKey;
    QList<Index> indexes;
    QList<ForeignKey> foreignKeys;
    QList<Check> checks;
    QString comment;
    QString charset;
    QString collation;
    /// MySQL storage engine; empty means the server default.
    QString engine;
    /// SQLite `WITHOUT ROWID`.
    bool withoutRowid = false;
    /// SQLite `STRICT`.
    bool strict = false;
    /// Not part of the schema itself: the differ ignores it.
    SourcePosition source;

    const Column *column(const QString &columnName) const;
    bool isPrimaryKeyColumn(const QString &columnName) const;
    bool isForeignKeyColumn(const QString &columnName) const;

    /// Schema equality: everything but `source`.
    bool operator==(const Table &other) const;
};

} // namespace strata
