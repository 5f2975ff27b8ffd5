#include "appsettings.h"

#include <QDir>
#include <QUrl>

namespace strata {
namespace {

const QString kRecentFiles = QStringLiteral("files/recent");
const QString kRecentDialects = QStringLiteral("files/recentDialect");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kSqlDialect = QStringLiteral("files/sqlDialect");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

QString themeKey(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

/// Paths and env names may hold '/' (a QSettings group separator) and any other character.
QString programTimeoutKey(const QString &configPath, const QString &env)
{
    return QStringLiteral("projects/programTimeout/") +
           QString::fromLatin1(QUrl::toPercentEncoding(configPath + QLatin1Char('\n') + env));
}

/// One key per remembered file under kRecentDialects, the path encoded like programTimeoutKey.
QString recentDialectKey(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path));
}

} // namespace

AppSettings::AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings.value(kRecentFiles).toStringList();
    files.removeDuplicates();
    files.removeAll(QString());
    return files.mid(0, MaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path, const QString &sqlDialect)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    const QString key = kRecentDialects + QLatin1Char('/') + recentDialectKey(path);
    if (sqlDialect.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, sqlDialect);
    setRecentFiles(files);
}

QString AppSettings::recentSqlDialect(const QString &path) const
{
    return m_settings.value(kRecentDialects + QLatin1Char('/') + recentDialectKey(path)).toString();
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    setRecentFiles(files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecentFiles);
    m_settings.remove(kRecentDialects);
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    const QStringList kept = files.mid(0, MaxRecentFiles);
    m_settings.setValue(kRecentFiles, kept);
    // A file that dropped off the list takes its dialect with it.
    m_settings.beginGroup(kRecentDialects);
    const QStringList keys = m_settings.childKeys();
    for (const QString &key : keys) {
        if (!kept.contains(QUrl::fromPercentEncoding(key.toLatin1())))
            m_settings.remove(key);
    }
    m_settings.endGroup();
}

ThemeChoice AppSettings::theme() const
{
    const QString key = m_settings.value(kTheme).toString();
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        if (key == themeKey(choice))
            return choice;
    }
    return ThemeChoice::FollowSystem;
}

void AppSettings::setTheme(ThemeChoice theme)
{
    m_settings.setValue(kTheme, themeKey(theme));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QString AppSettings::lastDirectory() const
{
    const QString directory = m_settings.value(kLastDirectory).toString();
    return directory.isEmpty() || !QDir(directory).exists() ? QDir::homePath() : directory;
}

void AppSettings::setLastDirectory(const QString &directory)
{
    m_settings.setValue(kLastDirectory, directory);
}

QString AppSettings::sqlDialect() const
{
    return m_settings.value(kSqlDialect, QStringLiteral("sqlite")).toString();
}

void AppSettings::setSqlDialect(const QString &dialect)
{
    m_settings.setValue(kSqlDialect, dialect);
}

int AppSettings::programTimeoutSeconds(const QString &configPath, const QString &env) const
{
    bool ok = false;
    const int seconds = m_settings.value(programTimeoutKey(configPath, env)).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultProgramTimeoutSeconds;
}

void AppSettings::setProgramTimeoutSeconds(const QString &configPath, const QString &env,
                                           int seconds)
{
    if (seconds == DefaultProgramTimeoutSeconds)
        m_settings.remove(programTimeoutKey(configPath, env));
    else
        m_settings.setValue(programTimeoutKey(configPath, env), seconds);
}

} // namespace strata
