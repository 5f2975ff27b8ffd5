#include "mysqldatabase.h"

#include "mysqlconnection.h"
#include "mysqldevdatabase.h"
#include "mysqldialect.h"
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

bool MysqlDatabase::opens(const DatabaseUrl &url) const
{
    return url.scheme() == DatabaseUrl::Scheme::MySql ||
           url.scheme() == DatabaseUrl::Scheme::MariaDb;
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
