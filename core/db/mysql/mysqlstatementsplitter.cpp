#include "mysqlstatementsplitter.h"

namespace strata {
namespace {

/// Where the first character that is not whitespace or comment is; -1 when there is none.
qsizetype firstCode(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#') ||
                   (c == QLatin1Char('-') && text.mid(i, 2) == QLatin1String("--") &&
                    (i + 2 >= n || text.at(i + 2).isSpace()))) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (text.mid(i, 2) == QLatin1String("/*") &&
                   text.mid(i, 3) != QLatin1String("/*!")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            return i;
        }
    }
    return -1;
}

bool hasCode(const QString &text)
{
    return firstCode(text) >= 0;
}

} // namespace

QList<MysqlStatement> splitMysqlStatements(const QString &script)
{
    QList<MysqlStatement> statements;
    QString delimiter = QStringLiteral(";");
    const qsizetype n = script.size();
    qsizetype start = 0;
    int line = 1;
    int startLine = 1;
    qsizetype i = 0;
    bool atLineStart = true;

    const auto flush = [&](qsizetype end) {
        const QString piece = script.mid(start, end - start);
        if (const qsizetype code = firstCode(piece); code >= 0) {
            const int first = startLine + int(piece.left(code).count(QLatin1Char('\n')));
            statements.append({piece.mid(code).trimmed(), first});
        }
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (atLineStart &&
            script.mid(i, 10).compare(QLatin1String("delimiter "), Qt::CaseInsensitive) == 0 &&
            !hasCode(script.mid(start, i - start))) {
            qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            const QString next = script.mid(i + 10, end - i - 10).trimmed();
            if (!next.isEmpty())
                delimiter = next;
            i = end;
            start = i;
            startLine = line;
            continue;
        }
        atLineStart = false;
        if (c == QLatin1Char('\n')) {
            ++line;
            atLineStart = true;
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            ++i;
            while (i < n) {
                const QChar d = script.at(i);
                if (d == QLatin1Char('\n'))
                    ++line;
                if (d == QLatin1Char('\\') && c != QLatin1Char('`')) {
                    i += 2;
                    continue;
                }
                ++i;
                if (d == c) {
                    if (i < n && script.at(i) == c) {
                        ++i;
                        continue;
                    }
                    break;
                }
            }
        } else if (c == QLatin1Char('#') ||
                   (c == QLatin1Char('-') && script.mid(i, 2) == QLatin1String("--") &&
                    (i + 2 >= n || script.at(i + 2).isSpace()))) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (script.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(script.mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (script.mid(i, delimiter.size()) == delimiter) {
            flush(i);
            i += delimiter.size();
            start = i;
            startLine = line;
        } else {
            ++i;
        }
    }
    flush(n);
    return statements;
}

} // namespace strata
