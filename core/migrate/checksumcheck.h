#pragma once

#include "hashfile.h"
#include "migrationdir.h"
#include "util/expected.h"

#include <QString>

#include <optional>

namespace strata {

/// The first line of atlas.sum that disagrees with the directory, as Atlas reports it
/// (`L3: 2_add.sql was edited`). Lines count from 1, the sum being line 1.
struct ChecksumProblem
{
    enum class Reason
    {
        Added,
        Edited,
        Removed
    };

    int line = 0;
    QString file;
    Reason reason = Reason::Edited;

    /// "added", "edited" or "removed", as Atlas prints them.
    QString reasonText() const;
    bool operator==(const ChecksumProblem &) const = default;
};

/// The outcome of checking a migration directory against its atlas.sum (`migrate validate`).
struct ChecksumReport
{
    enum class Outcome
    {
        Valid,
        /// Files but no atlas.sum ("checksum file not found").
        SumFileMissing,
        /// A line of atlas.sum without `h1:` ("checksum file format invalid").
        FormatInvalid,
        /// atlas.sum disagrees with itself or with the files ("checksum mismatch").
        Mismatch
    };

    Outcome outcome = Outcome::Valid;
    /// Which line disagrees with the files; none when atlas.sum is inconsistent in itself.
    std::optional<ChecksumProblem> problem;

    bool isValid() const { return outcome == Outcome::Valid; }
    /// Atlas's error: "checksum mismatch", "checksum file not found", ...; empty when valid.
    QString errorText() const;
    /// What Atlas prints before that error: the "You have a checksum error ..." guidance, with
    /// the problem line when there is one.
    QString guidance() const;
};

/// The first entry where `stored` and `computed` part: removed when its file is gone, edited
/// when the same file sits at the same line, otherwise the computed file there was added.
/// Nothing when they agree.
std::optional<ChecksumProblem> firstChecksumProblem(const HashFile &stored,
                                                    const HashFile &computed);

/// Atlas's migrate.Validate: a directory without atlas.sum is valid only while it has no files.
/// Fails only when the directory cannot be read.
Expected<ChecksumReport> validateChecksum(const MigrationDir &dir);

} // namespace strata
