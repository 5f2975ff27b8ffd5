#include "dockercommand.h"

#include "url/databaseurl.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class DockerCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::DockerCommand)
};

/// How often the wait wakes to check Cancel and the clock.
constexpr int kPollMs = 50;

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(5'000);
}

/// Runs docker to its end; an Error only when it could not start, was cancelled or timed out.
Expected<Finished> runToEnd(const QString &program, const QStringList &arguments, int timeoutMs,
                            const TaskControl *control)
{
    const QString subcommand = QLatin1String("docker ") + arguments.value(0);
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        return Error{
            DockerCommandTr::tr("Cannot start %1: %2").arg(subcommand, process.errorString())};
    }
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(kPollMs)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (control && control->isCancelled()) {
            stop(process);
            return Error::cancellation();
        }
        if (clock.elapsed() > timeoutMs) {
            stop(process);
            return Error{DockerCommandTr::tr("%1 did not finish within %2 s and was stopped.")
                             .arg(subcommand)
                             .arg(timeoutMs / 1000)};
        }
    }
    Finished finished;
    finished.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    finished.out = QString::fromUtf8(process.readAllStandardOutput());
    finished.err = maskPasswordsIn(QString::fromUtf8(process.readAllStandardError()).trimmed());
    qCDebug(lcDocker) << subcommand << "exited with" << finished.exitCode << "after"
                      << clock.elapsed() << "ms";
    return finished;
}

} // namespace

QString findDockerProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("docker"));
}

bool dockerEngineAnswers(const QString &program, int timeoutMs, QString *why)
{
    if (program.isEmpty()) {
        if (why)
            *why = QStringLiteral("docker is not in PATH");
        return false;
    }
    // The client answers `docker --version` on its own; `docker version` with the server's
    // field fails unless an engine is reachable.
    const auto finished = runToEnd(program,
                                   {QStringLiteral("version"), QStringLiteral("--format"),
                                    QStringLiteral("{{.Server.Version}}")},
                                   timeoutMs, nullptr);
    if (!finished) {
        if (why)
            *why = finished.error().message;
        return false;
    }
    if (finished->exitCode != 0 || finished->out.trimmed().isEmpty()) {
        if (why)
            *why = finished->err;
        return false;
    }
    qCDebug(lcDocker) << "docker engine" << finished->out.trimmed();
    return true;
}

Expected<QString> runDocker(const QString &program, const QStringList &arguments, int timeoutMs,
                            const TaskControl &control)
{
    auto finished = runToEnd(program, arguments, timeoutMs, &control);
    if (!finished)
        return finished.error();
    if (finished->exitCode != 0) {
        const QString subcommand = QLatin1String("docker ") + arguments.value(0);
        if (finished->err.isEmpty())
            return Error{DockerCommandTr::tr("%1 failed with exit code %2.")
                             .arg(subcommand)
                             .arg(finished->exitCode)};
        return Error{DockerCommandTr::tr("%1 failed: %2").arg(subcommand, finished->err)};
    }
    return std::move(finished->out);
}

} // namespace strata
