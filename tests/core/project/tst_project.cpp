#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "projecttestsupport.h"

using namespace strata;
using namespace projecttest;

namespace {

/// Messages name the config as given; tests compare them relative to the data folder.
QString relative(QString message)
{
    return message.replace(kData + QLatin1Char('/'), QString());
}

QString firstLine(const QString &message)
{
    return relative(message).section(QLatin1Char('\n'), 0, 0);
}

Project loadOk(const QString &name, const ProjectOptions &options = {})
{
    Expected<Project> project = Project::load(fixture(name), options);
    if (!project)
        qFatal("%s", qPrintable(project.error().message));
    return *project;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSeedGuide_data();
    void readsSeedGuide();
    void readsReferenceEnv();
    void readsEveryPart();
    void keepsAndWarnsAboutUnknownParts();
    void resolvesEnvUrls_data();
    void resolvesEnvUrls();
    void expandsForEach();
    void appliesVarOverrides_data();
    void appliesVarOverrides();
    void selectsDynamicEnv_data();
    void selectsDynamicEnv();
    void detectsLocalCycles();
    void readsEnvironment();
    void keepsBrokenEnvSeparate();
    void masksPasswordsInErrors();
    void reportsLoadErrors();
    void recordsSources();
};

void TestProject::readsSeedGuide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("program");
    QTest::newRow("guide, JavaScript")
        << "seed_sequelize.hcl" << QStringList{QStringLiteral("node"), QStringLiteral("load.js")};
    QTest::newRow("guide, TypeScript")
        << "seed_sequelize_ts.hcl"
        << QStringList{QStringLiteral("npx"), QStringLiteral("ts-node"), QStringLiteral("load.ts")};
    QTest::newRow("reference 6.3") << "sequelize_provider.hcl"
                                   << QStringList{QStringLiteral("npx"),
                                                  QStringLiteral("@ariga/atlas-provider-sequelize"),
                                                  QStringLiteral("load"),
                                                  QStringLiteral("--path"),
                                                  QStringLiteral("./path/to/models"),
                                                  QStringLiteral("--dialect"),
                                                  QStringLiteral("mysql")};
}

void TestProject::readsSeedGuide()
{
    QFETCH(QString, file);
    QFETCH(QStringList, program);
    const Project project = loadOk(file);
    QCOMPARE(project.text(), readFile(fixture(file)));
    QCOMPARE(project.envNames(), QStringList{QStringLiteral("sequelize")});
    QCOMPARE(project.warnings(), QStringList());
    const Expected<Env> env = project.env(QStringLiteral("sequelize"));
    QVERIFY(env);
    QCOMPARE(env->src, QStringList{QStringLiteral("external_schema://sequelize")});
    QCOMPARE(env->dev, QStringLiteral("docker://mysql/8/dev"));
    QCOMPARE(env->migration.dir, QStringLiteral("file://migrations"));
    QCOMPARE(env->format.migrate.value(QStringLiteral("diff")),
             QStringLiteral("{{ sql . \"  \" }}"));
    const Expected<QString> src = env->resolveEnvUrl(QStringLiteral("env://src"));
    QCOMPARE(*src, QStringLiteral("external_schema://sequelize"));
    const std::optional<ExternalSchema> schema = project.externalSchema(*src);
    QVERIFY(schema);
    QCOMPARE(schema->program, program);
    QCOMPARE(schema->workingDirectory, kData);
    QCOMPARE(relative(schema->location), QStringLiteral("%1:1:1").arg(file));
}

