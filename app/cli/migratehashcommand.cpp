#include "migratehashcommand.h"

#include "migratedirflags.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateHashTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::MigrateHash)
};

} // namespace

QString migrateHashUsage()
{
    return MigrateHashTr::tr("'strata migrate hash' computes the integrity hash sum of the "
                             "migration directory and stores it in the atlas.sum file.\n"
                             "This command should be used whenever a manual change in the "
                             "migration directory was made.\n"
                             "\n"
                             "Usage:\n"
                             "  strata migrate hash [flags]\n"
                             "\n"
                             "Examples:\n"
                             "  strata migrate hash\n"
                             "  strata migrate hash --dir file:///path/to/migrations\n"
                             "  strata migrate hash --env local\n"
                             "\n") +
           migrateFlagsUsage(QStringLiteral("hash"));
}

int runMigrateHash(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addMigrateDirFlags(flags);
    // Atlas's deprecated --force, which changes nothing.
    flags.addBool(QStringLiteral("force"));
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << migrateHashUsage();
        return 0;
    }
    if (!flags.positionalArguments().isEmpty()) {
        return fail(context, MigrateHashTr::tr(
                                 "Unexpected argument \"%1\" (see 'strata migrate hash --help')")
                                 .arg(flags.positionalArguments().constFirst()));
    }
    if (flags.isSet(QStringLiteral("force"))) {
        context.err << MigrateHashTr::tr("Flag --force has been deprecated, you can safely omit "
                                         "it.")
                    << Qt::endl;
    }
    auto dir = selectMigrationDir(flags, MigrationDir::IfMissing::Fail);
    if (!dir)
        return fail(context, dir.error().message);
    if (const Status written = dir->writeSumFile(); !written)
        return fail(context, written.error().message);
    return 0;
}

} // namespace strata::cli
