#pragma once

#include "pgjsonreader.h"
#include <QString>

namespace strata {

/// A TypeName node of the raw parse tree, read the way the catalog will report it.
struct PgTypeName
{
    enum class Serial
    {
        None,
        Small,
        Regular,
        Big
    };

    /// format_type() of the resolved type: "integer", "character varying(255)",
    /// "timestamp(3) with time zone", "numeric(10,0)", "text[]". For a type that is not
    /// built in (an enum, a domain), the name as written.
    QString formatType;
    /// The type's own name without typmod or array marker: "int4", "varchar", "status".
    QString name;
    /// The schema the name was qualified with; empty when unqualified or pg_catalog.
    QString schema;
    bool builtin = false;
    bool isArray = false;
    /// SERIAL / BIGSERIAL / SMALLSERIAL: `formatType` already holds the integer type.
    Serial serial = Serial::None;
};

/// Reads a TypeName node ({"names": [...], "typmods": [...], "arrayBounds": [...]}).
PgTypeName pgTypeName(const pgjson::Object &typeName);

/// The type an expression of this catalog type has for operator resolution: format_type()
/// with typmod -1, e.g. "character varying", "bpchar", "numeric", "timestamp with time zone".
QString pgBaseType(const QString &formatType);

} // namespace strata
