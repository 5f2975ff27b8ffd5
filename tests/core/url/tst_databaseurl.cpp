#include "url/databaseurl.h"

#include <QTest>

using strata::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesParts_data();
    void parsesParts();
    void masksPassword_data();
    void masksPassword();
    void rejects_data();
    void rejects();
    void masksPasswordsInFreeText();
    void recognizesInMemorySqlite();
    void withPathKeepsTheRest();
    void dropsThePasswordForDisk_data();
    void dropsThePasswordForDisk();
};

void TestDatabaseUrl::parsesParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    const auto S = [](DatabaseUrl::Scheme s) {
        return int(s);
    };
    QTest::newRow("sqlite relative")
        << QStringLiteral("sqlite://path/to.db") << S(DatabaseUrl::Scheme::Sqlite) << QString()
        << QString() << QString() << 0 << QStringLiteral("path/to.db") << QString();
    QTest::newRow("sqlite absolute")
        << QStringLiteral("sqlite:///tmp/a b.db?_fk=1") << S(DatabaseUrl::Scheme::Sqlite)
        << QString() << QString() << QString() << 0 << QStringLiteral("/tmp/a b.db")
        << QStringLiteral("_fk=1");
    QTest::newRow("sqlite3 memory")
        << QStringLiteral("sqlite3://dev?mode=memory") << S(DatabaseUrl::Scheme::Sqlite)
        << QString() << QString() << QString() << 0 << QStringLiteral("dev")
        << QStringLiteral("mode=memory");
    QTest::newRow("sqlite dsn absolute")
        << QStringLiteral("sqlite://file:/abs/path.db?cache=shared&_fk=1")
        << S(DatabaseUrl::Scheme::Sqlite) << QString() << QString() << QString() << 0
        << QStringLiteral("/abs/path.db") << QStringLiteral("cache=shared&_fk=1");
    QTest::newRow("sqlite dsn relative")
        << QStringLiteral("sqlite://file:rel.db?_fk=1") << S(DatabaseUrl::Scheme::Sqlite)
        << QString() << QString() << QString() << 0 << QStringLiteral("rel.db")
        << QStringLiteral("_fk=1");
    QTest::newRow("sqlite dsn empty authority")
        << QStringLiteral("sqlite://file:///tmp/x.db") << S(DatabaseUrl::Scheme::Sqlite)
        << QString() << QString() << QString() << 0 << QStringLiteral("/tmp/x.db") << QString();
    QTest::newRow("sqlite dsn memory")
        << QStringLiteral("sqlite://file::memory:?cache=shared") << S(DatabaseUrl::Scheme::Sqlite)
        << QString() << QString() << QString() << 0 << QStringLiteral(":memory:")
        << QStringLiteral("cache=shared");
    QTest::newRow("mysql") << QStringLiteral("mysql://root:pass@localhost:3306/example")
                           << S(DatabaseUrl::Scheme::MySql) << QStringLiteral("root")
                           << QStringLiteral("pass") << QStringLiteral("localhost") << 3306
                           << QStringLiteral("example") << QString();
    QTest::newRow("maria no db") << QStringLiteral("maria://u@127.0.0.1")
                                 << S(DatabaseUrl::Scheme::MariaDb) << QStringLiteral("u")
                                 << QString() << QStringLiteral("127.0.0.1") << 0 << QString()
                                 << QString();
    QTest::newRow("mariadb") << QStringLiteral("mariadb://u:p@h:1/d")
                             << S(DatabaseUrl::Scheme::MariaDb) << QStringLiteral("u")
                             << QStringLiteral("p") << QStringLiteral("h") << 1
                             << QStringLiteral("d") << QString();
    QTest::newRow("postgres encoded password")
        << QStringLiteral(
               "postgres://app:p%40ss%3Aw@127.0.0.1:5432/app?sslmode=disable&search_path=public")
        << S(DatabaseUrl::Scheme::Postgres) << QStringLiteral("app") << QStringLiteral("p@ss:w")
        << QStringLiteral("127.0.0.1") << 5432 << QStringLiteral("app")
        << QStringLiteral("sslmode=disable&search_path=public");
    QTest::newRow("postgresql ipv6")
        << QStringLiteral("postgresql://u:x@[::1]:5433/db") << S(DatabaseUrl::Scheme::Postgres)
        << QStringLiteral("u") << QStringLiteral("x") << QStringLiteral("::1") << 5433
        << QStringLiteral("db") << QString();
    QTest::newRow("file") << QStringLiteral("file://schema.sql") << S(DatabaseUrl::Scheme::File)
                          << QString() << QString() << QString() << 0
                          << QStringLiteral("schema.sql") << QString();
    QTest::newRow("file dir with version")
        << QStringLiteral("file://migrations?version=2") << S(DatabaseUrl::Scheme::File)
        << QString() << QString() << QString() << 0 << QStringLiteral("migrations")
        << QStringLiteral("version=2");
    QTest::newRow("env") << QStringLiteral("env://src") << S(DatabaseUrl::Scheme::Env) << QString()
                         << QString() << QString() << 0 << QStringLiteral("src") << QString();
    QTest::newRow("docker") << QStringLiteral("docker://mysql/8/dev")
                            << S(DatabaseUrl::Scheme::Docker) << QString() << QString() << QString()
                            << 0 << QStringLiteral("mysql/8/dev") << QString();
    QTest::newRow("upper-case scheme")
        << QStringLiteral("SQLITE://x.db") << S(DatabaseUrl::Scheme::Sqlite) << QString()
        << QString() << QString() << 0 << QStringLiteral("x.db") << QString();
}

