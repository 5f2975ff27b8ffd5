#include "schemainspectcommand.h"

#include "dialect/dialect.h"
#include "hcl/hclwriter.h"
#include "inspectformat.h"
#include "load/schemaloader.h"
#include "sqlgen/sqlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaInspectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::SchemaInspect)
};

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("u"), QStringLiteral("url")},
                      SchemaInspectTr::tr(
                          "URL of the schema to inspect: sqlite://file.db, or file://schema.sql."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dev-url"),
                      SchemaInspectTr::tr(
                          "Dev database that normalizes DDL files, e.g. sqlite://dev?mode=memory."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("dialect"),
         SchemaInspectTr::tr("Dialect of DDL files when no dev database is given: sqlite."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("format"),
         SchemaInspectTr::tr(
             "Output template: '{{ sql . }}' prints SQL; the default prints Atlas HCL."),
         QStringLiteral("TEMPLATE")});
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, SchemaInspectTr::tr("Show this help.")});
}

} // namespace

QString schemaInspectUsage()
{
    return SchemaInspectTr::tr(
        "Usage: strata schema inspect --url URL [--dev-url URL] [--dialect NAME] "
        "[--format TEMPLATE]\n\n"
        "Inspect a database or a DDL file and print its schema as Atlas HCL or SQL.\n\n"
        "Examples:\n"
        "  strata schema inspect --url sqlite://app.db\n"
        "  strata schema inspect --url sqlite://app.db --format '{{ sql . }}'\n"
        "  strata schema inspect --url file://schema.sql --dev-url \"sqlite://dev?mode=memory\"\n\n"
        "Flags:\n"
        "  -u, --url URL          schema to inspect (sqlite://, file://)\n"
        "      --dev-url URL      dev database used to normalize DDL files\n"
        "      --dialect NAME     dialect of DDL files without a dev database:\n"
        "                         sqlite, mysql (MySQL 8) or mariadb (MariaDB 10.11)\n"
        "      --format TEMPLATE  '{{ sql . }}' or '{{ sql . \"  \" }}'; default: Atlas HCL\n"
        "  -h, --help             show this help\n");
}

int runSchemaInspect(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("strata")} + arguments))
        return fail(context, parser.errorText() +
                                 SchemaInspectTr::tr(" (see 'strata schema inspect --help')"));
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << schemaInspectUsage();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(context, SchemaInspectTr::tr(
                                 "Unexpected argument \"%1\" (see 'strata schema inspect --help')")
                                 .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(QStringLiteral("url")))
        return fail(context,
                    SchemaInspectTr::tr(
                        "required flag \"url\" not set (see 'strata schema inspect --help')"));

    auto format = InspectFormat::parse(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(context, format.error().message);
    auto url = DatabaseUrl::parse(parser.value(QStringLiteral("url")));
    if (!url)
        return fail(context, url.error().message);

    LoadRequest request{url.value(), std::nullopt, parser.value(QStringLiteral("dialect"))};
    if (parser.isSet(QStringLiteral("dev-url"))) {
        auto devUrl = DatabaseUrl::parse(parser.value(QStringLiteral("dev-url")));
        if (!devUrl)
            return fail(context, devUrl.error().message);
        request.devUrl = devUrl.value();
    }

    auto result = loadSchema(request, TaskControl());
    if (!result)
        return fail(context, result.error().message);
    for (const QString &warning : result->warnings)
        context.err << SchemaInspectTr::tr("warning: %1").arg(warning) << Qt::endl;

    const Dialect *dialect = dialectByName(result->dialect);
    if (!dialect)
        return fail(context,
                    SchemaInspectTr::tr("No writer for dialect \"%1\".").arg(result->dialect));
    if (format->kind == InspectFormat::Kind::Sql)
        context.out << writeSchemaSql(result->realm, *dialect, format->indent);
    else
        context.out << writeAtlasHcl(result->realm, *dialect);
    context.out.flush();
    return 0;
}

} // namespace strata::cli
