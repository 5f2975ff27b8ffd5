#include "projectflags.h"

#include "hcl/gostring.h"

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
const QString kDefaultConfig = QStringLiteral("file://atlas.hcl");

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

void addProjectFlags(FlagSet &flags)
{
    flags.addString(QStringLiteral("config"), QLatin1Char('c'));
    flags.addString(QStringLiteral("env"));
    // Atlas's Vars value: each element must be key=value (its own wording).
    flags.addList(QStringLiteral("var"), QChar(), [](const QString &element) {
        if (element.contains(QLatin1Char('=')))
            return QString();
        return ProjectFlagsTr::tr("variables must be format as key=value, got: %1")
            .arg(goQuoted(element));
    });
}

Expected<std::optional<ProjectSelection>> selectProject(const FlagSet &flags)
{
    if (!flags.isSet(QStringLiteral("env")))
        return std::optional<ProjectSelection>();
    const QString config = flags.isSet(QStringLiteral("config"))
                               ? flags.value(QStringLiteral("config"))
                               : kDefaultConfig;
    auto path = configPath(config);
    if (!path)
        return path.error();

    ProjectOptions options;
    options.envName = flags.value(QStringLiteral("env"));
    for (const QString &pair : flags.values(QStringLiteral("var"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
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
