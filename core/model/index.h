#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// One part of an index key: a column or an expression.
struct IndexPart
{
    /// Column name; empty when the part is an expression.
    QString column;
    /// Expression text as the catalog reports it; empty for column parts.
    QString expression;
    bool descending = false;
    /// MySQL prefix length (`INDEX (name(64))`); 0 when the whole value is indexed.
    int prefixLength = 0;

    bool isExpression() const { return column.isEmpty(); }
    bool operator==(const IndexPart &) const = default;
};

/// An index, or the primary key (which uses the same shape).
struct Index
{
    QString name;
    bool unique = false;
    QList<IndexPart> parts;
    /// Predicate of a partial index (`WHERE ...`), without the keyword.
    QString where;
    /// Access method when not the default: FULLTEXT, SPATIAL, HASH (MySQL), GIN, BRIN, GiST (PG).
    QString type;
    QString comment;
    /// PostgreSQL `INCLUDE (...)`: non-key columns stored in the index.
    QStringList include;
    /// PostgreSQL: the index backs a UNIQUE constraint (Atlas prints a `unique` block).
    bool constraint = false;

    bool operator==(const Index &) const = default;
};

} // namespace strata
