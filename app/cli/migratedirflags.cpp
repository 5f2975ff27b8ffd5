#include "migratedirflags.h"

#include "migrate/checksumcheck.h"
#include "migrate/migrationdirurl.h"
#include "projectflags.h"

#include <QCoreApplication>
#include <QDir>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateDirFlagsTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::MigrateDirFlags)
};

const QString kDir = QStringLiteral("dir");
const QString kDirFormat = QStringLiteral("dir-format");

} // namespace

void addMigrateDirFlags(FlagSet &flags)
{
    flags.addString(kDir);
    flags.addString(kDirFormat);
    flags.addBool(QStringLiteral("help"), QLatin1Char('h'));
    addProjectFlags(flags);
}

Expected<MigrationDir> selectMigrationDir(const FlagSet &flags, MigrationDir::IfMissing ifMissing)
{
    auto selection = selectProject(flags);
    if (!selection)
        return selection.error();
    // As Atlas's setMigrateEnvFlags: an env attribute fills a flag the command line left unset.
    QString url = kDefaultMigrationDirUrl;
    QString format = flags.value(kDirFormat);
    bool fromProject = false;
    if (flags.isSet(kDir)) {
        url = flags.value(kDir);
    } else if (*selection && !(*selection)->env.migration.dir.isEmpty()) {
        url = (*selection)->env.migration.dir;
        fromProject = true;
    }
    if (!flags.isSet(kDirFormat) && *selection)
        format = (*selection)->env.migration.format;
    auto location = parseMigrationDirUrl(url, format);
    if (!location)
        return location.error();
    QString path = location->path;
    if (fromProject && QDir::isRelativePath(path))
        path = QDir((*selection)->project.directory()).filePath(path);
    return MigrationDir::open(path, ifMissing);
}

bool checkMigrationDir(const MigrationDir &dir, CliContext &context, int *exitCode)
{
    auto report = validateChecksum(dir);
    if (!report) {
        *exitCode = fail(context, report.error().message);
        return false;
    }
    if (report->isValid())
        return true;
    context.out << report->guidance();
    context.out.flush();
    *exitCode = fail(context, report->errorText());
    return false;
}

QString migrateFlagsUsage(const QString &command, const QStringList &extraFlags)
{
    QString text = MigrateDirFlagsTr::tr(
        "Flags:\n"
        "      --dir string          select migration directory using URL format (default "
        "\"file://migrations\")\n"
        "      --dir-format string   select migration file format (default \"atlas\")\n");
    for (const QString &line : extraFlags)
        text += line + QLatin1Char('\n');
    text += MigrateDirFlagsTr::tr("  -h, --help                help for %1\n").arg(command);
    text += MigrateDirFlagsTr::tr(
        "\n"
        "Global Flags:\n"
        "  -c, --config string        select config (project) file using URL format (default "
        "\"file://atlas.hcl\")\n"
        "      --env string           set which env from the config file to use\n"
        "      --var <name>=<value>   input variables (default [])\n");
    return text;
}

} // namespace strata::cli
