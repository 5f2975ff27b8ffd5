#pragma once

#include <QByteArray>
#include <QString>

namespace strata {

/// One file of a migration directory: `<version>[_<description>].sql` and its exact bytes
/// (Atlas's LocalFile). Versions are plain strings compared byte by byte, never numbers.
struct MigrationFile
{
    QString name;
    /// The raw content: no newline or encoding normalisation, as atlas.sum hashes it.
    QByteArray bytes;

    /// The name without `.sql`, up to the first `_`: `1.a_sub.up.sql` is version `1.a`.
    QString version() const;
    /// The name after the first `_`, without `.sql`; empty when there is no `_`.
    QString description() const;
};

/// Atlas's order of files and versions: plain byte-wise comparison of the UTF-8 names, so
/// `10_b.sql` sorts before `1_a.sql` (`0` is 0x30, `_` is 0x5F).
bool migrationNameLess(const QString &left, const QString &right);

} // namespace strata
