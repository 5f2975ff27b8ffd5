// Server-free rules: COLUMN_TYPE and COLUMN_DEFAULT as Atlas reads them on MySQL and MariaDB,
// the HCL type spelling, URL options, version parsing and statement splitting.

#include "db/mysql/mysqlcolumn.h"
#include "db/mysql/mysqlconnectoptions.h"
#include "db/mysql/mysqlhcltype.h"
#include "db/mysql/mysqlrow.h"
#include "db/mysql/mysqlserverversion.h"
#include "db/mysql/mysqlstatementsplitter.h"

#include <QTest>

using namespace strata;

class TestMysqlColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnType_data();
    void columnType();
    void columnDefault_data();
    void columnDefault();
    void extra();
    void serverVersion_data();
    void serverVersion();
    void connectOptions();
    void connectOptionErrorsHideThePassword();
    void splitter();
    void hostileRowsReadAsNull();
};

void TestMysqlColumn::columnType_data()
{
    QTest::addColumn<QString>("columnType");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("isUnsigned");
    QTest::addColumn<QString>("hcl");
    const auto row = [](const char *raw, const char *normalized, bool isUnsigned, const char *hcl) {
        QTest::newRow(raw) << QString::fromUtf8(raw) << QString::fromUtf8(normalized) << isUnsigned
                           << QString::fromUtf8(hcl);
    };
    row("int(11)", "int", false, "int");
    row("int", "int", false, "int");
    row("bigint(20) unsigned", "bigint", true, "bigint");
    row("tinyint(1)", "bool", false, "bool");
    row("tinyint(4)", "tinyint", false, "tinyint");
    row("varchar(255)", "varchar(255)", false, "varchar(255)");
    row("char(36)", "char(36)", false, "char(36)");
    row("longtext", "longtext", false, "longtext");
    row("json", "json", false, "json");
    row("datetime(6)", "datetime(6)", false, "datetime(6)");
    row("decimal(10,2)", "decimal(10,2)", false, "decimal(10,2)");
    row("decimal(10,2) unsigned", "decimal(10,2)", true, "decimal(10,2)");
    row("year(4)", "year", false, "year");
    row("enum('a','b')", "enum('a','b')", false, "enum(\"a\",\"b\")");
    row("enum('It''s','B\"')", "enum('It''s','B\"')", false, "enum(\"It's\",\"B\\\"\")");
    row("set('x','y')", "set('x','y')", false, "set(\"x\",\"y\")");
    row("int(10) unsigned zerofill", "int(10) unsigned zerofill", false,
        "sql(\"int(10) unsigned zerofill\")");
    row("uuid", "uuid", false, "sql(\"uuid\")");
    row("", "", false, "sql(\"\")");
    row("enum(", "enum(", false, "sql(\"enum(\")");
}

void TestMysqlColumn::columnType()
{
    QFETCH(QString, columnType);
    QFETCH(QString, normalized);
    QFETCH(bool, isUnsigned);
    QFETCH(QString, hcl);
    const ColumnType type = mysqlColumnType(columnType);
    QCOMPARE(type.normalized, normalized);
    QCOMPARE(type.isUnsigned, isUnsigned);
    QCOMPARE(mysqlHclType(type), hcl);
}

