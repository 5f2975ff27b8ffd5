#include "mysqlschemabuilder_p.h"

#include "mysqlcharsets.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata {

MysqlSchemaBuilder::MysqlSchemaBuilder(const MysqlParseOptions &options)
    : m_options(options)
    , m_current(options.defaultSchema)
{}

MysqlSchemaBuilder::~MysqlSchemaBuilder() = default;

QString MysqlSchemaBuilder::currentSchema() const
{
    return m_current;
}

MysqlSchemaBuilder::SchemaState *MysqlSchemaBuilder::schemaState(const QString &name, bool create)
{
    for (const auto &schema : m_schemas) {
        if (schema->name == name)
            return schema.get();
    }
    if (!create)
        return nullptr;
    auto schema = std::make_unique<SchemaState>();
    schema->name = name;
    schema->charset = mysqlCanonicalCharset(m_options.defaultCharset);
    schema->collation = mysqlCanonicalCollation(m_options.defaultCollation);
    m_schemas.push_back(std::move(schema));
    return m_schemas.back().get();
}

MysqlSchemaBuilder::TableState *MysqlSchemaBuilder::tableState(const QString &schema,
                                                               const QString &name)
{
    SchemaState *state = schemaState(schema.isNull() ? m_current : schema, false);
    if (!state)
        return nullptr;
    const auto it = state->tables.constFind(name);
    return it == state->tables.constEnd() ? nullptr : it->get();
}

QString MysqlSchemaBuilder::createSchema(const QString &name, bool ifNotExists,
                                         const MysqlTableOptionsSpec &options)
{
    if (schemaState(name, false)) {
        if (ifNotExists)
            return {};
        return MysqlSchemaBuilderTr::tr("database %1 already exists")
            .arg(mysqlQuotedIdentifier(name));
    }
    SchemaState *schema = schemaState(name, true);
    if (options.collation) {
        schema->collation = mysqlCanonicalCollation(*options.collation);
        schema->charset = mysqlCharsetOfCollation(schema->collation);
    } else if (options.charset) {
        schema->charset = mysqlCanonicalCharset(*options.charset);
        schema->collation = mysqlDefaultCollation(schema->charset, m_options);
    }
    return {};
}

QString MysqlSchemaBuilder::dropSchema(const QString &name, bool ifExists)
{
    for (auto it = m_schemas.begin(); it != m_schemas.end(); ++it) {
        if ((*it)->name == name) {
            m_schemas.erase(it);
            return {};
        }
    }
    return ifExists ? QString()
                    : MysqlSchemaBuilderTr::tr("database %1 does not exist")
                          .arg(mysqlQuotedIdentifier(name));
}

QString MysqlSchemaBuilder::useSchema(const QString &name)
{
    // A script that starts with USE usually targets a database created elsewhere: accept it.
    schemaState(name, true);
    m_current = name;
    return {};
}

