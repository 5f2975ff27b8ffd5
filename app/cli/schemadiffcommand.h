#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata schema diff --from URL --to URL`: prints the SQL that migrates "from" to "to", as
/// Atlas's `schema diff` does. Same core call (runSchemaDiff) as the Diff page.
int runSchemaDiff(const QStringList &arguments, CliContext &context);

/// The text `strata schema diff --help` prints.
QString schemaDiffUsage();

} // namespace strata::cli
