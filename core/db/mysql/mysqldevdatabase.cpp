#include "mysqldevdatabase.h"

#include "mysqlcolumn.h"
#include "mysqlconnection.h"
#include "mysqlstatementsplitter.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlDevDatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlDevDatabase)
};

/// Drops the scratch schema when it goes out of scope, whatever path left the function.
class ScratchSchemaGuard
{
public:
    ScratchSchemaGuard(MysqlConnection &connection, const QString &name)
        : m_connection(connection)
        , m_name(name)
    {}
    ~ScratchSchemaGuard()
    {
        if (const Status status = m_connection.execute(QLatin1String("DROP DATABASE IF EXISTS ") +
                                                       mysqlQuotedIdentifier(m_name));
            !status) {
            qCWarning(lcMysql).noquote() << status.error().message;
        }
    }
    ScratchSchemaGuard(const ScratchSchemaGuard &) = delete;
    ScratchSchemaGuard &operator=(const ScratchSchemaGuard &) = delete;

private:
    MysqlConnection &m_connection;
    QString m_name;
};

} // namespace

QString mysqlRandomScratchName()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return mysqlScratchSchemaPrefix() +
           QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

Expected<QString> mysqlScratchCharsetClause(MysqlConnection &connection, const QString &database)
{
    if (database.isEmpty())
        return QString();
    QString clause;
    const Status status = connection.query(
        QLatin1String("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM "
                      "information_schema.SCHEMATA WHERE SCHEMA_NAME = ") +
            mysqlQuotedString(database),
        [&clause](const MysqlRow &row) {
            if (!row.isNull(0) && !row.isNull(1)) {
                clause = QLatin1String(" CHARACTER SET ") + mysqlQuotedIdentifier(row.text(0)) +
                         QLatin1String(" COLLATE ") + mysqlQuotedIdentifier(row.text(1));
            }
        });
    if (!status)
        return status.error();
    return clause;
}

QString mysqlScratchSchemaPrefix()
{
    return QStringLiteral("strata_dev_");
}

Expected<MysqlDevResult> loadMysqlDdlThroughDev(const QString &script, const QString &sourceName,
                                                const DatabaseUrl &devUrl,
                                                const TaskControl &control)
{
    control.report(MysqlDevDatabaseTr::tr("Connecting to dev database %1").arg(devUrl.toString()));
    auto connection = MysqlConnection::open(devUrl, false);
    if (!connection)
        return connection.error();
    MysqlConnection &dev = *connection.value();
    const QString expectedName = devUrl.path();
    auto clause = mysqlScratchCharsetClause(dev, expectedName);
    if (!clause)
        return clause.error();
    if (control.isCancelled())
        return Error::cancellation();

    const QString scratch = mysqlRandomScratchName();
    if (const Status status = dev.execute(QLatin1String("CREATE DATABASE ") +
                                          mysqlQuotedIdentifier(scratch) + clause.value());
        !status) {
        return Error{MysqlDevDatabaseTr::tr("Cannot create a scratch schema on dev database %1: "
                                            "%2 Give the dev user the CREATE and DROP "
                                            "privileges.")
                         .arg(devUrl.toString(), status.error().message)};
    }
    const ScratchSchemaGuard guard(dev, scratch);
    if (const Status status = dev.execute(QLatin1String("USE ") + mysqlQuotedIdentifier(scratch));
        !status)
        return status.error();

    const QList<MysqlStatement> statements = splitMysqlStatements(script);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (control.isCancelled())
            return Error::cancellation();
        control.report(
            MysqlDevDatabaseTr::tr("Running statement %1 of %2").arg(i + 1).arg(statements.size()),
            int(i), int(statements.size()));
        if (const Status status = dev.execute(statements.at(i).text); !status) {
            return Error{QStringLiteral("%1:%2: %3")
                             .arg(sourceName, QString::number(statements.at(i).line),
                                  status.error().message)};
        }
    }
    if (control.isCancelled())
        return Error::cancellation();
    auto realm = dev.inspectSchemas({scratch}, control);
    if (!realm)
        return realm.error();
    for (Schema &schema : realm->schemas) {
        schema.name = expectedName;
        for (Table &table : schema.tables) {
            for (ForeignKey &key : table.foreignKeys) {
                if (key.refSchema == scratch)
                    key.refSchema.clear();
            }
        }
    }
    return MysqlDevResult{std::move(realm.value()), dev.dialectName()};
}

} // namespace strata
