#pragma once

#include "url/databaseurl.h"

#include <QString>

namespace strata {

/// The schema a URL is bound to, as Atlas's sqlclient.URL.Schema: "main" for SQLite, the MySQL
/// database in the path, PostgreSQL's search_path, docker:// dev URLs alike; empty when the URL
/// covers a whole server (whose schemas --schema may then choose) or is no database URL.
QString boundSchema(const DatabaseUrl &url);

} // namespace strata
