#pragma once

#include <QDateTime>
#include <QString>

namespace strata {

/// A new migration's version: the UTC time as `YYYYMMDDHHMMSS` (Go layout 20060102150405,
/// Atlas's migrate.NewVersion and the `now` of its file name template).
QString newMigrationVersion(const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Atlas's default file name: `<version>[_<name>].sql`.
QString migrationFileName(const QString &version, const QString &name);

} // namespace strata
