#include "projectflags.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class ProjectFlagsTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::ProjectFlags)
};

const QLatin1String kFileScheme("file://");

/// --config takes a file:// URL as in Atlas; a bare path is accepted too.
Expected<QString> configPath(const QString &value)
{
    QString path = value.startsWith(kFileScheme) ? value.mid(kFileScheme.size()) : value;
    if (value.contains(QLatin1String("://")) && !value.startsWith(kFileScheme)) {
        return Error{
            ProjectFlagsTr::tr("--config must be a file:// URL, such as file://atlas.hcl, not %1.")
                .arg(value)};
    }
    if (path.isEmpty())
        return Error{ProjectFlagsTr::tr("--config is empty: give a file:// URL of atlas.hcl.")};
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ProjectFlagsTr::tr("config file %1 was not found.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return info.absoluteFilePath();
}

} // namespace

void addProjectFlags(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"),
                      ProjectFlagsTr::tr("Project file, default file://atlas.hcl."),
                      QStringLiteral("URL"), QStringLiteral("file://atlas.hcl")});
    parser.addOption({QStringLiteral("env"),
                      ProjectFlagsTr::tr("Environment of the project file to use."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("var"),
                      ProjectFlagsTr::tr("Input variable of the project file, name=value; "
                                         "repeatable."),
                      QStringLiteral("NAME=VALUE")});
}

Expected<std::optional<ProjectSelection>> selectProject(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("env")))
        return std::optional<ProjectSelection>();
    auto path = configPath(parser.value(QStringLiteral("config")));
    if (!path)
        return path.error();

    ProjectOptions options;
    options.envName = parser.value(QStringLiteral("env"));
    for (const QString &pair : parser.values(QStringLiteral("var"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return Error{ProjectFlagsTr::tr("--var %1: expected name=value, such as --var db=app.")
                             .arg(pair)};
        }
        options.variables.append({pair.left(equals), pair.mid(equals + 1)});
    }
    auto project = Project::load(path.value(), options);
    if (!project)
        return project.error();
    auto env = project->env(options.envName);
    if (!env)
        return env.error();
    return std::optional<ProjectSelection>(ProjectSelection{project.value(), env.value()});
}

} // namespace strata::cli
