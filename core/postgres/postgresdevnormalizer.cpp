#include "postgresdevnormalizer.h"

#include "dialect/dialect.h"
#include "postgresconnection.h"
#include "postgresinspector.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresDevNormalizerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresDevNormalizer)
};

QString quoted(const QString &identifier)
{
    return dialectByName(QStringLiteral("postgres"))->quoteIdentifier(identifier);
}

/// Drops the scratch schema when it goes out of scope, on every path out of the normalizer.
class ScratchSchema
{
public:
    ScratchSchema(PostgresConnection &connection, QString name)
        : m_connection(connection)
        , m_name(std::move(name))
    {}
    ~ScratchSchema()
    {
        // A script's failed BEGIN block leaves the session in an aborted transaction, where
        // even DROP is refused.
        if (m_connection.inTransaction())
            m_connection.execute(QStringLiteral("ROLLBACK"));
        m_connection.execute(QLatin1String("DROP SCHEMA IF EXISTS ") + quoted(m_name) +
                             QLatin1String(" CASCADE"));
    }
    ScratchSchema(const ScratchSchema &) = delete;
    ScratchSchema &operator=(const ScratchSchema &) = delete;

private:
    PostgresConnection &m_connection;
    QString m_name;
};

QString randomScratchName()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return postgresScratchSchemaPrefix() +
           QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
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

QString postgresScratchSchemaPrefix()
{
    return QStringLiteral("strata_dev_");
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
    const QString target =
        dev.schemaScope().isEmpty() ? QStringLiteral("public") : dev.schemaScope();
    const QString scratch = randomScratchName();
    if (const Status created = dev.execute(QLatin1String("CREATE SCHEMA ") + quoted(scratch));
        !created) {
        return Error{PostgresDevNormalizerTr::tr(
                         "Cannot create a scratch schema on dev database %1: %2 The dev user "
                         "needs the CREATE privilege on the database.")
                         .arg(devUrl.toString(), created.error().message)};
    }
    const ScratchSchema guard(dev, scratch);
    if (const Status path = dev.execute(QLatin1String("SET search_path TO ") + quoted(scratch));
        !path)
        return path.error();
    control.report(PostgresDevNormalizerTr::tr("Running %1 on the dev database").arg(sourceName));
    if (const Status ran = dev.execute(ddl, control); !ran) {
        if (ran.error().cancelled)
            return ran.error();
        return Error{PostgresDevNormalizerTr::tr("%1 failed on the dev database: %2")
                         .arg(sourceName, ran.error().message)};
    }
    // A script may leave a transaction open; inspection must see what it created.
    if (dev.inTransaction()) {
        if (const Status committed = dev.execute(QStringLiteral("COMMIT")); !committed)
            return committed.error();
    }
    auto realm = inspectPostgres(dev, scratch, control);
    if (!realm)
        return realm.error();
    // The schema the user expects may exist on the dev database (public does): its comment
    // is what inspecting it there would show.
    QString targetComment;
    if (auto rows = dev.query(QStringLiteral("SELECT pg_catalog.obj_description(oid, "
                                             "'pg_namespace') FROM pg_catalog.pg_namespace "
                                             "WHERE nspname = $1"),
                              {target})) {
        targetComment = rows->text(0, 0);
    }
    Realm result;
    for (Schema &schema : realm.value().schemas) {
        result.schemas.append(renamed(std::move(schema), scratch, target));
        result.schemas.last().comment = targetComment;
    }
    return result;
}

} // namespace strata
