#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace strata {

/// PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN - 1), cut at a character
/// boundary; longer names are truncated with a notice, not refused.
QString pgTruncateIdentifier(const QString &name);

/// The server's makeObjectName(): "<name1>_<name2>_<label>", shortening the longer of name1 and
/// name2 until the whole fits in 63 bytes. `name2` may be empty.
QString pgObjectName(const QString &name1, const QString &name2, const QString &label);

/// The server's ChooseRelationName()/ChooseConstraintName(): pgObjectName(), then "<label>1",
/// "<label>2"... until the name is in none of `taken`.
QString pgChooseName(const QString &name1, const QString &name2, const QString &label,
                     const QList<const QSet<QString> *> &taken);

/// quote_identifier(): bare when lower-case, not a keyword and made of [a-z0-9_]; else quoted.
QString pgQuoteIdentifier(const QString &name);

/// quote_literal() with standard_conforming_strings on: 'it''s'.
QString pgQuoteLiteral(const QString &value);

/// `expression` (as pg_get_expr() prints it) with column `from` renamed to `to`: identifiers
/// outside string literals, not followed by "(" (a function) and not after "::" (a type).
QString pgRenameColumnInExpression(const QString &expression, const QString &from,
                                   const QString &to);

} // namespace strata
