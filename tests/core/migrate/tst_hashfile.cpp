// atlas.sum: computed, written, read and checked exactly as Atlas does (sql/migrate/dir.go),
// against worked examples of the reference and a real atlas.sum of Atlas's own test data.
#include "migrate/checksumcheck.h"
#include "migrate/hashfile.h"
#include "migrate/migrationdir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

using Files = QList<MigrationFile>;

/// Files in Atlas's order, as MigrationDir lists them.
Files sorted(Files files)
{
    std::sort(files.begin(), files.end(), [](const MigrationFile &a, const MigrationFile &b) {
        return migrationNameLess(a.name, b.name);
    });
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const Files kExampleA{
    {QStringLiteral("20240101000000_init.sql"), "CREATE TABLE t1 (id int);\n"},
    {QStringLiteral("20240102000000_add_name.sql"), "ALTER TABLE t1 ADD COLUMN name text;\n"}};
const QByteArray kExampleASum =
    "h1:2DfEtYXTd3I1tc+a6NKVguau0OHEq/+KcOdKVW5TiP0=\n"
    "20240101000000_init.sql h1:Q034FT9rNbFRGa5FfKBLVXn8LZ/yDL5syhJf2pbf+LU=\n"
    "20240102000000_add_name.sql h1:kuMbYRDdbVVA76JWEttRZ/pq5c4ehsPJxdk2Y/L5pb0=\n";

} // namespace

Q_DECLARE_METATYPE(Files)
Q_DECLARE_METATYPE(std::optional<strata::ChecksumProblem>)

class TestHashFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesAtlasSums_data();
    void computesAtlasSums();
    void matchesAtlasOwnSumFile();
    void readsWhatItWrites();
    void readsAsAtlas_data();
    void readsAsAtlas();
    void findsTheFirstProblem_data();
    void findsTheFirstProblem();
    void validatesDirectories_data();
    void validatesDirectories();
};

void TestHashFile::computesAtlasSums_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QByteArray>("sum");
    // atlas-formats.md §1.7, example A: two files, each ending in one newline.
    QTest::newRow("example A") << kExampleA << kExampleASum;
    // Example B: 10_b.sql sorts before 1_a.sql; 1_a.sql is ignored but its name is hashed;
    // CRLF and a missing final newline are hashed as they are.
    QTest::newRow("example B")
        << sorted({{QStringLiteral("1_a.sql"), "-- atlas:sum ignore\nSELECT 1;\n"},
                   {QStringLiteral("10_b.sql"), "CREATE TABLE b (x int);"},
                   {QStringLiteral("2_c.sql"), "CREATE TABLE c (y int);\r\n"}})
        << QByteArray("h1:16SDVjOdMajcoHZz4Ffs4i4nAZZAn1ZUZQ4QhthN6Mw=\n"
                      "10_b.sql h1:IuJvhXChCknKXXakouWb9XoXz/mYze4Fe4lSjuXMJvQ=\n"
                      "2_c.sql h1:ZtkPiOe2NW5nFRR4gTVnPeq5OptXk44pPFoOkeaIVfk=\n");
    // SHA-256 of nothing.
    QTest::newRow("empty directory")
        << Files() << QByteArray("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    // Expected values from an independent re-implementation of Atlas's algorithm (Python's
    // hashlib and re, with dir.go's directive pattern), which reproduces the two examples.
    QTest::newRow("empty file, dotted version, non-ASCII name")
        << sorted({{QStringLiteral("1.a_sub.up.sql"), ""},
                   {QStringLiteral("2.10.x-20_description.sql"),
                    "-- add c2\nALTER TABLE t ADD c2 int;"},
                   {QString::fromUtf8("3_\xc3\xa9t\xc3\xa9.sql"), "SELECT 1;\n"}})
        << QByteArray("h1:TVpv9NvDJ6l1UD3swpKwbuiWPFki+y27qTkrXEVwANo=\n"
                      "1.a_sub.up.sql h1:Lh4ZXjBCeOr1j5TXclmq2rDZR1s/ipowNPjpXxpt17o=\n"
                      "2.10.x-20_description.sql h1:/hBcv20wwA7LsATCAjDwlC7UX9us9favJeZ87Gui3Vw=\n"
                      "3_\xc3\xa9t\xc3\xa9.sql h1:ys36VZYU/ywb/mXXn8JqFeGFHdeJAZnz3bLf4MedK/0=\n");
    // The directive's argument is printable ASCII, so `ignore\r` of a CRLF file still reads
    // `ignore` (Atlas's pattern is `(?: +([ -~]*))*`).
    QTest::newRow("sum ignore in a CRLF file")
        << sorted({{QStringLiteral("1_a.sql"), "-- atlas:sum ignore\r\nSELECT 1;\r\n"},
                   {QStringLiteral("2_b.sql"), "SELECT 2;\n"}})
        << QByteArray("h1:LemDmSBUiDaRH/NAP3RlrjFXjFJseuPevYKjCpYastc=\n"
                      "2_b.sql h1:mXBwCRIIpqxqyyHCqRD99EypyNOrsu5PWwGyoC5w93A=\n");
    QTest::newRow("sum directive not on the first line, or not ignore")
        << sorted({{QStringLiteral("1_a.sql"), "SELECT 0;\n-- atlas:sum ignore\n"},
                   {QStringLiteral("2_b.sql"), "-- atlas:sum\nSELECT 2;\n"}})
        << QByteArray("h1:xtFhxxAJHtHj1S9oUz1Qwf7Q5fWxJobztnCdMkcndTY=\n"
                      "1_a.sql h1:3XMJYAP6g5bgNRt6cs9Zqjg/Ba6pLoHPPyPsuEutLR0=\n"
                      "2_b.sql h1:f19jdfheXrLJAmM9Qq/3U+weUCkS/pjnP2LlFifAmso=\n");
}

