#include "mysqlalterplan.h"

#include "mysqldialect.h"
#include "mysqljsoncolumn.h"
#include "mysqlplannames.h"
#include "mysqlplannertr.h"
#include "mysqlquoting.h"
#include "mysqltypechange.h"

#include "hcl/gostring.h"
#include "sqlgen/createtablesql.h"

namespace strata {
namespace {

bool referenceChanged(const ForeignKey &from, const ForeignKey &to)
{
    return from.refSchema != to.refSchema || from.refTable != to.refTable ||
           from.refColumns != to.refColumns;
}

QString effective(const QString &own, const QString &inherited)
{
    return own.isEmpty() ? inherited : own;
}

class AlterBuilder
{
public:
    AlterBuilder(const SchemaChange &change, const MysqlDialect &dialect,
                 const MysqlPlanNames &names)
        : m_change(change)
        , m_diff(change.diff)
        , m_dialect(dialect)
        , m_names(names)
        , m_maria(dialect.flavour() == MysqlFlavour::MariaDb)
    {}

    Expected<QList<MysqlAlter>> build()
    {
        if (m_change.to.columns.isEmpty())
            return failure(
                MysqlPlannerTr::tr("it would have no columns left; drop the table instead."));
        for (const auto step :
             {&AlterBuilder::attributes, &AlterBuilder::checks, &AlterBuilder::columns,
              &AlterBuilder::primaryKey, &AlterBuilder::indexes, &AlterBuilder::foreignKeys}) {
            if (const Status status = (this->*step)(); !status)
                return status.error();
        }
        QList<MysqlAlter> alters;
        for (const MysqlAlter &alter : {m_rebuildDrops, m_main}) {
            if (!alter.isEmpty())
                alters.append(alter);
        }
        return alters;
    }

private:
    Error failure(const QString &why) const
    {
        return Error{
            MysqlPlannerTr::tr("Cannot modify table %1: %2").arg(goQuoted(m_change.to.name), why)};
    }

    Status attributes()
    {
        const TableAspects aspects = m_diff.attributes;
        const Table &from = m_change.from;
        const Table &to = m_change.to;
        if (aspects & TableAspect::Options)
            return failure(MysqlPlannerTr::tr("MySQL has no WITHOUT ROWID or STRICT tables; "
                                              "leave those options out of the desired schema."));
        // Setting an attribute the table did not have has no reverse in Atlas's planner.
        if (aspects & TableAspect::Comment)
            add(m_main, QLatin1String("COMMENT ") + mysqlCommentLiteral(to.comment), false,
                !from.comment.isEmpty());
        if (aspects & TableAspect::Charset) {
            if (to.charset.isEmpty())
                return failure(MysqlPlannerTr::tr(
                    "a table keeps a character set; name the one it should use."));
            add(m_main, QLatin1String("CHARSET ") + to.charset, false, !from.charset.isEmpty());
        }
        if (aspects & TableAspect::Collation) {
            if (to.collation.isEmpty())
                return failure(
                    MysqlPlannerTr::tr("a table keeps a collation; name the one it should use."));
            add(m_main, QLatin1String("COLLATE ") + to.collation, false, !from.collation.isEmpty());
        }
        if (aspects & TableAspect::Engine) {
            if (to.engine.isEmpty())
                return failure(
                    MysqlPlannerTr::tr("the server's default engine has no name here; name the "
                                       "engine the table should use."));
            add(m_main, QLatin1String("ENGINE ") + to.engine, false, !from.engine.isEmpty());
        }
        return Ok{};
    }

    /// Atlas lists checks with the table attributes, so their clauses come before the columns'.
    Status checks()
    {
        for (const CheckChange &change : m_diff.checks) {
            if (m_maria && planAsJsonColumn(change))
                continue;
            switch (change.kind) {
            case PartChangeKind::Add:
                add(m_main, QLatin1String("ADD ") + m_dialect.checkSql(change.to), false,
                    !change.to.name.isEmpty());
                break;
            case PartChangeKind::Drop:
                if (change.from.name.isEmpty())
                    return failure(
                        MysqlPlannerTr::tr("an unnamed check cannot be dropped; name it in the "
                                           "current schema first."));
                add(m_main, QLatin1String("DROP CONSTRAINT ") + quoted(change.from.name));
                break;
            case PartChangeKind::Modify:
                if (const Status status = modifyCheck(change.from, change.to); !status)
                    return status;
                break;
            case PartChangeKind::Rename:
                return failure(
                    MysqlPlannerTr::tr("checks are not renamed; drop the check and add it again."));
            }
        }
        return Ok{};
    }