void TestProject::readsReferenceEnv()
{
    const Project project = loadOk(QStringLiteral("reference_env.hcl"));
    QCOMPARE(project.warnings(), QStringList());
    const Env env = *project.env(QStringLiteral("dev"));
    QCOMPARE(env.url, QStringLiteral(
                          "postgres://u:p@localhost:5432/app?sslmode=disable&search_path=public"));
    QCOMPARE(env.dev, QStringLiteral("docker://postgres/16/dev?search_path=public"));
    QCOMPARE(env.src, QStringList{QStringLiteral("file://schema.hcl")});
    QCOMPARE(env.schemas, QStringList{QStringLiteral("public")});
    QCOMPARE(env.exclude, QStringList{QStringLiteral("*.tmp_*")});
    QCOMPARE(env.migration.dir, QStringLiteral("file://migrations"));
    QCOMPARE(env.migration.format, QStringLiteral("atlas"));
    QCOMPARE(env.migration.revisionsSchema, QStringLiteral("public"));
    QCOMPARE(env.migration.baseline, QStringLiteral("20240101000000"));
    QCOMPARE(env.migration.execOrder, QStringLiteral("LINEAR"));
    QCOMPARE(env.migration.lockTimeout, QStringLiteral("10s"));
    QCOMPARE(env.format.migrate.value(QStringLiteral("diff")),
             QStringLiteral("{{ sql . \"  \" }}"));
    QCOMPARE(env.format.schema.value(QStringLiteral("inspect")), QStringLiteral("{{ sql . }}"));
    const DiffPolicy diff = env.diffPolicy();
    QCOMPARE(diff.skip, (QStringList{QStringLiteral("drop_schema"), QStringLiteral("drop_table")}));
    QVERIFY(diff.concurrentIndexCreate);
    QVERIFY(diff.concurrentIndexDrop);
    const LintPolicy lint = env.lintPolicy();
    QCOMPARE(lint.latest, 1);
    QCOMPARE(lint.errorAnalyzers, QStringList{QStringLiteral("destructive")});
    QCOMPARE(env.extra, (QMap<QString, QString>()));
}

void TestProject::readsEveryPart()
{
    const Project project = loadOk(QStringLiteral("project_full.hcl"), withVars(kToken));
    QCOMPARE(project.envNames(),
             (QStringList{QStringLiteral("local"), QStringLiteral("app"),
                          QStringLiteral("schema_block"), QStringLiteral("tenant")}));
    QCOMPARE(project.variables().value(QStringLiteral("port")).toHcl(), QStringLiteral("5432"));
    QCOMPARE(project.locals().value(QStringLiteral("dev_url")).toText(),
             QStringLiteral("postgres://app@db.internal:5432/dev?sslmode=disable"));

    const Env local = *project.env(QStringLiteral("local"));
    QCOMPARE(local.url, QStringLiteral("postgres://app@db.internal:5432/app?sslmode=disable"));
    QCOMPARE(local.dev, QStringLiteral("postgres://app@db.internal:5432/dev?sslmode=disable"));
    QCOMPARE(local.src, (QStringList{QStringLiteral("file://schema/tables.sql"),
                                     QStringLiteral("file://schema/views.sql")}));
    QCOMPARE(local.schemas, (QStringList{QStringLiteral("public"), QStringLiteral("audit")}));
    QCOMPARE(local.include, QStringList{QStringLiteral("public.*")});
    QCOMPARE(local.exclude, QStringList{QStringLiteral("*.tmp_*")});
    QCOMPARE(local.extra,
             (QMap<QString, QString>{{QStringLiteral("token"), QStringLiteral("t0")},
                                     {QStringLiteral("replicas"), QStringLiteral("2")}}));
    QCOMPARE(local.migration.format, QStringLiteral("golang-migrate"));
    QCOMPARE(local.migration.execOrder, QStringLiteral("LINEAR_SKIP"));
    QCOMPARE(local.migration.lockTimeout, QStringLiteral("5s"));
    QCOMPARE(local.format.migrate,
             (QMap<QString, QString>{{QStringLiteral("apply"), QStringLiteral("{{ json . }}")},
                                     {QStringLiteral("status"), QStringLiteral("{{ .Status }}")}}));
    QCOMPARE(local.format.schema.value(QStringLiteral("diff")), QStringLiteral("{{ sql . }}"));
    QVERIFY(local.diffPolicy().concurrentIndexCreate);
    QCOMPARE(local.diffPolicy().skip, QStringList());
    QCOMPARE(local.lintPolicy().latest, 3);
    QCOMPARE(local.lintPolicy().errorAnalyzers, QStringList{QStringLiteral("destructive")});

    const Env app = *project.env(QStringLiteral("app"));
    QCOMPARE(app.src, QStringList{QStringLiteral("external_schema://app")});
    QCOMPARE(app.diffPolicy().skip, QStringList{QStringLiteral("drop_schema")});
    const std::optional<ExternalSchema> schema = project.externalSchema(app.src.front());
    QVERIFY(schema);
    QCOMPARE(schema->program,
             (QStringList{QStringLiteral("node"), QStringLiteral("load.js"),
                          QStringLiteral("--dialect"), QStringLiteral("postgres")}));
    QCOMPARE(schema->workingDirectory, kData + QStringLiteral("/loader"));

    const Env schemaBlock = *project.env(QStringLiteral("schema_block"));
    QCOMPARE(schemaBlock.src,
             (QStringList{QStringLiteral("file://a.sql"), QStringLiteral("file://b.sql")}));
    QCOMPARE(schemaBlock.migration.dir, QStringLiteral("file://migrations/"));
}

