// Dev-database normalization against a real server ($STRATA_TEST_MYSQL_URL): loading a .sql
// file with `dev = mysql://.../dev` equals executing the file and inspecting the result, and the
// scratch schema is gone afterwards whether the load succeeded, failed or was cancelled.

#include "mysqltestsupport.h"

#include "db/mysql/mysqldevdatabase.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "docker/dockercommand.h"
#include "hclgen/hclwriter.h"
#include "load/schemaloader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

class TestMysqlDevDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dockerDevUrlFailsAtOnce();
    void devNormalizationEqualsDirectInspection_data();
    void devNormalizationEqualsDirectInspection();
    void loaderReadsSqlFilesThroughTheDevDatabase();
    void scratchSchemaIsDroppedAfterFailure();
    void scratchSchemaIsDroppedAfterCancel();
    void devUrlWithoutDatabaseGivesAnUnnamedSchema();

private:
    std::unique_ptr<MysqlConnection> m_server;
};

void TestMysqlDevDatabase::init()
{
    STRATA_REQUIRE_MYSQL();
    if (!m_server)
        m_server = connectToMysqlServer();
    QVERIFY(m_server);
    QVERIFY(m_server->execute(QStringLiteral("CREATE DATABASE IF NOT EXISTS strata_test_dev")));
}

void TestMysqlDevDatabase::cleanup()
{
    if (m_server)
        QCOMPARE(schemasWithPrefix(*m_server, mysqlScratchSchemaPrefix()), QStringList());
}

