#include "mysqlcolumn.h"

#include "dialect/sqltext.h"

#include <QRegularExpression>
#include <QSet>

namespace strata {
namespace {

const QSet<QString> &integerTypes()
{
    static const QSet<QString> types{QStringLiteral("tinyint"),   QStringLiteral("smallint"),
                                     QStringLiteral("mediumint"), QStringLiteral("int"),
                                     QStringLiteral("integer"),   QStringLiteral("bigint")};
    return types;
}

QString baseName(const QString &normalizedType)
{
    qsizetype end = 0;
    while (end < normalizedType.size() && (normalizedType.at(end).isLetterOrNumber() ||
                                           normalizedType.at(end) == QLatin1Char('_')))
        ++end;
    return normalizedType.left(end).toLower();
}

/// MariaDB writes CURRENT_TIMESTAMP as current_timestamp() and MySQL as CURRENT_TIMESTAMP;
/// both may carry a precision.
bool isCurrentTimestamp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^current_timestamp(\\(\\d?\\))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

/// Atlas's MayWrap: expressions print in parentheses unless the text already is one group.
QString wrapped(const QString &text)
{
    return isParenthesized(text) ? text : QLatin1Char('(') + text + QLatin1Char(')');
}

/// MySQL 8 escapes quotes inside expression defaults and generated expressions (\').
QString unescaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\\'"), QLatin1String("'"));
    return out;
}

} // namespace

ColumnType mysqlColumnType(const QString &columnType)
{
    ColumnType type;
    type.raw = columnType.trimmed();
    const QString base = baseName(type.raw);
    QString rest = type.raw.mid(base.size());
    QString args;
    if (rest.startsWith(QLatin1Char('('))) {
        const qsizetype close = rest.lastIndexOf(QLatin1Char(')'));
        if (close < 0) {
            type.normalized = type.raw.toLower();
            return type;
        }
        args = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
    }
    const QStringList modifiers = rest.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool zerofill = modifiers.contains(QLatin1String("zerofill"));
    const bool isUnsigned = modifiers.contains(QLatin1String("unsigned"));
    const QString withArgs =
        args.isEmpty() ? base : base + QLatin1Char('(') + args + QLatin1Char(')');

    if (zerofill) {
        type.normalized = type.raw.toLower();
    } else if (base == QLatin1String("bool") || base == QLatin1String("boolean") ||
               (base == QLatin1String("tinyint") && args.trimmed() == QLatin1String("1") &&
                !isUnsigned)) {
        type.normalized = QStringLiteral("bool");
    } else if (integerTypes().contains(base)) {
        type.normalized = base == QLatin1String("integer") ? QStringLiteral("int") : base;
        type.isUnsigned = isUnsigned;
    } else if (base == QLatin1String("numeric") || base == QLatin1String("decimal") ||
               base == QLatin1String("float") || base == QLatin1String("double") ||
               base == QLatin1String("real")) {
        QString name = base;
        if (name == QLatin1String("numeric"))
            name = QStringLiteral("decimal");
        else if (name == QLatin1String("real"))
            name = QStringLiteral("double");
        type.normalized = args.isEmpty() ? name
                                         : name + QLatin1Char('(') + args.remove(QLatin1Char(' ')) +
                                               QLatin1Char(')');
        type.isUnsigned = isUnsigned;
    } else if (base == QLatin1String("year")) {
        type.normalized = base;
    } else if (base == QLatin1String("enum") || base == QLatin1String("set")) {
        type.normalized = withArgs;
    } else {
        type.normalized =
            withArgs.toLower() +
            (rest.trimmed().isEmpty() ? QString() : QLatin1Char(' ') + rest.trimmed().toLower());
    }
    return type;
}

bool isMysqlNumericType(const QString &normalizedType)
{
    const QString base = baseName(normalizedType);
    return base == QLatin1String("bool") || integerTypes().contains(base) ||
           base == QLatin1String("decimal") || base == QLatin1String("float") ||
           base == QLatin1String("double") || base == QLatin1String("bit");
}

bool isMysqlTimeType(const QString &normalizedType)
{
    const QString base = baseName(normalizedType);
    return base == QLatin1String("datetime") || base == QLatin1String("timestamp") ||
           base == QLatin1String("date") || base == QLatin1String("time") ||
           base == QLatin1String("year");
}

std::optional<ColumnDefault> mysqlColumnDefault(const std::optional<QString> &value,
                                                const ColumnType &type, const QString &extra,
                                                const MysqlServerVersion &version)
{
    if (!value)
        return std::nullopt;
    const QString text = *value;
    const QString &normalized = type.normalized;
    const auto literal = [](const QString &sql) {
        return ColumnDefault{ColumnDefault::Kind::Literal, sql};
    };
    const auto expression = [](const QString &sql) {
        return ColumnDefault{ColumnDefault::Kind::Expression, sql};
    };
    const bool numericLiteral = isNumericLiteral(text.trimmed());
    if (version.isMariaDb()) {
        if (text == QLatin1String("NULL"))
            return std::nullopt;
        if (isQuotedLiteral(text, QLatin1Char('\'')))
            return literal(text);
        if (baseName(normalized) == QLatin1String("bit") && text.startsWith(QLatin1String("b'")))
            return literal(text);
        if (isMysqlNumericType(normalized) && numericLiteral)
            return literal(text);
        if (isMysqlTimeType(normalized) && isCurrentTimestamp(text))
            return expression(text);
        return expression(wrapped(text));
    }
    const bool generated = extra.contains(QLatin1String("DEFAULT_GENERATED"), Qt::CaseInsensitive);
    if (generated && version.hasDefaultGenerated()) {
        if (isMysqlTimeType(normalized) && isCurrentTimestamp(text))
            return expression(text);
        return expression(wrapped(unescaped(text)));
    }
    if (isMysqlNumericType(normalized) && numericLiteral)
        return literal(text);
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) && text.size() > 2)
        return literal(text);
    if (isMysqlTimeType(normalized) && isCurrentTimestamp(text))
        return expression(text);
    return literal(mysqlQuotedString(text));
}

MysqlColumnExtra parseMysqlColumnExtra(const QString &extra)
{
    MysqlColumnExtra result;
    const QString lower = extra.simplified().toLower();
    if (lower.contains(QLatin1String("auto_increment")))
        result.autoIncrement = true;
    static const QRegularExpression onUpdate(
        QStringLiteral("on update (current_timestamp(?:\\(\\d?\\))?)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = onUpdate.match(extra.simplified()); match.hasMatch())
        result.onUpdate = match.captured(1);
    if (lower.contains(QLatin1String("stored generated")) ||
        lower.contains(QLatin1String("persistent generated")))
        result.generatedStored = true;
    else if (lower.contains(QLatin1String("virtual generated")))
        result.generatedStored = false;
    return result;
}

} // namespace strata
