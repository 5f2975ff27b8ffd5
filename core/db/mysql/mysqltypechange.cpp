#include "mysqltypechange.h"

#include <QStringList>

namespace strata {
namespace {

/// A normalized type split into its name and the numbers or values in its parentheses.
struct TypeShape
{
    QString name;
    QStringList args;
};

TypeShape shapeOf(const ColumnType &type)
{
    const QString text = type.normalized.isEmpty() ? type.raw.toLower() : type.normalized;
    TypeShape shape;
    const qsizetype open = text.indexOf(QLatin1Char('('));
    shape.name = (open < 0 ? text : text.left(open)).trimmed();
    if (open >= 0 && text.endsWith(QLatin1Char(')'))) {
        // Enum and set values are quoted and never hold an unescaped comma-quote pair.
        const QString inner = text.mid(open + 1, text.size() - open - 2);
        shape.args = inner.split(QLatin1String(","));
        for (QString &arg : shape.args)
            arg = arg.trimmed();
    }
    return shape;
}

int argAt(const TypeShape &shape, int index, int fallback)
{
    bool ok = false;
    const int value = shape.args.value(index).toInt(&ok);
    return ok ? value : fallback;
}

int rankIn(const QStringList &family, const QString &name)
{
    return int(family.indexOf(name));
}

const QStringList &integers()
{
    static const QStringList family{QStringLiteral("bool"),     QStringLiteral("tinyint"),
                                    QStringLiteral("smallint"), QStringLiteral("mediumint"),
                                    QStringLiteral("int"),      QStringLiteral("bigint")};
    return family;
}

/// Character types by the most bytes they hold; varchar(n) and char(n) sit below text.
const QStringList &texts()
{
    static const QStringList family{QStringLiteral("tinytext"), QStringLiteral("text"),
                                    QStringLiteral("mediumtext"), QStringLiteral("longtext")};
    return family;
}

const QStringList &blobs()
{
    static const QStringList family{QStringLiteral("tinyblob"), QStringLiteral("blob"),
                                    QStringLiteral("mediumblob"), QStringLiteral("longblob")};
    return family;
}

bool isSized(const QString &name, const QString &fixed, const QString &varying)
{
    return name == fixed || name == varying;
}

bool widensIntegers(const ColumnType &from, const TypeShape &a, const ColumnType &to,
                    const TypeShape &b)
{
    const int fromRank = rankIn(integers(), a.name);
    const int toRank = rankIn(integers(), b.name);
    if (from.isUnsigned == to.isUnsigned)
        return toRank >= fromRank;
    // Unsigned values fit a signed type only one size up.
    return from.isUnsigned && toRank > fromRank;
}

bool widensCharacters(const TypeShape &a, const TypeShape &b, const QStringList &large,
                      const QString &fixed, const QString &varying)
{
    if (isSized(a.name, fixed, varying) && isSized(b.name, fixed, varying))
        return argAt(b, 0, 1) >= argAt(a, 0, 1) && !(a.name == varying && b.name == fixed);
    if (isSized(a.name, fixed, varying) && rankIn(large, b.name) >= 0)
        return rankIn(large, b.name) >= 1; // tiny types hold 255 bytes, fewer than n characters
    if (rankIn(large, a.name) >= 0 && rankIn(large, b.name) >= 0)
        return rankIn(large, b.name) >= rankIn(large, a.name);
    return false;
}

bool widensDecimals(const TypeShape &a, const TypeShape &b)
{
    const int fromPrecision = argAt(a, 0, 10);
    const int fromScale = argAt(a, 1, 0);
    const int toPrecision = argAt(b, 0, 10);
    const int toScale = argAt(b, 1, 0);
    return toScale >= fromScale && toPrecision - toScale >= fromPrecision - fromScale;
}

bool keepsValues(const TypeShape &a, const TypeShape &b)
{
    return b.args.size() >= a.args.size() && b.args.mid(0, a.args.size()) == a.args;
}

} // namespace

bool mysqlTypeChangeLosesData(const ColumnType &from, const ColumnType &to)
{
    if (from == to)
        return false;
    const TypeShape a = shapeOf(from);
    const TypeShape b = shapeOf(to);
    if (rankIn(integers(), a.name) >= 0 && rankIn(integers(), b.name) >= 0)
        return !widensIntegers(from, a, to, b);
    if (!from.isUnsigned && to.isUnsigned)
        return true; // negative values
    if (widensCharacters(a, b, texts(), QStringLiteral("char"), QStringLiteral("varchar")) ||
        widensCharacters(a, b, blobs(), QStringLiteral("binary"), QStringLiteral("varbinary")))
        return false;
    if (a.name == QLatin1String("decimal") && b.name == QLatin1String("decimal"))
        return !widensDecimals(a, b);
    if (a.name == QLatin1String("float") && b.name == QLatin1String("double"))
        return false;
    if ((a.name == QLatin1String("enum") || a.name == QLatin1String("set")) && a.name == b.name)
        return !keepsValues(a, b);
    if ((a.name == QLatin1String("datetime") || a.name == QLatin1String("timestamp") ||
         a.name == QLatin1String("time")) &&
        a.name == b.name)
        return argAt(b, 0, 0) < argAt(a, 0, 0);
    return true;
}

} // namespace strata
