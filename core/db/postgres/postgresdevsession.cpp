#include "postgresdevsession.h"

#include "postgresconnection.h"
#include "postgresdialect.h"
#include "postgresinspector.h"
#include "postgresresult.h"
#include "postgresscratchdatabase.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresDevSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresDevSession)
};

class PostgresDevSession final : public DevSession
{
public:
    PostgresDevSession(std::unique_ptr<PostgresConnection> dev,
                       std::unique_ptr<PostgresScratchDatabase> scratch, QString schema, bool bound)
        : m_dev(std::move(dev))
        , m_scratch(std::move(scratch))
        , m_schema(std::move(schema))
        , m_bound(bound)
    {}
    ~PostgresDevSession() override
    {
        if (const Status dropped = m_scratch->drop(); !dropped)
            qCWarning(lcPostgres).noquote() << dropped.error().message;
    }

    Status execute(const QString &statement, const TaskControl &control) override
    {
        return m_scratch->connection().execute(statement, control);
    }

    Expected<QString> queryValue(const QString &query, const TaskControl &control) override
    {
        if (control.isCancelled())
            return Error::cancellation();
        auto rows = m_scratch->connection().query(query);
        if (!rows)
            return rows.error();
        return rows->rowCount() > 0 ? rows->text(0, 0) : QString();
    }

    Expected<Realm> inspect(const TaskControl &control) override
    {
        // A dev URL bound to a schema sees that schema; one without search_path sees the
        // whole scratch database, as a realm.
        return inspectPostgres(m_scratch->connection(), m_bound ? m_schema : QString(), control);
    }

private:
    std::unique_ptr<PostgresConnection> m_dev;
    std::unique_ptr<PostgresScratchDatabase> m_scratch;
    QString m_schema;
    bool m_bound = false;
};

} // namespace

Expected<std::unique_ptr<DevSession>> openPostgresDevSession(const DatabaseUrl &devUrl,
                                                             const TaskControl &control)
{
    control.report(
        PostgresDevSessionTr::tr("Connecting to dev database %1").arg(devUrl.toString()));
    auto connection = PostgresConnection::open(devUrl);
    if (!connection)
        return connection.error();
    const QString bound = connection.value()->schemaScope();
    const QString schema = bound.isEmpty() ? QStringLiteral("public") : bound;
    auto scratch = PostgresScratchDatabase::create(*connection.value());
    if (!scratch) {
        return Error{PostgresDevSessionTr::tr("Cannot create a scratch database on dev database "
                                              "%1: %2 Give the dev user CREATEDB.")
                         .arg(devUrl.toString(), scratch.error().message)};
    }
    std::unique_ptr<DevSession> session(new PostgresDevSession(
        std::move(connection.value()), std::move(scratch.value()), schema, !bound.isEmpty()));
    if (const Status prepared = session->execute(
            QLatin1String("CREATE SCHEMA IF NOT EXISTS ") + postgresQuotedIdentifier(schema) +
                QLatin1String("; SET search_path TO ") + postgresQuotedIdentifier(schema),
            control);
        !prepared)
        return prepared.error();
    return session;
}

} // namespace strata
