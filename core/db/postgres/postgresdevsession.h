#pragma once

#include "db/devsession.h"
#include "url/databaseurl.h"

#include <memory>

namespace strata {

/// The PostgreSQL dev session: a scratch database (`strata_dev_<hex>`) on the dev server,
/// where the statements run with search_path set to the dev URL's schema (public when it names
/// none), so nothing they do reaches the dev database itself. The database is dropped when
/// the session ends. The dev user needs CREATEDB.
Expected<std::unique_ptr<DevSession>> openPostgresDevSession(const DatabaseUrl &devUrl,
                                                             const TaskControl &control);

} // namespace strata