void TestHashFile::computesAtlasSums()
{
    QFETCH(Files, files);
    QFETCH(QByteArray, sum);
    QCOMPARE(HashFile::compute(files).serialize(), sum);
}

void TestHashFile::matchesAtlasOwnSumFile()
{
    // sql/migrate/testdata/partial-checkpoint: six files, two of them checkpoints.
    auto dir = MigrationDir::open(QStringLiteral(STRATA_TEST_DATA "/migrate/partial-checkpoint"));
    QVERIFY(dir);
    auto stored = dir->readSumFile();
    QVERIFY(stored && stored->has_value());
    auto computed = dir->checksum();
    QVERIFY(computed);
    QCOMPARE(computed->entries().size(), 6);
    QCOMPARE(computed->serialize(), **stored);
    auto report = validateChecksum(dir.value());
    QVERIFY(report);
    QVERIFY(report->isValid());
    QCOMPARE(
        computed->hashOf(QStringLiteral("3_checkpoint.sql")),
        std::optional<QString>(QStringLiteral("LR4UjDYVtrRuHLN5GQwLAYnXrSf/iO70psY8hTmLmjw=")));
    QCOMPARE(computed->hashOf(QStringLiteral("7_missing.sql")), std::nullopt);
}

void TestHashFile::readsWhatItWrites()
{
    auto parsed = HashFile::parse(kExampleASum);
    QVERIFY(parsed);
    QCOMPARE(parsed.value(), HashFile::compute(kExampleA));
    QCOMPARE(parsed->serialize(), kExampleASum);
}

void TestHashFile::readsAsAtlas_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("entries");
    QByteArray crlf = kExampleASum;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF lines") << crlf << QString() << 2;
    QByteArray noFinalNewline = kExampleASum;
    noFinalNewline.chop(1);
    QTest::newRow("no final newline") << noFinalNewline << QString() << 2;
    QTest::newRow("name padded with spaces")
        << QByteArray(kExampleASum).replace(" h1:Q0", "   h1:Q0") << QString() << 2;
    QTest::newRow("blank line") << QByteArray(kExampleASum + "\n")
                                << QStringLiteral("checksum file format invalid") << 0;
    QTest::newRow("line without h1:") << QByteArray(kExampleASum).replace(" h1:Q0", " Q0")
                                      << QStringLiteral("checksum file format invalid") << 0;
    QTest::newRow("edited hash") << QByteArray(kExampleASum).replace("h1:Q0", "h1:R0")
                                 << QStringLiteral("checksum mismatch") << 0;
    QTest::newRow("lines swapped")
        << QByteArray(
               "h1:2DfEtYXTd3I1tc+a6NKVguau0OHEq/+KcOdKVW5TiP0=\n"
               "20240102000000_add_name.sql h1:kuMbYRDdbVVA76JWEttRZ/pq5c4ehsPJxdk2Y/L5pb0=\n"
               "20240101000000_init.sql h1:Q034FT9rNbFRGa5FfKBLVXn8LZ/yDL5syhJf2pbf+LU=\n")
        << QStringLiteral("checksum mismatch") << 0;
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("checksum mismatch") << 0;
    QTest::newRow("empty directory's sum")
        << QByteArray("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n") << QString() << 0;
}

void TestHashFile::readsAsAtlas()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QFETCH(int, entries);
    HashFile::ParseFailure failure = HashFile::ParseFailure::Mismatch;
    auto parsed = HashFile::parse(text, &failure);
    if (error.isEmpty()) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->entries().size(), entries);
        if (entries > 0)
            QCOMPARE(parsed->entries().constFirst().name, kExampleA.constFirst().name);
        return;
    }
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, error);
    QCOMPARE(failure == HashFile::ParseFailure::FormatInvalid,
             error == QLatin1String("checksum file format invalid"));
}

