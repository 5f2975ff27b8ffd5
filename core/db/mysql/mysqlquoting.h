#pragma once

#include <QString>

namespace strata {

/// The one implementation of MySQL/MariaDB quoting, used by the dialect, the driver, the
/// inspector, the dev database and the parser alike: `a``b` keeps any name intact.
QString mysqlQuotedIdentifier(const QString &identifier);

/// A string literal that survives both sql_mode settings: backslashes doubled (the default mode
/// reads them as escapes) and quotes doubled ('it''s').
QString mysqlQuotedString(const QString &value);

/// A comment as Atlas's MySQL planner writes it (its quote()): Go-quoted, `COMMENT "it's"`,
/// unless the text already is a quoted literal, which is written as it is.
QString mysqlCommentLiteral(const QString &comment);

} // namespace strata
