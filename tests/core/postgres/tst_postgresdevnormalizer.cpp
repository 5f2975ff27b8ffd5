// Dev-database normalization on a real server: DDL run in a scratch database (or, for a dev
// user without CREATEDB, a scratch schema) gives the same model as running it directly, under
// the schema name the user expects; no scratch database or schema is left behind whether the
// run succeeded, failed or was cancelled, and the dev database itself is left as it was.

#include "postgrestestsupport.h"

#include "db/postgres/postgresconnection.h"
#include "db/postgres/postgresdevnormalizer.h"
#include "load/schemaloader.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace strata;
using namespace strata::test;

namespace {

const QString kDevDatabase = QStringLiteral("strata_tst_dev");
/// Logs in without CREATEDB: the normalizer falls back to a scratch schema.
const QString kNoCreateDbRole = QStringLiteral("strata_tst_nocreatedb");
/// May create databases but has one session at most: the scratch database is created, cannot
/// be reached, and the normalizer falls back to a scratch schema.
const QString kOneSessionRole = QStringLiteral("strata_tst_onesession");
const QString kRolePassword = QStringLiteral("role-secret-2718");

/// What the dev database's public schema holds (objects, comment): it must not change.
QString publicState(const DatabaseUrl &url)
{
    auto connection = PostgresConnection::open(url);
    if (!connection)
        return QStringLiteral("<cannot connect>");
    auto rows = connection.value()->query(QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public') + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON "
        "n.oid = t.typnamespace WHERE n.nspname = 'public'), obj_description((SELECT oid FROM "
        "pg_namespace WHERE nspname = 'public'), 'pg_namespace')"));
    if (!rows)
        return QStringLiteral("<query failed>");
    return rows->text(0, 0) + QLatin1Char('|') + rows->text(0, 1);
}

const QString kUntouchedPublic = QStringLiteral("0|standard public schema");

} // namespace

class TestPostgresDevNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void devNormalizationEqualsDirectExecution_data();
    void devNormalizationEqualsDirectExecution();
    void reportsUnderTheDevUrlSchema_data();
    void reportsUnderTheDevUrlSchema();
    void scratchDroppedAfterFailure_data();
    void scratchDroppedAfterFailure();
    void scratchDroppedAfterCancel_data();
    void scratchDroppedAfterCancel();
    void fallbackRefusesScriptsThatTouchOtherSchemas();
    void unreachableScratchDatabaseIsDroppedAndSchemaUsed();
    void scratchDroppedWhenTheDevSessionDies();
    void connectionErrorsHideThePassword();
    void loaderNormalizesSqlFilesThroughPostgres();
    void loaderWithoutDevDatabaseParsesAsTheDevDatabaseNormalizes();

private:
    /// The dev URL a row logs in with: the test user (scratch database) or the role without
    /// CREATEDB (scratch schema; REQUIRE_ROLES first).
    DatabaseUrl devUrlFor(bool scratchDatabase) const;
    /// Scratch databases on the server, scratch schemas on the dev database, and a changed public
    /// schema there: empty when the normalizer left everything as it was.
    QString leftovers() const;

    PostgresTestServer m_server;
    std::optional<DatabaseUrl> m_dev;
    std::optional<DatabaseUrl> m_direct;
    QString m_rolesMissing;
};

void TestPostgresDevNormalizer::initTestCase()
{
    if (!m_server.isAvailable())
        return;
    m_dev = m_server.createDatabase(kDevDatabase);
    m_direct = m_server.createDatabase(QStringLiteral("strata_tst_direct"));
    if (!m_dev)
        return;
    auto admin = PostgresConnection::open(*m_dev);
    const QString grant = QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2; GRANT CREATE ON "
                                         "SCHEMA public TO %2; ");
    const QString roles =
        QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; CREATE ROLE %1 LOGIN "
                       "NOCREATEDB PASSWORD '%3'; CREATE ROLE %2 LOGIN CREATEDB CONNECTION "
                       "LIMIT 1 PASSWORD '%3'; ")
            .arg(kNoCreateDbRole, kOneSessionRole, kRolePassword) +
        grant.arg(kDevDatabase, kNoCreateDbRole) + grant.arg(kDevDatabase, kOneSessionRole);
    const Status created = admin ? admin.value()->execute(roles) : Status(admin.error());
    if (!created) {
        m_rolesMissing = QStringLiteral("Cannot create the test roles (the test user needs "
                                        "CREATEROLE, as packaging/testservers/start-postgres.sh "
                                        "grants): ") +
                         created.error().message;
    }
}

void TestPostgresDevNormalizer::cleanupTestCase()
{
    m_server.dropDatabase(kDevDatabase);
    m_server.dropDatabase(QStringLiteral("strata_tst_direct"));
    if (m_server.isAvailable()) {
        if (auto admin = PostgresConnection::open(m_server.url())) {
            admin.value()->execute(QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2")
                                       .arg(kNoCreateDbRole, kOneSessionRole));
        }
    }
}

