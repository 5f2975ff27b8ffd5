#include "db/sqlite/sqlitecolumn.h"
#include "db/sqlite/sqlitecreatestatement.h"

#include <QTest>

using namespace strata;

class TestSqliteCreateStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void foreignKeys_data();
    void foreignKeys();
    void generatedAndAutoIncrement_data();
    void generatedAndAutoIncrement();
    void tableOptions_data();
    void tableOptions();
    void indexParts_data();
    void indexParts();
    void columnDefaults_data();
    void columnDefaults();
    void hostileText_data();
    void hostileText();
};

static QString describeChecks(const QList<Check> &checks)
{
    QStringList out;
    for (const Check &check : checks)
        out.append(check.name + QLatin1Char('=') + check.expression);
    return out.join(QLatin1String(" | "));
}

void TestSqliteCreateStatement::checks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("column and table")
        << QStringLiteral("CREATE TABLE t (a INT CHECK (a > 0), b TEXT, CONSTRAINT b_len CHECK "
                          "(length(b) < 10))")
        << QStringLiteral("=(a > 0) | b_len=(length(b) < 10)");
    QTest::newRow("quoted name, nested parens")
        << QStringLiteral(
               "CREATE TABLE t (a INT CONSTRAINT \"ck \"\"1\"\"\" CHECK ((a + 1) % 2 = 0))")
        << QStringLiteral("ck \"1\"=((a + 1) % 2 = 0)");
    QTest::newRow("keyword inside a string")
        << QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'CHECK (1)', b TEXT CHECK (b <> ')'))")
        << QStringLiteral("=(b <> ')')");
    QTest::newRow("keyword inside a comment")
        << QStringLiteral(
               "CREATE TABLE t (a INT, -- CHECK (a)\n b INT /* CHECK (b) */ CHECK (b > a))")
        << QStringLiteral("=(b > a)");
    QTest::newRow("constraint name applies to the next constraint only")
        << QStringLiteral("CREATE TABLE t (a INT CHECK (a <> 0) CONSTRAINT ck1)")
        << QStringLiteral("=(a <> 0)");
    QTest::newRow("table constraints without commas")
        << QStringLiteral("CREATE TABLE t (a INT, b INT, PRIMARY KEY (a) CHECK (b > 1) "
                          "CONSTRAINT c2 CHECK (a < b))")
        << QStringLiteral("=(b > 1) | c2=(a < b)");
    QTest::newRow("quoted column named check")
        << QStringLiteral("CREATE TABLE t (\"check\" INT CHECK (\"check\" > 0))")
        << QStringLiteral("=(\"check\" > 0)");
}

void TestSqliteCreateStatement::checks()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(describeChecks(parseSqliteCreateTable(sql).checks), expected);
}

void TestSqliteCreateStatement::foreignKeys_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("column constraint named")
        << QStringLiteral("CREATE TABLE t (a INT CONSTRAINT fk_a REFERENCES p (id) ON DELETE "
                          "SET DEFAULT CHECK (a > 0))")
        << QStringLiteral("fk_a:(a)->p(id)");
    QTest::newRow("table constraint named, composite")
        << QStringLiteral("CREATE TABLE t (a INT, b INT, CONSTRAINT \"fk ab\" FOREIGN KEY "
                          "(a, \"b\") REFERENCES `p q` ([x], y))")
        << QStringLiteral("fk ab:(a,b)->p q(x,y)");
    QTest::newRow("unnamed, no referenced columns")
        << QStringLiteral("CREATE TABLE t (a INT REFERENCES p, b INT, FOREIGN KEY (b) "
                          "REFERENCES q (id))")
        << QStringLiteral(":(a)->p() ; :(b)->q(id)");
    QTest::newRow("check before references keeps the name off the key")
        << QStringLiteral("CREATE TABLE t (d TEXT CONSTRAINT dfk CHECK (d <> '') REFERENCES "
                          "t2 (d))")
        << QStringLiteral(":(d)->t2(d)");
}

