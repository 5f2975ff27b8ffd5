#include "postgresscratchdatabase.h"

#include "dialect/dialect.h"
#include "postgresconnection.h"
#include "postgresdevnormalizer.h"
#include "postgresdialect.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresScratchDatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresScratchDatabase)
};

} // namespace

QString PostgresScratchDatabase::randomName()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return postgresScratchSchemaPrefix() +
           QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

PostgresScratchDatabase::PostgresScratchDatabase(PostgresConnection &dev, QString name)
    : m_dev(dev)
    , m_name(std::move(name))
{}

PostgresScratchDatabase::~PostgresScratchDatabase()
{
    if (const Status dropped = drop(); !dropped)
        qCWarning(lcPostgres).noquote() << dropped.error().message;
}

Expected<std::unique_ptr<PostgresScratchDatabase>>
PostgresScratchDatabase::create(PostgresConnection &dev)
{
    const QString name = randomName();
    if (const Status created =
            dev.execute(QLatin1String("CREATE DATABASE ") + postgresQuotedIdentifier(name));
        !created) {
        return created.error();
    }
    std::unique_ptr<PostgresScratchDatabase> scratch(new PostgresScratchDatabase(dev, name));
    auto connection = PostgresConnection::open(dev.url().withPath(name));
    if (!connection)
        return connection.error();
    scratch->m_connection = std::move(connection.value());
    return scratch;
}

Status PostgresScratchDatabase::drop()
{
    if (m_dropped)
        return Ok{};
    m_dropped = true;
    // A database with a session on it cannot be dropped before PostgreSQL 13; from 13 on,
    // FORCE also ends sessions a script may have opened with dblink and the like.
    m_connection.reset();
    const QString sql = QLatin1String("DROP DATABASE IF EXISTS ") +
                        postgresQuotedIdentifier(m_name) +
                        (m_dev.serverVersionNumber() >= 130000 ? QLatin1String(" WITH (FORCE)")
                                                               : QLatin1String(""));
    Status dropped = m_dev.execute(sql);
    // The dev session may have died during a long script (server restart, idle timeout, the dev
    // database dropped with FORCE): a fresh session can still clean up, on the dev database or
    // else on the maintenance database every server has.
    for (const QString &database : {m_dev.url().path(), QStringLiteral("postgres")}) {
        if (dropped)
            break;
        if (auto fresh = PostgresConnection::open(m_dev.url().withPath(database)))
            dropped = fresh.value()->execute(sql);
    }
    if (dropped)
        return Ok{};
    return Error{PostgresScratchDatabaseTr::tr(
                     "Cannot drop the scratch database \"%1\" on the server of dev database "
                     "%2: %3 Drop it by hand: DROP DATABASE \"%1\";")
                     .arg(m_name, m_dev.url().toString(), dropped.error().message)};
}

} // namespace strata
