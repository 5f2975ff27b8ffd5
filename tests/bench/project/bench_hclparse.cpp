// Parses and evaluates a generated 10,000-line atlas.hcl and prints the median of five runs.
// Target: parse < 50 ms in a release build.

#include "hcl/parse/document.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int kTargetLines = 10000;

QByteArray envBlock(int index)
{
    const QByteArray n = QByteArray::number(index);
    return "# Environment " + n +
           ": one tenant, with every nested block Atlas knows.\n"
           "env \"tenant_" +
           n +
           "\" {\n"
           "  url     = \"postgres://${var.user}@${local.host}:${var.port}/tenant_" +
           n +
           "?sslmode=disable\"\n"
           "  dev     = urlqueryset(local.dev_url, \"search_path\", \"tenant_" +
           n +
           "\")\n"
           "  src     = [data.external_schema.app.url, \"file://schema/" +
           n +
           ".sql\"]\n"
           "  schemas = [\"tenant_" +
           n +
           "\", \"shared\"] // scoped\n"
           "  exclude = [for t in local.skipped : \"${t}_" +
           n +
           "\" if t != \"\"]\n"
           "  migration {\n"
           "    dir              = \"file://migrations/${lower(\"TENANT_" +
           n +
           "\")}\"\n"
           "    format           = atlas\n"
           "    revisions_schema = \"tenant_" +
           n +
           "\"\n"
           "    exec_order       = LINEAR\n"
           "  }\n"
           "  format {\n"
           "    migrate {\n"
           "      diff = \"{{ sql . \\\"  \\\" }}\"\n"
           "    }\n"
           "  }\n"
           "  diff {\n"
           "    skip {\n"
           "      drop_schema = " +
           (index % 2 ? "true" : "false") +
           "\n"
           "    }\n"
           "  }\n"
           "  lint {\n"
           "    latest = " +
           QByteArray::number(index % 5 + 1) +
           "\n"
           "  }\n"
           "}\n"
           "\n";
}

QByteArray generate()
{
    QByteArray text = "variable \"user\" {\n  type    = string\n  default = \"app\"\n}\n\n"
                      "variable \"port\" {\n  type    = number\n  default = 5432\n}\n\n"
                      "locals {\n"
                      "  host    = \"db.internal\"\n"
                      "  dev_url = \"postgres://${var.user}@${local.host}:${var.port}/dev\"\n"
                      "  skipped = [\"tmp\", \"\", \"bak\"]\n"
                      "}\n\n"
                      "/* The external loader every env shares. */\n"
                      "data \"external_schema\" \"app\" {\n"
                      "  program = [\"node\", \"load.js\", \"--dialect\", \"postgres\"]\n"
                      "}\n\n";
    for (int i = 0; text.count('\n') < kTargetLines; ++i)
        text += envBlock(i);
    return text;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray text = generate();
    out << "atlas.hcl: " << text.count('\n') << " lines, " << text.size() << " bytes\n";

    qsizetype envs = 0;
    const double parse = medianMs(5, [&] {
        strata::Expected<strata::hcl::Document> document =
            strata::hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
        if (!document)
            qFatal("%s", qPrintable(document.error().message));
    });
    const double load = medianMs(5, [&] {
        strata::Expected<strata::Project> project =
            strata::Project::fromText(text, QStringLiteral("/tmp/atlas.hcl"));
        if (!project)
            qFatal("%s", qPrintable(project.error().message));
        envs = project->envs().size();
    });
    out << "parse (median of 5):              " << QString::number(parse, 'f', 2) << " ms\n";
    out << "parse + project model (median):   " << QString::number(load, 'f', 2) << " ms (" << envs
        << " envs)\n";
    out << "project model evaluation alone:   " << QString::number(load - parse, 'f', 2) << " ms\n";
    return 0;
}
