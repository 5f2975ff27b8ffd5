#pragma once

#include "util/expected.h"

#include <QString>

namespace strata {

/// Where `--dir` or an env's `migration { dir = ... }` points: a local folder in Atlas's format.
struct MigrationDirLocation
{
    /// The folder, as Atlas joins the URL's host and path (`file://migrations` is
    /// `migrations`, relative to the working directory; `file:///abs/dir` is absolute).
    QString path;
};

/// The default of `--dir`, as in Atlas.
inline const QString kDefaultMigrationDirUrl = QStringLiteral("file://migrations");

/// Reads a migration directory URL as Atlas's cmdmigrate.DirURL does: `file://` with an empty
/// path means `migrations`; `?format=` (or `dirFormat` when the URL has none, Atlas's
/// --dir-format) must be `atlas`, the only format Strata reads and writes. Errors keep Atlas's
/// words where Atlas has them.
Expected<MigrationDirLocation> parseMigrationDirUrl(const QString &url,
                                                    const QString &dirFormat = QString());

} // namespace strata
