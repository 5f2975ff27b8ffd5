#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// True when the arguments ask for a headless subcommand (or --help/--version) rather than the
/// GUI; a lone file or URL argument opens the GUI on it.
bool isCliInvocation(const QStringList &arguments);

/// Runs the Atlas-style subcommand in `arguments` (program name excluded); returns the exit code.
int runCommandLine(const QStringList &arguments, CliContext &context);

} // namespace strata::cli
