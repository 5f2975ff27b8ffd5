// From a project env to what gets loaded: env:// indirection, external_schema:// programs,
// paths relative to the project folder, and the messages for envs that cannot be loaded.

#include "load/envrequest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

class TestEnvRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void externalSchemaBecomesAProgram();
    void workingDirIsRelativeToTheProject();
    void filePathsAreRelativeToTheProject();
    void absolutePathsStay();
    void envUrlsReferToAttributes();
    void reportsWhatCannotBeLoaded_data();
    void reportsWhatCannotBeLoaded();

private:
    Env env(const QString &name) const { return m_project->env(name).value(); }

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
};

void TestEnvRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A copy in a fresh folder, so relative paths resolve somewhere known.
    const QString config = m_dir.filePath(QStringLiteral("atlas.hcl"));
    QVERIFY(QFile::copy(QStringLiteral(STRATA_TEST_DATA "/project/envrequest.hcl"), config));
    auto project = Project::load(config);
    QVERIFY2(project.hasValue(), project ? "" : qPrintable(project.error().message));
    m_project = project.value();
}

void TestEnvRequest::externalSchemaBecomesAProgram()
{
    const auto request =
        loadRequestForEnv(*m_project, env(QStringLiteral("local")), QStringLiteral("src"), 5000);
    QVERIFY2(request.hasValue(), request ? "" : qPrintable(request.error().message));
    QVERIFY(request->program.has_value());
    QCOMPARE(
        request->program->program,
        (QStringList{QStringLiteral("node"), QStringLiteral("load.js"), QStringLiteral("sqlite")}));
    QCOMPARE(request->program->workingDirectory, m_dir.path());
    QCOMPARE(request->program->timeoutMs, 5000);
    QVERIFY(request->devUrl.has_value());
    QVERIFY(request->devUrl->isInMemorySqlite());
    QCOMPARE(request->displayName, QStringLiteral("env \"local\" src"));
}

void TestEnvRequest::workingDirIsRelativeToTheProject()
{
    const auto request = loadRequestForEnv(*m_project, env(QStringLiteral("tools")));
    QVERIFY(request.hasValue());
    QCOMPARE(request->program->workingDirectory, m_dir.filePath(QStringLiteral("tools")));
    QVERIFY(!request->devUrl.has_value());
}

void TestEnvRequest::filePathsAreRelativeToTheProject()
{
    const auto src = loadRequestForEnv(*m_project, env(QStringLiteral("files")));
    QVERIFY(src.hasValue());
    QVERIFY(!src->program.has_value());
    QCOMPARE(src->url.scheme(), DatabaseUrl::Scheme::File);
    QCOMPARE(src->url.path(), m_dir.filePath(QStringLiteral("schema/main.sql")));

    const auto url =
        loadRequestForEnv(*m_project, env(QStringLiteral("local")), QStringLiteral("url"));
    QVERIFY(url.hasValue());
    QCOMPARE(url->url.scheme(), DatabaseUrl::Scheme::Sqlite);
    QCOMPARE(url->url.path(), m_dir.filePath(QStringLiteral("app.db")));
}

void TestEnvRequest::absolutePathsStay()
{
    const auto url =
        loadRequestForEnv(*m_project, env(QStringLiteral("files")), QStringLiteral("url"));
    QVERIFY(url.hasValue());
    QCOMPARE(url->url.path(), QStringLiteral("/var/db/app.db"));
}

void TestEnvRequest::envUrlsReferToAttributes()
{
    const auto viaEnv =
        loadRequestForUrl(*m_project, env(QStringLiteral("local")), QStringLiteral("env://src"));
    QVERIFY(viaEnv.hasValue());
    QVERIFY(viaEnv->program.has_value());

    const auto plain = loadRequestForUrl(*m_project, env(QStringLiteral("local")),
                                         QStringLiteral("file://other.sql"));
    QVERIFY(plain.hasValue());
    QCOMPARE(plain->url.path(), m_dir.filePath(QStringLiteral("other.sql")));
    QVERIFY(plain->devUrl.has_value());
}

void TestEnvRequest::reportsWhatCannotBeLoaded_data()
{
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("no src") << QStringLiteral("nothing") << QStringLiteral("env://src")
                            << QStringLiteral("env \"nothing\" has no src attribute: set it in "
                                              "atlas.hcl.");
    QTest::newRow("env to env") << QStringLiteral("loop") << QStringLiteral("env://src")
                                << QStringLiteral("env \"loop\" src is env://url: an env:// URL "
                                                  "cannot point to another env:// URL.");
    QTest::newRow("several src") << QStringLiteral("many") << QStringLiteral("env://src")
                                 << QStringLiteral("env \"many\" has 2 src values; Strata loads "
                                                   "one source at a time.");
    QTest::newRow("unknown attribute")
        << QStringLiteral("local") << QStringLiteral("env://migration")
        << QStringLiteral("env://migration: env \"local\" has no \"migration\" attribute");
    QTest::newRow("unknown data source")
        << QStringLiteral("local") << QStringLiteral("external_schema://gone")
        << QStringLiteral("env \"local\" refers to external_schema://gone, but %1 has no data "
                          "\"external_schema\" \"gone\" block.");
}

void TestEnvRequest::reportsWhatCannotBeLoaded()
{
    QFETCH(QString, envName);
    QFETCH(QString, url);
    QFETCH(QString, message);
    const auto request = loadRequestForUrl(*m_project, env(envName), url);
    QVERIFY(!request.hasValue());
    QCOMPARE(request.error().message,
             message.contains(QLatin1String("%1"))
                 ? message.arg(QDir::toNativeSeparators(m_project->configPath()))
                 : message);
}

QTEST_GUILESS_MAIN(TestEnvRequest)
#include "tst_envrequest.moc"
