#include "db/registry.h"
#include "dialect/dialect.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

/// The one alias table: every name a user or a URL may give a database, and the message for the
/// names it does not know.
class TestDatabaseRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliasesNameDatabaseAndFlavour_data();
    void aliasesNameDatabaseAndFlavour();
    void unknownAliasListsTheKnownOnes();
    void urlsFindTheirDatabase_data();
    void urlsFindTheirDatabase();
    void everyDatabaseIsListedOnce();
    void databaseFilesAreKnownByContentOrName();
};

void TestDatabaseRegistry::aliasesNameDatabaseAndFlavour_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("flavour");
    QTest::addColumn<QString>("dialect");
    QTest::newRow("mysql") << "mysql"
                           << "mysql"
                           << "mysql"
                           << "mysql";
    QTest::newRow("maria") << "maria"
                           << "mysql"
                           << "mariadb"
                           << "mariadb";
    QTest::newRow("mariadb") << "mariadb"
                             << "mysql"
                             << "mariadb"
                             << "mariadb";
    QTest::newRow("postgres") << "postgres"
                              << "postgres"
                              << "postgres"
                              << "postgres";
    QTest::newRow("postgresql") << "postgresql"
                                << "postgres"
                                << "postgres"
                                << "postgres";
    QTest::newRow("sqlite") << "sqlite"
                            << "sqlite"
                            << "sqlite"
                            << "sqlite";
    QTest::newRow("sqlite3") << "sqlite3"
                             << "sqlite"
                             << "sqlite"
                             << "sqlite";
    QTest::newRow("case and blanks") << " MariaDB "
                                     << "mysql"
                                     << "mariadb"
                                     << "mariadb";
}

void TestDatabaseRegistry::aliasesNameDatabaseAndFlavour()
{
    QFETCH(QString, alias);
    QFETCH(QString, database);
    QFETCH(QString, flavour);
    QFETCH(QString, dialect);
    const auto choice = databaseByAlias(alias);
    QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().message));
    QCOMPARE(choice->database->name(), database);
    QCOMPARE(choice->flavour, flavour);
    QVERIFY(choice->database->flavours().contains(flavour));
    QCOMPARE(choice->dialect().name(), dialect);
    QCOMPARE(dialectByName(alias), &choice->dialect());
}

void TestDatabaseRegistry::unknownAliasListsTheKnownOnes()
{
    const auto choice = databaseByAlias(QStringLiteral("oracle"));
    QVERIFY(!choice);
    QCOMPARE(choice.error().message,
             QStringLiteral("Unknown database \"oracle\": use one of sqlite, sqlite3, mysql, "
                            "maria, mariadb, postgres, postgresql."));
    QCOMPARE(dialectByName(QStringLiteral("oracle")), nullptr);
}

void TestDatabaseRegistry::urlsFindTheirDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("database");
    QTest::newRow("sqlite") << "sqlite://app.db"
                            << "sqlite";
    QTest::newRow("mysql") << "mysql://u@localhost:3306/app"
                           << "mysql";
    QTest::newRow("maria") << "maria://u@localhost:3306/app"
                           << "mysql";
    QTest::newRow("postgres") << "postgres://u@localhost:5432/app"
                              << "postgres";
    QTest::newRow("file") << "file://schema.sql"
                          << "";
    QTest::newRow("docker") << "docker://postgres/15/dev"
                            << "";
}

void TestDatabaseRegistry::urlsFindTheirDatabase()
{
    QFETCH(QString, url);
    QFETCH(QString, database);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const Database *found = databaseForUrl(parsed.value());
    QCOMPARE(found ? found->name() : QString(), database);
}

void TestDatabaseRegistry::everyDatabaseIsListedOnce()
{
    QStringList names;
    for (const Database *database : registeredDatabases())
        names.append(database->name());
    QCOMPARE(names, QStringList({QStringLiteral("sqlite"), QStringLiteral("mysql"),
                                 QStringLiteral("postgres")}));
}

void TestDatabaseRegistry::databaseFilesAreKnownByContentOrName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // An SQLite file whatever its name, with a '?' and a '%' that must survive as a URL path.
    const QString odd = dir.filePath(QStringLiteral("odd?name%.bin"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(odd);
        QVERIFY(db.open());
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (id int)")).lastError().type() ==
                QSqlError::NoError);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    const auto byContent = databaseUrlForFile(odd);
    QVERIFY(byContent);
    QCOMPARE(byContent->scheme(), DatabaseUrl::Scheme::Sqlite);
    QCOMPARE(byContent->path(), odd);

    const QString sql = dir.filePath(QStringLiteral("schema.sql"));
    QFile file(sql);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE t (id int);\n");
    file.close();
    QVERIFY(!databaseUrlForFile(sql));
    QVERIFY(!databaseUrlForFile(sql, true));

    // A new database file is known by its name only when asked to.
    const QString fresh = dir.filePath(QStringLiteral("new.db"));
    QVERIFY(!databaseUrlForFile(fresh));
    const auto byName = databaseUrlForFile(fresh, true);
    QVERIFY(byName);
    QCOMPARE(byName->path(), fresh);
    QVERIFY(!databaseUrlForFile(dir.path(), true));
}

QTEST_GUILESS_MAIN(TestDatabaseRegistry)
#include "tst_databaseregistry.moc"
