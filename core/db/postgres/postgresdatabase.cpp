#include "postgresdatabase.h"

#include "postgresdevsession.h"

#include "parse/pgddlparser.h"
#include "postgresconnection.h"
#include "postgresdevnormalizer.h"
#include "postgresdialect.h"
#include "postgresplanner.h"

#include <QCoreApplication>

namespace strata {

QString PostgresDatabase::name() const
{
    return QStringLiteral("postgres");
}

QString PostgresDatabase::displayName(const QString &) const
{
    return QCoreApplication::translate("strata::SqlDialects", "PostgreSQL");
}

const Dialect &PostgresDatabase::dialect(const QString &) const
{
    return PostgresDialect::instance();
}

const Planner *PostgresDatabase::planner(const QString &) const
{
    static const PostgresPlanner planner;
    return &planner;
}

bool PostgresDatabase::opens(const DatabaseUrl &url) const
{
    return url.scheme() == DatabaseUrl::Scheme::Postgres;
}

std::optional<ServerTraits> PostgresDatabase::serverTraits(const QString &flavour) const
{
    Q_UNUSED(flavour);
    ServerTraits traits;
    traits.scheme = QStringLiteral("postgres");
    traits.serverName = QCoreApplication::translate("strata::SqlDialects", "PostgreSQL");
    traits.defaultPort = 5432;
    // libpq's sslmode values.
    traits.tlsKey = QStringLiteral("sslmode");
    traits.tlsValues = {QStringLiteral("disable"),   QStringLiteral("allow"),
                        QStringLiteral("prefer"),    QStringLiteral("require"),
                        QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    traits.schemaKey = QStringLiteral("search_path");
    traits.exampleUrl =
        QStringLiteral("postgres://user@host:5432/db?sslmode=disable&search_path=public");
    return traits;
}

QString PostgresDatabase::boundSchema(const DatabaseUrl &url) const
{
    return url.queryValue(QStringLiteral("search_path"));
}

std::optional<DevContainer> PostgresDatabase::devContainer(const QString &driver,
                                                           const QString &tag,
                                                           const QString &database,
                                                           const QString &password) const
{
    const QString name = driver.toLower();
    const bool postgis = name == QLatin1String("postgis");
    if (!postgis && name != QLatin1String("postgres"))
        return std::nullopt;
    const QString withTag = tag.isEmpty() ? QString() : QLatin1Char(':') + tag;
    DevContainer container;
    container.driver = QStringLiteral("postgres");
    container.flavour = QStringLiteral("postgres");
    container.containerPort = 5432;
    container.database = QStringLiteral("postgres");
    container.environment = {QStringLiteral("POSTGRES_PASSWORD=") + password};
    if (postgis) {
        // As in Atlas: PostGIS installs its extensions into POSTGRES_DB, so the database the
        // URL names is created empty instead.
        container.image = QStringLiteral("postgis/postgis") + withTag;
        if (!database.isEmpty() && database != QLatin1String("postgres")) {
            container.database = database;
            container.setupStatements.append(
                QStringLiteral("CREATE DATABASE %1").arg(postgresQuotedIdentifier(database)));
        }
    } else {
        container.image = QStringLiteral("postgres") + withTag;
        if (!database.isEmpty()) {
            container.database = database;
            container.environment.append(QStringLiteral("POSTGRES_DB=") + database);
        }
    }
    container.urlScheme = QStringLiteral("postgres");
    container.user = QStringLiteral("postgres");
    // PostgreSQL always connects to a database; its default one exists from the start.
    container.serverDatabase = QStringLiteral("postgres");
    container.fixedQuery = {{QStringLiteral("sslmode"), QStringLiteral("disable")}};
    container.connectTimeout = {QStringLiteral("connect_timeout"), QStringLiteral("2")};
    container.schemaQueryKey = QStringLiteral("search_path");
    return container;
}

Expected<std::unique_ptr<DevSession>>
PostgresDatabase::openDevSession(const DatabaseUrl &devUrl, const TaskControl &control) const
{
    return openPostgresDevSession(devUrl, control);
}

Expected<std::unique_ptr<Connection>> PostgresDatabase::open(const DatabaseUrl &url) const
{
    return asConnection(PostgresConnection::open(url));
}

/// Through the dev database when there is one, else through libpg_query, which reports what it
/// skipped as warnings.
Expected<DdlLoad> PostgresDatabase::loadDdl(const DdlSource &source,
                                            const TaskControl &control) const
{
    DdlLoad load;
    load.flavour = name();
    if (source.devUrl) {
        auto realm = normalizePostgresDdl(*source.devUrl, source.text, source.sourceName, control);
        if (!realm)
            return realm.error();
        load.realm = std::move(realm.value());
        return load;
    }
    control.report(
        QCoreApplication::translate("strata::SchemaLoader", "Parsing %1").arg(source.sourceName));
    auto parsed =
        parsePostgresDdl(source.text, source.sourceName, QStringLiteral("public"), control);
    if (!parsed)
        return parsed.error();
    load.realm = std::move(parsed->realm);
    load.warnings = std::move(parsed->warnings);
    return load;
}

} // namespace strata
