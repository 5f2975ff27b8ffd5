// The migration directory on disk: which files count and in what order, names to versions,
// atomic writes, new versions, and --dir URLs, as Atlas reads them.
#include "migrate/migrationdir.h"
#include "migrate/migrationdirurl.h"
#include "migrate/migrationversion.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace strata;

namespace {

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

} // namespace

class TestMigrationDir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsNames_data();
    void splitsNames();
    void listsRootSqlFilesInByteOrder();
    void keepsBytesExactly();
    void writesAtomically();
    void writesTheSumFile();
    void refusesMissingDirectories();
    void createsWhenAsked();
    void reportsUnreadableEntries();
    void makesVersions();
    void readsDirUrls_data();
    void readsDirUrls();
};

void TestMigrationDir::splitsNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("description");
    // atlas-formats.md §2.1, from Atlas's LocalFile.Version and Desc.
    QTest::newRow("version only") << QStringLiteral("1.sql") << QStringLiteral("1") << QString();
    QTest::newRow("dotted version") << QStringLiteral("2.10.x-20_description.sql")
                                    << QStringLiteral("2.10.x-20") << QStringLiteral("description");
    QTest::newRow("dots after the underscore")
        << QStringLiteral("1.a_sub.up.sql") << QStringLiteral("1.a") << QStringLiteral("sub.up");
    QTest::newRow("timestamp") << QStringLiteral("20240102000000_add_name.sql")
                               << QStringLiteral("20240102000000") << QStringLiteral("add_name");
    QTest::newRow("empty description")
        << QStringLiteral("3_.sql") << QStringLiteral("3") << QString();
}

void TestMigrationDir::splitsNames()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, description);
    const MigrationFile file{name, {}};
    QCOMPARE(file.version(), version);
    QCOMPARE(file.description(), description);
}

void TestMigrationDir::listsRootSqlFilesInByteOrder()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QDir dir(temporary.path());
    for (const char *name : {"2_c.sql", "1_a.sql", "10_b.sql", ".hidden.sql", "atlas.sum",
                             "notes.txt", "UPPER.SQL", "\xc3\xa9_x.sql", "Z_y.sql"})
        QVERIFY(writeFile(dir.filePath(QString::fromUtf8(name)), "SELECT 1;\n"));
    QVERIFY(dir.mkpath(QStringLiteral("sub")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/0_nested.sql")), "SELECT 0;\n"));

    auto opened = MigrationDir::open(temporary.path());
    QVERIFY(opened);
    auto files = opened->files();
    QVERIFY(files);
    QStringList names;
    for (const MigrationFile &file : files.value())
        names.append(file.name);
    // Byte order: '.' < digits < upper case < '_' < lower case < UTF-8 multi-byte.
    QCOMPARE(names, (QStringList{QStringLiteral(".hidden.sql"), QStringLiteral("10_b.sql"),
                                 QStringLiteral("1_a.sql"), QStringLiteral("2_c.sql"),
                                 QStringLiteral("Z_y.sql"), QString::fromUtf8("\xc3\xa9_x.sql")}));
}

void TestMigrationDir::keepsBytesExactly()
{
    QTemporaryDir temporary;
    const QByteArray bytes("\xef\xbb\xbf"
                           "CREATE TABLE t (a int);\r\nINSERT INTO t VALUES (1);");
    QVERIFY(writeFile(temporary.filePath(QStringLiteral("1_bom.sql")), bytes));
    auto dir = MigrationDir::open(temporary.path());
    QVERIFY(dir);
    auto files = dir->files();
    QVERIFY(files);
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->constFirst().bytes, bytes);
}

void TestMigrationDir::writesAtomically()
{
    QTemporaryDir temporary;
    auto dir = MigrationDir::open(temporary.path());
    QVERIFY(dir);
    QVERIFY(dir->write(QStringLiteral("1_a.sql"), "first\n"));
    QVERIFY(dir->write(QStringLiteral("1_a.sql"), "second\n"));
    QCOMPARE(readFile(temporary.filePath(QStringLiteral("1_a.sql"))), QByteArray("second\n"));
    // Nothing but the file itself is left behind.
    QCOMPARE(QDir(temporary.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("1_a.sql")});
    QVERIFY(dir->write(QStringLiteral("2_empty.sql"), QByteArray()));
    QVERIFY(QFile::exists(temporary.filePath(QStringLiteral("2_empty.sql"))));
    QCOMPARE(QFileInfo(temporary.filePath(QStringLiteral("2_empty.sql"))).size(), 0);

    QVERIFY(QDir(temporary.path()).mkpath(QStringLiteral("taken.sql")));
    const Status blocked = dir->write(QStringLiteral("taken.sql"), "x");
    QVERIFY(!blocked);
    QVERIFY(blocked.error().message.startsWith(QLatin1String("Cannot write ")));
}

