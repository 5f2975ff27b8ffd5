#include "projectfilewatcher.h"

#include <QFile>
#include <QFileInfo>

namespace strata {
namespace {

/// Long enough for an editor's write-temp-then-rename to finish, short enough to feel live.
constexpr int kSettleMs = 150;

} // namespace

ProjectFileWatcher::ProjectFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ProjectFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectFileWatcher::schedule);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectFileWatcher::schedule);
}

void ProjectFileWatcher::watch(const QString &path, const QByteArray &knownText)
{
    stop();
    m_path = QFileInfo(path).absoluteFilePath();
    m_known = knownText;
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    rewatch();
}

void ProjectFileWatcher::stop()
{
    m_settle.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_path.clear();
    m_known.clear();
    m_missing = false;
}

void ProjectFileWatcher::schedule()
{
    if (!m_path.isEmpty())
        m_settle.start();
}

void ProjectFileWatcher::check()
{
    rewatch();
    QFile file(m_path);
    // Missing after the settle time: deleted or renamed away. The folder watch reports its return.
    if (!QFileInfo::exists(m_path)) {
        if (!m_missing) {
            m_missing = true;
            m_known.clear();
            Q_EMIT removed();
        }
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_missing = false;
    const QByteArray text = file.readAll();
    if (text == m_known)
        return;
    m_known = text;
    Q_EMIT changed(text);
}

void ProjectFileWatcher::rewatch()
{
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

} // namespace strata
