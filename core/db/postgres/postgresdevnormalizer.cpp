#include "postgresdevnormalizer.h"

#include "dialect/dialect.h"
#include "postgresconnection.h"
#include "postgresdevscript.h"
#include "postgresdialect.h"
#include "postgresinspector.h"
#include "postgresscratchdatabase.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresDevNormalizerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresDevNormalizer)
};

/// Runs the script in the scratch database under the target schema itself, so names the
/// script qualifies with that schema ("public"."enum_x") land where unqualified ones do and
/// the inspected model needs no renaming. `devComment` is the dev database's own comment on
/// the target schema: the scratch copy's comment only counts when the script sets it.
Expected<Realm> normalizeInScratchDatabase(PostgresScratchDatabase &scratch,
                                           const PostgresDevScript &script,
                                           const QString &devComment, const TaskControl &control)
{
    PostgresConnection &connection = scratch.connection();
    if (const Status created = connection.execute(QLatin1String("CREATE SCHEMA IF NOT EXISTS ") +
                                                  postgresQuotedIdentifier(script.target) +
                                                  QLatin1String("; SET search_path TO ") +
                                                  postgresQuotedIdentifier(script.target));
        !created) {
        return created.error();
    }
    const QString templateComment = postgresSchemaComment(connection, script.target);
    control.report(PostgresDevNormalizerTr::tr("Running %1 in scratch database %2")
                       .arg(script.sourceName, scratch.name()));
    if (const Status ran = connection.execute(script.ddl, control); !ran) {
        if (ran.error().cancelled)
            return ran.error();
        return Error{PostgresDevNormalizerTr::tr("%1 failed on the dev database: %2")
                         .arg(script.sourceName, ran.error().message)};
    }
    auto realm = inspectPostgres(connection, script.target, control);
    if (!realm)
        return realm.error();
    const QString scriptComment = postgresSchemaComment(connection, script.target);
    for (Schema &schema : realm.value().schemas)
        schema.comment = scriptComment != templateComment ? scriptComment : devComment;
    return realm;
}

} // namespace

QString postgresScratchSchemaPrefix()
{
    return QStringLiteral("strata_dev_");
}

QString postgresSchemaComment(const PostgresConnection &connection, const QString &schema)
{
    auto rows = connection.query(QStringLiteral("SELECT pg_catalog.obj_description(oid, "
                                                "'pg_namespace') FROM pg_catalog.pg_namespace "
                                                "WHERE nspname = $1"),
                                 {schema});
    return rows && rows->rowCount() > 0 ? rows->text(0, 0) : QString();
}

Expected<Realm> normalizePostgresDdl(const DatabaseUrl &devUrl, const QString &ddl,
                                     const QString &sourceName, const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    control.report(
        PostgresDevNormalizerTr::tr("Connecting to dev database %1").arg(devUrl.toString()));
    auto connection = PostgresConnection::open(devUrl);
    if (!connection)
        return connection.error();
    PostgresConnection &dev = *connection.value();
    const PostgresDevScript script{ddl, sourceName,
                                   dev.schemaScope().isEmpty() ? QStringLiteral("public")
                                                               : dev.schemaScope()};
    if (control.isCancelled())
        return Error::cancellation();
    control.report(PostgresDevNormalizerTr::tr("Creating a scratch database on the server of %1")
                       .arg(devUrl.toString()));
    auto scratch = PostgresScratchDatabase::create(dev);
    if (!scratch)
        return normalizeInScratchSchema(dev, script, scratch.error().message, control);

    auto realm = normalizeInScratchDatabase(*scratch.value(), script,
                                            postgresSchemaComment(dev, script.target), control);
    const Status dropped = scratch.value()->drop();
    if (dropped)
        return realm;
    // A database left on the server outweighs a Cancel: the user must hear about it.
    if (realm || realm.error().cancelled)
        return dropped.error();
    return Error{realm.error().message + QLatin1Char(' ') + dropped.error().message};
}

} // namespace strata
