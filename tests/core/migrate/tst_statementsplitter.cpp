// The migration-file splitter against Atlas's own oracles: the golden files of its lexer tests
// (sql/migrate/testdata/lex*, run with the scanner options sql/migrate/lex_test.go gives each),
// its error and comment-group tests, and each database's rules.
#include "db/registry.h"
#include "dialect/dialect.h"
#include "migrate/statementsplitter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace strata;

Q_DECLARE_METATYPE(strata::SplitRules)

namespace {

const QString kData = QStringLiteral(STRATA_TEST_DATA "/migrate");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// lex_test.go TestLocalFile_Stmts: every option on, `#` comments except in `_pg` files, GO
/// only in `_ms` files.
SplitRules lexGoldenRules(const QString &name)
{
    SplitRules rules;
    rules.beginBlocks = true;
    rules.beginAtomic = true;
    rules.dollarQuotes = true;
    rules.backslashEscapes = true;
    rules.escapedStrings = true;
    rules.hashComments = !name.contains(QLatin1String("_pg"));
    rules.goCommand = name.contains(QLatin1String("_ms"));
    return rules;
}

/// A scanner with every option off: Atlas's `&Scanner{}`.
SplitRules bareRules()
{
    SplitRules rules;
    rules.dollarQuotes = false;
    rules.beginAtomic = false;
    return rules;
}

/// Atlas's `Stmts()`: the generic scanner (BEGIN ATOMIC and dollar quotes on).
SplitRules genericRules()
{
    return SplitRules();
}

SplitRules dialectRules(const char *name)
{
    return dialectByName(QLatin1String(name))->statementSplitRules();
}

QString joinedTexts(const QList<MigrationStatement> &statements)
{
    QStringList texts;
    for (const MigrationStatement &statement : statements)
        texts.append(statement.text);
    return texts.join(QStringLiteral("\n-- end --\n"));
}

void addGoldenRows(const QString &folder, SplitRules (*rulesFor)(const QString &))
{
    const QDir dir(kData + QLatin1Char('/') + folder);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(dir.path()));
    for (const QString &name : names) {
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + name))
            << readFile(dir.filePath(name))
            << QString::fromUtf8(readFile(dir.filePath(name + QLatin1String(".golden"))))
            << rulesFor(name);
    }
}

} // namespace

class TestStatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAtlasGoldens_data();
    void matchesAtlasGoldens();
    void escapedStringsNeedTheirRule_data();
    void escapedStringsNeedTheirRule();
    void reportsAtlasErrors_data();
    void reportsAtlasErrors();
    void groupsCommentsAboveStatements();
    void locatesStatementsInTheFile_data();
    void locatesStatementsInTheFile();
    void followsEachDatabasesRules_data();
    void followsEachDatabasesRules();
};

void TestStatementSplitter::matchesAtlasGoldens_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<SplitRules>("rules");
    addGoldenRows(QStringLiteral("lex"), &lexGoldenRules);
    // lex_test.go TestScanner_StmtsGroup: a bare scanner with MatchBegin.
    addGoldenRows(QStringLiteral("lexgroup"), [](const QString &) {
        SplitRules rules = bareRules();
        rules.beginBlocks = true;
        return rules;
    });
    // TestScanner_EscapedStrings: MySQL's escapes for the .my file, PostgreSQL's for the .pg one.
    addGoldenRows(QStringLiteral("lexescaped"), [](const QString &name) {
        SplitRules rules = bareRules();
        rules.backslashEscapes = name.contains(QLatin1String(".my."));
        rules.escapedStrings = name.contains(QLatin1String(".pg."));
        return rules;
    });
}

void TestStatementSplitter::matchesAtlasGoldens()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, golden);
    QFETCH(SplitRules, rules);
    QVERIFY(!content.isEmpty());
    QVERIFY(!golden.isEmpty());
    auto statements = splitStatements(content, rules);
    QVERIFY2(statements, qPrintable(statements ? QString() : statements.error().message));
    QCOMPARE(joinedTexts(statements.value()), golden);
}

