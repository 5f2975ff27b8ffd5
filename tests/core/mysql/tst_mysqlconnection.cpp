// Connecting to a real server ($STRATA_TEST_MYSQL_URL): version detection, quoting through the
// dialect, and the messages for a wrong password, an unreachable port and an unknown database,
// which must name the masked URL and never the password.

#include "mysqltestsupport.h"

#include "db/registry.h"
#include "dialect/dialect.h"

#include <QTest>
#include <QUrl>

using namespace strata;
using namespace strata::test;

namespace {

const QLatin1String kWrongPassword("Wr0ngPassw0rd-42");

DatabaseUrl withPassword(const QString &password, const QString &database)
{
    QUrl url(mysqlServerUrlText());
    url.setPassword(password);
    url.setPath(database.isEmpty() ? QString() : QLatin1Char('/') + database);
    return DatabaseUrl::parse(url.toString()).value();
}

} // namespace

class TestMysqlConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void detectsTheServer();
    void factoryOpensMysqlUrls();
    void identifiersAreQuotedByTheDialect();
    void wrongPassword();
    void unreachablePort();
    void unknownDatabase();
    void failingStatementNamesTheStatement();
};

void TestMysqlConnection::init()
{
    STRATA_REQUIRE_MYSQL();
}

void TestMysqlConnection::detectsTheServer()
{
    auto connection = MysqlConnection::open(mysqlUrl(QString()));
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));
    const MysqlServerVersion &version = connection.value()->version();
    QVERIFY(version.major() >= 5);
    QVERIFY(!connection.value()->serverVersion().isEmpty());
    QString reported;
    QVERIFY(
        connection.value()->query(QStringLiteral("SELECT @@version"),
                                  [&reported](const MysqlRow &row) { reported = row.text(0); }));
    QCOMPARE(connection.value()->serverVersion(), reported);
    QCOMPARE(version.isMariaDb(), reported.contains(QLatin1String("MariaDB")));
    QCOMPARE(connection.value()->dialectName(),
             version.isMariaDb() ? QStringLiteral("mariadb") : QStringLiteral("mysql"));
    QVERIFY(connection.value()->databaseName().isEmpty());
}

void TestMysqlConnection::factoryOpensMysqlUrls()
{
    auto connection = openConnection(mysqlUrl(QString()));
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));
    QVERIFY(connection.value()->url().toString().startsWith(QLatin1String("mysql://")));
    if (connection.value()->url().hasPassword())
        QVERIFY(connection.value()->url().toString().contains(QLatin1String(":****@")));
    QCOMPARE(connection.value()->serverVersion().isEmpty(), false);
}

void TestMysqlConnection::identifiersAreQuotedByTheDialect()
{
    auto server = connectToMysqlServer();
    QVERIFY(server);
    const Dialect *dialect = dialectByName(server->dialectName());
    QVERIFY(dialect);
    const QString odd = QStringLiteral("we`ird name");
    QString error;
    QVERIFY2(recreateDatabaseWithScript(*server, QStringLiteral("strata_test_quoting"),
                                        QLatin1String("CREATE TABLE ") +
                                            dialect->quoteIdentifier(odd) + QLatin1String(" (") +
                                            dialect->quoteIdentifier(odd) + QLatin1String(" int)"),
                                        &error),
             qPrintable(error));
    QCOMPARE(dialect->quoteIdentifier(odd), QStringLiteral("`we``ird name`"));
    auto connection = MysqlConnection::open(mysqlUrl(QStringLiteral("strata_test_quoting")));
    QVERIFY(connection);
    auto realm = connection.value()->inspect(TaskControl());
    QVERIFY(realm);
    QCOMPARE(realm->schemas.front().tables.front().name, odd);
    QCOMPARE(realm->schemas.front().tables.front().columns.front().name, odd);
}

void TestMysqlConnection::wrongPassword()
{
    const DatabaseUrl url = withPassword(kWrongPassword, QString());
    auto connection = MysqlConnection::open(url);
    QVERIFY(!connection);
    const QString message = connection.error().message;
    QVERIFY2(!message.contains(kWrongPassword), qPrintable(message));
    QVERIFY2(message.contains(url.toString()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(":****@")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Check the user name and password")),
             qPrintable(message));
}

void TestMysqlConnection::unreachablePort()
{
    // Port 1 (tcpmux) is privileged and unused on any machine that runs these tests.
    const int port = 1;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("mysql://app:%1@127.0.0.1:%2/app?timeout=2s").arg(kWrongPassword).arg(port));
    QVERIFY(url);
    auto connection = MysqlConnection::open(url.value());
    QVERIFY(!connection);
    const QString message = connection.error().message;
    QVERIFY2(!message.contains(kWrongPassword), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Cannot reach a MySQL server at 127.0.0.1:") +
                              QString::number(port)),
             qPrintable(message));
    QVERIFY2(message.contains(url->toString()), qPrintable(message));
}

void TestMysqlConnection::unknownDatabase()
{
    const QUrl server(mysqlServerUrlText());
    const DatabaseUrl url = withPassword(server.password(), QStringLiteral("strata_no_such_db"));
    auto connection = MysqlConnection::open(url);
    QVERIFY(!connection);
    const QString message = connection.error().message;
    if (!server.password().isEmpty())
        QVERIFY2(!message.contains(QLatin1Char(':') + server.password() + QLatin1Char('@')),
                 qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("Database \"strata_no_such_db\" does not exist")),
             qPrintable(message));
    QVERIFY2(message.contains(url.toString()), qPrintable(message));
}

void TestMysqlConnection::failingStatementNamesTheStatement()
{
    auto server = connectToMysqlServer();
    QVERIFY(server);
    const Status status = server->execute(QStringLiteral("CREATE TABLE no_db_selected (a int)"));
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(QLatin1String("CREATE TABLE no_db_selected (a int)")),
             qPrintable(status.error().message));
    QVERIFY2(status.error().message.contains(QLatin1String("1046")),
             qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(TestMysqlConnection)
#include "tst_mysqlconnection.moc"
