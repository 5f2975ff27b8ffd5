#pragma once

#include "model/schema.h"

#include <QHash>
#include <QString>

namespace strata {

/// `-- atlas:pos Users[type=table] /abs/models/user.ts:4-14` directives, as the TypeScript
/// Sequelize provider prints them before the DDL: table name → where the model is defined.
/// Relative paths are resolved against `baseDirectory`. Lines that are not directives, and
/// malformed directives, are ignored (the DDL still loads).
QHash<QString, SourcePosition> parseAtlasPositions(const QString &ddl,
                                                   const QString &baseDirectory);

/// Sets Table::source for every table named in `positions` (exact name match, all schemas).
void applyAtlasPositions(Realm &realm, const QHash<QString, SourcePosition> &positions);

} // namespace strata
