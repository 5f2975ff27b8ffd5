#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace strata {

/// One token of SQLite SQL, as a span of the scanned text.
struct SqliteToken
{
    enum class Kind
    {
        Word,
        QuotedIdentifier,
        String,
        Number,
        Punctuation
    };
    Kind kind = Kind::Punctuation;
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// Tokens of `sql`, with whitespace and comments dropped. Never fails: an unterminated quote or
/// comment runs to the end of the text, so hostile input cannot derail a caller.
QList<SqliteToken> tokenizeSqlite(QStringView sql);

/// For each token, the index of the parenthesis closing (or opening) it; -1 for other tokens and
/// for unbalanced parentheses. Lets scanners skip whole groups in constant time.
QList<qsizetype> matchSqliteParentheses(QStringView sql, const QList<SqliteToken> &tokens);

/// True when `token` is the bare word `word` (ASCII, case-insensitive).
bool isSqliteWord(QStringView sql, const SqliteToken &token, QLatin1StringView word);
bool isSqlitePunctuation(QStringView sql, const SqliteToken &token, QChar punctuation);

/// The name a token stands for: quotes removed and doubled quotes collapsed ("a""b" -> a"b,
/// [x y] -> x y, 'n' -> n); other tokens as written.
QString sqliteIdentifier(QStringView sql, const SqliteToken &token);

} // namespace strata
