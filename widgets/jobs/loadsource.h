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
    /// What Recent Files remembers: never a password (a server URL is stored without it).
    QString recentEntry;
    /// The dialect a .sql file is read in, remembered with recentEntry so Recent Files reopens
    /// it the same way; empty for databases, URLs and projects.
    QString sqlDialect;
    /// The atlas.hcl this load comes from, and the env as the window names it ("local", or
    /// "tenant (acme)" for an instance of a for_each env); empty unless it is a project's env.
    QString projectConfig;
    QString envLabel;
};

/// Resolves a local path or a URL. A file whose first 16 bytes are the SQLite header, or named
/// *.db / *.sqlite / *.sqlite3, becomes a sqlite:// URL; other files become file:// URLs of
/// DDL in `sqlDialect` (see sqlDialects()); text containing "://" is parsed as a URL.
Expected<LoadSource> resolveLoadSource(const QString &pathOrUrl,
                                       const QString &sqlDialect = QStringLiteral("sqlite"));
/// The same for a URL already parsed (File > Connect…), which keeps its password in memory.
LoadSource resolveLoadSource(const DatabaseUrl &url);
} // namespace strata
