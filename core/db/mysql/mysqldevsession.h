#pragma once

#include "db/devsession.h"
#include "url/databaseurl.h"

#include <memory>

namespace strata {

/// The MySQL/MariaDB dev session: a scratch schema (`strata_dev_<hex>`) on the dev server with
/// the dev database's charset and collation, selected with USE and dropped when the session
/// ends. The model is reported under the dev URL's database name (empty when it names none).
Expected<std::unique_ptr<DevSession>> openMysqlDevSession(const DatabaseUrl &devUrl,
                                                          const TaskControl &control);

} // namespace strata
