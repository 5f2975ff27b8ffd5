#include "migratenewcommand.h"

#include "migrate/migrationversion.h"
#include "migratedirflags.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateNewTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::MigrateNew)
};

} // namespace

QString migrateNewUsage()
{
    return MigrateNewTr::tr("'strata migrate new' creates a new migration according to the "
                            "configured formatter without any statements in it.\n"
                            "\n"
                            "Usage:\n"
                            "  strata migrate new [flags] [name]\n"
                            "\n"
                            "Examples:\n"
                            "  strata migrate new my-new-migration\n"
                            "  strata migrate new add_users --dir file://db/migrations\n"
                            "\n") +
           migrateFlagsUsage(QStringLiteral("new"));
}

int runMigrateNew(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addMigrateDirFlags(flags);
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << migrateNewUsage();
        return 0;
    }
    const QStringList names = flags.positionalArguments();
    // cobra.MaximumNArgs(1)'s words.
    if (names.size() > 1) {
        return fail(context,
                    MigrateNewTr::tr("accepts at most 1 arg(s), received %1").arg(names.size()));
    }
    auto dir = selectMigrationDir(flags, MigrationDir::IfMissing::Create);
    if (!dir)
        return fail(context, dir.error().message);
    int exitCode = 0;
    if (!checkMigrationDir(dir.value(), context, &exitCode))
        return exitCode;

    const QString name = migrationFileName(newMigrationVersion(), names.value(0));
    // Atlas would overwrite a file made in the same second; an empty file must not replace
    // a migration.
    if (QFileInfo::exists(QDir(dir->path()).filePath(name))) {
        return fail(context, MigrateNewTr::tr("%1 already exists in the migration directory: run "
                                              "the command again in a second.")
                                 .arg(name));
    }
    if (const Status written = dir->write(name, QByteArray()); !written)
        return fail(context, written.error().message);
    if (const Status summed = dir->writeSumFile(); !summed)
        return fail(context, summed.error().message);
    return 0;
}

} // namespace strata::cli
