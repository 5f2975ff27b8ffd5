#include "projectsession.h"

#include "load/envrequest.h"
#include "project/envselection.h"

#include <QDir>

namespace strata {

QString ProjectSession::instanceKey(const Env &env)
{
    return envInstanceKey(env);
}

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
    m_selectedInstance = 0;
    Q_EMIT projectChanged();
}

QString ProjectSession::configPath() const
{
    return m_project ? m_project->configPath() : QString();
}

void ProjectSession::selectEnv(const QString &name)
{
    if (name != m_selectedEnv)
        m_selectedInstance = 0;
    m_selectedEnv = name;
}

void ProjectSession::selectInstance(int index)
{
    m_selectedInstance = qBound(0, index, qMax(0, int(instanceKeys(m_selectedEnv).size()) - 1));
}

QStringList ProjectSession::instanceKeys(const QString &name) const
{
    const QList<Env> envs = m_project ? m_project->envsNamed(name) : QList<Env>();
    QStringList keys;
    if (envs.size() > 1) {
        for (const Env &env : envs)
            keys.append(instanceKey(env));
    }
    return keys;
}

QString ProjectSession::selectedEnvLabel() const
{
    const QStringList keys = instanceKeys(m_selectedEnv);
    return keys.isEmpty() ? m_selectedEnv
                          : tr("%1 (%2)").arg(m_selectedEnv, keys.value(m_selectedInstance));
}

Expected<LoadSource> ProjectSession::loadSource(const QString &envName, int programTimeoutSeconds,
                                                int instance) const
{
    if (!m_project)
        return Error{tr("No project is open.")};
    // Evaluated again as `--env name` would: expressions may read atlas.env.
    Expected<Project> project =
        Project::fromText(m_project->text(), m_project->configPath(), ProjectOptions{envName, {}});
    if (!project)
        return project.error();
    // A for_each env is several envs of one name: the dock loads the instance chosen in its
    // Instance box (commands that take one env refuse several, as Atlas does).
    const int instances = int(project->envsNamed(envName).size());
    if (instances == 0) {
        return Error{tr("%1 has no env \"%2\".")
                         .arg(QDir::toNativeSeparators(m_project->configPath()), envName)};
    }
    auto selected = selectEnvs(*project, envName,
                               EnvChoice::at(instance >= 0 && instance < instances ? instance : 0));
    if (!selected)
        return selected.error();
    const Env &env = selected->front();
    Expected<LoadRequest> request =
        loadRequestForEnv(*project, env, QStringLiteral("src"), programTimeoutSeconds * 1000);
    if (!request)
        return request.error();
    LoadSource source;
    source.request = std::move(request.value());
    source.displayName = source.request.displayName.isEmpty() ? tr("env \"%1\"").arg(envName)
                                                              : source.request.displayName;
    source.envLabel = envName;
    if (instances > 1) {
        source.displayName = tr("%1 (%2)").arg(source.displayName, instanceKey(env));
        source.envLabel = tr("%1 (%2)").arg(envName, instanceKey(env));
    }
    source.recentEntry = project->configPath();
    source.projectConfig = project->configPath();
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
    if (!names.contains(m_selectedEnv)) {
        m_selectedEnv = names.isEmpty() ? QString() : names.constFirst();
        m_selectedInstance = 0;
    }
    // The file may have lost instances since: stay in range.
    selectInstance(m_selectedInstance);
    Q_EMIT projectChanged();
    return Ok{};
}

} // namespace strata
