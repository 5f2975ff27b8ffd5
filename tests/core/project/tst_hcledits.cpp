#include "hcl/parse/document.h"
#include "hcl/parse/evaluator.h"
#include "hcl/parse/lexer.h"
#include "hcl/parse/parser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "projecttestsupport.h"

using namespace strata;
using namespace projecttest;

// Edits of atlas.hcl text that keep every other byte: the form's writes, and what survives
// truncated or mutated files.

namespace {

QStringList fixtureFiles()
{
    QStringList files;
    for (const QString &dir :
         {QStringLiteral("project"), QStringLiteral("hcl"), QStringLiteral("cli")}) {
        const QDir folder(QStringLiteral(STRATA_SOURCE_DIR "/tests/data/") + dir);
        for (const QString &name : folder.entryList({QStringLiteral("*.hcl")}, QDir::Files))
            files.append(folder.filePath(name));
    }
    return files;
}

QList<hcl::BlockSelector> blockPath(const QString &text)
{
    QList<hcl::BlockSelector> path;
    for (const QString &step : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        QStringList parts = step.split(QLatin1Char(':'));
        const QString type = parts.takeFirst();
        path.append({type, parts});
    }
    return path;
}

} // namespace

class TestHclEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void editsOneLine_data();
    void editsOneLine();
    void addsAttribute_data();
    void addsAttribute();
    void removesAttribute();
    void rejectsInvalidEdit();
    void survivesTruncationAndMutation_data();
    void survivesTruncationAndMutation();
};

void TestHclEdits::roundTrips_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtureFiles())
        QTest::newRow(qPrintable(
            QDir(QStringLiteral(STRATA_SOURCE_DIR "/tests/data")).relativeFilePath(path)))
            << path;
    QVERIFY(fixtureFiles().size() >= 10);
}

void TestHclEdits::roundTrips()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    Expected<hcl::Document> document = hcl::Document::parse(original, path);
    if (!document && !path.startsWith(kData))
        QSKIP("a fixture of another area that is not meant to be valid HCL");
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    QCOMPARE(document->text(), original);

    // Every byte belongs to a token, a comment or whitespace: nothing is skipped unseen.
    const hcl::SourceFile file(path, original);
    Expected<hcl::TokenStream> stream = hcl::tokenize(file);
    QVERIFY(stream);
    QByteArray rebuilt(original.size(), ' ');
    QByteArray covered(original.size(), '\0');
    const auto mark = [&](hcl::SourceRange range) {
        for (qsizetype i = range.begin; i < range.end; ++i)
            covered[i] = 1;
    };
    for (const hcl::Token &token : stream->tokens)
        mark(token.range);
    for (const hcl::SourceRange &comment : stream->comments)
        mark(comment);
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (!covered.at(i))
            QVERIFY2(QByteArrayView(" \t\r\n").contains(original.at(i)),
                     qPrintable(file.location(i)));
    }
}

void TestHclEdits::editsOneLine_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("aligned url") << "reference_env.hcl"
                                 << "env:dev"
                                 << "url"
                                 << "getenv(\"DATABASE_URL\")" << 1
                                 << "  url     = getenv(\"DATABASE_URL\")";
    QTest::newRow("trailing comment kept")
        << "reference_env.hcl"
        << "env:dev"
        << "src"
        << "[\"file://a.sql\", \"file://b.sql\"]" << 3
        << "  src     = [\"file://a.sql\", \"file://b.sql\"]   # string or list; or: schema { src "
           "= ... }";
    QTest::newRow("nested block") << "reference_env.hcl"
                                  << "env:dev/migration"
                                  << "dir"
                                  << "\"file://db/migrations\"" << 7
                                  << "    dir              = \"file://db/migrations\"";
    QTest::newRow("bare word") << "reference_env.hcl"
                               << "env:dev/migration"
                               << "format"
                               << "golang-migrate" << 8
                               << "    format           = golang-migrate      # "
                                  "golang-migrate|goose|flyway|liquibase|dbmate";
    QTest::newRow("deep nesting") << "reference_env.hcl"
                                  << "env:dev/diff/skip"
                                  << "drop_table"
                                  << "false" << 25 << "      drop_table  = false";
    QTest::newRow("seed dev") << "seed_sequelize.hcl"
                              << "env:sequelize"
                              << "dev"
                              << "\"sqlite://dev?mode=memory\"" << 9
                              << "  dev = \"sqlite://dev?mode=memory\"";
    QTest::newRow("multi-line list to one line")
        << "seed_sequelize.hcl"
        << "data:external_schema:sequelize"
        << "program"
        << "[\"node\", \"load.js\", \"sqlite\"]" << 1
        << "  program = [\"node\", \"load.js\", \"sqlite\"]";
    QTest::newRow("one-line block") << "constructs.hcl"
                                    << "one_line"
                                    << "a"
                                    << "2" << 49 << "one_line { a = 2 }";
    QTest::newRow("heredoc to string") << "constructs.hcl"
                                       << "locals"
                                       << "heredoc"
                                       << "\"short\"" << 38 << "  heredoc   = \"short\"";
    QTest::newRow("crlf") << "crlf.hcl"
                          << "env:crlf"
                          << "url"
                          << "\"sqlite://other.db\"" << 1
                          << "  url = \"sqlite://other.db\" # windows line endings\r";
    QTest::newRow("top level") << "constructs.hcl"
                               << ""
                               << "top"
                               << "1" << -1 << "top = 1";
}

