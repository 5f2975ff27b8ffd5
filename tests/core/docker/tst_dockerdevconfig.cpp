// How a docker:// URL maps to a container and a database URL, compared with Atlas's own
// mapping (cmd/atlas/internal/docker/docker.go and its docker_test.go). Pure: no docker needed.

#include "docker/dockerdevconfig.h"

#include <QTest>

using namespace strata;

namespace {

const QString kPassword = QStringLiteral("secret");

DockerDevConfig configFor(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return {};
    auto config = DockerDevConfig::fromUrl(url.value(), kPassword);
    return config ? config.value() : DockerDevConfig{};
}

} // namespace

class TestDockerDevConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsUrlsLikeAtlas_data();
    void mapsUrlsLikeAtlas();
    void rejects_data();
    void rejects();
    void runArguments_data();
    void runArguments();
    void publishesOnEveryInterfaceOfARemoteEngine();
    void databaseUrls_data();
    void databaseUrls();
    void serverUrlsLeaveTheDatabaseOut();
    void readsThePublishedPort_data();
    void readsThePublishedPort();
    void endpointFollowsDockerHost_data();
    void endpointFollowsDockerHost();
};

void TestDockerDevConfig::mapsUrlsLikeAtlas_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("dialect");

    const QString root = QStringLiteral("MYSQL_ROOT_PASSWORD=secret");
    const QString postgres = QStringLiteral("POSTGRES_PASSWORD=secret");
    QTest::newRow("mysql, no tag") << QStringLiteral("docker://mysql") << QStringLiteral("mysql")
                                   << QStringLiteral("arigaio/mysql") << 3306 << QStringList{root}
                                   << QString() << QStringList() << QStringLiteral("mysql");
    QTest::newRow("mysql server scope")
        << QStringLiteral("docker://mysql/8") << QStringLiteral("mysql")
        << QStringLiteral("arigaio/mysql:8") << 3306 << QStringList{root} << QString()
        << QStringList() << QStringLiteral("mysql");
    QTest::newRow("mysql trailing slash")
        << QStringLiteral("docker://mysql/8/") << QStringLiteral("mysql")
        << QStringLiteral("arigaio/mysql:8") << 3306 << QStringList{root} << QString()
        << QStringList() << QStringLiteral("mysql");
    QTest::newRow("mysql schema scope")
        << QStringLiteral("docker://mysql/8/dev") << QStringLiteral("mysql")
        << QStringLiteral("arigaio/mysql:8") << 3306
        << QStringList{root, QStringLiteral("MYSQL_DATABASE=dev")} << QStringLiteral("dev")
        << QStringList{QStringLiteral("CREATE DATABASE IF NOT EXISTS `dev`")}
        << QStringLiteral("mysql");
    QTest::newRow("mysql latest") << QStringLiteral("docker://mysql/latest/test")
                                  << QStringLiteral("mysql")
                                  << QStringLiteral("arigaio/mysql:latest") << 3306
                                  << QStringList{root, QStringLiteral("MYSQL_DATABASE=test")}
                                  << QStringLiteral("test")
                                  << QStringList{QStringLiteral(
                                         "CREATE DATABASE IF NOT EXISTS `test`")}
                                  << QStringLiteral("mysql");
    QTest::newRow("maria alias") << QStringLiteral("docker://maria/latest/dev")
                                 << QStringLiteral("mariadb")
                                 << QStringLiteral("arigaio/mariadb:latest") << 3306
                                 << QStringList{root, QStringLiteral("MYSQL_DATABASE=dev")}
                                 << QStringLiteral("dev")
                                 << QStringList{QStringLiteral(
                                        "CREATE DATABASE IF NOT EXISTS `dev`")}
                                 << QStringLiteral("mysql");
    QTest::newRow("mariadb server scope")
        << QStringLiteral("docker://mariadb/10.11") << QStringLiteral("mariadb")
        << QStringLiteral("arigaio/mariadb:10.11") << 3306 << QStringList{root} << QString()
        << QStringList() << QStringLiteral("mysql");
    QTest::newRow("postgres default database")
        << QStringLiteral("docker://postgres/13") << QStringLiteral("postgres")
        << QStringLiteral("postgres:13") << 5432 << QStringList{postgres}
        << QStringLiteral("postgres") << QStringList() << QStringLiteral("postgres");
    QTest::newRow("postgres schema scope")
        << QStringLiteral("docker://postgres/16/dev?search_path=public")
        << QStringLiteral("postgres") << QStringLiteral("postgres:16") << 5432
        << QStringList{postgres, QStringLiteral("POSTGRES_DB=dev")} << QStringLiteral("dev")
        << QStringList() << QStringLiteral("postgres");
    QTest::newRow("postgis default database")
        << QStringLiteral("docker://postgis/14-3.4") << QStringLiteral("postgres")
        << QStringLiteral("postgis/postgis:14-3.4") << 5432 << QStringList{postgres}
        << QStringLiteral("postgres") << QStringList() << QStringLiteral("postgres");
    QTest::newRow("postgis named database")
        << QStringLiteral("docker://postgis/14-3.4/dev") << QStringLiteral("postgres")
        << QStringLiteral("postgis/postgis:14-3.4") << 5432 << QStringList{postgres}
        << QStringLiteral("dev") << QStringList{QStringLiteral("CREATE DATABASE \"dev\"")}
        << QStringLiteral("postgres");
}