void TestStatementSplitter::escapedStringsNeedTheirRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mysqlEscapes");
    QTest::addColumn<QString>("error");
    // TestScanner_EscapedStrings: each file fails under the other database's escaping.
    QTest::newRow("pg file, backslash escapes")
        << QStringLiteral("2.pg.sql") << true << QStringLiteral("4:40: unclosed quote '\\''");
    QTest::newRow("my file, E'' strings only")
        << QStringLiteral("1.my.sql") << false << QStringLiteral("4:42: unclosed quote '\\''");
}

void TestStatementSplitter::escapedStringsNeedTheirRule()
{
    QFETCH(QString, file);
    QFETCH(bool, mysqlEscapes);
    QFETCH(QString, error);
    SplitRules rules = bareRules();
    rules.backslashEscapes = mysqlEscapes;
    rules.escapedStrings = !mysqlEscapes;
    SplitFailure failure;
    auto statements =
        splitStatements(readFile(kData + QStringLiteral("/lexescaped/") + file), rules, &failure);
    QVERIFY(!statements);
    QCOMPARE(statements.error().message, error);
    QCOMPARE(failure.message(), error);
    QCOMPARE(failure.line, 4);
}

void TestStatementSplitter::reportsAtlasErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SplitRules>("rules");
    QTest::addColumn<QString>("error");
    // lex_test.go TestLex_Errors, through Atlas's Stmts().
    const SplitRules generic = genericRules();
    QTest::newRow("unclosed single at 1:1")
        << QByteArray("'this quote is unclosed at 1:1") << generic
        << QStringLiteral("1:1: unclosed quote '\\''");
    QTest::newRow("unclosed single at 1:6")
        << QByteArray("12345'this quote is unclosed at pos 7") << generic
        << QStringLiteral("1:6: unclosed quote '\\''");
    QTest::newRow("unclosed single at EOS")
        << QByteArray("unclosed '") << generic << QStringLiteral("1:10: unclosed quote '\\''");
    QTest::newRow("unclosed double at 1:1")
        << QByteArray("\"unclosed double") << generic << QStringLiteral("1:1: unclosed quote '\"'");
    QTest::newRow("unclosed double at 2:2") << QByteArray("unclosed double at 2:2\n \"") << generic
                                            << QStringLiteral("2:2: unclosed quote '\"'");
    QTest::newRow("unclosed double at 5:5")
        << QByteArray("unclosed double at 2:2\n\n\n\n1234\"") << generic
        << QStringLiteral("5:5: unclosed quote '\"'");
    QTest::newRow("unclosed parentheses at 1:1")
        << QByteArray("(unclosed parentheses") << generic << QStringLiteral("1:1: unclosed '('");
    QTest::newRow("unclosed parentheses at 1:3")
        << QByteArray("()(unclosed parentheses") << generic << QStringLiteral("1:3: unclosed '('");
    QTest::newRow("unexpected parentheses at 1:5")
        << QByteArray("1234)6789") << generic << QStringLiteral("1:5: unexpected ')'");
    // Positions count from the file's start, the delimiter line included.
    QTest::newRow("after a delimiter line") << QByteArray("-- atlas:delimiter //\n\nSELECT (1//\n")
                                            << generic << QStringLiteral("3:8: unclosed '('");
    QTest::newRow("unclosed backtick in the second statement")
        << QByteArray("SELECT 1;\nSELECT `a;\n") << dialectRules("mysql")
        << QStringLiteral("2:8: unclosed quote '`'");
    QTest::newRow("a delimiter line with nothing after it")
        << QByteArray("-- atlas:delimiter //") << generic
        << QStringLiteral("1:0: no input found after delimiter \"//\"");
    QTest::newRow("an empty DELIMITER")
        << QByteArray("DELIMITER ''\nSELECT 1;") << generic << QStringLiteral("empty delimiter");
}

void TestStatementSplitter::reportsAtlasErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(SplitRules, rules);
    QFETCH(QString, error);
    auto statements = splitStatements(content, rules);
    QVERIFY(!statements);
    QCOMPARE(statements.error().message, error);
}

