// The MySQL DDL parser without a server: the server's implicit normalization per flavour,
// warnings for statements it does not model, exact error messages, hostile input.

#include "db/mysql/parse/mysqlddlparser.h"
#include "db/mysql/parse/mysqltokenizer.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
#include "load/schemaloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

MysqlParseResult parseOk(const QString &sql,
                         const MysqlParseOptions &options = MysqlParseOptions::mariaDb())
{
    auto result = parseMysqlDdl(sql, QStringLiteral("schema.sql"), options);
    if (!result)
        qWarning().noquote() << result.error().message;
    return result ? result.value() : MysqlParseResult{};
}

const Table &onlyTable(const MysqlParseResult &result)
{
    static const Table empty;
    if (result.realm.schemas.isEmpty() || result.realm.schemas.front().tables.isEmpty())
        return empty;
    return result.realm.schemas.front().tables.front();
}

} // namespace

class TestMysqlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizerSkipsCommentsAndRunsVersionComments();
    void sequelizeOutputNormalizesLikeMariaDb();
    void mysql8FlavourDiffers();
    void charsetsInheritFromTable();
    void foreignKeyIndexIsAddedOnlyWhenNeeded();
    void schemaNameFollowsUseAndCreateDatabase();
    void unmodelledStatementsBecomeWarnings();
    void errors_data();
    void errors();
    void hostileInputFailsCleanly();
    void loaderParsesWithoutDevDatabase();
};

void TestMysqlParser::tokenizerSkipsCommentsAndRunsVersionComments()
{
    const QString text = QStringLiteral("-- c\n# h\n/* b */ /*!40101 a */ /*!999999 b */ "
                                        "/*M!100100 c */ `x``y` 'it''s\\n' \"q\" 1.5e3 x'0A'");
    const MysqlTokens maria = tokenizeMysql(text, 101100, true);
    QCOMPARE(maria.errorOffset, -1);
    QStringList words;
    for (const MysqlToken &token : maria.tokens)
        words.append(text.mid(token.start, token.length));
    QCOMPARE(words, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("`x``y`"),
                                 QStringLiteral("'it''s\\n'"), QStringLiteral("\"q\""),
                                 QStringLiteral("1.5e3"), QStringLiteral("x'0A'"), QString()}));
    const MysqlTokens mysql = tokenizeMysql(text, 80036, false);
    QCOMPARE(mysql.tokens.size(), size_t(7)); // no MariaDB-only comment
    QCOMPARE(mysqlUnquote(u"`x``y`"), QStringLiteral("x`y"));
    QCOMPARE(mysqlUnquote(u"'it''s\\n'"), QStringLiteral("it's\n"));

    const MysqlTokens open = tokenizeMysql(u"SELECT 'abc", 101100, true);
    QCOMPARE(open.errorOffset, 7);
    QCOMPARE(open.errorWhat, QStringLiteral("unterminated string"));
}

void TestMysqlParser::sequelizeOutputNormalizesLikeMariaDb()
{
    const MysqlParseResult result = parseOk(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER NOT NULL auto_increment , `name` "
        "VARCHAR(255) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n"
        "CREATE TABLE IF NOT EXISTS `Tasks` (`id` INTEGER NOT NULL auto_increment , `complete` "
        "TINYINT(1) DEFAULT false, `userID` INTEGER NOT NULL, `doc` JSON, PRIMARY KEY (`id`), "
        "FOREIGN KEY (`userID`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) "
        "ENGINE=InnoDB;"));
    QCOMPARE(result.realm.schemas.size(), 1);
    const Schema &schema = result.realm.schemas.front();
    QCOMPARE(schema.name, QString());
    QCOMPARE(schema.charset, QStringLiteral("utf8mb4"));
    QCOMPARE(schema.collation, QStringLiteral("utf8mb4_general_ci"));
    QCOMPARE(schema.tables.size(), 2);
    const Table &tasks = schema.tables.at(0);
    QCOMPARE(tasks.name, QStringLiteral("Tasks"));
    QCOMPARE(tasks.engine, QString());
    QCOMPARE(tasks.columns.at(0).type.raw, QStringLiteral("int(11)"));
    QCOMPARE(tasks.columns.at(0).type.normalized, QStringLiteral("int"));
    QVERIFY(tasks.columns.at(0).autoIncrement);
    QCOMPARE(tasks.columns.at(1).type.normalized, QStringLiteral("bool"));
    QCOMPARE(tasks.columns.at(1).defaultValue->sql, QStringLiteral("0"));
    // MariaDB's JSON as stored: longtext in utf8mb4_bin plus a json_valid check.
    QCOMPARE(tasks.columns.at(3).type.normalized, QStringLiteral("longtext"));
    QCOMPARE(tasks.columns.at(3).collation, QStringLiteral("utf8mb4_bin"));
    QCOMPARE(tasks.checks.size(), 1);
    QCOMPARE(tasks.checks.front().name, QStringLiteral("doc"));
    QCOMPARE(tasks.checks.front().expression, QStringLiteral("json_valid(`doc`)"));
    QCOMPARE(tasks.foreignKeys.size(), 1);
    QCOMPARE(tasks.foreignKeys.front().name, QStringLiteral("Tasks_ibfk_1"));
    QCOMPARE(tasks.foreignKeys.front().onDelete, ReferenceAction::Cascade);
    QCOMPARE(tasks.indexes.size(), 1);
    QCOMPARE(tasks.indexes.front().name, QStringLiteral("userID"));
    const QString hcl = writeAtlasHcl(result.realm, *dialectByName(QStringLiteral("mariadb")));
    QVERIFY2(hcl.contains(QLatin1String("foreign_key \"Tasks_ibfk_1\"")), qPrintable(hcl));
    QVERIFY2(hcl.contains(QLatin1String("index \"userID\"")), qPrintable(hcl));
}

