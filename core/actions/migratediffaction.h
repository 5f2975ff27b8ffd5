#pragma once

#include "actions/replay.h"
#include "diff/differ.h"
#include "diff/planner.h"
#include "load/schemaloader.h"
#include "migrate/checksumcheck.h"
#include "migrate/migrationdir.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace strata {

/// `atlas migrate diff`: the one options object of the CLI verb and Generate Migration.
struct MigrateDiffRequest
{
    QString dirPath;
    /// The desired schema (the env's src, a file, a database); loaded through `devUrl`.
    LoadRequest to;
    /// The dev database the directory is replayed on (Atlas's --dev-url).
    DatabaseUrl devUrl;
    DiffOptions diff;
    /// indent from `{{ sql . "  " }}`, qualifier from --qualifier; qualification is decided by
    /// the dev URL's binding, as Atlas decides it.
    PlanOptions plan;
};

/// What a migration would be, before anything is written.
struct PlannedMigration
{
    /// The directory's atlas.sum did not match its files: nothing was replayed or planned;
    /// `checksum` says why.
    ChecksumReport checksum;
    Realm current;
    Realm desired;
    DatabaseChoice database;
    SchemaDiff diff;
    Plan plan;
    int filesReplayed = 0;

    bool isSynced() const { return plan.isEmpty(); }
};

/// Validates the directory's atlas.sum, replays it on the dev database, loads the desired
/// schema and plans the difference. Writes nothing. A docker:// dev URL starts one container
/// for both steps.
Expected<PlannedMigration> planMigration(const MigrateDiffRequest &request,
                                         const TaskControl &control);

/// Writes `contents` as `<version>[_<name>].sql` in the directory and rewrites atlas.sum; the
/// file name is returned. Fails, writing nothing, when that name exists.
Expected<QString> writeMigration(const QString &dirPath, const QString &name,
                                 const QByteArray &contents,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace strata
