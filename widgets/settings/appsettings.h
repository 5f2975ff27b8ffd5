#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace strata {

/// How the window is coloured: the platform's palette, or one of Strata's own.
enum class ThemeChoice
{
    FollowSystem,
    Light,
    Dark
};

/// The one typed door to QSettings: every key and its default live here, so widgets never
/// spell a settings key themselves.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 10;

    AppSettings();

    /// Most recent first, at most MaxRecentFiles entries, no duplicates.
    QStringList recentFiles() const;
    /// Moves (or adds) `path` to the front of the recent files and trims the list. `sqlDialect`
    /// is the dialect a .sql file was read in, remembered so it reopens the same way; empty for
    /// anything else.
    void addRecentFile(const QString &path, const QString &sqlDialect = QString());
    /// The dialect remembered with the recent file `path`; empty when none is (databases,
    /// URLs, projects, and .sql files remembered before Strata stored dialects).
    QString recentSqlDialect(const QString &path) const;
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    static constexpr int DefaultProgramTimeoutSeconds = 120;

    /// How long the external schema program of `env` in the project `configPath` may run.
    int programTimeoutSeconds(const QString &configPath, const QString &env) const;
    void setProgramTimeoutSeconds(const QString &configPath, const QString &env, int seconds);

    /// Directory the open dialogs start in; the home directory until something was opened.
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    /// The dialect Open SQL File… last read a .sql file in ("sqlite" until one was chosen).
    QString sqlDialect() const;
    void setSqlDialect(const QString &dialect);

private:
    void setRecentFiles(const QStringList &files);

    QSettings m_settings;
};

} // namespace strata
