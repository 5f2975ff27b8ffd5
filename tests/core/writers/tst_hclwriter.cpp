#include "db/registry.h"
#include "db/sqlite/sqlitehcltype.h"
#include "dialect/dialect.h"
#include "goldenfile.h"
#include "hcl/hcldocument.h"
#include "hcl/hclvalue.h"
#include "hclgen/hclwriter.h"
#include "writermodels.h"

#include <QTest>

using namespace strata;

class TestHclWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesGoldenFile_data();
    void writesGoldenFile();
    void emptyRealmPrintsNothing();
    void escapesStrings_data();
    void escapesStrings();
    void buildsReferences_data();
    void buildsReferences();
    void spellsSqliteTypes_data();
    void spellsSqliteTypes();
    void alignsConsecutiveAttributes();
    void writesHeredocs();
    void findsDialectsByName_data();
    void findsDialectsByName();
};

void TestHclWriter::writesGoldenFile_data()
{
    QTest::addColumn<Realm>("realm");
    QTest::addColumn<QString>("golden");

    using namespace writermodels;
    QTest::newRow("atlas oracle") << oracleUsers() << QStringLiteral("oracle_users.hcl");
    QTest::newRow("keys") << keys() << QStringLiteral("keys.hcl");
    QTest::newRow("indexes") << indexes() << QStringLiteral("indexes.hcl");
    QTest::newRow("foreign keys") << foreignKeys() << QStringLiteral("foreign_keys.hcl");
    QTest::newRow("checks") << checks() << QStringLiteral("checks.hcl");
    QTest::newRow("defaults") << defaults() << QStringLiteral("defaults.hcl");
    QTest::newRow("identifiers") << identifiers() << QStringLiteral("identifiers.hcl");
    QTest::newRow("table options") << tableOptions() << QStringLiteral("table_options.hcl");
    QTest::newRow("generated columns") << generatedColumns() << QStringLiteral("generated.hcl");
    QTest::newRow("empty table") << emptyTable() << QStringLiteral("empty_table.hcl");
    QTest::newRow("empty schema") << emptySchema() << QStringLiteral("empty_schema.hcl");
    QTest::newRow("two schemas") << twoSchemas() << QStringLiteral("two_schemas.hcl");
    QTest::newRow("seed guide") << seedSqlite() << QStringLiteral("seed_sqlite.hcl");
}

void TestHclWriter::writesGoldenFile()
{
    QFETCH(Realm, realm);
    QFETCH(QString, golden);

    const QString actual = writeAtlasHcl(realm, *dialectByName(QStringLiteral("sqlite")));
    const QString expected = readGolden(golden);
    showIfDifferent(actual, expected);
    QCOMPARE(actual, expected);
}

void TestHclWriter::emptyRealmPrintsNothing()
{
    QCOMPARE(writeAtlasHcl(Realm{}, *dialectByName(QStringLiteral("sqlite"))), QString());
}

void TestHclWriter::escapesStrings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("users") << QStringLiteral("\"users\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    QTest::newRow("newline, tab, CR")
        << QStringLiteral("a\nb\tc\rd") << QStringLiteral("\"a\\nb\\tc\\rd\"");
    QTest::newRow("template") << QStringLiteral("${x}") << QStringLiteral("\"$${x}\"");
    QTest::newRow("directive") << QStringLiteral("%{x}") << QStringLiteral("\"%%{x}\"");
    QTest::newRow("lone dollar") << QStringLiteral("$x %") << QStringLiteral("\"$x %\"");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("\"it's\"");
    QTest::newRow("unicode letters") << QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80")
                                     << QString::fromUtf8("\"caf\xc3\xa9 \xf0\x9f\x98\x80\"");
    QTest::newRow("control character") << QStringLiteral("a\x01") << QStringLiteral("\"a\\u0001\"");
    QTest::newRow("no-break space") << QString::fromUtf8("a\xc2\xa0"
                                                         "b")
                                    << QStringLiteral("\"a\\u00a0b\"");
}

void TestHclWriter::escapesStrings()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    QCOMPARE(hclString(value), expected);
}

void TestHclWriter::buildsReferences_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");

    QTest::newRow("identifier") << QStringLiteral("column") << QStringList{QStringLiteral("id")}
                                << QStringLiteral("column.id");
    QTest::newRow("dash and digits")
        << QStringLiteral("column") << QStringList{QStringLiteral("a-1_b")}
        << QStringLiteral("column.a-1_b");
    QTest::newRow("space") << QStringLiteral("column") << QStringList{QStringLiteral("my col")}
                           << QStringLiteral("column[\"my col\"]");
    QTest::newRow("leading digit") << QStringLiteral("table") << QStringList{QStringLiteral("1t")}
                                   << QStringLiteral("table[\"1t\"]");
    QTest::newRow("qualified") << QStringLiteral("table")
                               << QStringList{QStringLiteral("s1"), QStringLiteral("users")}
                               << QStringLiteral("table.s1.users");
}

