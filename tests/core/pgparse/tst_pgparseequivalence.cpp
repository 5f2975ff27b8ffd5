// Equivalence on a real server, for every fixture: the model Strata's parser makes of a script
// without a server equals the dev-database-normalized model, and both equal what inspecting a
// database where the script ran directly reports.

#include "postgrestestsupport.h"

#include "db/postgres/parse/pgddlparser.h"
#include "db/postgres/postgresconnection.h"
#include "db/postgres/postgresdevnormalizer.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

#define PGPARSE_TEST_DATA STRATA_SOURCE_DIR "/tests/data/pgparse"

namespace {

/// The first lines where two HCL texts differ, so a failure shows what to fix.
QString firstDifferences(const QString &got, const QString &want)
{
    const QStringList a = got.split(QLatin1Char('\n'));
    const QStringList b = want.split(QLatin1Char('\n'));
    QStringList report;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()) && report.size() < 24; ++i) {
        if (a.value(i) != b.value(i)) {
            report.append(QStringLiteral("line %1\n  parsed: %2\n  server: %3")
                              .arg(i + 1)
                              .arg(a.value(i), b.value(i)));
        }
    }
    return report.join(QLatin1Char('\n'));
}

const QString kResetPublic = QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA public; "
                                            "COMMENT ON SCHEMA public IS 'standard public schema'");

} // namespace

class TestPgParseEquivalence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsedEqualsNormalizedEqualsDirect_data();
    void parsedEqualsNormalizedEqualsDirect();

private:
    PostgresTestServer m_server;
    std::optional<DatabaseUrl> m_dev;
    std::optional<DatabaseUrl> m_direct;
};

void TestPgParseEquivalence::initTestCase()
{
    if (!m_server.isAvailable())
        return;
    m_dev = m_server.createDatabase(QStringLiteral("strata_tst_pgparse_dev"));
    m_direct = m_server.createDatabase(QStringLiteral("strata_tst_pgparse_direct"));
}

void TestPgParseEquivalence::cleanupTestCase()
{
    m_server.dropDatabase(QStringLiteral("strata_tst_pgparse_dev"));
    m_server.dropDatabase(QStringLiteral("strata_tst_pgparse_direct"));
}

void TestPgParseEquivalence::parsedEqualsNormalizedEqualsDirect_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                 "/reference/sequelize-output/postgres.sql");
    QTest::newRow("ts-sequelize") << QStringLiteral(STRATA_SHARED_DIR
                                                    "/reference/sequelize-output/ts-postgres.sql");
    QTest::newRow("postgres constructs") << QStringLiteral(POSTGRES_TEST_DATA "/constructs.sql");
    QTest::newRow("every construct") << QStringLiteral(PGPARSE_TEST_DATA "/every_construct.sql");
    QTest::newRow("expressions") << QStringLiteral(PGPARSE_TEST_DATA "/expressions.sql");
    QTest::newRow("more expressions") << QStringLiteral(PGPARSE_TEST_DATA "/expressions_more.sql");
    QTest::newRow("sequelize 200 models") << QStringLiteral(PGPARSE_TEST_DATA "/sequelize_200.sql");
}

void TestPgParseEquivalence::parsedEqualsNormalizedEqualsDirect()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QVERIFY(m_dev && m_direct);
    QFETCH(QString, fixture);
    const QString ddl = readText(fixture);
    const Dialect &dialect = *dialectByName(QStringLiteral("postgres"));

    auto parsed = parsePostgresDdl(ddl, QStringLiteral("fixture.sql"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(QLatin1Char('\n'))));

    auto dev = PostgresConnection::open(withDatabase(*m_dev, m_dev->path(), {}));
    QVERIFY(dev);
    QVERIFY(dev.value()->execute(kResetPublic));
    auto normalized = normalizePostgresDdl(*m_dev, ddl, QStringLiteral("fixture.sql"), {});
    QVERIFY2(normalized, qPrintable(normalized ? QString() : normalized.error().message));

    auto direct = PostgresConnection::open(
        withDatabase(*m_direct, m_direct->path(), QStringLiteral("public")));
    QVERIFY(direct);
    QVERIFY(direct.value()->execute(kResetPublic));
    const Status ran = direct.value()->execute(ddl);
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    auto inspected = direct.value()->inspect({});
    QVERIFY(inspected);

    const QString parsedHcl = writeAtlasHcl(parsed->realm, dialect);
    const QString directHcl = writeAtlasHcl(inspected.value(), dialect);
    QVERIFY2(parsedHcl == directHcl, qPrintable(firstDifferences(parsedHcl, directHcl)));
    QCOMPARE(parsed->realm, inspected.value());
    QVERIFY2(writeAtlasHcl(normalized.value(), dialect) == directHcl,
             qPrintable(firstDifferences(writeAtlasHcl(normalized.value(), dialect), directHcl)));
    QCOMPARE(normalized.value(), inspected.value());
    QCOMPARE(parsed->realm, normalized.value());
}

QTEST_GUILESS_MAIN(TestPgParseEquivalence)
#include "tst_pgparseequivalence.moc"
