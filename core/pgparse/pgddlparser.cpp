#include "pgddlparser.h"

#include "pgexpression.h"
#include "pgjson.h"
#include "pgnames.h"
#include "pgqueryparse.h"
#include "pgschemabuilder.h"
#include "pgsourcemap.h"
#include "pgtableeditor.h"
#include "pgtypename.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace strata {
namespace {

using namespace pgjson;

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PgDdlParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgDdlParser)
};

constexpr int kCancelCheckInterval = 64;

/// A qualified name from a RangeVar.
struct RelationName
{
    QString schema;
    QString name;
};

/// What a statement the model does not hold is called in the "ignored" warning.
QString statementLabel(QLatin1StringView type, const pgjson::Object &statement,
                       const QByteArray &text)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("CreateExtensionStmt"), QStringLiteral("CREATE EXTENSION")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("SelectStmt"), QStringLiteral("SELECT")},
        {QStringLiteral("CreateSeqStmt"), QStringLiteral("CREATE SEQUENCE")},
        {QStringLiteral("AlterSeqStmt"), QStringLiteral("ALTER SEQUENCE")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
        {QStringLiteral("VariableSetStmt"), QStringLiteral("SET")},
        {QStringLiteral("CreateDomainStmt"), QStringLiteral("CREATE DOMAIN")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CreatePolicyStmt"), QStringLiteral("CREATE POLICY")},
        {QStringLiteral("RuleStmt"), QStringLiteral("CREATE RULE")},
        {QStringLiteral("CreateRoleStmt"), QStringLiteral("CREATE ROLE")},
        {QStringLiteral("TruncateStmt"), QStringLiteral("TRUNCATE")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("CreateTableAsStmt"), QStringLiteral("CREATE TABLE AS")},
        {QStringLiteral("AlterOwnerStmt"), QStringLiteral("ALTER OWNER")},
        {QStringLiteral("CreateEventTrigStmt"), QStringLiteral("CREATE EVENT TRIGGER")},
        {QStringLiteral("AlterDefaultPrivilegesStmt"), QStringLiteral("ALTER DEFAULT PRIVILEGES")},
    };
    if (type == QLatin1String("CreateFunctionStmt")) {
        return statement.value(QLatin1String("is_procedure")).toBool()
                   ? QStringLiteral("CREATE PROCEDURE")
                   : QStringLiteral("CREATE FUNCTION");
    }
    if (type == QLatin1String("GrantStmt") || type == QLatin1String("GrantRoleStmt")) {
        return statement.value(QLatin1String("is_grant")).toBool() ? QStringLiteral("GRANT")
                                                                   : QStringLiteral("REVOKE");
    }
    if (const auto it = labels.constFind(QString(type)); it != labels.constEnd())
        return *it;
    // Anything else: the statement's first two words, as written.
    static const QRegularExpression words(QStringLiteral("^\\s*([A-Za-z]+)(?:\\s+([A-Za-z]+))?"));
    const QRegularExpressionMatch match = words.match(QString::fromUtf8(text.left(64)));
    return match.captured(0).simplified().toUpper();
}

class Script
{
public:
    Script(const QByteArray &utf8, const QString &sourceName, const QString &defaultSchema)
        : m_utf8(utf8)
        , m_map(utf8)
        , m_sourceName(sourceName)
        , m_builder(defaultSchema)
    {}

    /// Applies one statement to the model.
    Status step(const PgQueryStatement &entry, const TaskControl &control)
    {
        if (++m_done % kCancelCheckInterval == 0 && control.isCancelled())
            return Error::cancellation();
        m_location = m_map.statementStart(entry.location);
        // The statement's own text, without a copy: the script outlives the step.
        m_statementText =
            QByteArray::fromRawData(m_utf8.constData() + entry.sourceOffset, entry.sourceLength);
        if (QString error = statement(entry.tree); !error.isEmpty())
            return Error{located(m_location, error)};
        return Ok{};
    }

    /// Moves the model out: call once, at the end.
    PgDdlParse result() { return PgDdlParse{m_builder.finish(), m_warnings}; }

