// The fallback of the PostgreSQL dev normalizer for dev users without CREATEDB: the script runs
// in a scratch schema of the dev database itself.

#include "dialect/dialect.h"
#include "postgresconnection.h"
#include "postgresdevscript.h"
#include "postgresdialect.h"
#include "postgresinspector.h"
#include "postgresscratchdatabase.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresScratchSchemaTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresScratchSchema)
};

/// Rolls back the script's transaction and drops the scratch schema on every path out, so the
/// dev database is left as it was.
class ScratchSchema
{
public:
    ScratchSchema(PostgresConnection &connection, QString name)
        : m_connection(connection)
        , m_name(std::move(name))
    {}
    ~ScratchSchema()
    {
        if (m_connection.inTransaction())
            m_connection.execute(QStringLiteral("ROLLBACK"));
        // The schema was created before the transaction, and a script's own COMMIT may have
        // kept what it made in it.
        if (const Status dropped =
                m_connection.execute(QLatin1String("DROP SCHEMA IF EXISTS ") +
                                     postgresQuotedIdentifier(m_name) + QLatin1String(" CASCADE"));
            !dropped) {
            qCWarning(lcPostgres).noquote() << dropped.error().message;
        }
    }
    ScratchSchema(const ScratchSchema &) = delete;
    ScratchSchema &operator=(const ScratchSchema &) = delete;

private:
    PostgresConnection &m_connection;
    QString m_name;
};

/// Schemas other than `scratch` where the open transaction created or changed tables, types or
/// functions: catalog rows a transaction writes carry its id as xmin. Toast and temporary
/// schemas are left out, as every new table may write there.
Expected<QStringList> schemasTouchedOutside(const PostgresConnection &dev, const QString &scratch)
{
    auto rows = dev.query(
        QStringLiteral(
            "SELECT DISTINCT n.nspname FROM (SELECT relnamespace AS ns, xmin FROM "
            "pg_catalog.pg_class UNION ALL SELECT typnamespace, xmin FROM pg_catalog.pg_type "
            "UNION ALL SELECT pronamespace, xmin FROM pg_catalog.pg_proc) AS o JOIN "
            "pg_catalog.pg_namespace AS n ON n.oid = o.ns WHERE o.xmin::text = "
            "(pg_catalog.txid_current() % 4294967296)::text AND n.nspname <> $1 AND n.nspname "
            "!~ '^pg_(toast|temp)' ORDER BY 1"),
        {scratch});
    if (!rows)
        return rows.error();
    QStringList names;
    for (int r = 0; r < rows->rowCount(); ++r)
        names.append(QLatin1Char('"') + rows->text(r, 0) + QLatin1Char('"'));
    return names;
}

/// The inspected scratch schema under the name the user expects; nothing points at the
/// scratch name afterwards.
Schema renamed(Schema schema, const QString &scratch, const QString &target)
{
    schema.name = target;
    for (Table &table : schema.tables) {
        for (ForeignKey &key : table.foreignKeys) {
            if (key.refSchema == scratch)
                key.refSchema.clear();
        }
        for (Column &column : table.columns) {
            if (column.type.enumSchema == scratch)
                column.type.enumSchema.clear();
        }
    }
    return schema;
}

} // namespace

Expected<Realm> normalizeInScratchSchema(PostgresConnection &dev, const PostgresDevScript &script,
                                         const QString &whyNoDatabase, const TaskControl &control)
{
    const QString devUrl = dev.url().toString();
    const QString scratch = PostgresScratchDatabase::randomName();
    if (const Status created =
            dev.execute(QLatin1String("CREATE SCHEMA ") + postgresQuotedIdentifier(scratch));
        !created) {
        return Error{PostgresScratchSchemaTr::tr(
                         "Cannot create a scratch database or a scratch schema for dev database "
                         "%1. %2 %3 Give the dev user the CREATEDB privilege (or at least the "
                         "CREATE privilege on the database).")
                         .arg(devUrl, whyNoDatabase, created.error().message)};
    }
    const ScratchSchema guard(dev, scratch);
    // The transaction, rolled back in the end, keeps whatever the script does outside the
    // scratch schema off the dev database. search_path is set first so that a ROLLBACK in the
    // script cannot undo it.
    if (const Status path =
            dev.execute(QLatin1String("SET search_path TO ") + postgresQuotedIdentifier(scratch));
        !path) {
        return path.error();
    }
    if (const Status begun = dev.execute(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    control.report(
        PostgresScratchSchemaTr::tr("Running %1 in scratch schema %2 of the dev database")
            .arg(script.sourceName, scratch));
    if (const Status ran = dev.execute(script.ddl, control); !ran) {
        if (ran.error().cancelled)
            return ran.error();
        return Error{
            PostgresScratchSchemaTr::tr(
                "%1 failed on the dev database: %2 It ran in a scratch schema, as no "
                "scratch database could be created: %3 If the script qualifies names "
                "with the schema (\"%4\".\"name\"), give the dev user the CREATEDB "
                "privilege.")
                .arg(script.sourceName, ran.error().message, whyNoDatabase, script.target)};
    }
    auto touched = schemasTouchedOutside(dev, scratch);
    if (!touched)
        return touched.error();
    if (!touched->isEmpty()) {
        return Error{
            PostgresScratchSchemaTr::tr(
                "%1 creates or changes objects in schema %2 of dev database %3, outside "
                "the scratch schema it ran in, as no scratch database could be created: "
                "%4 Give the dev user the CREATEDB privilege, so that scripts that "
                "qualify names with the schema run in a scratch database.")
                .arg(script.sourceName, touched->join(QLatin1String(", ")), devUrl, whyNoDatabase)};
    }
    auto realm = inspectPostgres(dev, scratch, control);
    if (!realm)
        return realm.error();
    // The dev database's own target schema, as the script may have left it: its comment is
    // what inspecting it there would show.
    const QString targetComment = postgresSchemaComment(dev, script.target);
    Realm result;
    for (Schema &schema : realm.value().schemas) {
        result.schemas.append(renamed(std::move(schema), scratch, script.target));
        result.schemas.last().comment = targetComment;
    }
    return result;
}

} // namespace strata