DatabaseUrl TestPostgresDevNormalizer::devUrlFor(bool scratchDatabase) const
{
    return scratchDatabase ? *m_dev : withUser(*m_dev, kNoCreateDbRole, kRolePassword);
}

QString TestPostgresDevNormalizer::leftovers() const
{
    QStringList found = scratchDatabases(m_server.url()) + scratchSchemas(*m_dev);
    if (const QString state = publicState(*m_dev); state != kUntouchedPublic)
        found.append(QStringLiteral("public schema: ") + state);
    return found.join(QLatin1String(", "));
}

/// Skips (locally) or fails (CI=true) a row that needs the test roles when they are missing.
#define REQUIRE_ROLES(needed)                                                                      \
    do {                                                                                           \
        if ((needed) && !m_rolesMissing.isEmpty()) {                                               \
            if (PostgresTestServer::isRequired())                                                  \
                QFAIL(qPrintable(m_rolesMissing));                                                 \
            QSKIP(qPrintable(m_rolesMissing));                                                     \
        }                                                                                          \
    } while (false)

void TestPostgresDevNormalizer::devNormalizationEqualsDirectExecution_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("scratchDatabase");
    const QString sequelize =
        QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/postgres.sql");
    const QString constructs = QStringLiteral(POSTGRES_TEST_DATA "/constructs.sql");
    QTest::newRow("sequelize") << sequelize << true;
    QTest::newRow("ts-sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/ts-postgres.sql")
                                  << true;
    QTest::newRow("constructs") << constructs << true;
    QTest::newRow("schema-qualified names")
        << QStringLiteral(POSTGRES_TEST_DATA "/qualified.sql") << true;
    QTest::newRow("sequelize, scratch schema") << sequelize << false;
    QTest::newRow("constructs, scratch schema") << constructs << false;
}

void TestPostgresDevNormalizer::devNormalizationEqualsDirectExecution()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev && m_direct);
    QFETCH(QString, fixture);
    QFETCH(bool, scratchDatabase);
    REQUIRE_ROLES(!scratchDatabase);
    const QString ddl = readText(fixture);

    auto normalized =
        normalizePostgresDdl(devUrlFor(scratchDatabase), ddl, QStringLiteral("fixture.sql"), {});
    QVERIFY2(normalized, qPrintable(normalized ? QString() : normalized.error().message));
    QCOMPARE(leftovers(), QString());

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
    QCOMPARE(got.comment, want.comment);
    QCOMPARE(normalized.value(), inspected.value());
}

void TestPostgresDevNormalizer::reportsUnderTheDevUrlSchema_data()
{
    QTest::addColumn<bool>("scratchDatabase");
    QTest::newRow("scratch database") << true;
    QTest::newRow("scratch schema") << false;
}

void TestPostgresDevNormalizer::reportsUnderTheDevUrlSchema()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    QFETCH(bool, scratchDatabase);
    REQUIRE_ROLES(!scratchDatabase);
    const DatabaseUrl base = devUrlFor(scratchDatabase);
    const DatabaseUrl dev = withDatabase(base, base.path(), QStringLiteral("dev"));
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
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::scratchDroppedAfterFailure_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("scratchDatabase");
    const QString unknownType =
        QStringLiteral("CREATE TABLE a (id int);\nCREATE TABLE b (id no_such_type);");
    const QString inTransaction = QStringLiteral("BEGIN;\nCREATE TABLE a (id int);\nSELECT 1/0;");
    for (const bool scratchDatabase : {true, false}) {
        const char *place = scratchDatabase ? "database" : "schema";
        QTest::addRow("unknown type, scratch %s", place)
            << unknownType << QStringLiteral("line 2, column 20") << scratchDatabase;
        QTest::addRow("inside a transaction, scratch %s", place)
            << inTransaction << QStringLiteral("division by zero") << scratchDatabase;
    }
}

void TestPostgresDevNormalizer::scratchDroppedAfterFailure()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    QFETCH(QString, ddl);
    QFETCH(QString, where);
    QFETCH(bool, scratchDatabase);
    REQUIRE_ROLES(!scratchDatabase);
    auto realm =
        normalizePostgresDdl(devUrlFor(scratchDatabase), ddl, QStringLiteral("broken.sql"), {});
    QVERIFY(!realm);
    const QString message = realm.error().message;
    QVERIFY2(message.startsWith(QLatin1String("broken.sql failed on the dev database: ")),
             qPrintable(message));
    QVERIFY2(message.contains(where), qPrintable(message));
    // Without a scratch database, a failure may come from qualified names: say what helps.
    QCOMPARE(message.contains(QLatin1String("CREATEDB")), !scratchDatabase);
    QVERIFY2(!message.contains(kRolePassword), qPrintable(message));
    QVERIFY(!realm.error().cancelled);
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::scratchDroppedAfterCancel_data()
{
    QTest::addColumn<bool>("scratchDatabase");
    QTest::newRow("scratch database") << true;
    QTest::newRow("scratch schema") << false;
}

