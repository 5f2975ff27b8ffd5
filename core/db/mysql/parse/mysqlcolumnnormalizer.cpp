#include "mysqlcolumnnormalizer.h"

#include "db/mysql/mysqlcolumn.h"
#include "db/mysql/mysqlserverversion.h"
#include "mysqlcharsets.h"
#include "mysqltokenizer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace strata {
namespace {

struct IntegerWidths
{
    const char *name;
    int signedWidth;
    int unsignedWidth;
};

constexpr IntegerWidths kIntegerWidths[] = {
    {"tinyint", 4, 3}, {"smallint", 6, 5}, {"mediumint", 9, 8}, {"int", 11, 10}, {"bigint", 20, 20},
};

const IntegerWidths *integerWidths(const QString &name)
{
    for (const IntegerWidths &entry : kIntegerWidths) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

/// Bytes per character, for TEXT(n) and BLOB(n), which pick the smallest type that fits.
int maxBytesPerChar(const QString &charset)
{
    if (charset == QLatin1String("utf8mb4") || charset == QLatin1String("utf16") ||
        charset == QLatin1String("utf32"))
        return 4;
    if (charset == QLatin1String("utf8mb3"))
        return 3;
    if (charset == QLatin1String("ucs2"))
        return 2;
    return 1;
}

QString sizedLob(qint64 bytes, const char *suffix)
{
    const char *prefix = bytes < 256         ? "tiny"
                         : bytes < 65536     ? ""
                         : bytes < (1 << 24) ? "medium"
                                             : "long";
    return QLatin1String(prefix) + QLatin1String(suffix);
}

const MysqlServerVersion &serverVersion(const MysqlParseOptions &options)
{
    static const MysqlServerVersion maria =
        MysqlServerVersion::parse(QStringLiteral("10.11.0-MariaDB"));
    static const MysqlServerVersion mysql = MysqlServerVersion::parse(QStringLiteral("8.0.36"));
    return options.isMariaDb() ? maria : mysql;
}

bool isIntegerText(const QString &text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')) ? 1 : 0;
    if (i >= text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (!text.at(i).isDigit())
            return false;
    }
    return true;
}

QString integerText(const QString &text)
{
    if (isIntegerText(text)) {
        QString out = text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
        const bool negative = out.startsWith(QLatin1Char('-'));
        QString digits = negative ? out.mid(1) : out;
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        return (negative && digits != QLatin1String("0") ? QStringLiteral("-") : QString()) +
               digits;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return QString::number(ok ? qint64(std::llround(value)) : 0);
}

QString floatText(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok)
        return QStringLiteral("0");
    if (std::fabs(value) < 1e15)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// The literal rounded half away from zero to `scale` digits, in decimal arithmetic as the
/// server does it (a double would turn -1.555 into -1.55).
QString decimalText(const QString &text, int scale)
{
    QString digits = text.trimmed();
    if (digits.contains(QLatin1Char('e'), Qt::CaseInsensitive) || digits.isEmpty()) {
        bool ok = false;
        const double value = digits.toDouble(&ok);
        return QString::number(ok ? value : 0.0, 'f', scale);
    }
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits.remove(0, 1);
    }
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? digits : digits.left(dot);
    QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    const bool roundUp = fraction.size() > scale && fraction.at(scale) >= QLatin1Char('5');
    fraction = fraction.left(scale).leftJustified(scale, QLatin1Char('0'));
    QString all = whole + fraction;
    if (roundUp) {
        qsizetype i = all.size() - 1;
        for (; i >= 0; --i) {
            if (all.at(i) == QLatin1Char('9')) {
                all[i] = QLatin1Char('0');
            } else {
                all[i] = QChar(all.at(i).unicode() + 1);
                break;
            }
        }
        if (i < 0)
            all.prepend(QLatin1Char('1'));
    }
    whole = all.left(all.size() - scale);
    fraction = all.right(scale);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    const bool zero =
        std::all_of(all.cbegin(), all.cend(), [](QChar c) { return c == QLatin1Char('0'); });
    QString out = (negative && !zero ? QStringLiteral("-") : QString()) + whole;
    if (scale > 0)
        out += QLatin1Char('.') + fraction;
    return out;
}

/// A date/time literal as the server stores it for the column's precision.
QString temporalText(const QString &text, const QString &typeName, int fsp)
{
    QString out = text.trimmed();
    if ((typeName == QLatin1String("datetime") || typeName == QLatin1String("timestamp")) &&
        out.size() == 10)
        out += QLatin1String(" 00:00:00");
    if (typeName == QLatin1String("date"))
        return out;
    const qsizetype dot = out.indexOf(QLatin1Char('.'));
    if (fsp > 0) {
        if (dot < 0)
            out += QLatin1Char('.') + QString(fsp, QLatin1Char('0'));
        else
            out =
                out.left(dot + 1) + out.mid(dot + 1).left(fsp).leftJustified(fsp, QLatin1Char('0'));
    } else if (dot >= 0) {
        out = out.left(dot);
    }
    return out;
}

/// The stored value of a literal default, as the server prints it back for the column type.
QString literalValue(const MysqlDefaultSpec &value, const QString &typeName,
                     const QStringList &args)
{
    const QString &text = value.text;
    if (integerWidths(typeName))
        return integerText(text);
    if (typeName == QLatin1String("decimal"))
        return decimalText(text, args.size() > 1 ? args.at(1).toInt() : 0);
    if (typeName == QLatin1String("float") || typeName == QLatin1String("double"))
        return floatText(text);
    if (typeName == QLatin1String("datetime") || typeName == QLatin1String("timestamp") ||
        typeName == QLatin1String("time") || typeName == QLatin1String("date"))
        return temporalText(text, typeName, args.isEmpty() ? 0 : args.constFirst().toInt());
    return text;
}

/// A bit or hex literal as the server prints a BIT default: b'101' (no leading zeros).
QString bitLiteral(const QString &literal)
{
    QString digits = literal;
    int base = 2;
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        digits = digits.mid(2);
        base = 16;
    } else if (digits.startsWith(QLatin1String("0b"), Qt::CaseInsensitive)) {
        digits = digits.mid(2);
    } else {
        base = digits.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) ? 16 : 2;
        digits = digits.mid(2).chopped(1);
    }
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, base);
    return QLatin1String("b'") + QString::number(ok ? value : 0, 2) + QLatin1Char('\'');
}