QString MysqlSchemaBuilder::createTable(const QString &schema, const QString &name,
                                        bool ifNotExists, bool orReplace, MysqlTableBodySpec body,
                                        const MysqlTableOptionsSpec &options)
{
    const QString schemaName = schema.isNull() ? m_current : schema;
    SchemaState *schemaState = this->schemaState(schemaName, schemaName == m_current);
    if (!schemaState)
        return MysqlSchemaBuilderTr::tr("database %1 does not exist")
            .arg(mysqlQuotedIdentifier(schemaName));
    if (schemaState->tables.contains(name)) {
        if (ifNotExists && !orReplace)
            return {};
        if (!orReplace)
            return MysqlSchemaBuilderTr::tr("table %1 already exists")
                .arg(mysqlQuotedIdentifier(name));
        schemaState->tables.remove(name);
    }
    auto state = std::make_shared<TableState>();
    state->schema = schemaName;
    state->sequence = ++m_sequence;
    Table &table = state->table;
    table.name = name;
    table.charset = schemaState->charset;
    table.collation = schemaState->collation;
    const QString error = [&]() -> QString {
        m_altered = state.get();
        const QString optionsError = setTableOptions(options);
        m_altered = nullptr;
        return optionsError;
    }();
    if (!error.isEmpty())
        return error;

    QList<QString> primaryColumns;
    for (const MysqlKeySpec &key : body.keys) {
        if (key.kind == MysqlKeySpec::Kind::Primary) {
            for (const IndexPart &part : key.parts)
                primaryColumns.append(part.column);
        }
    }
    table.columns.reserve(body.columns.size());
    for (MysqlColumnSpec &spec : body.columns) {
        if (state->columnIndex(spec.name) >= 0)
            return MysqlSchemaBuilderTr::tr("duplicate column name %1")
                .arg(mysqlQuotedIdentifier(spec.name));
        const bool inPrimaryKey =
            std::any_of(primaryColumns.cbegin(), primaryColumns.cend(),
                        [&](const QString &column) { return sameName(column, spec.name); });
        if (inPrimaryKey)
            spec.notNull = true;
        table.columns.append(
            normalizeMysqlColumn(spec, inPrimaryKey, state->charset(), m_options, m_cache));
    }
    for (const MysqlKeySpec &key : body.keys) {
        if (QString keyError = applyKey(*state, key, false); !keyError.isEmpty())
            return keyError;
    }
    for (const MysqlColumnSpec &spec : std::as_const(body.columns)) {
        if (QString jsonError = addJsonCheck(*state, spec); !jsonError.isEmpty())
            return jsonError;
        for (const MysqlCheckSpec &check : spec.checks) {
            if (QString checkError = applyCheck(*state, check, spec.name); !checkError.isEmpty())
                return checkError;
        }
    }
    for (const MysqlCheckSpec &check : body.checks) {
        if (QString checkError = applyCheck(*state, check, QString()); !checkError.isEmpty())
            return checkError;
    }
    for (const MysqlForeignKeySpec &key : body.foreignKeys) {
        if (QString keyError = applyForeignKey(*state, key); !keyError.isEmpty())
            return keyError;
    }
    dropRedundantGeneratedKeys(*state);
    schemaState->tables.insert(name, std::move(state));
    return {};
}

QString MysqlSchemaBuilder::createTableLike(const QString &schema, const QString &name,
                                            bool ifNotExists, const QString &sourceSchema,
                                            const QString &source)
{
    const TableState *original = tableState(sourceSchema, source);
    if (!original)
        return MysqlSchemaBuilderTr::tr("table %1 does not exist")
            .arg(mysqlQuotedIdentifier(source));
    const QString schemaName = schema.isNull() ? m_current : schema;
    SchemaState *target = schemaState(schemaName, schemaName == m_current);
    if (!target)
        return MysqlSchemaBuilderTr::tr("database %1 does not exist")
            .arg(mysqlQuotedIdentifier(schemaName));
    if (target->tables.contains(name))
        return ifNotExists ? QString()
                           : MysqlSchemaBuilderTr::tr("table %1 already exists")
                                 .arg(mysqlQuotedIdentifier(name));
    // CREATE TABLE ... LIKE copies columns, indexes and checks, but not foreign keys.
    auto copy = std::make_shared<TableState>(*original);
    copy->table.name = name;
    copy->schema = schemaName;
    copy->table.foreignKeys.clear();
    copy->generated.fill(false);
    target->tables.insert(name, std::move(copy));
    return {};
}

QString MysqlSchemaBuilder::dropTable(const QString &schema, const QString &name, bool ifExists)
{
    SchemaState *state = schemaState(schema.isNull() ? m_current : schema, false);
    if (!state || !state->tables.remove(name)) {
        return ifExists
                   ? QString()
                   : MysqlSchemaBuilderTr::tr("unknown table %1").arg(mysqlQuotedIdentifier(name));
    }
    return {};
}

QString MysqlSchemaBuilder::renameTable(const QString &schema, const QString &name,
                                        const QString &newSchema, const QString &newName)
{
    if (QString error = beginAlter(schema, name); !error.isEmpty())
        return error;
    if (QString error = renameAlteredTable(newSchema, newName); !error.isEmpty()) {
        m_altered = nullptr;
        return error;
    }
    return endAlter();
}

