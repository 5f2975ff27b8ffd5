#include "pgschemabuilder.h"

#include <algorithm>

namespace strata {
namespace {

template<typename T>
void sortByName(QList<T> &items)
{
    std::sort(items.begin(), items.end(),
              [](const T &a, const T &b) { return a.name.toUtf8() < b.name.toUtf8(); });
}

} // namespace

PgSchemaBuilder::PgSchemaBuilder(const QString &defaultSchema)
    : m_defaultSchema(defaultSchema)
{
    addSchema(defaultSchema);
    // What PostgreSQL 11+ puts on the public schema of a new database; the dev path reports
    // the dev database's comment, which is this unless someone changed it.
    if (defaultSchema == QLatin1String("public"))
        schema(defaultSchema).comment = QStringLiteral("standard public schema");
}

bool PgSchemaBuilder::addSchema(const QString &name)
{
    if (m_schemaIndex.contains(name))
        return false;
    State state;
    state.schema.name = name;
    m_schemaIndex.insert(name, m_states.size());
    m_states.append(std::move(state));
    return true;
}

PgSchemaBuilder::State &PgSchemaBuilder::state(const QString &schema)
{
    if (!m_schemaIndex.contains(schema))
        addSchema(schema);
    return m_states[m_schemaIndex.value(schema)];
}

Schema &PgSchemaBuilder::schema(const QString &name)
{
    return state(name).schema;
}

Table *PgSchemaBuilder::table(const QString &schema, const QString &name)
{
    const auto found = m_schemaIndex.constFind(schema);
    if (found == m_schemaIndex.constEnd())
        return nullptr;
    State &s = m_states[*found];
    const auto it = s.tables.constFind(name);
    return it == s.tables.constEnd() ? nullptr : &s.schema.tables[*it];
}

Table &PgSchemaBuilder::addTable(const QString &schema, const QString &name)
{
    State &s = state(schema);
    Table table;
    table.name = name;
    s.tables.insert(name, s.schema.tables.size());
    s.relations.insert(name);
    s.schema.tables.append(std::move(table));
    return s.schema.tables.last();
}

bool PgSchemaBuilder::dropTable(const QString &schema, const QString &name)
{
    State &s = state(schema);
    const auto it = s.tables.constFind(name);
    if (it == s.tables.constEnd())
        return false;
    const Table &table = s.schema.tables.at(*it);
    if (table.primaryKey) {
        s.relations.remove(table.primaryKey->name);
        s.constraints.remove(table.primaryKey->name);
    }
    for (const Index &index : table.indexes) {
        s.relations.remove(index.name);
        s.constraints.remove(index.name);
        s.indexTables.remove(index.name);
    }
    for (const ForeignKey &key : table.foreignKeys)
        s.constraints.remove(key.name);
    for (const Check &check : table.checks)
        s.constraints.remove(check.name);
    s.relations.remove(name);
    s.columnTypes.remove(name);
    s.checkColumns.remove(name);
    s.schema.tables.removeAt(*it);
    s.tables.clear();
    for (qsizetype i = 0; i < s.schema.tables.size(); ++i)
        s.tables.insert(s.schema.tables.at(i).name, i);
    return true;
}

void PgSchemaBuilder::renameTable(const QString &schema, const QString &from, const QString &to)
{
    State &s = state(schema);
    const auto it = s.tables.constFind(from);
    if (it == s.tables.constEnd())
        return;
    const qsizetype index = *it;
    s.schema.tables[index].name = to;
    s.tables.remove(from);
    s.tables.insert(to, index);
    s.relations.remove(from);
    s.relations.insert(to);
    s.columnTypes.insert(to, s.columnTypes.take(from));
    s.checkColumns.insert(to, s.checkColumns.take(from));
    for (QString &table : s.indexTables) {
        if (table == from)
            table = to;
    }
    forEachTable([&](const QString &owner, Table &table) {
        Q_UNUSED(owner);
        for (ForeignKey &key : table.foreignKeys) {
            if (key.refSchema == schema && key.refTable == from)
                key.refTable = to;
        }
    });
}

void PgSchemaBuilder::forEachTable(
    const std::function<void(const QString &schema, Table &table)> &visit)
{
    for (State &s : m_states) {
        for (Table &table : s.schema.tables)
            visit(s.schema.name, table);
    }
}

std::optional<QString> PgSchemaBuilder::enumSchema(const QString &schema, const QString &name) const
{
    const QString where = schema.isEmpty() ? m_defaultSchema : schema;
    const auto found = m_schemaIndex.constFind(where);
    if (found == m_schemaIndex.constEnd())
        return std::nullopt;
    for (const EnumType &type : m_states.at(*found).schema.enums) {
        if (type.name == name)
            return where;
    }
    return std::nullopt;
}

EnumType *PgSchemaBuilder::enumType(const QString &schema, const QString &name)
{
    for (EnumType &type : state(schema).schema.enums) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

QSet<QString> &PgSchemaBuilder::relations(const QString &schema)
{
    return state(schema).relations;
}

QSet<QString> &PgSchemaBuilder::constraints(const QString &schema)
{
    return state(schema).constraints;
}

QHash<QString, QString> &PgSchemaBuilder::columnTypes(const QString &schema, const QString &table)
{
    return state(schema).columnTypes[table];
}

QHash<QString, QStringList> &PgSchemaBuilder::checkColumns(const QString &schema,
                                                           const QString &table)
{
    return state(schema).checkColumns[table];
}

QHash<QString, QString> &PgSchemaBuilder::indexTables(const QString &schema)
{
    return state(schema).indexTables;
}

Realm PgSchemaBuilder::finish()
{
    Realm realm;
    // Moving (not copying) the schemas out spares a deep copy of every table when sorting
    // detaches them.
    for (State &s : m_states) {
        Schema schema = std::move(s.schema);
        sortByName(schema.tables);
        sortByName(schema.enums);
        for (Table &table : schema.tables) {
            sortByName(table.indexes);
            sortByName(table.foreignKeys);
            sortByName(table.checks);
            for (ForeignKey &key : table.foreignKeys) {
                if (key.refSchema == schema.name)
                    key.refSchema.clear();
            }
            for (Column &column : table.columns) {
                if (column.type.enumSchema == schema.name)
                    column.type.enumSchema.clear();
            }
        }
        realm.schemas.append(std::move(schema));
    }
    sortByName(realm.schemas);
    m_states.clear();
    m_schemaIndex.clear();
    return realm;
}

} // namespace strata
