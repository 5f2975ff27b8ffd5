#include "mysqldatabase.h"

#include "mysqldevsession.h"

#include "mysqlquoting.h"

#include "mysqlconnection.h"
#include "mysqldevdatabase.h"
#include "mysqldialect.h"
#include "mysqlplanner.h"
#include "parse/mysqlddlparser.h"

#include <QCoreApplication>

namespace strata {

QString MysqlDatabase::name() const
{
    return QStringLiteral("mysql");
}

QStringList MysqlDatabase::flavours() const
{
    return {mysqlFlavourName(MysqlFlavour::MySql), mysqlFlavourName(MysqlFlavour::MariaDb)};
}

QString MysqlDatabase::displayName(const QString &flavour) const
{
    // "mysql" parses as MySQL 8 and "mariadb" as MariaDB 10.11 (JSON as longtext + json_valid).
    return mysqlFlavourNamed(flavour) == MysqlFlavour::MariaDb
               ? QCoreApplication::translate("strata::SqlDialects", "MariaDB")
               : QCoreApplication::translate("strata::SqlDialects", "MySQL 8");
}

const Dialect &MysqlDatabase::dialect(const QString &flavour) const
{
    static const MysqlDialect mysql(MysqlDialect::Flavour::MySql);
    static const MysqlDialect mariadb(MysqlDialect::Flavour::MariaDb);
    return mysqlFlavourNamed(flavour) == MysqlFlavour::MariaDb
               ? static_cast<const Dialect &>(mariadb)
               : mysql;
}

const Planner *MysqlDatabase::planner(const QString &flavour) const
{
    static const MysqlPlanner mysql(MysqlFlavour::MySql);
    static const MysqlPlanner mariadb(MysqlFlavour::MariaDb);
    return mysqlFlavourNamed(flavour) == MysqlFlavour::MariaDb ? &mariadb : &mysql;
}

bool MysqlDatabase::opens(const DatabaseUrl &url) const
{
    return url.scheme() == DatabaseUrl::Scheme::MySql ||
           url.scheme() == DatabaseUrl::Scheme::MariaDb;
}

std::optional<ServerTraits> MysqlDatabase::serverTraits(const QString &flavour) const
{
    const bool maria = mysqlFlavourNamed(flavour) == MysqlFlavour::MariaDb;
    ServerTraits traits;
    traits.scheme = maria ? QStringLiteral("maria") : QStringLiteral("mysql");
    traits.serverName = maria ? QCoreApplication::translate("strata::SqlDialects", "MariaDB")
                              : QCoreApplication::translate("strata::SqlDialects", "MySQL");
    traits.defaultPort = 3306;
    // The go-sql-driver's tls values, as Atlas passes them on.
    traits.tlsKey = QStringLiteral("tls");
    traits.tlsValues = {QStringLiteral("false"), QStringLiteral("preferred"),
                        QStringLiteral("true"), QStringLiteral("skip-verify")};
    traits.exampleUrl = traits.scheme + QStringLiteral("://user@host:3306/db");
    return traits;
}

QString MysqlDatabase::boundSchema(const DatabaseUrl &url) const
{
    return url.path();
}

std::optional<DevContainer> MysqlDatabase::devContainer(const QString &driver, const QString &tag,
                                                        const QString &database,
                                                        const QString &password) const
{
    const QString name = driver.toLower();
    const bool maria = name == QLatin1String("maria") || name == QLatin1String("mariadb");
    if (!maria && name != QLatin1String("mysql"))
        return std::nullopt;
    DevContainer container;
    container.driver = maria ? QStringLiteral("mariadb") : QStringLiteral("mysql");
    container.flavour = container.driver;
    // Atlas's Docker Hub account, whose MySQL and MariaDB images boot faster than the official
    // ones; without a tag docker's default (latest), as Atlas trims the dangling colon.
    container.image = QStringLiteral("arigaio/") + container.driver +
                      (tag.isEmpty() ? QString() : QLatin1Char(':') + tag);
    container.containerPort = 3306;
    container.environment = {QStringLiteral("MYSQL_ROOT_PASSWORD=") + password};
    if (!database.isEmpty()) {
        container.database = database;
        container.environment.append(QStringLiteral("MYSQL_DATABASE=") + database);
        container.setupStatements.append(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1")
                                             .arg(mysqlQuotedIdentifier(database)));
    }
    container.urlScheme = container.driver;
    container.user = QStringLiteral("root");
    container.connectTimeout = {QStringLiteral("timeout"), QStringLiteral("2s")};
    return container;
}

Expected<std::unique_ptr<DevSession>>
MysqlDatabase::openDevSession(const DatabaseUrl &devUrl, const TaskControl &control) const
{
    return openMysqlDevSession(devUrl, control);
}

Expected<std::unique_ptr<Connection>> MysqlDatabase::open(const DatabaseUrl &url) const
{
    return asConnection(MysqlConnection::open(url));
}

Expected<std::unique_ptr<Connection>> MysqlDatabase::openServer(const DatabaseUrl &url) const
{
    return asConnection(MysqlConnection::open(url, false));
}

Expected<DdlLoad> MysqlDatabase::loadDdl(const DdlSource &source, const TaskControl &control) const
{
    DdlLoad load;
    if (source.devUrl) {
        auto loaded =
            loadMysqlDdlThroughDev(source.text, source.sourceName, *source.devUrl, control);
        if (!loaded)
            return loaded.error();
        load.realm = std::move(loaded->realm);
        load.flavour = loaded->dialect;
        return load;
    }
    control.report(
        QCoreApplication::translate("strata::SchemaLoader", "Parsing %1").arg(source.sourceName));
    auto parsed = parseMysqlDdl(source.text, source.sourceName,
                                MysqlParseOptions::forDialect(source.flavour), control);
    if (!parsed)
        return parsed.error();
    load.realm = std::move(parsed->realm);
    load.flavour = source.flavour;
    load.warnings = std::move(parsed->warnings);
    return load;
}

} // namespace strata
