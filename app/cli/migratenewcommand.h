#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata migrate new [name]`: adds an empty `<UTC timestamp>[_name].sql` and rehashes, after
/// the same checksum check as Atlas.
int runMigrateNew(const QStringList &arguments, CliContext &context);

/// The text `strata migrate new --help` prints.
QString migrateNewUsage();

} // namespace strata::cli
