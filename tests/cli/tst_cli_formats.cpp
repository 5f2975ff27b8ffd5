// `strata schema inspect --format`: Atlas's `json` and `mermaid` template functions, printed in
// full as Atlas prints them (cmd/atlas/internal/cmdlog), and the template text around them.
#include "clitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using clitest::Run;
using clitest::runStrata;

namespace {

/// The fixture as Atlas's `{{ json . }}` prints it: fields in its order, empty ones left out,
/// types as SQLite reports them (it spells the standard names in capitals), no final newline.
const QString kBlogJson = QStringLiteral(
    R"json({"schemas":[{"name":"main","tables":[)json"
    R"json({"name":"posts","columns":[{"name":"id","type":"INTEGER","null":true},)json"
    R"json({"name":"author_id","type":"INTEGER"},{"name":"title","type":"TEXT"},)json"
    R"json({"name":"published_at","type":"datetime","null":true}],)json"
    R"json("indexes":[{"name":"posts_author","parts":[{"desc":true,"column":"author_id"}]}],)json"
    R"json("primary_key":{"parts":[{"column":"id"}]},)json"
    R"json("foreign_keys":[{"name":"author_fk","columns":["author_id"],)json"
    R"json("references":{"table":"users","columns":["id"]}}]},)json"
    R"json({"name":"users","columns":[{"name":"id","type":"INTEGER","null":true},)json"
    R"json({"name":"email","type":"varchar(255)"},{"name":"name","type":"TEXT","null":true}],)json"
    R"json("indexes":[{"name":"users_email","unique":true,"parts":[{"column":"email"}]}],)json"
    R"json("primary_key":{"parts":[{"column":"id"}]}}]}]})json");

/// The fixture as Atlas's `{{ mermaid . }}` prints it: SQLite's FormatType keeps type names
/// only, and `|` marks the side whose columns are a primary key or unique index.
const QString kBlogMermaid = QStringLiteral("erDiagram\n"
                                            "    posts {\n"
                                            "      integer id PK\n"
                                            "      integer author_id FK\n"
                                            "      text title\n"
                                            "      datetime published_at\n"
                                            "    }\n"
                                            "    posts }o--o| users : author_fk\n"
                                            "    users {\n"
                                            "      integer id PK\n"
                                            "      varchar email\n"
                                            "      text name\n"
                                            "    }\n");

} // namespace

class TestCliFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsAtlasJsonAndMermaid_data();
    void printsAtlasJsonAndMermaid();
    void indentsJsonLikeMarshalIndent();
    void qualifiesTablesOfSeveralSchemas();
    void keepsTemplateText_data();
    void keepsTemplateText();
    void rejectsUnknownFunctions_data();
    void rejectsUnknownFunctions();

private:
    Run inspect(const QString &format, const QStringList &more = {}) const;

    QTemporaryDir m_dir;
};

void TestCliFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(clitest::createDatabase(
        m_dir.filePath(QStringLiteral("blog.db")),
        clitest::readText(QStringLiteral(STRATA_TEST_DATA "/cli/blog_sqlite.sql"))));
}

Run TestCliFormats::inspect(const QString &format, const QStringList &more) const
{
    return runStrata(QStringList{QStringLiteral("schema"), QStringLiteral("inspect"),
                                 QStringLiteral("-u"), QStringLiteral("sqlite://blog.db"),
                                 QStringLiteral("--format"), format} +
                         more,
                     m_dir.path());
}

void TestCliFormats::printsAtlasJsonAndMermaid_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("source");
    QTest::addColumn<QString>("out");

    const QStringList database{QStringLiteral("-u"), QStringLiteral("sqlite://blog.db")};
    const QStringList ddl{QStringLiteral("-u"),
                          QStringLiteral("file://" STRATA_TEST_DATA "/cli/blog_sqlite.sql"),
                          QStringLiteral("--dev-url"), QStringLiteral("sqlite://dev?mode=memory")};
    QTest::newRow("json, database") << QStringLiteral("{{ json . }}") << database << kBlogJson;
    QTest::newRow("json, DDL on the dev database")
        << QStringLiteral("{{ json . }}") << ddl << kBlogJson;
    QTest::newRow("json with $") << QStringLiteral("{{json $}}") << database << kBlogJson;
    QTest::newRow("mermaid, database")
        << QStringLiteral("{{ mermaid . }}") << database << kBlogMermaid;
    QTest::newRow("mermaid, DDL on the dev database")
        << QStringLiteral("{{ mermaid . }}") << ddl << kBlogMermaid;
}