void TestStatementSplitter::groupsCommentsAboveStatements()
{
    // lex_test.go TestLocalFile_StmtDecls, with the options it gives its scanner.
    const QByteArray file = "cmd0;\n"
                            "-- test\n"
                            "cmd1;\n"
                            "\n"
                            "-- hello\n"
                            "-- world\n"
                            "cmd2;\n"
                            "\n"
                            "-- skip\n"
                            "-- this\n"
                            "# comment\n"
                            "\n"
                            "/* Skip this as well */\n"
                            "\n"
                            "# Skip this\n"
                            "/* one */\n"
                            "\n"
                            "# command\n"
                            "cmd3;\n"
                            "\n"
                            "/* comment1 */\n"
                            "/* comment2 */\n"
                            "cmd4;\n"
                            "\n"
                            "--atlas:nolint\n"
                            "-- atlas:nolint destructive\n"
                            "cmd5;\n"
                            "\n"
                            "#atlas:lint error\n"
                            "/*atlas:nolint DS101*/\n"
                            "/* atlas:lint not a directive */\n"
                            "/*\n"
                            "atlas:lint not a directive\n"
                            "*/\n"
                            "cmd6;\n"
                            "\n"
                            "-- atlas:nolint\n"
                            "cmd7;\n";
    SplitRules rules = lexGoldenRules(QStringLiteral("f"));
    rules.goCommand = false;
    auto statements = splitStatements(file, rules);
    QVERIFY(statements);
    QCOMPARE(statements->size(), 8);
    const auto at = [&](int i) {
        return statements->at(i);
    };
    QCOMPARE(at(0).text, QStringLiteral("cmd0;"));
    QCOMPARE(at(0).offset, 0);
    QVERIFY(at(0).comments.isEmpty());
    for (int i = 1; i < 8; ++i) {
        const QByteArray text = "cmd" + QByteArray::number(i) + ';';
        QCOMPARE(at(i).text, QString::fromLatin1(text));
        QCOMPARE(at(i).offset, file.indexOf(text));
        QCOMPARE(at(i).line, 1 + int(file.left(file.indexOf(text)).count('\n')));
    }
    QCOMPARE(at(1).comments, QStringList{QStringLiteral("-- test\n")});
    QCOMPARE(at(2).comments,
             (QStringList{QStringLiteral("-- hello\n"), QStringLiteral("-- world\n")}));
    QCOMPARE(at(3).comments, QStringList{QStringLiteral("# command\n")});
    QCOMPARE(at(4).comments,
             (QStringList{QStringLiteral("/* comment1 */"), QStringLiteral("/* comment2 */")}));
    QCOMPARE(at(5).comments, (QStringList{QStringLiteral("--atlas:nolint\n"),
                                          QStringLiteral("-- atlas:nolint destructive\n")}));
    QCOMPARE(at(6).comments, (QStringList{QStringLiteral("#atlas:lint error\n"),
                                          QStringLiteral("/*atlas:nolint DS101*/"),
                                          QStringLiteral("/* atlas:lint not a directive */"),
                                          QStringLiteral("/*\natlas:lint not a directive\n*/")}));
    QCOMPARE(at(7).comments, QStringList{QStringLiteral("-- atlas:nolint\n")});
}

void TestStatementSplitter::locatesStatementsInTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<qsizetype>>("offsets");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("comment lines before")
        << QByteArray("-- Create \"t\" table\nCREATE TABLE t (a int);\n\n-- Add\nALTER TABLE t "
                      "ADD b int;\n")
        << QStringList{QStringLiteral("CREATE TABLE t (a int);"),
                       QStringLiteral("ALTER TABLE t ADD b int;")}
        << QList<qsizetype>{20, 52} << QList<int>{2, 5};
    QTest::newRow("two on one line, CRLF")
        << QByteArray("SELECT 1;SELECT 2;\r\n\r\nSELECT\r\n 3;")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;"),
                       QStringLiteral("SELECT\r\n 3;")}
        << QList<qsizetype>{0, 9, 22} << QList<int>{1, 1, 3};
    QTest::newRow("a delimiter line counts")
        << QByteArray("-- atlas:delimiter \\n\\n\n\nSELECT 1\n\nSELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}
        << QList<qsizetype>{25, 35} << QList<int>{3, 5};
    QTest::newRow("multi-byte text before")
        << QByteArray("INSERT INTO t VALUES ('\xc3\xa9\xe2\x82\xac');\nSELECT 2;")
        << QStringList{QString::fromUtf8("INSERT INTO t VALUES ('\xc3\xa9\xe2\x82\xac');"),
                       QStringLiteral("SELECT 2;")}
        << QList<qsizetype>{0, 32} << QList<int>{1, 2};
    QTest::newRow("text after the last delimiter")
        << QByteArray("SELECT 1;\n  SELECT 2")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")}
        << QList<qsizetype>{0, 12} << QList<int>{1, 2};
    // Atlas keeps a last line comment without its newline as a statement of its own.
    QTest::newRow("comment at the end without newline")
        << QByteArray("SELECT 1;\n-- done")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("-- done")}
        << QList<qsizetype>{0, 10} << QList<int>{1, 2};
    QTest::newRow("only comments and space") << QByteArray("-- nothing\n\n/* here */\n  \n")
                                             << QStringList() << QList<qsizetype>() << QList<int>();
    QTest::newRow("empty file") << QByteArray() << QStringList() << QList<qsizetype>()
                                << QList<int>();
}