void TestDatabaseUrl::parsesParts()
{
    QFETCH(QString, text);
    QFETCH(int, scheme);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, query);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.hasValue(), qPrintable(url ? QString() : url.error().message));
    QCOMPARE(int(url->scheme()), scheme);
    QCOMPARE(url->user(), user);
    QCOMPARE(url->password(), password);
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->path(), path);
    QStringList pairs;
    for (const auto &item : url->queryItems())
        pairs.append(item.first + QLatin1Char('=') + item.second);
    QCOMPARE(pairs.join(QLatin1Char('&')), query);
}

void TestDatabaseUrl::masksPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("unmasked");

    QTest::newRow("mysql") << QStringLiteral("mysql://root:secret@localhost:3306/example")
                           << QStringLiteral("mysql://root:****@localhost:3306/example")
                           << QStringLiteral("mysql://root:secret@localhost:3306/example");
    QTest::newRow("postgres query")
        << QStringLiteral("postgres://app:s3cr%40t@h/app?sslmode=disable")
        << QStringLiteral("postgres://app:****@h/app?sslmode=disable")
        << QStringLiteral("postgres://app:s3cr%40t@h/app?sslmode=disable");
    QTest::newRow("password param")
        << QStringLiteral("postgres://h/app?password=hunter2&sslmode=disable")
        << QStringLiteral("postgres://h/app?password=****&sslmode=disable")
        << QStringLiteral("postgres://h/app?password=hunter2&sslmode=disable");
    QTest::newRow("at sign in password") << QStringLiteral("mysql://root:p@ss@localhost/db")
                                         << QStringLiteral("mysql://root:****@localhost/db")
                                         << QStringLiteral("mysql://root:p%40ss@localhost/db");
    QTest::newRow("no password") << QStringLiteral("mysql://root@localhost/db")
                                 << QStringLiteral("mysql://root@localhost/db")
                                 << QStringLiteral("mysql://root@localhost/db");
    QTest::newRow("sqlite") << QStringLiteral("sqlite://dev?mode=memory")
                            << QStringLiteral("sqlite://dev?mode=memory")
                            << QStringLiteral("sqlite://dev?mode=memory");
    QTest::newRow("sqlite dsn") << QStringLiteral("sqlite://file:/abs/path.db?cache=shared&_fk=1")
                                << QStringLiteral("sqlite://file:/abs/path.db?cache=shared&_fk=1")
                                << QStringLiteral("sqlite://file:/abs/path.db?cache=shared&_fk=1");
    QTest::newRow("sqlite dsn authority") << QStringLiteral("sqlite://file:///tmp/x.db")
                                          << QStringLiteral("sqlite://file:///tmp/x.db")
                                          << QStringLiteral("sqlite://file:///tmp/x.db");
}

