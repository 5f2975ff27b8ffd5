#include "jsonwriter.h"

namespace strata {
namespace {

/// Atlas embeds comment, charset and collate in schemas, tables and columns alike.
void insertAttributes(JsonValue &object, const QString &comment, const QString &charset,
                      const QString &collation)
{
    if (!comment.isEmpty())
        object.insert(QStringLiteral("comment"), JsonValue::string(comment));
    if (!charset.isEmpty())
        object.insert(QStringLiteral("charset"), JsonValue::string(charset));
    if (!collation.isEmpty())
        object.insert(QStringLiteral("collate"), JsonValue::string(collation));
}

/// Inserts `key: [strings]` unless the list is empty (omitempty).
void insertStrings(JsonValue &object, const QString &key, const QStringList &strings)
{
    if (strings.isEmpty())
        return;
    JsonValue array = JsonValue::array();
    for (const QString &text : strings)
        array.append(JsonValue::string(text));
    object.insert(key, std::move(array));
}

JsonValue columnJson(const Column &column)
{
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("name"), JsonValue::string(column.name));
    // Atlas prints the type as the database reported it (ColumnType.Raw).
    const QString type = column.type.raw.isEmpty() ? column.type.normalized : column.type.raw;
    if (!type.isEmpty())
        object.insert(QStringLiteral("type"), JsonValue::string(type));
    if (column.nullable)
        object.insert(QStringLiteral("null"), JsonValue::boolean(true));
    insertAttributes(object, column.comment, column.charset, column.collation);
    return object;
}

/// Index parts; the primary key uses the same shape without name and unique.
JsonValue partsJson(const QList<IndexPart> &parts)
{
    JsonValue array = JsonValue::array();
    for (const IndexPart &part : parts) {
        JsonValue object = JsonValue::object();
        if (part.descending)
            object.insert(QStringLiteral("desc"), JsonValue::boolean(true));
        if (!part.column.isEmpty())
            object.insert(QStringLiteral("column"), JsonValue::string(part.column));
        if (!part.expression.isEmpty())
            object.insert(QStringLiteral("expr"), JsonValue::string(part.expression));
        array.append(std::move(object));
    }
    return array;
}

JsonValue indexJson(const Index &index, bool primaryKey)
{
    JsonValue object = JsonValue::object();
    if (!primaryKey && !index.name.isEmpty())
        object.insert(QStringLiteral("name"), JsonValue::string(index.name));
    if (!primaryKey && index.unique)
        object.insert(QStringLiteral("unique"), JsonValue::boolean(true));
    if (!index.parts.isEmpty())
        object.insert(QStringLiteral("parts"), partsJson(index.parts));
    return object;
}

JsonValue foreignKeyJson(const ForeignKey &foreignKey)
{
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("name"), JsonValue::string(foreignKey.name));
    insertStrings(object, QStringLiteral("columns"), foreignKey.columns);
    JsonValue references = JsonValue::object();
    references.insert(QStringLiteral("table"), JsonValue::string(foreignKey.refTable));
    insertStrings(references, QStringLiteral("columns"), foreignKey.refColumns);
    object.insert(QStringLiteral("references"), std::move(references));
    return object;
}

JsonValue tableJson(const Table &table)
{
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("name"), JsonValue::string(table.name));
    if (!table.columns.isEmpty()) {
        JsonValue columns = JsonValue::array();
        for (const Column &column : table.columns)
            columns.append(columnJson(column));
        object.insert(QStringLiteral("columns"), std::move(columns));
    }
    if (!table.indexes.isEmpty()) {
        JsonValue indexes = JsonValue::array();
        for (const Index &index : table.indexes)
            indexes.append(indexJson(index, false));
        object.insert(QStringLiteral("indexes"), std::move(indexes));
    }
    if (table.primaryKey)
        object.insert(QStringLiteral("primary_key"), indexJson(*table.primaryKey, true));
    if (!table.foreignKeys.isEmpty()) {
        JsonValue foreignKeys = JsonValue::array();
        for (const ForeignKey &foreignKey : table.foreignKeys)
            foreignKeys.append(foreignKeyJson(foreignKey));
        object.insert(QStringLiteral("foreign_keys"), std::move(foreignKeys));
    }
    insertAttributes(object, table.comment, table.charset, table.collation);
    return object;
}

JsonValue schemaJson(const Schema &schema)
{
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("name"), JsonValue::string(schema.name));
    if (!schema.tables.isEmpty()) {
        JsonValue tables = JsonValue::array();
        for (const Table &table : schema.tables)
            tables.append(tableJson(table));
        object.insert(QStringLiteral("tables"), std::move(tables));
    }
    insertAttributes(object, schema.comment, schema.charset, schema.collation);
    return object;
}

} // namespace

QString writeAtlasJson(const Realm &realm, const JsonLayout &layout)
{
    JsonValue document = JsonValue::object();
    if (!realm.schemas.isEmpty()) {
        JsonValue schemas = JsonValue::array();
        for (const Schema &schema : realm.schemas)
            schemas.append(schemaJson(schema));
        document.insert(QStringLiteral("schemas"), std::move(schemas));
    }
    return document.toJson(layout);
}

} // namespace strata
