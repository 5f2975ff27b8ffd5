#include "projectsession.h"

#include "load/envrequest.h"

#include <QDir>

namespace strata {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &ProjectFileWatcher::changed, this, &ProjectSession::onChangedOnDisk);
    connect(&m_watcher, &ProjectFileWatcher::removed, this, &ProjectSession::removedFromDisk);
}

Status ProjectSession::open(const QString &configPath)
{
    Expected<Project> loaded = Project::load(configPath);
    if (!loaded)
        return loaded.error();
    m_selectedEnv.clear();
    m_watcher.watch(loaded->configPath(), loaded->text());
    return adopt(std::move(loaded));
}

void ProjectSession::close()
{
    m_watcher.stop();
    m_project.reset();
    m_selectedEnv.clear();
    Q_EMIT projectChanged();
}

QString ProjectSession::configPath() const
{
    return m_project ? m_project->configPath() : QString();
}

void ProjectSession::selectEnv(const QString &name)
{
    m_selectedEnv = name;
}

Expected<LoadSource> ProjectSession::loadSource(const QString &envName,
                                                int programTimeoutSeconds) const
{
    if (!m_project)
        return Error{tr("No project is open.")};
    // Evaluated again as `--env name` would: expressions may read atlas.env.
    Expected<Project> project =
        Project::fromText(m_project->text(), m_project->configPath(), ProjectOptions{envName, {}});
    if (!project)
        return project.error();
    const QList<Env> envs = project->envsNamed(envName);
    if (envs.isEmpty()) {
        return Error{tr("%1 has no env \"%2\".")
                         .arg(QDir::toNativeSeparators(m_project->configPath()), envName)};
    }
    // A for_each env is several envs of one name; like `--env`, the first one is loaded.
    const Env &env = envs.constFirst();
    if (!env.evaluationError.isEmpty())
        return Error{env.evaluationError};
    Expected<LoadRequest> request =
        loadRequestForEnv(*project, env, QStringLiteral("src"), programTimeoutSeconds * 1000);
    if (!request)
        return request.error();
    LoadSource source;
    source.request = std::move(request.value());
    source.displayName = source.request.displayName.isEmpty() ? tr("env \"%1\"").arg(envName)
                                                              : source.request.displayName;
    source.recentEntry = project->configPath();
    return source;
}

Status ProjectSession::adoptSavedText(const QByteArray &text)
{
    if (!m_project)
        return Error{tr("No project is open.")};
    m_watcher.setKnownText(text);
    return adopt(Project::fromText(text, m_project->configPath()));
}

void ProjectSession::onChangedOnDisk(const QByteArray &text)
{
    if (!m_project)
        return;
    const Status status = adopt(Project::fromText(text, m_project->configPath()));
    if (status)
        Q_EMIT reloadedFromDisk();
    else
        Q_EMIT reloadFromDiskFailed(status.error());
}

Status ProjectSession::adopt(Expected<Project> loaded)
{
    if (!loaded)
        return loaded.error();
    m_project = std::move(loaded.value());
    const QStringList names = m_project->envNames();
    if (!names.contains(m_selectedEnv))
        m_selectedEnv = names.isEmpty() ? QString() : names.constFirst();
    Q_EMIT projectChanged();
    return Ok{};
}

} // namespace strata
