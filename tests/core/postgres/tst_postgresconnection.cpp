// Connecting to a real PostgreSQL server: version detection, search_path scope, and the
// messages for a wrong password, a closed port and an unknown database, none of which may
// show the password.

#include "postgrestestsupport.h"

#include "db/postgres/postgresconnection.h"
#include "db/registry.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

const QString kSecret = QStringLiteral("s3cret-Pa55word");

DatabaseUrl withPassword(const DatabaseUrl &url, const QString &password)
{
    QUrl edited(url.toString(false));
    edited.setPassword(password);
    return DatabaseUrl::parse(edited.toString()).value();
}

DatabaseUrl withPort(const DatabaseUrl &url, int port)
{
    QUrl edited(url.toString(false));
    edited.setPassword(kSecret);
    edited.setPort(port);
    return DatabaseUrl::parse(edited.toString()).value();
}

/// A privileged port nothing listens on in a test environment.
int closedPort()
{
    return 1;
}

} // namespace

class TestPostgresConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsServerVersion();
    void searchPathSelectsTheSchema();
    void wrongPasswordSaysSoWithoutThePassword();
    void closedPortSaysUnreachable();
    void unknownDatabaseIsNamed();
    void unknownParameterIsReported();
    void factoryOpensPostgresUrls();

private:
    PostgresTestServer m_server;
};

void TestPostgresConnection::detectsServerVersion()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    auto connection = PostgresConnection::open(m_server.url());
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    const QString version = connection.value()->serverVersion();
    QVERIFY2(version.startsWith(QLatin1String("PostgreSQL ")), qPrintable(version));
    QVERIFY(connection.value()->serverVersionNumber() >= 100000);
    QCOMPARE(version.section(QLatin1Char(' '), 1).section(QLatin1Char('.'), 0, 0).toInt(),
             connection.value()->serverVersionNumber() / 10000);
    QCOMPARE(connection.value()->dialectName(), QStringLiteral("postgres"));
}

void TestPostgresConnection::searchPathSelectsTheSchema()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    const DatabaseUrl scoped =
        withDatabase(m_server.url(), m_server.url().path(), QStringLiteral("public"));
    auto connection = PostgresConnection::open(scoped);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    QCOMPARE(connection.value()->schemaScope(), QStringLiteral("public"));
    auto rows = connection.value()->query(QStringLiteral("SELECT current_schema()"));
    QVERIFY(rows);
    QCOMPARE(rows->text(0, 0), QStringLiteral("public"));

    const DatabaseUrl missing =
        withDatabase(m_server.url(), m_server.url().path(), QStringLiteral("no_such_schema"));
    auto other = PostgresConnection::open(missing);
    QVERIFY(other);
    const auto realm = other.value()->inspect(TaskControl());
    QVERIFY(!realm);
    QVERIFY2(realm.error().message.contains(QLatin1String("\"no_such_schema\" does not exist")),
             qPrintable(realm.error().message));
}

void TestPostgresConnection::wrongPasswordSaysSoWithoutThePassword()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    const DatabaseUrl url = withPassword(m_server.url(), kSecret);
    auto connection = openConnection(url);
    QVERIFY(!connection);
    const QString message = connection.error().message;
    QVERIFY2(message.contains(QLatin1String("rejected the user name or password")),
             qPrintable(message));
    QVERIFY2(message.contains(url.toString()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("****")), qPrintable(message));
    QVERIFY2(!message.contains(kSecret), qPrintable(message));
}

void TestPostgresConnection::closedPortSaysUnreachable()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    const int port = closedPort();
    const DatabaseUrl url = withPort(m_server.url(), port);
    auto connection = openConnection(url);
    QVERIFY(!connection);
    const QString message = connection.error().message;
    QVERIFY2(message.startsWith(QLatin1String("Cannot reach the PostgreSQL server at ")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("port ") + QString::number(port)), qPrintable(message));
    // libpq's two lines read as sentences, not "refused Is the server running…?.".
    QVERIFY2(message.endsWith(QLatin1String(
                 "failed: Connection refused. Check the host and port, and that the server is "
                 "running.")),
             qPrintable(message));
    QVERIFY2(!message.contains(kSecret), qPrintable(message));
}

void TestPostgresConnection::unknownDatabaseIsNamed()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    const DatabaseUrl url = withDatabase(m_server.url(), QStringLiteral("strata_no_such_db"), {});
    auto connection = openConnection(url);
    QVERIFY(!connection);
    const QString message = connection.error().message;
    QVERIFY2(message.startsWith(QLatin1String("Database \"strata_no_such_db\" does not exist")),
             qPrintable(message));
    if (m_server.url().hasPassword() && m_server.url().password().size() >= 4)
        QVERIFY(!message.contains(m_server.url().password()));
    QVERIFY2(message.contains(url.toString()), qPrintable(message));
}

void TestPostgresConnection::unknownParameterIsReported()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QUrl edited(m_server.url().toString(false));
    edited.setQuery(edited.query() + QLatin1String("&no_such_option=1"));
    auto connection = PostgresConnection::open(DatabaseUrl::parse(edited.toString()).value());
    QVERIFY(!connection);
    QVERIFY2(connection.error().message.contains(QLatin1String("no_such_option")),
             qPrintable(connection.error().message));
}

void TestPostgresConnection::factoryOpensPostgresUrls()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    auto connection = openConnection(m_server.url());
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    QCOMPARE(connection.value()->dialectName(), QStringLiteral("postgres"));
    QVERIFY(connection.value()->execute(QStringLiteral("SELECT 1")));
    const Status failed = connection.value()->execute(QStringLiteral("SELECT\n  nope FROM x"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("line 2, column 13")),
             qPrintable(failed.error().message));
}

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgresconnection.moc"