void TestMigrationDir::writesTheSumFile()
{
    QTemporaryDir temporary;
    auto dir = MigrationDir::open(temporary.path());
    QVERIFY(dir);
    QVERIFY(dir->write(QStringLiteral("20240101000000_init.sql"), "CREATE TABLE t1 (id int);\n"));
    QVERIFY(dir->write(QStringLiteral("20240102000000_add_name.sql"),
                       "ALTER TABLE t1 ADD COLUMN name text;\n"));
    QVERIFY(dir->writeSumFile());
    QCOMPARE(readFile(temporary.filePath(QStringLiteral("atlas.sum"))),
             QByteArray("h1:2DfEtYXTd3I1tc+a6NKVguau0OHEq/+KcOdKVW5TiP0=\n"
                        "20240101000000_init.sql h1:Q034FT9rNbFRGa5FfKBLVXn8LZ/yDL5syhJf2pbf+LU=\n"
                        "20240102000000_add_name.sql "
                        "h1:kuMbYRDdbVVA76JWEttRZ/pq5c4ehsPJxdk2Y/L5pb0=\n"));
}

void TestMigrationDir::refusesMissingDirectories()
{
    QTemporaryDir temporary;
    const QString missing = temporary.filePath(QStringLiteral("migrations"));
    auto dir = MigrationDir::open(missing);
    QVERIFY(!dir);
    QCOMPARE(dir.error().message,
             QStringLiteral("sql/migrate: stat %1: no such file or directory").arg(missing));
    QVERIFY(!QFileInfo::exists(missing));

    const QString file = temporary.filePath(QStringLiteral("file"));
    QVERIFY(writeFile(file, "x"));
    auto notDir = MigrationDir::open(file);
    QVERIFY(!notDir);
    QCOMPARE(notDir.error().message, QStringLiteral("sql/migrate: \"%1\" is not a dir").arg(file));
}

void TestMigrationDir::createsWhenAsked()
{
    QTemporaryDir temporary;
    const QString path = temporary.filePath(QStringLiteral("deep/migrations"));
    auto dir = MigrationDir::open(path, MigrationDir::IfMissing::Create);
    QVERIFY(dir);
    QVERIFY(QFileInfo(path).isDir());
    auto files = dir->files();
    QVERIFY(files);
    QVERIFY(files->isEmpty());
}

void TestMigrationDir::reportsUnreadableEntries()
{
    QTemporaryDir temporary;
    QVERIFY(QDir(temporary.path()).mkpath(QStringLiteral("2_dir.sql")));
    auto dir = MigrationDir::open(temporary.path());
    QVERIFY(dir);
    auto files = dir->files();
    QVERIFY(!files);
    QCOMPARE(files.error().message,
             QStringLiteral("sql/migrate: read file \"2_dir.sql\": is a directory"));
}

void TestMigrationDir::makesVersions()
{
    const QDateTime berlin(QDate(2024, 1, 2), QTime(1, 4, 5), QTimeZone("Europe/Berlin"));
    QCOMPARE(newMigrationVersion(berlin), QStringLiteral("20240102000405"));
    QCOMPARE(newMigrationVersion().size(), 14);
    QCOMPARE(migrationFileName(QStringLiteral("20240102000405"), QStringLiteral("add_users")),
             QStringLiteral("20240102000405_add_users.sql"));
    QCOMPARE(migrationFileName(QStringLiteral("20240102000405"), QString()),
             QStringLiteral("20240102000405.sql"));
}

void TestMigrationDir::readsDirUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("dirFormat");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("default") << kDefaultMigrationDirUrl << QString() << QStringLiteral("migrations")
                             << QString();
    QTest::newRow("empty path") << QStringLiteral("file://") << QString()
                                << QStringLiteral("migrations") << QString();
    QTest::newRow("relative with folders") << QStringLiteral("file://db/migrations/") << QString()
                                           << QStringLiteral("db/migrations") << QString();
    QTest::newRow("absolute") << QStringLiteral("file:///tmp/x%20y?format=atlas") << QString()
                              << QStringLiteral("/tmp/x y") << QString();
    QTest::newRow("--dir-format atlas") << QStringLiteral("file://m") << QStringLiteral("atlas")
                                        << QStringLiteral("m") << QString();
    QTest::newRow("missing scheme")
        << QStringLiteral("migrations") << QString() << QString()
        << QStringLiteral("missing scheme for dir url. Did you mean \"file://migrations\"? ");
    QTest::newRow("other scheme") << QStringLiteral("s3://bucket") << QString() << QString()
                                  << QStringLiteral("unsupported driver \"s3\"");
    QTest::newRow("unknown format") << QStringLiteral("file://m?format=sqitch") << QString()
                                    << QString() << QStringLiteral("unknown dir format \"sqitch\"");
    QTest::newRow("goose") << QStringLiteral("file://m") << QStringLiteral("goose") << QString()
                           << QStringLiteral("migration directories in the goose format are not "
                                             "supported: Strata reads and writes Atlas's format "
                                             "(format=atlas).");
}

void TestMigrationDir::readsDirUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, dirFormat);
    QFETCH(QString, path);
    QFETCH(QString, error);
    auto location = parseMigrationDirUrl(url, dirFormat);
    if (!error.isEmpty()) {
        QVERIFY(!location);
        QCOMPARE(location.error().message, error);
        return;
    }
    QVERIFY2(location, qPrintable(location ? QString() : location.error().message));
    QCOMPARE(location->path, path);
}

QTEST_GUILESS_MAIN(TestMigrationDir)
#include "tst_migrationdir.moc"
