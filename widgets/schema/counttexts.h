#pragma once

#include <QString>

namespace strata {

/// "1 table" / "12 tables": proper English without a translation loaded, %n plural forms for
/// translators.
QString tableCountText(int count);

} // namespace strata
