#include "mysqlplanner.h"

#include "diff/changeorder.h"

#include "mysqlalterplan.h"
#include "mysqlplannames.h"
#include "mysqlplannertr.h"

#include "hcl/gostring.h"
#include "sqlgen/createtablesql.h"

#include <QSet>

namespace strata {
namespace {

using Kind = SchemaChange::Kind;

/// Atlas qualifies names when the plan spans schemas: a realm of several, or one that creates
/// or drops a schema. `--qualifier` is only valid for a plan of one schema.
Expected<MysqlPlanNames> planNames(const SchemaDiff &diff, const PlanOptions &options,
                                   const MysqlDialect &dialect)
{
    bool spansSchemas = diff.from.schemas.size() > 1 || diff.to.schemas.size() > 1;
    QSet<QString> touched;
    for (const SchemaChange &change : diff.changes) {
        touched.insert(change.schema);
        if (change.kind == Kind::AddSchema || change.kind == Kind::DropSchema)
            spansSchemas = true;
    }
    if (!options.qualifier.isEmpty() && touched.size() > 1) {
        return Error{
            MysqlPlannerTr::tr("Cannot write the changes of %n schemas with the qualifier %1: a "
                               "qualifier names one schema. Plan each schema on its own, or leave "
                               "the qualifier out.",
                               nullptr, int(touched.size()))
                .arg(goQuoted(options.qualifier))};
    }
    return MysqlPlanNames(dialect, options.qualify || spansSchemas, options.qualifier);
}

class PlanWriter
{
public:
    PlanWriter(const MysqlDialect &dialect, const MysqlPlanNames &names, const PlanOptions &options)
        : m_dialect(dialect)
        , m_names(names)
        , m_options(options)
    {}

    Status write(const SchemaChange &change, int index)
    {
        m_index = index;
        switch (change.kind) {
        case Kind::AddSchema:
            return addSchema(change.schemaTo);
        case Kind::DropSchema:
            append(QLatin1String("Drop schema named ") + goQuoted(change.schemaFrom.name),
                   QLatin1String("DROP DATABASE ") + quoted(change.schemaFrom.name), true, false);
            return Ok{};
        case Kind::ModifySchema:
            return modifySchema(change.schemaFrom, change.schemaTo);
        case Kind::AddEnum:
        case Kind::DropEnum:
        case Kind::ModifyEnum:
            return Error{MysqlPlannerTr::tr(
                             "Cannot plan a change of enum type %1: MySQL and MariaDB have no "
                             "enum types, only enum columns.")
                             .arg(goQuoted(change.kind == Kind::DropEnum ? change.enumFrom.name
                                                                         : change.enumTo.name))};
        case Kind::AddTable:
            return addTable(change);
        case Kind::DropTable:
            append(QLatin1String("Drop ") + goQuoted(change.from.name) + QLatin1String(" table"),
                   QLatin1String("DROP TABLE ") + m_names.table(change.schema, change.from.name),
                   true, false);
            return Ok{};
        case Kind::ModifyTable:
            return modifyTable(change);
        case Kind::RenameTable:
            append(QLatin1String("Rename a table from ") + goQuoted(change.from.name) +
                       QLatin1String(" to ") + goQuoted(change.to.name),
                   QLatin1String("RENAME TABLE ") + m_names.table(change.schema, change.from.name) +
                       QLatin1String(" TO ") + m_names.table(change.schema, change.to.name));
            return Ok{};
        case Kind::AddForeignKeys:
            return addForeignKeys(change);
        }
        return Ok{};
    }

    Plan take() { return std::move(m_plan); }

private:
    /// Atlas leaves out the server's default charset and collation; without a server to ask,
    /// every one the schema names is written.
    Status addSchema(const Schema &schema)
    {
        QString sql = QLatin1String("CREATE DATABASE ") + quoted(schema.name);
        if (!schema.charset.isEmpty())
            sql += QLatin1String(" CHARSET ") + schema.charset;
        if (!schema.collation.isEmpty())
            sql += QLatin1String(" COLLATE ") + schema.collation;
        append(QLatin1String("Add new schema named ") + goQuoted(schema.name), sql);
        return Ok{};
    }