    Status modifyCheck(const Check &from, const Check &to)
    {
        if (from.name.isEmpty())
            return failure(
                MysqlPlannerTr::tr("an unnamed check cannot be modified; name it first."));
        if (from.name != to.name)
            return failure(
                MysqlPlannerTr::tr("check %1 cannot become check %2 in place; drop one and add the "
                                   "other.")
                    .arg(goQuoted(from.name), goQuoted(to.name)));
        if (from.expression != to.expression) {
            // MariaDB has no DROP CHECK (error 1064); Atlas's MySQL spelling is kept for MySQL.
            const QString drop =
                m_maria ? QStringLiteral("DROP CONSTRAINT ") : QStringLiteral("DROP CHECK ");
            add(m_main,
                drop + quoted(from.name) + QLatin1String(", ADD ") + m_dialect.checkSql(to));
            return Ok{};
        }
        if (from.enforced != to.enforced) {
            if (m_maria)
                return failure(
                    MysqlPlannerTr::tr("MariaDB always enforces checks; drop check %1 instead.")
                        .arg(goQuoted(from.name)));
            add(m_main,
                QLatin1String("ALTER CHECK ") + quoted(from.name) +
                    (to.enforced ? QLatin1String(" ENFORCED") : QLatin1String(" NOT ENFORCED")));
        }
        return Ok{};
    }

    /// MariaDB's json_valid check of a `json` column is part of the column: MODIFY COLUMN adds
    /// or removes it (DROP CONSTRAINT cannot), and a column written anyway carries it. Returns
    /// whether `change` is such a check, having restated the column where nothing else does.
    bool planAsJsonColumn(const CheckChange &change)
    {
        const Column *from = change.kind == PartChangeKind::Add
                                 ? nullptr
                                 : mariaDbJsonCheckColumn(change.from, m_change.from);
        const Column *to = change.kind == PartChangeKind::Drop
                               ? nullptr
                               : mariaDbJsonCheckColumn(change.to, m_change.to);
        if (!from && !to)
            return false;
        const QString name = to ? to->name : from->name;
        const Column *target = m_change.to.column(name);
        if (target && !isRedefined(name))
            add(m_main, QLatin1String("MODIFY COLUMN ") +
                            m_dialect.columnDefinitionSql(*target, m_change.to));
        return true;
    }

    bool isRedefined(const QString &targetName) const
    {
        for (const ColumnChange &change : m_diff.columns) {
            if (change.kind != PartChangeKind::Drop && change.to.name == targetName)
                return true;
        }
        return false;
    }

    bool isDropped(const QString &name) const
    {
        for (const ColumnChange &change : m_diff.columns) {
            if (change.kind == PartChangeKind::Drop && change.from.name == name)
                return true;
        }
        return false;
    }

    Status columns()
    {
        for (const ColumnChange &change : m_diff.columns) {
            if (change.kind != PartChangeKind::Drop) {
                if (const Status status = checkNoIdentity(change.to, m_change.to); !status)
                    return status;
            }
            switch (change.kind) {
            case PartChangeKind::Add:
                add(m_main, QLatin1String("ADD COLUMN ") + definition(change.to));
                break;
            case PartChangeKind::Drop:
                add(m_main, QLatin1String("DROP COLUMN ") + quoted(change.from.name), true, false);
                break;
            case PartChangeKind::Modify:
                if (const Status status = checkGenerated(change.from, change.to); !status)
                    return status;
                add(m_main, QLatin1String("MODIFY COLUMN ") + definition(change.to),
                    losesData(change));
                break;
            case PartChangeKind::Rename:
                if (const Status status = checkGenerated(change.from, change.to); !status)
                    return status;
                add(m_main, renameColumn(change), losesData(change));
                break;
            }
        }
        return Ok{};
    }

    /// RENAME COLUMN (MySQL 8, MariaDB 10.5.2 and later) keeps the definition; a rename that
    /// also changes the column, or moves a MariaDB `json` column, restates it with CHANGE.
    QString renameColumn(const ColumnChange &change) const
    {
        const bool json = m_maria && (isMariaDbJsonColumn(change.from, m_change.from) ||
                                      isMariaDbJsonColumn(change.to, m_change.to));
        if (!change.aspects && !json)
            return QLatin1String("RENAME COLUMN ") + quoted(change.from.name) +
                   QLatin1String(" TO ") + quoted(change.to.name);
        return QLatin1String("CHANGE COLUMN ") + quoted(change.from.name) + QLatin1Char(' ') +
               definition(change.to);
    }