    QString located(qsizetype byteOffset, const QString &message) const
    {
        const SourcePoint point = m_map.at(byteOffset);
        return QStringLiteral("%1:%2:%3: %4")
            .arg(m_sourceName)
            .arg(point.line)
            .arg(point.column)
            .arg(message);
    }

private:
    int line() const { return m_map.at(m_location).line; }

    void ignore(const QString &label)
    {
        m_warnings.append(PgDdlParserTr::tr("ignored: %1 at line %2 of %3")
                              .arg(label)
                              .arg(line())
                              .arg(m_sourceName));
    }

    QString statement(const pgjson::Value &node)
    {
        const QLatin1StringView type = nodeType(node);
        const pgjson::Object stmt = body(node);
        if (type == QLatin1String("CreateStmt"))
            return createTable(stmt);
        if (type == QLatin1String("AlterTableStmt"))
            return alterTable(stmt);
        if (type == QLatin1String("IndexStmt"))
            return createIndex(stmt);
        if (type == QLatin1String("CreateEnumStmt"))
            return createEnum(stmt);
        if (type == QLatin1String("AlterEnumStmt"))
            return alterEnum(stmt);
        if (type == QLatin1String("CreateSchemaStmt"))
            return createSchema(stmt);
        if (type == QLatin1String("CommentStmt"))
            return comment(stmt);
        if (type == QLatin1String("DropStmt"))
            return drop(stmt);
        if (type == QLatin1String("RenameStmt"))
            return rename(stmt);
        if (type == QLatin1String("VariableSetStmt") &&
            text(stmt, "name") == QLatin1String("search_path"))
            return searchPath(stmt);
        if (type == QLatin1String("TransactionStmt")) {
            const QString kind = text(stmt, "kind");
            // A script's own BEGIN/COMMIT frame the same changes; only a rollback undoes them.
            if (kind.contains(QLatin1String("ROLLBACK")))
                ignore(QStringLiteral("ROLLBACK"));
            return {};
        }
        ignore(statementLabel(type, stmt, m_utf8.mid(m_location, 64)));
        return {};
    }

    RelationName relation(const pgjson::Object &rangeVar) const
    {
        const QString schema = text(rangeVar, "schemaname");
        return {schema.isEmpty() ? m_builder.defaultSchema() : pgTruncateIdentifier(schema),
                pgTruncateIdentifier(text(rangeVar, "relname"))};
    }

    /// A qualified name given as a list of String nodes: [name], [schema, name]...
    RelationName qualified(const QStringList &names) const
    {
        if (names.size() >= 2)
            return {names.at(names.size() - 2), names.constLast()};
        return {m_builder.defaultSchema(), names.value(0)};
    }

    QString missingSchema(const QString &schema) const
    {
        return PgDdlParserTr::tr("schema \"%1\" does not exist").arg(schema);
    }

    void noteEditor(const PgTableEditor &editor)
    {
        for (const QString &expression : editor.approximations()) {
            m_warnings.append(PgDdlParserTr::tr("%1:%2: the expression %3 may be printed "
                                                "differently by the server")
                                  .arg(m_sourceName)
                                  .arg(line())
                                  .arg(expression));
        }
        for (const QString &type : editor.unknownTypes()) {
            m_warnings.append(PgDdlParserTr::tr("%1:%2: type \"%3\" is not built in and not "
                                                "created by the script; kept as written")
                                  .arg(m_sourceName)
                                  .arg(line())
                                  .arg(type));
        }
    }

    QString createTable(const pgjson::Object &stmt)
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

    QString alterTable(const pgjson::Object &stmt)
    {
        if (text(stmt, "objtype") != QLatin1String("OBJECT_TABLE")) {
            ignore(statementLabel(QLatin1StringView(), stmt, m_utf8.mid(m_location, 64)));
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
                error = editor.setType(column, body(cmd.value(QLatin1String("def")))
                                                   .value(QLatin1String("typeName"))
                                                   .toObject());
            else
                ignore(QStringLiteral("ALTER TABLE %1").arg(subtype.mid(3)));
            if (!error.isEmpty())
                return error;
        }
        const QString error = editor.finish();
        noteEditor(editor);
        return error;
    }

    QString createIndex(const pgjson::Object &stmt)
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