void TestMysqlColumn::columnDefault_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<int>("kind"); // -1 none, 0 literal, 1 expression
    QTest::addColumn<QString>("sql");
    const QString maria = QStringLiteral("10.11.6-MariaDB");
    const QString mysql = QStringLiteral("8.0.36");
    QTest::newRow("maria NULL text")
        << maria << "int(11)" << QVariant(QStringLiteral("NULL")) << "" << -1 << "";
    QTest::newRow("maria SQL NULL") << maria << "int(11)" << QVariant() << "" << -1 << "";
    QTest::newRow("maria quoted") << maria << "varchar(10)" << QVariant(QStringLiteral("'x'")) << ""
                                  << 0 << "'x'";
    QTest::newRow("maria quoted NULL string")
        << maria << "varchar(10)" << QVariant(QStringLiteral("'NULL'")) << "" << 0 << "'NULL'";
    QTest::newRow("maria number") << maria << "tinyint(1)" << QVariant(QStringLiteral("0")) << ""
                                  << 0 << "0";
    QTest::newRow("maria now") << maria << "datetime"
                               << QVariant(QStringLiteral("current_timestamp()")) << "" << 1
                               << "current_timestamp()";
    QTest::newRow("maria expr") << maria << "char(36)" << QVariant(QStringLiteral("uuid()")) << ""
                                << 1 << "(uuid())";
    QTest::newRow("mysql text") << mysql << "varchar(10)" << QVariant(QStringLiteral("a'b")) << ""
                                << 0 << "'a''b'";
    QTest::newRow("mysql number") << mysql << "int" << QVariant(QStringLiteral("5")) << "" << 0
                                  << "5";
    QTest::newRow("mysql now") << mysql << "timestamp"
                               << QVariant(QStringLiteral("CURRENT_TIMESTAMP"))
                               << "DEFAULT_GENERATED" << 1 << "CURRENT_TIMESTAMP";
    QTest::newRow("mysql expr") << mysql << "varchar(36)" << QVariant(QStringLiteral("uuid()"))
                                << "DEFAULT_GENERATED" << 1 << "(uuid())";
    QTest::newRow("mysql no default") << mysql << "int" << QVariant() << "" << -1 << "";
}

void TestMysqlColumn::columnDefault()
{
    QFETCH(QString, server);
    QFETCH(QString, type);
    QFETCH(QVariant, value);
    QFETCH(QString, extra);
    QFETCH(int, kind);
    QFETCH(QString, sql);
    const std::optional<QString> text =
        value.isValid() ? std::optional<QString>(value.toString()) : std::nullopt;
    const auto result =
        mysqlColumnDefault(text, mysqlColumnType(type), extra, MysqlServerVersion::parse(server));
    QCOMPARE(result.has_value(), kind >= 0);
    if (!result)
        return;
    QCOMPARE(int(result->kind), kind);
    QCOMPARE(result->sql, sql);
}

void TestMysqlColumn::extra()
{
    MysqlColumnExtra e = parseMysqlColumnExtra(QStringLiteral("auto_increment"));
    QVERIFY(e.autoIncrement);
    e = parseMysqlColumnExtra(QStringLiteral("on update current_timestamp(6)"));
    QCOMPARE(e.onUpdate, QStringLiteral("current_timestamp(6)"));
    e = parseMysqlColumnExtra(QStringLiteral("DEFAULT_GENERATED on update CURRENT_TIMESTAMP"));
    QCOMPARE(e.onUpdate, QStringLiteral("CURRENT_TIMESTAMP"));
    QVERIFY(parseMysqlColumnExtra(QStringLiteral("STORED GENERATED")).generatedStored.value());
    QVERIFY(!parseMysqlColumnExtra(QStringLiteral("VIRTUAL GENERATED")).generatedStored.value());
    QVERIFY(!parseMysqlColumnExtra(QStringLiteral("something odd")).generatedStored);
}

void TestMysqlColumn::serverVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("maria");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("checks");
    QTest::addColumn<bool>("expressions");
    QTest::newRow("maria 10.11") << "10.11.19-MariaDB-0+deb12u1" << true << "MariaDB 10.11.19"
                                 << true << false;
    QTest::newRow("maria 11") << "11.4.2-MariaDB" << true << "MariaDB 11.4.2" << true << false;
    QTest::newRow("maria repl") << "5.5.5-10.4.32-MariaDB-log" << true << "MariaDB 10.4.32" << true
                                << false;
    QTest::newRow("mysql 8") << "8.0.36" << false << "MySQL 8.0.36" << true << true;
    QTest::newRow("mysql 5.7") << "5.7.44-log" << false << "MySQL 5.7.44" << false << false;
    QTest::newRow("garbage") << "?" << false << "MySQL 0.0.0" << false << false;
}

void TestMysqlColumn::serverVersion()
{
    QFETCH(QString, text);
    QFETCH(bool, maria);
    QFETCH(QString, display);
    QFETCH(bool, checks);
    QFETCH(bool, expressions);
    const MysqlServerVersion version = MysqlServerVersion::parse(text);
    QCOMPARE(version.isMariaDb(), maria);
    QCOMPARE(version.displayName(), display);
    QCOMPARE(version.hasCheckConstraints(), checks);
    QCOMPARE(version.hasIndexExpressions(), expressions);
}