void TestSqliteCreateStatement::foreignKeys()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QStringList out;
    for (const SqliteForeignKeyClause &fk : parseSqliteCreateTable(sql).foreignKeys) {
        out.append(fk.constraintName + QLatin1String(":(") + fk.columns.join(QLatin1Char(',')) +
                   QLatin1String(")->") + fk.refTable + QLatin1Char('(') +
                   fk.refColumns.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    QCOMPARE(out.join(QLatin1String(" ; ")), expected);
}

void TestSqliteCreateStatement::generatedAndAutoIncrement_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("autoIncrementColumn");
    QTest::newRow("generated always")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a INT, "
                          "w INT GENERATED ALWAYS AS (a*10) VIRTUAL)")
        << QStringLiteral("w") << QStringLiteral("(a*10)") << QStringLiteral("id");
    QTest::newRow("short form, quoted column")
        << QStringLiteral("CREATE TABLE t (\"My Col\" TEXT AS (substr(b, 1, 2)) STORED, b TEXT)")
        << QStringLiteral("my col") << QStringLiteral("(substr(b, 1, 2))") << QString();
    QTest::newRow("table-level autoincrement")
        << QStringLiteral("CREATE TABLE t (id INTEGER, PRIMARY KEY (id AUTOINCREMENT))")
        << QString() << QString() << QStringLiteral("id");
}

void TestSqliteCreateStatement::generatedAndAutoIncrement()
{
    QFETCH(QString, sql);
    QFETCH(QString, column);
    QFETCH(QString, expression);
    QFETCH(QString, autoIncrementColumn);
    const SqliteCreateTable parsed = parseSqliteCreateTable(sql);
    QCOMPARE(parsed.generatedExpressions.value(column), expression);
    QCOMPARE(parsed.autoIncrementColumn, autoIncrementColumn);
}

void TestSqliteCreateStatement::tableOptions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<bool>("strict");
    QTest::newRow("none") << QStringLiteral("CREATE TABLE t (a)") << false << false;
    QTest::newRow("without rowid")
        << QStringLiteral("CREATE TABLE t (a PRIMARY KEY) without  rowid") << true << false;
    QTest::newRow("both") << QStringLiteral(
                                 "CREATE TABLE t (a INT PRIMARY KEY) STRICT, WITHOUT ROWID")
                          << true << true;
    QTest::newRow("words in the body do not count")
        << QStringLiteral("CREATE TABLE t (strict INT, \"without rowid\" INT)") << false << false;
}

void TestSqliteCreateStatement::tableOptions()
{
    QFETCH(QString, sql);
    QFETCH(bool, withoutRowid);
    QFETCH(bool, strict);
    const SqliteCreateTable parsed = parseSqliteCreateTable(sql);
    QCOMPARE(parsed.withoutRowid, withoutRowid);
    QCOMPARE(parsed.strict, strict);
}

void TestSqliteCreateStatement::indexParts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("where");
    QTest::newRow("columns and desc")
        << QStringLiteral("CREATE INDEX i ON t (a DESC, b)")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QString();
    QTest::newRow("expressions with commas and parens in strings")
        << QStringLiteral("CREATE INDEX \"i, j\" ON \"t (x)\" (coalesce(a, 'x,y'), "
                          "replace(b, ')', '(') COLLATE NOCASE DESC) WHERE a > 0 AND b <> 'WHERE'")
        << QStringList{QStringLiteral("coalesce(a, 'x,y')"),
                       QStringLiteral("replace(b, ')', '(') COLLATE NOCASE")}
        << QStringLiteral("a > 0 AND b <> 'WHERE'");
    QTest::newRow("json paths") << QStringLiteral("CREATE INDEX c3_x ON users (json_extract(c3, "
                                                  "'$.x') desc, json_extract(c3, '$.y') desc)")
                                << QStringList{QStringLiteral("json_extract(c3, '$.x')"),
                                               QStringLiteral("json_extract(c3, '$.y')")}
                                << QString();
}

