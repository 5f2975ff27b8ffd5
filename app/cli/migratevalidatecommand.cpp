#include "migratevalidatecommand.h"

#include "migratedirflags.h"

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
    return MigrateValidateTr::tr("'strata migrate validate' computes the integrity hash sum of "
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
                                 "\n") +
           migrateFlagsUsage(QStringLiteral("validate"));
}

int runMigrateValidate(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addMigrateDirFlags(flags);
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
    checkMigrationDir(dir.value(), context, &exitCode);
    return exitCode;
}

} // namespace strata::cli
