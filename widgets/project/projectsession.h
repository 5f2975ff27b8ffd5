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
    /// Selects env `name` and its first instance.
    void selectEnv(const QString &name);
    /// Which instance of a `for_each` env is shown and loaded (0 for any other env).
    int selectedInstance() const { return m_selectedInstance; }
    void selectInstance(int index);
    /// The `each.key` of every instance of env `name`; empty unless it has several.
    QStringList instanceKeys(const QString &name) const;
    /// What tells the instances of a for_each env apart: its `each.key` as text.
    static QString instanceKey(const Env &env);
    /// The selected env as the window names it: "local", or "tenant (acme)" for an instance.
    QString selectedEnvLabel() const;

    /// The load of env `name`'s src (of its `instance` for a for_each env), with the external
    /// program's timeout.
    Expected<LoadSource> loadSource(const QString &envName, int programTimeoutSeconds,
                                    int instance = 0) const;

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
    int m_selectedInstance = 0;
    ProjectFileWatcher m_watcher;
};

} // namespace strata
