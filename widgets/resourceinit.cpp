#include "resourceinit.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initResourcesOutsideNamespace()
{
    Q_INIT_RESOURCE(resources);
}

namespace strata {

void initWidgetResources()
{
    initResourcesOutsideNamespace();
}

} // namespace strata
