#include "pgtableeditor.h"

#include "db/postgres/postgrestype.h"
#include "pgexpression.h"
#include "pgjson.h"
#include "pgnames.h"
#include "pgschemabuilder.h"
#include "pgtypename.h"

#include <QCoreApplication>

namespace strata {
namespace {

using namespace pgjson;

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PgTableEditorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgTableEditor)
};

QStringList truncated(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result.append(pgTruncateIdentifier(name));
    return result;
}

/// An Integer or Float node of a sequence option; big values arrive as Float text.
qint64 optionNumber(const pgjson::Value &node, const QByteArray &source, qsizetype location,
                    qint64 fallback)
{
    const QLatin1StringView type = nodeType(node);
    const pgjson::Object value = body(node);
    if (type == QLatin1String("Integer")) {
        if (value.contains(QLatin1String("ival")))
            return value.value(QLatin1String("ival")).toInteger(0);
        return pgIntegerAt(source, location, 0);
    }
    if (type == QLatin1String("Float")) {
        bool ok = false;
        const qint64 number = value.value(QLatin1String("fval")).toString().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

} // namespace

PgTableEditor::PgTableEditor(PgSchemaBuilder &builder, const QByteArray &source,
                             const QString &schema, const QString &table, bool creating)
    : m_builder(builder)
    , m_source(source)
    , m_schema(schema)
    , m_table(table)
    , m_creating(creating)
{}

Table &PgTableEditor::table()
{
    return *m_builder.table(m_schema, m_table);
}

void PgTableEditor::resolveType(const PgTypeName &type, Column &column, QString &baseType)
{
    PostgresTypeRow row{type.formatType, QStringLiteral("b"), type.name, QString()};
    baseType = pgBaseType(type.formatType);
    if (!type.builtin) {
        const std::optional<QString> enumSchema = m_builder.enumSchema(type.schema, type.name);
        if (enumSchema && !type.isArray) {
            row = PostgresTypeRow{type.name, QStringLiteral("e"), type.name, *enumSchema};
            baseType = type.name;
        } else if (enumSchema) {
            row.formatType = type.name + QLatin1String("[]");
            baseType = row.formatType;
        } else if (!m_unknownTypes.contains(type.formatType)) {
            m_unknownTypes.append(type.formatType);
        }
    }
    column.type = postgresColumnType(row, m_schema);
}

QString PgTableEditor::addColumn(const pgjson::Object &def, bool ifNotExists)
{
    Column column;
    column.name = pgTruncateIdentifier(text(def, "colname"));
    if (table().column(column.name)) {
        if (ifNotExists)
            return {};
        return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" already exists")
            .arg(column.name, m_table);
    }
    QString baseType;
    const PgTypeName type = pgTypeName(def.value(QLatin1String("typeName")).toObject());
    resolveType(type, column, baseType);
    const QStringList collation =
        strings(list(def.value(QLatin1String("collClause")).toObject(), "collname"));
    if (!collation.isEmpty() && collation.constLast() != QLatin1String("default"))
        column.collation = collation.constLast();
    if (type.serial != PgTypeName::Serial::None) {
        const QString sequence = pgChooseName(m_table, column.name, QStringLiteral("seq"),
                                              {&m_builder.relations(m_schema)});
        m_builder.relations(m_schema).insert(sequence);
        column.nullable = false;
        applyPostgresDefault(column,
                             QLatin1String("nextval('") +
                                 pgQuoteLiteral(pgQuoteIdentifier(sequence)).mid(1).chopped(1) +
                                 QLatin1String("'::regclass)"));
    }
    for (const pgjson::Value &node : list(def, "constraints")) {
        const pgjson::Object constraint = body(node);
        const QString kind = text(constraint, "contype");
        if (kind == QLatin1String("CONSTR_NULL")) {
            column.nullable = true;
        } else if (kind == QLatin1String("CONSTR_NOTNULL")) {
            column.nullable = false;
        } else if (kind == QLatin1String("CONSTR_DEFAULT")) {
            m_expressions.append({column.name, constraint.value(QLatin1String("raw_expr")), false});
        } else if (kind == QLatin1String("CONSTR_GENERATED")) {
            m_expressions.append({column.name, constraint.value(QLatin1String("raw_expr")), true});
        } else if (kind == QLatin1String("CONSTR_IDENTITY")) {
            Identity identity;
            identity.generation = text(constraint, "generated_when") == QLatin1String("a")
                                      ? QStringLiteral("ALWAYS")
                                      : QStringLiteral("BY DEFAULT");
            bool startGiven = false;
            for (const pgjson::Value &option : list(constraint, "options")) {
                const pgjson::Object element = body(option);
                const QString name = text(element, "defname");
                if (name == QLatin1String("start")) {
                    identity.start = optionNumber(element.value(QLatin1String("arg")), m_source,
                                                  integer(element, "location", -1), 1);
                    startGiven = true;
                } else if (name == QLatin1String("increment")) {
                    identity.increment = optionNumber(element.value(QLatin1String("arg")), m_source,
                                                      integer(element, "location", -1), 1);
                }
            }
            // A descending sequence starts at its maximum, -1 by default.
            if (!startGiven && identity.increment < 0)
                identity.start = -1;
            column.identity = identity;
            column.nullable = false;
            const QString sequence = pgChooseName(m_table, column.name, QStringLiteral("seq"),
                                                  {&m_builder.relations(m_schema)});
            m_builder.relations(m_schema).insert(sequence);
        } else if (kind == QLatin1String("CONSTR_CHECK") ||
                   kind == QLatin1String("CONSTR_PRIMARY") ||
                   kind == QLatin1String("CONSTR_UNIQUE") ||
                   kind == QLatin1String("CONSTR_FOREIGN")) {
            if (QString error = addConstraint(constraint, column.name); !error.isEmpty())
                return error;
        }
    }
    m_builder.columnTypes(m_schema, m_table).insert(column.name, baseType);
    table().columns.append(std::move(column));
    return {};
}

