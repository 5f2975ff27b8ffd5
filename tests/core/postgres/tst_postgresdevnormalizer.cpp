// Dev-database normalization on a real server: DDL run in a scratch schema gives the same
// model as running it directly, under the schema name the user expects, and the scratch
// schema is gone afterwards whether the run succeeded, failed or was cancelled.

#include "postgrestestsupport.h"

#include "load/schemaloader.h"
#include "postgres/postgresconnection.h"
#include "postgres/postgresdevnormalizer.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace strata;
using namespace strata::test;

class TestPostgresDevNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void devNormalizationEqualsDirectExecution_data();
    void devNormalizationEqualsDirectExecution();
    void reportsUnderTheDevUrlSchema();
    void scratchSchemaDroppedAfterFailure_data();
    void scratchSchemaDroppedAfterFailure();
    void scratchSchemaDroppedAfterCancel();
    void loaderNormalizesSqlFilesThroughPostgres();
    void loaderWithoutDevDatabaseParsesAsTheDevDatabaseNormalizes();

private:
    PostgresTestServer m_server;
    std::optional<DatabaseUrl> m_dev;
    std::optional<DatabaseUrl> m_direct;
};

void TestPostgresDevNormalizer::initTestCase()
{
    if (!m_server.isAvailable())
        return;
    m_dev = m_server.createDatabase(QStringLiteral("strata_tst_dev"));
    m_direct = m_server.createDatabase(QStringLiteral("strata_tst_direct"));
}

void TestPostgresDevNormalizer::cleanupTestCase()
{
    m_server.dropDatabase(QStringLiteral("strata_tst_dev"));
    m_server.dropDatabase(QStringLiteral("strata_tst_direct"));
}

void TestPostgresDevNormalizer::devNormalizationEqualsDirectExecution_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                 "/reference/sequelize-output/postgres.sql");
    QTest::newRow("ts-sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/ts-postgres.sql");
    QTest::newRow("constructs") << QStringLiteral(POSTGRES_TEST_DATA "/constructs.sql");
}

void TestPostgresDevNormalizer::devNormalizationEqualsDirectExecution()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev && m_direct);
    QFETCH(QString, fixture);
    const QString ddl = readText(fixture);

    auto normalized = normalizePostgresDdl(*m_dev, ddl, QStringLiteral("fixture.sql"), {});
    QVERIFY2(normalized, qPrintable(normalized ? QString() : normalized.error().message));
    QVERIFY(scratchSchemas(*m_dev).isEmpty());

    auto direct = PostgresConnection::open(
        withDatabase(*m_direct, m_direct->path(), QStringLiteral("public")));
    QVERIFY(direct);
    QVERIFY(direct.value()->execute(QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA "
                                                   "public; COMMENT ON SCHEMA public IS "
                                                   "'standard public schema'")));
    const Status ran = direct.value()->execute(ddl);
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    auto inspected = direct.value()->inspect({});
    QVERIFY(inspected);

    QCOMPARE(normalized.value().schemas.size(), 1);
    const Schema &got = normalized.value().schemas.front();
    const Schema &want = inspected.value().schemas.front();
    QCOMPARE(got.name, QStringLiteral("public"));
    QCOMPARE(got.tables, want.tables);
    QCOMPARE(got.enums, want.enums);
    QCOMPARE(normalized.value(), inspected.value());
}

void TestPostgresDevNormalizer::reportsUnderTheDevUrlSchema()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    const DatabaseUrl dev = withDatabase(*m_dev, m_dev->path(), QStringLiteral("dev"));
    auto realm = normalizePostgresDdl(dev,
                                      QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, "
                                                     "p int REFERENCES t (id));"),
                                      QStringLiteral("t.sql"), {});
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QCOMPARE(realm.value().schemas.size(), 1);
    const Schema &schema = realm.value().schemas.front();
    QCOMPARE(schema.name, QStringLiteral("dev"));
    QCOMPARE(schema.tables.size(), 1);
    QCOMPARE(schema.tables.front().foreignKeys.size(), 1);
    QVERIFY(schema.tables.front().foreignKeys.front().refSchema.isEmpty());
    QVERIFY(scratchSchemas(*m_dev).isEmpty());
}

void TestPostgresDevNormalizer::scratchSchemaDroppedAfterFailure_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown type")
        << QStringLiteral("CREATE TABLE a (id int);\nCREATE TABLE b (id no_such_type);")
        << QStringLiteral("line 2, column 20");
    QTest::newRow("inside a transaction")
        << QStringLiteral("BEGIN;\nCREATE TABLE a (id int);\nSELECT 1/0;")
        << QStringLiteral("division by zero");
}

void TestPostgresDevNormalizer::scratchSchemaDroppedAfterFailure()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    QFETCH(QString, ddl);
    QFETCH(QString, where);
    auto realm = normalizePostgresDdl(*m_dev, ddl, QStringLiteral("broken.sql"), {});
    QVERIFY(!realm);
    const QString message = realm.error().message;
    QVERIFY2(message.startsWith(QLatin1String("broken.sql failed on the dev database: ")),
             qPrintable(message));
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY(!realm.error().cancelled);
    QCOMPARE(scratchSchemas(*m_dev), QStringList());
}

void TestPostgresDevNormalizer::scratchSchemaDroppedAfterCancel()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    const TaskControl control;
    QStringList seenDuringRun;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        seenDuringRun = scratchSchemas(*m_dev);
        control.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    auto realm = normalizePostgresDdl(
        *m_dev, QStringLiteral("CREATE TABLE a (id int); SELECT pg_sleep(20);"),
        QStringLiteral("slow.sql"), control);
    canceller.join();
    QVERIFY(!realm);
    QVERIFY(realm.error().cancelled);
    QVERIFY2(timer.elapsed() < 10000, "cancel must interrupt the running statement");
    QCOMPARE(seenDuringRun.size(), 1);
    QVERIFY(seenDuringRun.front().startsWith(postgresScratchSchemaPrefix()));
    QCOMPARE(scratchSchemas(*m_dev), QStringList());
}

void TestPostgresDevNormalizer::loaderNormalizesSqlFilesThroughPostgres()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    LoadRequest request;
    request.url = DatabaseUrl::parse(QStringLiteral("file://" STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/postgres.sql"))
                      .value();
    request.devUrl = *m_dev;
    auto loaded = loadSchema(request, {});
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().dialect, QStringLiteral("postgres"));
    QCOMPARE(loaded.value().realm.schemas.size(), 1);
    QCOMPARE(loaded.value().realm.schemas.front().name, QStringLiteral("public"));
    QCOMPARE(loaded.value().realm.tableCount(), 2);

    LoadRequest direct;
    direct.url = *m_dev;
    auto inspected = loadSchema(direct, {});
    QVERIFY(inspected);
    QCOMPARE(inspected.value().dialect, QStringLiteral("postgres"));
}

void TestPostgresDevNormalizer::loaderWithoutDevDatabaseParsesAsTheDevDatabaseNormalizes()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    LoadRequest request;
    request.url =
        DatabaseUrl::parse(QStringLiteral("file://" POSTGRES_TEST_DATA "/constructs.sql")).value();
    request.dialect = QStringLiteral("postgres");
    auto parsed = loadSchema(request, {});
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->warnings.isEmpty());
    request.devUrl = *m_dev;
    auto normalized = loadSchema(request, {});
    QVERIFY2(normalized, qPrintable(normalized ? QString() : normalized.error().message));
    QCOMPARE(parsed->realm, normalized->realm);
}

QTEST_GUILESS_MAIN(TestPostgresDevNormalizer)
#include "tst_postgresdevnormalizer.moc"
