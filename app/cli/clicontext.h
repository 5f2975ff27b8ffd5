#pragma once

#include <QTextStream>

namespace strata::cli {

/// Where a subcommand writes: stdout for results, stderr for errors and warnings.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

/// Prints `Error: <message>` on stderr (as the Atlas CLI does) and returns exit code 1.
int fail(CliContext &context, const QString &message);

} // namespace strata::cli
