#include "schemadiffcommand.h"

#include "actions/schemadiffaction.h"
#include "flagset.h"
#include "inspectformat.h"
#include "inspectsource.h"
#include "projectflags.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaDiffCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::SchemaDiff)
};

void addFlags(FlagSet &flags)
{
    flags.addString(QStringLiteral("from"));
    flags.addString(QStringLiteral("to"));
    flags.addString(QStringLiteral("dev-url"));
    flags.addList(QStringLiteral("schema"), QLatin1Char('s'));
    flags.addList(QStringLiteral("exclude"));
    flags.addString(QStringLiteral("format"));
    flags.addString(QStringLiteral("dialect"));
    flags.addBool(QStringLiteral("help"), QLatin1Char('h'));
    addProjectFlags(flags);
}

/// The indent of `{{ sql . "  " }}`; Atlas's default template prints the plain plan.
Expected<QString> planIndent(const FlagSet &flags)
{
    if (!flags.isSet(QStringLiteral("format")))
        return QString();
    auto format = InspectFormat::parse(flags.value(QStringLiteral("format")));
    if (!format)
        return format.error();
    if (format->kind != InspectFormat::Kind::Sql) {
        return Error{SchemaDiffCommandTr::tr("schema diff prints SQL: use --format '{{ sql . }}' "
                                             "or '{{ sql . \"  \" }}'.")};
    }
    return format->arguments.value(0);
}

} // namespace

QString schemaDiffUsage()
{
    return SchemaDiffCommandTr::tr(
        "'strata schema diff' reads the state of two given schema definitions, calculates the\n"
        "difference in their schemas, and prints a plan of SQL statements to migrate the "
        "\"from\"\ndatabase to the schema of the \"to\" database. The states can be read from a "
        "connected\ndatabase, an SQL or HCL file (through a dev database) or an env's src.\n"
        "\n"
        "Usage:\n"
        "  strata schema diff [flags]\n"
        "\n"
        "Examples:\n"
        "  strata schema diff --from sqlite://app.db --to file://schema.sql --dev-url "
        "\"sqlite://dev?mode=memory\"\n"
        "  strata schema diff --from mysql://user:pass@localhost:3306/app --to "
        "mysql://user:pass@localhost:3306/app_next\n"
        "  strata schema diff --env local --from env://url --to env://src\n"
        "\n"
        "Flags:\n"
        "      --from string        [driver://username:password@address/dbname?param=value] "
        "select a resource using the URL format\n"
        "      --to string          [driver://username:password@address/dbname?param=value] "
        "select a resource using the URL format\n"
        "      --dev-url string     [driver://username:password@address/dbname?param=value] "
        "select a dev database using the URL format\n"
        "  -s, --schema strings     set schema names\n"
        "      --exclude strings    list of glob patterns used to filter resources from "
        "applying\n"
        "      --format string      Go template to use to format the output: '{{ sql . }}' or "
        "'{{ sql . \"  \" }}'\n"
        "      --dialect string     dialect of DDL files read without a dev database (Strata "
        "only)\n"
        "  -h, --help               help for diff\n"
        "\n"
        "Global Flags:\n"
        "  -c, --config string          select config (project) file using URL format (default "
        "\"file://atlas.hcl\")\n"
        "      --env string             set which env from the config file to use\n"
        "      --var <name>=<value>     input variables (default [])\n");
}

int runSchemaDiff(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addFlags(flags);
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << schemaDiffUsage();
        return 0;
    }
    if (!flags.positionalArguments().isEmpty()) {
        return fail(context, SchemaDiffCommandTr::tr(
                                 "Unexpected argument \"%1\" (see 'strata schema diff --help')")
                                 .arg(flags.positionalArguments().constFirst()));
    }
    auto selection = selectProject(flags);
    if (!selection)
        return fail(context, selection.error().message);
    // cobra reports every missing required flag in one sentence, in flag order.
    QStringList missing;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!flags.isSet(name))
            missing.append(QLatin1Char('"') + name + QLatin1Char('"'));
    }
    if (!missing.isEmpty()) {
        return fail(context, SchemaDiffCommandTr::tr("required flag(s) %1 not set")
                                 .arg(missing.join(QLatin1String(", "))));
    }
    auto indent = planIndent(flags);
    if (!indent)
        return fail(context, indent.error().message);

    SchemaDiffRequest request;
    auto from = sourceRequest(flags.value(QStringLiteral("from")), flags, *selection);
    if (!from)
        return fail(context, from.error().message);
    auto to = sourceRequest(flags.value(QStringLiteral("to")), flags, *selection);
    if (!to)
        return fail(context, to.error().message);
    request.from = from.value();
    request.to = to.value();
    request.plan.indent = indent.value();
    const std::optional<ProjectSelection> &project = *selection;
    request.scope = [&flags, &project](Realm &realm, const LoadRequest &source) {
        return applyRealmScope(realm, inspectScope(flags, project, source, realm));
    };

    auto result = strata::runSchemaDiff(request, TaskControl());
    if (!result)
        return fail(context, result.error().message);
    for (const QString &warning : result->from.warnings + result->to.warnings)
        context.err << SchemaDiffCommandTr::tr("warning: %1").arg(warning) << Qt::endl;
    if (result->plan.isEmpty())
        context.out << "Schemas are synced, no changes to be made.\n";
    else
        context.out << result->plan.text();
    context.out.flush();
    return 0;
}

} // namespace strata::cli
