// `strata migrate hash|validate|new` run as a user runs them, on temporary migration
// directories: the files written, stdout, stderr and exit codes, as Atlas prints them.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using clitest::Run;
using clitest::runStrata;

namespace {

const QByteArray kInit = "CREATE TABLE t1 (id int);\n";
const QByteArray kAddName = "ALTER TABLE t1 ADD COLUMN name text;\n";
// atlas-formats.md §1.7, example A.
const QByteArray kExampleASum =
    "h1:2DfEtYXTd3I1tc+a6NKVguau0OHEq/+KcOdKVW5TiP0=\n"
    "20240101000000_init.sql h1:Q034FT9rNbFRGa5FfKBLVXn8LZ/yDL5syhJf2pbf+LU=\n"
    "20240102000000_add_name.sql h1:kuMbYRDdbVVA76JWEttRZ/pq5c4ehsPJxdk2Y/L5pb0=\n";
const QString kHeader = QStringLiteral("You have a checksum error in your migration directory.\n");
const QString kFooter = QStringLiteral(
    "Please check your migration files and run 'atlas migrate hash' to re-hash the contents\n\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A project folder with migrations/ holding example A's two files (no atlas.sum).
bool writeExampleA(const QDir &project)
{
    return project.mkpath(QStringLiteral("migrations")) &&
           writeFile(project.filePath(QStringLiteral("migrations/20240101000000_init.sql")),
                     kInit) &&
           writeFile(project.filePath(QStringLiteral("migrations/20240102000000_add_name.sql")),
                     kAddName);
}

QStringList migrate(const QString &command, const QStringList &rest = {})
{
    return QStringList{QStringLiteral("migrate"), command} + rest;
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashWritesAtlasSum();
    void validatePassesAfterHash();
    void validateReportsEachProblem_data();
    void validateReportsEachProblem();
    void validateWithoutSumFile();
    void validateEmptyDirectory();
    void newCreatesEmptyFileAndRehashes();
    void newRefusesAChecksumError();
    void readsTheDirFromTheEnv();
    void reportsBadDirectories_data();
    void reportsBadDirectories();
    void printsHelp();
};

void TestCliMigrate::hashWritesAtlasSum()
{
    QTemporaryDir project;
    QVERIFY(writeExampleA(QDir(project.path())));
    const Run run = runStrata(migrate(QStringLiteral("hash")), project.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(project.filePath(QStringLiteral("migrations/atlas.sum"))), kExampleASum);

    // Atlas's --force is deprecated and changes nothing.
    const Run forced =
        runStrata(migrate(QStringLiteral("hash"), {QStringLiteral("--force")}), project.path());
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(forced.err,
             QStringLiteral("Flag --force has been deprecated, you can safely omit it.\n"));
    QCOMPARE(readFile(project.filePath(QStringLiteral("migrations/atlas.sum"))), kExampleASum);
}

void TestCliMigrate::validatePassesAfterHash()
{
    QTemporaryDir project;
    QVERIFY(writeExampleA(QDir(project.path())));
    const QString dirUrl =
        QLatin1String("file://") + project.filePath(QStringLiteral("migrations"));
    QCOMPARE(runStrata(migrate(QStringLiteral("hash"), {QStringLiteral("--dir"), dirUrl})).exitCode,
             0);
    const Run run =
        runStrata(migrate(QStringLiteral("validate"), {QStringLiteral("--dir"), dirUrl}));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCliMigrate::validateReportsEachProblem_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited") << QStringLiteral("edit")
                            << QStringLiteral("L3: 20240102000000_add_name.sql was edited");
    QTest::newRow("added") << QStringLiteral("add")
                           << QStringLiteral("L4: 20240103000000_more.sql was added");
    QTest::newRow("removed") << QStringLiteral("remove")
                             << QStringLiteral("L2: 20240101000000_init.sql was removed");
}

void TestCliMigrate::validateReportsEachProblem()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    QTemporaryDir project;
    const QDir dir(project.path());
    QVERIFY(writeExampleA(dir));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/atlas.sum")), kExampleASum));
    if (change == QLatin1String("edit")) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/20240102000000_add_name.sql")),
                          "ALTER TABLE t1 ADD COLUMN name varchar(20);\n"));
    } else if (change == QLatin1String("add")) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/20240103000000_more.sql")),
                          "SELECT 1;\n"));
    } else {
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("migrations/20240101000000_init.sql"))));
    }
    const Run run = runStrata(migrate(QStringLiteral("validate")), project.path());
    QCOMPARE(run.out, kHeader + QLatin1String("\n\t") + problem + QLatin1String("\n\n") + kFooter);
    QCOMPARE(run.err, QStringLiteral("Error: checksum mismatch\n"));
    QCOMPARE(run.exitCode, 1);
}

