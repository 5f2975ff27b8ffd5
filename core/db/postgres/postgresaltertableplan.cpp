// ModifyTable (and AddForeignKeys): Atlas's modifyTable and alterTable. Plain indexes are
// dropped and created by their own statements around one ALTER TABLE that carries every
// other change; comments and column renames follow, each a statement of its own.

#include "hcl/gostring.h"
#include "postgrescolumnalteration.h"
#include "postgresdialect.h"
#include "postgresplansteps.h"
#include "postgresserialcolumn.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

struct AlterClause
{
    QString sql;
    /// Atlas moves constraint drops to the front, so a new constraint may reuse a name.
    bool dropsConstraint = false;
};

Index withoutComment(Index index)
{
    index.comment.clear();
    return index;
}

class TableAlteration
{
public:
    explicit TableAlteration(const PostgresPlanStep &step)
        : m_step(step)
        , m_diff(step.change.diff)
        , m_schema(step.change.schema)
        , m_schemaNames(step.names.schema(step.change.schema))
    {
        const SchemaChange &change = step.change;
        m_table = change.to.name.isEmpty() ? change.from : change.to;
        m_tableSql = step.names.tableName(m_schema, m_table.name);
        for (const ColumnChange &column : m_diff.columns) {
            if (column.kind == PartChangeKind::Drop)
                m_droppedColumns.insert(column.from.name);
        }
    }

    Status plan()
    {
        if (const Status attributes = planAttributes(); !attributes)
            return attributes;
        for (const CheckChange &check : m_diff.checks) {
            if (const Status planned = planCheck(check); !planned)
                return planned;
        }
        for (const ColumnChange &column : m_diff.columns) {
            if (const Status planned = planColumn(column); !planned)
                return planned;
        }
        if (m_diff.primaryKey)
            planPrimaryKey(*m_diff.primaryKey);
        for (const IndexChange &index : m_diff.indexes)
            planIndex(index);
        for (const ForeignKeyChange &foreignKey : m_diff.foreignKeys)
            planForeignKey(foreignKey);
        write();
        return Ok{};
    }

private:
    QString subject() const
    {
        return QCoreApplication::translate("strata::PostgresPlanner", "table %1")
            .arg(goQuoted(m_table.name));
    }

    bool qualify() const { return m_step.names.qualifies(); }
    const PostgresDialect &dialect() const { return m_step.dialect; }

    void alter(const QString &sql, bool dropsConstraint = false)
    {
        m_clauses.append({sql, dropsConstraint});
    }

    QString dropConstraint(const QString &name) const
    {
        return QLatin1String("DROP CONSTRAINT ") + postgresQuotedIdentifier(name);
    }

    Status planAttributes()
    {
        if (m_diff.attributes & ~TableAspects(TableAspect::Comment)) {
            return planError(subject(), QCoreApplication::translate(
                                            "strata::PostgresPlanner",
                                            "PostgreSQL tables have no charset, collation, "
                                            "engine or table options; remove them from the "
                                            "schema."));
        }
        if (m_diff.attributes & TableAspect::Comment) {
            m_trailing.append(dialect().tableCommentSql(m_table, m_schemaNames, qualify(),
                                                        m_step.change.to.comment));
        }
        return Ok{};
    }

    Status planCheck(const CheckChange &check)
    {
        switch (check.kind) {
        case PartChangeKind::Add:
            alter(QLatin1String("ADD ") + dialect().checkSql(check.to));
            // The server names an unnamed check, so Atlas cannot tell how to drop it again.
            if (check.to.name.isEmpty())
                m_reversible = false;
            return Ok{};
        case PartChangeKind::Drop:
            if (check.from.name.isEmpty())
                return unnamedCheck();
            alter(dropConstraint(check.from.name), true);
            return Ok{};
        case PartChangeKind::Modify:
        case PartChangeKind::Rename:
            if (check.from.name.isEmpty())
                return unnamedCheck();
            if (check.from.name != check.to.name) {
                return planError(subject(),
                                 QCoreApplication::translate(
                                     "strata::PostgresPlanner",
                                     "check constraint %1 cannot become %2 in place. Drop it "
                                     "and add the new one instead.")
                                     .arg(goQuoted(check.from.name), goQuoted(check.to.name)));
            }
            alter(dropConstraint(check.from.name) + QLatin1String(", ADD ") +
                  dialect().checkSql(check.to));
            return Ok{};
        }
        return Ok{};
    }

