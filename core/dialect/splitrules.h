#pragma once

namespace strata {

/// How one database's migration files split into statements: the options of Atlas's lexer
/// (sql/migrate/lex.go) that each driver's ScanStmts turns on. Every database starts from the
/// generic scanner: `;` delimiter, `--` and `/* */` comments, quotes skipped as opaque,
/// `-- atlas:delimiter` on the first line, the mysql client's `DELIMITER xx` command.
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
    /// The mysql client's `DELIMITER xx` command at the start of a statement. Atlas's generic
    /// scanner honours it for every database, so it is on by default.
    bool delimiterCommand = true;
    /// SQL Server's `GO` batch separator on its own line. No Strata database uses it; Atlas's
    /// lexer has it and its splitter goldens need it.
    bool goCommand = false;
};

} // namespace strata
