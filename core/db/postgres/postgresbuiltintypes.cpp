#include "postgresbuiltintypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace strata {
namespace {

struct Row
{
    const char *catalogName;
    const char *formatName;
    /// Other unqualified spellings the grammar accepts for the type.
    const char *aliases;
    int numericRank;
    bool ignoresModifiers;
    /// Atlas's HCL names for the type besides the format name with '_' for ' '.
    const char *hclNames;
};

// The rows come from PostgreSQL's gram.y (the spellings), format_type.c (the format names)
// and Atlas's sql/postgres/sqlspec.go type registry (the HCL names).
constexpr Row kRows[] = {
    {"int2", "smallint", "smallint", 1, true, "int2"},
    {"int4", "integer", "int integer", 2, true, "int4 int"},
    {"int8", "bigint", "bigint", 3, true, "int8"},
    {"numeric", "numeric", "decimal", 4, false, "decimal"},
    {"float4", "real", "real", 5, true, "float4"},
    {"float8", "double precision", "", 6, true, "float8 float"},
    {"bool", "boolean", "boolean", 0, true, "bool"},
    {"varchar", "character varying", "", 0, false, "varchar"},
    {"bpchar", "character", "", 0, false, "bpchar char"},
    {"bit", "bit", "", 0, false, ""},
    {"varbit", "bit varying", "", 0, false, ""},
    {"timestamp", "timestamp without time zone", "", 0, false, "timestamp"},
    {"timestamptz", "timestamp with time zone", "", 0, false, "timestamptz"},
    {"time", "time without time zone", "", 0, false, "time"},
    {"timetz", "time with time zone", "", 0, false, "timetz"},
    {"interval", "interval", "", 0, false, ""},
    {"text", "text", "", 0, false, ""},
    {"bytea", "bytea", "", 0, false, ""},
    {"json", "json", "", 0, false, ""},
    {"jsonb", "jsonb", "", 0, false, ""},
    {"uuid", "uuid", "", 0, false, ""},
    {"date", "date", "", 0, false, ""},
    {"inet", "inet", "", 0, false, ""},
    {"cidr", "cidr", "", 0, false, ""},
    {"macaddr", "macaddr", "", 0, false, ""},
    {"macaddr8", "macaddr8", "", 0, false, ""},
    {"xml", "xml", "", 0, false, ""},
    {"money", "money", "", 0, false, ""},
    {"tsvector", "tsvector", "", 0, false, ""},
    {"tsquery", "tsquery", "", 0, false, ""},
    {"point", "point", "", 0, false, ""},
    {"line", "line", "", 0, false, ""},
    {"lseg", "lseg", "", 0, false, ""},
    {"box", "box", "", 0, false, ""},
    {"path", "path", "", 0, false, ""},
    {"polygon", "polygon", "", 0, false, ""},
    {"circle", "circle", "", 0, false, ""},
    {"int4range", "int4range", "", 0, false, ""},
    {"int8range", "int8range", "", 0, false, ""},
    {"numrange", "numrange", "", 0, false, ""},
    {"tsrange", "tsrange", "", 0, false, ""},
    {"tstzrange", "tstzrange", "", 0, false, ""},
    {"daterange", "daterange", "", 0, false, ""},
    {"oid", "oid", "", 0, false, ""},
    {"xid", "xid", "", 0, false, ""},
};

/// Types the grammar does not rename but readers meet unqualified; "name" and "regclass" are
/// catalog types, citext and hstore the extensions ORMs use most. Atlas writes them sql("...")
/// except hstore.
constexpr Row kPlainRows[] = {
    {"name", "name", "", 0, false, nullptr},
    {"regclass", "regclass", "", 0, false, nullptr},
    {"citext", "citext", "", 0, false, nullptr},
    {"hstore", "hstore", "", 0, false, ""},
};

/// HCL names Atlas registers for types that are no column type of their own in the catalog
/// (serials become integers with a sequence) or that Strata's reader does not model yet.
constexpr const char *kAtlasOnlyHclNames[] = {"smallserial",    "serial",          "bigserial",
                                              "int4multirange", "int8multirange",  "nummultirange",
                                              "tsmultirange",   "tstzmultirange",  "datemultirange",
                                              "xid8",           "double_precision"};

struct Tables
{
    QList<PostgresBuiltinType> types;
    QHash<QString, qsizetype> byWrittenName;
    QHash<QString, qsizetype> byFormatName;
    QSet<QString> hclNames;
};

void addRow(Tables &tables, const Row &row)
{
    const qsizetype index = tables.types.size();
    tables.types.append(PostgresBuiltinType{QLatin1String(row.catalogName),
                                            QLatin1String(row.formatName), row.numericRank,
                                            row.ignoresModifiers});
    tables.byWrittenName.insert(QLatin1String(row.catalogName), index);
    for (const QString &alias :
         QString::fromLatin1(row.aliases).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tables.byWrittenName.insert(alias, index);
    tables.byFormatName.insert(QLatin1String(row.formatName), index);
    if (row.hclNames == nullptr)
        return;
    // Atlas's registry spells format names with '_' ("character_varying"), except the
    // time types, which it names by their short forms only.
    const QString formatName = QLatin1String(row.formatName);
    if (!formatName.contains(QLatin1String(" time zone")))
        tables.hclNames.insert(QString(formatName).replace(QLatin1Char(' '), QLatin1Char('_')));
    for (const QString &name :
         QString::fromLatin1(row.hclNames).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tables.hclNames.insert(name);
}

const Tables &tables()
{
    static const Tables built = [] {
        Tables t;
        for (const Row &row : kRows)
            addRow(t, row);
        for (const Row &row : kPlainRows)
            addRow(t, row);
        for (const char *name : kAtlasOnlyHclNames)
            t.hclNames.insert(QLatin1String(name));
        return t;
    }();
    return built;
}

const PostgresBuiltinType *lookUp(const QHash<QString, qsizetype> &index, const QString &name)
{
    const auto it = index.constFind(name);
    return it == index.constEnd() ? nullptr : &tables().types.at(*it);
}

} // namespace

const PostgresBuiltinType *postgresBuiltinType(const QString &writtenName)
{
    return lookUp(tables().byWrittenName, writtenName);
}

const PostgresBuiltinType *postgresBuiltinTypeByFormat(const QString &formatName)
{
    return lookUp(tables().byFormatName, formatName);
}

bool isAtlasPostgresHclType(const QString &hclName)
{
    return tables().hclNames.contains(hclName);
}

} // namespace strata
