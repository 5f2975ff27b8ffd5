#include "migratevalidatecommand.h"

#include "actions/replay.h"
#include "docker/dockerdevdatabase.h"
#include "migratedirflags.h"
#include "projectflags.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateValidateTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::MigrateValidate)
};

} // namespace

QString migrateValidateUsage()
{
    return MigrateValidateTr::tr(
               "'strata migrate validate' computes the integrity hash sum of "
               "the migration directory and compares it to the\n"
               "atlas.sum file. If there is a mismatch it will be reported.\n"
               "\n"
               "Usage:\n"
               "  strata migrate validate [flags]\n"
               "\n"
               "Examples:\n"
               "  strata migrate validate\n"
               "  strata migrate validate --dir "
               "\"file:///path/to/migration/directory\"\n"
               "  strata migrate validate --env dev\n"
               "  strata migrate validate --dev-url \"sqlite://dev?mode=memory\"\n"
               "\n") +
           migrateFlagsUsage(
               QStringLiteral("validate"),
               {MigrateValidateTr::tr("      --dev-url string      [driver://username:password@"
                                      "address/dbname?param=value] replay the files on this dev "
                                      "database")});
}

int runMigrateValidate(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addMigrateDirFlags(flags);
    flags.addString(QStringLiteral("dev-url"));
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << migrateValidateUsage();
        return 0;
    }
    if (!flags.positionalArguments().isEmpty()) {
        return fail(context,
                    MigrateValidateTr::tr(
                        "Unexpected argument \"%1\" (see 'strata migrate validate --help')")
                        .arg(flags.positionalArguments().constFirst()));
    }
    auto dir = selectMigrationDir(flags, MigrationDir::IfMissing::Fail);
    if (!dir)
        return fail(context, dir.error().message);
    int exitCode = 0;
    if (!checkMigrationDir(dir.value(), context, &exitCode))
        return exitCode;
    // With a dev database, Atlas also runs every file there (without a revisions table), and a
    // statement the database refuses fails the validation.
    auto selection = selectProject(flags);
    if (!selection)
        return fail(context, selection.error().message);
    QString devText = flags.value(QStringLiteral("dev-url"));
    if (!flags.isSet(QStringLiteral("dev-url")) && *selection)
        devText = (*selection)->env.dev;
    if (devText.isEmpty())
        return 0;
    auto resolved =
        *selection ? (*selection)->env.resolveEnvUrl(devText) : Expected<QString>(devText);
    if (!resolved)
        return fail(context, resolved.error().message);
    auto devUrl = DatabaseUrl::parse(resolved.value());
    if (!devUrl)
        return fail(context, devUrl.error().message);
    auto files = dir->files();
    if (!files)
        return fail(context, files.error().message);
    std::unique_ptr<DockerDevDatabase> container;
    DatabaseUrl replayUrl = devUrl.value();
    if (replayUrl.scheme() == DatabaseUrl::Scheme::Docker) {
        auto started =
            DockerDevDatabase::start(replayUrl, DockerUrlUse::DevDatabase, TaskControl());
        if (!started)
            return fail(context, started.error().message);
        container = std::move(started.value());
        replayUrl = container->url();
    }
    auto replayed = replayMigrations(files.value(), replayUrl, TaskControl());
    if (!replayed)
        return fail(context, replayed.error().message);
    return 0;
}

} // namespace strata::cli
