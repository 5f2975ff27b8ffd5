#include "mysqlhcltype.h"

#include "dialect/sqltext.h"
#include "hcl/hclvalue.h"

#include <QRegularExpression>
#include <QSet>

namespace strata {
namespace {

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types{
        QStringLiteral("bool"),         QStringLiteral("tinyint"),
        QStringLiteral("smallint"),     QStringLiteral("mediumint"),
        QStringLiteral("int"),          QStringLiteral("bigint"),
        QStringLiteral("decimal"),      QStringLiteral("float"),
        QStringLiteral("double"),       QStringLiteral("bit"),
        QStringLiteral("date"),         QStringLiteral("datetime"),
        QStringLiteral("timestamp"),    QStringLiteral("time"),
        QStringLiteral("year"),         QStringLiteral("char"),
        QStringLiteral("varchar"),      QStringLiteral("binary"),
        QStringLiteral("varbinary"),    QStringLiteral("tinytext"),
        QStringLiteral("text"),         QStringLiteral("mediumtext"),
        QStringLiteral("longtext"),     QStringLiteral("tinyblob"),
        QStringLiteral("blob"),         QStringLiteral("mediumblob"),
        QStringLiteral("longblob"),     QStringLiteral("json"),
        QStringLiteral("geometry"),     QStringLiteral("point"),
        QStringLiteral("linestring"),   QStringLiteral("polygon"),
        QStringLiteral("multipoint"),   QStringLiteral("multilinestring"),
        QStringLiteral("multipolygon"), QStringLiteral("geometrycollection")};
    return types;
}

/// The values of enum('a','b''c'): split on commas outside quotes, each unquoted.
QStringList enumValues(const QString &list, bool *ok)
{
    QStringList values;
    qsizetype i = 0;
    *ok = true;
    while (i < list.size()) {
        if (list.at(i) != QLatin1Char('\'')) {
            *ok = false;
            return {};
        }
        qsizetype j = i + 1;
        QString value;
        while (j < list.size()) {
            const QChar c = list.at(j);
            if (c == QLatin1Char('\'')) {
                if (j + 1 < list.size() && list.at(j + 1) == QLatin1Char('\'')) {
                    value += c;
                    j += 2;
                    continue;
                }
                break;
            }
            value += c;
            ++j;
        }
        if (j >= list.size()) {
            *ok = false;
            return {};
        }
        values.append(value);
        i = j + 1;
        if (i < list.size()) {
            if (list.at(i) != QLatin1Char(',')) {
                *ok = false;
                return {};
            }
            ++i;
        }
    }
    return values;
}

} // namespace

QString mysqlHclType(const ColumnType &type)
{
    const QString text = type.normalized.isEmpty() ? type.raw.toLower() : type.normalized;
    static const QRegularExpression simple(
        QStringLiteral("^([a-z]+)(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?$"));
    if (const QRegularExpressionMatch match = simple.match(text);
        match.hasMatch() && knownTypes().contains(match.captured(1))) {
        return QString(text).remove(QLatin1Char(' '));
    }
    for (const QLatin1String name : {QLatin1String("enum"), QLatin1String("set")}) {
        if (!text.startsWith(name + QLatin1Char('(')) || !text.endsWith(QLatin1Char(')')))
            continue;
        bool ok = false;
        const QStringList values =
            enumValues(text.mid(name.size() + 1, text.size() - name.size() - 2), &ok);
        if (!ok)
            break;
        QStringList items;
        for (const QString &value : values)
            items.append(hclString(value));
        return name + QLatin1Char('(') + items.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return hclSql(text);
}

} // namespace strata
