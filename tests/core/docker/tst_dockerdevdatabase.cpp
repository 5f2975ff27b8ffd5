// docker:// URLs through the schema loader where no docker engine runs: the real docker client
// without an engine, no docker client in PATH at all, and a stand-in client script for the
// ways a start can fail half-way (this machine cannot run containers, so a script plays the
// engine's part and records the commands; it checks that the container is removed on error and
// on cancel). Starting real containers is not covered here.

#include "docker/dockercommand.h"
#include "docker/dockerdevdatabase.h"
#include "load/schemaloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

const QString kDevUnavailable = QStringLiteral(
    "docker is not available: set dev to a mysql:// or postgres:// URL of a scratch database");
const QString kSourceUnavailable = QStringLiteral(
    "docker is not available: set url to a mysql:// or postgres:// URL of a database");

/// Sets an environment variable for one test and restores it afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

/// Stands in for the docker client: answers `version` as an engine would, and plays the run
/// outcome named by STRATA_FAKE_DOCKER_RUN; every call is appended to STRATA_FAKE_DOCKER_LOG.
const char kFakeDocker[] = R"(#!/bin/sh
echo "$*" >> "$STRATA_FAKE_DOCKER_LOG"
case "$1" in
version)
    if [ "$STRATA_FAKE_DOCKER_RUN" = engine-hangs ]; then exec sleep 30; fi
    echo 28.0.0 ;;
run)
    case "$STRATA_FAKE_DOCKER_RUN" in
    fail) echo "docker: Error response from daemon: pull access denied for arigaio/mysql" >&2
          exit 125 ;;
    hang) exec sleep 30 ;;
    *) echo 0123456789abcdef ;;
    esac ;;
port) echo "127.0.0.1:1" ;;
inspect) echo false ;;
rm) echo "$3" ;;
esac
)";

LoadRequest ddlFileWithDev(const QTemporaryDir &dir, const QString &devUrl)
{
    const QString path = dir.filePath(QStringLiteral("schema.sql"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("CREATE TABLE t (id int);\n");
    LoadRequest request;
    request.url = DatabaseUrl::parse(QLatin1String("file://") + path).value();
    request.devUrl = DatabaseUrl::parse(devUrl).value();
    return request;
}

} // namespace

class TestDockerDevDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void failsAtOnceWhenNoEngineAnswers();
    void failsAtOnceWithoutDockerInPath_data();
    void failsAtOnceWithoutDockerInPath();
    void databaseSourcesDoNotStartTheDevContainer();
    void unknownImageIsNamedBeforeDockerIsAsked();
    void engineThatHangsCountsAsUnavailable();
    void failedRunRemovesTheContainer();
    void cancelWhileStartingRemovesTheContainer();
    void containerThatStopsIsReportedAndRemoved();

private:
    /// Puts the stand-in client first in PATH for the rest of the test.
    void useFakeDocker(const QByteArray &runOutcome);
    QStringList fakeDockerCalls() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ScopedEnvironment> m_path;
    std::unique_ptr<ScopedEnvironment> m_log;
    std::unique_ptr<ScopedEnvironment> m_outcome;
};

void TestDockerDevDatabase::init()
{
    m_outcome.reset();
    m_log.reset();
    m_path.reset();
    QVERIFY(m_dir.isValid());
}

void TestDockerDevDatabase::useFakeDocker(const QByteArray &runOutcome)
{
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QFile script(bin + QLatin1String("/docker"));
    QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    script.write(kFakeDocker);
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile::remove(m_dir.filePath(QStringLiteral("docker.log")));
    m_path = std::make_unique<ScopedEnvironment>(
        "PATH", QByteArray(QFile::encodeName(bin) + ':' + qgetenv("PATH")));
    m_log = std::make_unique<ScopedEnvironment>(
        "STRATA_FAKE_DOCKER_LOG", QFile::encodeName(m_dir.filePath(QStringLiteral("docker.log"))));
    m_outcome = std::make_unique<ScopedEnvironment>("STRATA_FAKE_DOCKER_RUN", runOutcome);
}

