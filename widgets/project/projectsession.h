#pragma once

#include "jobs/loadsource.h"
#include "project/project.h"
#include "projectfilewatcher.h"
#include "util/expected.h"

#include <QObject>

#include <optional>

namespace strata {

/// The open project: its parsed atlas.hcl, the chosen env, and the watch on the file. Turns an
/// env into the load the window runs. No widgets; MainWindow shows what it reports.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);

    /// Reads `configPath` and watches it. On failure the previous project stays open.
    Status open(const QString &configPath);
    void close();
    bool isOpen() const { return m_project.has_value(); }
    /// Only valid while isOpen().
    const Project &project() const { return *m_project; }
    QString configPath() const;

    /// The env the dock shows and F5 loads; the default env (first) after open().
    QString selectedEnv() const { return m_selectedEnv; }
    void selectEnv(const QString &name);

    /// The load of env `name`'s src, with the external program's timeout.
    Expected<LoadSource> loadSource(const QString &envName, int programTimeoutSeconds) const;

    /// Strata itself wrote `text` to the project file: take it as the project without
    /// reporting a change on disk.
    Status adoptSavedText(const QByteArray &text);

Q_SIGNALS:
    /// A project was opened or re-read; the env selection is already updated.
    void projectChanged();
    /// The file changed on disk and was re-read (projectChanged() came first).
    void reloadedFromDisk();
    /// The project file was deleted or renamed away; the loaded project stays open.
    void removedFromDisk();
    /// The file changed on disk but does not load; the previous project stays.
    void reloadFromDiskFailed(const strata::Error &error);

private:
    void onChangedOnDisk(const QByteArray &text);
    Status adopt(Expected<Project> loaded);

    std::optional<Project> m_project;
    QString m_selectedEnv;
    ProjectFileWatcher m_watcher;
};

} // namespace strata