QString MysqlSchemaBuilder::beginAlter(const QString &schema, const QString &name)
{
    m_alteredSchema = schema.isNull() ? m_current : schema;
    m_altered = tableState(m_alteredSchema, name);
    if (!m_altered)
        return MysqlSchemaBuilderTr::tr("table %1 does not exist").arg(mysqlQuotedIdentifier(name));
    return {};
}

QString MysqlSchemaBuilder::endAlter()
{
    if (m_altered)
        dropRedundantGeneratedKeys(*m_altered);
    m_altered = nullptr;
    return {};
}

QString MysqlSchemaBuilder::addColumn(const MysqlColumnSpec &column, const QString &after,
                                      bool first)
{
    TableState &state = *m_altered;
    if (state.columnIndex(column.name) >= 0)
        return MysqlSchemaBuilderTr::tr("duplicate column name %1")
            .arg(mysqlQuotedIdentifier(column.name));
    const qsizetype position = state.insertPosition(after, first, state.table.columns.size());
    if (position < 0)
        return MysqlSchemaBuilderTr::tr("unknown column %1").arg(mysqlQuotedIdentifier(after));
    MysqlColumnSpec stored = column;
    if (column.primaryKey)
        stored.notNull = true;
    state.table.columns.insert(position, normalizeMysqlColumn(stored, column.primaryKey,
                                                              state.charset(), m_options, m_cache));
    if (QString error = applyColumnKeys(state, column, column.primaryKey); !error.isEmpty())
        return error;
    if (QString error = addJsonCheck(state, column); !error.isEmpty())
        return error;
    for (const MysqlCheckSpec &check : column.checks) {
        if (QString error = applyCheck(state, check, column.name); !error.isEmpty())
            return error;
    }
    if (column.reference) {
        if (QString error = applyForeignKey(state, *column.reference); !error.isEmpty())
            return error;
    }
    return {};
}

QString MysqlSchemaBuilder::applyColumnKeys(TableState &state, const MysqlColumnSpec &column,
                                            bool primary)
{
    const auto apply = [&](MysqlKeySpec::Kind kind) {
        MysqlKeySpec key;
        key.kind = kind;
        key.parts.append(IndexPart{column.name, {}, false, 0});
        return applyKey(state, key, false);
    };
    if (primary) {
        if (QString error = apply(MysqlKeySpec::Kind::Primary); !error.isEmpty())
            return error;
    }
    if (column.unique)
        return apply(MysqlKeySpec::Kind::Unique);
    return {};
}

QString MysqlSchemaBuilder::modifyColumn(const QString &oldName, const MysqlColumnSpec &column,
                                         const QString &after, bool first)
{
    TableState &state = *m_altered;
    const int index = state.columnIndex(oldName);
    if (index < 0)
        return MysqlSchemaBuilderTr::tr("unknown column %1").arg(mysqlQuotedIdentifier(oldName));
    if (!sameName(oldName, column.name) && state.columnIndex(column.name) >= 0)
        return MysqlSchemaBuilderTr::tr("duplicate column name %1")
            .arg(mysqlQuotedIdentifier(column.name));
    const QString previousName = state.table.columns.at(index).name;
    const bool inPrimaryKey = state.table.isPrimaryKeyColumn(previousName);
    MysqlColumnSpec stored = column;
    stored.primaryKey = false;
    if (inPrimaryKey)
        stored.notNull = true;
    state.table.columns.removeAt(index);
    if (QString error = renameColumn(previousName, column.name); !error.isEmpty())
        return error;
    const qsizetype position = state.insertPosition(after, first, index);
    if (position < 0)
        return MysqlSchemaBuilderTr::tr("unknown column %1").arg(mysqlQuotedIdentifier(after));
    state.table.columns.insert(
        position, normalizeMysqlColumn(stored, inPrimaryKey, state.charset(), m_options, m_cache));
    if (QString error = applyColumnKeys(state, column, column.primaryKey && !inPrimaryKey);
        !error.isEmpty())
        return error;
    for (const MysqlCheckSpec &check : column.checks) {
        if (QString error = applyCheck(state, check, column.name); !error.isEmpty())
            return error;
    }
    return {};
}

