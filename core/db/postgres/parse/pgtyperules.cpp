#include "pgtyperules.h"

#include "db/postgres/postgresbuiltintypes.h"
#include "db/postgres/postgrestype.h"
#include "pgnames.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace strata::pgtyperules {

int numericRank(const QString &type)
{
    return postgresNumericRank(type);
}

bool isIntegerFamily(const QString &type)
{
    return isPostgresIntegerType(type);
}

bool isStringType(const QString &type)
{
    return type == kText || type == kVarchar || type == kBpchar || type == QLatin1String("name");
}

bool isBuiltinLabel(const QString &type)
{
    return type.contains(QLatin1Char(' ')) || postgresBuiltinTypeByFormat(type) ||
           postgresBuiltinType(type);
}

QString typeLabel(const QString &type)
{
    QString base = type;
    QString suffix;
    while (base.endsWith(QLatin1String("[]"))) {
        base.chop(2);
        suffix += QLatin1String("[]");
    }
    return (isBuiltinLabel(base) ? base : pgQuoteIdentifier(base)) + suffix;
}

bool isTrueLiteral(const QString &value)
{
    static const QSet<QString> truths = {
        QStringLiteral("t"),   QStringLiteral("true"), QStringLiteral("y"),
        QStringLiteral("yes"), QStringLiteral("on"),   QStringLiteral("1"),
        QStringLiteral("tr"),  QStringLiteral("tru"),  QStringLiteral("ye")};
    return truths.contains(value.trimmed().toLower());
}

QString floatText(const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value;
    return QLocale::c().toString(number, 'g', QLocale::FloatingPointShortest);
}

QString timestampText(const QString &value, bool zoned)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d*[1-9])?)?0*)?\\s*$"));
    const QRegularExpressionMatch match = iso.match(value);
    if (!match.hasMatch())
        return value;
    QString text = match.captured(1) + QLatin1Char(' ');
    text += match.captured(2).isEmpty() ? QStringLiteral("00:00") : match.captured(2);
    text += match.captured(3).isEmpty() ? QStringLiteral(":00") : match.captured(3);
    return zoned ? text + QLatin1String("+00") : text;
}

QString constantText(const QString &value, const QString &type)
{
    if (type == kInteger) {
        const QString trimmed = value.trimmed();
        if (!trimmed.startsWith(QLatin1Char('-')))
            return trimmed.startsWith(QLatin1Char('+')) ? trimmed.mid(1) : trimmed;
        return pgQuoteLiteral(trimmed) + QLatin1String("::integer");
    }
    if (type == kNumeric) {
        const QString trimmed = value.trimmed();
        const bool floatLooking = !trimmed.isEmpty() && trimmed.front().isDigit() &&
                                  (trimmed.contains(QLatin1Char('.')) ||
                                   trimmed.contains(QLatin1Char('e'), Qt::CaseInsensitive));
        if (floatLooking)
            return trimmed;
        return pgQuoteLiteral(trimmed) + QLatin1String("::numeric");
    }
    if (type == kBoolean)
        return isTrueLiteral(value) ? QStringLiteral("true") : QStringLiteral("false");
    if (type == kDouble || type == kReal)
        return pgQuoteLiteral(floatText(value)) + QLatin1String("::") + type;
    if (type.isEmpty() || type == QLatin1String("unknown"))
        return pgQuoteLiteral(value) + QLatin1String("::text");
    if (type == QLatin1String("timestamp with time zone") ||
        type == QLatin1String("timestamp without time zone")) {
        const bool zoned = type.startsWith(QLatin1String("timestamp with"));
        return pgQuoteLiteral(timestampText(value, zoned)) + QLatin1String("::") + type;
    }
    return pgQuoteLiteral(value) + QLatin1String("::") + typeLabel(type);
}

QString commonType(const QList<QString> &types)
{
    QString common;
    for (const QString &type : types) {
        if (type.isEmpty() || type == QLatin1String("unknown"))
            continue;
        if (common.isEmpty()) {
            common = type;
        } else if (numericRank(type) > numericRank(common) && numericRank(common) > 0) {
            common = type;
        } else if (isStringType(common) && isStringType(type) && type != common) {
            common = kText;
        }
    }
    return common.isEmpty() ? kText : common;
}