void TestMysqlParser::mysql8FlavourDiffers()
{
    const MysqlParseResult result =
        parseOk(QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                               "CREATE TABLE b (id int, a_id int REFERENCES a (id), y year, "
                               "  c int CHECK (c > 0), d int, FOREIGN KEY (d) REFERENCES a (id), "
                               "  CHECK (d < 5));"),
                MysqlParseOptions::mySql8());
    const Table &b = result.realm.schemas.front().tables.at(1);
    QCOMPARE(result.realm.schemas.front().collation, QStringLiteral("utf8mb4_0900_ai_ci"));
    QCOMPARE(b.columns.at(0).type.raw, QStringLiteral("int"));
    QCOMPARE(b.columns.at(2).type.raw, QStringLiteral("year"));
    QCOMPARE(b.foreignKeys.size(), 1); // inline REFERENCES ignored
    QCOMPARE(b.foreignKeys.front().name, QStringLiteral("b_ibfk_1"));
    QCOMPARE(b.foreignKeys.front().onDelete, ReferenceAction::NoAction);
    QCOMPARE(b.checks.size(), 2);
    QCOMPARE(b.checks.at(0).name, QStringLiteral("b_chk_1"));
    QCOMPARE(b.checks.at(0).expression, QStringLiteral("(`c` > 0)"));
    QCOMPARE(b.checks.at(1).name, QStringLiteral("b_chk_2"));

    const MysqlParseResult maria =
        parseOk(QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                               "CREATE TABLE b (id int, a_id int REFERENCES a (id), y year, "
                               "  c int CHECK (c > 0), d int, FOREIGN KEY (d) REFERENCES a (id), "
                               "  CHECK (d < 5));"));
    const Table &mb = maria.realm.schemas.front().tables.at(1);
    QCOMPARE(mb.columns.at(0).type.raw, QStringLiteral("int(11)"));
    QCOMPARE(mb.columns.at(2).type.raw, QStringLiteral("year(4)"));
    QCOMPARE(mb.foreignKeys.size(), 2);
    QCOMPARE(mb.foreignKeys.at(0).onDelete, ReferenceAction::Restrict);
    QCOMPARE(mb.checks.at(0).name, QStringLiteral("c"));
    QCOMPARE(mb.checks.at(0).expression, QStringLiteral("`c` > 0"));
    QCOMPARE(mb.checks.at(1).name, QStringLiteral("CONSTRAINT_1"));
}

void TestMysqlParser::charsetsInheritFromTable()
{
    const MysqlParseResult result = parseOk(QStringLiteral(
        "CREATE TABLE t (a varchar(5), b varchar(5) CHARACTER SET utf8mb4, c char(36) BINARY, "
        "d text COLLATE latin1_bin, e int, f varchar(3) CHARSET utf8) DEFAULT CHARSET=latin1;"));
    const Table &t = onlyTable(result);
    QCOMPARE(t.charset, QStringLiteral("latin1"));
    QCOMPARE(t.collation, QStringLiteral("latin1_swedish_ci"));
    QCOMPARE(t.columns.at(0).charset, QString());
    QCOMPARE(t.columns.at(0).collation, QString());
    QCOMPARE(t.columns.at(1).charset, QStringLiteral("utf8mb4"));
    QCOMPARE(t.columns.at(1).collation, QStringLiteral("utf8mb4_general_ci"));
    QCOMPARE(t.columns.at(2).collation, QStringLiteral("latin1_bin"));
    QCOMPARE(t.columns.at(3).charset, QString());
    QCOMPARE(t.columns.at(3).collation, QStringLiteral("latin1_bin"));
    QCOMPARE(t.columns.at(4).collation, QString());
    QCOMPARE(t.columns.at(5).charset, QStringLiteral("utf8mb3"));
    QCOMPARE(t.columns.at(5).collation, QStringLiteral("utf8mb3_general_ci"));
}

