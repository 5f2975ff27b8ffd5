#include "db/sqlite/sqliteconnection.h"
#include "schemadump.h"
#include "sqlitetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace strata;
using namespace strata::test;

/// Opening SQLite URLs: what a user reads when a path is wrong, and what a good one yields.
class TestSqliteConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openErrors_data();
    void openErrors();
    void openUnreadableFile();
    void openDoesNotCreateMissingFile();
    void openFileDatabase();
    void openInMemory();
    void executeError();

private:
    QTemporaryDir m_tmp;
};

void TestSqliteConnection::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestSqliteConnection::openErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const QString missing = m_tmp.filePath(QStringLiteral("missing.db"));
    QTest::newRow("missing file")
        << QLatin1String("sqlite://") + missing
        << QStringLiteral("SQLite database \"%1\" does not exist. Check the path, or use "
                          "sqlite://missing?mode=memory for a scratch database.")
               .arg(missing);
    QTest::newRow("missing relative path")
        << QStringLiteral("sqlite://no/such/app.db")
        << QStringLiteral("SQLite database \"%1\" does not exist. Check the path, or use "
                          "sqlite://app?mode=memory for a scratch database.")
               .arg(QDir::current().absoluteFilePath(QStringLiteral("no/such/app.db")));
    const QString text = QStringLiteral(SQLITE_TEST_DATA "/not-a-database.txt");
    QTest::newRow("text file")
        << QLatin1String("sqlite://") + text
        << QStringLiteral("\"%1\" is not an SQLite database (SQLite: file is not a database). "
                          "Open an SQLite 3 database file, or load SQL text with file://.")
               .arg(text);
    QTest::newRow("directory")
        << QLatin1String("sqlite://") + m_tmp.path()
        << QStringLiteral("\"%1\" is a directory, not an SQLite database file. Give the path of "
                          "the database file.")
               .arg(m_tmp.path());
    QTest::newRow("no path") << QStringLiteral("sqlite://")
                             << QStringLiteral("The URL sqlite:// names no database file: use "
                                               "sqlite://file.db, or sqlite://name?mode=memory "
                                               "for a scratch database.");
    QTest::newRow("not sqlite") << QStringLiteral("postgres://u:secret@localhost/db")
                                << QStringLiteral("postgres://u:****@localhost/db is not an "
                                                  "SQLite URL: use sqlite://file.db or "
                                                  "sqlite://name?mode=memory.");
}

void TestSqliteConnection::openErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    const auto connection = SqliteConnection::open(*parsed);
    QVERIFY(!connection);
    QCOMPARE(connection.error().message, expected);
}

void TestSqliteConnection::openUnreadableFile()
{
    if (geteuid() == 0) {
        QSKIP("Running as root: chmod 000 does not stop root from reading a file, so no "
              "unreadable file can be made here (openErrors covers a directory given as the "
              "database file).");
    }
    const QString path = m_tmp.filePath(QStringLiteral("locked.db"));
    QString error;
    QVERIFY2(writeSqliteDatabaseFile(path, QStringLiteral("CREATE TABLE t (a);"), &error),
             qPrintable(error));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const auto url = DatabaseUrl::parse(QLatin1String("sqlite://") + path);
    QVERIFY(url);
    const auto connection = SqliteConnection::open(*url);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!connection);
    QCOMPARE(connection.error().message,
             QStringLiteral("SQLite database \"%1\" cannot be read: permission denied. Check the "
                            "file's permissions.")
                 .arg(path));
}

void TestSqliteConnection::openDoesNotCreateMissingFile()
{
    const QString path = m_tmp.filePath(QStringLiteral("never-created.db"));
    const auto url = DatabaseUrl::parse(QLatin1String("sqlite://") + path);
    QVERIFY(url);
    QVERIFY(!SqliteConnection::open(*url));
    QVERIFY(!QFile::exists(path));
}

void TestSqliteConnection::openFileDatabase()
{
    const QString path = m_tmp.filePath(QStringLiteral("created.db"));
    const auto url = DatabaseUrl::parse(QLatin1String("sqlite://") + path);
    QVERIFY(url);
    const QStringList namesBefore = QSqlDatabase::connectionNames();
    {
        auto created = SqliteConnection::open(*url, true);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE((*created)->serverVersion(),
                 QLatin1String("SQLite ") + QString::fromLatin1(sqlite3_libversion()));
        QCOMPARE((*created)->url(), *url);
        QVERIFY((*created)->execute(
            QStringLiteral("CREATE TABLE \"my notes\" (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY((*created)->database().isOpen());
    }
    QVERIFY(QFile::exists(path));
    auto first = SqliteConnection::open(*url);
    auto second = SqliteConnection::open(*url);
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY((*first)->database().connectionName() != (*second)->database().connectionName());
    const Expected<Realm> realm = (*second)->inspect(TaskControl());
    QVERIFY(realm);
    QCOMPARE(dumpSchema(realm->schemas.front()),
             QStringLiteral("schema main\ntable my notes\n  column id integer [INTEGER] null\n"
                            "  column body text [TEXT] null\n  primary key (id)"));
    first = Error{};
    second = Error{};
    QCOMPARE(QSqlDatabase::connectionNames(), namesBefore);
}

void TestSqliteConnection::openInMemory()
{
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_tmp.path()));
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://scratch?mode=memory&_fk=1"));
    QVERIFY(url);
    {
        auto connection = SqliteConnection::open(*url);
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
        QVERIFY((*connection)->execute(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY)")));
        QVERIFY((*connection)
                    ->execute(QStringLiteral("CREATE TABLE c (p_id INTEGER REFERENCES p (id))")));
        const Status violation =
            (*connection)->execute(QStringLiteral("INSERT INTO c VALUES (42)"));
        QVERIFY(!violation);
        QCOMPARE(violation.error().message,
                 QStringLiteral("Statement \"INSERT INTO c VALUES (42)\" failed on "
                                "sqlite://scratch?mode=memory&_fk=1: FOREIGN KEY constraint "
                                "failed."));
        const Expected<Realm> realm = (*connection)->inspect(TaskControl());
        QVERIFY(realm);
        QCOMPARE(realm->tableCount(), 2);
    }
    QVERIFY(!QFile::exists(QStringLiteral("scratch")));
    QVERIFY(QDir(m_tmp.path()).entryList(QStringList{QStringLiteral("*scratch*")}).isEmpty());
    QVERIFY(QDir::setCurrent(cwd));
}

void TestSqliteConnection::executeError()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://exec?mode=memory"));
    QVERIFY(url);
    auto connection = SqliteConnection::open(*url);
    QVERIFY(connection);
    const Status status = (*connection)->execute(QStringLiteral("CREATE TABL x (a)"));
    QVERIFY(!status);
    QCOMPARE(status.error().message,
             QStringLiteral("Statement \"CREATE TABL x (a)\" failed on sqlite://exec?mode=memory: "
                            "near \"TABL\": syntax error."));
}

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
