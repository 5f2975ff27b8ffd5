#include "postgresinspector.h"

#include "postgrescatalogqueries.h"
#include "postgresconnection.h"
#include "postgrestype.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresInspectorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresInspector)
};

constexpr int kStages = 7;

/// A text[] literal: {"a","b\"c"}; every element quoted so any name survives.
QString textArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        item.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted.append(QLatin1Char('"') + item + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

class Inspection
{
public:
    Inspection(const PostgresConnection &connection, const QString &schemaName,
               const TaskControl &control)
        : m_connection(connection)
        , m_schemaName(schemaName)
        , m_control(control)
    {}

    Expected<Realm> run()
    {
        Status status = stage(0, QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading schemas"));
        if (status)
            status = schemas();
        if (status && !m_realm.schemas.isEmpty()) {
            using Step = Status (Inspection::*)();
            const std::pair<const char *, Step> steps[] = {
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading tables"),
                 &Inspection::tables},
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading columns"),
                 &Inspection::columns},
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading indexes"),
                 &Inspection::indexes},
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading foreign keys"),
                 &Inspection::foreignKeys},
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading checks"),
                 &Inspection::checks},
                {QT_TRANSLATE_NOOP("strata::PostgresInspector", "Reading enum types"),
                 &Inspection::enums},
            };
            int done = 1;
            for (const auto &[name, step] : steps) {
                if (!status)
                    break;
                status = stage(done++, name);
                if (status)
                    status = (this->*step)();
            }
        }
        if (!status)
            return status.error();
        return std::move(m_realm);
    }