void TestDatabaseUrl::masksPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(QString, unmasked);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(url.hasValue());
    QCOMPARE(url->toString(), masked);
    QCOMPARE(url->toString(false), unmasked);
}

void TestDatabaseUrl::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown scheme")
        << QStringLiteral("oracle://scott:tiger@db/orcl")
        << QStringLiteral(
               "Unknown URL scheme \"oracle\" in \"oracle://scott:****@db/orcl\": use sqlite://, "
               "mysql://, maria://, postgres://, file:// or env://.");
    QTest::newRow("no scheme")
        << QStringLiteral("schema.sql")
        << QStringLiteral("\"schema.sql\" is not a URL: expected scheme://..., for example "
                          "sqlite://file.db or file://schema.sql.");
    QTest::newRow("empty")
        << QString()
        << QStringLiteral(
               "The URL is empty: give one such as sqlite://file.db or file://schema.sql.");
    QTest::newRow("bad port")
        << QStringLiteral("mysql://u:pw@h:99999/db")
        << QStringLiteral(
               "The port \"99999\" in \"mysql://u:****@h:99999/db\" is not a number between 1 "
               "and 65535.");
    QTest::newRow("open bracket")
        << QStringLiteral("postgres://u:pw@[::1/db")
        << QStringLiteral(
               "The host in \"postgres://u:****@[::1/db\" opens '[' without closing it.");
}

void TestDatabaseUrl::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.hasValue());
    QCOMPARE(url.error().message, message);
}

void TestDatabaseUrl::masksPasswordsInFreeText()
{
    const QString text =
        QStringLiteral("could not connect to mysql://root:secret@db:3306/x (timeout); "
                       "tried postgres://h/app?password=abc&x=1 and maria://u:p@ss@h/d");
    const QString masked = strata::maskPasswordsIn(text);
    QVERIFY(!masked.contains(QLatin1String("secret")));
    QVERIFY(!masked.contains(QLatin1String("password=abc")));
    QCOMPARE(masked,
             QStringLiteral("could not connect to mysql://root:****@db:3306/x (timeout); "
                            "tried postgres://h/app?password=****&x=1 and maria://u:****@h/d"));
}

void TestDatabaseUrl::recognizesInMemorySqlite()
{
    QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite://dev?mode=memory"))->isInMemorySqlite());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite://dev.db"))->isInMemorySqlite());
    QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite://file::memory:?cache=shared"))
                ->isInMemorySqlite());
    QVERIFY(
        DatabaseUrl::parse(QStringLiteral("sqlite://file:dev?mode=memory"))->isInMemorySqlite());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite://file:dev.db"))->isInMemorySqlite());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://h/dev?mode=memory"))->isInMemorySqlite());
}

void TestDatabaseUrl::withPathKeepsTheRest()
{
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgres://app:s3cret@h:5433/app?search_path=dev&sslmode=disable"));
    QVERIFY(url.hasValue());
    const DatabaseUrl other = url->withPath(QStringLiteral("strata_dev_00ff"));
    QCOMPARE(other.path(), QStringLiteral("strata_dev_00ff"));
    QCOMPARE(other.toString(false),
             QStringLiteral(
                 "postgres://app:s3cret@h:5433/strata_dev_00ff?search_path=dev&sslmode=disable"));
    QCOMPARE(other.toString(),
             QStringLiteral(
                 "postgres://app:****@h:5433/strata_dev_00ff?search_path=dev&sslmode=disable"));
    QCOMPARE(url->path(), QStringLiteral("app"));
}

void TestDatabaseUrl::dropsThePasswordForDisk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("user and password") << "mysql://app:s3cret@localhost:3306/db"
                                       << "mysql://app@localhost:3306/db";
    QTest::newRow("password parameter") << "postgres://app@h:5432/db?sslmode=disable&password=x"
                                        << "postgres://app@h:5432/db?sslmode=disable";
    QTest::newRow("no password") << "postgres://app@h:5432/db"
                                 << "postgres://app@h:5432/db";
}

void TestDatabaseUrl::dropsThePasswordForDisk()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
    QCOMPARE(url->toStringWithoutPassword(), stored);
    QVERIFY(!url->toStringWithoutPassword().contains(QLatin1String("s3cret")));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
