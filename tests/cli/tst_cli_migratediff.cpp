// `strata migrate diff` and `migrate validate --dev-url` as a user runs them, including the
// inputs that must fail cleanly: a migration file the dev database refuses, a tampered
// atlas.sum, a desired-state program that fails. None of them writes a file.

#include "clitestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

const QString kDev = QStringLiteral("sqlite://dev?mode=memory");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList sqlFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

Run migrate(const QStringList &arguments, const QString &directory)
{
    return runStrata(QStringList{QStringLiteral("migrate")} + arguments, directory);
}

} // namespace

class TestCliMigrateDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheNextMigration();
    void indentsAndQualifiesAsAsked();
    void refusedStatementNamesFileAndLine();
    void tamperedSumStopsBeforePlanning();
    void failingProgramWritesNothing();
};

void TestCliMigrateDiff::writesTheNextMigration()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("migrations"));
    writeFile(dir.filePath(QStringLiteral("migrations/1_init.sql")),
              "CREATE TABLE users (id integer NOT NULL, PRIMARY KEY (id));\n");
    QCOMPARE(migrate({QStringLiteral("hash")}, dir.path()).exitCode, 0);
    writeFile(dir.filePath(QStringLiteral("schema.sql")),
              "CREATE TABLE users (id integer NOT NULL, name text, PRIMARY KEY (id));\n");
    const Run run =
        migrate({QStringLiteral("diff"), QStringLiteral("--dev-url"), kDev, QStringLiteral("--to"),
                 QStringLiteral("file://schema.sql"), QStringLiteral("add_name")},
                dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    const QStringList files = sqlFiles(dir.filePath(QStringLiteral("migrations")));
    QCOMPARE(files.size(), 2);
    QVERIFY(files.last().endsWith(QLatin1String("_add_name.sql")));
    QCOMPARE(readText(dir.filePath(QStringLiteral("migrations/") + files.last())),
             QStringLiteral("-- Add column \"name\" to table: \"users\"\n"
                            "ALTER TABLE `users` ADD COLUMN `name` text NULL;\n"));
    QCOMPARE(migrate({QStringLiteral("validate"), QStringLiteral("--dev-url"), kDev}, dir.path())
                 .exitCode,
             0);
    const Run again = migrate({QStringLiteral("diff"), QStringLiteral("--dev-url"), kDev,
                               QStringLiteral("--to"), QStringLiteral("file://schema.sql")},
                              dir.path());
    QCOMPARE(again.out, QStringLiteral("The migration directory is synced with the desired "
                                       "state, no changes to be made\n"));
    const Run missing = migrate({QStringLiteral("diff")}, dir.path());
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QStringLiteral("Error: required flag(s) \"dev-url\", \"to\" not set\n"));
}

void TestCliMigrateDiff::indentsAndQualifiesAsAsked()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("schema.sql")),
              "CREATE TABLE t (id integer NOT NULL, PRIMARY KEY (id));\n");
    const Run run = migrate({QStringLiteral("diff"), QStringLiteral("--dev-url"), kDev,
                             QStringLiteral("--to"), QStringLiteral("file://schema.sql"),
                             QStringLiteral("--format"), QStringLiteral("{{ sql . \"  \" }}"),
                             QStringLiteral("--qualifier"), QStringLiteral("main")},
                            dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = sqlFiles(dir.filePath(QStringLiteral("migrations")));
    QCOMPARE(files.size(), 1);
    QCOMPARE(readText(dir.filePath(QStringLiteral("migrations/") + files.first())),
             QStringLiteral("-- Create \"t\" table\nCREATE TABLE `main`.`t` (\n  `id` integer NOT "
                            "NULL,\n  PRIMARY KEY (`id`)\n);\n"));
}