void TestDockerDevConfig::mapsUrlsLikeAtlas()
{
    QFETCH(QString, url);
    QFETCH(QString, driver);
    QFETCH(QString, image);
    QFETCH(int, port);
    QFETCH(QStringList, environment);
    QFETCH(QString, database);
    QFETCH(QStringList, setup);
    QFETCH(QString, dialect);

    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    const auto config = DockerDevConfig::fromUrl(parsed.value(), kPassword);
    QVERIFY2(config, config ? "" : qPrintable(config.error().message));
    QCOMPARE(config->driver, driver);
    QCOMPARE(config->image, image);
    QCOMPARE(config->containerPort, port);
    QCOMPARE(config->environment, environment);
    QCOMPARE(config->database, database);
    QCOMPARE(config->setupStatements, setup);
    QCOMPARE(config->dialect(), dialect);
    QCOMPARE(dockerUrlDialect(parsed.value()).value(), dialect);
}

void TestDockerDevConfig::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown image")
        << QStringLiteral("docker://oracle/19/dev")
        << QStringLiteral("Unsupported docker image \"oracle\" in docker://oracle/19/dev: use "
                          "docker://mysql/8/dev, docker://mariadb/latest/dev or "
                          "docker://postgres/16/dev.");
    QTest::newRow("sqlite has no image")
        << QStringLiteral("docker://sqlite/3")
        << QStringLiteral("Unsupported docker image \"sqlite\" in docker://sqlite/3: use "
                          "docker://mysql/8/dev, docker://mariadb/latest/dev or "
                          "docker://postgres/16/dev.");
    const QString malformed =
        QStringLiteral("%1 is not a docker URL Strata can start: write "
                       "docker://<image>/<tag>/<database>, for example docker://mysql/8/dev.");
    QTest::newRow("no image") << QStringLiteral("docker://")
                              << malformed.arg(QStringLiteral("docker://"));
    QTest::newRow("extra segment") << QStringLiteral("docker://mysql/8/dev/extra")
                                   << malformed.arg(QStringLiteral("docker://mysql/8/dev/extra"));
    QTest::newRow("database without tag") << QStringLiteral("docker://mysql//dev")
                                          << malformed.arg(QStringLiteral("docker://mysql//dev"));
    QTest::newRow("not docker") << QStringLiteral("mysql://root@localhost/dev")
                                << malformed.arg(QStringLiteral("mysql://root@localhost/dev"));
}

void TestDockerDevConfig::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    const auto config = DockerDevConfig::fromUrl(parsed.value(), kPassword);
    QVERIFY(!config);
    QCOMPARE(config.error().message, error);
    QVERIFY(!dockerUrlDialect(parsed.value()));
}

void TestDockerDevConfig::runArguments_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("arguments");

    // Atlas runs `docker run --rm --detach -e ... -p <free port>:<port> <image>`; Strata adds a
    // name (to remove a container whose id never arrived) and lets docker pick the port on
    // loopback.
    const QStringList head = {QStringLiteral("run"), QStringLiteral("--rm"),
                              QStringLiteral("--detach"), QStringLiteral("--name"),
                              QStringLiteral("strata-dev-test")};
    QTest::newRow("mysql") << QStringLiteral("docker://mysql/8/dev")
                           << head + QStringList{QStringLiteral("-e"),
                                                 QStringLiteral("MYSQL_ROOT_PASSWORD=secret"),
                                                 QStringLiteral("-e"),
                                                 QStringLiteral("MYSQL_DATABASE=dev"),
                                                 QStringLiteral("-p"),
                                                 QStringLiteral("127.0.0.1::3306"),
                                                 QStringLiteral("arigaio/mysql:8")};
    QTest::newRow("mariadb") << QStringLiteral("docker://mariadb/latest")
                             << head + QStringList{QStringLiteral("-e"),
                                                   QStringLiteral("MYSQL_ROOT_PASSWORD=secret"),
                                                   QStringLiteral("-p"),
                                                   QStringLiteral("127.0.0.1::3306"),
                                                   QStringLiteral("arigaio/mariadb:latest")};
    QTest::newRow("postgres") << QStringLiteral("docker://postgres/16/dev?search_path=public")
                              << head + QStringList{QStringLiteral("-e"),
                                                    QStringLiteral("POSTGRES_PASSWORD=secret"),
                                                    QStringLiteral("-e"),
                                                    QStringLiteral("POSTGRES_DB=dev"),
                                                    QStringLiteral("-p"),
                                                    QStringLiteral("127.0.0.1::5432"),
                                                    QStringLiteral("postgres:16")};
}

void TestDockerDevConfig::runArguments()
{
    QFETCH(QString, url);
    QFETCH(QStringList, arguments);
    QCOMPARE(
        configFor(url).runArguments(QStringLiteral("strata-dev-test"), QStringLiteral("127.0.0.1")),
        arguments);
}

