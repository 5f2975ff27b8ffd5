#include "pgscript_p.h"

#include "pgexpression.h"
#include "pgjson.h"
#include "pgnames.h"
#include "pgtableeditor.h"
#include "pgtypename.h"

namespace strata {

using namespace pgjson;

QString PgScript::createTable(const pgjson::Object &stmt)
{
    const RelationName name = relation(stmt.value(QLatin1String("relation")).toObject());
    if (!m_builder.hasSchema(name.schema))
        return missingSchema(name.schema);
    if (m_builder.table(name.schema, name.name) ||
        m_builder.relations(name.schema).contains(name.name)) {
        if (stmt.value(QLatin1String("if_not_exists")).toBool())
            return {};
        return PgDdlParserTr::tr("relation \"%1\" already exists").arg(name.name);
    }
    if (!list(stmt, "inhRelations").isEmpty() || stmt.contains(QLatin1String("partbound")) ||
        stmt.contains(QLatin1String("partspec")))
        ignore(QStringLiteral("INHERITS/PARTITION clause of CREATE TABLE"));
    // One allocation for the columns instead of a regrowth every few appends.
    m_builder.addTable(name.schema, name.name).columns.reserve(list(stmt, "tableElts").size());
    PgTableEditor editor(m_builder, m_statementText, name.schema, name.name, true);
    for (const pgjson::Value &element : list(stmt, "tableElts")) {
        const QLatin1StringView type = nodeType(element);
        QString error;
        if (type == QLatin1String("ColumnDef"))
            error = editor.addColumn(body(element));
        else if (type == QLatin1String("Constraint"))
            error = editor.addConstraint(body(element));
        else
            ignore(QStringLiteral("LIKE clause of CREATE TABLE"));
        if (!error.isEmpty())
            return error;
    }
    const QString error = editor.finish();
    noteEditor(editor);
    return error;
}

QString PgScript::alterTable(const pgjson::Object &stmt)
{
    if (text(stmt, "objtype") != QLatin1String("OBJECT_TABLE")) {
        ignoreStatement(QLatin1StringView(), stmt);
        return {};
    }
    const RelationName name = relation(stmt.value(QLatin1String("relation")).toObject());
    if (!m_builder.table(name.schema, name.name)) {
        if (stmt.value(QLatin1String("missing_ok")).toBool())
            return {};
        return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(name.name);
    }
    PgTableEditor editor(m_builder, m_statementText, name.schema, name.name, false);
    for (const pgjson::Value &node : list(stmt, "cmds")) {
        const pgjson::Object cmd = body(node);
        const QString subtype = text(cmd, "subtype");
        const QString column = text(cmd, "name");
        const bool missingOk = cmd.value(QLatin1String("missing_ok")).toBool();
        QString error;
        if (subtype == QLatin1String("AT_AddColumn"))
            error = editor.addColumn(body(cmd.value(QLatin1String("def"))), missingOk);
        else if (subtype == QLatin1String("AT_DropColumn"))
            error = editor.dropColumn(column, missingOk);
        else if (subtype == QLatin1String("AT_AddConstraint"))
            error = editor.addConstraint(body(cmd.value(QLatin1String("def"))));
        else if (subtype == QLatin1String("AT_DropConstraint"))
            error = editor.dropConstraint(column, missingOk);
        else if (subtype == QLatin1String("AT_SetNotNull"))
            error = editor.setNotNull(column, true);
        else if (subtype == QLatin1String("AT_DropNotNull"))
            error = editor.setNotNull(column, false);
        else if (subtype == QLatin1String("AT_ColumnDefault"))
            error = editor.setDefault(column, cmd.value(QLatin1String("def")));
        else if (subtype == QLatin1String("AT_AlterColumnType"))
            error = editor.setType(
                column,
                body(cmd.value(QLatin1String("def"))).value(QLatin1String("typeName")).toObject());
        else
            ignore(QStringLiteral("ALTER TABLE %1").arg(subtype.mid(3)));
        if (!error.isEmpty())
            return error;
    }
    const QString error = editor.finish();
    noteEditor(editor);
    return error;
}

QString PgScript::createIndex(const pgjson::Object &stmt)
{
    const RelationName table = relation(stmt.value(QLatin1String("relation")).toObject());
    Table *owner = m_builder.table(table.schema, table.name);
    if (!owner)
        return PgDdlParserTr::tr("relation \"%1\" does not exist").arg(table.name);
    const QHash<QString, QString> &types = m_builder.columnTypes(table.schema, table.name);
    PgExpressionPrinter printer([&types](const QString &c) { return types.value(c); },
                                m_statementText);
    Index index;
    index.unique = stmt.value(QLatin1String("unique")).toBool();
    const QString method = text(stmt, "accessMethod");
    if (!method.isEmpty() && method != QLatin1String("btree"))
        index.type = method.toUpper();
    QStringList nameParts;
    for (const pgjson::Value &node : list(stmt, "indexParams")) {
        const pgjson::Object element = body(node);
        IndexPart part;
        pgjson::Value expression = element.value(QLatin1String("expr"));
        if (nodeType(expression) == QLatin1String("ColumnRef")) {
            const pgjson::Array fields = list(body(expression), "fields");
            part.column = stringNode(fields.last());
        } else if (!expression.isUndefined()) {
            part.expression = printer.indexExpression(expression);
            if (printer.lastWasApproximate())
                approximate(part.expression);
        } else {
            part.column = pgTruncateIdentifier(text(element, "name"));
        }
        if (!part.column.isEmpty() && !owner->column(part.column))
            return PgDdlParserTr::tr("column \"%1\" does not exist").arg(part.column);
        part.descending = text(element, "ordering") == QLatin1String("SORTBY_DESC");
        QString columnName = text(element, "indexcolname");
        if (columnName.isEmpty() && !part.column.isEmpty())
            columnName = part.column;
        if (columnName.isEmpty())
            columnName = PgExpressionPrinter::indexColumnName(expression);
        if (columnName.isEmpty())
            columnName = QStringLiteral("expr");
        // ChooseIndexColumnNames(): a name already used in this index gets a number.
        QString unique = columnName;
        for (int n = 1; nameParts.contains(unique); ++n)
            unique = columnName + QString::number(n);
        nameParts.append(unique);
        index.parts.append(std::move(part));
    }
    for (const pgjson::Value &node : list(stmt, "indexIncludingParams"))
        index.include.append(pgTruncateIdentifier(text(body(node), "name")));
    if (stmt.contains(QLatin1String("whereClause"))) {
        index.where = printer.condition(stmt.value(QLatin1String("whereClause")));
        if (printer.lastWasApproximate())
            approximate(index.where);
    }
    QSet<QString> &relations = m_builder.relations(table.schema);
    index.name = pgTruncateIdentifier(text(stmt, "idxname"));
    if (index.name.isEmpty()) {
        index.name = pgChooseName(table.name, nameParts.join(QLatin1Char('_')),
                                  QStringLiteral("idx"), {&relations});
    } else if (relations.contains(index.name)) {
        if (stmt.value(QLatin1String("if_not_exists")).toBool())
            return {};
        return PgDdlParserTr::tr("relation \"%1\" already exists").arg(index.name);
    }
    relations.insert(index.name);
    m_builder.indexTables(table.schema).insert(index.name, table.name);
    owner->indexes.append(std::move(index));
    return {};
}

QList<Index *> PgScript::indexesOf(Table &table)
{
    QList<Index *> result;
    if (table.primaryKey)
        result.append(&*table.primaryKey);
    for (Index &index : table.indexes)
        result.append(&index);
    return result;
}

} // namespace strata
