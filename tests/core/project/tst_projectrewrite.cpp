#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "projecttestsupport.h"

using namespace strata;
using namespace projecttest;

// Project::rewrite: the env form's edits written back into atlas.hcl, one expression at a time,
// every other byte kept.

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestProjectRewrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewritesOneLine_data();
    void rewritesOneLine();
    void rewriteAddsAttributes_data();
    void rewriteAddsAttributes();
    void rewriteRejects_data();
    void rewriteRejects();
    void survivesTruncation_data();
    void survivesTruncation();
};

void TestProjectRewrite::rewritesOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed dev") << "seed_sequelize.hcl"
                              << "sequelize"
                              << "dev"
                              << "\"sqlite://dev?mode=memory\"" << 9
                              << "  dev = \"sqlite://dev?mode=memory\"";
    QTest::newRow("getenv") << "example_project.hcl"
                            << "mysql"
                            << "url"
                            << "getenv(\"DB_URL\")" << 28 << "  url = getenv(\"DB_URL\")";
    QTest::newRow("migration dir")
        << "reference_env.hcl"
        << "dev"
        << "migration.dir"
        << "\"file://db\"" << 7 << "    dir              = \"file://db\"";
    QTest::newRow("format template") << "reference_env.hcl"
                                     << "dev"
                                     << "format.migrate.diff"
                                     << "\"{{ sql . }}\"" << 16
                                     << "      diff  = \"{{ sql . }}\"  # also apply, lint, "
                                        "status, down";
    QTest::newRow("diff skip") << "reference_env.hcl"
                               << "dev"
                               << "diff.skip.drop_schema"
                               << "false" << 24
                               << "      drop_schema = false            # rename_table, "
                                  "rename_constraint";
    QTest::newRow("schemas list") << "project_full.hcl"
                                  << "local"
                                  << "schemas"
                                  << "[\"public\"]" << 58 << "  schemas = [\"public\"]";
    QTest::newRow("for_each block")
        << "project_full.hcl"
        << "tenant"
        << "dev"
        << "\"sqlite://dev?mode=memory\"" << 116 << "  dev      = \"sqlite://dev?mode=memory\"";
}

void TestProjectRewrite::rewritesOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, env);
    QFETCH(QString, path);
    QFETCH(QString, expression);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const QString original = QString::fromUtf8(readFile(fixture(file)));
    const Expected<QString> rewritten = rewriteEnvAttribute(original, env, path, expression);
    QVERIFY2(rewritten, qPrintable(rewritten ? QString() : rewritten.error().message));
    QStringList before = lines(original);
    const QStringList after = lines(*rewritten);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(line), expected);
    before[line] = expected;
    QCOMPARE(after, before);
}

void TestProjectRewrite::rewriteAddsAttributes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("inserted");
    QTest::newRow("url") << "url"
                         << "\"sqlite://example.db\"" << 18
                         << QStringList{QStringLiteral("  url = \"sqlite://example.db\"")};
    QTest::newRow("nested attribute")
        << "migration.revisions_schema"
        << "\"public\"" << 12 << QStringList{QStringLiteral("    revisions_schema = \"public\"")};
    QTest::newRow("new block") << "lint.latest"
                               << "1" << 18
                               << QStringList{QStringLiteral("  lint {"),
                                              QStringLiteral("    latest = 1"),
                                              QStringLiteral("  }")};
}

void TestProjectRewrite::rewriteAddsAttributes()
{
    QFETCH(QString, path);
    QFETCH(QString, expression);
    QFETCH(int, line);
    QFETCH(QStringList, inserted);
    const QString original =
        QString::fromUtf8(readFile(fixture(QStringLiteral("seed_sequelize.hcl"))));
    const Expected<QString> rewritten =
        rewriteEnvAttribute(original, QStringLiteral("sequelize"), path, expression);
    QVERIFY2(rewritten, qPrintable(rewritten ? QString() : rewritten.error().message));
    QStringList expected = lines(original);
    for (qsizetype i = 0; i < inserted.size(); ++i)
        expected.insert(line + i, inserted.at(i));
    QCOMPARE(lines(*rewritten), expected);
    const Expected<Project> reloaded =
        Project::fromText(rewritten->toUtf8(), fixture(QStringLiteral("seed_sequelize.hcl")));
    QVERIFY(reloaded);
    QCOMPARE(reloaded->env(QStringLiteral("sequelize"))->sources.value(path).text, expression);
}

void TestProjectRewrite::rewriteRejects_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown env") << "nope"
                                 << "url"
                                 << "\"x\""
                                 << "atlas.hcl has no block env \"nope\"";
    QTest::newRow("invalid value") << "sequelize"
                                   << "url"
                                   << "\"x"
                                   << "the new value of \"url\" is not a valid expression: "
                                      "<value>:1:1: unterminated string: a quoted string must end "
                                      "with \" on the same line";
    QTest::newRow("empty path step") << "sequelize"
                                     << "migration..dir"
                                     << "\"x\""
                                     << "invalid attribute path \"migration..dir\"";
}

void TestProjectRewrite::rewriteRejects()
{
    QFETCH(QString, env);
    QFETCH(QString, path);
    QFETCH(QString, expression);
    QFETCH(QString, error);
    const QString original =
        QString::fromUtf8(readFile(fixture(QStringLiteral("seed_sequelize.hcl"))));
    const Expected<QString> rewritten = rewriteEnvAttribute(original, env, path, expression);
    QVERIFY(!rewritten);
    QCOMPARE(rewritten.error().message.section(QLatin1Char('\n'), 0, 0), error);
}

void TestProjectRewrite::survivesTruncation_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : QDir(kData).entryList({QStringLiteral("*.hcl")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << name;
}

void TestProjectRewrite::survivesTruncation()
{
    QFETCH(QString, file);
    const QByteArray text = readFile(fixture(file));
    for (qsizetype length = 0; length <= text.size(); ++length) {
        const Expected<Project> project =
            Project::fromText(text.left(length), QStringLiteral("atlas.hcl"), withVars(kToken));
        if (!project) {
            QVERIFY2(project.error().message.startsWith(QLatin1String("atlas.hcl:")),
                     qPrintable(project.error().message));
            continue;
        }
        for (const Env &env : project->envs()) {
            for (const QString &attribute : {QStringLiteral("url"), QStringLiteral("src")})
                (void)env.resolveEnvUrl(QStringLiteral("env://") + attribute);
        }
    }
}

QTEST_GUILESS_MAIN(TestProjectRewrite)
#include "tst_projectrewrite.moc"
