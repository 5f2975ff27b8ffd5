#pragma once

#include <QString>

namespace strata {

/// The start of a statement for an error message: one line, at most 60 characters, "..." when
/// cut, unprintable characters as U+FFFD, so a message stays readable whatever the input.
QString sqliteStatementSnippet(const QString &statement);

/// `text` with control characters replaced by U+FFFD: SQLite quotes input in its messages.
QString sqlitePrintableText(QString text);

} // namespace strata