void TestHclWriter::buildsReferences()
{
    QFETCH(QString, type);
    QFETCH(QStringList, names);
    QFETCH(QString, expected);

    QCOMPARE(hclReference(type, names), expected);
}

void TestHclWriter::spellsSqliteTypes_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QStringLiteral("INTEGER") << QStringLiteral("integer");
    QTest::newRow("int") << QStringLiteral("int") << QStringLiteral("int");
    QTest::newRow("varchar size") << QStringLiteral("VARCHAR(255)")
                                  << QStringLiteral("varchar(255)");
    QTest::newRow("tinyint(1)") << QStringLiteral("TINYINT(1)") << QStringLiteral("tinyint(1)");
    QTest::newRow("decimal spaced")
        << QStringLiteral("DECIMAL( 10 , 2 )") << QStringLiteral("decimal(10,2)");
    QTest::newRow("datetime") << QStringLiteral("DATETIME") << QStringLiteral("datetime");
    QTest::newRow("double precision")
        << QStringLiteral("double  precision") << QStringLiteral("double_precision");
    QTest::newRow("varying character")
        << QStringLiteral("VARYING CHARACTER(20)") << QStringLiteral("varying_character(20)");
    QTest::newRow("unsigned big int")
        << QStringLiteral("UNSIGNED BIG INT") << QStringLiteral("unsigned_big_int");
    QTest::newRow("no type") << QString() << QStringLiteral("blob");
    QTest::newRow("unknown name") << QStringLiteral("timestamp")
                                  << QStringLiteral("sql(\"timestamp\")");
    QTest::newRow("unknown with size")
        << QStringLiteral("CHAR(36)") << QStringLiteral("sql(\"char(36)\")");
    QTest::newRow("too many arguments")
        << QStringLiteral("datetime(6)") << QStringLiteral("sql(\"datetime(6)\")");
    QTest::newRow("non-numeric argument")
        << QStringLiteral("varchar(max)") << QStringLiteral("sql(\"varchar(max)\")");
    QTest::newRow("quote in type")
        << QStringLiteral("my\"type") << QStringLiteral("sql(\"my\\\"type\")");
}

void TestHclWriter::spellsSqliteTypes()
{
    QFETCH(QString, declared);
    QFETCH(QString, expected);

    QCOMPARE(sqliteHclType(declared), expected);
}

void TestHclWriter::alignsConsecutiveAttributes()
{
    HclDocument document;
    document.beginBlock(QStringLiteral("outer"), {QStringLiteral("x")});
    document.addAttribute(QStringLiteral("a"), QStringLiteral("1"));
    document.addAttribute(QStringLiteral("long_name"), QStringLiteral("2"));
    document.beginBlock(QStringLiteral("inner"));
    document.addAttribute(QStringLiteral("bb"), QStringLiteral("3"));
    document.endBlock();
    document.addAttribute(QStringLiteral("c"), QStringLiteral("4"));
    document.addAttribute(QStringLiteral("dd"), QStringLiteral("5"));
    document.beginBlock(QStringLiteral("empty"));
    document.endBlock();
    document.endBlock();

    QCOMPARE(document.toString(), QStringLiteral("outer \"x\" {\n"
                                                 "  a         = 1\n"
                                                 "  long_name = 2\n"
                                                 "  inner {\n"
                                                 "    bb = 3\n"
                                                 "  }\n"
                                                 "  c  = 4\n"
                                                 "  dd = 5\n"
                                                 "  empty {\n"
                                                 "  }\n"
                                                 "}\n"));
}

void TestHclWriter::writesHeredocs()
{
    HclDocument document;
    document.beginBlock(QStringLiteral("view"), {QStringLiteral("v")});
    document.addAttribute(QStringLiteral("schema"), QStringLiteral("schema.main"));
    document.addHeredoc(QStringLiteral("as"), QStringLiteral("SELECT a\r\n\nFROM t"));
    document.endBlock();

    QCOMPARE(document.toString(), QStringLiteral("view \"v\" {\n"
                                                 "  schema = schema.main\n"
                                                 "  as     = <<-SQL\n"
                                                 "  SELECT a\n"
                                                 "\n"
                                                 "  FROM t\n"
                                                 "  SQL\n"
                                                 "}\n"));
}

void TestHclWriter::findsDialectsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sqlite") << QStringLiteral("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("sqlite3") << QStringLiteral("sqlite3") << QStringLiteral("sqlite");
    QTest::newRow("upper case") << QStringLiteral("SQLite") << QStringLiteral("sqlite");
    QTest::newRow("unknown") << QStringLiteral("oracle") << QString();
}

void TestHclWriter::findsDialectsByName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const Dialect *dialect = dialectByName(name);
    QCOMPARE(dialect ? dialect->name() : QString(), expected);
    if (dialect)
        QCOMPARE(dialect->defaultSchemaName(), QStringLiteral("main"));
}

QTEST_GUILESS_MAIN(TestHclWriter)
#include "tst_hclwriter.moc"