    Status unnamedCheck() const
    {
        return planError(subject(), QCoreApplication::translate(
                                        "strata::PostgresPlanner",
                                        "an unnamed check constraint cannot be dropped or "
                                        "changed. Give the check a name in the schema."));
    }

    Status planColumn(const ColumnChange &change)
    {
        switch (change.kind) {
        case PartChangeKind::Add: {
            if (const Status serial = checkSerialNotNull(change.to, m_table.name); !serial)
                return serial;
            if (!change.to.comment.isEmpty())
                m_trailing.append(columnComment(change.to.name, change.to.comment));
            alter(QLatin1String("ADD COLUMN ") +
                  dialect().columnDefinitionSql(m_step.names.column(change.to, m_schema), m_table));
            return Ok{};
        }
        case PartChangeKind::Drop:
            alter(QLatin1String("DROP COLUMN ") + postgresQuotedIdentifier(change.from.name));
            m_destructive = true;
            return Ok{};
        case PartChangeKind::Modify:
            if (change.aspects & ColumnAspect::Comment)
                m_trailing.append(columnComment(change.to.name, change.to.comment));
            return alterColumn(change, change.to.name);
        case PartChangeKind::Rename:
            // RENAME COLUMN cannot share an ALTER TABLE with other changes: it runs after it,
            // so the other changes still use the old name.
            m_trailing.append(
                {QLatin1String("Rename a column from ") + goQuoted(change.from.name) +
                     QLatin1String(" to ") + goQuoted(change.to.name),
                 QLatin1String("ALTER TABLE ") + m_tableSql + QLatin1String(" RENAME COLUMN ") +
                     postgresQuotedIdentifier(change.from.name) + QLatin1String(" TO ") +
                     postgresQuotedIdentifier(change.to.name)});
            if (change.aspects & ColumnAspect::Comment)
                m_trailing.append(columnComment(change.to.name, change.to.comment));
            return alterColumn(change, change.from.name);
        }
        return Ok{};
    }

    Status alterColumn(const ColumnChange &change, const QString &name)
    {
        const ColumnAspects aspects = change.aspects & ~ColumnAspects(ColumnAspect::Comment);
        if (!aspects)
            return Ok{};
        auto alteration = alterPostgresColumn(change.from, change.to, aspects, name, m_table.name,
                                              m_schema, m_step.names, dialect());
        if (!alteration)
            return alteration.error();
        alter(alteration->clause);
        m_before.append(alteration->before);
        m_after.append(alteration->after);
        m_destructive = m_destructive || alteration->losesData;
        m_reversible = m_reversible && alteration->reversible;
        return Ok{};
    }

    SqlStatement columnComment(const QString &column, const QString &text) const
    {
        return dialect().columnCommentSql(m_table, column, m_schemaNames, qualify(), text);
    }

    void planPrimaryKey(const IndexChange &change)
    {
        if (change.kind != PartChangeKind::Add) {
            // PostgreSQL names an unnamed primary key <table>_pkey.
            const QString name = change.from.name.isEmpty() ? m_table.name + QLatin1String("_pkey")
                                                            : change.from.name;
            alter(dropConstraint(name), true);
        }
        if (change.kind != PartChangeKind::Drop)
            alter(QLatin1String("ADD ") + dialect().primaryKeySql(change.to));
    }

    /// A column drop takes its indexes along (Atlas's skipAutoChanges).
    bool usesDroppedColumn(const Index &index) const
    {
        return std::any_of(index.parts.cbegin(), index.parts.cend(), [this](const IndexPart &part) {
            return !part.isExpression() && m_droppedColumns.contains(part.column);
        });
    }

    void dropIndex(const Index &index)
    {
        if (index.constraint)
            alter(dropConstraint(index.name), true);
        else
            m_dropIndexes.append(index);
    }

    void addIndex(const Index &index)
    {
        // A UNIQUE constraint is added by the ALTER TABLE; a plain index by CREATE INDEX.
        if (index.constraint)
            alter(QLatin1String("ADD ") + dialect().inlineIndexSql(index, m_table));
        else
            m_addIndexes.append(index);
    }

