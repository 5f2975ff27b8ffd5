// Equivalence against a real server ($STRATA_TEST_MYSQL_URL), for every fixture: the model the
// parser makes without a server == the model dev-database normalization makes == inspecting a
// database where the script ran directly. Compared as Atlas HCL (readable on failure) and as
// Realm ==.

#include "../mysql/mysqltestsupport.h"
#include "db/registry.h"

#include "db/mysql/mysqldevdatabase.h"
#include "db/mysql/parse/mysqlddlparser.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

/// The first difference between two realms, so a failing == says where.
QString firstDifference(const Realm &a, const Realm &b)
{
    if (a.schemas.size() != b.schemas.size())
        return QStringLiteral("schema count %1 vs %2").arg(a.schemas.size()).arg(b.schemas.size());
    for (qsizetype s = 0; s < a.schemas.size(); ++s) {
        const Schema &x = a.schemas.at(s);
        const Schema &y = b.schemas.at(s);
        if (x.name != y.name || x.charset != y.charset || x.collation != y.collation)
            return QStringLiteral("schema %1/%2 %3/%4")
                .arg(x.name, y.name, x.collation, y.collation);
        if (x.tables.size() != y.tables.size())
            return QStringLiteral("table count %1 vs %2").arg(x.tables.size()).arg(y.tables.size());
        for (qsizetype t = 0; t < x.tables.size(); ++t) {
            const Table &p = x.tables.at(t);
            const Table &q = y.tables.at(t);
            if (p == q)
                continue;
            for (qsizetype c = 0; c < std::min(p.columns.size(), q.columns.size()); ++c) {
                const Column &l = p.columns.at(c);
                const Column &r = q.columns.at(c);
                if (!(l == r)) {
                    return QStringLiteral("%1.%2: type %3/%4 null %5/%6 default %7/%8 charset "
                                          "%9/%10 collation %11/%12")
                        .arg(p.name, l.name, l.type.normalized, r.type.normalized)
                        .arg(l.nullable)
                        .arg(r.nullable)
                        .arg(l.defaultValue ? l.defaultValue->sql : QStringLiteral("-"),
                             r.defaultValue ? r.defaultValue->sql : QStringLiteral("-"), l.charset,
                             r.charset, l.collation, r.collation);
                }
            }
            return QStringLiteral("table %1 differs (indexes, keys, checks or options)")
                .arg(p.name);
        }
    }
    return QStringLiteral("no difference found");
}

/// The lines where two texts first differ, with a little context, for failure messages.
QString lineDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList b = expected.split(QLatin1Char('\n'));
    QString out;
    int shown = 0;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()) && shown < 12; ++i) {
        if (a.value(i) == b.value(i))
            continue;
        out += QStringLiteral("\nline %1:\n  parsed:   %2\n  expected: %3")
                   .arg(i + 1)
                   .arg(a.value(i), b.value(i));
        ++shown;
    }
    return out;
}

} // namespace

class TestMysqlParseEquivalence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parsedEqualsNormalizedEqualsInspected_data();
    void parsedEqualsNormalizedEqualsInspected();

private:
    std::unique_ptr<MysqlConnection> m_server;
};

void TestMysqlParseEquivalence::init()
{
    STRATA_REQUIRE_MYSQL();
    if (!m_server)
        m_server = connectToMysqlServer();
    QVERIFY(m_server);
    QVERIFY(
        m_server->execute(QStringLiteral("CREATE DATABASE IF NOT EXISTS strata_test_parse_dev")));
}

void TestMysqlParseEquivalence::parsedEqualsNormalizedEqualsInspected_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sequelize mysql")
        << QStringLiteral(STRATA_TEST_DATA "/shared/reference/sequelize-output/mysql.sql");
    QTest::newRow("sequelize mariadb")
        << QStringLiteral(STRATA_TEST_DATA "/shared/reference/sequelize-output/mariadb.sql");
    QTest::newRow("inspector constructs") << QStringLiteral(MYSQL_TEST_DATA "/constructs.sql");
    QTest::newRow("every parser construct")
        << QStringLiteral(STRATA_TEST_DATA "/mysqlparse/everything-mariadb.sql");
    QTest::newRow("normalization corner cases")
        << QStringLiteral(STRATA_TEST_DATA "/mysqlparse/edgecases-mariadb.sql");
    QTest::newRow("200 generated sequelize models")
        << QStringLiteral(STRATA_TEST_DATA "/mysqlparse/sequelize-200-mariadb.sql");
}

void TestMysqlParseEquivalence::parsedEqualsNormalizedEqualsInspected()
{
    QFETCH(QString, path);
    const QString script = readText(path);
    QVERIFY(!script.isEmpty());

    QString error;
    QVERIFY2(recreateDatabaseWithScript(*m_server, QStringLiteral("strata_test_parse_direct"),
                                        script, &error),
             qPrintable(error));
    auto direct = MysqlConnection::open(mysqlUrl(QStringLiteral("strata_test_parse_direct")));
    QVERIFY(direct);
    auto inspected = direct.value()->inspect(TaskControl());
    QVERIFY(inspected);
    QCOMPARE(inspected->schemas.size(), 1);
    Schema &inspectedSchema = inspected->schemas.front();
    inspectedSchema.name.clear();

    // The parser gets the server's defaults as a parameter, as a user gets them from the dialect.
    MysqlParseOptions options = m_server->dialectName() == QLatin1String("mariadb")
                                    ? MysqlParseOptions::mariaDb()
                                    : MysqlParseOptions::mySql8();
    options.defaultCharset = inspectedSchema.charset;
    options.defaultCollation = inspectedSchema.collation;
    auto parsed = parseMysqlDdl(script, QFileInfo(path).fileName(), options);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));

    auto normalized =
        loadMysqlDdlThroughDev(script, QFileInfo(path).fileName(),
                               mysqlUrl(QStringLiteral("strata_test_parse_dev")), TaskControl());
    QVERIFY2(normalized, normalized ? "" : qPrintable(normalized.error().message));
    for (Schema &schema : normalized->realm.schemas) {
        schema.name.clear();
        schema.charset = inspectedSchema.charset;
        schema.collation = inspectedSchema.collation;
    }

    const Dialect *dialect = dialectByName(m_server->dialectName());
    QVERIFY(dialect);
    const QString parsedHcl = writeAtlasHcl(parsed->realm, *dialect);
    const QString inspectedHcl = writeAtlasHcl(inspected.value(), *dialect);
    QVERIFY2(parsedHcl == inspectedHcl, qPrintable(lineDifference(parsedHcl, inspectedHcl)));
    const QString normalizedHcl = writeAtlasHcl(normalized->realm, *dialect);
    QVERIFY2(parsedHcl == normalizedHcl, qPrintable(lineDifference(parsedHcl, normalizedHcl)));
    QVERIFY2(parsed->realm == inspected.value(),
             qPrintable(firstDifference(parsed->realm, inspected.value())));
    QVERIFY2(parsed->realm == normalized->realm,
             qPrintable(firstDifference(parsed->realm, normalized->realm)));
}

QTEST_GUILESS_MAIN(TestMysqlParseEquivalence)
#include "tst_mysqlparseequivalence.moc"
