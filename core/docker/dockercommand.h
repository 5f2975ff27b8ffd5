#pragma once

#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

namespace strata {

/// The docker client as found in PATH; empty when docker is not installed.
QString findDockerProgram();

/// Whether a docker engine answers `docker version` within `timeoutMs`. When it does not,
/// `why` (if given) receives docker's own explanation, for the debug log.
bool dockerEngineAnswers(const QString &program, int timeoutMs, QString *why = nullptr);

/// Runs the docker client with `arguments` on the calling thread (any thread; no event loop
/// needed) and returns its stdout when it exits with 0. Otherwise the Error names the docker
/// subcommand and quotes docker's stderr with passwords masked; the arguments themselves are
/// never quoted, because `docker run -e` carries the database password. Cancel and
/// `timeoutMs` kill the client.
Expected<QString> runDocker(const QString &program, const QStringList &arguments, int timeoutMs,
                            const TaskControl &control);

} // namespace strata
