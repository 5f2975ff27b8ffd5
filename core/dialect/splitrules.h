#pragma once

namespace strata {

/// How one database's migration files split into statements: the options of Atlas's lexer
/// (sql/migrate/lex.go) that each driver's ScanStmts turns on. Every database starts from the
/// generic scanner: `;` delimiter, `--` and `/* */` comments, quotes skipped as opaque,
/// `-- atlas:delimiter` on the first line.
struct SplitRules
{
    /// `\'` escapes a quote inside a string (MySQL, MariaDB).
    bool backslashEscapes = false;
    /// `# ...` is a line comment (MySQL, MariaDB).
    bool hashComments = false;
    /// `$$...$$` and `$tag$...$tag$` are opaque (PostgreSQL; Atlas's generic scanner too).
    bool dollarQuotes = true;
    /// `E'...'` strings take backslash escapes (PostgreSQL).
    bool escapedStrings = false;
    /// `BEGIN ATOMIC ... END` is one statement (PostgreSQL; generic scanner too).
    bool beginAtomic = true;
    /// `BEGIN ... END` compound blocks of triggers and procedures are one statement, with the
    /// `;` delimiter only (MySQL, PostgreSQL, SQLite).
    bool beginBlocks = false;
    /// The MySQL client's `DELIMITER xx` command at the start of a statement.
    bool delimiterCommand = false;
};

} // namespace strata
