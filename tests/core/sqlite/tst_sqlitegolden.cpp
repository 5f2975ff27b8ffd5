// End to end on fixture DDL: load through the in-memory SQLite, write Atlas HCL and SQL, and
// compare with the golden files next to each fixture (tests/data/sqlite/<name>.hcl / .out.sql).
// Set STRATA_UPDATE_GOLDEN=1 to rewrite the goldens after a deliberate change, then review the
// diff before committing it.

#include "sqlitetestsupport.h"

#include "db/sqlite/sqliteddlloader.h"
#include "db/sqlite/sqlitedialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace strata;
using namespace strata::test;

class TestSqliteGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesHclGolden_data();
    void matchesHclGolden();
    void matchesSqlGolden_data() { matchesHclGolden_data(); }
    void matchesSqlGolden();
    void sqlOutputLoadsBackToTheSameModel_data() { matchesHclGolden_data(); }
    void sqlOutputLoadsBackToTheSameModel();

private:
    static Realm load(const QString &fixture);
    static void compareWithGolden(const QString &actual, const QString &goldenPath);
};

Realm TestSqliteGolden::load(const QString &fixture)
{
    const QString path = sqliteFixturePath(fixture);
    const Expected<Realm> realm =
        loadSqliteDdl(readText(path), QFileInfo(path).fileName(), TaskControl());
    if (!realm) {
        qWarning().noquote() << realm.error().message;
        return Realm();
    }
    return realm.value();
}

void TestSqliteGolden::compareWithGolden(const QString &actual, const QString &goldenPath)
{
    if (qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") == 1) {
        QFile file(goldenPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        return;
    }
    const QString expected = readText(goldenPath);
    if (actual != expected)
        qWarning().noquote() << "actual output:\n" << actual;
    QCOMPARE(actual, expected);
}

void TestSqliteGolden::matchesHclGolden_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : sqliteFixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestSqliteGolden::matchesHclGolden()
{
    QFETCH(QString, fixture);
    const Realm realm = load(fixture);
    QVERIFY(!realm.schemas.isEmpty());
    compareWithGolden(writeAtlasHcl(realm, SqliteDialect()),
                      QStringLiteral(SQLITE_TEST_DATA "/golden/") + fixture +
                          QLatin1String(".hcl"));
}

void TestSqliteGolden::matchesSqlGolden()
{
    QFETCH(QString, fixture);
    const Realm realm = load(fixture);
    QVERIFY(!realm.schemas.isEmpty());
    compareWithGolden(writeSchemaSql(realm, SqliteDialect(), QStringLiteral("  ")),
                      QStringLiteral(SQLITE_TEST_DATA "/golden/") + fixture +
                          QLatin1String(".sql"));
}

void TestSqliteGolden::sqlOutputLoadsBackToTheSameModel()
{
    QFETCH(QString, fixture);
    const Realm original = load(fixture);
    QVERIFY(!original.schemas.isEmpty());
    const QString sql = writeSchemaSql(original, SqliteDialect());
    const Expected<Realm> again = loadSqliteDdl(sql, QStringLiteral("written.sql"), TaskControl());
    QVERIFY2(again.hasValue(), again ? "" : qPrintable(again.error().message));
    // Compared as HCL so a difference shows as readable text, not as "Realm != Realm".
    QCOMPARE(writeAtlasHcl(again.value(), SqliteDialect()),
             writeAtlasHcl(original, SqliteDialect()));
    QVERIFY(again.value() == original);
}

QTEST_GUILESS_MAIN(TestSqliteGolden)
#include "tst_sqlitegolden.moc"
