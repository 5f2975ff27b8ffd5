#include "processtree.h"

#include <QProcess>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace strata {
namespace {

/// Long enough for node to flush and exit on SIGTERM, short enough that Cancel feels immediate.
constexpr int kGracePeriodMs = 1000;

} // namespace

void startInOwnProcessGroup(QProcess &process)
{
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

void stopProcessTree(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    const pid_t group = static_cast<pid_t>(process.processId());
    if (group > 0)
        ::kill(-group, SIGTERM);
    if (process.waitForFinished(kGracePeriodMs))
        return;
    if (group > 0)
        ::kill(-group, SIGKILL);
    process.waitForFinished(5000);
}

} // namespace strata
