#pragma once

class QCoreApplication;

namespace strata {

/// Loads the compiled translation for the system locale (if one is built in) into `app`.
void installTranslator(QCoreApplication &app);

} // namespace strata
