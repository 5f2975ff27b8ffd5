#pragma once

#include "clicontext.h"

#include <QStringList>

namespace strata::cli {

/// `strata schema inspect`: loads a schema (database URL or DDL file) and prints it as Atlas HCL
/// or SQL. Same core call as the GUI's Open actions.
int runSchemaInspect(const QStringList &arguments, CliContext &context);

/// The text `strata schema inspect --help` prints.
QString schemaInspectUsage();

} // namespace strata::cli