void TestHashFile::findsTheFirstProblem_data()
{
    QTest::addColumn<Files>("before");
    QTest::addColumn<Files>("after");
    QTest::addColumn<std::optional<ChecksumProblem>>("problem");
    const MigrationFile a{QStringLiteral("1_a.sql"), "A;\n"};
    const MigrationFile b{QStringLiteral("2_b.sql"), "B;\n"};
    const MigrationFile c{QStringLiteral("3_c.sql"), "C;\n"};
    const MigrationFile editedB{b.name, "B2;\n"};
    using Reason = ChecksumProblem::Reason;
    QTest::newRow("same") << Files{a, b} << Files{a, b} << std::optional<ChecksumProblem>();
    QTest::newRow("edited in the middle")
        << Files{a, b, c} << Files{a, editedB, c}
        << std::optional(ChecksumProblem{3, b.name, Reason::Edited});
    QTest::newRow("added at the end") << Files{a, b} << Files{a, b, c}
                                      << std::optional(ChecksumProblem{4, c.name, Reason::Added});
    QTest::newRow("added in the middle")
        << Files{a, c} << Files{a, b, c}
        << std::optional(ChecksumProblem{3, b.name, Reason::Added});
    QTest::newRow("removed in the middle")
        << Files{a, b, c} << Files{a, c}
        << std::optional(ChecksumProblem{3, b.name, Reason::Removed});
    QTest::newRow("removed at the end")
        << Files{a, b, c} << Files{a, b}
        << std::optional(ChecksumProblem{4, c.name, Reason::Removed});
    QTest::newRow("first edited of two")
        << Files{a, b} << Files{{a.name, "A2;\n"}, editedB}
        << std::optional(ChecksumProblem{2, a.name, Reason::Edited});
    QTest::newRow("all removed") << Files{a} << Files()
                                 << std::optional(ChecksumProblem{2, a.name, Reason::Removed});
}

void TestHashFile::findsTheFirstProblem()
{
    QFETCH(Files, before);
    QFETCH(Files, after);
    QFETCH(std::optional<ChecksumProblem>, problem);
    QCOMPARE(firstChecksumProblem(HashFile::compute(before), HashFile::compute(after)), problem);
}

void TestHashFile::validatesDirectories_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QByteArray>("sum");
    QTest::addColumn<bool>("hasSum");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("guidance");
    const QString header =
        QStringLiteral("You have a checksum error in your migration directory.\n");
    const QString footer = QStringLiteral(
        "Please check your migration files and run 'atlas migrate hash' to re-hash the "
        "contents\n\n");
    QTest::newRow("in sync") << kExampleA << kExampleASum << true << QString() << QString();
    QTest::newRow("no files, no atlas.sum")
        << Files() << QByteArray() << false << QString() << QString();
    QTest::newRow("files, no atlas.sum")
        << kExampleA << QByteArray() << false << QStringLiteral("checksum file not found")
        << header + footer;
    Files edited = kExampleA;
    edited[1].bytes = "ALTER TABLE t1 ADD COLUMN name varchar(10);\n";
    QTest::newRow("edited") << edited << kExampleASum << true << QStringLiteral("checksum mismatch")
                            << header +
                                   QStringLiteral("\n\tL3: 20240102000000_add_name.sql was "
                                                  "edited\n\n") +
                                   footer;
    QTest::newRow("format invalid")
        << kExampleA << QByteArray(kExampleASum).replace(" h1:Q0", " Q0") << true
        << QStringLiteral("checksum file format invalid") << header + footer;
    QTest::newRow("atlas.sum edited by hand")
        << kExampleA << QByteArray(kExampleASum).replace("h1:Q0", "h1:R0") << true
        << QStringLiteral("checksum mismatch") << header + footer;
}

void TestHashFile::validatesDirectories()
{
    QFETCH(Files, files);
    QFETCH(QByteArray, sum);
    QFETCH(bool, hasSum);
    QFETCH(QString, error);
    QFETCH(QString, guidance);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    for (const MigrationFile &file : files)
        QVERIFY(writeFile(temporary.filePath(file.name), file.bytes));
    if (hasSum)
        QVERIFY(writeFile(temporary.filePath(QStringLiteral("atlas.sum")), sum));
    auto dir = MigrationDir::open(temporary.path());
    QVERIFY(dir);
    auto report = validateChecksum(dir.value());
    QVERIFY(report);
    QCOMPARE(report->isValid(), error.isEmpty());
    QCOMPARE(report->errorText(), error);
    QCOMPARE(report->guidance(), guidance);
}

QTEST_GUILESS_MAIN(TestHashFile)
#include "tst_hashfile.moc"
