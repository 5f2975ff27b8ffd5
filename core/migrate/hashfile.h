#pragma once

#include "migrationfile.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// One line of atlas.sum after the first: a file and its cumulative hash (Base64, no `h1:`).
struct HashEntry
{
    QString name;
    QString hash;

    bool operator==(const HashEntry &) const = default;
};

/// atlas.sum, the integrity file of a migration directory (Atlas's migrate.HashFile).
class HashFile
{
public:
    HashFile() = default;
    explicit HashFile(QList<HashEntry> entries);

    /// The hashes of `files` (already in directory order): one SHA-256 runs over every file's
    /// name and then its bytes, and each file's hash is a snapshot of it. A file starting with
    /// `atlas:sum ignore` adds its name to the running hash but gets no line.
    static HashFile compute(const QList<MigrationFile> &files);

    enum class ParseFailure
    {
        FormatInvalid,
        Mismatch
    };

    /// Reads atlas.sum as Atlas's UnmarshalText does: the first line is the sum; each other
    /// line splits at its first `h1:`. Fails with "checksum file format invalid" for a line
    /// without `h1:`, and "checksum mismatch" when the lines do not add up to the first line;
    /// `failure` (when given) tells which.
    static Expected<HashFile> parse(const QByteArray &text, ParseFailure *failure = nullptr);

    /// atlas.sum's text: `h1:<sum>`, then `<name> h1:<hash>` per file; LF, final newline.
    QByteArray serialize() const;

    /// The first line's value: SHA-256 over each entry's name and hash, in Base64.
    QString sum() const;

    const QList<HashEntry> &entries() const { return m_entries; }
    /// The hash atlas.sum holds for `name` (the revisions table's `hash` column).
    std::optional<QString> hashOf(const QString &name) const;

    bool operator==(const HashFile &) const = default;

private:
    QList<HashEntry> m_entries;
};

} // namespace strata
