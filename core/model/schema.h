#pragma once

#include "table.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// A PostgreSQL enum type (`CREATE TYPE name AS ENUM (...)`).
struct EnumType
{
    QString name;
    QStringList values;

    bool operator==(const EnumType &) const = default;
};

struct Schema
{
    QString name;
    /// Tables in inspection order (sorted by name), as Atlas prints them.
    QList<Table> tables;
    QString charset;
    QString collation;
    QString comment;
    /// PostgreSQL enum types, sorted by name.
    QList<EnumType> enums;

    /// Linear lookup; build a QHash once when looking up many names.
    const Table *table(const QString &tableName) const;
    bool operator==(const Schema &) const = default;
};

/// Everything one connection sees: one schema for a schema-bound URL, several for a server.
struct Realm
{
    QList<Schema> schemas;

    int tableCount() const;
    bool operator==(const Realm &) const = default;
};

} // namespace strata