private:
    Status stage(int done, const char *name) const
    {
        if (m_control.isCancelled())
            return Error::cancellation();
        m_control.report(PostgresInspectorTr::tr(name), done, kStages);
        return Ok{};
    }

    Expected<PostgresResult> query(const char *sql) const
    {
        QElapsedTimer timer;
        timer.start();
        Expected<PostgresResult> rows =
            m_connection.query(QString::fromLatin1(sql), {m_schemaArray});
        qCDebug(lcPostgres).noquote() << "postgres catalog query took" << timer.elapsed()
                                      << "ms:" << QString::fromLatin1(sql).simplified().left(80);
        return rows;
    }

    Status schemas()
    {
        Expected<PostgresResult> rows =
            m_schemaName.isEmpty()
                ? m_connection.query(QString::fromLatin1(postgresqueries::kRealmSchemas))
                : m_connection.query(QString::fromLatin1(postgresqueries::kSchemas),
                                     {textArray({m_schemaName})});
        if (!rows)
            return rows.error();
        QStringList names;
        for (int r = 0; r < rows->rowCount(); ++r) {
            Schema schema;
            schema.name = rows->text(r, 0);
            schema.comment = rows->text(r, 1);
            if (schema.name.isEmpty())
                continue;
            m_schemaIndex.insert(schema.name, m_realm.schemas.size());
            names.append(schema.name);
            m_realm.schemas.append(std::move(schema));
        }
        if (!m_schemaName.isEmpty() && m_realm.schemas.isEmpty()) {
            return Error{PostgresInspectorTr::tr(
                             "Schema \"%1\" does not exist in the database of %2. Check the "
                             "search_path parameter of the URL, or leave it out to inspect every "
                             "schema.")
                             .arg(m_schemaName, m_connection.url().toString())};
        }
        m_schemaArray = textArray(names);
        return Ok{};
    }

    /// The table a row belongs to; nullptr for rows of tables the table query did not return
    /// (created in between, or odd replies), which are skipped.
    Table *table(const QString &schema, const QString &name)
    {
        const auto it = m_tableIndex.constFind({schema, name});
        if (it == m_tableIndex.constEnd())
            return nullptr;
        return &m_realm.schemas[it->first].tables[it->second];
    }

    Status tables()
    {
        auto rows = query(postgresqueries::kTables);
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->rowCount(); ++r) {
            const auto schema = m_schemaIndex.constFind(rows->text(r, 0));
            const QString name = rows->text(r, 1);
            if (schema == m_schemaIndex.constEnd() || name.isEmpty())
                continue;
            Table table;
            table.name = name;
            table.comment = rows->text(r, 2);
            QList<Table> &tables = m_realm.schemas[*schema].tables;
            m_tableIndex.insert({rows->text(r, 0), name}, {*schema, tables.size()});
            tables.append(std::move(table));
        }
        return Ok{};
    }

    Status columns()
    {
        auto rows = query(postgresqueries::kColumns);
        if (!rows)
            return rows.error();
        QHash<const Table *, QList<std::pair<qint64, Column>>> byTable;
        Table *owner = nullptr;
        QString schema;
        QString tableName;
        for (int r = 0; r < rows->rowCount(); ++r) {
            // Rows of one table usually arrive together: look the table up only when it changes.
            const QString rowSchema = rows->text(r, 0);
            const QString rowTable = rows->text(r, 1);
            if (!owner || rowTable != tableName || rowSchema != schema) {
                schema = rowSchema;
                tableName = rowTable;
                owner = table(schema, tableName);
            }
            if (!owner)
                continue;
            Column column;
            column.name = rows->text(r, 2);
            column.type = postgresColumnType(PostgresTypeRow{rows->text(r, 3), rows->text(r, 4),
                                                             rows->text(r, 5), rows->text(r, 6)},
                                             schema);
            column.nullable = !rows->flag(r, 7);
            const QString generated = rows->text(r, 10);
            if (!rows->isNull(r, 8)) {
                if (generated == QLatin1String("s"))
                    column.generated = GeneratedExpression{rows->text(r, 8), true};
                else
                    applyPostgresDefault(column, rows->text(r, 8));
            }
            const QString identity = rows->text(r, 9);
            if (identity == QLatin1String("a") || identity == QLatin1String("d")) {
                column.identity =
                    Identity{identity == QLatin1String("a") ? QStringLiteral("ALWAYS")
                                                            : QStringLiteral("BY DEFAULT"),
                             rows->number(r, 13, 1), rows->number(r, 14, 1)};
            }
            column.comment = rows->text(r, 11);
            column.collation = rows->text(r, 12);
            byTable[owner].append({rows->number(r, 15), std::move(column)});
        }
        for (Schema &schemaModel : m_realm.schemas) {
            for (Table &tableModel : schemaModel.tables) {
                auto it = byTable.find(&tableModel);
                if (it == byTable.end())
                    continue;
                std::sort(it->begin(), it->end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
                tableModel.columns.reserve(it->size());
                qint64 previous = -1;
                for (auto &[attnum, column] : *it) {
                    if (attnum == previous)
                        continue; // a duplicate row from an unexpected catalog join
                    previous = attnum;
                    tableModel.columns.append(std::move(column));
                }
            }
        }
        return Ok{};
    }

    Status indexes()
    {
        auto rows = query(postgresqueries::kIndexes);
        if (!rows)
            return rows.error();
        Table *owner = nullptr;
        Index *index = nullptr;
        QString currentKey;
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QString key =
                rows->text(r, 0) + QChar(0) + rows->text(r, 1) + QChar(0) + rows->text(r, 2);
            if (key != currentKey) {
                currentKey = key;
                index = nullptr;
                owner = table(rows->text(r, 0), rows->text(r, 1));
                if (!owner)
                    continue;
                Index created;
                created.name = rows->text(r, 2);
                created.unique = rows->flag(r, 5);
                const QString method = rows->text(r, 3).toUpper();
                if (method != QLatin1String("BTREE"))
                    created.type = method;
                created.constraint = rows->text(r, 6) == QLatin1String("u");
                created.where = rows->text(r, 7);
                created.comment = rows->text(r, 8);
                if (rows->flag(r, 4)) {
                    owner->primaryKey = std::move(created);
                    index = &*owner->primaryKey;
                } else {
                    owner->indexes.append(std::move(created));
                    index = &owner->indexes.last();
                }
            }
            if (!index)
                continue;
            const qint64 ordinal = rows->number(r, 9);
            const qint64 keyColumns = rows->number(r, 10);
            const QString column = rows->text(r, 11);
            if (ordinal > keyColumns) {
                if (!column.isEmpty())
                    index->include.append(column);
                continue;
            }
            IndexPart part;
            if (column.isEmpty())
                part.expression = rows->text(r, 12);
            else
                part.column = column;
            part.descending = rows->flag(r, 13);
            index->parts.append(std::move(part));
        }
        return Ok{};
    }

    Status foreignKeys()
    {
        auto rows = query(postgresqueries::kForeignKeys);
        if (!rows)
            return rows.error();
        ForeignKey *key = nullptr;
        QString currentKey;
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QString schema = rows->text(r, 0);
            const QString id = schema + QChar(0) + rows->text(r, 1) + QChar(0) + rows->text(r, 2);
            if (id != currentKey) {
                currentKey = id;
                key = nullptr;
                Table *owner = table(schema, rows->text(r, 1));
                if (!owner)
                    continue;
                ForeignKey created;
                created.name = rows->text(r, 2);
                const QString refSchema = rows->text(r, 3);
                if (refSchema != schema)
                    created.refSchema = refSchema;
                created.refTable = rows->text(r, 4);
                created.onUpdate = postgresReferenceAction(rows->text(r, 8));
                created.onDelete = postgresReferenceAction(rows->text(r, 9));
                owner->foreignKeys.append(std::move(created));
                key = &owner->foreignKeys.last();
            }
            if (!key)
                continue;
            key->columns.append(rows->text(r, 6));
            key->refColumns.append(rows->text(r, 7));
        }
        return Ok{};
    }

    Status checks()
    {
        auto rows = query(postgresqueries::kChecks);
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (Table *owner = table(rows->text(r, 0), rows->text(r, 1)))
                owner->checks.append(Check{rows->text(r, 2), rows->text(r, 3), true});
        }
        return Ok{};
    }

    Status enums()
    {
        auto rows = query(postgresqueries::kEnums);
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->rowCount(); ++r) {
            const auto schema = m_schemaIndex.constFind(rows->text(r, 0));
            if (schema == m_schemaIndex.constEnd())
                continue;
            QList<EnumType> &enums = m_realm.schemas[*schema].enums;
            const QString name = rows->text(r, 1);
            if (enums.isEmpty() || enums.constLast().name != name)
                enums.append(EnumType{name, {}});
            enums.last().values.append(rows->text(r, 2));
        }
        return Ok{};
    }

    const PostgresConnection &m_connection;
    const QString m_schemaName;
    const TaskControl &m_control;
    Realm m_realm;
    QString m_schemaArray;
    QHash<QString, qsizetype> m_schemaIndex;
    QHash<std::pair<QString, QString>, std::pair<qsizetype, qsizetype>> m_tableIndex;
};

} // namespace

Expected<Realm> inspectPostgres(const PostgresConnection &connection, const QString &schemaName,
                                const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    return Inspection(connection, schemaName, control).run();
}

} // namespace strata