QStringList TestDockerDevDatabase::fakeDockerCalls() const
{
    QFile log(m_dir.filePath(QStringLiteral("docker.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestDockerDevDatabase::failsAtOnceWhenNoEngineAnswers()
{
    const QString docker = findDockerProgram();
    if (docker.isEmpty())
        QSKIP("no docker client in PATH (failsAtOnceWithoutDockerInPath covers that case)");
    if (dockerEngineAnswers(docker, 5'000))
        QSKIP("a docker engine answers here, so docker:// would start a container");
    QElapsedTimer clock;
    clock.start();
    const auto result =
        loadSchema(ddlFileWithDev(m_dir, QStringLiteral("docker://mysql/8/dev")), TaskControl());
    QVERIFY(!result);
    QCOMPARE(result.error().message, kDevUnavailable);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
}

void TestDockerDevDatabase::failsAtOnceWithoutDockerInPath_data()
{
    QTest::addColumn<QString>("devUrl");
    QTest::addColumn<QString>("sourceUrl");
    QTest::addColumn<QString>("error");
    QTest::newRow("mysql dev") << QStringLiteral("docker://mysql/8/dev") << QString()
                               << kDevUnavailable;
    QTest::newRow("mariadb dev") << QStringLiteral("docker://maria/latest/dev") << QString()
                                 << kDevUnavailable;
    QTest::newRow("postgres dev") << QStringLiteral("docker://postgres/16/dev?search_path=public")
                                  << QString() << kDevUnavailable;
    // Atlas inspects a docker:// source too (a fresh, empty database), so it needs docker as well.
    QTest::newRow("docker source")
        << QString() << QStringLiteral("docker://mysql/8/dev") << kSourceUnavailable;
}

void TestDockerDevDatabase::failsAtOnceWithoutDockerInPath()
{
    QFETCH(QString, devUrl);
    QFETCH(QString, sourceUrl);
    QFETCH(QString, error);
    const QString emptyBin = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(emptyBin));
    const ScopedEnvironment path("PATH", QFile::encodeName(emptyBin));
    QVERIFY(findDockerProgram().isEmpty());

    LoadRequest request;
    if (!devUrl.isEmpty())
        request = ddlFileWithDev(m_dir, devUrl);
    else
        request.url = DatabaseUrl::parse(sourceUrl).value();
    QElapsedTimer clock;
    clock.start();
    const auto result = loadSchema(request, TaskControl());
    QVERIFY(!result);
    QCOMPARE(result.error().message, error);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
}

void TestDockerDevDatabase::databaseSourcesDoNotStartTheDevContainer()
{
    // Like Atlas, the dev database is opened only for sources that need one.
    const ScopedEnvironment path("PATH", QByteArray("/nonexistent"));
    LoadRequest request;
    request.url = DatabaseUrl::parse(QStringLiteral("sqlite://scratch?mode=memory")).value();
    request.devUrl = DatabaseUrl::parse(QStringLiteral("docker://mysql/8/dev")).value();
    const auto result = loadSchema(request, TaskControl());
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->database.flavour, QStringLiteral("sqlite"));
}

void TestDockerDevDatabase::unknownImageIsNamedBeforeDockerIsAsked()
{
    useFakeDocker("ok");
    const auto result =
        loadSchema(ddlFileWithDev(m_dir, QStringLiteral("docker://oracle/19/dev")), TaskControl());
    QVERIFY(!result);
    QVERIFY2(result.error().message.startsWith(
                 QLatin1String("Unsupported docker image \"oracle\" in docker://oracle/19/dev")),
             qPrintable(result.error().message));
    QCOMPARE(fakeDockerCalls(), QStringList());
}

void TestDockerDevDatabase::engineThatHangsCountsAsUnavailable()
{
    useFakeDocker("engine-hangs");
    QElapsedTimer clock;
    clock.start();
    const auto result =
        loadSchema(ddlFileWithDev(m_dir, QStringLiteral("docker://mysql/8/dev")), TaskControl());
    QVERIFY(!result);
    QCOMPARE(result.error().message, kDevUnavailable);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(fakeDockerCalls(),
             QStringList{QStringLiteral("version --format {{.Server.Version}}")});
}

void TestDockerDevDatabase::failedRunRemovesTheContainer()
{
    useFakeDocker("fail");
    const auto result =
        DockerDevDatabase::start(DatabaseUrl::parse(QStringLiteral("docker://mysql/8/dev")).value(),
                                 DockerUrlUse::DevDatabase, TaskControl());
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("Cannot start a docker container for docker://mysql/8/dev: docker run "
                            "failed: docker: Error response from daemon: pull access denied for "
                            "arigaio/mysql"));
    const QStringList calls = fakeDockerCalls();
    QCOMPARE(calls.size(), 3);
    const QRegularExpression name(QStringLiteral("--name (strata-dev-[0-9a-f]{16}) "));
    const QString container = name.match(calls.at(1)).captured(1);
    QVERIFY2(!container.isEmpty(), qPrintable(calls.at(1)));
    QCOMPARE(calls.at(2), QLatin1String("rm -f ") + container);
}

void TestDockerDevDatabase::cancelWhileStartingRemovesTheContainer()
{
    useFakeDocker("hang");
    TaskControl control([&control](const QString &stage, int, int) {
        if (stage.startsWith(QLatin1String("Starting ")))
            control.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const auto result = DockerDevDatabase::start(
        DatabaseUrl::parse(QStringLiteral("docker://postgres/16/dev")).value(),
        DockerUrlUse::DevDatabase, control);
    QVERIFY(!result);
    QVERIFY(result.error().cancelled);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    const QStringList calls = fakeDockerCalls();
    QCOMPARE(calls.size(), 3);
    QVERIFY(calls.at(1).startsWith(QLatin1String("run --rm --detach --name strata-dev-")));
    QVERIFY(calls.at(2).startsWith(QLatin1String("rm -f strata-dev-")));
    QVERIFY(calls.at(1).contains(calls.at(2).mid(6) + QLatin1Char(' ')));
}

void TestDockerDevDatabase::containerThatStopsIsReportedAndRemoved()
{
    useFakeDocker("ok");
    QStringList stages;
    const TaskControl control([&stages](const QString &stage, int, int) { stages.append(stage); });
    const auto result =
        loadSchema(ddlFileWithDev(m_dir, QStringLiteral("docker://mysql/8/dev")), control);
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("The docker container for docker://mysql/8/dev stopped before its "
                            "database accepted connections. Check that the image "
                            "arigaio/mysql:8 starts with `docker run arigaio/mysql:8`."));
    QCOMPARE(stages, (QStringList{QStringLiteral("Starting arigaio/mysql:8 in docker"),
                                  QStringLiteral("Waiting for arigaio/mysql:8 to accept "
                                                 "connections")}));
    const QStringList calls = fakeDockerCalls();
    QVERIFY(calls.size() >= 5);
    QVERIFY(calls.at(2).startsWith(QLatin1String("port strata-dev-")));
    QVERIFY(calls.at(2).endsWith(QLatin1String(" 3306/tcp")));
    QVERIFY(calls.at(calls.size() - 2).startsWith(QLatin1String("inspect --format ")));
    QVERIFY(calls.constLast().startsWith(QLatin1String("rm -f strata-dev-")));
}

QTEST_GUILESS_MAIN(TestDockerDevDatabase)
#include "tst_dockerdevdatabase.moc"
