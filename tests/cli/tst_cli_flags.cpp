// `strata schema inspect` reads its command line as Atlas's cobra/pflag do: short flags, the
// `--flag=value` form, comma-separated lists, and pflag's and Atlas's own error texts.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using clitest::Run;
using clitest::runStrata;

namespace {

const QString kSeedSql =
    QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize/schema.sqlite.sql");
const QString kSchemasSql = QStringLiteral(STRATA_TEST_DATA "/cli/schemas_postgres.sql");

QString seedHcl()
{
    return clitest::readText(QStringLiteral(STRATA_TEST_DATA "/hcl/seed_sqlite.hcl"));
}

/// A schema of schemas_postgres.sql as `{{ json . }}` prints it.
QString schemaJson(const QString &name, const QStringList &tables)
{
    QStringList tableJson;
    for (const QString &table : tables) {
        tableJson.append(
            QStringLiteral(
                R"({"name":"%1","columns":[{"name":"id","type":"integer","null":true}]})")
                .arg(table));
    }
    return QStringLiteral(R"({"name":"%1","tables":[%2]})").arg(name, tableJson.join(u','));
}

QString realmJson(const QStringList &schemas)
{
    return QStringLiteral(R"({"schemas":[%1]})").arg(schemas.join(u','));
}

/// The seed schema as `{{ mermaid . }}` prints it, without the tables or columns named.
QString seedMermaid(bool withTasks, bool withComplete, bool withUsers)
{
    QString out = QStringLiteral("erDiagram\n");
    if (withTasks) {
        out += QStringLiteral("    Tasks {\n      integer id PK\n");
        if (withComplete)
            out += QStringLiteral("      tinyint complete\n");
        out += QStringLiteral("      datetime createdAt\n      datetime updatedAt\n"
                              "      integer userID FK\n    }\n    Tasks }o--o| Users : 0\n");
    }
    if (withUsers) {
        out += QStringLiteral("    Users {\n      integer id PK\n      varchar name\n"
                              "      varchar email\n      datetime createdAt\n"
                              "      datetime updatedAt\n    }\n");
    }
    return out;
}

} // namespace

class TestCliFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsPflagForms_data();
    void acceptsPflagForms();
    void readsListsAsCsv_data();
    void readsListsAsCsv();
    void readsVarsAsCsv_data();
    void readsVarsAsCsv();
    void takesScopeAndFormatFromEnv_data();
    void takesScopeAndFormatFromEnv();
    void failsWithAtlasText_data();
    void failsWithAtlasText();

private:
    Run inspect(const QStringList &flags, const QString &directory = QString()) const;

    QTemporaryDir m_dir;
};

void TestCliFlags::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString seed = clitest::readText(kSeedSql);
    QVERIFY(!seed.isEmpty());
    QVERIFY(clitest::createDatabase(m_dir.filePath(QStringLiteral("seed.db")), seed));
    QVERIFY(QFile::copy(kSeedSql, m_dir.filePath(QStringLiteral("seed.sql"))));
    QFile hcl(m_dir.filePath(QStringLiteral("schema.hcl")));
    QVERIFY(hcl.open(QIODevice::WriteOnly));
    hcl.write("schema \"main\" {\n}\n");
    hcl.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("project")));
    QVERIFY(QFile::copy(kSeedSql, m_dir.filePath(QStringLiteral("project/schema.sql"))));
    QVERIFY(QFile::copy(QStringLiteral(STRATA_TEST_DATA "/cli/project.hcl"),
                        m_dir.filePath(QStringLiteral("project/atlas.hcl"))));
}

Run TestCliFlags::inspect(const QStringList &flags, const QString &directory) const
{
    return runStrata(QStringList{QStringLiteral("schema"), QStringLiteral("inspect")} + flags,
                     directory.isEmpty() ? m_dir.path() : m_dir.filePath(directory));
}

void TestCliFlags::acceptsPflagForms_data()
{
    QTest::addColumn<QStringList>("flags");
    const QString url = QStringLiteral("sqlite://seed.db");
    QTest::newRow("--url value") << QStringList{QStringLiteral("--url"), url};
    QTest::newRow("--url=value") << QStringList{QStringLiteral("--url=") + url};
    QTest::newRow("-u value") << QStringList{QStringLiteral("-u"), url};
    QTest::newRow("-uvalue") << QStringList{QStringLiteral("-u") + url};
    QTest::newRow("-u=value") << QStringList{QStringLiteral("-u=") + url};
    QTest::newRow("last one wins") << QStringList{
        QStringLiteral("-u"), QStringLiteral("sqlite://missing.db"), QStringLiteral("--url"), url};
    QTest::newRow("empty --format is the default")
        << QStringList{QStringLiteral("--format="), QStringLiteral("-u"), url};
    // SQLite URLs are bound to "main": Atlas ignores --schema then.
    QTest::newRow("-s on a bound URL")
        << QStringList{QStringLiteral("-s"), QStringLiteral("other"), QStringLiteral("-u"), url};
    QTest::newRow("-c and --env") << QStringList{
        QStringLiteral("-c"), QStringLiteral("file://project/atlas.hcl"),
        QStringLiteral("--env=files"), QStringLiteral("-u"), QStringLiteral("env://src")};
    QTest::newRow("--config=") << QStringList{QStringLiteral("--config=file://project/atlas.hcl"),
                                              QStringLiteral("--env"), QStringLiteral("files"),
                                              QStringLiteral("--url=env://src")};
}