void TestMysqlParser::foreignKeyIndexIsAddedOnlyWhenNeeded()
{
    const MysqlParseResult result = parseOk(
        QStringLiteral("CREATE TABLE p (id int PRIMARY KEY, x int, KEY (id, x));\n"
                       "CREATE TABLE c (id int, a int, b int, e int, f int, PRIMARY KEY (a, id),\n"
                       "  CONSTRAINT cc FOREIGN KEY (b) REFERENCES p (id),\n"
                       "  FOREIGN KEY (a) REFERENCES p (id),\n"
                       "  FOREIGN KEY fk_e (e, f) REFERENCES p (id, x), INDEX fe (f, e));\n"
                       "ALTER TABLE c ADD INDEX b_first (b, e);"));
    const Table &c = result.realm.schemas.front().tables.at(0);
    QStringList indexes;
    for (const Index &index : c.indexes)
        indexes.append(index.name);
    // a is the PK's first column; cc is covered by b_first added later; (e, f) is not covered
    // by (f, e).
    QCOMPARE(indexes, (QStringList{QStringLiteral("b_first"), QStringLiteral("fe"),
                                   QStringLiteral("fk_e")}));
    QStringList keys;
    for (const ForeignKey &key : c.foreignKeys)
        keys.append(key.name);
    // utf8mb3_general_ci order, as information_schema sorts: `_` after letters.
    QCOMPARE(keys, (QStringList{QStringLiteral("cc"), QStringLiteral("c_ibfk_1"),
                                QStringLiteral("fk_e")}));
    QCOMPARE(c.columns.at(1).nullable, false);
}

void TestMysqlParser::schemaNameFollowsUseAndCreateDatabase()
{
    const MysqlParseResult result =
        parseOk(QStringLiteral("CREATE DATABASE IF NOT EXISTS shop CHARACTER SET latin1;\n"
                               "USE shop;\n"
                               "CREATE TABLE items (id int, name varchar(5));\n"
                               "CREATE SCHEMA `audit` COLLATE utf8mb4_bin;\n"
                               "CREATE TABLE audit.events (id int, item int, FOREIGN KEY (item) "
                               "REFERENCES shop.items (id));"));
    QCOMPARE(result.realm.schemas.size(), 2);
    QCOMPARE(result.realm.schemas.at(0).name, QStringLiteral("audit"));
    QCOMPARE(result.realm.schemas.at(0).charset, QStringLiteral("utf8mb4"));
    QCOMPARE(result.realm.schemas.at(0).collation, QStringLiteral("utf8mb4_bin"));
    QCOMPARE(result.realm.schemas.at(0).tables.front().foreignKeys.front().refSchema,
             QStringLiteral("shop"));
    QCOMPARE(result.realm.schemas.at(1).name, QStringLiteral("shop"));
    QCOMPARE(result.realm.schemas.at(1).tables.front().charset, QStringLiteral("latin1"));
}

void TestMysqlParser::unmodelledStatementsBecomeWarnings()
{
    const MysqlParseResult result =
        parseOk(QStringLiteral("SET NAMES utf8mb4;\n"
                               "CREATE TABLE t (id int);\n"
                               "INSERT INTO t VALUES (1), (2);\n"
                               "CREATE DEFINER=`root`@`%` VIEW v AS SELECT id FROM t;\n"
                               "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
                               "  IF NEW.id < 0 THEN SET NEW.id = 0; END IF;\n"
                               "END;\n"
                               "/*!50003 CREATE PROCEDURE p() BEGIN SELECT 1; END */;\n"
                               "CREATE TABLE u (id int);"));
    QCOMPARE(result.warnings, (QStringList{QStringLiteral("ignored: SET at line 1"),
                                           QStringLiteral("ignored: INSERT at line 3"),
                                           QStringLiteral("ignored: CREATE VIEW at line 4"),
                                           QStringLiteral("ignored: CREATE TRIGGER at line 5"),
                                           QStringLiteral("ignored: CREATE PROCEDURE at line 8")}));
    QCOMPARE(result.realm.schemas.front().tables.size(), 2);
}

