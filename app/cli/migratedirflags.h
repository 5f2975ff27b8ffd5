#pragma once

#include "clicontext.h"
#include "flagset.h"
#include "migrate/migrationdir.h"
#include "util/expected.h"

#include <QString>
#include <QStringList>

namespace strata::cli {

/// Adds the flags every `migrate` subcommand shares with Atlas: --dir (default
/// file://migrations), --dir-format (atlas), -h/--help and the project flags.
void addMigrateDirFlags(FlagSet &flags);

/// The migration directory the flags name: --dir, else the env's `migration { dir }` (relative
/// to the project folder, as every path of a project), else file://migrations in the working
/// directory. `ifMissing` says whether a missing directory is created (`migrate new`).
Expected<MigrationDir> selectMigrationDir(const FlagSet &flags, MigrationDir::IfMissing ifMissing);

/// Atlas's checkDir: validates atlas.sum; on a problem prints Atlas's guidance on stdout and
/// `Error: checksum mismatch` (or the other reason) on stderr. Returns whether it was valid;
/// `exitCode` gets 1 on failure.
bool checkMigrationDir(const MigrationDir &dir, CliContext &context, int *exitCode);

/// The Flags and Global Flags part of a `migrate` subcommand's help. `extraFlags` are the
/// command's own lines, printed after --dir and --dir-format.
QString migrateFlagsUsage(const QString &command, const QStringList &extraFlags = {});

} // namespace strata::cli