    void approximate(const QString &expression)
    {
        m_warnings.append(PgDdlParserTr::tr("%1:%2: the expression %3 may be printed differently "
                                            "by the server")
                              .arg(m_sourceName)
                              .arg(line())
                              .arg(expression));
    }

    QString createEnum(const pgjson::Object &stmt)
    {
        const RelationName name = qualified(strings(list(stmt, "typeName")));
        if (!m_builder.hasSchema(name.schema))
            return missingSchema(name.schema);
        if (m_builder.enumType(name.schema, name.name))
            return PgDdlParserTr::tr("type \"%1\" already exists").arg(name.name);
        m_builder.schema(name.schema)
            .enums.append(EnumType{name.name, strings(list(stmt, "vals"))});
        return {};
    }

    QString alterEnum(const pgjson::Object &stmt)
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

    QString createSchema(const pgjson::Object &stmt)
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

    QString comment(const pgjson::Object &stmt)
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

    QString drop(const pgjson::Object &stmt)
    {
        const QString kind = text(stmt, "removeType");
        const bool missingOk = stmt.value(QLatin1String("missing_ok")).toBool();
        if (kind != QLatin1String("OBJECT_TABLE") && kind != QLatin1String("OBJECT_INDEX") &&
            kind != QLatin1String("OBJECT_TYPE")) {
            ignore(QStringLiteral("DROP %1").arg(
                kind.mid(7).replace(QLatin1Char('_'), QLatin1Char(' '))));
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

    QString rename(const pgjson::Object &stmt)
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

    static QList<Index *> indexesOf(Table &table)
    {
        QList<Index *> result;
        if (table.primaryKey)
            result.append(&*table.primaryKey);
        for (Index &index : table.indexes)
            result.append(&index);
        return result;
    }

    QString searchPath(const pgjson::Object &stmt)
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

    const QByteArray &m_utf8;
    PgSourceMap m_map;
    QString m_sourceName;
    PgSchemaBuilder m_builder;
    QStringList m_warnings;
    qsizetype m_location = 0;
    int m_done = 0;
    /// The text node locations of the current statement count from (see PgQueryParse).
    QByteArray m_statementText;
};

} // namespace

Expected<PgDdlParse> parsePostgresDdl(const QString &ddl, const QString &sourceName,
                                      const QString &defaultSchema, const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    const QByteArray utf8 = ddl.toUtf8();
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        const SourcePoint point = PgSourceMap(utf8).at(nul);
        return Error{QStringLiteral("%1:%2:%3: %4")
                         .arg(sourceName)
                         .arg(point.line)
                         .arg(point.column)
                         .arg(PgDdlParserTr::tr("the file contains a NUL character; PostgreSQL "
                                                "DDL is text"))};
    }
    // Statement by statement first: the fast path for every script the scanner splits well.
    // A model error does not end the parse: a syntax error later in the script is reported
    // first, as the server refuses a script that does not parse before running any of it.
    {
        Script script(utf8, sourceName, defaultSchema);
        std::optional<Error> modelError;
        const PgQueryStreamEnd end = pgQueryStream(utf8, [&](const PgQueryStatement &entry) {
            if (modelError)
                return true;
            if (Status stepped = script.step(entry, control); !stepped) {
                modelError = stepped.error();
                return !modelError->cancelled;
            }
            return true;
        });
        if (end != PgQueryStreamEnd::NeedsWholeParse) {
            if (modelError)
                return *modelError;
            return script.result();
        }
    }
    const PgQueryParse parse = pgQueryParse(utf8);
    if (parse.failure) {
        const PgSourceMap map(utf8);
        const SourcePoint point = map.at(qMax(0, parse.failure->cursorPosition - 1));
        return Error{QStringLiteral("%1:%2:%3: %4")
                         .arg(sourceName)
                         .arg(point.line)
                         .arg(point.column)
                         .arg(parse.failure->message)};
    }
    Script script(utf8, sourceName, defaultSchema);
    for (const PgQueryStatement &entry : parse.statements) {
        if (Status stepped = script.step(entry, control); !stepped)
            return stepped.error();
    }
    return script.result();
}

} // namespace strata