    bool losesData(const ColumnChange &change) const
    {
        if ((change.aspects & ColumnAspect::Type) &&
            mysqlTypeChangeLosesData(change.from.type, change.to.type))
            return true;
        if ((change.aspects & ColumnAspect::Charset) &&
            effective(change.to.charset, m_change.to.charset) != QLatin1String("utf8mb4"))
            return true;
        // A column that becomes generated has its stored values replaced.
        return (change.aspects & ColumnAspect::Generated) && !change.from.generated &&
               change.to.generated;
    }

    /// Atlas's checkChangeGenerated: MySQL computes VIRTUAL columns on read, so none can turn
    /// into or out of one, nor change how it is stored, in place.
    Status checkGenerated(const Column &from, const Column &to) const
    {
        if (!from.generated && to.generated && !to.generated->stored)
            return failure(
                MysqlPlannerTr::tr("column %1 cannot become a VIRTUAL generated column in place; "
                                   "drop it and add it again.")
                    .arg(goQuoted(from.name)));
        if (from.generated && !to.generated && !from.generated->stored)
            return failure(
                MysqlPlannerTr::tr("VIRTUAL generated column %1 cannot become a regular column in "
                                   "place; drop it and add it again.")
                    .arg(goQuoted(from.name)));
        if (from.generated && to.generated && from.generated->stored != to.generated->stored)
            return failure(
                MysqlPlannerTr::tr("generated column %1 cannot change between VIRTUAL and STORED "
                                   "in place; drop it and add it again.")
                    .arg(goQuoted(from.name)));
        return Ok{};
    }

    Status primaryKey()
    {
        if (!m_diff.primaryKey)
            return Ok{};
        const IndexChange &change = *m_diff.primaryKey;
        switch (change.kind) {
        case PartChangeKind::Add:
            add(m_main,
                QLatin1String("ADD PRIMARY KEY ") + m_dialect.keyTypeAndPartsSql(change.to));
            break;
        case PartChangeKind::Drop:
            add(m_main, QStringLiteral("DROP PRIMARY KEY"));
            break;
        case PartChangeKind::Modify:
            add(m_main, QLatin1String("DROP PRIMARY KEY, ADD PRIMARY KEY ") +
                            m_dialect.keyTypeAndPartsSql(change.to));
            break;
        case PartChangeKind::Rename:
            return failure(MysqlPlannerTr::tr("MySQL primary keys have no name to change."));
        }
        return Ok{};
    }

    Status indexes()
    {
        for (const IndexChange &change : m_diff.indexes) {
            switch (change.kind) {
            case PartChangeKind::Add:
                add(m_main,
                    QLatin1String("ADD ") + m_dialect.inlineIndexSql(change.to, m_change.to));
                break;
            case PartChangeKind::Drop:
                if (!goesWithItsColumns(change.from))
                    add(m_main, QLatin1String("DROP INDEX ") + quoted(change.from.name));
                break;
            case PartChangeKind::Modify:
                add(m_rebuildDrops, QLatin1String("DROP INDEX ") + quoted(change.from.name));
                add(m_main,
                    QLatin1String("ADD ") + m_dialect.inlineIndexSql(change.to, m_change.to));
                break;
            case PartChangeKind::Rename:
                return failure(
                    MysqlPlannerTr::tr("index %1 cannot be renamed here; drop it and add it again.")
                        .arg(goQuoted(change.from.name)));
            }
        }
        return Ok{};
    }

    /// Atlas's skipAutoChanges: the server drops an index whose columns are all dropped.
    bool goesWithItsColumns(const Index &index) const
    {
        for (const IndexPart &part : index.parts) {
            if (part.isExpression() || !isDropped(part.column))
                return false;
        }
        return !index.parts.isEmpty();
    }