/// What information_schema.COLUMNS reports as COLUMN_DEFAULT and EXTRA for the default.
struct CatalogDefault
{
    std::optional<QString> value;
    QString extra;
};

CatalogDefault catalogDefault(const MysqlDefaultSpec &value, const MysqlTypeSpec &type,
                              const QStringList &args, const MysqlParseOptions &options)
{
    const bool maria = options.isMariaDb();
    const QString &name = type.name;
    const bool numeric = integerWidths(name) || name == QLatin1String("decimal") ||
                         name == QLatin1String("float") || name == QLatin1String("double");
    switch (value.kind) {
    case MysqlDefaultSpec::Kind::None:
    case MysqlDefaultSpec::Kind::Null:
        return {};
    case MysqlDefaultSpec::Kind::CurrentTimestamp: {
        const QString precision =
            value.precision > 0 ? QString::number(value.precision) : QString();
        if (maria)
            return {QLatin1String("current_timestamp(") + precision + QLatin1Char(')'), {}};
        return {value.precision > 0
                    ? QLatin1String("CURRENT_TIMESTAMP(") + precision + QLatin1Char(')')
                    : QStringLiteral("CURRENT_TIMESTAMP"),
                QStringLiteral("DEFAULT_GENERATED")};
    }
    case MysqlDefaultSpec::Kind::Expression:
        return {value.text, maria ? QString() : QStringLiteral("DEFAULT_GENERATED")};
    case MysqlDefaultSpec::Kind::Bits:
        if (name == QLatin1String("bit"))
            return {bitLiteral(value.text), {}};
        return {value.text, {}};
    case MysqlDefaultSpec::Kind::Number:
    case MysqlDefaultSpec::Kind::String:
    case MysqlDefaultSpec::Kind::Bool:
        break;
    }
    if (name == QLatin1String("bit")) {
        const qint64 bits = value.text.toLongLong();
        const QString text = QLatin1String("b'") + QString::number(bits, 2) + QLatin1Char('\'');
        return {text, {}};
    }
    QString stored = literalValue(value, name, args);
    if (const IntegerWidths *widths = integerWidths(name); widths && type.zerofill) {
        const int width = args.isEmpty() ? widths->unsignedWidth : args.constFirst().toInt();
        stored = stored.rightJustified(width, QLatin1Char('0'));
    }
    if (numeric || name == QLatin1String("year"))
        return {stored, {}};
    if (maria)
        return {mysqlQuotedString(stored), {}};
    return {stored, {}};
}

} // namespace

