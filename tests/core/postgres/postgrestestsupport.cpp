#include "postgrestestsupport.h"

#include "db/postgres/postgresconnection.h"
#include "db/postgres/postgresdevnormalizer.h"

#include <QDebug>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace strata::test {

PostgresTestServer::PostgresTestServer()
{
    const QString text = qEnvironmentVariable("STRATA_TEST_POSTGRES_URL");
    if (text.isEmpty()) {
        m_reason = QStringLiteral("STRATA_TEST_POSTGRES_URL is not set: start a server "
                                  "(../shared/recipes/start-postgres.sh) and export its URL");
        return;
    }
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        m_reason = url.error().message;
        return;
    }
    auto connection = PostgresConnection::open(url.value());
    if (!connection) {
        m_reason =
            QStringLiteral("PostgreSQL test server unavailable: ") + connection.error().message;
        return;
    }
    m_url = url.value();
}

bool PostgresTestServer::isRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

std::optional<DatabaseUrl> PostgresTestServer::createDatabase(const QString &name,
                                                              const QString &schema) const
{
    auto connection = PostgresConnection::open(withDatabase(*m_url, m_url->path(), {}));
    if (!connection)
        return std::nullopt;
    const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
    connection.value()->execute(QLatin1String("DROP DATABASE IF EXISTS ") + quoted +
                                QLatin1String(" WITH (FORCE)"));
    if (const Status created =
            connection.value()->execute(QLatin1String("CREATE DATABASE ") + quoted);
        !created) {
        qWarning().noquote() << created.error().message;
        return std::nullopt;
    }
    return withDatabase(*m_url, name, schema);
}

void PostgresTestServer::dropDatabase(const QString &name) const
{
    if (!m_url)
        return;
    auto connection = PostgresConnection::open(withDatabase(*m_url, m_url->path(), {}));
    if (connection) {
        connection.value()->execute(QLatin1String("DROP DATABASE IF EXISTS \"") + name +
                                    QLatin1String("\" WITH (FORCE)"));
    }
}

DatabaseUrl withDatabase(const DatabaseUrl &url, const QString &database, const QString &schema)
{
    QUrl edited(url.toString(false));
    edited.setPath(QLatin1Char('/') + database);
    QUrlQuery query(edited);
    query.removeAllQueryItems(QStringLiteral("search_path"));
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("search_path"), schema);
    edited.setQuery(query);
    return DatabaseUrl::parse(edited.toString()).value();
}

DatabaseUrl withUser(const DatabaseUrl &url, const QString &user, const QString &password)
{
    QUrl edited(url.toString(false));
    edited.setUserName(user);
    edited.setPassword(password);
    return DatabaseUrl::parse(edited.toString()).value();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QLatin1String("<cannot read ") + path + QLatin1Char('>');
    return QString::fromUtf8(file.readAll());
}

bool matchesGolden(const QString &actual, const QString &goldenPath)
{
    if (qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") == 1) {
        QFile file(goldenPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(actual.toUtf8());
        return true;
    }
    const QString expected = readText(goldenPath);
    if (actual != expected)
        qWarning().noquote() << "actual output:\n" << actual;
    return actual == expected;
}

namespace {

/// The first column of `sql` run on `url` with the scratch prefix as $1.
QStringList prefixedNames(const DatabaseUrl &url, const QString &sql)
{
    QStringList names;
    auto connection = PostgresConnection::open(url);
    if (!connection)
        return {QStringLiteral("<cannot connect>")};
    auto rows = connection.value()->query(sql, {postgresScratchSchemaPrefix()});
    if (!rows)
        return {QStringLiteral("<query failed>")};
    for (int r = 0; r < rows->rowCount(); ++r)
        names.append(rows->text(r, 0));
    return names;
}

} // namespace

QStringList scratchSchemas(const DatabaseUrl &url)
{
    return prefixedNames(
        url, QStringLiteral("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)"));
}

QStringList scratchDatabases(const DatabaseUrl &url)
{
    return prefixedNames(
        url, QStringLiteral("SELECT datname FROM pg_database WHERE starts_with(datname, $1)"));
}

} // namespace strata::test
