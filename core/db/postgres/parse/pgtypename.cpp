#include "pgtypename.h"

#include "db/postgres/postgresbuiltintypes.h"
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
    if (const PostgresBuiltinType *builtin = postgresBuiltinType(name);
        builtin && builtin->ignoresModifiers)
        return builtin->formatName;
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
        if (builtin.isEmpty()) {
            if (const PostgresBuiltinType *known = postgresBuiltinType(type.name))
                builtin = known->catalogName;
        }
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