MysqlTypeSpec mysqlTypeSpecFromServerType(const QString &serverType)
{
    MysqlTypeSpec spec;
    const qsizetype open = serverType.indexOf(QLatin1Char('('));
    const qsizetype close = serverType.lastIndexOf(QLatin1Char(')'));
    QString rest;
    if (open >= 0 && close > open) {
        spec.name = serverType.left(open).trimmed().toLower();
        if (spec.name != QLatin1String("enum") && spec.name != QLatin1String("set"))
            spec.args = serverType.mid(open + 1, close - open - 1).split(QLatin1Char(','));
        rest = serverType.mid(close + 1);
    } else {
        spec.name = serverType.section(QLatin1Char(' '), 0, 0).toLower();
        rest = serverType.mid(spec.name.size());
    }
    spec.isUnsigned = rest.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
    spec.zerofill = rest.contains(QLatin1String("zerofill"), Qt::CaseInsensitive);
    return spec;
}

std::optional<ColumnDefault> normalizeMysqlDefault(const MysqlDefaultSpec &spec,
                                                   const MysqlTypeSpec &type,
                                                   const ColumnType &columnType,
                                                   const MysqlParseOptions &options)
{
    MysqlDefaultSpec value = spec;
    if (value.text.isNull() && value.kind == MysqlDefaultSpec::Kind::String)
        value.text = mysqlUnquote(value.source);
    else if (value.text.isNull() && value.kind == MysqlDefaultSpec::Kind::Number)
        value.text = value.source.toString();
    const CatalogDefault catalog = catalogDefault(value, type, type.args, options);
    return mysqlColumnDefault(catalog.value, columnType, catalog.extra, serverVersion(options));
}

bool mysqlTypeHasCharset(const QString &typeName)
{
    static const char *const names[] = {"char",       "varchar",  "tinytext", "text",
                                        "mediumtext", "longtext", "enum",     "set"};
    for (const char *name : names) {
        if (typeName == QLatin1String(name))
            return true;
    }
    return false;
}

