// Atlas's `atlas:` directives: the pattern of sql/migrate/dir.go, file directives (the header
// before a blank line) and statement directives, and what txmode, checkpoint and nolint mean.
#include "migrate/directives.h"

#include <QFile>
#include <QTest>

using namespace strata;

class TestDirectives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAtlasPattern_data();
    void matchesAtlasPattern();
    void readsFileDirectives_data();
    void readsFileDirectives();
    void readsStatementDirectives();
    void readsTxMode_data();
    void readsTxMode();
    void findsCheckpoints();
    void splitsNolintRules();
    void readsSumAndDelimiter();
};

void TestDirectives::matchesAtlasPattern_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("argument");
    QTest::newRow("sql comment") << QByteArray("-- atlas:sum ignore\nSELECT 1;") << true
                                 << QByteArray("-- ") << QByteArray("sum") << QByteArray("ignore");
    QTest::newRow("no prefix") << QByteArray("atlas:txmode none") << true << QByteArray()
                               << QByteArray("txmode") << QByteArray("none");
    QTest::newRow("no argument") << QByteArray("-- atlas:checkpoint\n") << true << QByteArray("-- ")
                                 << QByteArray("checkpoint") << QByteArray();
    QTest::newRow("spaces then argument with spaces")
        << QByteArray("--atlas:nolint   DS101 destructive  \n") << true << QByteArray("--")
        << QByteArray("nolint") << QByteArray("DS101 destructive  ");
    QTest::newRow("CR ends the argument")
        << QByteArray("-- atlas:sum ignore\r\n") << true << QByteArray("-- ") << QByteArray("sum")
        << QByteArray("ignore");
    QTest::newRow("tab is no separator") << QByteArray("-- atlas:sum\tignore") << true
                                         << QByteArray("-- ") << QByteArray("sum") << QByteArray();
    QTest::newRow("last directive on the line wins")
        << QByteArray("-- atlas:sum ignore atlas:txmode none") << true
        << QByteArray("-- atlas:sum ignore ") << QByteArray("txmode") << QByteArray("none");
    QTest::newRow("second line") << QByteArray("SELECT 1;\n-- atlas:sum ignore") << false
                                 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("non-ASCII before") << QByteArray("-- \xc3\xa9 atlas:sum ignore") << false
                                      << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("no name") << QByteArray("-- atlas: ignore") << false << QByteArray()
                             << QByteArray() << QByteArray();
}

void TestDirectives::matchesAtlasPattern()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, matches);
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, argument);
    const std::optional<DirectiveMatch> match = matchDirective(text);
    QCOMPARE(match.has_value(), matches);
    if (!match)
        return;
    QCOMPARE(match->prefix, prefix);
    QCOMPARE(match->name, name);
    QCOMPARE(match->argument, argument);
}

void TestDirectives::readsFileDirectives_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("txmodes");
    QTest::newRow("header then blank line")
        << QByteArray("-- atlas:txmode none\n# atlas:txmode file\n\nCREATE TABLE t (a int);")
        << QStringList{QStringLiteral("none"), QStringLiteral("file")};
    QTest::newRow("CRLF header") << QByteArray("-- atlas:txmode none\r\n\nSELECT 1;")
                                 << QStringList{QStringLiteral("none")};
    // Without a blank line the comment belongs to the first statement.
    QTest::newRow("statement right below")
        << QByteArray("-- atlas:txmode none\nCREATE TABLE t (a int);") << QStringList();
    QTest::newRow("only the directive line")
        << QByteArray("-- atlas:txmode none\n") << QStringList();
    QTest::newRow("comments-only file") << QByteArray("-- atlas:txmode none") << QStringList();
    QTest::newRow("not first") << QByteArray("SELECT 1;\n-- atlas:txmode none\n\n")
                               << QStringList();
}

void TestDirectives::readsFileDirectives()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, txmodes);
    QCOMPARE(fileDirectives(content, QStringLiteral("txmode")), txmodes);
}

