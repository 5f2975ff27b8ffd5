#include "sqliteinspector.h"

#include "sqlitecolumn.h"
#include "sqlitecreatestatement.h"
#include "sqlitedialect.h"
#include "sqliteforeignkeynames.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqliteInspectorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqliteInspector)
};

constexpr int kStages = 5;

struct PartRow
{
    int seqno = 0;
    IndexPart part;
    bool needsExpression = false;
};

struct PendingIndex
{
    qsizetype table = 0;
    Index index;
    QList<PartRow> parts;
    bool partial = false;
};

struct ForeignKeyRow
{
    int seq = 0;
    QString from;
    QString to;
};

struct PendingForeignKey
{
    int id = 0;
    ForeignKey key;
    QList<ForeignKeyRow> rows;
};

struct TableState
{
    Table table;
    SqliteCreateTable parsed;
    QList<std::pair<int, QString>> primaryKeyColumns;
    QList<PendingForeignKey> foreignKeys;
};

/// One inspection run: four catalog queries, each row filed under its table through a hash.
class Inspection
{
public:
    Inspection(const QSqlDatabase &db, const QString &schemaName, const TaskControl &control)
        : m_db(db)
        , m_schemaName(schemaName)
        , m_control(control)
        , m_master(SqliteDialect::instance().quoteIdentifier(schemaName) +
                   QLatin1String(".sqlite_master"))
        , m_schemaArg(SqliteDialect::instance().quoteString(schemaName))
    {}