    Status foreignKeys()
    {
        const Schema schema = m_names.schema(m_change.schema);
        for (const ForeignKeyChange &change : m_diff.foreignKeys) {
            switch (change.kind) {
            case PartChangeKind::Add:
                if (const Status status = checkSetNullColumns(change.to, m_change.to); !status)
                    return status;
                add(m_main,
                    QLatin1String("ADD ") +
                        foreignKeyClauseSql(change.to, schema, m_dialect, m_names.qualify()));
                break;
            case PartChangeKind::Drop:
                add(m_main, QLatin1String("DROP FOREIGN KEY ") + quoted(change.from.name));
                break;
            case PartChangeKind::Modify:
                if (const Status status = checkSetNullColumns(change.to, m_change.to); !status)
                    return status;
                add(m_rebuildDrops, QLatin1String("DROP FOREIGN KEY ") + quoted(change.from.name));
                // The index the server made for the key goes too when the key points elsewhere
                // (Atlas drops it by the key's name; only where the table has one).
                if (referenceChanged(change.from, change.to) && hasIndexNamed(change.from.name))
                    add(m_rebuildDrops, QLatin1String("DROP INDEX ") + quoted(change.from.name));
                add(m_main,
                    QLatin1String("ADD ") +
                        foreignKeyClauseSql(change.to, schema, m_dialect, m_names.qualify()));
                break;
            case PartChangeKind::Rename:
                return failure(MysqlPlannerTr::tr(
                                   "foreign key %1 cannot be renamed; drop it and add it again.")
                                   .arg(goQuoted(change.from.name)));
            }
        }
        return Ok{};
    }

    bool hasIndexNamed(const QString &name) const
    {
        for (const Index &index : m_change.from.indexes) {
            if (index.name == name)
                return true;
        }
        return false;
    }

    QString definition(const Column &column) const
    {
        return m_dialect.columnDefinitionSql(column, m_change.to);
    }

    QString quoted(const QString &identifier) const
    {
        return m_dialect.quoteIdentifier(identifier);
    }

    static void add(MysqlAlter &alter, const QString &clause, bool destructive = false,
                    bool reversible = true)
    {
        alter.clauses.append(clause);
        alter.destructive = alter.destructive || destructive;
        alter.reversible = alter.reversible && reversible;
    }

    const SchemaChange &m_change;
    const TableDiff &m_diff;
    const MysqlDialect &m_dialect;
    const MysqlPlanNames &m_names;
    bool m_maria;
    MysqlAlter m_rebuildDrops;
    MysqlAlter m_main;
};

} // namespace

Expected<QList<MysqlAlter>> mysqlAlterTable(const SchemaChange &change, const MysqlDialect &dialect,
                                            const MysqlPlanNames &names)
{
    return AlterBuilder(change, dialect, names).build();
}

Expected<MysqlAlter> mysqlAddForeignKeys(const SchemaChange &change, const MysqlDialect &dialect,
                                         const MysqlPlanNames &names)
{
    const Schema schema = names.schema(change.schema);
    MysqlAlter alter;
    for (const ForeignKeyChange &key : change.diff.foreignKeys) {
        if (key.kind != PartChangeKind::Add) {
            return Error{
                MysqlPlannerTr::tr("Cannot add the foreign keys of table %1 after the tables they "
                                   "reference: the change may only add keys.")
                    .arg(goQuoted(change.to.name))};
        }
        if (const Status status = checkSetNullColumns(key.to, change.to); !status)
            return status.error();
        alter.clauses.append(QLatin1String("ADD ") +
                             foreignKeyClauseSql(key.to, schema, dialect, names.qualify()));
    }
    return alter;
}

Status checkNoIdentity(const Column &column, const Table &table)
{
    if (!column.identity)
        return Ok{};
    return Error{MysqlPlannerTr::tr("Column %1 of table %2 is an identity column, which MySQL "
                                    "and MariaDB do not have; use AUTO_INCREMENT instead.")
                     .arg(goQuoted(column.name), goQuoted(table.name))};
}

Status checkSetNullColumns(const ForeignKey &foreignKey, const Table &table)
{
    if (foreignKey.onUpdate != ReferenceAction::SetNull &&
        foreignKey.onDelete != ReferenceAction::SetNull)
        return Ok{};
    for (const QString &name : foreignKey.columns) {
        const Column *column = table.column(name);
        if (column && !column->nullable) {
            return Error{MysqlPlannerTr::tr(
                             "Foreign key %1 of table %2 sets column %3 to NULL, but the column "
                             "is NOT NULL; make the column nullable or choose another action.")
                             .arg(goQuoted(foreignKey.name), goQuoted(table.name), goQuoted(name))};
        }
    }
    return Ok{};
}

} // namespace strata
