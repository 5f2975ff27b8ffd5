// Runs the real `strata` executable headless and checks what a user sees: stdout, stderr, exit
// code.
#include "clitestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using clitest::createDatabase;
using clitest::readText;
using clitest::Run;
using clitest::runStrata;

namespace {

QString seedSql()
{
    return readText(
        QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize/schema.sqlite.sql"));
}

/// The seed schema as `--format '{{ sql . }}'` prints it.
QString seedSqlOutput()
{
    return readText(QStringLiteral(STRATA_TEST_DATA "/hcl/seed_sqlite.sql"));
}

QString seedHcl()
{
    return readText(QStringLiteral(STRATA_TEST_DATA "/hcl/seed_sqlite.hcl"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void inspectsSqliteDatabase();
    void inspectsGoSqliteDsn_data();
    void inspectsGoSqliteDsn();
    void inspectsDdlThroughDevDatabase_data();
    void inspectsDdlThroughDevDatabase();
    void sqlFormatRoundTrips();
    void parsesMysqlDdlWithoutServer_data();
    void parsesMysqlDdlWithoutServer();
    void failsWithOneClearLine_data();
    void failsWithOneClearLine();
    void reportsUnreadableFile();
    void dockerDevUrlWithoutDocker();
    void inspectsProjectEnvironments_data();
    void inspectsProjectEnvironments();
    void inspectsTheBundledExample();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!seedSql().isEmpty());
    QVERIFY(!seedHcl().isEmpty());
    QVERIFY(createDatabase(m_dir.filePath(QStringLiteral("seed.db")), seedSql()));
    QFile::copy(QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize/schema.sqlite.sql"),
                m_dir.filePath(QStringLiteral("seed.sql")));
    QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just some notes, not a database\n");
    QVERIFY(QFile::copy(QStringLiteral(STRATA_TEST_DATA "/cli/syntax_error.sql"),
                        m_dir.filePath(QStringLiteral("syntax_error.sql"))));
    QFile mysqlError(m_dir.filePath(QStringLiteral("mysql_error.sql")));
    QVERIFY(mysqlError.open(QIODevice::WriteOnly));
    mysqlError.write("CREATE TABLE `users` (\n  id int,\n  name varchar(10) FOO\n);\n");
}

void TestCli::versionAndHelp()
{
    const Run version = runStrata({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("strata version " STRATA_VERSION "\n")),
             qPrintable(version.out));
    QVERIFY(version.out.contains(QLatin1String("SQLite 3.")));
    QVERIFY(version.out.contains(QLatin1String("libpq ")));
    QVERIFY(version.err.isEmpty());

    const Run help = runStrata({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("strata schema inspect --url URL")));

    const Run group = runStrata({QStringLiteral("schema"), QStringLiteral("--help")});
    QCOMPARE(group.exitCode, 0);
    QCOMPARE(group.out,
             QStringLiteral("Usage:\n  strata schema [command]\n\nAvailable Commands:\n"
                            "  diff        Calculate and print the diff between two schemas.\n"
                            "  inspect     Inspect a database and print its schema in Atlas DDL "
                            "syntax.\n\nUse \"strata schema [command] --help\" for more "
                            "information about a command.\n"));
    const Run unknown = runStrata({QStringLiteral("schema"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err,
             QStringLiteral("Error: unknown command \"nope\" for \"strata schema\"\n"));

    const Run inspectHelp =
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--help")});
    QCOMPARE(inspectHelp.exitCode, 0);
    QVERIFY2(inspectHelp.out.startsWith(QLatin1String(
                 "'strata schema inspect' connects to the given database and inspects its "
                 "schema.\n")),
             qPrintable(inspectHelp.out));
    QVERIFY(inspectHelp.out.contains(QLatin1String("\nUsage:\n  strata schema inspect [flags]\n")));
    QVERIFY(inspectHelp.out.contains(QLatin1String("\n  -u, --url string ")));
    QVERIFY(inspectHelp.out.contains(QLatin1String("\n  -s, --schema strings ")));
    QVERIFY(inspectHelp.out.contains(QLatin1String("\n  -c, --config string ")));
    QVERIFY(inspectHelp.out.contains(QLatin1String("'{{ mermaid . }}'")));
    QCOMPARE(
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("-h")}).out,
        inspectHelp.out);
}

void TestCli::inspectsSqliteDatabase()
{
    const Run run = runStrata({QStringLiteral("schema"), QStringLiteral("inspect"),
                               QStringLiteral("--url"), QStringLiteral("sqlite://seed.db")},
                              m_dir.path());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, seedHcl());
}

void TestCli::inspectsGoSqliteDsn_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("empty");
    QTest::newRow("absolute") << QStringLiteral("sqlite://file:%1/seed.db?cache=shared&_fk=1")
                              << false;
    QTest::newRow("relative") << QStringLiteral("sqlite://file:seed.db?_fk=1") << false;
    QTest::newRow("memory") << QStringLiteral("sqlite://file::memory:?cache=shared") << true;
}

void TestCli::inspectsGoSqliteDsn()
{
    // Atlas passes sqlite:// URLs to go-sqlite3 as DSNs, so they may use its file: URI form.
    QFETCH(QString, url);
    QFETCH(bool, empty);
    const Run run =
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("-u"),
                   url.contains(QLatin1String("%1")) ? url.arg(m_dir.path()) : url},
                  m_dir.path());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, empty ? QStringLiteral("schema \"main\" {\n}\n") : seedHcl());
}

