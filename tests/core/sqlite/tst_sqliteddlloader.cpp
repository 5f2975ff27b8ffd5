#include "db/sqlite/sqliteddlloader.h"

#include <QFile>
#include <QTest>

using namespace strata;

/// Loading DDL text: positions and wording of failures, and input that must not crash.
class TestSqliteDdlLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ddlErrors_data();
    void ddlErrors();
    void hostileInput_data();
    void hostileInput();
    void emptyDdl_data();
    void emptyDdl();
};

void TestSqliteDdlLoader::ddlErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("second of three statements")
        << QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a,);\n"
                          "CREATE TABLE c (id INTEGER);\n")
        << QStringLiteral("schema.sql:2:67: statement \"CREATE TABLE b (id INTEGER PRIMARY KEY, "
                          "a_id INTEGER REFEREN...\" failed: near \")\": syntax error");
    QTest::newRow("runtime failure names the statement start")
        << QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n-- a comment\n\n"
                          "  INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (1);\n")
        << QStringLiteral("schema.sql:5:1: statement \"INSERT INTO a VALUES (1)\" failed: "
                          "UNIQUE constraint failed: a.id");
    QTest::newRow("duplicate table")
        << QStringLiteral("CREATE TABLE t (a);\n/* again */ CREATE TABLE t (b);")
        << QStringLiteral("schema.sql:2:26: statement \"CREATE TABLE t (b)\" failed: table t "
                          "already exists");
    QTest::newRow("columns count characters, not bytes")
        << QStringLiteral("-- café\nCREATE TABLE é (a); CREATE TABLE ü (b INT,);")
        << QStringLiteral("schema.sql:2:43: statement \"CREATE TABLE ü (b INT,)\" failed: near "
                          "\")\": syntax error");
    QTest::newRow("attach is refused")
        << QStringLiteral("ATTACH DATABASE 'other.db' AS other;")
        << QStringLiteral("schema.sql:1:1: statement \"ATTACH DATABASE 'other.db' AS other\" "
                          "failed: not authorized");
    QTest::newRow("incomplete statement")
        << QStringLiteral("CREATE TABLE t (a INT")
        << QStringLiteral(
               "schema.sql:1:1: statement \"CREATE TABLE t (a INT\" failed: incomplete input");
}

void TestSqliteDdlLoader::ddlErrors()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const Expected<Realm> realm = loadSqliteDdl(sql, QStringLiteral("schema.sql"), TaskControl());
    QVERIFY(!realm);
    QCOMPARE(realm.error().message, expected);
    QVERIFY(!realm.error().cancelled);
    QVERIFY(!QFile::exists(QStringLiteral("other.db")));
}

void TestSqliteDdlLoader::hostileInput_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expectedPrefix");
    QByteArray garbage(64 * 1024, '\0');
    quint32 state = 12345;
    for (char &byte : garbage) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    garbage[0] = '\x01';
    QTest::newRow("binary garbage")
        << QString::fromLatin1(garbage) << QStringLiteral("schema.sql:1:1: statement \"");
    QTest::newRow("NUL byte between statements")
        << QStringLiteral("CREATE TABLE a (x);\n") + QChar(0) +
               QStringLiteral("CREATE TABLE b (x);")
        << QStringLiteral("schema.sql:2:1: statement \"");
    QTest::newRow("NUL byte inside a statement")
        << QStringLiteral("CREATE TABLE a (x") + QChar(0) + QStringLiteral(");")
        << QStringLiteral("schema.sql:1:1: statement \"CREATE TABLE a (x");
    QTest::newRow("unterminated string, 2 MB")
        << QStringLiteral("CREATE TABLE t (a TEXT DEFAULT '") + QString(2 << 20, QLatin1Char('x'))
        << QStringLiteral("schema.sql:1:32: statement \"CREATE TABLE t (a TEXT DEFAULT 'xxx");
    QTest::newRow("deep nesting") << QStringLiteral("SELECT ") + QString(100000, QLatin1Char('('))
                                  << QStringLiteral("schema.sql:1:");
}

void TestSqliteDdlLoader::hostileInput()
{
    QFETCH(QString, sql);
    QFETCH(QString, expectedPrefix);
    const Expected<Realm> realm = loadSqliteDdl(sql, QStringLiteral("schema.sql"), TaskControl());
    QVERIFY(!realm);
    QVERIFY2(realm.error().message.startsWith(expectedPrefix), qPrintable(realm.error().message));
    QVERIFY(realm.error().message.size() < 400);
    for (const QChar c : realm.error().message)
        QVERIFY2(c.isPrint() || c.isSurrogate(), qPrintable(realm.error().message));
}

void TestSqliteDdlLoader::emptyDdl_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << QStringLiteral("  \n\t\n");
    QTest::newRow("comments and semicolons")
        << QStringLiteral("-- atlas:pos Users[type=table] models/user.ts:4-14\n/* x */ ;;\n--");
    QTest::newRow("huge comment") << QStringLiteral("-- ") + QString(3 << 20, QLatin1Char('c'));
}

void TestSqliteDdlLoader::emptyDdl()
{
    QFETCH(QString, sql);
    const Expected<Realm> realm = loadSqliteDdl(sql, QStringLiteral("schema.sql"), TaskControl());
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QCOMPARE(realm->schemas.size(), 1);
    QCOMPARE(realm->schemas.front().name, QStringLiteral("main"));
    QVERIFY(realm->schemas.front().tables.isEmpty());
}

QTEST_GUILESS_MAIN(TestSqliteDdlLoader)
#include "tst_sqliteddlloader.moc"