void TestHclEdits::editsOneLine()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, expression);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const QByteArray original = readFile(kData + QLatin1Char('/') + fixture);
    Expected<hcl::Document> document = hcl::Document::parse(original, fixture);
    QVERIFY(document);
    const Status status = document->setAttributeValue(blockPath(path), name, expression);
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QStringList before = lines(original);
    const QStringList after = lines(document->text());
    if (line < 0) {
        QCOMPARE(after.size(), before.size() + 1);
        before.insert(before.size() - 1, expected);
        QCOMPARE(after, before);
        return;
    }
    const qsizetype removed = before.size() - after.size();
    // Only the edited line differs; a multi-line value collapses into it.
    QCOMPARE(after.mid(0, line), before.mid(0, line));
    QCOMPARE(after.at(line), expected);
    QCOMPARE(after.mid(line + 1), before.mid(line + 1 + removed));
    if (removed == 0) {
        int differing = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            differing += before.at(i) != after.at(i);
        QCOMPARE(differing, 1);
    }
}

void TestHclEdits::addsAttribute_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("after siblings")
        << QByteArray("env \"a\" {\n  url = \"x\" # keep\n\n}\n") << "env:a"
        << "dev" << QByteArray("env \"a\" {\n  url = \"x\" # keep\n\n  dev = V\n}\n");
    QTest::newRow("sibling indentation")
        << QByteArray(
               "env \"a\" {\n    url = \"x\"\n    migration {\n      dir = \"d\"\n    }\n}\n")
        << "env:a"
        << "dev"
        << QByteArray(
               "env \"a\" {\n    url = \"x\"\n    migration {\n      dir = \"d\"\n    }\n    "
               "dev = V\n}\n");
    QTest::newRow("empty block") << QByteArray("  env \"a\" {\n  }\n") << "env:a"
                                 << "dev" << QByteArray("  env \"a\" {\n    dev = V\n  }\n");
    QTest::newRow("tabs") << QByteArray("\tenv \"a\" {\n\t}\n") << "env:a"
                          << "dev" << QByteArray("\tenv \"a\" {\n\t\tdev = V\n\t}\n");
    QTest::newRow("new nested block")
        << QByteArray("env \"a\" {\n  url = \"x\"\n}\n") << "env:a/migration"
        << "dir" << QByteArray("env \"a\" {\n  url = \"x\"\n  migration {\n    dir = V\n  }\n}\n");
    QTest::newRow("two new nested blocks")
        << QByteArray("env \"a\" {\n}\n") << "env:a/format/migrate"
        << "diff"
        << QByteArray("env \"a\" {\n  format {\n    migrate {\n      diff = V\n    }\n  }\n}\n");
    QTest::newRow("one-line block opens up")
        << QByteArray("a { b = 1 } # note\n") << "a"
        << "c" << QByteArray("a {\n  b = 1\n  c = V\n} # note\n");
    QTest::newRow("empty one-line block") << QByteArray("x {}\n") << "x"
                                          << "c" << QByteArray("x {\n  c = V\n}\n");
    QTest::newRow("crlf") << QByteArray("a {\r\n  b = 1\r\n}\r\n") << "a"
                          << "c" << QByteArray("a {\r\n  b = 1\r\n  c = V\r\n}\r\n");
    QTest::newRow("no final newline") << QByteArray("a = 1") << ""
                                      << "b" << QByteArray("a = 1\nb = V\n");
}

