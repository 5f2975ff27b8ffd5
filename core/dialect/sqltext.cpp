#include "sqltext.h"

#include <QRegularExpression>

namespace strata {

namespace {

/// Index just past the quoted run that starts at `start`, or -1 when it never closes.
qsizetype skipQuoted(const QString &sql, qsizetype start)
{
    const QChar open = sql.at(start);
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    for (qsizetype i = start + 1; i < sql.size(); ++i) {
        if (sql.at(i) != close)
            continue;
        if (close != QLatin1Char(']') && i + 1 < sql.size() && sql.at(i + 1) == close) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return -1;
}

bool isQuoteChar(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
           c == QLatin1Char('[');
}

} // namespace

bool isParenthesized(const QString &sql)
{
    const QString text = sql.trimmed();
    if (!text.startsWith(QLatin1Char('(')) || !text.endsWith(QLatin1Char(')')))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (isQuoteChar(c)) {
            i = skipQuoted(text, i);
            if (i < 0)
                return false;
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            return i == text.size() - 1;
        ++i;
    }
    return false;
}

QString parenthesized(const QString &sql)
{
    const QString text = sql.trimmed();
    return isParenthesized(text) ? text : QLatin1Char('(') + text + QLatin1Char(')');
}

bool isNumericLiteral(const QString &sql)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(sql).hasMatch();
}

bool isQuotedLiteral(const QString &sql, QChar quote)
{
    if (sql.size() < 2 || sql.front() != quote || sql.back() != quote)
        return false;
    for (qsizetype i = 1; i < sql.size() - 1; ++i) {
        if (sql.at(i) != quote)
            continue;
        if (i + 1 < sql.size() - 1 && sql.at(i + 1) == quote) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

QString unquoteLiteral(const QString &sql)
{
    const QChar quote = sql.front();
    QString inner = sql.mid(1, sql.size() - 2);
    return inner.replace(QString(2, quote), QString(quote));
}

} // namespace strata