void TestSqliteCreateStatement::indexParts()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, parts);
    QFETCH(QString, where);
    const SqliteCreateIndex parsed = parseSqliteCreateIndex(sql);
    QCOMPARE(parsed.parts, parts);
    QCOMPARE(parsed.where, where);
}

void TestSqliteCreateStatement::columnDefaults_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("literal");
    const auto row = [](const char *sql, bool literal) {
        QTest::newRow(sql) << QString::fromUtf8(sql) << literal;
    };
    row("0", true);
    row("-1", true);
    row("+2.5e-3", true);
    row(".5", true);
    row("0x1F", true);
    row("'it''s'", true);
    row("\"dq\"", true);
    row("TRUE", true);
    row("false", true);
    row("NULL", true);
    row("x'00ff'", true);
    row("X''", true);
    row("CURRENT_TIMESTAMP", false);
    row("'a' || 'b'", false);
    row("lower('ABC')", false);
    row("(1 + 2)", false);
    row("1e", false);
    row(".", false);
    row("x'zz'", false);
}

void TestSqliteCreateStatement::columnDefaults()
{
    QFETCH(QString, sql);
    QFETCH(bool, literal);
    const ColumnDefault value = sqliteColumnDefault(sql);
    QCOMPARE(value.kind == ColumnDefault::Kind::Literal, literal);
    QCOMPARE(value.sql, sql);
}

void TestSqliteCreateStatement::hostileText_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("empty") << QString();
    QTest::newRow("unterminated quote") << QStringLiteral("CREATE TABLE t (a TEXT CHECK (a <> 'x");
    QTest::newRow("unbalanced parens") << QStringLiteral("CREATE TABLE t ((((( CHECK (");
    QTest::newRow("closing first") << QStringLiteral(")))) CREATE INDEX ON ( WHERE");
    QTest::newRow("keywords at the end") << QStringLiteral("CREATE TABLE t (a CONSTRAINT");
    static const char bytes[] = "CREATE\0TABLE \xff\x01(";
    QTest::newRow("nul and bytes") << QString::fromLatin1(QByteArray(bytes, sizeof(bytes) - 1));
    static const char *const vocabulary[] = {
        "CREATE",     "TABLE",   "INDEX",      "ON",      "(",       ")",       ",",
        "CONSTRAINT", "CHECK",   "REFERENCES", "FOREIGN", "KEY",     "PRIMARY", "AUTOINCREMENT",
        "AS",         "DEFAULT", "SET",        "WHERE",   "WITHOUT", "ROWID",   "STRICT",
        "DESC",       "'s",      "'s'",        "\"q",     "[b",      "`t`",     "--c\n",
        "/*",         "*/",      "x",          "-",       "1",       ".5e"};
    quint32 state = 7;
    for (int row = 0; row < 50; ++row) {
        QString soup;
        for (int i = 0; i < 200; ++i) {
            state = state * 1664525u + 1013904223u;
            soup +=
                QLatin1String(vocabulary[(state >> 16) % std::size(vocabulary)]) + QLatin1Char(' ');
        }
        QTest::addRow("token soup %d", row) << soup;
    }
    QTest::newRow("deep nesting") << QStringLiteral("CREATE TABLE t (a CHECK ") +
                                         QString(100000, QLatin1Char('('));
}

void TestSqliteCreateStatement::hostileText()
{
    QFETCH(QString, sql);
    const SqliteCreateTable table = parseSqliteCreateTable(sql);
    const SqliteCreateIndex index = parseSqliteCreateIndex(sql);
    for (const Check &check : table.checks)
        QVERIFY(sql.contains(check.expression));
    for (const QString &part : index.parts)
        QVERIFY(sql.contains(part));
    QVERIFY(sql.contains(index.where));
}

QTEST_GUILESS_MAIN(TestSqliteCreateStatement)
#include "tst_sqlitecreatestatement.moc"
