#pragma once

#include "dialect/splitrules.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// One statement of a migration file, as Atlas's lexer (sql/migrate/lex.go) scans it.
struct MigrationStatement
{
    /// The statement trimmed of surrounding space. Under the default `;` delimiter the `;` is
    /// kept; a custom delimiter (`-- atlas:delimiter`, `DELIMITER //`) is stripped.
    QString text;
    /// Byte offset of the statement's first character from the start of the file (Atlas's
    /// Stmt.Pos counts from after an `-- atlas:delimiter` line; this does not).
    qsizetype offset = 0;
    /// The 1-based line of that character, for "statement at line N failed".
    int line = 1;
    /// The comments directly above the statement, as written: `--` and `#` comments with their
    /// newline, `/* */` comments without one. A blank line before the statement empties it.
    QStringList comments;
};

/// Why a file could not be split. Atlas reports `line:column: reason`, the column being the
/// 1-based byte column of the offending character; a few failures have no position.
struct SplitFailure
{
    /// 1-based; 0 when the failure has no position (an empty `DELIMITER`).
    int line = 0;
    int column = 0;
    QString reason;

    /// Atlas's text: `1:5: unexpected ')'`, or the reason alone without a position.
    QString message() const;
};

/// Splits a migration file into statements with the rules of its database. The bytes are the
/// file's exact content, so offsets and lines match what an editor shows. On failure the
/// Error's message is SplitFailure::message(), and `failure` (when given) gets its parts.
Expected<QList<MigrationStatement>> splitStatements(const QByteArray &content,
                                                    const SplitRules &rules,
                                                    SplitFailure *failure = nullptr);

} // namespace strata
