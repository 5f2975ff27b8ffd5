#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata migrate hash`: rewrites atlas.sum from the directory's files, as Atlas does.
int runMigrateHash(const QStringList &arguments, CliContext &context);

/// The text `strata migrate hash --help` prints.
QString migrateHashUsage();

} // namespace strata::cli
