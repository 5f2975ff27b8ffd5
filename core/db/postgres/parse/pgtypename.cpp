#include "pgtypename.h"

#include "pgjson.h"

#include <QHash>
#include <QRegularExpression>

namespace strata {
namespace {

using namespace pgjson;

/// Typmods are integer constants; anything else (a misuse the server would refuse) reads as -1.
QList<int> typmods(const pgjson::Object &typeName)
{
    QList<int> values;
    for (const pgjson::Value &node : list(typeName, "typmods")) {
        const pgjson::Object constant = body(node);
        if (nodeType(node) == QLatin1String("A_Const") &&
            constant.contains(QLatin1String("ival"))) {
            values.append(constant.value(QLatin1String("ival"))
                              .toObject()
                              .value(QLatin1String("ival"))
                              .toInt(0));
        } else {
            values.append(-1);
        }
    }
    return values;
}

QString withModifiers(const QString &name, const QList<int> &mods)
{
    if (mods.isEmpty())
        return name;
    QStringList parts;
    for (int mod : mods)
        parts.append(QString::number(mod));
    return name + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

/// Names the grammar maps into pg_catalog, and the spelling format_type() gives them.
QString builtinFormat(const QString &name, const QList<int> &mods)
{
    static const QHash<QString, QString> plain = {
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
    };
    if (const auto it = plain.constFind(name); it != plain.constEnd())
        return *it;
    if (name == QLatin1String("varchar"))
        return withModifiers(QStringLiteral("character varying"), mods);
    if (name == QLatin1String("bpchar"))
        return withModifiers(QStringLiteral("character"), mods.isEmpty() ? QList<int>{1} : mods);
    if (name == QLatin1String("bit"))
        return withModifiers(QStringLiteral("bit"), mods.isEmpty() ? QList<int>{1} : mods);
    if (name == QLatin1String("varbit"))
        return withModifiers(QStringLiteral("bit varying"), mods);
    if (name == QLatin1String("numeric")) {
        if (mods.size() == 1)
            return withModifiers(name, {mods.front(), 0});
        return withModifiers(name, mods);
    }
    if (name == QLatin1String("timestamptz") || name == QLatin1String("timestamp") ||
        name == QLatin1String("timetz") || name == QLatin1String("time")) {
        const bool zoned = name.endsWith(QLatin1String("tz"));
        const QString base = name.startsWith(QLatin1String("timestamp"))
                                 ? QStringLiteral("timestamp")
                                 : QStringLiteral("time");
        return withModifiers(base, mods) +
               (zoned ? QLatin1String(" with time zone") : QLatin1String(" without time zone"));
    }
    if (name == QLatin1String("interval"))
        return mods.size() == 2 && mods.at(1) >= 0 ? withModifiers(name, {mods.at(1)}) : name;
    return withModifiers(name, mods);
}

/// Type names the catalog spells differently from how they may be written unqualified.
QString unqualifiedAlias(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("int"), QStringLiteral("int4")},
        {QStringLiteral("integer"), QStringLiteral("int4")},
        {QStringLiteral("smallint"), QStringLiteral("int2")},
        {QStringLiteral("bigint"), QStringLiteral("int8")},
        {QStringLiteral("real"), QStringLiteral("float4")},
        {QStringLiteral("boolean"), QStringLiteral("bool")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamptz")},
        {QStringLiteral("timetz"), QStringLiteral("timetz")},
        {QStringLiteral("int2"), QStringLiteral("int2")},
        {QStringLiteral("int4"), QStringLiteral("int4")},
        {QStringLiteral("int8"), QStringLiteral("int8")},
        {QStringLiteral("float4"), QStringLiteral("float4")},
        {QStringLiteral("float8"), QStringLiteral("float8")},
        {QStringLiteral("bool"), QStringLiteral("bool")},
        {QStringLiteral("varchar"), QStringLiteral("varchar")},
        {QStringLiteral("bpchar"), QStringLiteral("bpchar")},
        {QStringLiteral("numeric"), QStringLiteral("numeric")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
        {QStringLiteral("time"), QStringLiteral("time")},
        {QStringLiteral("interval"), QStringLiteral("interval")},
        {QStringLiteral("varbit"), QStringLiteral("varbit")},
        {QStringLiteral("bit"), QStringLiteral("bit")},
    };
    return aliases.value(name);
}

/// Types that keep their own name in format_type() (no alias, no typmod rules of their own).
bool isPlainBuiltin(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("text"),      QStringLiteral("bytea"),     QStringLiteral("json"),
        QStringLiteral("jsonb"),     QStringLiteral("uuid"),      QStringLiteral("date"),
        QStringLiteral("inet"),      QStringLiteral("cidr"),      QStringLiteral("macaddr"),
        QStringLiteral("macaddr8"),  QStringLiteral("xml"),       QStringLiteral("money"),
        QStringLiteral("tsvector"),  QStringLiteral("tsquery"),   QStringLiteral("point"),
        QStringLiteral("line"),      QStringLiteral("lseg"),      QStringLiteral("box"),
        QStringLiteral("path"),      QStringLiteral("polygon"),   QStringLiteral("circle"),
        QStringLiteral("int4range"), QStringLiteral("int8range"), QStringLiteral("numrange"),
        QStringLiteral("tsrange"),   QStringLiteral("tstzrange"), QStringLiteral("daterange"),
        QStringLiteral("oid"),       QStringLiteral("xid"),       QStringLiteral("name"),
        QStringLiteral("regclass"),  QStringLiteral("citext"),    QStringLiteral("hstore")};
    return names.contains(name);
}

} // namespace

PgTypeName pgTypeName(const pgjson::Object &typeName)
{
    PgTypeName type;
    const QStringList names = strings(list(typeName, "names"));
    const QList<int> mods = typmods(typeName);
    type.isArray = !list(typeName, "arrayBounds").isEmpty();
    if (names.isEmpty())
        return type;
    type.name = names.constLast();
    const bool catalog = names.size() == 2 && names.front() == QLatin1String("pg_catalog");
    if (names.size() >= 2 && !catalog)
        type.schema = names.at(names.size() - 2);
    QString builtin;
    if (catalog) {
        builtin = type.name;
    } else if (names.size() == 1) {
        if (!type.isArray && mods.isEmpty()) {
            static const QHash<QString, std::pair<PgTypeName::Serial, QString>> serials = {
                {QStringLiteral("serial"), {PgTypeName::Serial::Regular, QStringLiteral("int4")}},
                {QStringLiteral("serial4"), {PgTypeName::Serial::Regular, QStringLiteral("int4")}},
                {QStringLiteral("bigserial"), {PgTypeName::Serial::Big, QStringLiteral("int8")}},
                {QStringLiteral("serial8"), {PgTypeName::Serial::Big, QStringLiteral("int8")}},
                {QStringLiteral("smallserial"),
                 {PgTypeName::Serial::Small, QStringLiteral("int2")}},
                {QStringLiteral("serial2"), {PgTypeName::Serial::Small, QStringLiteral("int2")}},
            };
            if (const auto it = serials.constFind(type.name); it != serials.constEnd()) {
                type.serial = it->first;
                builtin = it->second;
            }
        }
        if (builtin.isEmpty())
            builtin = unqualifiedAlias(type.name);
        if (builtin.isEmpty() && isPlainBuiltin(type.name))
            builtin = type.name;
    }
    if (!builtin.isEmpty()) {
        type.builtin = true;
        type.name = builtin;
        type.formatType = builtinFormat(builtin, mods);
    } else {
        type.formatType = withModifiers(type.name, mods);
    }
    if (type.isArray)
        type.formatType += QLatin1String("[]");
    return type;
}

QString pgBaseType(const QString &formatType)
{
    static const QRegularExpression modifiers(QStringLiteral("\\([^)]*\\)"));
    QString base = formatType;
    // Most types carry no modifiers; the regular expression is the costly part of a column.
    if (base.contains(QLatin1Char('(')))
        base.remove(modifiers);
    if (base == QLatin1String("character"))
        return QStringLiteral("bpchar");
    if (base == QLatin1String("character[]"))
        return QStringLiteral("bpchar[]");
    return base;
}

} // namespace strata