void TestCliMigrateDiff::refusedStatementNamesFileAndLine()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("migrations"));
    writeFile(dir.filePath(QStringLiteral("migrations/1_a.sql")), "CREATE TABLE a (id int);\n");
    writeFile(dir.filePath(QStringLiteral("migrations/2_bad.sql")),
              "CREATE TABLE x (id int);\n\nINSERT INTO nope VALUES (1);\n");
    QCOMPARE(migrate({QStringLiteral("hash")}, dir.path()).exitCode, 0);
    writeFile(dir.filePath(QStringLiteral("schema.sql")), "CREATE TABLE a (id int);\n");
    const QString expected = QStringLiteral(
        "Error: 2_bad.sql:3: executing statement: Statement \"INSERT INTO nope VALUES (1)\" "
        "failed on sqlite://dev?mode=memory: no such table: nope.\n");
    const Run diff = migrate({QStringLiteral("diff"), QStringLiteral("--dev-url"), kDev,
                              QStringLiteral("--to"), QStringLiteral("file://schema.sql")},
                             dir.path());
    QCOMPARE(diff.exitCode, 1);
    QCOMPARE(diff.err, expected);
    QCOMPARE(sqlFiles(dir.filePath(QStringLiteral("migrations"))).size(), 2);
    const Run validate =
        migrate({QStringLiteral("validate"), QStringLiteral("--dev-url"), kDev}, dir.path());
    QCOMPARE(validate.exitCode, 1);
    QCOMPARE(validate.err, expected);
    // A file the splitter cannot read names its line and column.
    writeFile(dir.filePath(QStringLiteral("migrations/2_bad.sql")), "CREATE TABLE x (id int;\n");
    QCOMPARE(migrate({QStringLiteral("hash")}, dir.path()).exitCode, 0);
    const Run unclosed =
        migrate({QStringLiteral("validate"), QStringLiteral("--dev-url"), kDev}, dir.path());
    QCOMPARE(unclosed.err, QStringLiteral("Error: 2_bad.sql:1:16: unclosed '('\n"));
}

void TestCliMigrateDiff::tamperedSumStopsBeforePlanning()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("migrations"));
    writeFile(dir.filePath(QStringLiteral("migrations/1_a.sql")), "CREATE TABLE a (id int);\n");
    QCOMPARE(migrate({QStringLiteral("hash")}, dir.path()).exitCode, 0);
    writeFile(dir.filePath(QStringLiteral("migrations/1_a.sql")), "CREATE TABLE a (id bigint);\n");
    writeFile(dir.filePath(QStringLiteral("schema.sql")), "CREATE TABLE b (id int);\n");
    const Run run = migrate({QStringLiteral("diff"), QStringLiteral("--dev-url"), kDev,
                             QStringLiteral("--to"), QStringLiteral("file://schema.sql")},
                            dir.path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QStringLiteral("You have a checksum error in your migration directory.\n\n"
                                     "\tL2: 1_a.sql was edited\n\n"
                                     "Please check your migration files and run 'atlas migrate "
                                     "hash' to re-hash the contents\n\n"));
    QCOMPARE(run.err, QStringLiteral("Error: checksum mismatch\n"));
    QCOMPARE(sqlFiles(dir.filePath(QStringLiteral("migrations"))).size(), 1);
}

void TestCliMigrateDiff::failingProgramWritesNothing()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("atlas.hcl")),
              "data \"external_schema\" \"broken\" {\n"
              "  program = [\"node\", \"-e\", \"console.error('model error'); process.exit(3)\"]\n"
              "}\n"
              "env \"local\" {\n"
              "  src = data.external_schema.broken.url\n"
              "  dev = \"sqlite://dev?mode=memory\"\n"
              "  migration {\n"
              "    dir = \"file://migrations\"\n"
              "  }\n"
              "}\n");
    const Run run = migrate(
        {QStringLiteral("diff"), QStringLiteral("--env"), QStringLiteral("local")}, dir.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("model error")), qPrintable(run.err));
    QVERIFY(sqlFiles(dir.filePath(QStringLiteral("migrations"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMigrateDiff)
#include "tst_cli_migratediff.moc"