    Status modifySchema(const Schema &from, const Schema &to)
    {
        QString options;
        if (!to.charset.isEmpty() && to.charset != from.charset)
            options += QLatin1String(" CHARSET ") + to.charset;
        if (!to.collation.isEmpty() && to.collation != from.collation)
            options += QLatin1String(" COLLATE ") + to.collation;
        if (!options.isEmpty())
            append(QLatin1String("Modify ") + goQuoted(to.name) + QLatin1String(" schema"),
                   QLatin1String("ALTER DATABASE ") + quoted(to.name) + options);
        return Ok{};
    }

    Status addTable(const SchemaChange &change)
    {
        const Table &table = change.to;
        if (table.columns.isEmpty()) {
            return Error{
                MysqlPlannerTr::tr("Cannot create table %1: it has no columns. Add a column to it.")
                    .arg(goQuoted(table.name))};
        }
        for (const Column &column : table.columns) {
            if (const Status status = checkNoIdentity(column, table); !status)
                return status;
        }
        for (const ForeignKey &key : table.foreignKeys) {
            if (const Status status = checkSetNullColumns(key, table); !status)
                return status;
        }
        append(QLatin1String("Create ") + goQuoted(table.name) + QLatin1String(" table"),
               createTableSql(table, m_names.schema(change.schema), m_dialect, m_names.qualify(),
                              m_options.indent));
        return Ok{};
    }

    Status modifyTable(const SchemaChange &change)
    {
        auto alters = mysqlAlterTable(change, m_dialect, m_names);
        if (!alters)
            return alters.error();
        for (const MysqlAlter &alter : *alters)
            appendAlter(change, alter);
        return Ok{};
    }

    Status addForeignKeys(const SchemaChange &change)
    {
        auto alter = mysqlAddForeignKeys(change, m_dialect, m_names);
        if (!alter)
            return alter.error();
        if (!alter->isEmpty())
            appendAlter(change, *alter);
        return Ok{};
    }

    void appendAlter(const SchemaChange &change, const MysqlAlter &alter)
    {
        append(QLatin1String("Modify ") + goQuoted(change.to.name) + QLatin1String(" table"),
               QLatin1String("ALTER TABLE ") + m_names.table(change.schema, change.to.name) +
                   QLatin1Char(' ') + alter.clauses.join(QLatin1String(", ")),
               alter.destructive, alter.reversible);
    }

    void append(const QString &comment, const QString &sql, bool destructive = false,
                bool reversible = true)
    {
        PlannedStatement statement;
        statement.comment = comment;
        statement.sql = sql;
        statement.change = m_index;
        statement.destructive = destructive;
        statement.reversible = reversible;
        m_plan.statements.append(std::move(statement));
    }

    QString quoted(const QString &identifier) const
    {
        return m_dialect.quoteIdentifier(identifier);
    }

    const MysqlDialect &m_dialect;
    const MysqlPlanNames &m_names;
    const PlanOptions &m_options;
    Plan m_plan;
    int m_index = -1;
};

} // namespace

MysqlPlanner::MysqlPlanner(MysqlFlavour flavour)
    : m_dialect(flavour)
{}

Expected<Plan> MysqlPlanner::plan(const SchemaDiff &diff, const PlanOptions &options) const
{
    auto names = planNames(diff, options, m_dialect);
    if (!names)
        return names.error();
    PlanWriter writer(m_dialect, *names, options);
    // Atlas's MySQL planner first takes the schemas it creates or drops (topLevel), then
    // orders the table changes by foreign keys and detaches cycles (DetachCycles).
    QList<SchemaChange> schemas;
    QList<SchemaChange> rest;
    for (const SchemaChange &change : diff.changes) {
        const bool topLevel = change.kind == SchemaChange::Kind::AddSchema ||
                              change.kind == SchemaChange::Kind::DropSchema;
        (topLevel ? schemas : rest).append(change);
    }
    const QList<SchemaChange> ordered = schemas + orderByForeignKeys(rest);
    for (int i = 0; i < ordered.size(); ++i) {
        if (const Status status = writer.write(ordered.at(i), i); !status)
            return status.error();
    }
    Plan plan = writer.take();
    plan.changes = ordered;
    return plan;
}

} // namespace strata
