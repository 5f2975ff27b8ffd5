#pragma once

#include "model/schema.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace strata {

/// The catalog a DDL script builds up while it is parsed: schemas, tables, enum types, and the
/// name spaces the server checks when it chooses a name (relations and constraints share one
/// per schema). Handlers look tables up by name; `finish()` orders everything as the inspector
/// reports it.
class PgSchemaBuilder
{
public:
    explicit PgSchemaBuilder(const QString &defaultSchema);

    const QString &defaultSchema() const { return m_defaultSchema; }
    void setDefaultSchema(const QString &name) { m_defaultSchema = name; }

    bool hasSchema(const QString &name) const { return m_schemaIndex.contains(name); }
    /// Adds an empty schema; false when it exists already.
    bool addSchema(const QString &name);
    Schema &schema(const QString &name);

    Table *table(const QString &schema, const QString &name);
    Table &addTable(const QString &schema, const QString &name);
    bool dropTable(const QString &schema, const QString &name);
    /// Renames a table and every foreign key that points at it.
    void renameTable(const QString &schema, const QString &from, const QString &to);
    /// Every table of every schema, for changes that reach across tables.
    void forEachTable(const std::function<void(const QString &schema, Table &table)> &visit);

    /// The enum type `name` as seen from `schema` (qualified) or the search path (empty).
    std::optional<QString> enumSchema(const QString &schema, const QString &name) const;
    EnumType *enumType(const QString &schema, const QString &name);

    /// Names of relations (tables, indexes, sequences) in a schema.
    QSet<QString> &relations(const QString &schema);
    /// Names of constraints in a schema.
    QSet<QString> &constraints(const QString &schema);

    /// Column base types (pgBaseType()) per table, for printing expressions.
    QHash<QString, QString> &columnTypes(const QString &schema, const QString &table);
    /// Columns each CHECK constraint refers to, so dropping a column drops its checks.
    QHash<QString, QStringList> &checkColumns(const QString &schema, const QString &table);
    /// Which table an index belongs to, for COMMENT ON INDEX and DROP INDEX.
    QHash<QString, QString> &indexTables(const QString &schema);

    /// The realm in inspection order: schemas, tables, indexes, keys and checks by name;
    /// references into the same schema carry no schema name.
    /// Moves the model out, leaving the builder empty.
    Realm finish();

private:
    struct State
    {
        Schema schema;
        QHash<QString, qsizetype> tables;
        QSet<QString> relations;
        QSet<QString> constraints;
        QHash<QString, QHash<QString, QString>> columnTypes;
        QHash<QString, QHash<QString, QStringList>> checkColumns;
        QHash<QString, QString> indexTables;
    };
    State &state(const QString &schema);

    QString m_defaultSchema;
    QList<State> m_states;
    QHash<QString, qsizetype> m_schemaIndex;
};

} // namespace strata