    void planIndex(const IndexChange &change)
    {
        switch (change.kind) {
        case PartChangeKind::Add:
            if (!change.to.comment.isEmpty())
                m_trailing.append(indexComment(change.to));
            addIndex(change.to);
            return;
        case PartChangeKind::Drop:
            if (!usesDroppedColumn(change.from))
                dropIndex(change.from);
            return;
        case PartChangeKind::Modify:
        case PartChangeKind::Rename:
            if (change.from.comment != change.to.comment) {
                m_trailing.append(indexComment(change.to));
                if (withoutComment(change.from) == withoutComment(change.to))
                    return;
            }
            // Any other change rebuilds the index.
            dropIndex(change.from);
            addIndex(change.to);
            return;
        }
    }

    SqlStatement indexComment(const Index &index) const
    {
        return dialect().indexCommentSql(m_table, index.name, m_schemaNames, qualify(),
                                         index.comment);
    }

    void planForeignKey(const ForeignKeyChange &change)
    {
        if (change.kind == PartChangeKind::Drop) {
            const bool dropped = std::any_of(
                change.from.columns.cbegin(), change.from.columns.cend(),
                [this](const QString &column) { return m_droppedColumns.contains(column); });
            if (!dropped)
                alter(dropConstraint(change.from.name), true);
            return;
        }
        if (change.kind != PartChangeKind::Add)
            alter(dropConstraint(change.from.name), true);
        // Atlas starts each foreign key on a new line when the plan is indented.
        const QString separator =
            m_step.options.indent.isEmpty() ? QStringLiteral(" ") : QStringLiteral("\n ");
        alter(QLatin1String("ADD") + separator + dialect().foreignKeySql(change.to, m_schemaNames));
    }

    void add(const SqlStatement &statement) { m_step.out.add(statement.comment, statement.sql); }

    void write()
    {
        const QString table = goQuoted(m_table.name);
        const PlanOptions &options = m_step.options;
        for (const Index &index : std::as_const(m_dropIndexes)) {
            m_step.out.add(
                QLatin1String("Drop index ") + goQuoted(index.name) +
                    QLatin1String(" from table: ") + table,
                QLatin1String("DROP INDEX ") +
                    (options.concurrentIndexDrop ? QStringLiteral("CONCURRENTLY ") : QString()) +
                    m_step.names.objectName(m_schema, index.name));
        }
        for (const SqlStatement &statement : std::as_const(m_before))
            add(statement);
        if (!m_clauses.isEmpty()) {
            std::stable_partition(m_clauses.begin(), m_clauses.end(),
                                  [](const AlterClause &clause) { return clause.dropsConstraint; });
            QStringList clauses;
            for (const AlterClause &clause : std::as_const(m_clauses))
                clauses.append(clause.sql);
            m_step.out.add(QLatin1String("Modify ") + table + QLatin1String(" table"),
                           QLatin1String("ALTER TABLE ") + m_tableSql + QLatin1Char(' ') +
                               clauses.join(QLatin1String(", ")),
                           m_destructive, m_reversible);
        }
        for (const SqlStatement &statement : std::as_const(m_after))
            add(statement);
        for (const Index &index : std::as_const(m_addIndexes)) {
            QString sql = dialect().createIndexSql(index, m_table, m_schemaNames, qualify());
            if (options.concurrentIndexCreate) {
                const qsizetype keyword = sql.indexOf(QLatin1String("INDEX ")) + 6;
                sql.insert(keyword, QLatin1String("CONCURRENTLY "));
            }
            m_step.out.add(QLatin1String("Create index ") + goQuoted(index.name) +
                               QLatin1String(" to table: ") + table,
                           sql);
        }
        for (const SqlStatement &statement : std::as_const(m_trailing))
            add(statement);
    }

    const PostgresPlanStep &m_step;
    const TableDiff &m_diff;
    const QString m_schema;
    const Schema m_schemaNames;
    Table m_table;
    QString m_tableSql;
    QSet<QString> m_droppedColumns;
    QList<AlterClause> m_clauses;
    QList<Index> m_dropIndexes;
    QList<Index> m_addIndexes;
    QList<SqlStatement> m_before;
    QList<SqlStatement> m_after;
    QList<SqlStatement> m_trailing;
    bool m_destructive = false;
    bool m_reversible = true;
};

} // namespace

Status planModifyTable(const PostgresPlanStep &step)
{
    return TableAlteration(step).plan();
}

} // namespace strata
