#pragma once

#include "model/schema.h"

#include <QString>

namespace strata {

class Dialect;

/// The realm as `atlas schema inspect` prints it (default format): tables first (schema order,
/// then table order as in the model), then schema blocks. Generic: the dialect supplies type
/// spelling and database-specific attributes.
QString writeAtlasHcl(const Realm &realm, const Dialect &dialect);

} // namespace strata