void TestStatementSplitter::locatesStatementsInTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, texts);
    QFETCH(QList<qsizetype>, offsets);
    QFETCH(QList<int>, lines);
    auto statements = splitStatements(content, genericRules());
    QVERIFY2(statements, qPrintable(statements ? QString() : statements.error().message));
    QStringList gotTexts;
    QList<qsizetype> gotOffsets;
    QList<int> gotLines;
    for (const MigrationStatement &statement : statements.value()) {
        gotTexts.append(statement.text);
        gotOffsets.append(statement.offset);
        gotLines.append(statement.line);
    }
    QCOMPARE(gotTexts, texts);
    QCOMPARE(gotOffsets, offsets);
    QCOMPARE(gotLines, lines);
}

void TestStatementSplitter::followsEachDatabasesRules_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("texts");
    const QByteArray hashComment = "SELECT 1 # one; two\n;\n";
    QTest::newRow("mysql: # comments") << QStringLiteral("mysql") << hashComment
                                       << QStringList{QStringLiteral("SELECT 1 # one; two\n;")};
    QTest::newRow("postgres: # is an operator")
        << QStringLiteral("postgres") << hashComment
        << QStringList{QStringLiteral("SELECT 1 # one;"), QStringLiteral("two\n;")};
    const QByteArray backslash = "INSERT INTO t VALUES ('it\\'s; fine');\nSELECT 2;\n";
    QTest::newRow("mysql: backslash escapes")
        << QStringLiteral("mysql") << backslash
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('it\\'s; fine');"),
                       QStringLiteral("SELECT 2;")};
    QTest::newRow("sqlite: a backslash is a character")
        << QStringLiteral("sqlite") << QByteArray("INSERT INTO t VALUES ('C:\\');\nSELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('C:\\');"),
                       QStringLiteral("SELECT 2;")};
    QTest::newRow("postgres: E'' strings take escapes")
        << QStringLiteral("postgres")
        << QByteArray("INSERT INTO t VALUES (E'it\\'s; fine', 'C:\\');\nSELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (E'it\\'s; fine', 'C:\\');"),
                       QStringLiteral("SELECT 2;")};
    QTest::newRow("postgres: dollar quotes")
        << QStringLiteral("postgres")
        << QByteArray("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                      "SELECT f();")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ "
                                      "LANGUAGE sql;"),
                       QStringLiteral("SELECT f();")};
    QTest::newRow("sqlite: trigger body")
        << QStringLiteral("sqlite")
        << QByteArray("CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\nEND;\n"
                      "SELECT 1;")
        << QStringList{
               QStringLiteral(
                   "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\nEND;"),
               QStringLiteral("SELECT 1;")};
    QTest::newRow("mysql: DELIMITER")
        << QStringLiteral("mysql")
        << QByteArray("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\n"
                      "CALL p();")
        << QStringList{QStringLiteral("CREATE PROCEDURE p() BEGIN SELECT 1; END"),
                       QStringLiteral("CALL p();")};
}

void TestStatementSplitter::followsEachDatabasesRules()
{
    QFETCH(QString, database);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, texts);
    auto statements = splitStatements(content, dialectRules(qPrintable(database)));
    QVERIFY2(statements, qPrintable(statements ? QString() : statements.error().message));
    QStringList got;
    for (const MigrationStatement &statement : statements.value())
        got.append(statement.text);
    QCOMPARE(got, texts);
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
