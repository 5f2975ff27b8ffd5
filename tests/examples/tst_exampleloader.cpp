#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

const QString kExampleDir = QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize");
const QString kReferenceDir = QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs `program` (argv; program[0] looked up in PATH) in `workingDirectory` to completion.
Run run(const QStringList &program, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program.first(), program.mid(1));
    if (!process.waitForStarted(10'000))
        qFatal("cannot start %s: %s", qPrintable(program.first()),
               qPrintable(process.errorString()));
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        qFatal("%s timed out", qPrintable(program.join(QLatin1Char(' '))));
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run runLoader(const QStringList &arguments)
{
    return run(QStringList{QStringLiteral("node"), QStringLiteral("load.js")} + arguments,
               kExampleDir);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// Splits SQL on the `;` that end statements: those outside quoted strings and identifiers,
/// comments and (with `dollarQuotes`, PostgreSQL) dollar quotes; `backslashEscapes` (MySQL)
/// lets \' continue a string. Statements come back trimmed, without the `;`, and
/// empty ones are dropped, so whitespace between statements does not matter but inside does.
QStringList splitStatements(const QString &sql, bool backslashEscapes, bool dollarQuotes)
{
    QStringList statements;
    QString current;
    const qsizetype n = sql.size();
    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char(';')) {
            flush();
            continue;
        }
        qsizetype end = i + 1;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            while (end < n) {
                const QChar d = sql.at(end);
                if (d == QLatin1Char('\\') && backslashEscapes && c == QLatin1Char('\'')) {
                    end += 2;
                } else if (d == c && end + 1 < n && sql.at(end + 1) == c) {
                    end += 2;
                } else if (d == c) {
                    ++end;
                    break;
                } else {
                    ++end;
                }
            }
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            end = sql.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? n : end;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            end = sql.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('$') && dollarQuotes) {
            const qsizetype close = sql.indexOf(QLatin1Char('$'), i + 1);
            const QString tag = close < 0 ? QString() : sql.mid(i, close - i + 1);
            const bool isTag =
                close >= 0 && std::all_of(tag.begin() + 1, tag.end() - 1, [](QChar t) {
                    return t.isLetterOrNumber() || t == QLatin1Char('_');
                });
            if (isTag) {
                const qsizetype closing = sql.indexOf(tag, close + 1);
                end = closing < 0 ? n : closing + tag.size();
            }
        }
        end = std::min(end, n);
        current += QStringView(sql).mid(i, end - i);
        i = end - 1;
    }
    flush();
    return statements;
}

QStringList statementsFor(const QByteArray &sql, const QString &dialect)
{
    const bool mysqlFamily =
        dialect == QLatin1String("mysql") || dialect == QLatin1String("mariadb");
    return splitStatements(QString::fromUtf8(sql), mysqlFamily,
                           dialect == QLatin1String("postgres"));
}

QString referencePath(const QString &dialect)
{
    return kReferenceDir + QLatin1Char('/') + dialect + QLatin1String(".sql");
}

} // namespace

class TestExampleLoader : public QObject
{
    Q_OBJECT

private:
    /// Whether node and the example's node_modules are there. Missing is a failure under
    /// CI=true (the setup must install them) and a skip elsewhere.
    bool requireNode();

private Q_SLOTS:
    void splitsStatements_data();
    void splitsStatements();
    void matchesProvider_data();
    void matchesProvider();
    void envProgramsMatchProvider_data();
    void envProgramsMatchProvider();
    void rejectsUsage_data();
    void rejectsUsage();
    void reportsBrokenModel();
    void loadsModelsFolder();
    void loadsGeneratedModels();
    void readsAtlasHcl();
    void readsServerUrlsFromEnvironment();
};