QString MysqlSchemaBuilder::renameColumn(const QString &oldName, const QString &newName)
{
    TableState &state = *m_altered;
    if (const int index = state.columnIndex(oldName); index >= 0) {
        if (!sameName(oldName, newName) && state.columnIndex(newName) >= 0)
            return MysqlSchemaBuilderTr::tr("duplicate column name %1")
                .arg(mysqlQuotedIdentifier(newName));
        state.table.columns[index].name = newName;
    }
    const auto renameParts = [&](QList<IndexPart> &parts) {
        for (IndexPart &part : parts) {
            if (sameName(part.column, oldName))
                part.column = newName;
        }
    };
    if (state.table.primaryKey)
        renameParts(state.table.primaryKey->parts);
    for (Index &index : state.table.indexes)
        renameParts(index.parts);
    for (ForeignKey &key : state.table.foreignKeys) {
        for (QString &column : key.columns) {
            if (sameName(column, oldName))
                column = newName;
        }
    }
    return {};
}

QString MysqlSchemaBuilder::dropColumn(const QString &name, bool ifExists)
{
    TableState &state = *m_altered;
    const int index = state.columnIndex(name);
    if (index < 0) {
        return ifExists
                   ? QString()
                   : MysqlSchemaBuilderTr::tr("unknown column %1").arg(mysqlQuotedIdentifier(name));
    }
    if (state.table.isForeignKeyColumn(state.table.columns.at(index).name)) {
        return MysqlSchemaBuilderTr::tr("cannot drop column %1: needed in a foreign key "
                                        "constraint")
            .arg(mysqlQuotedIdentifier(name));
    }
    state.table.columns.removeAt(index);
    const auto dropParts = [&](QList<IndexPart> &parts) {
        parts.removeIf([&](const IndexPart &part) { return sameName(part.column, name); });
    };
    if (state.table.primaryKey) {
        dropParts(state.table.primaryKey->parts);
        if (state.table.primaryKey->parts.isEmpty())
            state.table.primaryKey.reset();
    }
    for (qsizetype i = state.table.indexes.size() - 1; i >= 0; --i) {
        dropParts(state.table.indexes[i].parts);
        if (state.table.indexes.at(i).parts.isEmpty()) {
            state.table.indexes.removeAt(i);
            state.generated.removeAt(i);
        }
    }
    return {};
}

QString MysqlSchemaBuilder::setColumnDefault(const QString &name, const MysqlDefaultSpec &value)
{
    TableState &state = *m_altered;
    const int index = state.columnIndex(name);
    if (index < 0)
        return MysqlSchemaBuilderTr::tr("unknown column %1").arg(mysqlQuotedIdentifier(name));
    Column &column = state.table.columns[index];
    if (!column.generated) {
        column.defaultValue = normalizeMysqlDefault(
            value, mysqlTypeSpecFromServerType(column.type.raw), column.type, m_options);
    }
    return {};
}

QString MysqlSchemaBuilder::setTableOptions(const MysqlTableOptionsSpec &options)
{
    Table &table = m_altered->table;
    if (options.collation) {
        table.collation = mysqlCanonicalCollation(*options.collation);
        table.charset = mysqlCharsetOfCollation(table.collation);
    } else if (options.charset) {
        table.charset = mysqlCanonicalCharset(*options.charset);
        table.collation = mysqlDefaultCollation(table.charset, m_options);
    }
    if (options.comment)
        table.comment = *options.comment;
    if (options.engine) {
        const QString engine = canonicalEngine(*options.engine);
        table.engine = engine == QLatin1String("InnoDB") ? QString() : engine;
        if (!table.engine.isEmpty())
            table.foreignKeys.clear();
    }
    return {};
}

QString MysqlSchemaBuilder::convertCharset(const QString &charset, const QString &collation)
{
    MysqlTableOptionsSpec options;
    if (!collation.isEmpty())
        options.collation = collation;
    else
        options.charset = charset;
    setTableOptions(options);
    TableState &state = *m_altered;
    // Columns carry their full charset until finish(); json and binary types carry none.
    for (Column &column : state.table.columns) {
        if (column.charset.isEmpty())
            continue;
        column.charset = state.table.charset;
        column.collation = state.table.collation;
    }
    return {};
}

