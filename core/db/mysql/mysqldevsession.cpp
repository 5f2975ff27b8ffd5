#include "mysqldevsession.h"

#include "mysqlconnection.h"
#include "mysqldevdatabase.h"
#include "mysqlquoting.h"
#include "mysqlrow.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlDevSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlDevDatabase)
};

class MysqlDevSession final : public DevSession
{
public:
    MysqlDevSession(std::unique_ptr<MysqlConnection> connection, QString scratch,
                    QString reportedName)
        : m_connection(std::move(connection))
        , m_scratch(std::move(scratch))
        , m_reportedName(std::move(reportedName))
    {}
    ~MysqlDevSession() override
    {
        if (const Status status = m_connection->execute(QLatin1String("DROP DATABASE IF EXISTS ") +
                                                        mysqlQuotedIdentifier(m_scratch));
            !status) {
            qCWarning(lcMysql).noquote() << status.error().message;
        }
    }

    Status execute(const QString &statement, const TaskControl &control) override
    {
        if (control.isCancelled())
            return Error::cancellation();
        return m_connection->execute(statement);
    }

    Expected<QString> queryValue(const QString &query, const TaskControl &control) override
    {
        if (control.isCancelled())
            return Error::cancellation();
        QString value;
        bool first = true;
        const Status status = m_connection->query(query, [&](const MysqlRow &row) {
            if (first && !row.isNull(0))
                value = row.text(0);
            first = false;
        });
        if (!status)
            return status.error();
        return value;
    }

    Expected<Realm> inspect(const TaskControl &control) override
    {
        auto realm = m_connection->inspectSchemas({m_scratch}, control);
        if (!realm)
            return realm.error();
        for (Schema &schema : realm->schemas) {
            schema.name = m_reportedName;
            for (Table &table : schema.tables) {
                for (ForeignKey &key : table.foreignKeys) {
                    if (key.refSchema == m_scratch)
                        key.refSchema.clear();
                }
            }
        }
        return realm;
    }

private:
    std::unique_ptr<MysqlConnection> m_connection;
    QString m_scratch;
    QString m_reportedName;
};

} // namespace

Expected<std::unique_ptr<DevSession>> openMysqlDevSession(const DatabaseUrl &devUrl,
                                                          const TaskControl &control)
{
    control.report(MysqlDevSessionTr::tr("Connecting to dev database %1").arg(devUrl.toString()));
    auto connection = MysqlConnection::open(devUrl, false);
    if (!connection)
        return connection.error();
    MysqlConnection &dev = *connection.value();
    auto clause = mysqlScratchCharsetClause(dev, devUrl.path());
    if (!clause)
        return clause.error();
    const QString scratch = mysqlRandomScratchName();
    if (const Status status = dev.execute(QLatin1String("CREATE DATABASE ") +
                                          mysqlQuotedIdentifier(scratch) + clause.value());
        !status) {
        return Error{MysqlDevSessionTr::tr("Cannot create a scratch schema on dev database %1: "
                                           "%2 Give the dev user the CREATE and DROP "
                                           "privileges.")
                         .arg(devUrl.toString(), status.error().message)};
    }
    // From here on the session owns the scratch schema and drops it, whatever happens next.
    std::unique_ptr<DevSession> session(
        new MysqlDevSession(std::move(connection.value()), scratch, devUrl.path()));
    if (const Status status = dev.execute(QLatin1String("USE ") + mysqlQuotedIdentifier(scratch));
        !status)
        return status.error();
    return session;
}

} // namespace strata