bool TestExampleLoader::requireNode()
{
    QString missing;
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        missing = QStringLiteral("node is not in PATH");
    else if (!QFileInfo::exists(kExampleDir +
                                QLatin1String("/node_modules/sequelize/package.json")))
        missing = QStringLiteral("%1/node_modules lacks sequelize: run packaging/example-deps.sh")
                      .arg(kExampleDir);
    if (missing.isEmpty())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::qFail(qPrintable(missing), __FILE__, __LINE__);
    else
        QTest::qSkip(qPrintable(missing), __FILE__, __LINE__);
    return false;
}

void TestExampleLoader::splitsStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two on one line")
        << QStringLiteral("CREATE TABLE a (x int);ALTER TABLE a ADD y int;\n\n")
        << QStringLiteral("postgres")
        << QStringList{QStringLiteral("CREATE TABLE a (x int)"),
                       QStringLiteral("ALTER TABLE a ADD y int")};
    QTest::newRow("quoted semicolons")
        << QStringLiteral("CREATE TABLE `a;b` (`c` text DEFAULT 'x;''y', \"d;\" int);\n")
        << QStringLiteral("sqlite")
        << QStringList{QStringLiteral("CREATE TABLE `a;b` (`c` text DEFAULT 'x;''y', \"d;\" int)")};
    QTest::newRow("mysql backslash")
        << QStringLiteral("SELECT 'a\\';b';\nSELECT 1") << QStringLiteral("mysql")
        << QStringList{QStringLiteral("SELECT 'a\\';b'"), QStringLiteral("SELECT 1")};
    QTest::newRow("comments") << QStringLiteral("-- a; b\nSELECT 1; /* c; */ SELECT 2;")
                              << QStringLiteral("sqlite")
                              << QStringList{QStringLiteral("-- a; b\nSELECT 1"),
                                             QStringLiteral("/* c; */ SELECT 2")};
    QTest::newRow("dollar quote")
        << QStringLiteral("CREATE FUNCTION f() AS $body$ SELECT 1; $body$;")
        << QStringLiteral("postgres")
        << QStringList{QStringLiteral("CREATE FUNCTION f() AS $body$ SELECT 1; $body$")};
}

void TestExampleLoader::splitsStatements()
{
    QFETCH(QString, sql);
    QFETCH(QString, dialect);
    QFETCH(QStringList, statements);
    QCOMPARE(statementsFor(sql.toUtf8(), dialect), statements);
}

void TestExampleLoader::matchesProvider_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("count");
    for (const char *dialect : {"mysql", "mariadb", "postgres", "sqlite"})
        QTest::newRow(dialect) << QString::fromLatin1(dialect) << 2;
}

void TestExampleLoader::matchesProvider()
{
    QFETCH(QString, dialect);
    QFETCH(int, count);
    if (!requireNode())
        return;
    const Run result = runLoader({dialect});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList expected = statementsFor(readFile(referencePath(dialect)), dialect);
    QCOMPARE(expected.size(), count);
    QCOMPARE(statementsFor(result.out, dialect), expected);
    QVERIFY(result.out.endsWith(";\n\n"));
}

void TestExampleLoader::envProgramsMatchProvider_data()
{
    QTest::addColumn<QString>("env");
    for (const char *env : {"sqlite", "mysql", "postgres"})
        QTest::newRow(env) << QString::fromLatin1(env);
}

void TestExampleLoader::envProgramsMatchProvider()
{
    QFETCH(QString, env);
    if (!requireNode())
        return;
    const Expected<Project> project = Project::load(kExampleDir + QLatin1String("/atlas.hcl"));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    const Expected<Env> selected = project->env(env);
    QVERIFY(selected);
    QCOMPARE(selected->src.size(), 1);
    const std::optional<ExternalSchema> schema = project->externalSchema(selected->src.first());
    QVERIFY(schema);
    const Run result = run(schema->program, schema->workingDirectory);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(statementsFor(result.out, env), statementsFor(readFile(referencePath(env)), env));
}

