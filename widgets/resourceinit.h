#pragma once

namespace strata {

/// Registers strata_widgets' resources (icons). A static library's resources are not linked in
/// on their own: main() and every widget test call this once before creating widgets.
void initWidgetResources();

} // namespace strata