void TestMysqlParser::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown attribute")
        << QStringLiteral("CREATE TABLE `users` (\n  id int,\n  name varchar(10) FOO\n);")
        << QStringLiteral("schema.sql:3:20: syntax error near \"FOO\" in CREATE TABLE `users`");
    QTest::newRow("unknown type")
        << QStringLiteral("CREATE TABLE t (a strange);")
        << QStringLiteral("schema.sql:1:19: syntax error near \"strange\" in CREATE TABLE `t`");
    QTest::newRow("end of input")
        << QStringLiteral("CREATE TABLE t (a int")
        << QStringLiteral("schema.sql:1:22: syntax error at end of input in CREATE TABLE `t`");
    QTest::newRow("missing table")
        << QStringLiteral("CREATE TABLE a (id int);\nALTER TABLE missing ADD COLUMN x int;")
        << QStringLiteral(
               "schema.sql:2:13: table `missing` does not exist in ALTER TABLE `missing`");
    QTest::newRow("duplicate column")
        << QStringLiteral("CREATE TABLE t (a int, A int);")
        << QStringLiteral("schema.sql:1:14: duplicate column name `A` in CREATE TABLE `t`");
    QTest::newRow("unknown key column")
        << QStringLiteral("CREATE TABLE t (a int, KEY k (b));")
        << QStringLiteral("schema.sql:1:14: key column `b` doesn't exist in table in CREATE "
                          "TABLE `t`");
    QTest::newRow("table exists")
        << QStringLiteral("CREATE TABLE t (a int);\nCREATE TABLE t (a int);")
        << QStringLiteral("schema.sql:2:14: table `t` already exists in CREATE TABLE `t`");
    QTest::newRow("unterminated string")
        << QStringLiteral("CREATE TABLE t (a varchar(3) DEFAULT 'x);")
        << QStringLiteral("schema.sql:1:38: unterminated string");
    QTest::newRow("unterminated comment")
        << QStringLiteral("CREATE TABLE t (a int); /* never closed")
        << QStringLiteral("schema.sql:1:25: unterminated comment");
    QTest::newRow("two primary keys")
        << QStringLiteral("CREATE TABLE t (a int PRIMARY KEY, b int, PRIMARY KEY (b));")
        << QStringLiteral("schema.sql:1:14: multiple primary keys defined in CREATE TABLE `t`");
    QTest::newRow("bad action")
        << QStringLiteral("CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES u (id) ON DELETE "
                          "EXPLODE);")
        << QStringLiteral("schema.sql:1:68: syntax error near \"EXPLODE\" in CREATE TABLE `t`");
}

void TestMysqlParser::errors()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const auto result =
        parseMysqlDdl(sql, QStringLiteral("schema.sql"), MysqlParseOptions::mariaDb());
    QVERIFY(!result);
    QCOMPARE(result.error().message, message);
}

void TestMysqlParser::hostileInputFailsCleanly()
{
    const QString deep = QStringLiteral("CREATE TABLE t (a int CHECK ") +
                         QString(100000, QLatin1Char('(')) + QStringLiteral("1") +
                         QString(100000, QLatin1Char(')')) + QStringLiteral(");");
    const auto nested =
        parseMysqlDdl(deep, QStringLiteral("deep.sql"), MysqlParseOptions::mariaDb());
    QVERIFY(!nested);
    QCOMPARE(nested.error().message,
             QStringLiteral("deep.sql:1:229: expression nested too deeply in CREATE TABLE `t`"));

    QString garbage;
    quint32 seed = 12345;
    const QString alphabet = QStringLiteral("CREATE TABLE ALTER ( ) , ; ' \" ` /*! */ -- # \n x 1 "
                                            "KEY INDEX PRIMARY FOREIGN REFERENCES DEFAULT");
    const QStringList pieces = alphabet.split(QLatin1Char(' '));
    for (int round = 0; round < 300; ++round) {
        garbage.clear();
        for (int i = 0; i < 60; ++i) {
            seed = seed * 1103515245u + 12345u;
            garbage += pieces.at(int((seed >> 16) % quint32(pieces.size()))) + QLatin1Char(' ');
        }
        // Must return (value or error), never crash or hang.
        const auto result =
            parseMysqlDdl(garbage, QStringLiteral("fuzz.sql"), MysqlParseOptions::mariaDb());
        if (!result)
            QVERIFY(result.error().message.startsWith(QLatin1String("fuzz.sql:")));
    }
}

void TestMysqlParser::loaderParsesWithoutDevDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE t (id int PRIMARY KEY, doc json);\nCREATE VIEW v AS SELECT 1;\n");
    file.close();
    for (const QString &dialect : {QStringLiteral("mariadb"), QStringLiteral("mysql")}) {
        LoadRequest request;
        request.url = DatabaseUrl::parse(QLatin1String("file://") + path).value();
        request.dialect = dialect;
        const auto result = loadSchema(request, TaskControl());
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->database.flavour, dialect);
        QCOMPARE(result->warnings, QStringList{QStringLiteral("ignored: CREATE VIEW at line 2")});
        QCOMPARE(result->realm.schemas.front().tables.front().name, QStringLiteral("t"));
    }
}

QTEST_GUILESS_MAIN(TestMysqlParser)
#include "tst_mysqlparser.moc"
