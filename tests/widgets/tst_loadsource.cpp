#include "jobs/loadsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

class TestLoadSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile header(m_dir.filePath(QStringLiteral("data.bin")));
        QVERIFY(header.open(QIODevice::WriteOnly));
        header.write(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
        header.close();
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("CREATE TABLE t(a);");
    }

    void resolves_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("displayName");

        const int sqlite = int(DatabaseUrl::Scheme::Sqlite);
        const int file = int(DatabaseUrl::Scheme::File);
        const QString dir = m_dir.path() + QLatin1Char('/');
        QTest::newRow("db suffix")
            << dir + QStringLiteral("a.db") << sqlite << dir + QStringLiteral("a.db") << QString()
            << QStringLiteral("a.db");
        QTest::newRow("sqlite3 suffix")
            << dir + QStringLiteral("b.SQLITE3") << sqlite << dir + QStringLiteral("b.SQLITE3")
            << QString() << QStringLiteral("b.SQLITE3");
        QTest::newRow("header, no suffix")
            << dir + QStringLiteral("data.bin") << sqlite << dir + QStringLiteral("data.bin")
            << QString() << QStringLiteral("data.bin");
        QTest::newRow("sql file") << dir + QStringLiteral("schema.sql") << file
                                  << dir + QStringLiteral("schema.sql") << QStringLiteral("sqlite")
                                  << QStringLiteral("schema.sql");
        QTest::newRow("other text file")
            << dir + QStringLiteral("notes.txt") << file << dir + QStringLiteral("notes.txt")
            << QStringLiteral("sqlite") << QStringLiteral("notes.txt");
        QTest::newRow("odd characters")
            << dir + QStringLiteral("what?100%.db") << sqlite
            << dir + QStringLiteral("what?100%.db") << QString() << QStringLiteral("what?100%.db");
        QTest::newRow("sqlite url")
            << QStringLiteral("sqlite:///tmp/x.db") << sqlite << QStringLiteral("/tmp/x.db")
            << QString() << QStringLiteral("x.db");
        QTest::newRow("file url") << QStringLiteral("file://schema.sql") << file
                                  << QStringLiteral("schema.sql") << QStringLiteral("sqlite")
                                  << QStringLiteral("schema.sql");
        QTest::newRow("postgres url, masked")
            << QStringLiteral("postgres://me:secret@db:5432/app")
            << int(DatabaseUrl::Scheme::Postgres) << QStringLiteral("app") << QString()
            << QStringLiteral("postgres://me:****@db:5432/app");
    }

    void resolves()
    {
        QFETCH(QString, input);
        QFETCH(int, scheme);
        QFETCH(QString, path);
        QFETCH(QString, dialect);
        QFETCH(QString, displayName);
        const Expected<LoadSource> source = resolveLoadSource(input);
        QVERIFY2(source.hasValue(),
                 qPrintable(source.hasValue() ? QString() : source.error().message));
        QCOMPARE(int(source->request.url.scheme()), scheme);
        QCOMPARE(source->request.url.path(), path);
        QCOMPARE(source->request.dialect, dialect);
        QCOMPARE(source->displayName, displayName);
        QVERIFY(!source->displayName.contains(QLatin1String("secret")));
    }

    void passwordUrlsAreRememberedWithoutPassword()
    {
        const auto withPassword = resolveLoadSource(QStringLiteral("mysql://u:pw@h/db"));
        QVERIFY(withPassword.hasValue());
        QCOMPARE(withPassword->recentEntry, QStringLiteral("mysql://u@h/db"));
        const auto inQuery = resolveLoadSource(
            QStringLiteral("postgres://u@h/db?sslmode=disable&password=pw&search_path=public"));
        QCOMPARE(inQuery->recentEntry,
                 QStringLiteral("postgres://u@h/db?sslmode=disable&search_path=public"));
        const auto withoutPassword = resolveLoadSource(QStringLiteral("mysql://u@h/db"));
        QCOMPARE(withoutPassword->recentEntry, QStringLiteral("mysql://u@h/db"));
        const auto local = resolveLoadSource(m_dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(local->recentEntry, m_dir.filePath(QStringLiteral("a.db")));
    }

    void sqlFileTakesTheChosenDialect()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema.sql"));
        const auto byDefault = resolveLoadSource(path);
        QCOMPARE(byDefault->request.dialect, QStringLiteral("sqlite"));
        QCOMPARE(byDefault->displayName, QStringLiteral("schema.sql"));
        const auto maria = resolveLoadSource(path, QStringLiteral("mariadb"));
        QCOMPARE(maria->request.dialect, QStringLiteral("mariadb"));
        QCOMPARE(maria->displayName, QStringLiteral("schema.sql (MariaDB)"));
        QCOMPARE(maria->recentEntry, path);
        // Recent Files remembers the dialect with the file; a database has none.
        QCOMPARE(maria->sqlDialect, QStringLiteral("mariadb"));
        QCOMPARE(byDefault->sqlDialect, QStringLiteral("sqlite"));
        QCOMPARE(resolveLoadSource(m_dir.filePath(QStringLiteral("a.db")))->sqlDialect, QString());
    }

    void rejectsNonsense()
    {
        QVERIFY(!resolveLoadSource(QStringLiteral("  ")).hasValue());
        QVERIFY(!resolveLoadSource(QStringLiteral("nosuch://x")).hasValue());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLoadSource)
#include "tst_loadsource.moc"