QString mysqlServerColumnType(const MysqlTypeSpec &type, const QString &charset,
                              const MysqlParseOptions &options)
{
    const QString &name = type.name;
    const QStringList &args = type.args;
    const bool maria = options.isMariaDb();
    QString out;
    bool numeric = false;
    if (const IntegerWidths *widths = integerWidths(name)) {
        numeric = true;
        const bool isUnsigned = type.isUnsigned || type.zerofill;
        int width = args.isEmpty() ? 0 : args.constFirst().toInt();
        if (maria && width == 0)
            width = isUnsigned ? widths->unsignedWidth : widths->signedWidth;
        const bool showWidth = maria || type.zerofill ||
                               (name == QLatin1String("tinyint") && width == 1 && !args.isEmpty());
        out = showWidth && width > 0
                  ? name + QLatin1Char('(') + QString::number(width) + QLatin1Char(')')
                  : name;
    } else if (name == QLatin1String("decimal")) {
        numeric = true;
        const QString precision = args.isEmpty() ? QStringLiteral("10") : args.at(0);
        const QString scale = args.size() > 1 ? args.at(1) : QStringLiteral("0");
        out = QLatin1String("decimal(") + precision + QLatin1Char(',') + scale + QLatin1Char(')');
    } else if (name == QLatin1String("float") || name == QLatin1String("double")) {
        numeric = true;
        QString base = name;
        if (name == QLatin1String("float") && args.size() == 1 && args.at(0).toInt() > 24)
            base = QStringLiteral("double");
        out = args.size() == 2 ? base + QLatin1Char('(') + args.at(0) + QLatin1Char(',') +
                                     args.at(1) + QLatin1Char(')')
                               : base;
    } else if (name == QLatin1String("bit") || name == QLatin1String("char") ||
               name == QLatin1String("binary")) {
        out = name + QLatin1Char('(') + (args.isEmpty() ? QStringLiteral("1") : args.at(0)) +
              QLatin1Char(')');
    } else if (name == QLatin1String("year")) {
        out = maria ? QStringLiteral("year(4)") : QStringLiteral("year");
    } else if (name == QLatin1String("time") || name == QLatin1String("datetime") ||
               name == QLatin1String("timestamp")) {
        const int fsp = args.isEmpty() ? 0 : args.at(0).toInt();
        out = fsp > 0 ? name + QLatin1Char('(') + QString::number(fsp) + QLatin1Char(')') : name;
    } else if (name == QLatin1String("text") && !args.isEmpty()) {
        out = sizedLob(args.at(0).toLongLong() * maxBytesPerChar(charset), "text");
    } else if (name == QLatin1String("blob") && !args.isEmpty()) {
        out = sizedLob(args.at(0).toLongLong(), "blob");
    } else if (name == QLatin1String("enum") || name == QLatin1String("set")) {
        out = name + QLatin1Char('(') + args.join(QLatin1Char(',')) + QLatin1Char(')');
    } else if (name == QLatin1String("json") && maria) {
        out = QStringLiteral("longtext");
    } else if (args.isEmpty()) {
        out = name;
    } else {
        out = name + QLatin1Char('(') + args.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (numeric && (type.isUnsigned || type.zerofill))
        out += QLatin1String(" unsigned");
    if (numeric && type.zerofill)
        out += QLatin1String(" zerofill");
    return out;
}

Column normalizeMysqlColumn(const MysqlColumnSpec &spec, bool inPrimaryKey,
                            const MysqlTableCharset &table, const MysqlParseOptions &options,
                            MysqlNormalizerCache &cache)
{
    Column column;
    column.name = spec.name;
    const QString &typeName = spec.type.name;
    if (mysqlTypeHasCharset(typeName)) {
        if (!spec.type.collation.isEmpty()) {
            column.collation = mysqlCanonicalCollation(spec.type.collation);
            column.charset = mysqlCharsetOfCollation(column.collation);
        } else if (!spec.type.charset.isEmpty()) {
            column.charset = mysqlCanonicalCharset(spec.type.charset);
            column.collation = spec.type.binary ? mysqlBinaryCollation(column.charset)
                                                : mysqlDefaultCollation(column.charset, options);
        } else {
            column.charset = table.charset;
            column.collation =
                spec.type.binary ? mysqlBinaryCollation(table.charset) : table.collation;
        }
    }
    // MariaDB's JSON is LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin (plus a json_valid
    // check the builder adds); MySQL 8 has a real json type without charset.
    if (options.isMariaDb() && typeName == QLatin1String("json")) {
        column.charset = QStringLiteral("utf8mb4");
        column.collation = QStringLiteral("utf8mb4_bin");
    }
    // TEXT(n) and BLOB(n) depend on the charset; defaults made up by ALTER have no text.
    const bool cacheable =
        !((typeName == QLatin1String("text") || typeName == QLatin1String("blob")) &&
          !spec.type.args.isEmpty()) &&
        (spec.defaultValue.kind == MysqlDefaultSpec::Kind::None ||
         !spec.defaultValue.source.isEmpty());
    const MysqlNormalizerCache::Key key{spec.type.name.constData(),
                                        spec.type.args.constData(),
                                        int(spec.type.isUnsigned) | int(spec.type.zerofill) << 1 |
                                            int(bool(spec.generated)) << 2,
                                        int(spec.defaultValue.kind),
                                        spec.defaultValue.precision,
                                        spec.defaultValue.source};
    const auto cached = cacheable ? cache.entries.find(key) : cache.entries.end();
    if (cached != cache.entries.end()) {
        column.type = cached->second.type;
        column.defaultValue = cached->second.defaultValue;
    } else {
        column.type = mysqlColumnType(mysqlServerColumnType(spec.type, column.charset, options));
        if (!spec.generated) {
            column.defaultValue =
                normalizeMysqlDefault(spec.defaultValue, spec.type, column.type, options);
        }
        if (cacheable)
            cache.entries.emplace(key,
                                  MysqlNormalizerCache::Entry{column.type, column.defaultValue});
    }
    column.nullable = !(spec.notNull.value_or(false) || inPrimaryKey);
    column.autoIncrement = spec.autoIncrement;
    column.comment = spec.comment;
    if (spec.generated)
        column.generated = spec.generated;
    if (spec.onUpdatePrecision != -1) {
        const QString precision =
            spec.onUpdatePrecision > 0 ? QString::number(spec.onUpdatePrecision) : QString();
        if (options.isMariaDb())
            column.onUpdate = QLatin1String("current_timestamp(") + precision + QLatin1Char(')');
        else
            column.onUpdate = spec.onUpdatePrecision > 0 ? QLatin1String("CURRENT_TIMESTAMP(") +
                                                               precision + QLatin1Char(')')
                                                         : QStringLiteral("CURRENT_TIMESTAMP");
    }
    return column;
}

} // namespace strata