void TestCli::inspectsDdlThroughDevDatabase_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("dev url") << QStringList{QStringLiteral("--dev-url"),
                                            QStringLiteral("sqlite://dev?mode=memory")};
    QTest::newRow("dev url =") << QStringList{QStringLiteral("--dev-url=sqlite://dev?mode=memory")};
    QTest::newRow("dialect") << QStringList{QStringLiteral("--dialect"), QStringLiteral("sqlite")};
}

void TestCli::inspectsDdlThroughDevDatabase()
{
    QFETCH(QStringList, flags);
    const Run run = runStrata(QStringList{QStringLiteral("schema"), QStringLiteral("inspect"),
                                          QStringLiteral("-u"), QStringLiteral("file://seed.sql")} +
                                  flags,
                              m_dir.path());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, seedHcl());
}

void TestCli::sqlFormatRoundTrips()
{
    // The SQL Strata prints must rebuild the same schema: run it on a fresh database, inspect
    // again.
    for (const QString &format :
         {QStringLiteral("{{ sql . }}"), QStringLiteral("{{ sql . \"  \" }}")}) {
        const Run sql =
            runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--url"),
                       QStringLiteral("sqlite://seed.db"), QStringLiteral("--format"), format},
                      m_dir.path());
        QCOMPARE(sql.exitCode, 0);
        QVERIFY2(
            sql.out.contains(QLatin1String("-- Create \"Users\" table\nCREATE TABLE `Users` (")),
            qPrintable(sql.out));
        QVERIFY(sql.out.indexOf(QLatin1String("CREATE TABLE `Users`")) <
                sql.out.indexOf(QLatin1String("CREATE TABLE `Tasks`")));

        const QString rebuilt = m_dir.filePath(QStringLiteral("rebuilt.sql"));
        QFile file(rebuilt);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(sql.out.toUtf8());
        file.close();
        const Run again = runStrata({QStringLiteral("schema"), QStringLiteral("inspect"),
                                     QStringLiteral("--url"), QStringLiteral("file://rebuilt.sql"),
                                     QStringLiteral("--dialect"), QStringLiteral("sqlite")},
                                    m_dir.path());
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
        QCOMPARE(again.out, seedHcl());
    }
}

