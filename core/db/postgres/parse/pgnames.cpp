#include "pgnames.h"

#include <QByteArray>

namespace strata {
namespace {

constexpr qsizetype kMaxIdentifierBytes = 63;

/// The longest prefix of `utf8` that fits `bytes` without splitting a character.
qsizetype clipLength(const QByteArray &utf8, qsizetype bytes)
{
    if (utf8.size() <= bytes)
        return utf8.size();
    qsizetype length = bytes;
    while (length > 0 && (uchar(utf8.at(length)) & 0xC0) == 0x80)
        --length;
    return length;
}

QString clipped(const QByteArray &utf8, qsizetype bytes)
{
    return QString::fromUtf8(utf8.left(clipLength(utf8, bytes)));
}

/// Keywords quote_identifier() quotes: every category but the unreserved one.
bool isQuotedKeyword(const QString &word)
{
    static const QSet<QString> keywords = [] {
        const char *const words[] = {
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both",
            "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
            "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially",
            "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp",
            "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "system_user",
            "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
            "variadic", "when", "where", "window", "with",
            // type_func_name
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema",
            "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural",
            "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose",
            // col_name
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec",
            "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int",
            "integer", "interval", "json_array", "json_arrayagg", "json_object", "json_objectagg",
            "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out",
            "overlay", "position", "precision", "real", "row", "setof", "smallint", "substring",
            "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable"};
        QSet<QString> set;
        for (const char *w : words)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return keywords.contains(word);
}

} // namespace

QString pgTruncateIdentifier(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() <= kMaxIdentifierBytes)
        return name;
    return clipped(utf8, kMaxIdentifierBytes);
}

QString pgObjectName(const QString &name1, const QString &name2, const QString &label)
{
    QByteArray first = name1.toUtf8();
    QByteArray second = name2.toUtf8();
    const QByteArray suffix = label.toUtf8();
    qsizetype overhead = 0;
    if (!second.isEmpty())
        overhead += 1;
    if (!suffix.isEmpty())
        overhead += suffix.size() + 1;
    const qsizetype available = kMaxIdentifierBytes - overhead;
    qsizetype firstChars = first.size();
    qsizetype secondChars = second.size();
    while (firstChars + secondChars > available) {
        if (firstChars > secondChars)
            --firstChars;
        else
            --secondChars;
    }
    firstChars = clipLength(first, firstChars);
    secondChars = clipLength(second, secondChars);
    QByteArray name = first.left(firstChars);
    if (!second.isEmpty())
        name += '_' + second.left(secondChars);
    if (!suffix.isEmpty())
        name += '_' + suffix;
    return QString::fromUtf8(name);
}

QString pgChooseName(const QString &name1, const QString &name2, const QString &label,
                     const QList<const QSet<QString> *> &taken)
{
    QString candidate = pgObjectName(name1, name2, label);
    for (int pass = 1;; ++pass) {
        bool used = false;
        for (const QSet<QString> *names : taken)
            used = used || names->contains(candidate);
        if (!used)
            return candidate;
        candidate = pgObjectName(name1, name2, label + QString::number(pass));
    }
}

QString pgQuoteIdentifier(const QString &name)
{
    bool safe =
        !name.isEmpty() && (name.front() == QLatin1Char('_') ||
                            (name.front() >= QLatin1Char('a') && name.front() <= QLatin1Char('z')));
    for (const QChar c : name) {
        if (!safe)
            break;
        safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    }
    if (safe && !isQuotedKeyword(name))
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString pgQuoteLiteral(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString pgRenameColumnInExpression(const QString &expression, const QString &from,
                                   const QString &to)
{
    QString result;
    qsizetype i = 0;
    const qsizetype n = expression.size();
    const auto isIdentifierStart = [](QChar c) {
        return c.isLetter() || c == QLatin1Char('_');
    };
    const auto isIdentifierPart = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
    };
    while (i < n) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype start = i++;
            while (i < n) {
                if (expression.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && expression.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            result += expression.mid(start, i - start);
            continue;
        }
        if (c != QLatin1Char('"') && !isIdentifierStart(c)) {
            result += c;
            ++i;
            continue;
        }
        const qsizetype start = i;
        QString name;
        if (c == QLatin1Char('"')) {
            ++i;
            while (i < n) {
                if (expression.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && expression.at(i + 1) == QLatin1Char('"')) {
                        name += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                name += expression.at(i++);
            }
        } else {
            while (i < n && isIdentifierPart(expression.at(i)))
                ++i;
            name = expression.mid(start, i - start);
        }
        const QString token = expression.mid(start, i - start);
        qsizetype next = i;
        while (next < n && expression.at(next) == QLatin1Char(' '))
            ++next;
        const bool function = next < n && expression.at(next) == QLatin1Char('(');
        const bool type = result.endsWith(QLatin1String("::"));
        result += (name == from && !function && !type) ? pgQuoteIdentifier(to) : token;
    }
    return result;
}

} // namespace strata
