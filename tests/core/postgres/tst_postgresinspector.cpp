// Inspection of a real PostgreSQL database after running DDL on it, compared with golden
// Atlas HCL and SQL (tests/data/postgres/golden). Each test works in its own database.
// STRATA_UPDATE_GOLDEN=1 rewrites the goldens; review the diff against Atlas's own output.

#include "postgrestestsupport.h"

#include "db/postgres/postgresconnection.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

class TestPostgresInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();
    void schemaMatchesGolden_data();
    void schemaMatchesGolden();
    void realmWithTwoSchemasMatchesGolden();
    void sqlOutputRunsAndInspectsTheSame_data() { schemaMatchesGolden_data(); }
    void sqlOutputRunsAndInspectsTheSame();
    void queryCountDoesNotGrowWithTables();

private:
    /// Runs `fixture` on a fresh database and inspects it through `schema` (empty = realm).
    Realm runAndInspect(const QString &database, const QString &ddl, const QString &schema);

    PostgresTestServer m_server;
    QStringList m_databases;
};

void TestPostgresInspector::cleanupTestCase()
{
    for (const QString &database : std::as_const(m_databases))
        m_server.dropDatabase(database);
}

Realm TestPostgresInspector::runAndInspect(const QString &database, const QString &ddl,
                                           const QString &schema)
{
    m_databases.append(database);
    const auto url = m_server.createDatabase(database, schema);
    if (!url)
        return {};
    auto connection = PostgresConnection::open(*url);
    if (!connection) {
        qWarning().noquote() << connection.error().message;
        return {};
    }
    if (const Status ran = connection.value()->execute(ddl); !ran) {
        qWarning().noquote() << ran.error().message;
        return {};
    }
    auto realm = connection.value()->inspect(TaskControl());
    if (!realm) {
        qWarning().noquote() << realm.error().message;
        return {};
    }
    return realm.value();
}

void TestPostgresInspector::schemaMatchesGolden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("golden");
    QTest::newRow("sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                 "/reference/sequelize-output/postgres.sql")
                               << QStringLiteral("sequelize");
    QTest::newRow("ts-sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/ts-postgres.sql")
                                  << QStringLiteral("ts-sequelize");
    QTest::newRow("constructs") << QStringLiteral(POSTGRES_TEST_DATA "/constructs.sql")
                                << QStringLiteral("constructs");
}

void TestPostgresInspector::schemaMatchesGolden()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, fixture);
    QFETCH(QString, golden);
    const QString database = QLatin1String("strata_tst_inspect_") +
                             QString(golden).replace(QLatin1Char('-'), QLatin1Char('_'));
    const Realm realm = runAndInspect(database, readText(fixture), QStringLiteral("public"));
    QCOMPARE(realm.schemas.size(), 1);
    const Dialect *dialect = dialectByName(QStringLiteral("postgres"));
    QVERIFY(dialect);
    QVERIFY(matchesGolden(writeAtlasHcl(realm, *dialect),
                          QStringLiteral(POSTGRES_TEST_DATA "/golden/") + golden +
                              QLatin1String(".hcl")));
    QVERIFY(matchesGolden(writeSchemaSql(realm, *dialect, QStringLiteral("  ")),
                          QStringLiteral(POSTGRES_TEST_DATA "/golden/") + golden +
                              QLatin1String(".sql")));
}

void TestPostgresInspector::realmWithTwoSchemasMatchesGolden()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    const Realm realm =
        runAndInspect(QStringLiteral("strata_tst_realm"),
                      readText(QStringLiteral(POSTGRES_TEST_DATA "/two_schemas.sql")), QString());
    QStringList names;
    for (const Schema &schema : realm.schemas)
        names.append(schema.name);
    QCOMPARE(names, (QStringList{QStringLiteral("crm"), QStringLiteral("public"),
                                 QStringLiteral("sales")}));
    const Dialect *dialect = dialectByName(QStringLiteral("postgres"));
    QVERIFY(matchesGolden(writeAtlasHcl(realm, *dialect),
                          QStringLiteral(POSTGRES_TEST_DATA "/golden/two_schemas.hcl")));
    QVERIFY(matchesGolden(writeSchemaSql(realm, *dialect, QStringLiteral("  ")),
                          QStringLiteral(POSTGRES_TEST_DATA "/golden/two_schemas.sql")));
}

void TestPostgresInspector::sqlOutputRunsAndInspectsTheSame()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, fixture);
    QFETCH(QString, golden);
    golden.replace(QLatin1Char('-'), QLatin1Char('_'));
    const Realm first = runAndInspect(QLatin1String("strata_tst_first_") + golden,
                                      readText(fixture), QStringLiteral("public"));
    QCOMPARE(first.schemas.size(), 1);
    const QString sql =
        writeSchemaSql(first, *dialectByName(QStringLiteral("postgres")), QStringLiteral("  "));
    Realm second =
        runAndInspect(QLatin1String("strata_tst_second_") + golden, sql, QStringLiteral("public"));
    QCOMPARE(second.schemas.size(), 1);
    QCOMPARE(second.schemas.front().tables, first.schemas.front().tables);
    QCOMPARE(second.schemas.front().enums, first.schemas.front().enums);
}

void TestPostgresInspector::queryCountDoesNotGrowWithTables()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QList<int> counts;
    for (int tables : {1, 60}) {
        const QString database = QLatin1String("strata_tst_count_") + QString::number(tables);
        m_databases.append(database);
        const auto url = m_server.createDatabase(database);
        QVERIFY(url);
        auto connection = PostgresConnection::open(*url);
        QVERIFY(connection);
        QVERIFY(connection.value()->execute(QStringLiteral("CREATE SCHEMA other")));
        for (int t = 0; t < tables; ++t) {
            const QString name = QLatin1String("t") + QString::number(t);
            QVERIFY(connection.value()->execute(
                QLatin1String("CREATE TABLE ") + name +
                QLatin1String(" (id serial PRIMARY KEY, "
                              "v text UNIQUE); ") +
                QLatin1String("CREATE TABLE other.") + name +
                QLatin1String(" (id int REFERENCES public.") + name +
                QLatin1String(" (id), CHECK (id > 0)); CREATE INDEX ON other.") + name +
                QLatin1String(" (id);")));
        }
        const int before = connection.value()->queryCount();
        auto realm = connection.value()->inspect(TaskControl());
        QVERIFY(realm);
        QCOMPARE(realm.value().tableCount(), 2 * tables);
        counts.append(connection.value()->queryCount() - before);
    }
    QCOMPARE(counts, (QList<int>{7, 7}));
}

QTEST_GUILESS_MAIN(TestPostgresInspector)
#include "tst_postgresinspector.moc"
