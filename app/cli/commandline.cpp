#include "commandline.h"

#include "commandtable.h"
#include "util/libraryversions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::CommandLine)
};

QString usage()
{
    return CommandLineTr::tr(
        "Strata: a desktop studio for schema-as-code, file-compatible with Atlas.\n\n"
        "Usage:\n"
        "  strata [FILE.db | FILE.sql | URL]     open the Strata window\n"
        "  strata schema inspect --url URL       print a schema as Atlas HCL, SQL, JSON or "
        "Mermaid\n"
        "  strata migrate hash|validate          write or check the migration directory's "
        "atlas.sum\n"
        "  strata migrate new [NAME]             add an empty migration file\n"
        "  strata --version                      print versions\n\n"
        "Run 'strata schema inspect --help' for the flags of a command.\n");
}

QString version()
{
    const LibraryVersions v = LibraryVersions::current();
    return CommandLineTr::tr(
               "strata version %1\nQt %2, SQLite %3, libpq %4, MariaDB Connector/C %5\n")
        .arg(QStringLiteral(STRATA_VERSION), v.qt, v.sqlite, v.libpq, v.mariadbClient);
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("help");
}

/// A command group (`strata schema`) without a subcommand prints its help, as cobra does;
/// an unknown word after it is an error.
int runGroup(const QString &group, const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty() || isHelp(arguments.constFirst())) {
        context.out << groupUsage(group);
        return arguments.isEmpty() ? 1 : 0;
    }
    return fail(context, CommandLineTr::tr("unknown command \"%1\" for \"strata %2\"")
                             .arg(arguments.constFirst(), group));
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.constFirst();
    if (first.startsWith(QLatin1Char('-')))
        return true;
    if (first.contains(QLatin1String("://")) || QFileInfo::exists(first))
        return false;
    return true;
}

int runCommandLine(const QStringList &arguments, CliContext &context)
{
    const QString first = arguments.value(0);
    if (isHelp(first)) {
        context.out << usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("version")) {
        context.out << version();
        return 0;
    }
    qsizetype words = 0;
    if (const Command *command = findCommand(arguments, &words))
        return command->run(arguments.mid(words), context);
    if (!commandsUnder(first).isEmpty())
        return runGroup(first, arguments.mid(1), context);
    if (first.startsWith(QLatin1Char('-')))
        return fail(context,
                    CommandLineTr::tr("unknown flag: %1 (see 'strata --help')").arg(first));
    return fail(context, CommandLineTr::tr(
                             "unknown command \"%1\" for \"strata\" (see 'strata --help'; to open "
                             "a file, check that it exists)")
                             .arg(first));
}

} // namespace strata::cli
