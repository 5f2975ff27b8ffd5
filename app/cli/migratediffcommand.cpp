#include "migratediffcommand.h"

#include "actions/migratediffaction.h"
#include "flagset.h"
#include "inspectformat.h"
#include "inspectsource.h"
#include "load/envrequest.h"
#include "migratedirflags.h"
#include "projectflags.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrateDiffCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::MigrateDiff)
};

void addFlags(FlagSet &flags)
{
    addMigrateDirFlags(flags);
    flags.addString(QStringLiteral("to"));
    flags.addString(QStringLiteral("dev-url"));
    flags.addString(QStringLiteral("format"));
    flags.addString(QStringLiteral("qualifier"));
}

/// The indent of `{{ sql . "  " }}` from --format, else the env's `format { migrate { diff } }`.
Expected<QString> planIndent(const FlagSet &flags, const std::optional<ProjectSelection> &project)
{
    QString text = flags.value(QStringLiteral("format"));
    if (!flags.isSet(QStringLiteral("format")) && project)
        text = project->env.format.migrate.value(QStringLiteral("diff"));
    if (text.isEmpty())
        return QString();
    auto format = InspectFormat::parse(text);
    if (!format)
        return format.error();
    if (format->kind != InspectFormat::Kind::Sql) {
        return Error{MigrateDiffCommandTr::tr("migrate diff writes SQL: use --format "
                                              "'{{ sql . }}' or '{{ sql . \"  \" }}'.")};
    }
    return format->arguments.value(0);
}

} // namespace

QString migrateDiffUsage()
{
    return MigrateDiffCommandTr::tr(
               "'strata migrate diff' uses the dev-database to re-run all migration files in "
               "the migration\ndirectory, compares it to the given desired state and creates a "
               "new migration file containing\nSQL statements to migrate the migration directory "
               "state to the desired schema. The desired state\ncan be another connected "
               "database, an SQL or HCL file, or an env's external schema program.\n"
               "\n"
               "Usage:\n"
               "  strata migrate diff [flags] [name]\n"
               "\n"
               "Examples:\n"
               "  strata migrate diff --dev-url \"sqlite://dev?mode=memory\" --to "
               "file://schema.sql add_users\n"
               "  strata migrate diff --dev-url docker://mysql/8/dev --to "
               "mysql://user:pass@localhost:3306/app\n"
               "  strata migrate diff --env local add_age\n"
               "\n") +
           migrateFlagsUsage(
               QStringLiteral("diff"),
               {MigrateDiffCommandTr::tr("      --to string           [driver://username:password@"
                                         "address/dbname?param=value] select a desired state "
                                         "using the URL format"),
                MigrateDiffCommandTr::tr("      --dev-url string      [driver://username:password@"
                                         "address/dbname?param=value] select a dev database "
                                         "using the URL format"),
                MigrateDiffCommandTr::tr("      --qualifier string    qualify tables with custom "
                                         "qualifier when working on a single schema"),
                MigrateDiffCommandTr::tr("      --format string       Go template to use to format "
                                         "the output: '{{ sql . \"  \" }}' indents CREATE TABLE")});
}

int runMigrateDiff(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addFlags(flags);
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << migrateDiffUsage();
        return 0;
    }
    const QStringList names = flags.positionalArguments();
    if (names.size() > 1) {
        return fail(
            context,
            MigrateDiffCommandTr::tr("accepts at most 1 arg(s), received %1").arg(names.size()));
    }
    auto selection = selectProject(flags);
    if (!selection)
        return fail(context, selection.error().message);
    const std::optional<ProjectSelection> &project = *selection;

    // cobra's required flags, filled from the env when one is selected (setMigrateEnvFlags).
    const bool hasDev =
        flags.isSet(QStringLiteral("dev-url")) || (project && !project->env.dev.isEmpty());
    const bool hasTo =
        flags.isSet(QStringLiteral("to")) || (project && !project->env.src.isEmpty());
    QStringList missing;
    if (!hasDev)
        missing.append(QStringLiteral("\"dev-url\""));
    if (!hasTo)
        missing.append(QStringLiteral("\"to\""));
    if (!missing.isEmpty()) {
        return fail(context, MigrateDiffCommandTr::tr("required flag(s) %1 not set")
                                 .arg(missing.join(QLatin1String(", "))));
    }

    auto dir = selectMigrationDir(flags, MigrationDir::IfMissing::Create);
    if (!dir)
        return fail(context, dir.error().message);
    int exitCode = 0;
    if (!checkMigrationDir(dir.value(), context, &exitCode))
        return exitCode;

    auto indent = planIndent(flags, project);
    if (!indent)
        return fail(context, indent.error().message);
    const QString devText = flags.isSet(QStringLiteral("dev-url"))
                                ? flags.value(QStringLiteral("dev-url"))
                                : project->env.dev;
    auto devUrl = project ? project->env.resolveEnvUrl(devText) : Expected<QString>(devText);
    if (!devUrl)
        return fail(context, devUrl.error().message);
    auto parsedDev = DatabaseUrl::parse(devUrl.value());
    if (!parsedDev)
        return fail(context, parsedDev.error().message);

    MigrateDiffRequest request;
    request.dirPath = dir->path();
    request.devUrl = parsedDev.value();
    auto to = flags.isSet(QStringLiteral("to"))
                  ? sourceRequest(flags.value(QStringLiteral("to")), flags, project)
                  : loadRequestForEnv(project->project, project->env, QStringLiteral("src"));
    if (!to)
        return fail(context, to.error().message);
    request.to = to.value();
    request.plan.indent = indent.value();
    request.plan.qualifier = flags.value(QStringLiteral("qualifier"));
    if (project) {
        const DiffPolicy policy = project->env.diffPolicy();
        request.plan.concurrentIndexCreate = policy.concurrentIndexCreate;
        request.plan.concurrentIndexDrop = policy.concurrentIndexDrop;
    }

    auto planned = planMigration(request, TaskControl());
    if (!planned)
        return fail(context, planned.error().message);
    if (planned->isSynced()) {
        context.out << "The migration directory is synced with the desired state, no changes to "
                       "be made\n";
        context.out.flush();
        return 0;
    }
    auto written = writeMigration(dir->path(), names.value(0), planned->plan.text().toUtf8());
    if (!written)
        return fail(context, written.error().message);
    return 0;
}

} // namespace strata::cli