QString PgTableEditor::addConstraint(const pgjson::Object &constraint, const QString &onColumn)
{
    // A column constraint names no columns in the tree: it applies to the column it is on.
    const QStringList ownColumn = onColumn.isEmpty() ? QStringList() : QStringList{onColumn};
    const QString kind = text(constraint, "contype");
    const QString name = pgTruncateIdentifier(text(constraint, "conname"));
    if (kind == QLatin1String("CONSTR_CHECK")) {
        m_checks.append({name, constraint.value(QLatin1String("raw_expr"))});
    } else if (kind == QLatin1String("CONSTR_PRIMARY") || kind == QLatin1String("CONSTR_UNIQUE")) {
        m_indexes.append(
            {name, kind == QLatin1String("CONSTR_PRIMARY"),
             truncated(onColumn.isEmpty() ? strings(list(constraint, "keys")) : ownColumn),
             truncated(strings(list(constraint, "including")))});
    } else if (kind == QLatin1String("CONSTR_FOREIGN")) {
        const pgjson::Object target = constraint.value(QLatin1String("pktable")).toObject();
        const QString refSchema = text(target, "schemaname");
        m_keys.append(
            {name,
             truncated(onColumn.isEmpty() ? strings(list(constraint, "fk_attrs")) : ownColumn),
             refSchema.isEmpty() ? m_builder.defaultSchema() : refSchema,
             pgTruncateIdentifier(text(target, "relname")),
             truncated(strings(list(constraint, "pk_attrs"))), text(constraint, "fk_upd_action"),
             text(constraint, "fk_del_action")});
    } else if (kind == QLatin1String("CONSTR_EXCLUSION")) {
        return PgTableEditorTr::tr("EXCLUDE constraints are not supported by Strata's PostgreSQL "
                                   "parser: load this script through a dev database");
    }
    return {};
}

void PgTableEditor::printExpressions()
{
    const QHash<QString, QString> &types = m_builder.columnTypes(m_schema, m_table);
    PgExpressionPrinter printer([&types](const QString &c) { return types.value(c); }, m_source);
    for (const PendingExpression &pending : std::as_const(m_expressions)) {
        Column *column = nullptr;
        for (Column &c : table().columns) {
            if (c.name == pending.column)
                column = &c;
        }
        if (!column)
            continue;
        const QString text = printer.assigned(pending.expression, types.value(pending.column));
        if (printer.lastWasApproximate())
            m_approximations.append(text);
        if (pending.generated) {
            column->generated = GeneratedExpression{text, true};
        } else if (!printer.lastWasNull()) {
            applyPostgresDefault(*column, text);
        }
    }
    m_expressions.clear();
}

