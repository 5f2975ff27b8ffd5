#include "sqlitecolumn.h"

#include "dialect/sqltext.h"

#include <QRegularExpression>
#include <QSet>

namespace strata {
namespace {

/// Types whose arguments Atlas's sqlite.ParseType drops: every integer, float, bool, time,
/// json and uuid type keeps only its name ("tinyint(1)" is inspected as "tinyint").
bool dropsArguments(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("int2"),
        QStringLiteral("int8"),
        QStringLiteral("int"),
        QStringLiteral("uint64"),
        QStringLiteral("integer"),
        QStringLiteral("tinyint"),
        QStringLiteral("smallint"),
        QStringLiteral("mediumint"),
        QStringLiteral("bigint"),
        QStringLiteral("unsigned big int"),
        QStringLiteral("real"),
        QStringLiteral("double"),
        QStringLiteral("double precision"),
        QStringLiteral("float"),
        QStringLiteral("bool"),
        QStringLiteral("boolean"),
        QStringLiteral("blob"),
        QStringLiteral("json"),
        QStringLiteral("jsonb"),
        QStringLiteral("date"),
        QStringLiteral("datetime"),
        QStringLiteral("time"),
        QStringLiteral("timestamp"),
        QStringLiteral("uuid"),
    };
    return names.contains(name);
}

bool isDigits(QStringView text, bool hex = false)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool hexLetter = (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!digit && !(hex && hexLetter))
            return false;
    }
    return true;
}

/// SQLite's numeric literals: the shared decimal form, plus hex integers and a sign that
/// sqlite_master keeps separated by spaces ("- 5").
bool isNumber(QStringView text)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        text = text.sliced(1).trimmed();
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return isDigits(text.sliced(2), true);
    return isNumericLiteral(text.toString());
}

bool isBlob(QStringView text)
{
    return text.size() >= 3 &&
           (text.front() == QLatin1Char('x') || text.front() == QLatin1Char('X')) &&
           text[1] == QLatin1Char('\'') && text.back() == QLatin1Char('\'') &&
           (text.size() == 3 || isDigits(text.sliced(2, text.size() - 3), true));
}

} // namespace

ColumnType sqliteColumnType(const QString &declared)
{
    ColumnType type;
    type.raw = declared;
    type.normalized = declared.simplified().toLower();
    if (type.normalized.isEmpty()) {
        type.normalized = QStringLiteral("blob");
        return type;
    }
    static const QRegularExpression withArguments(
        QStringLiteral("^([a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*) ?\\([^()]*\\)$"));
    const QRegularExpressionMatch match = withArguments.match(type.normalized);
    if (match.hasMatch() && dropsArguments(match.captured(1)))
        type.normalized = match.captured(1);
    return type;
}

ColumnDefault sqliteColumnDefault(const QString &defaultSql)
{
    const QStringView text = QStringView(defaultSql).trimmed();
    const bool literal = isNumber(text) || isQuotedLiteral(text.toString(), QLatin1Char('\'')) ||
                         isQuotedLiteral(text.toString(), QLatin1Char('"')) || isBlob(text) ||
                         text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                         text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ||
                         text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
    return ColumnDefault{literal ? ColumnDefault::Kind::Literal : ColumnDefault::Kind::Expression,
                         defaultSql};
}

} // namespace strata