void TestCliMigrate::validateWithoutSumFile()
{
    QTemporaryDir project;
    QVERIFY(writeExampleA(QDir(project.path())));
    const Run run = runStrata(migrate(QStringLiteral("validate")), project.path());
    QCOMPARE(run.out, kHeader + kFooter);
    QCOMPARE(run.err, QStringLiteral("Error: checksum file not found\n"));
    QCOMPARE(run.exitCode, 1);

    // atlas.sum edited by hand no longer adds up: no line to point at.
    QVERIFY(writeFile(project.filePath(QStringLiteral("migrations/atlas.sum")),
                      QByteArray(kExampleASum).replace("h1:Q0", "h1:R0")));
    const Run edited = runStrata(migrate(QStringLiteral("validate")), project.path());
    QCOMPARE(edited.out, kHeader + kFooter);
    QCOMPARE(edited.err, QStringLiteral("Error: checksum mismatch\n"));
    QCOMPARE(edited.exitCode, 1);
}

void TestCliMigrate::validateEmptyDirectory()
{
    QTemporaryDir project;
    QVERIFY(QDir(project.path()).mkpath(QStringLiteral("migrations")));
    const Run run = runStrata(migrate(QStringLiteral("validate")), project.path());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCliMigrate::newCreatesEmptyFileAndRehashes()
{
    QTemporaryDir project;
    const QDir dir(project.path());
    QVERIFY(writeExampleA(dir));
    QCOMPARE(runStrata(migrate(QStringLiteral("hash")), project.path()).exitCode, 0);

    const Run run =
        runStrata(migrate(QStringLiteral("new"), {QStringLiteral("add_users")}), project.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 0);
    const QStringList added = QDir(dir.filePath(QStringLiteral("migrations")))
                                  .entryList({QStringLiteral("*_add_users.sql")}, QDir::Files);
    QCOMPARE(added.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{14}_add_users\\.sql$"))
                 .match(added.first())
                 .hasMatch(),
             qPrintable(added.first()));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("migrations/") + added.first())).size(), 0);

    // The new file is in atlas.sum: validate passes, and its line is the last.
    const QByteArray sum = readFile(dir.filePath(QStringLiteral("migrations/atlas.sum")));
    QCOMPARE(sum.count('\n'), 4);
    QVERIFY(sum.contains(QByteArray("\n" + added.first().toUtf8() + " h1:")));
    QCOMPARE(runStrata(migrate(QStringLiteral("validate")), project.path()).exitCode, 0);

    // Without a name, and in a directory that does not exist yet (it is created).
    const Run unnamed = runStrata(
        migrate(QStringLiteral("new"), {QStringLiteral("--dir"), QStringLiteral("file://fresh")}),
        project.path());
    QCOMPARE(unnamed.exitCode, 0);
    const QStringList fresh = QDir(dir.filePath(QStringLiteral("fresh"))).entryList(QDir::Files);
    QCOMPARE(fresh.size(), 2);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{14}\\.sql$")).match(fresh.first()).hasMatch());
    QCOMPARE(fresh.last(), QStringLiteral("atlas.sum"));

    const Run two = runStrata(
        migrate(QStringLiteral("new"), {QStringLiteral("a"), QStringLiteral("b")}), project.path());
    QCOMPARE(two.err, QStringLiteral("Error: accepts at most 1 arg(s), received 2\n"));
    QCOMPARE(two.exitCode, 1);
}