void TestHclEdits::addsAttribute()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
    QVERIFY(document);
    const Status status = document->setAttributeValue(blockPath(path), name, QStringLiteral("V"));
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(document->text(), expected);
}

void TestHclEdits::removesAttribute()
{
    const QByteArray text = "env \"a\" {\n  url = \"x\" # gone too\n  dev = \"y\"\n}\n";
    Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
    QVERIFY(document);
    QVERIFY(document->removeAttribute(blockPath(QStringLiteral("env:a")), QStringLiteral("url")));
    QCOMPARE(document->text(), QByteArray("env \"a\" {\n  dev = \"y\"\n}\n"));
    QVERIFY(document->removeAttribute(blockPath(QStringLiteral("env:a")), QStringLiteral("nope")));
    QCOMPARE(document->text(), QByteArray("env \"a\" {\n  dev = \"y\"\n}\n"));
}

void TestHclEdits::rejectsInvalidEdit()
{
    const QByteArray text = "env \"a\" {\n  url = \"x\"\n}\nenv \"a\" {\n}\nenv \"b\" {\n}\n";
    Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
    QVERIFY(document);
    Status status = document->setAttributeValue(blockPath(QStringLiteral("env:b")),
                                                QStringLiteral("url"), QStringLiteral("\"x"));
    QVERIFY(!status);
    QCOMPARE(status.error().message.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("the new value of \"url\" is not a valid expression: <value>:1:1: "
                            "unterminated string: a quoted string must end with \" on the same "
                            "line"));
    status = document->setAttributeValue(blockPath(QStringLiteral("env:b")), QStringLiteral("url"),
                                         QStringLiteral("1 2"));
    QVERIFY(!status);
    status = document->setAttributeValue(blockPath(QStringLiteral("env:a")), QStringLiteral("url"),
                                         QStringLiteral("1"));
    QCOMPARE(status.error().message,
             QStringLiteral("atlas.hcl:4:1: more than one block env \"a\" matches; the file is "
                            "ambiguous here"));
    status = document->setAttributeValue(blockPath(QStringLiteral("env:c")), QStringLiteral("url"),
                                         QStringLiteral("1"));
    QCOMPARE(status.error().message, QStringLiteral("atlas.hcl has no block env \"c\""));
    QCOMPARE(document->text(), text);
}

void TestHclEdits::survivesTruncationAndMutation_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtureFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestHclEdits::survivesTruncationAndMutation()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    static const QRegularExpression shape(
        QStringLiteral("^atlas\\.hcl:\\d+:\\d+: [^\\n]+\\n  [^\\n]*\\n  [ \\t]*\\^$"));
    const auto check = [](const QByteArray &text) {
        Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
        if (!document) {
            QVERIFY2(shape.match(document.error().message).hasMatch(),
                     qPrintable(document.error().message));
            return;
        }
        QCOMPARE(document->text(), text);
        for (const hcl::Block &block : document->body().blocks) {
            for (const hcl::Attribute &attribute : block.body.attributes)
                (void)hcl::Evaluator(document->source(), {}).evaluate(*attribute.expression);
        }
    };
    const qsizetype step = std::max<qsizetype>(1, original.size() / 400);
    for (qsizetype length = 0; length < original.size(); length += step)
        check(original.left(length));
    QRandomGenerator random(quint32(qHash(path)));
    const QByteArray alphabet = "\"{}[]()$%~<-\n\\#*/=.,:?!&|0a ";
    // STRATA_HCL_FUZZ_ROUNDS=100000 for a long run; the default keeps the test quick.
    const int rounds = qEnvironmentVariableIntValue("STRATA_HCL_FUZZ_ROUNDS");
    for (int i = 0; i < (rounds > 0 ? rounds : 300); ++i) {
        QByteArray mutated = original;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(mutated.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            if (random.bounded(2))
                mutated[at] = c;
            else
                mutated.insert(at, c);
        }
        check(mutated);
    }
}

QTEST_GUILESS_MAIN(TestHclEdits)
#include "tst_hcledits.moc"