void TestProject::keepsAndWarnsAboutUnknownParts()
{
    const Project project = loadOk(QStringLiteral("project_full.hcl"), withVars(kToken));
    QStringList warnings;
    for (const QString &warning : project.warnings())
        warnings.append(relative(warning));
    QCOMPARE(warnings,
             (QStringList{
                 QStringLiteral("project_full.hcl:123:1: unknown block \"cloud\"; Strata keeps it "
                                "but does not use it"),
                 QStringLiteral("project_full.hcl:37:1: data source \"sql\" is not supported by "
                                "Strata; it is kept but never run"),
                 QStringLiteral("project_full.hcl:69:5: unknown attribute \"squash\" in migration; "
                                "Strata keeps it but does not use it"),
                 QStringLiteral("project_full.hcl:85:3: unknown block \"docker\" in env \"local\"; "
                                "Strata keeps it but does not use it"),
                 QStringLiteral("project_full.hcl:95:5: the env sets both src and schema.src; src "
                                "is used")}));
    QCOMPARE(project.unknownBlocks().size(), 2);
    QCOMPARE(project.unknownBlocks().at(0).labels,
             (QStringList{QStringLiteral("sql"), QStringLiteral("tenants")}));
    QCOMPARE(project.unknownBlocks().at(0).expressions.value(QStringLiteral("query")),
             QStringLiteral("\"SELECT name FROM tenants\""));
    QCOMPARE(project.unknownBlocks().at(0).attribute(QStringLiteral("url")).toText(),
             QStringLiteral("postgres://app@db.internal:5432/dev?sslmode=disable"));
    QCOMPARE(project.unknownBlocks().at(1).type, QStringLiteral("cloud"));
    QCOMPARE(project.unknownBlocks().at(1).attribute(QStringLiteral("project")).toText(),
             QStringLiteral("strata"));
    const Env local = *project.env(QStringLiteral("local"));
    QCOMPARE(local.unknownAttributes.value(QStringLiteral("migration.squash")),
             QStringLiteral("true"));
    QCOMPARE(local.unknownBlocks.size(), 1);
    QCOMPARE(local.unknownBlocks.front().attribute(QStringLiteral("image")).toText(),
             QStringLiteral("postgres:16"));
}

void TestProject::resolvesEnvUrls_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    const auto ok = [](const char *name, const char *env, const char *url, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(env) << QString::fromUtf8(url)
                            << QString::fromUtf8(expected) << QString();
    };
    const auto bad = [](const char *name, const char *env, const char *url, const char *error) {
        QTest::newRow(name) << QString::fromUtf8(env) << QString::fromUtf8(url) << QString()
                            << QString::fromUtf8(error);
    };
    ok("url", "local", "env://url", "postgres://app@db.internal:5432/app?sslmode=disable");
    ok("dev", "local", "env://dev", "postgres://app@db.internal:5432/dev?sslmode=disable");
    ok("first src", "local", "env://src", "file://schema/tables.sql");
    ok("schema.src", "schema_block", "env://schema.src", "file://a.sql");
    ok("migration dir", "local", "env://migration.dir", "file://migrations");
    ok("extra attribute", "local", "env://token", "t0");
    ok("extra number", "local", "env://replicas", "2");
    ok("not env", "local", "mysql://root@h/db", "mysql://root@h/db");
    bad("unknown attribute", "local", "env://nope",
        "env://nope: env \"local\" has no \"nope\" attribute");
    bad("unset attribute", "schema_block", "env://url",
        "env://url: env \"schema_block\" has no \"url\" attribute");
    bad("chained", "app", "env://dev",
        "env://dev refers to env://url: an env:// URL cannot point to another env:// URL");
    bad("chained back", "app", "env://url",
        "env://url refers to env://dev: an env:// URL cannot point to another env:// URL");
}

