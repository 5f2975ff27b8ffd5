#pragma once

#include <QString>

namespace strata {

/// The project file a path opens: `path/atlas.hcl` for a folder holding one, the path itself
/// for a *.hcl file; empty when the path is not a project (a database, a .sql file, a URL).
QString projectConfigPath(const QString &path);

} // namespace strata
