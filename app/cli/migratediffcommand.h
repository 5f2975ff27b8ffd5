#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata migrate diff [name]`: replays the migration directory on the dev database, compares
/// it with the desired schema (--to, or the env's src) and writes the next migration file and
/// atlas.sum, as Atlas's `migrate diff` does. Same core calls as Generate Migration.
int runMigrateDiff(const QStringList &arguments, CliContext &context);

/// The text `strata migrate diff --help` prints.
QString migrateDiffUsage();

} // namespace strata::cli