void TestExampleLoader::rejectsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad dialect")
        << QStringList{QStringLiteral("oracle")}
        << QStringLiteral(
               "load.js: invalid dialect \"oracle\" (expected one of: mysql, mariadb, postgres, "
               "sqlite)");
    QTest::newRow("no dialect") << QStringList() << QStringLiteral("load.js: missing dialect");
    QTest::newRow("two dialects") << QStringList{QStringLiteral("mysql"), QStringLiteral("sqlite")}
                                  << QStringLiteral("load.js: unexpected argument \"sqlite\"");
    QTest::newRow("--models without folder")
        << QStringList{QStringLiteral("--models")}
        << QStringLiteral("load.js: --models needs a directory");
}

void TestExampleLoader::rejectsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!requireNode())
        return;
    const Run result = runLoader(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    const QStringList lines = result.err.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), message);
    QCOMPARE(lines.at(1), QStringLiteral("usage: node load.js [--models <dir>] <dialect>"));
}

void TestExampleLoader::reportsBrokenModel()
{
    if (!requireNode())
        return;
    QTemporaryDir models;
    QVERIFY(models.isValid());
    QFile broken(models.filePath(QStringLiteral("broken.js")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("module.exports = () => { throw new Error('boom'); };\n");
    broken.close();

    const Run result =
        runLoader({QStringLiteral("--models"), models.path(), QStringLiteral("mysql")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err,
             QStringLiteral("load.js: error: %1: model factory failed: boom\n")
                 .arg(QDir(models.path()).absoluteFilePath(QStringLiteral("broken.js"))));

    const QString missing = models.filePath(QStringLiteral("nonexistent"));
    const Run none = runLoader({QStringLiteral("--models"), missing, QStringLiteral("sqlite")});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.out, QByteArray());
    QCOMPARE(
        none.err,
        QStringLiteral("load.js: error: models directory \"%1\" does not exist\n").arg(missing));
}

void TestExampleLoader::loadsModelsFolder()
{
    if (!requireNode())
        return;
    // The example's own folder in standalone order (task.js before user.js): same tables, but
    // the foreign key takes its ON DELETE from Task.belongsTo, as the provider's standalone
    // mode prints it.
    const Run result =
        runLoader({QStringLiteral("--models"), QStringLiteral("models"), QStringLiteral("sqlite")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QStringList expected =
        statementsFor(readFile(referencePath(QStringLiteral("sqlite"))), QStringLiteral("sqlite"));
    expected[1].replace(QLatin1String("ON DELETE CASCADE"), QLatin1String("ON DELETE NO ACTION"));
    QCOMPARE(statementsFor(result.out, QStringLiteral("sqlite")), expected);
}

void TestExampleLoader::loadsGeneratedModels()
{
    if (!requireNode())
        return;
    QTemporaryDir models;
    QVERIFY(models.isValid());
    const Run generated =
        run({QStringLiteral("node"),
             QStringLiteral(STRATA_SOURCE_DIR "/tests/tools/generate_models.js"), models.path(),
             QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("7")},
            kExampleDir);
    QCOMPARE(generated.err, QString());
    QCOMPARE(generated.exitCode, 0);
    QCOMPARE(QDir(models.path()).entryList({QStringLiteral("*.js")}, QDir::Files).size(), 30);

    for (const QString &dialect : {QStringLiteral("mysql"), QStringLiteral("mariadb"),
                                   QStringLiteral("postgres"), QStringLiteral("sqlite")}) {
        const Run result = runLoader({QStringLiteral("--models"), models.path(), dialect});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        const QStringList statements = statementsFor(result.out, dialect);
        const auto tables =
            std::count_if(statements.begin(), statements.end(), [](const QString &s) {
                return s.startsWith(QLatin1String("CREATE TABLE IF NOT EXISTS "));
            });
        QCOMPARE(tables, 30);
        if (dialect != QLatin1String("sqlite"))
            continue;
        // The engine itself must accept the SQLite DDL, referenced tables first.
        const QString connection = QStringLiteral("generated");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                              "'table' AND name NOT LIKE 'sqlite_%'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 30);
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

void TestExampleLoader::readsAtlasHcl()
{
    qunsetenv("STRATA_MYSQL_URL");
    qunsetenv("STRATA_MYSQL_DEV_URL");
    qunsetenv("STRATA_POSTGRES_URL");
    qunsetenv("STRATA_POSTGRES_DEV_URL");
    const Expected<Project> project = Project::load(kExampleDir + QLatin1String("/atlas.hcl"));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    QCOMPARE(project->warnings(), QStringList());
    QCOMPARE(project->envNames(), (QStringList{QStringLiteral("sqlite"), QStringLiteral("mysql"),
                                               QStringLiteral("postgres")}));

    struct Expectation
    {
        QString env;
        QString dev;
        QString url;
    };
    const QList<Expectation> expectations{
        {QStringLiteral("sqlite"), QStringLiteral("sqlite://dev?mode=memory"),
         QStringLiteral("sqlite://example.db")},
        {QStringLiteral("mysql"), QStringLiteral("mysql://root:pass@127.0.0.1:3306/dev"),
         QStringLiteral("mysql://root:pass@127.0.0.1:3306/example")},
        {QStringLiteral("postgres"),
         QStringLiteral(
             "postgres://postgres:pass@127.0.0.1:5432/dev?search_path=public&sslmode=disable"),
         QStringLiteral(
             "postgres://postgres:pass@127.0.0.1:5432/example?search_path=public&sslmode=disable")},
    };
    for (const Expectation &e : expectations) {
        const Expected<Env> env = project->env(e.env);
        QVERIFY2(env, qPrintable(e.env));
        QCOMPARE(env->evaluationError, QString());
        QCOMPARE(env->src, QStringList{QStringLiteral("external_schema://sequelize_") + e.env});
        QCOMPARE(env->dev, e.dev);
        QCOMPARE(env->url, e.url);
        QCOMPARE(env->migration.dir, QStringLiteral("file://migrations/") + e.env);
        QCOMPARE(env->format.migrate.value(QStringLiteral("diff")),
                 QStringLiteral("{{ sql . \"  \" }}"));
        const std::optional<ExternalSchema> schema = project->externalSchema(env->src.first());
        QVERIFY(schema);
        QCOMPARE(schema->program,
                 (QStringList{QStringLiteral("node"), QStringLiteral("load.js"), e.env}));
        QCOMPARE(QDir(schema->workingDirectory).canonicalPath(), QDir(kExampleDir).canonicalPath());
    }
}

void TestExampleLoader::readsServerUrlsFromEnvironment()
{
    qputenv("STRATA_MYSQL_DEV_URL", "mariadb://u:p@127.0.0.1:3307/scratch");
    qputenv("STRATA_POSTGRES_URL", "postgres://u:p@127.0.0.1:5433/app?sslmode=disable");
    qputenv("STRATA_MYSQL_URL", "");
    const Expected<Project> project = Project::load(kExampleDir + QLatin1String("/atlas.hcl"));
    qunsetenv("STRATA_MYSQL_DEV_URL");
    qunsetenv("STRATA_POSTGRES_URL");
    qunsetenv("STRATA_MYSQL_URL");
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    const Env mysql = *project->env(QStringLiteral("mysql"));
    QCOMPARE(mysql.dev, QStringLiteral("mariadb://u:p@127.0.0.1:3307/scratch"));
    QCOMPARE(mysql.url, QStringLiteral("mysql://root:pass@127.0.0.1:3306/example"));
    const Env postgres = *project->env(QStringLiteral("postgres"));
    QCOMPARE(postgres.url, QStringLiteral("postgres://u:p@127.0.0.1:5433/app?sslmode=disable"));
    QCOMPARE(postgres.dev,
             QStringLiteral(
                 "postgres://postgres:pass@127.0.0.1:5432/dev?search_path=public&sslmode=disable"));
}

QTEST_GUILESS_MAIN(TestExampleLoader)
#include "tst_exampleloader.moc"