Operands resolveOperator(const QString &op, QString left, QString right)
{
    static const QSet<QString> comparisons = {QStringLiteral("="),  QStringLiteral("<>"),
                                              QStringLiteral("<"),  QStringLiteral(">"),
                                              QStringLiteral("<="), QStringLiteral(">=")};
    static const QSet<QString> textOperators = {
        QStringLiteral("~~"),   QStringLiteral("!~~"), QStringLiteral("~~*"),
        QStringLiteral("!~~*"), QStringLiteral("~"),   QStringLiteral("~*"),
        QStringLiteral("!~"),   QStringLiteral("!~*"), QStringLiteral("||")};
    const bool leftUnknown = left.isEmpty() || left == QLatin1String("unknown");
    const bool rightUnknown = right.isEmpty() || right == QLatin1String("unknown");
    if (textOperators.contains(op)) {
        const QString l = left == kBpchar && op != QLatin1String("||") ? kBpchar : kText;
        const bool leftText = leftUnknown || isStringType(left);
        const bool rightText = rightUnknown || isStringType(right);
        return {leftText ? l : left, rightText ? kText : right,
                op == QLatin1String("||") ? kText : kBoolean};
    }
    if (leftUnknown && rightUnknown)
        left = right = kText;
    else if (leftUnknown)
        left = right;
    else if (rightUnknown)
        right = left;
    const QString result = comparisons.contains(op) ? kBoolean : QString();
    if (isStringType(left) && isStringType(right)) {
        const QString type = left == kBpchar && right == kBpchar ? kBpchar : kText;
        return {type, type, result.isEmpty() ? type : result};
    }
    const int l = numericRank(left);
    const int r = numericRank(right);
    if (l > 0 && r > 0) {
        if ((isIntegerFamily(left) && isIntegerFamily(right)) || (l >= 5 && r >= 5))
            return {left, right, result.isEmpty() ? (l >= r ? left : right) : result};
        QString target = l >= r ? left : right;
        if (target == kReal)
            target = kDouble;
        const QString newLeft = left == kReal && target == kDouble ? left : target;
        const QString newRight = right == kReal && target == kDouble ? right : target;
        return {newLeft, newRight, result.isEmpty() ? target : result};
    }
    const auto isTimestamp = [](const QString &t) {
        return t == QLatin1String("date") || t.startsWith(QLatin1String("timestamp"));
    };
    if (isTimestamp(left) && isTimestamp(right) && left != right) {
        const QString target = left.endsWith(QLatin1String("with time zone")) ||
                                       right.endsWith(QLatin1String("with time zone"))
                                   ? QStringLiteral("timestamp with time zone")
                                   : QStringLiteral("timestamp without time zone");
        return {target, target, result.isEmpty() ? target : result};
    }
    return {left, right, result.isEmpty() ? left : result};
}

std::optional<FunctionSignature> knownFunction(const QString &name)
{
    static const QHash<QString, FunctionSignature> functions = {
        {QStringLiteral("lower"), {kText, kText}},
        {QStringLiteral("upper"), {kText, kText}},
        {QStringLiteral("initcap"), {kText, kText}},
        {QStringLiteral("btrim"), {kText, kText}},
        {QStringLiteral("ltrim"), {kText, kText}},
        {QStringLiteral("rtrim"), {kText, kText}},
        {QStringLiteral("md5"), {kText, kText}},
        {QStringLiteral("reverse"), {kText, kText}},
        {QStringLiteral("length"), {kText, kInteger}},
        {QStringLiteral("char_length"), {kText, kInteger}},
        {QStringLiteral("character_length"), {kText, kInteger}},
        {QStringLiteral("octet_length"), {kText, kInteger}},
        {QStringLiteral("now"), {{}, QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("transaction_timestamp"), {{}, QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("statement_timestamp"), {{}, QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("clock_timestamp"), {{}, QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("gen_random_uuid"), {{}, QStringLiteral("uuid")}},
        {QStringLiteral("random"), {{}, kDouble}},
        {QStringLiteral("abs"), {{}, {}}},
        {QStringLiteral("floor"), {{}, {}}},
        {QStringLiteral("ceil"), {{}, {}}},
        {QStringLiteral("round"), {{}, {}}},
    };
    const auto it = functions.constFind(name);
    if (it == functions.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace strata::pgtyperules
