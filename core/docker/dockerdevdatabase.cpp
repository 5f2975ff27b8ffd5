#include "dockerdevdatabase.h"

#include "db/registry.h"
#include "dockercommand.h"
#include "dockerdevconfig.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class DockerDevDatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::DockerDevDatabase)
};

/// A stopped engine makes the client fail in a fraction of a second; an engine that hangs
/// must not hold the load up for longer than this.
constexpr int kEngineCheckMs = 5'000;
/// `docker run` pulls a missing image first, which takes minutes on a slow network.
constexpr int kRunTimeoutMs = 15 * 60'000;
constexpr int kQuickCommandMs = 30'000;
/// Atlas waits one minute; the first boot of MySQL 8 on a small, busy machine can take longer.
constexpr int kReadyTimeoutMs = 120'000;
constexpr int kRetryPauseMs = 250;
/// How often the wait asks docker whether the container still runs.
constexpr int kAliveCheckMs = 2'000;

QString randomHex()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16)
        .rightJustified(16, QLatin1Char('0'));
}

/// Pauses without missing Cancel for longer than a poll.
void pause(int ms, const TaskControl &control)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && !control.isCancelled())
        QThread::msleep(50);
}

/// A failure to reach the server, worth retrying while it boots, or a failure of a setup
/// statement on a server that answered, which is final.
struct Attempt
{
    bool connected = false;
    Status status = Ok{};
};

Attempt runSetup(Connection &connection, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (Status done = connection.execute(statement); !done)
            return {true, done.error()};
    }
    return {true, Ok{}};
}

/// Connects to the server and runs the setup statements; the connection is closed afterwards,
/// as Atlas closes its ping connection.
Attempt tryServer(const DockerDevConfig &config, const DatabaseUrl &server)
{
    auto database = databaseByAlias(config.dialect());
    if (!database)
        return {false, database.error()};
    auto connection = database->database->openServer(server);
    if (!connection)
        return {false, connection.error()};
    return runSetup(*connection.value(), config.setupStatements);
}

/// Whether docker still lists the container as running; --rm removes one that exited.
bool containerRuns(const QString &program, const QString &name, const TaskControl &control)
{
    auto state = runDocker(program,
                           {QStringLiteral("inspect"), QStringLiteral("--format"),
                            QStringLiteral("{{.State.Running}}"), name},
                           kQuickCommandMs, control);
    return state && state->trimmed() == QLatin1String("true");
}

Status waitUntilReady(const DockerDevConfig &config, const DatabaseUrl &server,
                      const QString &program, const QString &name, const DatabaseUrl &dockerUrl,
                      const TaskControl &control)
{
    control.report(
        DockerDevDatabaseTr::tr("Waiting for %1 to accept connections").arg(config.image));
    QElapsedTimer clock;
    clock.start();
    qint64 lastAliveCheck = 0;
    while (true) {
        if (control.isCancelled())
            return Error::cancellation();
        const Attempt attempt = tryServer(config, server);
        if (attempt.status)
            return Ok{};
        if (attempt.connected) {
            return Error{DockerDevDatabaseTr::tr("Cannot create the database in the docker "
                                                 "container for %1: %2")
                             .arg(dockerUrl.toString(), attempt.status.error().message)};
        }
        if (clock.elapsed() > kReadyTimeoutMs) {
            return Error{DockerDevDatabaseTr::tr("The database in the docker container for %1 "
                                                 "did not accept connections within %2 s: %3")
                             .arg(dockerUrl.toString())
                             .arg(kReadyTimeoutMs / 1000)
                             .arg(attempt.status.error().message)};
        }
        if (clock.elapsed() - lastAliveCheck >= kAliveCheckMs) {
            lastAliveCheck = clock.elapsed();
            if (!containerRuns(program, name, control) && !control.isCancelled()) {
                return Error{DockerDevDatabaseTr::tr("The docker container for %1 stopped before "
                                                     "its database accepted connections. Check "
                                                     "that the image %2 starts with `docker run "
                                                     "%2`.")
                                 .arg(dockerUrl.toString(), config.image)};
            }
        }
        pause(kRetryPauseMs, control);
    }
}

} // namespace