void TestProject::resolvesEnvUrls()
{
    QFETCH(QString, env);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const Project project = loadOk(QStringLiteral("project_full.hcl"), withVars(kToken));
    const Expected<QString> resolved = project.env(env)->resolveEnvUrl(url);
    if (error.isEmpty()) {
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        QCOMPARE(*resolved, expected);
    } else {
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().message, error);
    }
}

void TestProject::expandsForEach()
{
    const Project defaults = loadOk(QStringLiteral("project_full.hcl"), withVars(kToken));
    const QList<Env> tenants = defaults.envsNamed(QStringLiteral("tenant"));
    QCOMPARE(tenants.size(), 2);
    QCOMPARE(tenants.at(0).url, QStringLiteral("postgres://app@db.internal:5432/acme"));
    QCOMPARE(tenants.at(0).migration.dir, QStringLiteral("file://migrations/acme"));
    QCOMPARE(tenants.at(0).eachKey->toText(), QStringLiteral("acme"));
    QCOMPARE(tenants.at(1).url, QStringLiteral("postgres://app@db.internal:5432/globex"));
    QCOMPARE(tenants.at(1).eachValue->toText(), QStringLiteral("globex"));
    QCOMPARE(tenants.at(1).sources.value(QStringLiteral("url")).text,
             QStringLiteral("urlsetpath(local.base_url, each.value)"));
    const Expected<Env> ambiguous = defaults.env(QStringLiteral("tenant"));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().message, QStringLiteral("multiple envs found for \"tenant\""));

    VariableOverrides vars = kToken;
    for (const char *tenant : {"zeta", "alpha", "mid"})
        vars.append({QStringLiteral("tenants"), QString::fromUtf8(tenant)});
    const Project overridden = loadOk(QStringLiteral("project_full.hcl"), withVars(vars));
    QStringList urls;
    for (const Env &env : overridden.envsNamed(QStringLiteral("tenant")))
        urls.append(env.url.section(QLatin1Char('/'), -1));
    QCOMPARE(urls,
             (QStringList{QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
}

void TestProject::appliesVarOverrides_data()
{
    QTest::addColumn<VariableOverrides>("vars");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    const auto var = [](const char *name, const char *value) {
        return QPair<QString, QString>(QString::fromUtf8(name), QString::fromUtf8(value));
    };
    QTest::newRow("defaults") << kToken << "postgres://app@db.internal:5432/app?sslmode=disable"
                              << QString();
    QTest::newRow("string") << (kToken + VariableOverrides{var("db_user", "admin")})
                            << "postgres://admin@db.internal:5432/app?sslmode=disable" << QString();
    QTest::newRow("number") << (kToken + VariableOverrides{var("port", "6543")})
                            << "postgres://app@db.internal:6543/app?sslmode=disable" << QString();
    QTest::newRow("last wins") << (kToken + VariableOverrides{var("port", "1"), var("port", "2")})
                               << "postgres://app@db.internal:2/app?sslmode=disable" << QString();
    QTest::newRow("not a number")
        << (kToken + VariableOverrides{var("port", "abc")}) << QString()
        << "project_full.hcl:8:1: --var port=abc: variable \"port\" is a number";
    QTest::newRow("missing required") << VariableOverrides{} << QString()
                                      << "project_full.hcl:18:10: variable \"token\" has no value: "
                                         "pass --var token=VALUE or give it a default";
}

void TestProject::appliesVarOverrides()
{
    QFETCH(VariableOverrides, vars);
    QFETCH(QString, url);
    QFETCH(QString, error);
    const Expected<Project> project =
        Project::load(fixture(QStringLiteral("project_full.hcl")), withVars(vars));
    if (!error.isEmpty()) {
        QVERIFY(!project);
        QCOMPARE(firstLine(project.error().message), error);
        return;
    }
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    QCOMPARE(project->env(QStringLiteral("local"))->url, url);
}

void TestProject::selectsDynamicEnv_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("dynamic");
    QTest::newRow("dynamic") << "staging"
                             << QStringList{QStringLiteral("staging"), QStringLiteral("prod")}
                             << "sqlite://staging.db" << true;
    QTest::newRow("labeled wins") << "prod" << QStringList{QStringLiteral("prod")}
                                  << "sqlite://prod-labeled.db" << false;
    QTest::newRow("none selected")
        << "" << QStringList{QStringLiteral("prod")} << "sqlite://prod-labeled.db" << false;
}

void TestProject::selectsDynamicEnv()
{
    QFETCH(QString, selected);
    QFETCH(QStringList, names);
    QFETCH(QString, url);
    QFETCH(bool, dynamic);
    const Project project = loadOk(QStringLiteral("dynamic_env.hcl"), withVars({}, selected));
    QCOMPARE(project.envNames(), names);
    const Expected<Env> env = project.env(selected.isEmpty() ? QStringLiteral("prod") : selected);
    QVERIFY(env);
    QCOMPARE(env->url, url);
    QCOMPARE(env->dynamic, dynamic);
}

void TestProject::detectsLocalCycles()
{
    const Expected<Project> project = Project::load(fixture(QStringLiteral("locals_cycle.hcl")));
    QVERIFY(!project);
    QCOMPARE(relative(project.error().message),
             QStringLiteral("locals_cycle.hcl:2:3: local value \"a\" depends on itself: local.a -> "
                            "local.b -> local.c -> local.a\n"
                            "    a = local.b\n"
                            "    ^"));
}

void TestProject::readsEnvironment()
{
    qunsetenv("MYSQL_URL");
    qunsetenv("POSTGRES_URL");
    const Project defaults = loadOk(QStringLiteral("example_project.hcl"));
    QCOMPARE(defaults.envNames(), (QStringList{QStringLiteral("sqlite"), QStringLiteral("mysql"),
                                               QStringLiteral("postgres")}));
    QCOMPARE(defaults.env(QStringLiteral("mysql"))->url,
             QStringLiteral("mysql://root:pass@127.0.0.1:3306/example"));
    QCOMPARE(defaults.env(QStringLiteral("mysql"))->dev,
             QStringLiteral("mysql://root:pass@127.0.0.1:3306/dev"));
    QCOMPARE(defaults.env(QStringLiteral("postgres"))->dev,
             QStringLiteral("postgres://postgres:pass@127.0.0.1:5432/example?search_path=public&"
                            "sslmode=disable"));
    QCOMPARE(defaults.env(QStringLiteral("sqlite"))->dev,
             QStringLiteral("sqlite://dev?mode=memory"));
    QCOMPARE(
        defaults.externalSchemas().front().program,
        (QStringList{QStringLiteral("node"), QStringLiteral("load.js"), QStringLiteral("sqlite")}));

    qputenv("MYSQL_URL", "mysql://app:secret@db:3306/shop");
    qputenv("POSTGRES_URL", "postgres://pg@db/shop");
    const Project fromEnvironment =
        loadOk(QStringLiteral("example_project.hcl"),
               withVars({{QStringLiteral("dialect"), QStringLiteral("mysql")}}));
    qunsetenv("MYSQL_URL");
    qunsetenv("POSTGRES_URL");
    QCOMPARE(fromEnvironment.env(QStringLiteral("mysql"))->url,
             QStringLiteral("mysql://app:secret@db:3306/shop"));
    QCOMPARE(fromEnvironment.env(QStringLiteral("mysql"))->dev,
             QStringLiteral("mysql://app:secret@db:3306/dev"));
    QCOMPARE(fromEnvironment.env(QStringLiteral("postgres"))->dev,
             QStringLiteral("postgres://pg@db/shop?search_path=public"));
    QCOMPARE(fromEnvironment.externalSchemas().front().program.last(), QStringLiteral("mysql"));
    QCOMPARE(
        fromEnvironment.env(QStringLiteral("mysql"))->sources.value(QStringLiteral("url")).text,
        QStringLiteral("local.mysql_url"));
}

void TestProject::keepsBrokenEnvSeparate()
{
    const QByteArray text = "env \"good\" {\n  url = \"sqlite://a.db\"\n}\n"
                            "env \"bad\" {\n  url = var.nope\n}\n";
    const Expected<Project> project = Project::fromText(text, QStringLiteral("two.hcl"));
    QVERIFY(project);
    QCOMPARE(project->envNames(), (QStringList{QStringLiteral("good"), QStringLiteral("bad")}));
    QVERIFY(project->env(QStringLiteral("good")));
    const Expected<Env> bad = project->env(QStringLiteral("bad"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().message, QStringLiteral("two.hcl:5:9: undefined variable \"var.nope\"\n"
                                                 "    url = var.nope\n"
                                                 "          ^"));
}

void TestProject::masksPasswordsInErrors()
{
    const QByteArray text = "env \"x\" {\n  url = \"mysql://root:hunter2@db/app\" + 1\n}\n"
                            "variable \"port\" {\n  type = number\n}\n";
    const Expected<Project> failing = Project::fromText(
        text, QStringLiteral("atlas.hcl"),
        withVars({{QStringLiteral("port"), QStringLiteral("mysql://u:hunter2@h")}}));
    QVERIFY(!failing);
    QVERIFY2(!failing.error().message.contains(QLatin1String("hunter2")),
             qPrintable(failing.error().message));
    const Expected<Project> project =
        Project::fromText(text, QStringLiteral("atlas.hcl"),
                          withVars({{QStringLiteral("port"), QStringLiteral("1")}}));
    QVERIFY(project);
    const QString message = project->envsNamed(QStringLiteral("x")).front().evaluationError;
    QCOMPARE(message, QStringLiteral("atlas.hcl:2:9: the operands of \"+\" must be numbers, got "
                                     "string\n"
                                     "    url = \"mysql://root:****@db/app\" + 1\n"
                                     "          ^"));
}

void TestProject::reportsLoadErrors()
{
    const Expected<Project> missing = Project::load(fixture(QStringLiteral("nope.hcl")));
    QVERIFY(!missing);
    QCOMPARE(relative(missing.error().message),
             QStringLiteral("Cannot read the project file nope.hcl: No such file or directory"));
    const Expected<Project> syntax =
        Project::fromText("env \"a\" {\n  url \"x\"\n}\n", QStringLiteral("atlas.hcl"));
    QCOMPARE(firstLine(syntax.error().message),
             QStringLiteral("atlas.hcl:2:7: expected \"=\" after attribute name \"url\""));
    const Expected<Project> unnamed =
        Project::fromText("env {\n  url = \"x\"\n}\n", QStringLiteral("atlas.hcl"));
    QCOMPARE(firstLine(unnamed.error().message),
             QStringLiteral("atlas.hcl:1:1: an env block without a label needs a name attribute, "
                            "such as name = atlas.env"));
    const Expected<Project> program =
        Project::fromText("data \"external_schema\" \"s\" {\n  program = \"node load.js\"\n}\n",
                          QStringLiteral("atlas.hcl"));
    QCOMPARE(firstLine(program.error().message),
             QStringLiteral("atlas.hcl:2:13: program must be a non-empty list of strings, such as "
                            "[\"node\", \"load.js\"]"));
    const Expected<Project> forEach =
        Project::fromText("env \"t\" {\n  for_each = \"x\"\n}\n", QStringLiteral("atlas.hcl"));
    QVERIFY(forEach);
    QCOMPARE(firstLine(forEach->env(QStringLiteral("t")).error().message),
             QStringLiteral("atlas.hcl:2:14: for_each must be a set, a list or an object, found "
                            "string; wrap a list in toset()"));
}

void TestProject::recordsSources()
{
    const Project project = loadOk(QStringLiteral("project_full.hcl"), withVars(kToken));
    const Env local = *project.env(QStringLiteral("local"));
    const AttributeSource url = local.sources.value(QStringLiteral("url"));
    QCOMPARE(url.text, QStringLiteral("\"${local.base_url}/app?sslmode=disable\""));
    QCOMPARE(url.line, 56);
    QCOMPARE(url.column, 13);
    QCOMPARE(project.text().mid(url.range.begin, url.range.length()), url.text.toUtf8());
    QCOMPARE(local.sources.value(QStringLiteral("migration.format")).text,
             QStringLiteral("golang-migrate"));
    QCOMPARE(local.sources.value(QStringLiteral("format.migrate.apply")).text,
             QStringLiteral("\"{{ json . }}\""));
    QCOMPARE(local.sources.value(QStringLiteral("diff.concurrent_index.create")).text,
             QStringLiteral("true"));
    QCOMPARE(relative(local.location), QStringLiteral("project_full.hcl:55:1"));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