    Expected<Schema> run()
    {
        QElapsedTimer timer;
        timer.start();
        Status status = stage(0, QT_TRANSLATE_NOOP("strata::SqliteInspector", "Reading tables"));
        if (status)
            status = tables();
        if (status)
            status = stage(1, QT_TRANSLATE_NOOP("strata::SqliteInspector", "Reading columns"));
        if (status)
            status = columns();
        if (status)
            status = stage(2, QT_TRANSLATE_NOOP("strata::SqliteInspector", "Reading indexes"));
        if (status)
            status = indexes();
        if (status)
            status = stage(3, QT_TRANSLATE_NOOP("strata::SqliteInspector", "Reading foreign keys"));
        if (status)
            status = foreignKeys();
        if (status)
            status = stage(4, QT_TRANSLATE_NOOP("strata::SqliteInspector", "Reading checks"));
        if (!status)
            return status.error();
        Expected<Schema> schema = finish();
        qCDebug(lcSqlite) << "inspected" << m_master << "in" << timer.elapsed() << "ms";
        return schema;
    }

private:
    Expected<QSqlQuery> query(const QString &sql, const char *what) const
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            const QString reason = q.lastError().databaseText().trimmed();
            return Error{SqliteInspectorTr::tr(
                             "Reading the %1 of SQLite schema \"%2\" failed: %3. Check that the "
                             "database is an SQLite 3 file and not locked by another program.")
                             .arg(SqliteInspectorTr::tr(what), m_schemaName, reason)};
        }
        return q;
    }

    Status stage(int done, const char *name) const
    {
        if (m_control.isCancelled())
            return Error::cancellation();
        m_control.report(SqliteInspectorTr::tr(name), done, kStages);
        return Ok{};
    }

    QString tableFilter() const
    {
        return QStringLiteral(" WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'");
    }

    Status tables()
    {
        auto schemas =
            query(QLatin1String("SELECT 1 FROM pragma_database_list WHERE name = ") + m_schemaArg,
                  QT_TRANSLATE_NOOP("strata::SqliteInspector", "tables"));
        if (!schemas)
            return schemas.error();
        if (!schemas->next()) {
            return Error{SqliteInspectorTr::tr(
                             "SQLite schema \"%1\" does not exist in this database: SQLite calls "
                             "the database file \"main\" and attached databases by their ATTACH "
                             "name.")
                             .arg(m_schemaName)};
        }
        auto q = query(QLatin1String("SELECT type, name, sql FROM ") + m_master +
                           QLatin1String(" WHERE type = 'index' OR (type = 'table' AND name "
                                         "NOT LIKE 'sqlite_%') ORDER BY name"),
                       QT_TRANSLATE_NOOP("strata::SqliteInspector", "tables"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString name = q->value(1).toString();
            const QString sql = q->value(2).toString();
            if (q->value(0).toString() == QLatin1String("index")) {
                m_indexSql.insert(name, sql);
                continue;
            }
            TableState state;
            state.table.name = name;
            state.parsed = parseSqliteCreateTable(sql);
            state.table.withoutRowid = state.parsed.withoutRowid;
            state.table.strict = state.parsed.strict;
            state.table.checks = state.parsed.checks;
            m_byName.insert(name, m_tables.size());
            m_tables.append(std::move(state));
        }
        return Ok{};
    }

    Status columns()
    {
        auto q = query(QLatin1String("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, "
                                     "p.pk, p.hidden FROM ") +
                           m_master + QLatin1String(" AS m JOIN pragma_table_xinfo(m.name, ") +
                           m_schemaArg + QLatin1String(") AS p") + tableFilter(),
                       QT_TRANSLATE_NOOP("strata::SqliteInspector", "columns"));
        if (!q)
            return q.error();
        TableState *state = nullptr;
        while (q->next()) {
            const QString tableName = q->value(0).toString();
            if (!state || state->table.name != tableName) {
                const auto it = m_byName.constFind(tableName);
                if (it == m_byName.constEnd())
                    continue;
                state = &m_tables[*it];
            }
            const int hidden = q->value(6).toInt();
            if (hidden == 1)
                continue;
            Column column;
            column.name = q->value(1).toString();
            column.type = sqliteColumnType(q->value(2).toString());
            column.nullable = q->value(3).toInt() == 0;
            const QVariant defaultValue = q->value(4);
            if (!defaultValue.isNull())
                column.defaultValue = sqliteColumnDefault(defaultValue.toString());
            if (hidden == 2 || hidden == 3) {
                column.generated = GeneratedExpression{
                    state->parsed.generatedExpressions.value(column.name.toLower()), hidden == 3};
            }
            if (const int pk = q->value(5).toInt(); pk > 0)
                state->primaryKeyColumns.append({pk, column.name});
            state->table.columns.append(std::move(column));
        }
        for (TableState &table : m_tables)
            setPrimaryKey(table);
        return Ok{};
    }

    static void setPrimaryKey(TableState &state)
    {
        if (state.primaryKeyColumns.isEmpty())
            return;
        std::sort(state.primaryKeyColumns.begin(), state.primaryKeyColumns.end());
        Index key;
        for (const auto &[pk, name] : std::as_const(state.primaryKeyColumns))
            key.parts.append(IndexPart{name, QString(), false, 0});
        const QString &autoColumn = state.parsed.autoIncrementColumn;
        if (key.parts.size() == 1 && !autoColumn.isEmpty() &&
            key.parts.front().column.compare(autoColumn, Qt::CaseInsensitive) == 0) {
            for (Column &column : state.table.columns) {
                if (column.name == key.parts.front().column)
                    column.autoIncrement = true;
            }
        }
        state.table.primaryKey = std::move(key);
    }

    Status indexes()
    {
        auto q =
            query(QLatin1String("SELECT m.name, il.name, il.\"unique\", il.partial, "
                                "ix.seqno, ix.name, ix.\"desc\" FROM ") +
                      m_master + QLatin1String(" AS m JOIN pragma_index_list(m.name, ") +
                      m_schemaArg + QLatin1String(") AS il JOIN pragma_index_xinfo(il.name, ") +
                      m_schemaArg + QLatin1String(") AS ix") + tableFilter() +
                      QLatin1String(" AND il.origin <> 'pk' AND ix.key = 1"),
                  QT_TRANSLATE_NOOP("strata::SqliteInspector", "indexes"));
        if (!q)
            return q.error();
        QList<PendingIndex> pending;
        QHash<QString, qsizetype> byName;
        while (q->next()) {
            const auto table = m_byName.constFind(q->value(0).toString());
            if (table == m_byName.constEnd())
                continue;
            const QString indexName = q->value(1).toString();
            auto it = byName.constFind(indexName);
            if (it == byName.constEnd()) {
                PendingIndex index;
                index.table = *table;
                index.index.name = indexName;
                index.index.unique = q->value(2).toInt() != 0;
                index.partial = q->value(3).toInt() != 0;
                it = byName.insert(indexName, pending.size());
                pending.append(std::move(index));
            }
            PartRow row;
            row.seqno = q->value(4).toInt();
            const QVariant column = q->value(5);
            row.needsExpression = column.isNull();
            row.part.column = column.toString();
            row.part.descending = q->value(6).toInt() != 0;
            pending[*it].parts.append(std::move(row));
        }
        for (PendingIndex &index : pending)
            m_tables[index.table].table.indexes.append(completeIndex(index));
        for (TableState &state : m_tables) {
            std::sort(state.table.indexes.begin(), state.table.indexes.end(),
                      [](const Index &a, const Index &b) { return a.name < b.name; });
        }
        return Ok{};
    }

    Index completeIndex(PendingIndex &pending) const
    {
        std::sort(pending.parts.begin(), pending.parts.end(),
                  [](const PartRow &a, const PartRow &b) { return a.seqno < b.seqno; });
        const bool hasExpression = std::any_of(pending.parts.cbegin(), pending.parts.cend(),
                                               [](const PartRow &r) { return r.needsExpression; });
        SqliteCreateIndex parsed;
        if (hasExpression || pending.partial)
            parsed = parseSqliteCreateIndex(m_indexSql.value(pending.index.name));
        for (qsizetype i = 0; i < pending.parts.size(); ++i) {
            IndexPart part = pending.parts[i].part;
            if (pending.parts[i].needsExpression) {
                part.column.clear();
                part.expression =
                    i < parsed.parts.size() && parsed.parts.size() == pending.parts.size()
                        ? parsed.parts[i]
                        : QStringLiteral("<unknown expression>");
            }
            pending.index.parts.append(part);
        }
        pending.index.where = parsed.where;
        return pending.index;
    }

    Status foreignKeys()
    {
        auto q = query(QLatin1String("SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", "
                                     "f.\"to\", f.on_update, f.on_delete FROM ") +
                           m_master + QLatin1String(" AS m JOIN pragma_foreign_key_list(m.name, ") +
                           m_schemaArg + QLatin1String(") AS f") + tableFilter(),
                       QT_TRANSLATE_NOOP("strata::SqliteInspector", "foreign keys"));
        if (!q)
            return q.error();
        QHash<std::pair<qsizetype, int>, qsizetype> byId;
        while (q->next()) {
            const auto table = m_byName.constFind(q->value(0).toString());
            if (table == m_byName.constEnd())
                continue;
            TableState &state = m_tables[*table];
            const int id = q->value(1).toInt();
            auto it = byId.constFind({*table, id});
            if (it == byId.constEnd()) {
                PendingForeignKey key;
                key.id = id;
                key.key.refTable = q->value(3).toString();
                key.key.onUpdate = referenceActionFromSql(q->value(6).toString());
                key.key.onDelete = referenceActionFromSql(q->value(7).toString());
                it = byId.insert({*table, id}, state.foreignKeys.size());
                state.foreignKeys.append(std::move(key));
            }
            state.foreignKeys[*it].rows.append(
                ForeignKeyRow{q->value(2).toInt(), q->value(4).toString(), q->value(5).toString()});
        }
        return Ok{};
    }

    Expected<Schema> finish()
    {
        QHash<QString, const TableState *> byLowerName;
        for (const TableState &state : std::as_const(m_tables))
            byLowerName.insert(state.table.name.toLower(), &state);
        Schema schema;
        schema.name = m_schemaName;
        schema.tables.reserve(m_tables.size());
        for (TableState &state : m_tables) {
            finishForeignKeys(state, byLowerName);
            schema.tables.append(std::move(state.table));
        }
        return schema;
    }

    /// Keeps pragma order, as Atlas does.
    static void finishForeignKeys(TableState &state,
                                  const QHash<QString, const TableState *> &byLowerName)
    {
        std::sort(
            state.foreignKeys.begin(), state.foreignKeys.end(),
            [](const PendingForeignKey &a, const PendingForeignKey &b) { return a.id < b.id; });
        QList<int> ids;
        for (PendingForeignKey &pending : state.foreignKeys) {
            std::sort(pending.rows.begin(), pending.rows.end(),
                      [](const ForeignKeyRow &a, const ForeignKeyRow &b) { return a.seq < b.seq; });
            ForeignKey key = pending.key;
            bool refColumnsKnown = true;
            for (const ForeignKeyRow &row : std::as_const(pending.rows)) {
                key.columns.append(row.from);
                key.refColumns.append(row.to);
                refColumnsKnown = refColumnsKnown && !row.to.isEmpty();
            }
            if (!refColumnsKnown)
                key.refColumns = referencedPrimaryKey(key, byLowerName);
            ids.append(pending.id);
            state.table.foreignKeys.append(std::move(key));
        }
        nameSqliteForeignKeys(state.table.foreignKeys, ids, state.parsed.foreignKeys);
    }

    /// `REFERENCES parent` without columns means the parent's primary key.
    static QStringList referencedPrimaryKey(const ForeignKey &key,
                                            const QHash<QString, const TableState *> &byLowerName)
    {
        QStringList columns = key.refColumns;
        const TableState *parent = byLowerName.value(key.refTable.toLower());
        if (!parent || parent->primaryKeyColumns.size() != columns.size())
            return columns;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns[i].isEmpty())
                columns[i] = parent->primaryKeyColumns[i].second;
        }
        return columns;
    }

    const QSqlDatabase &m_db;
    const QString m_schemaName;
    const TaskControl &m_control;
    const QString m_master;
    const QString m_schemaArg;
    QList<TableState> m_tables;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, QString> m_indexSql;
};

} // namespace

Expected<Schema> inspectSqliteSchema(const QSqlDatabase &db, const QString &schemaName,
                                     const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    return Inspection(db, schemaName, control).run();
}

} // namespace strata