void TestPostgresDevNormalizer::scratchDroppedAfterCancel()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    QFETCH(bool, scratchDatabase);
    REQUIRE_ROLES(!scratchDatabase);
    const TaskControl control;
    QStringList seenDuringRun;
    std::chrono::steady_clock::time_point cancelledAt;
    // Cancel once the scratch place exists, however long a loaded server takes to make it.
    std::thread canceller([&] {
        for (int i = 0; i < 100 && seenDuringRun.isEmpty(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            seenDuringRun =
                scratchDatabase ? scratchDatabases(m_server.url()) : scratchSchemas(*m_dev);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancelledAt = std::chrono::steady_clock::now();
        control.cancel();
    });
    auto realm = normalizePostgresDdl(
        devUrlFor(scratchDatabase), QStringLiteral("CREATE TABLE a (id int); SELECT pg_sleep(20);"),
        QStringLiteral("slow.sql"), control);
    canceller.join();
    QVERIFY(!realm);
    QVERIFY(realm.error().cancelled);
    QVERIFY2(std::chrono::steady_clock::now() - cancelledAt < std::chrono::seconds(10),
             "cancel must interrupt the running statement");
    QCOMPARE(seenDuringRun.size(), 1);
    QVERIFY(seenDuringRun.front().startsWith(postgresScratchSchemaPrefix()));
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::fallbackRefusesScriptsThatTouchOtherSchemas()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    REQUIRE_ROLES(true);
    // The role may create in public: only the normalizer keeps the enum off the dev database.
    auto realm = normalizePostgresDdl(
        devUrlFor(false),
        QStringLiteral("CREATE TYPE \"public\".\"enum_t_s\" AS ENUM ('a', 'b');\n"
                       "CREATE TABLE t (id int, s \"public\".\"enum_t_s\");"),
        QStringLiteral("qualified.sql"), {});
    QVERIFY(!realm);
    const QString message = realm.error().message;
    QVERIFY2(message.startsWith(QLatin1String("qualified.sql creates or changes objects in "
                                              "schema \"public\" of dev database ")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("permission denied to create database")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("CREATEDB")), qPrintable(message));
    QVERIFY2(!message.contains(kRolePassword), qPrintable(message));
    QVERIFY(!realm.error().cancelled);
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::unreachableScratchDatabaseIsDroppedAndSchemaUsed()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    REQUIRE_ROLES(true);
    // The role's one session is the dev connection: the scratch database it creates refuses
    // the second.
    auto realm = normalizePostgresDdl(withUser(*m_dev, kOneSessionRole, kRolePassword),
                                      QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);"),
                                      QStringLiteral("t.sql"), {});
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QCOMPARE(realm.value().schemas.size(), 1);
    QCOMPARE(realm.value().schemas.front().name, QStringLiteral("public"));
    QCOMPARE(realm.value().tableCount(), 1);
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::scratchDroppedWhenTheDevSessionDies()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    // The script, running in the scratch database, ends the dev session that would drop it.
    auto realm = normalizePostgresDdl(
        *m_dev,
        QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);\nSELECT pg_terminate_backend(pid) "
                       "FROM pg_stat_activity WHERE datname = '%1';")
            .arg(kDevDatabase),
        QStringLiteral("t.sql"), {});
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QCOMPARE(realm.value().tableCount(), 1);
    QCOMPARE(leftovers(), QString());
}

void TestPostgresDevNormalizer::connectionErrorsHideThePassword()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev);
    auto realm = normalizePostgresDdl(withUser(*m_dev, QStringLiteral("app"), kRolePassword),
                                      QStringLiteral("CREATE TABLE t (id int);"),
                                      QStringLiteral("t.sql"), {});
    QVERIFY(!realm);
    QVERIFY2(!realm.error().message.contains(kRolePassword), qPrintable(realm.error().message));
    QVERIFY2(realm.error().message.contains(QLatin1String(":****@")),
             qPrintable(realm.error().message));
    QCOMPARE(leftovers(), QString());
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
    QCOMPARE(loaded.value().database.flavour, QStringLiteral("postgres"));
    QCOMPARE(loaded.value().realm.schemas.size(), 1);
    QCOMPARE(loaded.value().realm.schemas.front().name, QStringLiteral("public"));
    QCOMPARE(loaded.value().realm.tableCount(), 2);

    LoadRequest direct;
    direct.url = *m_dev;
    auto inspected = loadSchema(direct, {});
    QVERIFY(inspected);
    QCOMPARE(inspected.value().database.flavour, QStringLiteral("postgres"));
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