void TestCliFlags::acceptsPflagForms()
{
    QFETCH(QStringList, flags);
    const Run run = inspect(flags);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, seedHcl());
    QCOMPARE(run.exitCode, 0);
}

void TestCliFlags::readsListsAsCsv_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("out");
    const QString a = schemaJson(QStringLiteral("a"), {QStringLiteral("t")});
    const QString b = schemaJson(QStringLiteral("b"), {QStringLiteral("t")});
    const QString c =
        schemaJson(QStringLiteral("c"), {QStringLiteral("t"), QStringLiteral("tmp_t")});
    const QString cWithoutTmp = schemaJson(QStringLiteral("c"), {QStringLiteral("t")});
    const QString schema = QStringLiteral("--schema");

    QTest::newRow("--schema a,b --schema c")
        << QStringList{schema, QStringLiteral("a,b"), schema, QStringLiteral("c")}
        << realmJson({a, b, c});
    QTest::newRow("-s a -s=b,c") << QStringList{QStringLiteral("-s"), QStringLiteral("a"),
                                                QStringLiteral("-s=b,c")}
                                 << realmJson({a, b, c});
    QTest::newRow("--schema=c,a keeps realm order")
        << QStringList{QStringLiteral("--schema=c,a")} << realmJson({a, c});
    QTest::newRow("quotes are CSV quotes")
        << QStringList{schema, QStringLiteral("\"a\",b")} << realmJson({a, b});
    QTest::newRow("--exclude list and repeated")
        << QStringList{QStringLiteral("--exclude"), QStringLiteral("c.tmp_*,public"),
                       QStringLiteral("--exclude=b")}
        << realmJson({a, cWithoutTmp});
    QTest::newRow("--exclude schema glob")
        << QStringList{QStringLiteral("--exclude"), QStringLiteral("[ab]"),
                       QStringLiteral("--exclude"), QStringLiteral("p?blic")}
        << realmJson({c});
    // Two CSV layers: pflag's (commas) unquotes the flag value, then Atlas's pattern split (dots).
    QTest::newRow("--exclude quoted pattern parts")
        << QStringList{QStringLiteral("--exclude"), QStringLiteral("\"c.\"\"tmp_t\"\"\""),
                       QStringLiteral("-s"), QStringLiteral("a,c")}
        << realmJson({a, cWithoutTmp});
}

void TestCliFlags::readsListsAsCsv()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, out);
    const Run run =
        inspect(QStringList{QStringLiteral("-u"), QStringLiteral("file://") + kSchemasSql,
                            QStringLiteral("--dialect"), QStringLiteral("postgres"),
                            QStringLiteral("--format"), QStringLiteral("{{ json . }}")} +
                flags);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, out);
    QCOMPARE(run.exitCode, 0);
}

void TestCliFlags::readsVarsAsCsv_data()
{
    QTest::addColumn<QStringList>("vars");
    QTest::addColumn<QString>("err");
    const QString var = QStringLiteral("--var");
    QTest::newRow("defaults") << QStringList() << QStringLiteral("default is calm\n");
    QTest::newRow("--var a=1,b=2") << QStringList{var, QStringLiteral("who=cli,mood=happy")}
                                   << QStringLiteral("cli is happy\n");
    QTest::newRow("repeated --var")
        << QStringList{var, QStringLiteral("who=cli"), QStringLiteral("--var=mood=happy")}
        << QStringLiteral("cli is happy\n");
    QTest::newRow("quoted value with a comma")
        << QStringList{var, QStringLiteral("\"mood=happy, mostly\"")}
        << QStringLiteral("default is happy, mostly\n");
}

void TestCliFlags::readsVarsAsCsv()
{
    QFETCH(QStringList, vars);
    QFETCH(QString, err);
    const Run run = inspect(QStringList{QStringLiteral("--env"), QStringLiteral("moods"),
                                        QStringLiteral("-u"), QStringLiteral("env://src")} +
                                vars,
                            QStringLiteral("project"));
    QCOMPARE(run.err, err);
    QCOMPARE(run.out, seedHcl());
    QCOMPARE(run.exitCode, 0);
}

