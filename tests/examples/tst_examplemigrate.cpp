// The product's central job on the bundled example, end to end with real node and Sequelize:
// generate the first migration, add a column to models/user.js, generate the next one, and a
// third run finds the directory synced. SQLite always; MariaDB and PostgreSQL when the test
// servers' URLs are set ($STRATA_TEST_MYSQL_URL, $STRATA_TEST_POSTGRES_URL).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExampleDir = QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run strata(const QStringList &arguments, const QString &directory,
           const QProcessEnvironment &environment)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STRATA_BINARY), arguments);
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The example without its node_modules, which is linked: the copy runs the same Sequelize.
bool copyExample(const QString &to)
{
    QDir target(to);
    for (const QString &name : QDir(kExampleDir).entryList(QDir::Files))
        if (!QFile::copy(kExampleDir + QLatin1Char('/') + name, target.filePath(name)))
            return false;
    if (!target.mkpath(QStringLiteral("models")))
        return false;
    for (const QString &name : QDir(kExampleDir + QStringLiteral("/models")).entryList(QDir::Files))
        if (!QFile::copy(kExampleDir + QStringLiteral("/models/") + name,
                         target.filePath(QStringLiteral("models/") + name)))
            return false;
    return QFile::link(kExampleDir + QStringLiteral("/node_modules"),
                       target.filePath(QStringLiteral("node_modules")));
}

bool addAgeColumn(const QString &projectDir)
{
    QFile file(projectDir + QStringLiteral("/models/user.js"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const QString anchor = QStringLiteral("  const User = sequelize.define('User', {\n");
    if (!text.contains(anchor))
        return false;
    text.replace(anchor, anchor + QStringLiteral("    age: {\n      type: DataTypes.INTEGER,\n"
                                                 "      allowNull: true\n    },\n"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

QStringList migrationFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExampleMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addColumnGivesOneMigration_data();
    void addColumnGivesOneMigration();
};

void TestExampleMigrate::addColumnGivesOneMigration_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("addAge");
    QTest::newRow("sqlite") << "sqlite"
                            << "-- Add column \"age\" to table: \"Users\"\n"
                               "ALTER TABLE `Users` ADD COLUMN `age` integer NULL;\n";
    QTest::newRow("mariadb") << "mysql"
                             << "-- Modify \"Users\" table\n"
                                "ALTER TABLE `Users` ADD COLUMN `age` int NULL;\n";
    QTest::newRow("postgres") << "postgres"
                              << "-- Modify \"Users\" table\n"
                                 "ALTER TABLE \"Users\" ADD COLUMN \"age\" integer NULL;\n";
}

void TestExampleMigrate::addColumnGivesOneMigration()
{
    QFETCH(QString, env);
    QFETCH(QString, addAge);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (env == QLatin1String("mysql")) {
        const QString server = environment.value(QStringLiteral("STRATA_TEST_MYSQL_URL"));
        if (server.isEmpty())
            QSKIP("STRATA_TEST_MYSQL_URL is not set");
        environment.insert(QStringLiteral("STRATA_MYSQL_DEV_URL"), server);
    } else if (env == QLatin1String("postgres")) {
        const QString server = environment.value(QStringLiteral("STRATA_TEST_POSTGRES_URL"));
        if (server.isEmpty())
            QSKIP("STRATA_TEST_POSTGRES_URL is not set");
        environment.insert(QStringLiteral("STRATA_POSTGRES_DEV_URL"),
                           server + QStringLiteral("&search_path=public"));
    }
    QTemporaryDir project;
    QVERIFY(copyExample(project.path()));
    const QString dir = project.filePath(QStringLiteral("migrations/") + env);

    const Run first = strata({QStringLiteral("migrate"), QStringLiteral("diff"),
                              QStringLiteral("--env"), env, QStringLiteral("init")},
                             project.path(), environment);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.out, QString());
    QStringList files = migrationFiles(dir);
    QCOMPARE(files.size(), 1);
    QVERIFY(
        QRegularExpression(QStringLiteral("^\\d{14}_init\\.sql$")).match(files.first()).hasMatch());
    const QString init = readText(dir + QLatin1Char('/') + files.first());
    QVERIFY2(init.contains(QLatin1String("-- Create \"Users\" table\nCREATE TABLE ")),
             qPrintable(init));
    QVERIFY2(init.contains(QLatin1String("-- Create \"Tasks\" table\nCREATE TABLE ")),
             qPrintable(init));

    QVERIFY(addAgeColumn(project.path()));
    // A second apart, so the next version is another one (versions are seconds).
    QTest::qWait(1100);
    const Run second = strata({QStringLiteral("migrate"), QStringLiteral("diff"),
                               QStringLiteral("--env"), env, QStringLiteral("add_age")},
                              project.path(), environment);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    files = migrationFiles(dir);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.last().endsWith(QLatin1String("_add_age.sql")));
    QCOMPARE(readText(dir + QLatin1Char('/') + files.last()), addAge);

    const Run validate = strata(
        {QStringLiteral("migrate"), QStringLiteral("validate"), QStringLiteral("--env"), env},
        project.path(), environment);
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    const Run third =
        strata({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--env"), env},
               project.path(), environment);
    QVERIFY2(third.exitCode == 0, qPrintable(third.err));
    QCOMPARE(third.out, QStringLiteral("The migration directory is synced with the desired state, "
                                       "no changes to be made\n"));
    QCOMPARE(migrationFiles(dir).size(), 2);
}

QTEST_GUILESS_MAIN(TestExampleMigrate)
#include "tst_examplemigrate.moc"
