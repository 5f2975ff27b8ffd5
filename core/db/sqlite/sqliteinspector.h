#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QSqlDatabase>
#include <QString>

namespace strata {

/// Inspects schema `schemaName` ("main") of an open SQLite database in a constant number of
/// queries (table-valued pragma functions joined with sqlite_master), never one query per table.
/// Must run on the thread that opened `db`. Reports stages and honours cancel between them.
Expected<Schema> inspectSqliteSchema(const QSqlDatabase &db, const QString &schemaName,
                                     const TaskControl &control);

} // namespace strata