void TestMysqlDevDatabase::dockerDevUrlFailsAtOnce()
{
    const QString docker = findDockerProgram();
    if (!docker.isEmpty() && dockerEngineAnswers(docker, 5'000))
        QSKIP("a docker engine answers here, so docker:// would start a container");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE t (id int);\n");
    file.close();
    LoadRequest request;
    request.url = DatabaseUrl::parse(QLatin1String("file://") + path).value();
    request.devUrl = DatabaseUrl::parse(QStringLiteral("docker://mysql/8/dev")).value();
    QElapsedTimer clock;
    clock.start();
    const auto result = loadSchema(request, TaskControl());
    QVERIFY(clock.elapsed() < 10'000);
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("docker is not available: set dev to a mysql:// or postgres:// URL "
                            "of a scratch database"));
}

void TestMysqlDevDatabase::devNormalizationEqualsDirectInspection_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sequelize mysql")
        << QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/mysql.sql");
    QTest::newRow("sequelize mariadb")
        << QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/mariadb.sql");
    QTest::newRow("constructs") << QStringLiteral(MYSQL_TEST_DATA "/constructs.sql");
}

void TestMysqlDevDatabase::devNormalizationEqualsDirectInspection()
{
    QFETCH(QString, path);
    const QString script = readText(path);
    QString error;
    QVERIFY2(
        recreateDatabaseWithScript(*m_server, QStringLiteral("strata_test_direct"), script, &error),
        qPrintable(error));
    auto direct = MysqlConnection::open(mysqlUrl(QStringLiteral("strata_test_direct")));
    QVERIFY(direct);
    auto expected = direct.value()->inspect(TaskControl());
    QVERIFY(expected);
    expected->schemas.front().name = QStringLiteral("strata_test_dev");
    // The scratch schema copies the dev database's charset; make the direct one alike.
    const Schema devSchema = [&] {
        auto dev = MysqlConnection::open(mysqlUrl(QStringLiteral("strata_test_dev")));
        return dev.value()->inspect(TaskControl()).value().schemas.front();
    }();
    expected->schemas.front().charset = devSchema.charset;
    expected->schemas.front().collation = devSchema.collation;

    auto normalized =
        loadMysqlDdlThroughDev(script, QStringLiteral("schema.sql"),
                               mysqlUrl(QStringLiteral("strata_test_dev")), TaskControl());
    QVERIFY2(normalized, normalized ? "" : qPrintable(normalized.error().message));
    QCOMPARE(normalized->dialect, m_server->dialectName());
    const Dialect *dialect = dialectByName(normalized->dialect);
    QCOMPARE(writeAtlasHcl(normalized->realm, *dialect), writeAtlasHcl(expected.value(), *dialect));
    QVERIFY(normalized->realm == expected.value());
}

void TestMysqlDevDatabase::loaderReadsSqlFilesThroughTheDevDatabase()
{
    LoadRequest request;
    request.url = DatabaseUrl::parse(QStringLiteral("file://" STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/mysql.sql"))
                      .value();
    request.devUrl = mysqlUrl(QStringLiteral("strata_test_dev"));
    const auto result = loadSchema(request, TaskControl());
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->database.flavour, m_server->dialectName());
    QCOMPARE(result->realm.schemas.size(), 1);
    QCOMPARE(result->realm.schemas.front().name, QStringLiteral("strata_test_dev"));
    QCOMPARE(result->realm.schemas.front().tables.size(), 2);
    const QString hcl = writeAtlasHcl(result->realm, result->database.dialect());
    QVERIFY(hcl.contains(QLatin1String("table \"Tasks\" {\n  schema = schema.strata_test_dev\n")));
    QVERIFY(hcl.contains(QLatin1String("foreign_key \"Tasks_ibfk_1\"")));

    // Without a dev database, the dialect's own parser reads the file, under the dialect's
    // default schema name (MySQL has none), with the same tables.
    request.devUrl.reset();
    request.dialect = m_server->dialectName();
    const auto parsed = loadSchema(request, TaskControl());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->database.flavour, m_server->dialectName());
    QCOMPARE(parsed->realm.schemas.front().name, QString());
    QCOMPARE(parsed->realm.schemas.front().tables.size(), 2);
}

void TestMysqlDevDatabase::scratchSchemaIsDroppedAfterFailure()
{
    const QString script = QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                                          "\n"
                                          "CREATE TABLE b (id int REFERENCES nowhere (id),\n"
                                          "  FOREIGN KEY (id) REFERENCES missing (id));\n");
    const auto result =
        loadMysqlDdlThroughDev(script, QStringLiteral("broken.sql"),
                               mysqlUrl(QStringLiteral("strata_test_dev")), TaskControl());
    QVERIFY(!result);
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(QLatin1String("broken.sql:3: Statement \"CREATE TABLE b")),
             qPrintable(message));
    QVERIFY2(!message.contains(QUrl(mysqlServerUrlText())
                                   .password()
                                   .prepend(QLatin1Char(':'))
                                   .append(QLatin1Char('@'))) ||
                 QUrl(mysqlServerUrlText()).password().isEmpty(),
             qPrintable(message));
    // cleanup() checks that no strata_dev_ schema is left.
}

void TestMysqlDevDatabase::scratchSchemaIsDroppedAfterCancel()
{
    QString script;
    for (int i = 0; i < 20; ++i)
        script += QStringLiteral("CREATE TABLE t%1 (id int);\n").arg(i);
    int statements = 0;
    TaskControl control([&](const QString &stage, int, int) {
        // Cancel once the scratch schema exists and a few statements ran.
        if (stage.startsWith(QLatin1String("Running statement")) && ++statements == 3)
            control.cancel();
    });
    const auto result = loadMysqlDdlThroughDev(
        script, QStringLiteral("long.sql"), mysqlUrl(QStringLiteral("strata_test_dev")), control);
    QVERIFY(!result);
    QVERIFY(result.error().cancelled);
    QCOMPARE(statements, 3);
}

void TestMysqlDevDatabase::devUrlWithoutDatabaseGivesAnUnnamedSchema()
{
    const auto result =
        loadMysqlDdlThroughDev(QStringLiteral("CREATE TABLE t (id int);"), QStringLiteral("t.sql"),
                               mysqlUrl(QString()), TaskControl());
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->realm.schemas.size(), 1);
    QCOMPARE(result->realm.schemas.front().name, QString());
    QCOMPARE(result->realm.schemas.front().tables.front().name, QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestMysqlDevDatabase)
#include "tst_mysqldevdatabase.moc"
