#include "error.h"

#include <QCoreApplication>

namespace strata {

Error Error::cancellation()
{
    return Error{QCoreApplication::translate("strata::Error", "Cancelled."), true};
}

} // namespace strata