void TestCliFlags::takesScopeAndFormatFromEnv_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("out");
    QTest::newRow("env exclude and format") << QStringList() << seedMermaid(false, false, true);
    QTest::newRow("--exclude overrides the env's")
        << QStringList{QStringLiteral("--exclude"), QStringLiteral("Tasks.complete")}
        << seedMermaid(true, false, true);
    QTest::newRow("--format overrides the env's")
        << QStringList{QStringLiteral("--format"), QStringLiteral("{{ json . }}"),
                       QStringLiteral("--exclude"), QStringLiteral("Tasks,Users")}
        << QStringLiteral(R"({"schemas":[{"name":"main"}]})");
}

void TestCliFlags::takesScopeAndFormatFromEnv()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, out);
    const Run run = inspect(QStringList{QStringLiteral("--env"), QStringLiteral("scoped"),
                                        QStringLiteral("--url"), QStringLiteral("env://src")} +
                                flags,
                            QStringLiteral("project"));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, out);
    QCOMPARE(run.exitCode, 0);
}

void TestCliFlags::failsWithAtlasText_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("err");
    const QStringList db{QStringLiteral("-u"), QStringLiteral("sqlite://seed.db")};

    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")}
                                  << QStringLiteral("Error: unknown flag: --frobnicate\n");
    // Atlas's `schema inspect` has no -f (--format has no shorthand there).
    QTest::newRow("unknown shorthand")
        << QStringList{QStringLiteral("-f"), QStringLiteral("{{ sql . }}")}
        << QStringLiteral("Error: unknown shorthand flag: 'f' in -f\n");
    QTest::newRow("shorthand among several")
        << QStringList{QStringLiteral("-hx")}
        << QStringLiteral("Error: unknown shorthand flag: 'x' in -x\n");
    QTest::newRow("long flag without value")
        << QStringList{QStringLiteral("--url")}
        << QStringLiteral("Error: flag needs an argument: --url\n");
    QTest::newRow("shorthand without value")
        << QStringList{QStringLiteral("-u")}
        << QStringLiteral("Error: flag needs an argument: 'u' in -u\n");
    QTest::newRow("bad syntax") << QStringList{QStringLiteral("---url"), QStringLiteral("x")}
                                << QStringLiteral("Error: bad flag syntax: ---url\n");
    QTest::newRow("bare quote in a list")
        << QStringList{QStringLiteral("--schema"), QStringLiteral("a\"b")}
        << QStringLiteral("Error: invalid argument \"a\\\"b\" for \"-s, --schema\" flag: parse "
                          "error on line 1, column 2: bare \" in non-quoted-field\n");
    QTest::newRow("open quote in a list")
        << QStringList{QStringLiteral("--exclude=\"a")}
        << QStringLiteral("Error: invalid argument \"\\\"a\" for \"--exclude\" flag: parse error "
                          "on line 1, column 3: extraneous or missing \" in quoted-field\n");
    QTest::newRow("var without =")
        << QStringList{QStringLiteral("--var"), QStringLiteral("a=1,who")}
        << QStringLiteral("Error: invalid argument \"a=1,who\" for \"--var\" flag: variables "
                          "must be format as key=value, got: \"who\"\n");
    QTest::newRow("bool flag value")
        << QStringList{QStringLiteral("--help=maybe")}
        << QStringLiteral("Error: invalid argument \"maybe\" for \"-h, --help\" flag: "
                          "strconv.ParseBool: parsing \"maybe\": invalid syntax\n");
    QTest::newRow("--format and --log")
        << db + QStringList{QStringLiteral("--format"), QStringLiteral("{{ sql . }}"),
                            QStringLiteral("--log"), QStringLiteral("{{ sql . }}")}
        << QStringLiteral("Error: if any flags in the group [log format] are set none of the "
                          "others can be; [format log] were all set\n");
    QTest::newRow("SQL file without dev database")
        << QStringList{QStringLiteral("-u"), QStringLiteral("file://seed.sql")}
        << QStringLiteral("Error: --dev-url cannot be empty. See: "
                          "https://atlasgo.io/atlas-schema/sql#dev-database\n");
    QTest::newRow("HCL file without dev database")
        << QStringList{QStringLiteral("--url=file://schema.hcl")}
        << QStringLiteral("Error: --dev-url cannot be empty\n");
    // Below a bound schema Atlas prefixes the patterns with its name, in the message too.
    QTest::newRow("exclude pattern too long")
        << db + QStringList{QStringLiteral("--exclude"), QStringLiteral("a.b.c")}
        << QStringLiteral("Error: too many parts in pattern: \"main.a.b.c\"\n");
    QTest::newRow("exclude glob syntax")
        << db + QStringList{QStringLiteral("--exclude"), QStringLiteral("[a")}
        << QStringLiteral("Error: syntax error in pattern\n");
    QTest::newRow("-- ends the flags")
        << db + QStringList{QStringLiteral("--"), QStringLiteral("-s")}
        << QStringLiteral("Error: Unexpected argument \"-s\" (see 'strata schema inspect "
                          "--help')\n");
}

void TestCliFlags::failsWithAtlasText()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, err);
    const Run run = inspect(flags);
    QCOMPARE(run.err, err);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliFlags)
#include "tst_cli_flags.moc"
