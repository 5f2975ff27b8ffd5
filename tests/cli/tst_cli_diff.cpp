// `strata schema diff` as a user runs it: the planned SQL, Atlas's sentence when nothing
// changed, and the errors for missing flags. SQLite databases and SQL files here; the same
// command on the MariaDB and PostgreSQL test servers when their URLs are set.

#include "clitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansBetweenSqliteDatabases();
    void plansBetweenSqlFilesThroughTheDevDatabase();
    void syncedSchemasSaySo();
    void missingFlags();
    void plansOnPostgres();
};

void TestCliDiff::plansBetweenSqliteDatabases()
{
    QTemporaryDir dir;
    QVERIFY(createDatabase(dir.filePath(QStringLiteral("from.db")),
                           QStringLiteral("CREATE TABLE users (id integer NOT NULL, "
                                          "PRIMARY KEY (id))")));
    QVERIFY(createDatabase(dir.filePath(QStringLiteral("to.db")),
                           QStringLiteral("CREATE TABLE users (id integer NOT NULL, name text "
                                          "NULL, PRIMARY KEY (id)); CREATE INDEX by_name ON "
                                          "users (name)")));
    const Run run = runStrata({QStringLiteral("schema"), QStringLiteral("diff"),
                               QStringLiteral("--from"), QStringLiteral("sqlite://from.db"),
                               QStringLiteral("--to"), QStringLiteral("sqlite://to.db")},
                              dir.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("-- Add column \"name\" to table: \"users\"\n"
                                     "ALTER TABLE `users` ADD COLUMN `name` text NULL;\n"
                                     "-- Create index \"by_name\" to table: \"users\"\n"
                                     "CREATE INDEX `by_name` ON `users` (`name`);\n"));
}

void TestCliDiff::plansBetweenSqlFilesThroughTheDevDatabase()
{
    QTemporaryDir dir;
    QFile from(dir.filePath(QStringLiteral("from.sql")));
    QVERIFY(from.open(QIODevice::WriteOnly));
    from.write("CREATE TABLE t1 (id int);\n");
    from.close();
    QFile to(dir.filePath(QStringLiteral("to.sql")));
    QVERIFY(to.open(QIODevice::WriteOnly));
    to.write("CREATE TABLE t1 (id int);\nCREATE TABLE t2 (id int, t1_id int REFERENCES "
             "t1(id));\n");
    to.close();
    const Run run = runStrata(
        {QStringLiteral("schema"), QStringLiteral("diff"), QStringLiteral("--from"),
         QStringLiteral("file://from.sql"), QStringLiteral("--to"), QStringLiteral("file://to.sql"),
         QStringLiteral("--dev-url"), QStringLiteral("sqlite://dev?mode=memory")},
        dir.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("-- Create \"t2\" table\n"
                                     "CREATE TABLE `t2` (`id` int NULL, `t1_id` int NULL, "
                                     "CONSTRAINT `0` FOREIGN KEY (`t1_id`) REFERENCES `t1` (`id`) "
                                     "ON UPDATE NO ACTION ON DELETE NO ACTION);\n"));
}

void TestCliDiff::syncedSchemasSaySo()
{
    QTemporaryDir dir;
    QVERIFY(createDatabase(dir.filePath(QStringLiteral("a.db")),
                           QStringLiteral("CREATE TABLE t (id int)")));
    const Run run = runStrata({QStringLiteral("schema"), QStringLiteral("diff"),
                               QStringLiteral("--from"), QStringLiteral("sqlite://a.db"),
                               QStringLiteral("--to"), QStringLiteral("sqlite://a.db")},
                              dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Schemas are synced, no changes to be made.\n"));
}

void TestCliDiff::missingFlags()
{
    const Run run = runStrata({QStringLiteral("schema"), QStringLiteral("diff")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("Error: required flag(s) \"from\", \"to\" not set\n"));
    const Run sql = runStrata({QStringLiteral("schema"), QStringLiteral("diff"),
                               QStringLiteral("--from"), QStringLiteral("file://a.sql"),
                               QStringLiteral("--to"), QStringLiteral("file://a.sql")},
                              QDir::tempPath());
    QCOMPARE(sql.exitCode, 1);
}

void TestCliDiff::plansOnPostgres()
{
    const QString server = QString::fromUtf8(qgetenv("STRATA_TEST_POSTGRES_URL"));
    if (server.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("STRATA_TEST_POSTGRES_URL is not set");
        QSKIP("STRATA_TEST_POSTGRES_URL is not set");
    }
    QTemporaryDir dir;
    QFile from(dir.filePath(QStringLiteral("from.sql")));
    QVERIFY(from.open(QIODevice::WriteOnly));
    from.write("CREATE TABLE users (id serial PRIMARY KEY, name text);\n");
    from.close();
    QFile to(dir.filePath(QStringLiteral("to.sql")));
    QVERIFY(to.open(QIODevice::WriteOnly));
    to.write("CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, age int);\n"
             "CREATE INDEX users_age ON users (age);\n");
    to.close();
    const Run run = runStrata(
        {QStringLiteral("schema"), QStringLiteral("diff"), QStringLiteral("--from"),
         QStringLiteral("file://from.sql"), QStringLiteral("--to"), QStringLiteral("file://to.sql"),
         QStringLiteral("--dev-url"), server + QStringLiteral("&search_path=public")},
        dir.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("-- Modify \"users\" table\n"
                                     "ALTER TABLE \"users\" ALTER COLUMN \"name\" SET NOT NULL, "
                                     "ADD COLUMN \"age\" integer NULL;\n"
                                     "-- Create index \"users_age\" to table: \"users\"\n"
                                     "CREATE INDEX \"users_age\" ON \"users\" (\"age\");\n"));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
