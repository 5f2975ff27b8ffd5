#pragma once

#include "hashfile.h"
#include "migrationfile.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// A local migration directory in Atlas's format (Atlas's LocalDir): the `*.sql` files of its
/// root in byte order of their names, and its atlas.sum. It knows no database. Writes are
/// atomic, so an interrupted write never leaves half a file for Atlas or Strata to hash.
class MigrationDir
{
public:
    enum class IfMissing
    {
        Fail,
        Create
    };

    static inline const QString kSumFileName = QStringLiteral("atlas.sum");

    /// The directory at `path`. A missing directory fails with Atlas's text (`sql/migrate:
    /// stat migrations: no such file or directory`) unless it may be created.
    static Expected<MigrationDir> open(const QString &path, IfMissing ifMissing = IfMissing::Fail);

    QString path() const { return m_path; }

    /// Every `*.sql` of the directory root (not sub-directories, case-sensitive suffix),
    /// ordered by migrationNameLess, with its bytes as on disk.
    Expected<QList<MigrationFile>> files() const;

    /// atlas.sum's bytes; nothing when the directory has none.
    Expected<std::optional<QByteArray>> readSumFile() const;

    /// atlas.sum as the files are now (`atlas migrate hash`).
    Expected<HashFile> checksum() const;

    /// Writes `name` in the directory through a temporary file renamed into place.
    Status write(const QString &name, const QByteArray &bytes) const;

    /// Recomputes atlas.sum from the files and writes it.
    Status writeSumFile() const;

private:
    explicit MigrationDir(QString path);
    QString filePath(const QString &name) const;

    QString m_path;
};

} // namespace strata