void TestCli::failsWithOneClearLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const QString inspect = QStringLiteral("schema");
    QTest::newRow("missing url") << QStringList{inspect, QStringLiteral("inspect")}
                                 << QStringLiteral("Error: required flag(s) \"url\" not set\n");
    QTest::newRow("unknown scheme")
        << QStringList{inspect, QStringLiteral("inspect"), QStringLiteral("--url"),
                       QStringLiteral("oracle://u:pw@h/x")}
        << QStringLiteral("Error: Unknown URL scheme \"oracle\" in \"oracle://u:****@h/x\": use "
                          "sqlite://, mysql://, "
                          "maria://, postgres://, file:// or env://.\n");
    QTest::newRow("missing file")
        << QStringList{inspect,
                       QStringLiteral("inspect"),
                       QStringLiteral("--url"),
                       QStringLiteral("file://nope.sql"),
                       QStringLiteral("--dialect"),
                       QStringLiteral("sqlite")}
        << QStringLiteral("Error: File \"nope.sql\" does not exist. Check the path in the "
                          "file:// URL.\n");
    QTest::newRow("no dialect") << QStringList{inspect, QStringLiteral("inspect"),
                                               QStringLiteral("--url"),
                                               QStringLiteral("file://seed.sql")}
                                << QStringLiteral(
                                       "Error: --dev-url cannot be empty. See: "
                                       "https://atlasgo.io/atlas-schema/sql#dev-database\n");
    QTest::newRow("not a database file")
        << QStringList{inspect,
                       QStringLiteral("inspect"),
                       QStringLiteral("--url"),
                       QStringLiteral("file://notes.txt"),
                       QStringLiteral("--dialect"),
                       QStringLiteral("sqlite")}
        << QStringLiteral("Error: Cannot load \"notes.txt\": file:// sources must be .sql files of "
                          "DDL or SQLite "
                          "database files.\n");
    QTest::newRow("syntax error")
        << QStringList{inspect,
                       QStringLiteral("inspect"),
                       QStringLiteral("--url"),
                       QStringLiteral("file://syntax_error.sql"),
                       QStringLiteral("--dev-url"),
                       QStringLiteral("sqlite://dev?mode=memory")}
        << QStringLiteral("Error: syntax_error.sql:3:42: statement \"CREATE TABLE b (id integer "
                          "PRIMARY KEY, x int REFERENCES now...\" failed: near \"EXPLODE\": "
                          "syntax error\n");
    QTest::newRow("mysql syntax error")
        << QStringList{inspect,
                       QStringLiteral("inspect"),
                       QStringLiteral("--url"),
                       QStringLiteral("file://mysql_error.sql"),
                       QStringLiteral("--dialect"),
                       QStringLiteral("mariadb")}
        << QStringLiteral("Error: mysql_error.sql:3:20: syntax error near \"FOO\" in CREATE "
                          "TABLE `users`\n");
    QTest::newRow("missing database")
        << QStringList{inspect, QStringLiteral("inspect"), QStringLiteral("--url"),
                       QStringLiteral("sqlite://missing.db")}
        << QStringLiteral("Error: SQLite database \"%1/missing.db\" does not exist. Check the "
                          "path, or use sqlite://missing?mode=memory for a scratch database.\n");
    QTest::newRow("text file as database")
        << QStringList{inspect, QStringLiteral("inspect"), QStringLiteral("--url"),
                       QStringLiteral("sqlite://notes.txt")}
        << QStringLiteral("Error: \"%1/notes.txt\" is not an SQLite database (SQLite: file is "
                          "not a database). Open an SQLite 3 database file, or load SQL text "
                          "with file://.\n");
    QTest::newRow("bad format")
        << QStringList{inspect,
                       QStringLiteral("inspect"),
                       QStringLiteral("--url"),
                       QStringLiteral("sqlite://seed.db"),
                       QStringLiteral("--format"),
                       QStringLiteral("{{ range . }}{{ end }}")}
        << QStringLiteral("Error: Unsupported --format \"{{ range . }}{{ end }}\": use "
                          "'{{ sql . }}', '{{ sql . \"  \" }}', '{{ json . }}' or "
                          "'{{ mermaid . }}' (the default prints Atlas HCL).\n");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")}
        << QStringLiteral("Error: unknown command \"frobnicate\" for \"strata\" (see "
                          "'strata --help'; to open a file, check that it exists)\n");
    QTest::newRow("unknown flag")
        << QStringList{QStringLiteral("--frobnicate")}
        << QStringLiteral("Error: unknown flag: --frobnicate (see 'strata --help')\n");
}

void TestCli::parsesMysqlDdlWithoutServer_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("golden");
    QTest::newRow("mariadb") << QStringLiteral("mariadb")
                             << QStringLiteral(STRATA_TEST_DATA
                                               "/mysqlparse/golden/sequelize-mariadb-parsed.hcl");
    QTest::newRow("mysql") << QStringLiteral("mysql")
                           << QStringLiteral(STRATA_TEST_DATA
                                             "/mysqlparse/golden/sequelize-mysql-parsed.hcl");
}

