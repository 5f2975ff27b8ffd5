#include "project.h"

#include "envselection.h"
#include "projectloader.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclProject)
};

} // namespace

Expected<Project> Project::load(const QString &configPath, const ProjectOptions &options)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{HclProjectTr::tr("Cannot read the project file %1: %2")
                         .arg(configPath, file.errorString())};
    return fromText(file.readAll(), configPath, options);
}

Expected<Project> Project::fromText(const QByteArray &text, const QString &configPath,
                                    const ProjectOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Expected<hcl::Document> document = hcl::Document::parse(text, configPath);
    if (!document)
        return document.error();
    Expected<Project> project = ProjectLoader(*document, configPath, options).run();
    qCDebug(lcHcl) << "read" << configPath << "in" << timer.elapsed() << "ms";
    return project;
}

QStringList Project::envNames() const
{
    QStringList names;
    for (const Env &env : m_envs) {
        if (!names.contains(env.name))
            names.append(env.name);
    }
    return names;
}

QList<Env> Project::envsNamed(const QString &name) const
{
    QList<Env> out;
    for (const Env &env : m_envs) {
        if (env.name == name)
            out.append(env);
    }
    return out;
}

Expected<Env> Project::env(const QString &name) const
{
    auto envs = selectEnvs(*this, name, EnvChoice::single());
    if (!envs)
        return envs.error();
    return envs->front();
}

std::optional<ExternalSchema> Project::externalSchema(const QString &url) const
{
    for (const ExternalSchema &schema : m_externalSchemas) {
        if (schema.url() == url)
            return schema;
    }
    return std::nullopt;
}

} // namespace strata
