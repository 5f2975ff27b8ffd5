#pragma once

#include "db/devsession.h"
#include "url/databaseurl.h"

#include <memory>

namespace strata {

/// The SQLite dev session: a private in-memory database, whatever the dev URL names, as Atlas's
/// `sqlite://dev?mode=memory` is; it goes away with the session.
Expected<std::unique_ptr<DevSession>> openSqliteDevSession(const DatabaseUrl &devUrl);

} // namespace strata
