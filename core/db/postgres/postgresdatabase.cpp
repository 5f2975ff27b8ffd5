#include "postgresdatabase.h"

#include "parse/pgddlparser.h"
#include "postgresconnection.h"
#include "postgresdevnormalizer.h"
#include "postgresdialect.h"

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

bool PostgresDatabase::opens(const DatabaseUrl &url) const
{
    return url.scheme() == DatabaseUrl::Scheme::Postgres;
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