void TestCliMigrate::newRefusesAChecksumError()
{
    QTemporaryDir project;
    QVERIFY(writeExampleA(QDir(project.path())));
    const Run run =
        runStrata(migrate(QStringLiteral("new"), {QStringLiteral("x")}), project.path());
    QCOMPARE(run.out, kHeader + kFooter);
    QCOMPARE(run.err, QStringLiteral("Error: checksum file not found\n"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QDir(project.filePath(QStringLiteral("migrations"))).entryList(QDir::Files).size(), 2);
}

void TestCliMigrate::readsTheDirFromTheEnv()
{
    QTemporaryDir project;
    const QDir dir(project.path());
    QVERIFY(dir.mkpath(QStringLiteral("db/migrations")));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("db/migrations/20240101000000_init.sql")), kInit));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("db/migrations/20240102000000_add_name.sql")),
                      kAddName));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("atlas.hcl")),
                  "env \"local\" {\n  migration {\n    dir = \"file://db/migrations\"\n  }\n}\n"));
    // From another working directory: the env's dir is relative to the project folder.
    QTemporaryDir elsewhere;
    const QString config = QLatin1String("file://") + dir.filePath(QStringLiteral("atlas.hcl"));
    const Run hash =
        runStrata(migrate(QStringLiteral("hash"), {QStringLiteral("--env"), QStringLiteral("local"),
                                                   QStringLiteral("-c"), config}),
                  elsewhere.path());
    QCOMPARE(hash.err, QString());
    QCOMPARE(hash.exitCode, 0);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("db/migrations/atlas.sum"))), kExampleASum);
    const Run validate = runStrata(
        migrate(QStringLiteral("validate"), {QStringLiteral("--env"), QStringLiteral("local")}),
        project.path());
    QCOMPARE(validate.err, QString());
    QCOMPARE(validate.exitCode, 0);
}

void TestCliMigrate::reportsBadDirectories_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("err");
    QTest::newRow("missing default dir")
        << migrate(QStringLiteral("hash"))
        << QStringLiteral("Error: sql/migrate: stat migrations: no such file or directory\n");
    QTest::newRow("missing dir")
        << migrate(QStringLiteral("validate"),
                   {QStringLiteral("--dir"), QStringLiteral("file://nope")})
        << QStringLiteral("Error: sql/migrate: stat nope: no such file or directory\n");
    QTest::newRow("no scheme")
        << migrate(QStringLiteral("validate"), {QStringLiteral("--dir"), QStringLiteral("nope")})
        << QStringLiteral("Error: missing scheme for dir url. Did you mean \"file://nope\"? \n");
    QTest::newRow("unknown flag") << migrate(QStringLiteral("hash"),
                                             {QStringLiteral("--dev-url"), QStringLiteral("x")})
                                  << QStringLiteral("Error: unknown flag: --dev-url\n");
}

void TestCliMigrate::reportsBadDirectories()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, err);
    QTemporaryDir empty;
    const Run run = runStrata(arguments, empty.path());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, err);
    QCOMPARE(run.exitCode, 1);
}

void TestCliMigrate::printsHelp()
{
    const Run group = runStrata({QStringLiteral("migrate"), QStringLiteral("--help")});
    QCOMPARE(group.exitCode, 0);
    QCOMPARE(group.out,
             QStringLiteral("Usage:\n  strata migrate [command]\n\nAvailable Commands:\n"
                            "  diff        Compute the diff between the migration directory and a "
                            "desired state and create a new migration file.\n"
                            "  hash        Hash (re-)creates an integrity hash file for the "
                            "migration directory.\n"
                            "  new         Creates a new empty migration file in the migration "
                            "directory.\n"
                            "  validate    Validates the migration directories checksum and SQL "
                            "statements.\n\n"
                            "Use \"strata migrate [command] --help\" for more information about "
                            "a command.\n"));
    for (const QString &command :
         {QStringLiteral("hash"), QStringLiteral("validate"), QStringLiteral("new")}) {
        const Run help = runStrata(migrate(command, {QStringLiteral("--help")}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(
            help.out.startsWith(QLatin1String("'strata migrate ") + command + QLatin1Char('\'')));
        QVERIFY(help.out.contains(QLatin1String(
            "      --dir string          select migration directory using URL format (default "
            "\"file://migrations\")\n")));
        QVERIFY(help.out.contains(QLatin1String("  -h, --help                help for ") + command +
                                  QLatin1Char('\n')));
    }
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
