#include "pgscript_p.h"

#include "pgjson.h"
#include "pgnames.h"
#include "pgtableeditor.h"

namespace strata {

using namespace pgjson;

QString PgScript::createEnum(const pgjson::Object &stmt)
{
    const RelationName name = qualified(strings(list(stmt, "typeName")));
    if (!m_builder.hasSchema(name.schema))
        return missingSchema(name.schema);
    if (m_builder.enumType(name.schema, name.name))
        return PgDdlParserTr::tr("type \"%1\" already exists").arg(name.name);
    m_builder.schema(name.schema).enums.append(EnumType{name.name, strings(list(stmt, "vals"))});
    return {};
}

QString PgScript::alterEnum(const pgjson::Object &stmt)
{
    const RelationName name = qualified(strings(list(stmt, "typeName")));
    EnumType *type = m_builder.enumType(name.schema, name.name);
    if (!type)
        return PgDdlParserTr::tr("type \"%1\" does not exist").arg(name.name);
    const QString oldValue = text(stmt, "oldVal");
    const QString newValue = text(stmt, "newVal");
    if (!oldValue.isEmpty()) {
        const qsizetype at = type->values.indexOf(oldValue);
        if (at < 0)
            return PgDdlParserTr::tr("\"%1\" is not an existing enum label").arg(oldValue);
        type->values[at] = newValue;
        return {};
    }
    if (type->values.contains(newValue)) {
        if (stmt.value(QLatin1String("skipIfNewValExists")).toBool())
            return {};
        return PgDdlParserTr::tr("enum label \"%1\" already exists").arg(newValue);
    }
    const QString neighbor = text(stmt, "newValNeighbor");
    qsizetype at = type->values.size();
    if (!neighbor.isEmpty()) {
        at = type->values.indexOf(neighbor);
        if (at < 0)
            return PgDdlParserTr::tr("\"%1\" is not an existing enum label").arg(neighbor);
        if (stmt.value(QLatin1String("newValIsAfter")).toBool())
            ++at;
    }
    type->values.insert(at, newValue);
    return {};
}

QString PgScript::createSchema(const pgjson::Object &stmt)
{
    const QString name = pgTruncateIdentifier(text(stmt, "schemaname"));
    if (name.isEmpty()) {
        ignore(QStringLiteral("CREATE SCHEMA AUTHORIZATION"));
        return {};
    }
    if (!m_builder.addSchema(name) && !stmt.value(QLatin1String("if_not_exists")).toBool())
        return PgDdlParserTr::tr("schema \"%1\" already exists").arg(name);
    const QString previous = m_builder.defaultSchema();
    m_builder.setDefaultSchema(name);
    QString error;
    for (const pgjson::Value &element : list(stmt, "schemaElts")) {
        error = statement(element);
        if (!error.isEmpty())
            break;
    }
    m_builder.setDefaultSchema(previous);
    return error;
}

QString PgScript::comment(const pgjson::Object &stmt)
{
    const QString kind = text(stmt, "objtype");
    const QString value = text(stmt, "comment");
    const pgjson::Value object = stmt.value(QLatin1String("object"));
    if (kind == QLatin1String("OBJECT_SCHEMA")) {
        const QString name = stringNode(object);
        if (!m_builder.hasSchema(name))
            return missingSchema(name);
        m_builder.schema(name).comment = value;
        return {};
    }
    const QStringList names = strings(body(object).value(QLatin1String("items")).toArray());
    if (kind == QLatin1String("OBJECT_TABLE")) {
        const RelationName name = qualified(names);
        Table *table = m_builder.table(name.schema, name.name);
        if (!table)
            return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
        table->comment = value;
        return {};
    }
    if (kind == QLatin1String("OBJECT_COLUMN") && names.size() >= 2) {
        const RelationName name = qualified(names.mid(0, names.size() - 1));
        Table *table = m_builder.table(name.schema, name.name);
        if (!table)
            return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
        for (Column &column : table->columns) {
            if (column.name == names.constLast()) {
                column.comment = value;
                return {};
            }
        }
        return PgDdlParserTr::tr("column \"%1\" of relation \"%2\" does not exist")
            .arg(names.constLast(), name.name);
    }
    if (kind == QLatin1String("OBJECT_INDEX")) {
        const RelationName name = qualified(names);
        const QString tableName = m_builder.indexTables(name.schema).value(name.name);
        if (Table *table = m_builder.table(name.schema, tableName)) {
            if (table->primaryKey && table->primaryKey->name == name.name) {
                table->primaryKey->comment = value;
                return {};
            }
            for (Index &index : table->indexes) {
                if (index.name == name.name) {
                    index.comment = value;
                    return {};
                }
            }
        }
        return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
    }
    ignore(QStringLiteral("COMMENT ON %1")
               .arg(kind.mid(7).replace(QLatin1Char('_'), QLatin1Char(' '))));
    return {};
}

QString PgScript::drop(const pgjson::Object &stmt)
{
    const QString kind = text(stmt, "removeType");
    const bool missingOk = stmt.value(QLatin1String("missing_ok")).toBool();
    if (kind != QLatin1String("OBJECT_TABLE") && kind != QLatin1String("OBJECT_INDEX") &&
        kind != QLatin1String("OBJECT_TYPE")) {
        ignore(
            QStringLiteral("DROP %1").arg(kind.mid(7).replace(QLatin1Char('_'), QLatin1Char(' '))));
        return {};
    }
    for (const pgjson::Value &object : list(stmt, "objects")) {
        const QLatin1StringView objectType = nodeType(object);
        QStringList names;
        if (objectType == QLatin1String("List"))
            names = strings(body(object).value(QLatin1String("items")).toArray());
        else if (objectType == QLatin1String("TypeName"))
            names = strings(list(body(object), "names"));
        const RelationName name = qualified(names);
        bool found = false;
        if (kind == QLatin1String("OBJECT_TABLE")) {
            found = m_builder.dropTable(name.schema, name.name);
        } else if (kind == QLatin1String("OBJECT_TYPE")) {
            QList<EnumType> &enums = m_builder.schema(name.schema).enums;
            found = enums.removeIf([&](const EnumType &e) { return e.name == name.name; }) > 0;
        } else {
            const QString tableName = m_builder.indexTables(name.schema).value(name.name);
            if (Table *table = m_builder.table(name.schema, tableName)) {
                found = table->indexes.removeIf([&](const Index &i) {
                    return !i.constraint && i.name == name.name;
                }) > 0;
            }
            if (found) {
                m_builder.relations(name.schema).remove(name.name);
                m_builder.indexTables(name.schema).remove(name.name);
            }
        }
        if (!found && !missingOk) {
            return kind == QLatin1String("OBJECT_TYPE")
                       ? PgDdlParserTr::tr("type \"%1\" does not exist").arg(name.name)
                       : PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
        }
    }
    return {};
}

QString PgScript::rename(const pgjson::Object &stmt)
{
    const QString kind = text(stmt, "renameType");
    const RelationName name = relation(stmt.value(QLatin1String("relation")).toObject());
    const QString from = pgTruncateIdentifier(text(stmt, "subname"));
    const QString to = pgTruncateIdentifier(text(stmt, "newname"));
    if (kind == QLatin1String("OBJECT_INDEX")) {
        const QString tableName = m_builder.indexTables(name.schema).value(name.name);
        Table *table = m_builder.table(name.schema, tableName);
        if (!table)
            return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
        if (m_builder.relations(name.schema).contains(to))
            return PgDdlParserTr::tr("relation \"%1\" already exists").arg(to);
        for (Index *index : indexesOf(*table)) {
            if (index->name != name.name)
                continue;
            index->name = to;
            if (m_builder.constraints(name.schema).remove(name.name))
                m_builder.constraints(name.schema).insert(to);
        }
        m_builder.relations(name.schema).remove(name.name);
        m_builder.relations(name.schema).insert(to);
        m_builder.indexTables(name.schema).remove(name.name);
        m_builder.indexTables(name.schema).insert(to, tableName);
        return {};
    }
    if (kind != QLatin1String("OBJECT_TABLE") && kind != QLatin1String("OBJECT_COLUMN") &&
        kind != QLatin1String("OBJECT_TABCONSTRAINT")) {
        ignore(QStringLiteral("ALTER %1 RENAME")
                   .arg(kind.mid(7).replace(QLatin1Char('_'), QLatin1Char(' '))));
        return {};
    }
    if (!m_builder.table(name.schema, name.name)) {
        if (stmt.value(QLatin1String("missing_ok")).toBool())
            return {};
        return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
    }
    if (kind == QLatin1String("OBJECT_TABLE")) {
        if (m_builder.relations(name.schema).contains(to))
            return PgDdlParserTr::tr("relation \"%1\" already exists").arg(to);
        m_builder.renameTable(name.schema, name.name, to);
        return {};
    }
    PgTableEditor editor(m_builder, m_statementText, name.schema, name.name, false);
    return kind == QLatin1String("OBJECT_COLUMN") ? editor.renameColumn(from, to)
                                                  : editor.renameConstraint(from, to);
}

QString PgScript::searchPath(const pgjson::Object &stmt)
{
    // The first schema of the path that exists receives unqualified names.
    for (const pgjson::Value &arg : list(stmt, "args")) {
        const pgjson::Object constant = body(arg);
        const QString schema = constant.value(QLatin1String("sval"))
                                   .toObject()
                                   .value(QLatin1String("sval"))
                                   .toString();
        if (m_builder.hasSchema(schema)) {
            m_builder.setDefaultSchema(schema);
            return {};
        }
    }
    ignore(QStringLiteral("SET search_path"));
    return {};
}

} // namespace strata
