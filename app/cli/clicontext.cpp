#include "clicontext.h"

namespace strata::cli {

int fail(CliContext &context, const QString &message)
{
    context.err << "Error: " << message << Qt::endl;
    return 1;
}

} // namespace strata::cli