void TestCli::parsesMysqlDdlWithoutServer()
{
    QFETCH(QString, dialect);
    QFETCH(QString, golden);
    const Run run = runStrata(
        {QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--url"),
         QStringLiteral("file://" STRATA_TEST_DATA "/shared/reference/sequelize-output/mysql.sql"),
         QStringLiteral("--dialect"), dialect},
        m_dir.path());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readText(golden));
}

void TestCli::failsWithOneClearLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run run = runStrata(arguments, m_dir.path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, error.contains(QLatin1String("%1")) ? error.arg(m_dir.path()) : error);
    QVERIFY(run.out.isEmpty());
}

void TestCli::reportsUnreadableFile()
{
    // Root reads any file whatever its mode, so as root the binary runs as "nobody" (setpriv
    // from util-linux), which makes this test meaningful in CI containers too.
    QTemporaryDir dir(QStringLiteral("/tmp/strata-unreadable-XXXXXX"));
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString path = dir.filePath(QStringLiteral("locked.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE a (id integer);\n");
    file.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));

    QStringList arguments{QStringLiteral("schema"),    QStringLiteral("inspect"),
                          QStringLiteral("--url"),     QStringLiteral("file://") + path,
                          QStringLiteral("--dialect"), QStringLiteral("sqlite")};
    QProcess process;
    if (geteuid() == 0) {
        arguments.prepend(QStringLiteral(STRATA_BINARY));
        arguments = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                QStringLiteral("--clear-groups")} +
                    arguments;
        process.start(QStringLiteral("setpriv"), arguments);
    } else {
        process.start(QStringLiteral(STRATA_BINARY), arguments);
    }
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             QStringLiteral("Error: Cannot read \"%1\": Permission denied.\n").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCli::dockerDevUrlWithoutDocker()
{
    // No docker client in PATH: the docker:// dev database fails before the file is even read
    // (Atlas opens the dev database first), with one line that says what to set instead.
    const QString emptyBin = m_dir.filePath(QStringLiteral("no-docker-bin"));
    QVERIFY(QDir().mkpath(emptyBin));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), emptyBin);
    QElapsedTimer clock;
    clock.start();
    const Run run = runStrata({QStringLiteral("schema"), QStringLiteral("inspect"),
                               QStringLiteral("--url"), QStringLiteral("file://x.sql"),
                               QStringLiteral("--dev-url"), QStringLiteral("docker://mysql/8/dev")},
                              m_dir.path(), environment);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("Error: docker is not available: set dev to a mysql:// or "
                                     "postgres:// URL of a scratch database\n"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(clock.elapsed() < 10'000);

    // The same through an env's dev attribute; the schema program (which would create "ran"
    // with the shell alone, PATH being empty) never runs.
    const QString project = m_dir.filePath(QStringLiteral("docker-project"));
    QVERIFY(QDir().mkpath(project));
    QFile config(project + QLatin1String("/atlas.hcl"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("data \"external_schema\" \"app\" {\n"
                 "  program = [\"/bin/sh\", \"-c\", \": > ran; echo 'CREATE TABLE t (id int);'\"]\n"
                 "}\n"
                 "env \"docker\" {\n"
                 "  src = data.external_schema.app.url\n"
                 "  dev = \"docker://postgres/16/dev?search_path=public\"\n"
                 "}\n");
    config.close();
    const Run env =
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--env"),
                   QStringLiteral("docker"), QStringLiteral("--url"), QStringLiteral("env://src")},
                  project, environment);
    QCOMPARE(env.err, run.err);
    QCOMPARE(env.exitCode, 1);
    QVERIFY(!QFile::exists(project + QLatin1String("/ran")));
}

void TestCli::inspectsProjectEnvironments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    const QStringList inspect{QStringLiteral("schema"), QStringLiteral("inspect")};
    const QString project = QStringLiteral("project");
    QTest::newRow("env src runs the program")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("local"),
                                 QStringLiteral("--url"), QStringLiteral("env://src")}
        << project << 0 << seedHcl() << QStringLiteral("loaded by default\n");
    QTest::newRow("--var reaches the program")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("local"),
                                 QStringLiteral("--url"), QStringLiteral("env://src"),
                                 QStringLiteral("--var"), QStringLiteral("who=cli")}
        << project << 0 << seedHcl() << QStringLiteral("loaded by cli\n");
    QTest::newRow("--config from another folder")
        << inspect +
               QStringList{QStringLiteral("--env"),    QStringLiteral("local"),
                           QStringLiteral("--config"), QStringLiteral("file://project/atlas.hcl"),
                           QStringLiteral("--url"),    QStringLiteral("env://src")}
        << QString() << 0 << seedHcl() << QStringLiteral("loaded by default\n");
    QTest::newRow("env file src as SQL")
        << inspect + QStringList{QStringLiteral("--env"),    QStringLiteral("files"),
                                 QStringLiteral("--url"),    QStringLiteral("env://src"),
                                 QStringLiteral("--format"), QStringLiteral("{{ sql . }}")}
        << project << 0 << seedSqlOutput() << QString();
    QTest::newRow("env:// reaches any attribute of the env")
        << inspect + QStringList{QStringLiteral("--env"),    QStringLiteral("files"),
                                 QStringLiteral("--url"),    QStringLiteral("env://schema_file"),
                                 QStringLiteral("--format"), QStringLiteral("{{ sql . }}")}
        << project << 0 << seedSqlOutput() << QString();
    QTest::newRow("env:// of an attribute the env does not have")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("files"),
                                 QStringLiteral("--url"), QStringLiteral("env://nope")}
        << project << 1 << QString()
        << QStringLiteral("Error: env://nope: env \"files\" has no \"nope\" attribute\n");
    QTest::newRow("program fails")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("broken"),
                                 QStringLiteral("--url"), QStringLiteral("env://src")}
        << project << 1 << QString()
        << QStringLiteral("Error: sh -c \"echo 'TypeError: x is not a function' >&2; exit 1\" "
                          "failed with exit code 1.\nstderr:\nTypeError: x is not a function\n");
    QTest::newRow("unknown env")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("prod")} << project << 1
        << QString()
        << QStringLiteral("Error: env \"prod\" is not defined in %1/project/atlas.hcl; it "
                          "defines: local, files, broken, moods, scoped, tenant\n");
    QTest::newRow("for_each env where one env is needed")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("tenant")} << project << 1
        << QString() << QStringLiteral("Error: multiple envs found for \"tenant\"\n");
    QTest::newRow("env url without --env")
        << inspect + QStringList{QStringLiteral("--url"), QStringLiteral("env://src")} << project
        << 1 << QString()
        << QStringLiteral("Error: env://src refers to a project environment: choose one with "
                          "--env NAME.\n");
    QTest::newRow("missing config")
        << inspect + QStringList{QStringLiteral("--env"), QStringLiteral("local")} << QString() << 1
        << QString() << QStringLiteral("Error: config file atlas.hcl was not found.\n");
}

