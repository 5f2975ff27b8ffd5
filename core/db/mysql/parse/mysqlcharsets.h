#pragma once

#include "mysqlparseoptions.h"

#include <QString>

namespace strata {

/// The charset name the server reports for a spelling: `utf8` is `utf8mb3` on MariaDB 10.6+
/// and MySQL 8.0.30+; other names lower-cased.
QString mysqlCanonicalCharset(const QString &charset);

/// The collation name the server reports: `utf8_bin` is `utf8mb3_bin`; lower-cased.
QString mysqlCanonicalCollation(const QString &collation);

/// The collation a charset gets when none is named (`latin1` → `latin1_swedish_ci`); the
/// flavour's default for utf8mb4 (MariaDB utf8mb4_general_ci, MySQL 8 utf8mb4_0900_ai_ci).
QString mysqlDefaultCollation(const QString &charset, const MysqlParseOptions &options);

/// The charset a collation belongs to (`utf8mb4_bin` → `utf8mb4`, `binary` → `binary`).
QString mysqlCharsetOfCollation(const QString &collation);

/// The binary collation of a charset, which the BINARY type attribute selects (`utf8mb4_bin`).
QString mysqlBinaryCollation(const QString &charset);

} // namespace strata
