#pragma once

#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace strata {

/// An external schema program (atlas.hcl `data "external_schema"`): argv and where to run it.
struct ProgramInvocation
{
    /// argv; program[0] is looked up in PATH unless it contains a slash.
    QStringList program;
    /// Absolute folder the program runs in.
    QString workingDirectory;
    /// Killed (with its whole process tree) after this long.
    int timeoutMs = 120'000;
    /// More stdout than this is an error: a runaway program must not eat the machine's memory.
    qint64 maxOutputBytes = qint64(256) * 1024 * 1024;
};

/// What a successful run printed.
struct ProgramOutput
{
    /// stdout, decoded as UTF-8: the schema as SQL DDL.
    QString sql;
    /// stderr, decoded leniently; warnings the user should see (Sequelize prints some there).
    QString stderrText;
    qint64 elapsedMs = 0;
};

/// Runs the program to completion on the calling thread (any thread; no event loop needed) and
/// returns its stdout. A failure is an Error whose message says what failed, and ends with the
/// tail of stderr when there is one: program not found in PATH, not executable, crashed,
/// non-zero exit, timed out, more output than maxOutputBytes, stdout not UTF-8, empty stdout.
/// control.cancel() from another thread kills the process tree and returns Error::cancellation().
/// `onStderrLine` receives each complete stderr line as it arrives, on the calling thread.
Expected<ProgramOutput>
runSchemaProgram(const ProgramInvocation &invocation, const TaskControl &control,
                 const std::function<void(const QString &line)> &onStderrLine = {});

} // namespace strata