QString dockerUnavailableMessage(DockerUrlUse use)
{
    if (use == DockerUrlUse::Source) {
        return DockerDevDatabaseTr::tr("docker is not available: set url to a mysql:// or "
                                       "postgres:// URL of a database");
    }
    return DockerDevDatabaseTr::tr("docker is not available: set dev to a mysql:// or "
                                   "postgres:// URL of a scratch database");
}

DockerDevDatabase::DockerDevDatabase(QString program, QString containerName)
    : m_program(std::move(program))
    , m_containerName(std::move(containerName))
{}

DockerDevDatabase::~DockerDevDatabase()
{
    // A fresh TaskControl: the load's may be cancelled, and the container must go regardless.
    const auto removed =
        runDocker(m_program, {QStringLiteral("rm"), QStringLiteral("-f"), m_containerName},
                  kQuickCommandMs, TaskControl());
    if (removed)
        qCDebug(lcDocker) << "removed container" << m_containerName;
    else if (m_created)
        qCWarning(lcDocker) << "could not remove container" << m_containerName << ":"
                            << removed.error().message;
    else
        qCDebug(lcDocker) << "no container" << m_containerName
                          << "to remove:" << removed.error().message;
}

Expected<std::unique_ptr<DockerDevDatabase>>
DockerDevDatabase::start(const DatabaseUrl &dockerUrl, DockerUrlUse use, const TaskControl &control)
{
    auto config = DockerDevConfig::fromUrl(dockerUrl, randomHex());
    if (!config)
        return config.error();
    const QString program = findDockerProgram();
    QString why;
    if (!dockerEngineAnswers(program, kEngineCheckMs, &why)) {
        qCDebug(lcDocker) << "docker is not available:" << why;
        return Error{dockerUnavailableMessage(use)};
    }
    if (control.isCancelled())
        return Error::cancellation();

    // From here on the container may exist, even when `docker run` fails or is cancelled
    // half-way: the handle removes it by name on every way out.
    std::unique_ptr<DockerDevDatabase> database(
        new DockerDevDatabase(program, QStringLiteral("strata-dev-") + randomHex()));
    const DockerEndpoint endpoint =
        DockerEndpoint::forDockerHost(qEnvironmentVariable("DOCKER_HOST"));
    const auto fail = [&](const Error &error) -> Error {
        if (error.cancelled)
            return error;
        return Error{DockerDevDatabaseTr::tr("Cannot start a docker container for %1: %2")
                         .arg(dockerUrl.toString(), error.message)};
    };

    control.report(DockerDevDatabaseTr::tr("Starting %1 in docker").arg(config->image));
    qCDebug(lcDocker) << "starting" << config->image << "as" << database->m_containerName;
    auto started =
        runDocker(program, config->runArguments(database->m_containerName, endpoint.publishHost),
                  kRunTimeoutMs, control);
    if (!started)
        return fail(started.error());
    database->m_created = true;
    auto portText = runDocker(program,
                              {QStringLiteral("port"), database->m_containerName,
                               QString::number(config->containerPort) + QLatin1String("/tcp")},
                              kQuickCommandMs, control);
    if (!portText)
        return fail(portText.error());
    auto port = parseDockerPortOutput(portText.value());
    if (!port)
        return fail(port.error());

    auto server = config->serverUrl(endpoint.connectHost, port.value());
    if (!server)
        return fail(server.error());
    if (Status ready = waitUntilReady(*config, server.value(), program, database->m_containerName,
                                      dockerUrl, control);
        !ready) {
        return ready.error();
    }
    auto url = config->databaseUrl(endpoint.connectHost, port.value());
    if (!url)
        return fail(url.error());
    database->m_url = url.value();
    qCDebug(lcDocker) << "ready:" << database->m_url.toString();
    return database;
}

} // namespace strata