void TestMysqlColumn::connectOptions()
{
    auto url = DatabaseUrl::parse(QStringLiteral(
        "mysql://u:p@db.example:3307/app?timeout=500ms&tls=skip-verify&ssl-ca=/etc/ca.pem"));
    QVERIFY(url);
    auto options = MysqlConnectOptions::fromUrl(url.value());
    QVERIFY(options);
    QCOMPARE(options->host, QStringLiteral("db.example"));
    QCOMPARE(options->port, 3307);
    QCOMPARE(options->database, QStringLiteral("app"));
    QCOMPARE(options->connectTimeoutSeconds, 1);
    QVERIFY(options->tlsRequired);
    QVERIFY(!options->tlsVerifyServer);
    QCOMPARE(options->tlsCa, QStringLiteral("/etc/ca.pem"));

    url = DatabaseUrl::parse(QStringLiteral("maria://root@:3306?ssl-mode=VERIFY_IDENTITY"));
    QVERIFY(url);
    options = MysqlConnectOptions::fromUrl(url.value());
    QVERIFY(options);
    QCOMPARE(options->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(options->database, QString());
    QCOMPARE(options->connectTimeoutSeconds, 10);
    QVERIFY(options->tlsVerifyServer);
}

void TestMysqlColumn::connectOptionErrorsHideThePassword()
{
    for (const char *text :
         {"mysql://u:Sup3rSecret@h/app?timeout=soon", "mysql://u:Sup3rSecret@h/app?tls=maybe",
          "mysql://u:Sup3rSecret@h/app?ssl-mode=ALWAYS"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY(url);
        auto options = MysqlConnectOptions::fromUrl(url.value());
        QVERIFY(!options);
        QVERIFY2(!options.error().message.contains(QLatin1String("Sup3rSecret")),
                 qPrintable(options.error().message));
        QVERIFY(options.error().message.contains(QLatin1String("mysql://u:****@h/app")));
    }
}

void TestMysqlColumn::splitter()
{
    const QString script =
        QStringLiteral("-- header; with a semicolon\n"
                       "CREATE TABLE a (x varchar(3) DEFAULT ';');\n"
                       "\n"
                       "/* block; */ CREATE TABLE `b;` (y int COMMENT 'it''s; fine');\n"
                       "# hash comment;\n"
                       "DELIMITER $$\n"
                       "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END$$\n"
                       "DELIMITER ;\n"
                       "CREATE TABLE c (z int)");
    const QList<MysqlStatement> statements = splitMysqlStatements(script);
    QCOMPARE(statements.size(), 4);
    QCOMPARE(statements.at(0).line, 2);
    QVERIFY(statements.at(0).text.endsWith(QLatin1String("DEFAULT ';')")));
    QCOMPARE(statements.at(1).line, 4);
    QVERIFY(statements.at(1).text.contains(QLatin1String("`b;`")));
    QVERIFY(statements.at(2).text.endsWith(QLatin1String("END")));
    QCOMPARE(statements.at(3).text, QStringLiteral("CREATE TABLE c (z int)"));
    QCOMPARE(statements.at(3).line, 9);
    QVERIFY(splitMysqlStatements(QStringLiteral("-- only a comment\n")).isEmpty());
}

void TestMysqlColumn::hostileRowsReadAsNull()
{
    char value[] = "42";
    char *values[] = {value, nullptr};
    const unsigned long lengths[] = {2, 0};
    const MysqlRow row(values, lengths, 2);
    QCOMPARE(row.text(0), QStringLiteral("42"));
    QCOMPARE(row.number(0), 42);
    QVERIFY(row.isNull(1));
    QVERIFY(!row.optionalText(1));
    QVERIFY(row.isNull(7)); // a column the server did not send
    QCOMPARE(row.text(7), QString());
    QCOMPARE(row.number(7, -1), -1);
    const MysqlRow empty(nullptr, nullptr, 3);
    QVERIFY(empty.isNull(0));
    // Odd type text never crashes and falls back to sql("...").
    for (const char *odd : {"(", ")", "int(", "enum('a", "set()", " unsigned", "decimal(,)"}) {
        const ColumnType type = mysqlColumnType(QString::fromLatin1(odd));
        QVERIFY(!mysqlHclType(type).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMysqlColumn)
#include "tst_mysqlcolumn.moc"
