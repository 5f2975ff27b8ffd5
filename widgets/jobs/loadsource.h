#pragma once

#include "load/schemaloader.h"
#include "util/expected.h"

#include <QString>

namespace strata {

/// What the user asked to open, resolved to a load request plus the texts the window shows.
struct LoadSource
{
    LoadRequest request;
    /// File name for files, the masked URL otherwise: safe for titles, messages and logs.
    QString displayName;
    /// What Recent Files remembers; empty when it must not be stored (a URL with a password).
    QString recentEntry;
};

/// Resolves a local path or a URL. A file whose first 16 bytes are the SQLite header, or named
/// *.db / *.sqlite / *.sqlite3, becomes a sqlite:// URL; other files become file:// URLs of
/// SQLite DDL; text containing "://" is parsed as a URL.
Expected<LoadSource> resolveLoadSource(const QString &pathOrUrl);

} // namespace strata