QString PgTableEditor::finish()
{
    printExpressions();
    const QHash<QString, QString> &types = m_builder.columnTypes(m_schema, m_table);
    PgExpressionPrinter printer([&types](const QString &c) { return types.value(c); }, m_source);
    QSet<QString> &constraints = m_builder.constraints(m_schema);
    QSet<QString> &relations = m_builder.relations(m_schema);
    for (const PendingCheck &pending : std::as_const(m_checks)) {
        const QString expression = printer.condition(pending.expression);
        if (printer.lastWasApproximate())
            m_approximations.append(expression);
        const QStringList columns = printer.referencedColumns();
        QString name = pending.name;
        if (name.isEmpty()) {
            name = pgChooseName(m_table, columns.size() == 1 ? columns.front() : QString(),
                                QStringLiteral("check"), {&constraints});
        } else if (constraints.contains(name)) {
            return PgTableEditorTr::tr("constraint \"%1\" for relation \"%2\" already exists")
                .arg(name, m_table);
        }
        constraints.insert(name);
        m_builder.checkColumns(m_schema, m_table).insert(name, columns);
        table().checks.append(Check{name, expression, true});
    }
    m_checks.clear();

    // CREATE TABLE puts the primary key first and merges constraints over the same columns.
    QList<PendingIndex> indexes;
    for (const PendingIndex &pending : std::as_const(m_indexes)) {
        if (!m_creating) {
            indexes.append(pending);
            continue;
        }
        auto prior = std::find_if(indexes.begin(), indexes.end(), [&](const PendingIndex &p) {
            return p.columns == pending.columns && p.include == pending.include;
        });
        if (prior == indexes.end()) {
            if (pending.primary)
                indexes.prepend(pending);
            else
                indexes.append(pending);
            continue;
        }
        prior->primary = prior->primary || pending.primary;
        if (prior->name.isEmpty())
            prior->name = pending.name;
    }
    m_indexes.clear();
    for (const PendingIndex &pending : std::as_const(indexes)) {
        if (QString error = addIndexConstraint(pending); !error.isEmpty())
            return error;
    }
    for (const PendingKey &pending : std::as_const(m_keys)) {
        if (QString error = addForeignKey(pending); !error.isEmpty())
            return error;
    }
    m_keys.clear();
    Q_UNUSED(relations);
    return {};
}

QString PgTableEditor::addIndexConstraint(const PendingIndex &pending)
{
    Table &t = table();
    for (const QString &column : pending.columns + pending.include) {
        if (!t.column(column)) {
            return PgTableEditorTr::tr("column \"%1\" named in key does not exist").arg(column);
        }
    }
    if (pending.primary && t.primaryKey) {
        return PgTableEditorTr::tr("multiple primary keys for table \"%1\" are not allowed")
            .arg(m_table);
    }
    QSet<QString> &constraints = m_builder.constraints(m_schema);
    QSet<QString> &relations = m_builder.relations(m_schema);
    QString name = pending.name;
    if (name.isEmpty()) {
        name = pending.primary ? pgChooseName(m_table, QString(), QStringLiteral("pkey"),
                                              {&relations, &constraints})
                               : pgChooseName(m_table, pending.columns.join(QLatin1Char('_')),
                                              QStringLiteral("key"), {&relations, &constraints});
    } else if (relations.contains(name)) {
        return PgTableEditorTr::tr("relation \"%1\" already exists").arg(name);
    }
    relations.insert(name);
    constraints.insert(name);
    m_builder.indexTables(m_schema).insert(name, m_table);
    Index index;
    index.name = name;
    index.unique = true;
    for (const QString &column : pending.columns)
        index.parts.append(IndexPart{column, {}, false, 0});
    index.include = pending.include;
    if (pending.primary) {
        for (Column &column : t.columns) {
            if (pending.columns.contains(column.name))
                column.nullable = false;
        }
        t.primaryKey = std::move(index);
    } else {
        index.constraint = true;
        t.indexes.append(std::move(index));
    }
    return {};
}

QString PgTableEditor::addForeignKey(const PendingKey &pending)
{
    Table *target = m_builder.table(pending.refSchema, pending.refTable);
    if (!target)
        return PgTableEditorTr::tr("relation \"%1\" does not exist").arg(pending.refTable);
    QStringList refColumns = pending.refColumns;
    if (refColumns.isEmpty()) {
        if (!target->primaryKey) {
            return PgTableEditorTr::tr("there is no primary key for referenced table \"%1\"")
                .arg(pending.refTable);
        }
        for (const IndexPart &part : target->primaryKey->parts)
            refColumns.append(part.column);
    }
    if (refColumns.size() != pending.columns.size()) {
        return PgTableEditorTr::tr(
            "number of referencing and referenced columns for foreign key disagree");
    }
    for (const QString &column : pending.columns) {
        if (!table().column(column)) {
            return PgTableEditorTr::tr("column \"%1\" referenced in foreign key constraint does "
                                       "not exist")
                .arg(column);
        }
    }
    QSet<QString> &constraints = m_builder.constraints(m_schema);
    QString name = pending.name;
    if (name.isEmpty()) {
        name = pgChooseName(m_table, pending.columns.join(QLatin1Char('_')), QStringLiteral("fkey"),
                            {&constraints});
    } else if (constraints.contains(name)) {
        return PgTableEditorTr::tr("constraint \"%1\" for relation \"%2\" already exists")
            .arg(name, m_table);
    }
    constraints.insert(name);
    ForeignKey key;
    key.name = name;
    key.columns = pending.columns;
    key.refSchema = pending.refSchema;
    key.refTable = pending.refTable;
    key.refColumns = refColumns;
    key.onUpdate = postgresReferenceAction(pending.onUpdate);
    key.onDelete = postgresReferenceAction(pending.onDelete);
    table().foreignKeys.append(std::move(key));
    return {};
}

} // namespace strata
