#include "postgrestype.h"

#include "postgresbuiltintypes.h"

#include "dialect/sqltext.h"
#include "hcl/hclvalue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace strata {
namespace {

constexpr int kDefaultTimePrecision = 6;

/// "timestamp(3) with time zone" -> "timestamptz(3)"; precision 6 is the default and dropped.
QString timeType(const QString &formatType)
{
    static const QRegularExpression time(
        QStringLiteral("^(timestamp|time)(?:\\((\\d+)\\))?( with time zone| without time zone)?$"));
    const QRegularExpressionMatch match = time.match(formatType);
    if (!match.hasMatch())
        return {};
    QString name = match.captured(1);
    if (match.captured(3) == QLatin1String(" with time zone"))
        name += QLatin1String("tz");
    const QString precision = match.captured(2);
    if (!precision.isEmpty() && precision.toInt() != kDefaultTimePrecision)
        name += QLatin1Char('(') + precision + QLatin1Char(')');
    return name;
}

QString normalizedBuiltin(const QString &formatType)
{
    // Regular expressions only where they can match: this runs for every column of a realm.
    if (formatType.endsWith(QLatin1String("]")))
        return formatType;
    if (formatType.startsWith(QLatin1String("time"))) {
        if (const QString time = timeType(formatType); !time.isEmpty())
            return time;
    }
    if (formatType.startsWith(QLatin1String("numeric(")) &&
        formatType.endsWith(QLatin1String(",0)")))
        return formatType.chopped(3) + QLatin1Char(')');
    if (formatType == QLatin1String("interval(6)"))
        return QStringLiteral("interval");
    return formatType;
}

/// Any numeric type, `numeric(10,2)` included.
bool isNumberType(const QString &type)
{
    return postgresNumericRank(type) > 0 || type.startsWith(QLatin1String("numeric("));
}

/// Types whose quoted literal Atlas keeps as a literal when the catalog adds a cast.
bool keepsQuotedLiteral(const ColumnType &type)
{
    const QString &t = type.normalized;
    if (!type.enumName.isEmpty() || t.endsWith(QLatin1String("]")))
        return true;
    static const QStringList prefixes = {
        QStringLiteral("character"), QStringLiteral("text"),    QStringLiteral("bytea"),
        QStringLiteral("json"),      QStringLiteral("jsonb"),   QStringLiteral("inet"),
        QStringLiteral("cidr"),      QStringLiteral("macaddr"), QStringLiteral("time"),
        QStringLiteral("date"),      QStringLiteral("uuid"),    QStringLiteral("xml"),
        QStringLiteral("point"),     QStringLiteral("line"),    QStringLiteral("lseg"),
        QStringLiteral("box"),       QStringLiteral("path"),    QStringLiteral("polygon"),
        QStringLiteral("circle")};
    for (const QString &prefix : prefixes) {
        if (t.startsWith(prefix))
            return true;
    }
    return false;
}

bool isBoolLiteral(const QString &text)
{
    return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

/// `'x'::type` -> the quoted part and its content; nothing when the text is not that shape.
std::optional<std::pair<QString, QString>> castLiteral(const QString &expression)
{
    const qsizetype cast = expression.lastIndexOf(QLatin1String("::"));
    if (cast <= 0)
        return std::nullopt;
    const QString quoted = expression.left(cast);
    if (!isQuotedLiteral(quoted, QLatin1Char('\'')))
        return std::nullopt;
    return std::make_pair(quoted, quoted.mid(1, quoted.size() - 2));
}

} // namespace

int postgresNumericRank(const QString &formatType)
{
    const PostgresBuiltinType *builtin = postgresBuiltinTypeByFormat(formatType);
    return builtin ? builtin->numericRank : 0;
}

bool isPostgresIntegerType(const QString &formatType)
{
    const int rank = postgresNumericRank(formatType);
    return rank >= 1 && rank <= 3;
}

ColumnType postgresColumnType(const PostgresTypeRow &row, const QString &tableSchema)
{
    ColumnType type;
    type.raw = row.formatType;
    if (row.typtype == QLatin1String("e")) {
        type.normalized = row.typeName;
        type.enumName = row.typeName;
        if (row.typeSchema != tableSchema)
            type.enumSchema = row.typeSchema;
        return type;
    }
    type.normalized = normalizedBuiltin(row.formatType);
    return type;
}

void applyPostgresDefault(Column &column, const QString &expression)
{
    static const QRegularExpression nextval(
        QStringLiteral("^ *nextval\\('(?:\")?(?:[\\w$]+\\.)*([\\w$]+_[\\w$]+_seq)(?:\")?'(?:::"
                       "regclass)*\\) *$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString &type = column.type.normalized;
    if (expression.contains(QLatin1String("nextval("), Qt::CaseInsensitive) &&
        nextval.match(expression).hasMatch()) {
        if (!isPostgresIntegerType(type))
            return;
        column.type.normalized = type == QLatin1String("smallint") ? QStringLiteral("smallserial")
                                 : type == QLatin1String("bigint") ? QStringLiteral("bigserial")
                                                                   : QStringLiteral("serial");
        column.defaultValue.reset();
        return;
    }
    if (isBoolLiteral(expression) || isNumericLiteral(expression) ||
        isQuotedLiteral(expression, QLatin1Char('\''))) {
        column.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, expression};
        return;
    }
    if (const auto cast = castLiteral(expression)) {
        const auto &[quoted, inner] = *cast;
        if ((type == QLatin1String("boolean") && isBoolLiteral(inner)) ||
            (isNumberType(type) && isNumericLiteral(inner))) {
            column.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, inner};
            return;
        }
        if (keepsQuotedLiteral(column.type)) {
            column.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, quoted};
            return;
        }
    }
    column.defaultValue = ColumnDefault{ColumnDefault::Kind::Expression, expression};
}

QString postgresHclType(const ColumnType &type)
{
    if (!type.enumName.isEmpty())
        return hclReference(QStringLiteral("enum"), {type.enumName});
    // Arrays are no registered types, whatever their element: sql("integer[]").
    if (type.normalized.endsWith(QLatin1Char(']')))
        return hclSql(type.normalized);
    QString spelled = type.normalized;
    spelled.replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString base = spelled.section(QLatin1Char('('), 0, 0);
    if (isAtlasPostgresHclType(base))
        return spelled;
    return hclSql(type.normalized.isEmpty() ? type.raw : type.normalized);
}

ReferenceAction postgresReferenceAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return ReferenceAction::Restrict;
    if (code == QLatin1String("c"))
        return ReferenceAction::Cascade;
    if (code == QLatin1String("n"))
        return ReferenceAction::SetNull;
    if (code == QLatin1String("d"))
        return ReferenceAction::SetDefault;
    return ReferenceAction::NoAction;
}

} // namespace strata
