#include "schemainspectcommand.h"

#include "db/registry.h"
#include "dialect/dialect.h"
#include "flagset.h"
#include "inspectformat.h"
#include "inspectsource.h"
#include "load/schemaloader.h"
#include "projectflags.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaInspectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::SchemaInspect)
};

/// Atlas's `schema inspect` flags (cmdapi schemaInspectCmd and its global flags), plus
/// Strata's --dialect. --log is Atlas's hidden old name of --format.
void addFlags(FlagSet &flags)
{
    flags.addString(QStringLiteral("url"), QLatin1Char('u'));
    flags.addString(QStringLiteral("dev-url"));
    flags.addList(QStringLiteral("schema"), QLatin1Char('s'));
    flags.addList(QStringLiteral("exclude"));
    flags.addString(QStringLiteral("log"));
    flags.addString(QStringLiteral("format"));
    flags.addString(QStringLiteral("dialect"));
    flags.addBool(QStringLiteral("help"), QLatin1Char('h'));
    addProjectFlags(flags);
}

/// The template: --format, else --log, else the env's `format { schema { inspect = ... } }`.
QString formatText(const FlagSet &flags, const std::optional<ProjectSelection> &selection)
{
    if (flags.isSet(QStringLiteral("format")))
        return flags.value(QStringLiteral("format"));
    if (flags.isSet(QStringLiteral("log")))
        return flags.value(QStringLiteral("log"));
    return selection ? selection->env.format.schema.value(QStringLiteral("inspect")) : QString();
}

} // namespace

QString schemaInspectUsage()
{
    return SchemaInspectTr::tr(
        "'strata schema inspect' connects to the given database and inspects its schema.\n"
        "It then prints the schema of that database in Atlas DDL syntax (HCL), or as SQL, JSON\n"
        "or a Mermaid ER diagram with --format. A DDL file (file://schema.sql) is loaded\n"
        "through a dev database, as in Atlas, or parsed as --dialect without one.\n"
        "\n"
        "Usage:\n"
        "  strata schema inspect [flags]\n"
        "\n"
        "Examples:\n"
        "  strata schema inspect -u \"sqlite://app.db\"\n"
        "  strata schema inspect -u \"sqlite://file:/abs/app.db?cache=shared&_fk=1\"\n"
        "  strata schema inspect -u \"mariadb://user:pass@localhost:3306/\" "
        "--schema=schemaA,schemaB -s schemaC\n"
        "  strata schema inspect --url \"postgres://user:pass@host:5432/app?sslmode=disable\" "
        "--exclude 'public.tmp_*'\n"
        "  strata schema inspect -u file://schema.sql --dev-url \"sqlite://dev?mode=memory\" "
        "--format '{{ sql . }}'\n"
        "  strata schema inspect -u sqlite://app.db --format '{{ json . }}'\n"
        "  strata schema inspect -u sqlite://app.db --format '{{ mermaid . }}'\n"
        "  strata schema inspect --env local --url env://src\n"
        "\n"
        "Flags:\n"
        "  -u, --url string         [driver://username:password@address/dbname?param=value] "
        "select a resource using the URL format\n"
        "      --dev-url string     [driver://username:password@address/dbname?param=value] "
        "select a dev database using the URL format\n"
        "  -s, --schema strings     set schema names\n"
        "      --exclude strings    list of glob patterns used to filter resources from "
        "applying\n"
        "      --format string      Go template to use to format the output: '{{ sql . }}', "
        "'{{ sql . \"  \" }}',\n"
        "                           '{{ json . }}', '{{ json . \"  \" }}' or '{{ mermaid . }}' "
        "(default: Atlas HCL)\n"
        "      --dialect string     dialect of a DDL file read without a dev database: sqlite,\n"
        "                           mysql (MySQL 8), mariadb (MariaDB 10.11) or postgres "
        "(Strata only)\n"
        "  -h, --help               help for inspect\n"
        "\n"
        "Global Flags:\n"
        "  -c, --config string          select config (project) file using URL format (default "
        "\"file://atlas.hcl\")\n"
        "      --env string             set which env from the config file to use\n"
        "      --var <name>=<value>     input variables (default [])\n");
}

int runSchemaInspect(const QStringList &arguments, CliContext &context)
{
    FlagSet flags;
    addFlags(flags);
    if (const Status parsed = flags.parse(arguments); !parsed)
        return fail(context, parsed.error().message);
    if (flags.value(QStringLiteral("help")) == QLatin1String("true")) {
        context.out << schemaInspectUsage();
        return 0;
    }
    if (!flags.positionalArguments().isEmpty()) {
        return fail(context, SchemaInspectTr::tr(
                                 "Unexpected argument \"%1\" (see 'strata schema inspect --help')")
                                 .arg(flags.positionalArguments().constFirst()));
    }
    auto selection = selectProject(flags);
    if (!selection)
        return fail(context, selection.error().message);
    // cobra's checks, in its order: required flags, then mutually exclusive ones.
    if (!flags.isSet(QStringLiteral("url")) && !*selection)
        return fail(context, SchemaInspectTr::tr("required flag(s) \"url\" not set"));
    if (flags.isSet(QStringLiteral("format")) && flags.isSet(QStringLiteral("log"))) {
        return fail(context, SchemaInspectTr::tr("if any flags in the group [log format] are set "
                                                 "none of the others can be; [format log] were "
                                                 "all set"));
    }
    auto format = InspectFormat::parse(formatText(flags, *selection));
    if (!format)
        return fail(context, format.error().message);

    auto request = inspectRequest(flags, *selection);
    if (!request)
        return fail(context, request.error().message);
    // The program's stderr holds warnings worth reading (Sequelize prints some there): shown
    // after a success; a failure's message already ends with its tail.
    QStringList programOutput;
    request->onProgramOutput = [&programOutput](const QString &line) {
        if (!line.trimmed().isEmpty())
            programOutput.append(line);
    };

    auto result = loadSchema(request.value(), TaskControl());
    if (!result)
        return fail(context, result.error().message);
    if (const Status scoped = applyRealmScope(
            result->realm, inspectScope(flags, *selection, request.value(), result->realm));
        !scoped)
        return fail(context, scoped.error().message);
    for (const QString &line : std::as_const(programOutput))
        context.err << line << Qt::endl;
    for (const QString &warning : result->warnings)
        context.err << SchemaInspectTr::tr("warning: %1").arg(warning) << Qt::endl;

    context.out << format->render(result->realm, result->database.dialect());
    context.out.flush();
    return 0;
}

} // namespace strata::cli
