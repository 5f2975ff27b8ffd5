#pragma once

class QProcess;

namespace strata {

/// Makes the child the leader of a new process group before it execs, so that everything it
/// starts can be stopped together with stopProcessTree(). Call before QProcess::start().
void startInOwnProcessGroup(QProcess &process);

/// Stops the process and every process in its group: SIGTERM, then SIGKILL after a grace
/// period, and waits until the process is reaped.
void stopProcessTree(QProcess &process);

} // namespace strata
