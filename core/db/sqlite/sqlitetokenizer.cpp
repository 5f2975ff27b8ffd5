#include "sqlitetokenizer.h"

namespace strata {
namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == QLatin1Char('$');
}

/// Index just past the quote closing the one at `begin`; a doubled quote is an escaped quote.
qsizetype skipQuoted(QStringView sql, qsizetype begin, QChar close, bool doubledEscapes)
{
    qsizetype i = begin + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (doubledEscapes && i + 1 < sql.size() && sql[i + 1] == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

qsizetype skipNumber(QStringView sql, qsizetype i)
{
    while (i < sql.size()) {
        const QChar c = sql[i];
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')) {
            ++i;
        } else if ((c == QLatin1Char('+') || c == QLatin1Char('-')) &&
                   (sql[i - 1] == QLatin1Char('e') || sql[i - 1] == QLatin1Char('E'))) {
            ++i;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

QList<SqliteToken> tokenizeSqlite(QStringView sql)
{
    QList<SqliteToken> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }
        SqliteToken token;
        token.begin = i;
        if (c == QLatin1Char('\'')) {
            token.kind = SqliteToken::Kind::String;
            i = skipQuoted(sql, i, c, true);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            token.kind = SqliteToken::Kind::QuotedIdentifier;
            i = skipQuoted(sql, i, c, true);
        } else if (c == QLatin1Char('[')) {
            token.kind = SqliteToken::Kind::QuotedIdentifier;
            i = skipQuoted(sql, i, QLatin1Char(']'), false);
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            token.kind = SqliteToken::Kind::Number;
            i = skipNumber(sql, i + 1);
        } else if (isIdentifierStart(c)) {
            token.kind = SqliteToken::Kind::Word;
            ++i;
            while (i < n && isIdentifierPart(sql[i]))
                ++i;
        } else {
            token.kind = SqliteToken::Kind::Punctuation;
            ++i;
        }
        token.end = i;
        tokens.append(token);
    }
    return tokens;
}

QList<qsizetype> matchSqliteParentheses(QStringView sql, const QList<SqliteToken> &tokens)
{
    QList<qsizetype> partner(tokens.size(), -1);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (isSqlitePunctuation(sql, tokens[i], QLatin1Char('('))) {
            open.append(i);
        } else if (isSqlitePunctuation(sql, tokens[i], QLatin1Char(')')) && !open.isEmpty()) {
            const qsizetype o = open.takeLast();
            partner[o] = i;
            partner[i] = o;
        }
    }
    return partner;
}

bool isSqliteWord(QStringView sql, const SqliteToken &token, QLatin1StringView word)
{
    return token.kind == SqliteToken::Kind::Word &&
           sql.sliced(token.begin, token.end - token.begin).compare(word, Qt::CaseInsensitive) == 0;
}

bool isSqlitePunctuation(QStringView sql, const SqliteToken &token, QChar punctuation)
{
    return token.kind == SqliteToken::Kind::Punctuation && sql[token.begin] == punctuation;
}

QString sqliteIdentifier(QStringView sql, const SqliteToken &token)
{
    const QStringView text = sql.sliced(token.begin, token.end - token.begin);
    if (token.kind != SqliteToken::Kind::QuotedIdentifier &&
        token.kind != SqliteToken::Kind::String)
        return text.toString();
    const QChar open = text.front();
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    QStringView inner = text.sliced(1);
    if (!inner.isEmpty() && inner.back() == close)
        inner.chop(1);
    if (open == QLatin1Char('['))
        return inner.toString();
    QString out = inner.toString();
    out.replace(QString(2, close), QString(close));
    return out;
}

} // namespace strata