QString MysqlSchemaBuilder::renameAlteredTable(const QString &newSchema, const QString &newName)
{
    const QString targetSchema = newSchema.isNull() ? m_current : newSchema;
    SchemaState *from = schemaState(m_alteredSchema, false);
    SchemaState *to = schemaState(targetSchema, false);
    if (!to)
        return MysqlSchemaBuilderTr::tr("database %1 does not exist")
            .arg(mysqlQuotedIdentifier(targetSchema));
    if (to->tables.contains(newName))
        return MysqlSchemaBuilderTr::tr("table %1 already exists")
            .arg(mysqlQuotedIdentifier(newName));
    std::shared_ptr<TableState> state = from->tables.take(m_altered->table.name);
    state->table.name = newName;
    state->schema = targetSchema;
    to->tables.insert(newName, state);
    m_alteredSchema = targetSchema;
    return {};
}

QString MysqlSchemaBuilder::createIndex(const QString &schema, const QString &table,
                                        const MysqlKeySpec &key)
{
    if (QString error = beginAlter(schema, table); !error.isEmpty())
        return error;
    if (QString error = applyKey(*m_altered, key, false); !error.isEmpty()) {
        m_altered = nullptr;
        return error;
    }
    return endAlter();
}

QString MysqlSchemaBuilder::dropIndex(const QString &schema, const QString &table,
                                      const QString &name)
{
    if (QString error = beginAlter(schema, table); !error.isEmpty())
        return error;
    if (QString error = dropKey(name, false); !error.isEmpty()) {
        m_altered = nullptr;
        return error;
    }
    return endAlter();
}

Realm MysqlSchemaBuilder::finish()
{
    if (m_schemas.empty())
        schemaState(m_options.defaultSchema, true);
    const bool maria = m_options.isMariaDb();
    const auto byName = [maria](const QString &a, const QString &b) {
        return maria ? lessCaseInsensitive(a, b) : a < b;
    };
    Realm realm;
    std::vector<SchemaState *> schemas;
    for (const auto &schema : m_schemas)
        schemas.push_back(schema.get());
    std::sort(schemas.begin(), schemas.end(),
              [&](const SchemaState *a, const SchemaState *b) { return byName(a->name, b->name); });
    for (SchemaState *state : schemas) {
        Schema schema;
        schema.name = state->name;
        schema.charset = state->charset;
        schema.collation = state->collation;
        std::vector<TableState *> created;
        created.reserve(size_t(state->tables.size()));
        for (const auto &table : std::as_const(state->tables))
            created.push_back(table.get());
        std::sort(created.begin(), created.end(), [](const TableState *a, const TableState *b) {
            return a->sequence < b->sequence;
        });
        QList<Table> tables;
        tables.reserve(qsizetype(created.size()));
        for (TableState *table : created)
            tables.append(std::move(table->table));
        const auto tableLess = [&](const Table &a, const Table &b) {
            return byName(a.name, b.name);
        };
        // Scripts usually create tables in name order already.
        if (!std::is_sorted(tables.begin(), tables.end(), tableLess))
            std::sort(tables.begin(), tables.end(), tableLess);
        for (Table &table : tables) {
            std::sort(
                table.indexes.begin(), table.indexes.end(),
                [](const Index &a, const Index &b) { return lessCaseInsensitive(a.name, b.name); });
            std::sort(table.foreignKeys.begin(), table.foreignKeys.end(),
                      [](const ForeignKey &a, const ForeignKey &b) {
                          return lessCaseInsensitive(a.name, b.name);
                      });
            std::sort(table.checks.begin(), table.checks.end(), [](const Check &a, const Check &b) {
                return lessCaseInsensitive(a.name, b.name);
            });
            for (Column &column : table.columns) {
                if (column.charset == table.charset)
                    column.charset.clear();
                if (column.collation == table.collation)
                    column.collation.clear();
            }
        }
        schema.tables = std::move(tables);
        realm.schemas.append(std::move(schema));
    }
    m_schemas.clear();
    return realm;
}

} // namespace strata