void TestCliFormats::printsAtlasJsonAndMermaid()
{
    QFETCH(QString, format);
    QFETCH(QStringList, source);
    QFETCH(QString, out);
    const Run run = runStrata(QStringList{QStringLiteral("schema"), QStringLiteral("inspect"),
                                          QStringLiteral("--format"), format} +
                                  source,
                              m_dir.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, out);
    QCOMPARE(run.exitCode, 0);
}

void TestCliFormats::indentsJsonLikeMarshalIndent()
{
    // {{ json . "  " }} is json.MarshalIndent(v, "", "  "); with two strings, prefix and indent.
    const Run indented = inspect(QStringLiteral("{{ json . \"  \" }}"));
    QCOMPARE(indented.err, QString());
    QCOMPARE(indented.out,
             clitest::readText(QStringLiteral(STRATA_TEST_DATA "/cli/blog_sqlite.indented.json")));

    const Run prefixed = inspect(QStringLiteral("{{ json . \"# \" \"\\t\" }}"));
    QCOMPARE(prefixed.err, QString());
    QVERIFY2(
        prefixed.out.startsWith(QLatin1String("{\n# \t\"schemas\": [\n# \t\t{\n# \t\t\t\"name\": "
                                              "\"main\",\n")),
        qPrintable(prefixed.out));
    QVERIFY(prefixed.out.endsWith(QLatin1String("\n# \t]\n# }")));
    QCOMPARE(QString(prefixed.out)
                 .remove(QLatin1String("# "))
                 .replace(QLatin1Char('\t'), QLatin1String("  ")),
             indented.out);
}

void TestCliFormats::qualifiesTablesOfSeveralSchemas()
{
    // Atlas names tables schema_table["schema.table"] once the realm has several schemas.
    const Run run =
        runStrata({QStringLiteral("schema"), QStringLiteral("inspect"), QStringLiteral("--url"),
                   QStringLiteral("file://" STRATA_TEST_DATA "/cli/schemas_postgres.sql"),
                   QStringLiteral("--dialect"), QStringLiteral("postgres"), QStringLiteral("-s"),
                   QStringLiteral("a,c"), QStringLiteral("--exclude"), QStringLiteral("c.tmp_*"),
                   QStringLiteral("--format"), QStringLiteral("{{ mermaid . }}")},
                  m_dir.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("erDiagram\n"
                                     "    a_t[\"a.t\"] {\n"
                                     "      integer id\n"
                                     "    }\n"
                                     "    c_t[\"c.t\"] {\n"
                                     "      integer id\n"
                                     "    }\n"));
}

void TestCliFormats::keepsTemplateText_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::newRow("text after the action")
        << QStringLiteral("{{ json . }}\n") << kBlogJson + QLatin1Char('\n');
    QTest::newRow("a Markdown fence, -}} trims after")
        << QStringLiteral("```mermaid\n{{ mermaid . -}}\n\n```\n")
        << QStringLiteral("```mermaid\n") + kBlogMermaid + QStringLiteral("```\n");
    QTest::newRow("{{- trims before") << QStringLiteral("\n\t {{- json . }}") << kBlogJson;
    QTest::newRow("no action prints the text") << QStringLiteral("hcl") << QStringLiteral("hcl");
}

void TestCliFormats::keepsTemplateText()
{
    QFETCH(QString, format);
    QFETCH(QString, out);
    const Run run = inspect(format);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, out);
}

void TestCliFormats::rejectsUnknownFunctions_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("err");
    QTest::newRow("hcl is not a community function")
        << QStringLiteral("{{ hcl . }}")
        << QStringLiteral(
               "Error: parse log format: template: format:1: function \"hcl\" not defined\n");
    QTest::newRow("line of the action")
        << QStringLiteral("\n\n{{ split . }}")
        << QStringLiteral(
               "Error: parse log format: template: format:3: function \"split\" not defined\n");
}

void TestCliFormats::rejectsUnknownFunctions()
{
    QFETCH(QString, format);
    QFETCH(QString, err);
    const Run run = inspect(format);
    QCOMPARE(run.err, err);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliFormats)
#include "tst_cli_formats.moc"