void TestDirectives::readsStatementDirectives()
{
    // lex_test.go TestLocalFile_StmtDecls.
    QCOMPARE(statementDirectives({QStringLiteral("--atlas:nolint\n"),
                                  QStringLiteral("-- atlas:nolint destructive\n")},
                                 QStringLiteral("nolint")),
             (QStringList{QString(), QStringLiteral("destructive")}));
    const QStringList group{QStringLiteral("#atlas:lint error\n"),
                            QStringLiteral("/*atlas:nolint DS101*/"),
                            QStringLiteral("/* atlas:lint not a directive */"),
                            QStringLiteral("/*\natlas:lint not a directive\n*/")};
    QCOMPARE(statementDirectives(group, QStringLiteral("lint")),
             QStringList{QStringLiteral("error")});
    QCOMPARE(statementDirectives(group, QStringLiteral("nolint")),
             QStringList{QStringLiteral("DS101")});
    QCOMPARE(statementDirectives({QStringLiteral("-- atlas:nolint\n")}, QStringLiteral("nolint")),
             QStringList{QString()});
}

void TestDirectives::readsTxMode_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << QByteArray("-- atlas:txmode none\n\nSELECT 1;")
                          << QStringLiteral("none") << QString();
    QTest::newRow("file") << QByteArray("-- atlas:txmode file\n\nSELECT 1;")
                          << QStringLiteral("file") << QString();
    QTest::newRow("no directive") << QByteArray("SELECT 1;") << QString() << QString();
    // cmd/atlas/internal/cmdapi/migrate.go txmodeFor.
    QTest::newRow("all") << QByteArray("-- atlas:txmode all\n\nSELECT 1;") << QString()
                         << QStringLiteral("txmode \"all\" is not allowed in file directive "
                                           "\"1_a.sql\". Use \"file\" instead");
    QTest::newRow("unknown") << QByteArray("-- atlas:txmode some\n\nSELECT 1;") << QString()
                             << QStringLiteral("unknown txmode \"some\" found in file directive "
                                               "\"1_a.sql\"");
    QTest::newRow("two") << QByteArray("-- atlas:txmode none\n-- atlas:txmode file\n\nSELECT 1;")
                         << QString()
                         << QStringLiteral("multiple txmode values found in file \"1_a.sql\": "
                                           "[\"none\" \"file\"]");
}

void TestDirectives::readsTxMode()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mode);
    QFETCH(QString, error);
    auto found = fileTxMode(QStringLiteral("1_a.sql"), content);
    if (!error.isEmpty()) {
        QVERIFY(!found);
        QCOMPARE(found.error().message, error);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->value_or(QString()), mode);
}

void TestDirectives::findsCheckpoints()
{
    // Atlas's partial-checkpoint test directory.
    QFile checkpoint(
        QStringLiteral(STRATA_TEST_DATA "/migrate/partial-checkpoint/3_checkpoint.sql"));
    QVERIFY(checkpoint.open(QIODevice::ReadOnly));
    const QByteArray content = checkpoint.readAll();
    QVERIFY(isCheckpoint(content));
    QCOMPARE(checkpointTag(content), std::optional<QString>(QString()));
    QVERIFY(!isCheckpoint("create table `tbl_1` (`col` int);\n"));
    QCOMPARE(checkpointTag("-- atlas:checkpoint v1.2\n\nSELECT 1;"),
             std::optional<QString>(QStringLiteral("v1.2")));
}

void TestDirectives::splitsNolintRules()
{
    QCOMPARE(nolintRules(QString()), QStringList());
    QCOMPARE(nolintRules(QStringLiteral("destructive DS103")),
             (QStringList{QStringLiteral("destructive"), QStringLiteral("DS103")}));
}

void TestDirectives::readsSumAndDelimiter()
{
    QVERIFY(isSumIgnored("-- atlas:sum ignore\nSELECT 1;"));
    QVERIFY(isSumIgnored("atlas:sum ignore"));
    QVERIFY(!isSumIgnored("-- atlas:sum\nSELECT 1;"));
    QVERIFY(!isSumIgnored("-- atlas:sum ignore it\n"));
    QCOMPARE(delimiterDirective("-- atlas:delimiter \\n\\n\n\nSELECT 1"),
             std::optional<QByteArray>("\\n\\n"));
    // Only the exact `-- ` prefix sets a delimiter.
    QCOMPARE(delimiterDirective("--atlas:delimiter //\n"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDirectives)
#include "tst_directives.moc"