void TestDockerDevConfig::publishesOnEveryInterfaceOfARemoteEngine()
{
    const QStringList arguments =
        configFor(QStringLiteral("docker://postgres/16")).runArguments(QStringLiteral("n"), {});
    QCOMPARE(
        arguments.mid(arguments.size() - 3),
        (QStringList{QStringLiteral("-p"), QStringLiteral("5432"), QStringLiteral("postgres:16")}));
}

void TestDockerDevConfig::databaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("unmasked");

    QTest::newRow("mysql") << QStringLiteral("docker://mysql/8/dev")
                           << QStringLiteral("mysql://root:****@127.0.0.1:49153/dev")
                           << QStringLiteral("mysql://root:secret@127.0.0.1:49153/dev");
    QTest::newRow("mysql server scope")
        << QStringLiteral("docker://mysql/8") << QStringLiteral("mysql://root:****@127.0.0.1:49153")
        << QStringLiteral("mysql://root:secret@127.0.0.1:49153");
    QTest::newRow("maria keeps its parameters, drops verbose")
        << QStringLiteral("docker://maria/latest/dev?v&timeout=30s")
        << QStringLiteral("mariadb://root:****@127.0.0.1:49153/dev?timeout=30s")
        << QStringLiteral("mariadb://root:secret@127.0.0.1:49153/dev?timeout=30s");
    QTest::newRow("postgres search_path")
        << QStringLiteral("docker://postgres/16/dev?search_path=public")
        << QStringLiteral("postgres://postgres:****@127.0.0.1:49153/dev?sslmode=disable&"
                          "search_path=public")
        << QStringLiteral("postgres://postgres:secret@127.0.0.1:49153/dev?sslmode=disable&"
                          "search_path=public");
    QTest::newRow("postgres sslmode is the container's")
        << QStringLiteral("docker://postgres/16?sslmode=require")
        << QStringLiteral("postgres://postgres:****@127.0.0.1:49153/postgres?sslmode=disable")
        << QStringLiteral("postgres://postgres:secret@127.0.0.1:49153/postgres?sslmode=disable");
}

void TestDockerDevConfig::databaseUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, masked);
    QFETCH(QString, unmasked);
    const auto database = configFor(url).databaseUrl(QStringLiteral("127.0.0.1"), 49153);
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    QCOMPARE(database->toString(), masked);
    QCOMPARE(database->toString(false), unmasked);
}

void TestDockerDevConfig::serverUrlsLeaveTheDatabaseOut()
{
    const auto mysql = configFor(QStringLiteral("docker://mysql/8/dev?tls=false"))
                           .serverUrl(QStringLiteral("127.0.0.1"), 49153);
    QVERIFY(mysql);
    QCOMPARE(mysql->toString(), QStringLiteral("mysql://root:****@127.0.0.1:49153?timeout=2s"));
    const auto postgres = configFor(QStringLiteral("docker://postgres/16/dev?search_path=public"))
                              .serverUrl(QStringLiteral("docker.example"), 5432);
    QVERIFY(postgres);
    QCOMPARE(postgres->toString(),
             QStringLiteral("postgres://postgres:****@docker.example:5432/postgres?sslmode=disable&"
                            "connect_timeout=2"));
}

void TestDockerDevConfig::readsThePublishedPort_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("port");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1:49153\n") << 49153;
    QTest::newRow("both families") << QStringLiteral("0.0.0.0:32768\n[::]:32768\n") << 32768;
    QTest::newRow("nothing") << QString() << 0;
    QTest::newRow("garbage") << QStringLiteral("Error: No public port '3306/tcp' published") << 0;
}

void TestDockerDevConfig::readsThePublishedPort()
{
    QFETCH(QString, output);
    QFETCH(int, port);
    const auto parsed = parseDockerPortOutput(output);
    if (port == 0) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.startsWith(
            QLatin1String("docker did not report the container's published port")));
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed.value(), port);
    }
}

void TestDockerDevConfig::endpointFollowsDockerHost_data()
{
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("publishHost");
    QTest::addColumn<QString>("connectHost");
    const QString loopback = QStringLiteral("127.0.0.1");
    QTest::newRow("unset") << QString() << loopback << loopback;
    QTest::newRow("unix socket") << QStringLiteral("unix:///var/run/docker.sock") << loopback
                                 << loopback;
    QTest::newRow("tcp") << QStringLiteral("tcp://build-box:2376") << QString()
                         << QStringLiteral("build-box");
    QTest::newRow("ssh") << QStringLiteral("ssh://me@build-box") << QString()
                         << QStringLiteral("build-box");
}

void TestDockerDevConfig::endpointFollowsDockerHost()
{
    QFETCH(QString, dockerHost);
    QFETCH(QString, publishHost);
    QFETCH(QString, connectHost);
    const DockerEndpoint endpoint = DockerEndpoint::forDockerHost(dockerHost);
    QCOMPARE(endpoint.publishHost, publishHost);
    QCOMPARE(endpoint.connectHost, connectHost);
}

QTEST_GUILESS_MAIN(TestDockerDevConfig)
#include "tst_dockerdevconfig.moc"