void TestCli::inspectsProjectEnvironments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, workingDirectory);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    QDir(m_dir.path()).mkpath(QStringLiteral("project"));
    const QString projectDir = m_dir.filePath(QStringLiteral("project"));
    QFile::copy(m_dir.filePath(QStringLiteral("seed.sql")),
                projectDir + QLatin1String("/schema.sql"));
    QFile::copy(QStringLiteral(STRATA_TEST_DATA "/cli/project.hcl"),
                projectDir + QLatin1String("/atlas.hcl"));

    const Run run = runStrata(
        arguments, workingDirectory.isEmpty() ? m_dir.path() : m_dir.filePath(workingDirectory));
    QCOMPARE(run.err, err.contains(QLatin1String("%1")) ? err.arg(m_dir.path()) : err);
    QCOMPARE(run.out, out);
    QCOMPARE(run.exitCode, exitCode);
}

void TestCli::inspectsTheBundledExample()
{
    const QString example = QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize");
    if (!QFile::exists(example + QLatin1String("/node_modules/sequelize/package.json"))) {
        const char *reason =
            "the example's node packages are missing: run packaging/example-deps.sh";
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(reason);
        QSKIP(reason);
    }
    // The README's headless example: node runs load.js, the DDL goes through the in-memory dev
    // database, and the result is the seed guide's schema.
    const Run run =
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--env"),
                   QStringLiteral("sqlite"), QStringLiteral("--url"), QStringLiteral("env://src")},
                  example);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, seedHcl());
    QCOMPARE(run.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
