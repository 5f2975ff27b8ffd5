#include "migratediffaction.h"

#include "actions/schemadiffaction.h"
#include "docker/dockerdevdatabase.h"
#include "load/boundschema.h"
#include "migrate/migrationversion.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateDiffTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MigrateDiff)
};

Expected<PlannedMigration> planOnDevDatabase(const MigrateDiffRequest &request,
                                             const MigrationDir &dir, const DatabaseUrl &devUrl,
                                             const TaskControl &control)
{
    PlannedMigration planned;
    auto files = dir.files();
    if (!files)
        return files.error();
    auto replayed = replayMigrations(files.value(), devUrl, control);
    if (!replayed)
        return replayed.error();
    planned.filesReplayed = replayed->filesRun;
    planned.current = std::move(replayed->realm);

    LoadRequest to = request.to;
    to.devUrl = devUrl;
    control.report(MigrateDiffTr::tr("Loading the desired schema (%1)").arg(to.displayName));
    auto desired = loadSchema(to, control);
    if (!desired)
        return desired.error();
    if (desired->database.database != replayed->database.database) {
        return Error{
            MigrateDiffTr::tr("The desired schema (%1) is %2, the dev database is %3: "
                              "both must be the same kind of database.")
                .arg(to.displayName,
                     desired->database.database->displayName(desired->database.flavour),
                     replayed->database.database->displayName(replayed->database.flavour))};
    }
    planned.desired = std::move(desired->realm);
    // The flavour the dev server speaks (MariaDB or MySQL 8) decides the spelling.
    planned.database = desired->database;
    auto diff =
        diffRealms(planned.current, planned.desired, planned.database.dialect(), request.diff);
    if (!diff)
        return diff.error();
    planned.diff = std::move(diff.value());
    PlanOptions options = request.plan;
    // Atlas qualifies table names unless the dev database is bound to one schema.
    options.qualify =
        options.qualify || !options.qualifier.isEmpty() || boundSchema(request.devUrl).isEmpty();
    auto plan = planChanges(planned.database, planned.diff, options);
    if (!plan)
        return plan.error();
    planned.plan = std::move(plan.value());
    return planned;
}

} // namespace

Expected<PlannedMigration> planMigration(const MigrateDiffRequest &request,
                                         const TaskControl &control)
{
    auto dir = MigrationDir::open(request.dirPath);
    if (!dir)
        return dir.error();
    auto checksum = validateChecksum(dir.value());
    if (!checksum)
        return checksum.error();
    if (!checksum->isValid()) {
        PlannedMigration planned;
        planned.checksum = checksum.value();
        return planned;
    }
    if (request.devUrl.scheme() != DatabaseUrl::Scheme::Docker)
        return planOnDevDatabase(request, dir.value(), request.devUrl, control);
    // One container serves the replay and the desired schema, and goes when planning is done.
    auto container = DockerDevDatabase::start(request.devUrl, DockerUrlUse::DevDatabase, control);
    if (!container)
        return container.error();
    return planOnDevDatabase(request, dir.value(), container.value()->url(), control);
}

Expected<QString> writeMigration(const QString &dirPath, const QString &name,
                                 const QByteArray &contents, const QDateTime &now)
{
    auto dir = MigrationDir::open(dirPath, MigrationDir::IfMissing::Create);
    if (!dir)
        return dir.error();
    const QString fileName = migrationFileName(newMigrationVersion(now), name);
    if (QFileInfo::exists(dir->path() + QLatin1Char('/') + fileName)) {
        return Error{MigrateDiffTr::tr("%1 already exists in %2: wait a second and try again, so "
                                       "the new file gets a version of its own.")
                         .arg(fileName, dirPath)};
    }
    if (Status written = dir->write(fileName, contents); !written)
        return written.error();
    if (Status summed = dir->writeSumFile(); !summed)
        return summed.error();
    return fileName;
}

} // namespace strata
