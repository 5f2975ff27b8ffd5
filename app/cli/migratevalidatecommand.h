#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata migrate validate`: checks the migration directory against its atlas.sum and reports
/// the first disagreement as Atlas does.
int runMigrateValidate(const QStringList &arguments, CliContext &context);

/// The text `strata migrate validate --help` prints.
QString migrateValidateUsage();

} // namespace strata::cli
